"""Rules over a whole sentence or a stance: the speaker's requests in deontic speech, evaluations,
proposals owned, positions stated without an event, and headlines."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from weakref import ref

from spacy.tokens import Doc, Span, Token

from kg.extract import args, clause, kinds, whom
from kg.extract.context import Ctx
from kg.extract.cues import CueHit
from kg.extract.draft import HARM, Draft, Outcome, Stop, describe, events_of, positions_of, replace
from kg.extract.wordindex import dependents, index_of, kids_of, union
from kg.lexicon import NO_EVENT, Cue
from kg.model import Position

__all__ = ["ultimatums", "stance_source", "stance_speaker", "deontic_requests", "evaluations", "joint_acts",
           "proposal_owners", "headline", "voiced_feelings", "said_in_response", "not_tolerated", "held_to_account",
           "cited_wrongs", "blame_denied"]


def stance_source(ctx: Ctx, d: Draft) -> Draft | Stop:
    """"Hamas is weighing the plan", "Egypt's answer": who states the position."""
    tok = d.hit.tok
    source = args.subject(ctx, tok) if d.hit.cue.verbal else args.noun_source(ctx, tok)
    return replace(d, source=source) if source else Stop("no actor states it")


def stance_speaker(ctx: Ctx, d: Draft) -> Draft | None:
    """"the group would respond, a spokesman said": the speaker for his own side."""
    _, who = clause.speaker(ctx, d.hit.tok)
    aff = {a for s in who if (a := ctx.res.affiliation(s))}
    if who and set(d.source) <= aff:
        return replace(d, source=who)
    return None


#: The words the sentence-level rules look for, as frozen sets: :meth:`WordIndex.tokens` would freeze a set anew at
#: each sentence.
_NEED, _TIME, _IF, _RESPONSE = frozenset({"need", "have"}), frozenset({"time"}), frozenset({"if", "unless"}), frozenset(
    {"response"})


def deontic_requests(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """Inside speech, "X needs to / should / must ...", "it is time for X to ..." is the speaker asking X."""
    words = ctx.res.words
    verbs = {t.i for t in words.tokens(lemmas=_NEED, span=sent)}
    verbs |= {t.head.i for t in words.tokens(clause.DEONTIC, span=sent) if t.dep_ == "aux"}
    verbs |= {c.i for t in words.tokens(_TIME, span=sent) for c in kids_of(t) if _time_to(c)}
    verbs |= {c.i for t in words.tokens(ctx.lex.of("necessary"), span=sent) for c in kids_of(t.head) if clause.vital(ctx, c)}
    verbs |= {c.i for t in words.tokens(lemmas=ctx.lex.of("mandative"), span=sent) for c in kids_of(t)
              if clause.mandated(ctx, c)}  # "Hamas insists that Israel withdraw"
    verbs |= {c.i for t in words.tokens(clause.HOPE, span=sent) for c in kids_of(t) if clause.hoped(c)}
    verbs |= {c.i for t in words.tokens(lemmas=ctx.lex.of("want-of"), span=sent) for c in kids_of(t)
              if clause.wanted(ctx, c)}
    for tok in (ctx.doc[i] for i in sorted(verbs)):
        needed, timed, vital = _needed(tok), _time_to(tok), clause.vital(ctx, tok)
        hope = clause.hoped(tok) or clause.wanted(ctx, tok)
        if tok.pos_ not in {"VERB", "AUX"} or not (needed or timed or vital or hope or _deontic_verb(tok) or clause.mandated(
                ctx, tok)) or _open_question(tok) or _inverted_condition(tok) or _perfect_modal(tok) \
                or clause.agreed_term(tok):  # ("Qatar said that under the deal Israel must release 30 prisoners")
            continue
        who = clause.wisher(ctx, tok) if hope else clause.speaker(ctx, tok)[1]
        subj = () if needed else args.subject(ctx, tok) if not timed else tuple(
            r for s in args.children(tok, args.SUBJ) for r in ctx.res.refs_all(s))
        if not who or not (subj or needed or timed) or set(subj) & set(who) or kinds.commentator(ctx, who) or (
                hope and kinds.commentator(ctx, clause.speaker(ctx, tok.head)[1])):
            continue  # (what the speaker's own side must do states the speaker's position; the event of an actor
        # towards its own state is dropped with the other events within one side, kg/extract/parties.py; "analysts
        # said India needs to step up", "analysts say China wants Russia to win": a commentator's advice or reading of
        # a wish asks no one)
        aux = next((c for c in kids_of(tok) if c.dep_ == "aux" and c.lower_ in clause.DEONTIC), None)
        first = aux or (vital if vital is not None else tok)
        stance = "opposes" if any(c.dep_ == "neg" for c in kids_of(tok)) else "supports"  # "shouldn't give them back"
        hit = CueHit(first, Cue((first.lemma_,), "V", "REQUEST", stance), first)
        d = Draft(hit, "REQUEST", source=who, targets=subj, conf=0.6, rule="deontic_requests")
        out = Outcome(hit, [("deontic_requests", describe(d))], list(events_of(ctx, d)))
        out.positions = positions_of(ctx, d, near=first.head if first.dep_ == "aux" else first)
        yield out


def ultimatums(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """'"If Israel does not withdraw, we will deal with it accordingly," Qassem said': what a speaker's side will do
    unless another side acts is an ultimatum (THREATEN), aimed at that side, whatever the act promised."""
    for cond in ctx.res.words.tokens(_IF, span=sent):
        clause_ = cond.head
        verb = clause_.head
        if cond.dep_ != "mark" or clause_.dep_ != "advcl" or verb.pos_ not in {"VERB", "AUX"} or not any(
                c.dep_ == "aux" and c.lower_ in {"will", "'ll", "would"} for c in kids_of(verb)):
            continue
        if cond.lower_ == "if" and not any(c.dep_ == "neg" for c in kids_of(clause_)):
            continue  # ("if Hamas accepts, we will release prisoners": an offer)
        _, who = clause.speaker(ctx, verb)
        own = args.subject(ctx, verb)
        whom = tuple(r for r in args.subject(ctx, clause_) if r not in who)
        if not who or not whom or not (set(own) <= set(who) or clause.speaks_for(ctx, who, own)) or kinds.commentator(ctx, who):
            continue
        hit = CueHit(verb, Cue((verb.lemma_,), "V", "THREATEN", "supports"), verb)
        d = Draft(hit, "THREATEN", source=who, targets=whom, conf=0.6, rule="ultimatums")
        yield Outcome(hit, [("ultimatums", describe(d))], list(events_of(ctx, d)))


def _open_question(tok: Token) -> bool:
    """"discussing whether Mnangagwa should seek a third term", "asked how Israel should respond": a question
    put, not a request made."""
    return tok.dep_ != "relcl" and any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} or c.tag_ in {"WRB", "WP"}
                                       and c.dep_ in {"advmod", "dobj"} for c in kids_of(tok))


def _perfect_modal(tok: Token) -> bool:
    """"Russia must have fired the missile", "the army should have protected the camp": a deontic word before "have"
    and a past participle guesses at or regrets what was done; it asks no one to do anything."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in clause.DEONTIC for c in kids_of(tok)) and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in kids_of(tok))


def _inverted_condition(tok: Token) -> bool:
    """"Israel will strike should Hezbollah violate the deal", "Should talks fail, ...": a deontic word put
    before its subject states a condition (or asks a question), not a request."""
    aux = [c for c in kids_of(tok) if c.dep_ == "aux" and c.lower_ in clause.DEONTIC]
    subj = [c for c in kids_of(tok) if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(aux and subj) and aux[0].i < subj[0].i


def _time_to(tok: Token) -> bool:
    """"It is time to stop the attacks", "it is time for Hamas to accept the deal": in speech, a call for it."""
    return clause.deontic(tok) and tok.head.lower_ == "time" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                       for c in kids_of(tok))


def _needed(tok: Token) -> bool:
    """"more aid was urgently needed", "a political solution is needed": in speech, a call for it, made to no one
    (what "will be needed" is a forecast)."""
    return tok.lemma_ == "need" and tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in kids_of(tok)) and not any(
        c.dep_ in {"neg", "agent"} or c.dep_ == "aux" and c.tag_ == "MD" for c in kids_of(tok))


def _deontic_verb(tok: Token) -> bool:
    """"needs to", "has to", "must": a duty (not "has yet to provide a response": not done so far)."""
    return clause.duty_head(tok) and any(c.dep_ == "xcomp" for c in kids_of(tok)) or clause.deontic_aux(tok)


def evaluations(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """'"Israel's heinous attacks must stop," Altun said', 'the rapporteur called the ban a step backwards',
    'Ukraine said Russia was responsible for the attack': a speaker who condemns an actor's conduct, or holds
    it responsible for a harm, accuses it; one who commends it supports it; one who calls its claims false
    ("Rwanda said Congo's claims were false") rejects them."""
    blame, praise, culpable = ctx.lex.of("blame"), ctx.lex.of("praise"), ctx.lex.of("culpable")
    critic, dismissive = ctx.lex.of("critic"), ctx.lex.of("dismissive")
    judging = union(blame, praise, culpable, critic)
    for tok in ctx.res.words.tokens(union(judging, dismissive, ctx.lex.of("unacceptable")), span=sent):
        if tok.lower_ in culpable and not _for_harm(ctx, tok) or tok.i in ctx.res.spans and not _label(ctx, tok):
            continue  # "responsible for negotiating the deal" blames no one; "links to criminal organizations" names
            # an actor by the word, it judges no one (but "describing them as rioters" labels them so)
        if tok.lower_ not in judging and not _dismissed(ctx, tok) or _dismissed_by_verb(ctx, tok) or _in_denied_claim(ctx, tok):
            continue  # "Rwanda said Congo's claims were false" rejects them; a "false start" judges no one
        plover = "SUPPORT" if tok.lower_ in praise else "REJECT" if _dismissed(ctx, tok) else "ACCUSE"
        at = _joined_to(tok) if plover == "ACCUSE" else tok  # ("called the move dangerous and provocative")
        if _negated(ctx, tok) or _negated(ctx, at) or _disbelieved(ctx, tok):
            continue
        who, owners = _critic(ctx, tok) if tok.lower_ in critic else (_evaluator(ctx, at), _evaluated(ctx, at) or (
            args.subject(ctx, said[1]) if (said := _what_said(ctx, at)) else ()))  # "Russia launched what Ukraine
        # called a barbaric attack": Russia
        owners = tuple(o for o in owners if o not in who) or _jailer(ctx, at, who)
        if plover == "SUPPORT":  # "the White House said Trump held what it described as a positive call": no
            owners = args.others(ctx, owners, who)  # side's praise of its own people is support given to another
        if tok.dep_ == "advmod" and tok.head.pos_ in {"VERB", "AUX"} and not (_harm_done(ctx, tok) and owners):
            continue  # "Russian forces indiscriminately shelled Kharkiv": only a way of doing harm is judged so, and
            # only when its doer is named ("was illegally forced to leave": by someone the article knows)
        if plover == "REJECT" and who and not owners:  # "Moscow called the claim a lie": aimed at who made it
            owners = whom.claimant(ctx, who, [_judged_noun(ctx, tok)])
        if not who or not owners and not (_praised_thing(tok, plover) or _condemned_thing(ctx, at, plover)
                                          or plover == "ACCUSE" and _wrong_told(ctx, tok)) \
                or owners and clause.speaks_for(ctx, who, owners):
            continue
        hit = CueHit(tok, Cue((tok.lower_,), "A", plover), tok)
        d = Draft(hit, plover, source=who, targets=owners, conf=0.5, rule="evaluations")
        out = Outcome(hit, [("evaluations", describe(d))], list(events_of(ctx, d)))
        out.positions = positions_of(ctx, d, near=_judged_noun(ctx, at))
        yield out


def _wrong_told(ctx: Ctx, tok: Token) -> bool:
    """"Human rights violations by security forces still plague several African countries, Amnesty said", "there
    were instances of intimidation and bribery, Zurabyan said": a wrong a speaker tells of as done is condemned, with
    no one named if the text names no doer (not one a cue of the clause already codes: "denied abuses", "accused
    Russia of abuses"; not one asked about or hoped against)."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in ctx.lex.of("wrong-done") and tok.lower_ not in ctx.lex.of("wrong-done"):
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or ctx.cues.at(verb) is not None or tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "attr", "pobj", "conj"}:
        return False
    path = [tok, *(a for a in tok.ancestors if a.i != verb.i and verb in a.ancestors)]
    if any(c.dep_ in {"neg", "det"} and c.lower_ in {"no", "not", "never", "without"} for t in (*path, verb)
           for c in kids_of(t)) or verb.dep_ in {"xcomp", "advcl"} or any(c.lower_ == "to" for c in kids_of(verb)):
        return False  # ("there was no evidence of fraud", "wants to end torture")
    said = clause.speaker(ctx, verb)[0]
    return said is not None and clause.mode(ctx, verb) == "asserted"


def _joined_to(tok: Token) -> Token:
    """"called the move dangerous and provocative", "the drills were large-scale and provocative": a word joined to
    what is said of something stands where the first of them does."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in {"ADJ", "NOUN"}:
        first = first.head
    return first if first.dep_ in {"acomp", "attr", "oprd", "amod"} or _as(first) else tok


def voiced_feelings(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """"The EU said it was appalled by Russia's attack on Kyiv", "Kenya was troubled by Uganda's decision": dismay
    told as a passive participle (no adjective cue to the parser) aims at whoever did what caused it."""
    for tok in ctx.res.words.tokens(_feelings(ctx.lex), span=sent):
        felt = tok.dep_ == "acomp" and args.children(tok, {"agent"})  # "it was deeply concerned by Japan's actions"
        if tok.tag_ != "VBN" or not (args.children(tok, {"auxpass"}) or felt) or not felt and ctx.cues.hits.get(
                tok.i) is not None or any(c.dep_ == "neg" for t in (tok, tok.head) for c in kids_of(t)):
            continue  # (a cue adjective reads no agent as its target: read here)
        who = _feeler(ctx, tok)
        causes = [o for _, o in args.prep_objects(tok, ("by", "at", "over", "about"))]
        doers = tuple(dict.fromkeys(r for o in causes for r in ctx.res.refs_all(o) or _doers(ctx, o)
                                    if r not in who))  # (not whom it was done to: "the arrests of journalists")
        if not doers and (acts := _force_felt(ctx, causes)):  # "Israel struck Rafah. Egypt said it was appalled by
            doers = tuple(d for a in acts if (d := whom._last_doer(ctx, a, who)))[:1]  # the attack": Israel
        if not who or not (doers or _force_felt(ctx, causes)) or doers and clause.speaks_for(ctx, who, doers):
            continue
        hit = CueHit(tok, Cue((tok.lower_,), "A", "ACCUSE"), tok)
        d = Draft(hit, "ACCUSE", source=who, targets=doers, conf=0.5, rule="voiced_feelings")
        yield Outcome(hit, [("voiced_feelings", describe(d))], list(events_of(ctx, d)))


_CITE = frozenset({"cite", "document"})


def cited_wrongs(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """"Washington imposed sanctions on Nicaragua, citing human rights abuses by the Ortega government", "the EU
    suspended aid, citing the junta's crackdown", "Amnesty documented dozens of cases of torture by Egyptian police":
    a side that gives another's wrong as its reason, or records it, blames whoever did it (not "citing security
    concerns" or "citing officials", no wrong; not whom the wrong was done to)."""
    for tok in ctx.res.words.tokens(lemmas=_CITE, span=sent):
        if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in kids_of(tok)):
            continue
        who = args.subject(ctx, tok)
        wrongs = [w for o in args.children(tok, {"dobj"}) for w in (_wrong_counted(ctx, x) for x in (o, *o.conjuncts))
                  if _cited_wrong(ctx, w)]
        doers = tuple(dict.fromkeys(r for w in wrongs for r in (*_doers(ctx, w, of=False), *(
            r for x in (w, tok) for _, f in args.prep_objects(x, ("from",)) if f.ent_type_ not in {"GPE", "LOC"}
            for r in ctx.res.refs_all(f))) if r not in who))  # ("threats from militias"; not "attacks from Lebanon")
        if not who or not doers or clause.speaks_for(ctx, who, doers) or clause.mode(ctx, tok) != "asserted":
            continue
        hit = CueHit(tok, Cue((tok.lemma_,), "V", "ACCUSE"), tok)
        d = Draft(hit, "ACCUSE", source=who, targets=doers, conf=0.5, rule="cited_wrongs")
        yield Outcome(hit, [("cited_wrongs", describe(d))], list(events_of(ctx, d)))


def _wrong_counted(ctx: Ctx, noun: Token) -> Token:
    """"dozens of cases of torture", "instances of abuse": the wrong that a count or a case of it is "of"."""
    while noun.pos_ == "NUM" or noun.lemma_ in ctx.lex.of("held-count") | ctx.lex.of("instance"):
        of = next((o for _, o in args.prep_objects(noun, ("of",))), None)
        if of is None:
            break
        noun = of
    return noun


def _cited_wrong(ctx: Ctx, noun: Token) -> bool:
    """Is a noun cited a wrong: an act of force or pressure ("the junta's crackdown"), or a misdeed ("abuses",
    "hostile remarks")?"""
    hit = ctx.cues.at(noun)
    return noun.pos_ == "NOUN" and (hit is not None and hit.cue.plover in HARM or _misdeed(ctx, noun))


def held_to_account(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """'"Russia must be held accountable," Zelensky said', "Blinken said Hamas should be held responsible for the
    attack": in speech, a side that must be blamed or punished in words is accused by the speaker (the request the
    deontic word makes has no one to ask)."""
    for hit in ctx.cues.heads(sent):
        tok = hit.tok
        if hit.cue.plover != "ACCUSE" or not hit.cue.verbal or not args.children(tok, {"auxpass"}) or not any(
                c.dep_ == "aux" and c.lower_ in clause.DEONTIC for c in kids_of(tok)) or any(
                c.dep_ == "neg" for c in kids_of(tok)):
            continue
        who = clause.speaker(ctx, tok)[1]
        blamed = tuple(r for s in args.children(tok, {"nsubjpass"}) for r in ctx.res.refs_all(s) if r not in who)
        if not who or not blamed or clause.speaks_for(ctx, who, blamed) or kinds.commentator(ctx, who):
            continue
        d = Draft(hit, "ACCUSE", source=who, targets=blamed, conf=0.5, rule="held_to_account")
        yield Outcome(hit, [("held_to_account", describe(d))], list(events_of(ctx, d)))


def blame_denied(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """'"The Syrian government is not responsible for the massacre," its spokesman said', "Moscow said it was not
    behind the blast": a side that says it (or its own side) is not to blame for a harm denies the blame, aimed at
    whoever the article has laying it (or at no one named)."""
    for tok in ctx.res.words.tokens(ctx.lex.of("culpable") | _NOTHING, span=sent):
        link = _nothing_to_do(ctx, tok)  # '"Hezbollah has nothing to do with this attack," its spokesman said'
        if link is None and (tok.lower_ in _NOTHING or not _for_harm(ctx, tok) or not _negated(ctx, tok)):
            continue
        who = _evaluator(ctx, tok)
        owners = (ctx.res.refs_all(link) if link is not None else _evaluated(ctx, tok)) or (
            who if _we_said(tok) or link is not None and link.lower_ in {"we", "i"} else ())  # '"We are not behind it"'
        if not who or not owners or not (set(owners) <= set(who) or clause.speaks_for(ctx, who, owners)):
            continue  # ("the U.N. said Israel was not behind the blast" clears another: no denial)
        hit = CueHit(tok, Cue((tok.lower_,), "A", "REJECT"), tok)
        d = Draft(hit, "REJECT", source=who, targets=whom.claimant(ctx, who, [tok]), conf=0.5, rule="blame_denied")
        yield Outcome(hit, [("blame_denied", describe(d))], list(events_of(ctx, d)))


_NOTHING = frozenset({"nothing"})


def _nothing_to_do(ctx: Ctx, tok: Token) -> Token | None:
    """"Hezbollah has nothing to do with this attack", "Moscow said it had nothing to do with the blast": the subject
    of "has" when it is said to have nothing to do with a harm, else None."""
    have = tok.head
    if tok.lower_ not in _NOTHING or tok.dep_ != "dobj" or have.lemma_ != "have":
        return None
    harms = [o for d in kids_of(tok) if d.lemma_ == "do" for _, o in args.prep_objects(d, ("with",))
             if (hit := ctx.cues.at(o)) is not None and hit.cue.plover in HARM or _misdeed(ctx, o)]
    return next((c for c in kids_of(have) if c.dep_ == "nsubj"), None) if harms else None


def _we_said(tok: Token) -> bool:
    """Is "we" or "I" the subject a word of blame is said of ("we are not responsible", "we are not behind it")?"""
    head = tok.head if tok.dep_ in {"prep", "acomp", "attr"} else tok
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"we", "i"} for c in kids_of(head))


def _feeler(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """Who says it is dismayed: the subject, or the speaker for "we" ('"We are outraged by the attack," she said')."""
    for subj in args.children(tok, {"nsubjpass"}) or args.children(tok.head, {"nsubj"}) * (tok.dep_ == "acomp"):
        if subj.lower_ in {"we", "i"} and (speaker := clause.speaker(ctx, tok)[1]):
            return speaker
        return ctx.res.refs_all(subj)
    return ()


def _force_felt(ctx: Ctx, causes: list[Token]) -> list[CueHit]:
    """"outraged by yesterday's rocket attack": dismay at an act of force whose doer is not named is criticism aimed
    at whoever the article coded doing it, else at no one (as "anger at the attack" is,
    :func:`kg.extract.which._anger_at_force`)."""
    return [hit for o in causes if (hit := ctx.cues.at(o)) is not None and hit.cue.plover == "ASSAULT"]


def said_in_response(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """"Western politicians have called on China to cease its support for Russia. In response, China's leadership
    insists it is committed to peace", "In response to U.S. criticism, Beijing said ...": what a side says "in
    response" to what was said of it or asked of it rebuts it, a rejection aimed at whoever said or asked it (named
    after "to", else the last to accuse the speaker's side or ask something of it in the sentences just before)."""
    for tok in ctx.res.words.tokens(_RESPONSE, span=sent):
        verb = tok.head.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "in" or verb.lemma_ not in ctx.lex.of("speech") \
                or any(c.dep_ == "neg" for c in kids_of(verb)) or _welcomed(ctx, sent):
            continue
        who = args.subject(ctx, verb)
        mine = set(who) | {a for s in who if (a := ctx.res.affiliation(s))}
        said = [o for _, o in args.prep_objects(tok, ("to",))]
        whom_ = tuple(r for o in said for r in ctx.res.refs_all(o) or ctx.res._modifier_actors(o) if r not in mine)
        last = whom._last_accuser(ctx, mine, {"ACCUSE", "REQUEST"}, since=ctx.res.words.sent_back(tok, whom.CLAIM_REACH).start_char)
        whom_ = whom_ or ((last,) if last and not said else ())
        if not who or not whom_:
            continue
        hit = CueHit(tok, Cue((tok.lemma_,), "N", "REJECT"), tok)
        d = Draft(hit, "REJECT", source=who, targets=whom_, conf=0.5, rule="said_in_response")
        yield Outcome(hit, [("said_in_response", describe(d))], list(events_of(ctx, d)))


def not_tolerated(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """'Netanyahu said Israel "will not allow violent disturbances"', "Beijing will not tolerate any provocation by
    Taipei": a side that says it will not allow or tolerate a harm warns of what it would do (THREATEN), aimed at
    whose harm it is, or at no one named; "we" is the speaker."""
    for tok in ctx.res.words.tokens(lemmas=ctx.lex.of("tolerate"), span=sent):
        harms = [o for o in args.children(tok, {"dobj"}) if _harmful(ctx, o)]
        if not harms or not kinds._will(tok) or not any(c.dep_ == "neg" for c in kids_of(tok)):
            continue
        subj = next(iter(args.children(tok, args.SUBJ)), None)
        speaker, who = clause.speaker(ctx, tok)[1], args.subject(ctx, tok)
        if speaker and (subj is not None and subj.lower_ in {"we", "i"} or clause.speaks_for(ctx, speaker, who)):
            who = speaker  # "we will not allow ...", "Kenya would not allow ..., Ruto said": the speaker
        if not who:
            continue
        owners = tuple(r for o in harms for r in ctx.res._modifier_actors(o) or [
            x for _, b in args.prep_objects(o, ("by", "from")) for x in ctx.res.refs_all(b)] if r not in who)
        hit = CueHit(tok, Cue((tok.lemma_,), "V", "THREATEN"), tok)
        d = Draft(hit, "THREATEN", source=who, targets=owners, conf=0.5, rule="not_tolerated")
        yield Outcome(hit, [("not_tolerated", describe(d))], list(events_of(ctx, d)))


def _harmful(ctx: Ctx, noun: Token) -> bool:
    """A noun of harm: a cue of force or pressure, a misdeed, or one called violent ("violent disturbances")."""
    hit = ctx.cues.at(noun)
    return hit is not None and hit.cue.plover in HARM or noun.lemma_ in ctx.lex.of("misdeed") \
        or noun.lemma_ in ctx.lex.of("blame") or any(a.dep_ == "amod" and a.lemma_ == "violent" for a in kids_of(noun))


def _welcomed(ctx: Ctx, sent: Span) -> bool:
    """Does the sentence accept or praise something ("in response, Hamas said it welcomed the plan", "accepted it")?
    (Not a pledge or an offer: "insists it is committed to peace", "sought to offer an assessment" rebut.)"""
    return any(hit.cue.plover in {"SUPPORT", "CONCEDE"} or hit.cue.plover == "AGREE" and "pledge" not in hit.cue.flags
               and hit.cue.position != "proposes" for hit in ctx.cues.heads(sent))


@lru_cache(maxsize=8)
def _feelings(lex) -> frozenset[str]:
    """The adjective cues of dismay ("appalled", "troubled"): the words a passive participle may voice it with."""
    return frozenset(w for (w, pos), cues in lex.index.items() if pos == "A" and any(c.plover == "ACCUSE" for c in cues))


def _praised_thing(tok: Token, plover: str) -> bool:
    """"Sudani called the death a significant security achievement", "said the meeting was a success": praise
    predicated of a thing no actor owns is SUPPORT with no one named (not "at a historic high")."""
    noun = tok.head if tok.dep_ == "amod" else tok
    return plover == "SUPPORT" and noun.dep_ in {"attr", "oprd"}


def _condemned_thing(ctx: Ctx, tok: Token, plover: str) -> bool:
    """"Jenrick described the plan as an appalling betrayal", "called the decision a mistake": a thing named so is
    condemned (ACCUSE with no one named), as a verdict the speaker gives by naming it, not a mere description; so is
    an act of harm a speaker says is so ("the killing of demonstrators is unacceptable"), whoever did it, and a vote or
    trial a speaker says is rigged or a sham, whoever ran it."""
    if plover != "ACCUSE":
        return False
    judged = _judged_noun(ctx, tok)
    if _naming_verb(ctx, tok) is not None:  # ("called the joint drills a provocation", "drills" tagged a verb)
        return judged.pos_ == "NOUN" or judged.dep_ == "dobj" and any(c.dep_ == "det" for c in kids_of(judged))
    verdict = _verdict_subject(ctx, tok.head if tok.dep_ == "amod" else tok) is not None  # "amount to crimes"
    said_so = tok.dep_ == "amod" and tok.head.dep_ == "attr"  # "the attack was a heinous act": the attack
    judged = next(iter(args.children(tok.head.head, args.SUBJ)), judged) if said_so else judged
    if tok.dep_ in {"acomp", "attr"} or said_so or args.children(tok, {"auxpass"}):  # ("the vote had been rigged")
        if judged.i != tok.i and judged.lemma_ in ctx.lex.of("run-process"):
            return True  # "this election is the most fraudulent since independence", "the trial was a sham"
    return (tok.dep_ in {"acomp", "attr"} or verdict or said_so) and judged.i != tok.i and _harm_act(ctx, judged)


def _verdict_subject(ctx: Ctx, noun: Token) -> Token | None:
    """"Israel's decision represents a flagrant violation", "the arrest sent a chilling message", "the killings amount
    to crimes against humanity": a verb whose object says what its subject is; that subject, which is so judged (as is
    the doer of an act done "in violation of" something, and whoever pursues a course: "makes perverse decisions")."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" \
        else None
    if _done_in_breach(noun) or _means(ctx, noun):  # "the UAE was arming the RSF in violation of the embargo",
        verb = noun.head.head  # "the Houthis earn billions through illicit oil sales": whoever does it
    elif verb is None or verb.lemma_ not in ctx.lex.of("verdict") and not (
            noun.dep_ == "dobj" and verb.lemma_ in ctx.lex.of("conduct")):  # "makes perverse decisions": who makes them
        return None
    return next(iter(args.children(verb, {"nsubj", "nsubjpass"} if _means(ctx, noun) else {"nsubj"})), None)


def _means(ctx: Ctx, noun: Token) -> bool:
    """"generate billions through illicit oil sales", "engaged in coercive behavior": the means an actor does
    something by, or a course it engages in (told in the active: not "were killed in a brutal attack")."""
    verb = noun.head.head
    return noun.dep_ == "pobj" and verb.pos_ == "VERB" and (
        noun.head.lower_ == "through" and not args.passive(verb) or noun.head.lower_ == "in" and verb.lemma_ in {
            "engage", "participate"})  # ("was engaged in", read as a passive)


def _done_in_breach(noun: Token) -> bool:
    """"arming the RSF in violation of the embargo", "in breach of the truce": a wrong an act is done in (of
    something: not "died in the atrocity")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB" and any(
        args.prep_objects(noun, ("of",)))


def _harm_done(ctx: Ctx, tok: Token) -> bool:
    """"were arbitrarily sentenced", "Russian forces indiscriminately shelled Kharkiv": a verb of force or pressure
    done in a way a word of blame tells."""
    hit = ctx.cues.at(tok.head)
    return tok.dep_ == "advmod" and hit is not None and hit.cue.verbal and hit.cue.plover in HARM


#: Nouns of a state of war, which a word of blame describes rather than judges ("the war is brutal").
_WARS = frozenset({"war", "conflict", "fighting", "hostilities"})


def _harm_act(ctx: Ctx, noun: Token) -> bool:
    """"the killing of demonstrators", "the bombing of the hospital": a noun cue of force, or a misdeed (not a war:
    "the war is brutal" describes it; not an arrest, whose doer the article names, :func:`_jailer`)."""
    if noun.lemma_ in _WARS:
        return False
    return (hit := ctx.cues.at(noun)) is not None and hit.cue.plover in HARM - {"COERCE"} or _misdeed(ctx, noun)


def _dismissed(ctx: Ctx, tok: Token) -> bool:
    """"Hamas said the Israeli claims were baseless": a claim so judged is rejected, not its maker accused; so are
    terms put to a side that it calls unacceptable ("Armenia called Azerbaijan's demands unacceptable")."""
    judged_noun = _claim_meant(ctx, _judged_noun(ctx, tok))
    if judged_noun.dep_ == "amod" and judged_noun.head.lower_ in ctx.lex.of("claim"):
        judged_noun = judged_noun.head  # "the baseless Indian allegations", "baseless" read on "Indian"
    judged = judged_noun.lower_
    return tok.lower_ in ctx.lex.of("dismissive") and judged in ctx.lex.of("claim") or judged in ctx.lex.of(
        "proposed") and tok.lower_ in ctx.lex.of("dismissive") | ctx.lex.of("unacceptable")


def _in_denied_claim(ctx: Ctx, tok: Token) -> bool:
    """"The electoral commission dismissed the claims of fraud", "the army denied allegations of torture": a word of
    blame inside a claim that a verb of refusal dismisses is the claimant's, not the denier's (the verb codes the
    denial)."""
    claims = ctx.lex.of("claim")
    for anc in tok.ancestors:
        if anc.pos_ == "NOUN" and (anc.lower_ in claims or anc.lemma_ in claims) and anc.dep_ in {"dobj", "nsubjpass"}:
            hit = ctx.cues.at(anc.head)
            return hit is not None and hit.cue.plover == "REJECT" and hit.cue.verbal
        if anc.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _claim_meant(ctx: Ctx, noun: Token) -> Token:
    """"India dismissed Pakistan's allegations, calling them baseless", "Rwanda dismissed U.N. claims that it backs the
    M23, calling them baseless": a pronoun called so stands for the claim its naming participle's verb dismisses, else
    for the last claim word before it in the sentence (not for the actor the reader took "them" for); else itself."""
    if noun.lower_ not in {"them", "it", "these", "this"}:
        return noun
    words = ctx.lex.of("claim")
    naming = next((a for a in (noun.head, noun.head.head) if a.lemma_ in ctx.lex.of("naming")), None)
    if naming is not None and naming.dep_ in {"advcl", "xcomp", "conj"} and (claim := next(
            (o for o in args.children(naming.head, {"dobj"}) if o.lower_ in words), None)) is not None:
        return claim
    before = ctx.doc[ctx.res.words.sent(noun).start: noun.i]
    return next((t for t in reversed(before) if t.lower_ in words), noun) if noun.lower_ in {"them", "it"} else noun


def _dismissed_by_verb(ctx: Ctx, tok: Token) -> bool:
    """Is what ``tok`` calls a claim ("calling them groundless") one that a verb of refusal above it already
    dismisses ("China dismissed U.S. claims that ..., calling them groundless")? The verb codes the rejection; the
    participle, which the parser may hang inside the claim ("Rwanda dismissed U.N. claims that it backs the M23,
    calling them baseless"), names no one else."""
    noun = _judged_noun(ctx, tok)
    claim = _claim_meant(ctx, noun)
    return claim is not noun and any((h := ctx.cues.at(a)) is not None and h.cue.plover == "REJECT" and h.cue.verbal
                                     for a in claim.ancestors)


def _critic(ctx: Ctx, tok: Token) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """"Alinejad, a vocal critic of Tehran's abuses", "Navalny was Putin's fiercest critic": who the critic is,
    and whom (or whose conduct) it criticises."""
    who: tuple[str, ...] = ()
    if tok.dep_ == "appos":
        who = ctx.res.refs_all(tok.head)
    elif tok.dep_ == "attr":
        who = next((ctx.res.refs_all(s) for s in args.children(tok.head, args.SUBJ)), ())
    judged = args.children(tok, {"poss"}) + [o for _, o in args.prep_objects(tok, ("of",))]
    return who, tuple(r for o in judged for r in (ctx.res.refs_all(o) or ctx.res._modifier_actors(o, of=False)))


def _judged_noun(ctx: Ctx, tok: Token) -> Token:
    """What a blame or praise word is said of: the noun it qualifies, the object of "call ... X", or the
    subject of "X is Y" ("called the EU move disappointing", "the deal is a disaster")."""
    if (subj := _verdict_subject(ctx, tok.head if tok.dep_ in {"amod", "compound"} else tok)) is not None:
        return subj  # "the arrest sent a chilling message"
    if tok.dep_ in {"amod", "compound"} and not _as(tok.head):
        return tok.head
    naming = _naming_verb(ctx, tok)
    if naming is not None and (objects := [o for o in args.children(naming, {"dobj", "oprd"}) if o.i != tok.i]):
        return objects[0]
    if tok.dep_ in {"attr", "acomp"} and (subjects := args.children(tok.head, args.SUBJ)):
        return subjects[0]
    if args.children(tok, {"auxpass"}) and (subjects := args.children(tok, {"nsubjpass"})):
        return subjects[0]  # "the charges were fabricated"
    if tok.dep_ == "oprd" and (subjects := args.children(tok, {"nsubj"})):
        return subjects[0]  # "called Azerbaijan's demands unacceptable", parsed as a small clause of "called"
    return tok


def _jailer(ctx: Ctx, tok: Token, who: tuple[str, ...]) -> tuple[str, ...]:
    """"Mhike said his client's arrest could be unconstitutional": an arrest or detention judged with no doer
    named is the doing of whoever the article has coded arresting that person; "the attack", "the move" told before,
    of whoever the article coded doing it."""
    act = _judged_noun(ctx, tok)
    hit = ctx.cues.at(act)
    held = set(ctx.res._modifier_actors(act)) if hit is not None and "custodial" in hit.cue.flags else set()
    doer = next((r.source for r in reversed(ctx.coded) if r.plover == "COERCE" and r.target in held), None)
    if doer is None and hit is not None:  # "Police held Banda. Amnesty called the arrest unacceptable"
        doer = whom._last_doer(ctx, hit, who, patient=whom.bare_act(act))
    if doer is None:  # "China imposed sanctions on Lithuania. Vilnius said the move was unacceptable": China
        doer = whom._mover(ctx, tok, [act], who, whom._JUDGMENTS)
    if doer is None and hit is not None and {"custodial", "patient"} <= hit.cue.flags:  # "his lawyer said his
        doer = whom.legal_authority(ctx)  # client's detention was unconstitutional": the authority that holds him
    return (doer,) if doer and doer not in who else ()


def _for_harm(ctx: Ctx, tok: Token) -> bool:
    """"responsible for the attack on the dam", "Moscow was behind the attack", "behind the plot", "responsible
    for the crimes": is what someone is held responsible for (or is behind) an act of harm or a misdeed?"""
    held = [o for _, o in args.prep_objects(tok, ("for", "in"))] + (args.children(tok, {"pobj"}) if tok.dep_ == "prep" else [])
    return any((hit := ctx.cues.at(o)) is not None and hit.cue.plover in HARM or _misdeed(ctx, o) for o in held)


def _misdeed(ctx: Ctx, noun: Token) -> bool:
    """"behind the plot", "responsible for the crimes", "behind the bloodshed": a wrong that is no event cue."""
    return any(noun.lower_ in ctx.lex.of(c) or noun.lemma_ in ctx.lex.of(c) for c in ("misdeed", "blame", "war")) \
        or any(a.dep_ == "amod" and a.lower_ in ctx.lex.of("blame") for a in kids_of(noun))  # "corrupt acts"


def joint_acts(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """"A joint Kenya-U.S. military base", "China and Russia conducted joint bomber flights", "coordinated
    airstrikes by the Somali army and international partners": what two actors do jointly is cooperation."""
    for tok in ctx.res.words.tokens(ctx.lex.of("joint"), span=sent):
        if tok.dep_ != "amod" or tok.head.pos_ != "NOUN":
            continue
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":  # "joint bomber flights"
            noun = noun.head
        if noun.lemma_ in ctx.lex.of("joint-words"):
            continue  # "a joint statement", "the joint American and French effort": words, not material action
        named = [r for t in noun.lefts if t.dep_ in {"compound", "nmod", "amod", "poss"}
                 for x in t.subtree for r in ctx.res.refs(x)]
        partners = list(dict.fromkeys([*named, *(r for _, o in args.prep_objects(noun, ("by",))
                                                 for r in ctx.res.refs_all(o))]))
        if len(partners) < 2 and noun.dep_ == "dobj":
            partners = list(dict.fromkeys([*args.subject(ctx, noun.head), *args.co_subjects(ctx, noun.head)]))
        if len(partners) < 2 or clause.mode(ctx, noun) in {"negated", "hypothetical"}:
            continue
        hit = CueHit(tok, Cue((tok.lower_,), "A", "COOPERATE"), tok)
        d = Draft(hit, "COOPERATE", source=tuple(partners), joint="joint", conf=0.5, rule="joint_acts")
        yield Outcome(hit, [("joint_acts", describe(d))], list(events_of(ctx, d)))


def _what_said(ctx: Ctx, tok: Token) -> tuple[Token, Token] | None:
    """"Russia launched what Ukraine called a barbaric attack", "the EU levied what Trump said was a nasty tariff": a
    word of blame in a free relative ("what") that someone calls or says so, hung as the content of the act it names:
    the verb of calling or saying and that act's verb (not a passive one: "was expelled for what it described as
    ...")."""
    said = top = _naming_verb(ctx, tok)
    role = "dobj"  # ("what Ukraine called ...")
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None) if said is None else None
    if verb is not None:
        said = top = next((c for c in kids_of(verb) if c.dep_ == "csubj" and c.lemma_ in ctx.lex.of("speech")), None)
        if said is not None:  # "what Trump said was a nasty tariff", "said" hung as the subject of "was"
            top = verb
        elif verb.dep_ == "ccomp" and verb.head.lemma_ in ctx.lex.of("speech"):  # the same, "was" hung as the content
            said, top, role = verb.head, verb.head, "nsubj"  # of "said", with "what" its subject
    holder = verb if role == "nsubj" else said
    act = top.head if top is not None and top.dep_ == "ccomp" else None
    if act is None or holder is None or act.pos_ != "VERB" or args.passive(act) or not any(
            c.dep_ == role and c.lower_ == "what" for c in kids_of(holder)):
        return None
    return said, act


def _evaluator(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """Who says it: the speaker of the clause, or the subject of "call" when it names something so."""
    if (said := _what_said(ctx, tok)) is not None:
        return args.subject(ctx, said[0])  # "the EU levied what Trump said was a nasty tariff": Trump
    naming = _naming_verb(ctx, tok)
    if naming is not None:
        return args.subject(ctx, naming)
    said = clause.speaker(ctx, tok)[1]
    source = None if said else clause.according_to(ctx, ctx.res.words.sent(tok))  # "..., according to prosecutors"
    told = ctx.res.refs_all(source) if source is not None else ()
    return said or tuple(t for t in told if not ctx.lex.outlet(t))  # "according to Yonhap" only reports


def _naming_verb(ctx: Ctx, tok: Token) -> Token | None:
    """The verb that names something with ``tok`` ("called the move disappointing"), or None."""
    for anc in (tok, *tok.ancestors):
        if (anc.dep_ in {"oprd", "dobj", "ccomp", "xcomp", "advcl"} or _as(anc)) and anc.head.lemma_ in ctx.lex.of("naming"):
            return anc.head  # ("described the move as a provocation")
        if anc.dep_ not in {"oprd", "dobj", "ccomp", "xcomp", "advcl", "amod", "advmod", "acomp", "attr", "pobj", "prep",
                            "appos"}:  # ("called Maduro's victory a fraud", "a fraud" apposed to "victory")
            return None
    return None


def _label(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` what a naming verb calls its object ("describing them as rioters", "called them terrorists", or
    "called the activists terrorists" with the label apposed)?"""
    naming = _naming_verb(ctx, tok)  # (not a participle on a noun: "vowed action against protesters describing them
    return (tok.dep_ in {"oprd", "appos"} or tok.dep_ == "pobj" and _as(tok.head)) and naming is not None \
        and naming.dep_ not in {"acl", "pcomp"}  # as rioters", the parser making the protesters the describers)


def _as(tok: Token) -> bool:
    """Is ``tok`` the "as" of "described X as Y" (a preposition, or what the parser hangs "as" on)?"""
    return tok.dep_ == "prep" and tok.lower_ == "as"


#: Words whose "of" names a set their noun is one of ("one of the most hostile authorities").
_PART_OF = frozenset({"one", "some", "among"})


def _kind_of(ctx: Ctx, noun: Token) -> Token:
    """"one of the most hostile authorities", "an act of piracy", "guilty of war crimes": the word whose kind the
    blame word tells (the noun itself otherwise; the words are kg/data/words.tsv's class kind-of)."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lower_ in _PART_OF or noun.head.head.lower_ in ctx.lex.of("kind-of")):
        noun = noun.head.head
    return noun


def _disbelieved(ctx: Ctx, tok: Token) -> bool:
    """"Mitri said he did not believe Hezbollah was behind the attack": a word of blame in what someone does not
    believe, say or think is no blame."""
    verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_ in ctx.lex.of("speech") and any(
        c.dep_ == "neg" for c in kids_of(verb.head))


def _act_said_of(ctx: Ctx, noun: Token) -> Token | None:
    """"The Lebanese government criticised a rocket attack from Lebanon, saying it was a violation": the act that
    "it" in what a critic says while judging it stands for (the object of the verb of judging), or None."""
    said = noun.head
    judging = said.head.head if said.dep_ == "ccomp" else None
    if noun.lower_ not in {"it", "this"} or noun.dep_ != "nsubj" or judging is None or said.head.dep_ != "advcl" \
            or said.head.lemma_ not in ctx.lex.of("speech"):
        return None
    return next((o for o in args.children(judging, {"dobj"}) if (hit := ctx.cues.at(o)) is not None
                 and hit.cue.plover in HARM), None)


def _negated(ctx: Ctx, tok: Token) -> bool:
    """"the ban is not illegal", "were not guilty of war crimes": a word of blame denied; but a wrong named as an
    actor's ("Moscow's crimes will not go unpunished") is not undone by the verb's negation."""
    kind = _kind_of(ctx, tok)
    owned = tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and kind is tok and any(
        c.dep_ == "poss" for c in kids_of(tok))
    return any(dep == "neg" for c in ((tok,) if owned else (tok, tok.head, kind, kind.head)) for dep, _, _ in dependents(c))


def _evaluated(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """Whose conduct is judged: the doer of the noun it describes ("Israel's heinous attacks", "a step
    backwards"), or the subject it is said of ("the EU is one of the most hostile ...")."""
    if (act := _act_said_of(ctx, _judged_noun(ctx, tok))) is not None:
        return _doers(ctx, act)  # "criticised a rocket attack from Lebanon, saying it was a violation": the attack's
    if _harm_done(ctx, tok):  # "Russian forces indiscriminately shelled Kharkiv": whoever did it
        return args.subject(ctx, tok.head)
    noun = tok.head if tok.dep_ in {"amod", "compound"} or tok.dep_ == "advmod" and tok.head.pos_ == "NOUN" else tok
    noun = _kind_of(ctx, noun)
    said_of = (noun.dep_ in {"attr", "oprd"} or _as(noun) or noun.dep_ == "pobj" and _as(noun.head)) and noun.lemma_ \
        not in ctx.lex.of("instrument")  # "the plan was a betrayal of voters": whose plan, not voters (but "a puppet of
    found = _doers(ctx, noun, of=not said_of) or _branded(ctx, tok, noun)  # Rwanda" judges Rwanda)
    if not found and (subj := _verdict_subject(ctx, noun)) is not None:  # "Israel's decision represents a violation"
        return ctx.res.refs_all(subj) or _doers(ctx, subj)
    if not found and noun.dep_ == "appos":  # "Israel, the cruel terrorist state, ..."; "called Maduro's victory a
        found = ctx.res.refs(noun.head) or _doers(ctx, noun.head)  # fraud", the parser apposing "a fraud"
    behind = noun.dep_ == "prep" and noun.head.lemma_ == "be"  # "Moscow was behind the attack"
    named_as = _as(noun) or noun.dep_ == "pobj" and _as(noun.head)  # "described Russia's actions as barbaric"
    misread = noun.dep_ == "dobj" and noun.head.dep_ in {"oprd", "ccomp", "xcomp"} and not any(  # "called the U.S.
        x.dep_ in {*args.SUBJ, "aux", "mark"} for x in kids_of(noun.head))  # move a provocation", "move" read as a verb
    passive = bool(args.children(noun, {"auxpass"}))  # "Russia was involved in the attack"
    if not found and (renamed := _act_renamed(ctx, noun)):  # "Niger expelled the envoy, which Paris called illegitimate"
        return renamed
    if found or not (noun.dep_ in {"attr", "acomp", "oprd"} or behind or named_as or misread or passive):
        return found
    if passive:
        return next((ctx.res.refs_all(s) for s in args.children(noun, {"nsubjpass"})), ())
    naming = _naming_verb(ctx, noun)
    if naming is not None:
        return tuple(r for o in args.children(naming, {"dobj", "oprd", *(("ccomp",) if misread else ())}) if o.i != noun.i
                     for r in (_misread_owner(ctx, o, noun.head) if misread else ()) or ctx.res.refs_all(o) or _doers(ctx, o))
    for subj in args.children(noun.head, args.SUBJ):
        return _subject_judged(ctx, noun, subj)
    return ()


def _subject_judged(ctx: Ctx, noun: Token, subj: Token) -> tuple[str, ...]:
    """Who the subject a word of blame is said of stands for: its actors or doers; the doer of what "it" stands for
    (:func:`_extraposed`); the doer of a free relative ("what Israel is doing in Gaza is genocide")."""
    if subj.dep_ == "csubj" and any(c.lower_ == "what" for c in args.children(subj, {"dobj"})) and not (
            subj.lemma_ in ctx.lex.of("speech") or subj.lemma_ in ctx.lex.of("naming")):  # (not "what Trump said was
        return args.subject(ctx, subj)  # a nasty tariff": :func:`_what_said`)
    return (_extraposed(ctx, noun) if subj.lower_ == "it" else ()) or ctx.res.refs_all(subj) or _doers(ctx, subj)


def _extraposed(ctx: Ctx, said: Token) -> tuple[str, ...]:
    """"It is unacceptable that Russia continues to bomb civilians", "it was illegal for Israel to build settlements":
    what "it" stands for is the clause after, whose doer is judged (one that acts, in the active; not "it would be a
    mistake for Washington to leave", a course only weighed, nor "that civilians are dying", a group's plight)."""
    be = said.head
    if any(a.lower_ in {"would", "could", "might", "may"} for a in args.children(be, {"aux"})):
        return ()
    acts = [c for c in (*kids_of(be), *kids_of(said)) if c.dep_ in {"ccomp", "advcl", "relcl", "acl"} and c.i > said.i
            and c.pos_ in {"VERB", "AUX"} and any(
        m.dep_ == "mark" and m.lower_ in {"that", "for"} for m in kids_of(c)) and not args.passive(c)
            and c.lemma_ not in ctx.lex.of("plight-verb") and not any(n.dep_ == "neg" for n in kids_of(c))]
    # ("it is shameful that Ukraine has to beg for ammunition", "that Hamas and Israel have not reached a deal")
    return tuple(r for c in acts for s in args.children(c, {"nsubj"}) for r in ctx.res.refs_all(s)
                 if ctx.res.kind(r) != "group")


#: The acts a clause after them may judge by naming them: blows, and refusals ("Hungary blocked the aid package, a
#: decision the Commission described as regrettable").
_RENAMED = frozenset(HARM | {"REJECT"})


def _act_renamed(ctx: Ctx, noun: Token) -> tuple[str, ...]:
    """"Niger expelled the French ambassador, which Paris called illegitimate", "China sent warships near the
    islands, a move Tokyo called provocative": a naming verb in a clause after a blow, with "which" or nothing as its
    object (but the word of blame), names that blow; whoever dealt it is judged."""
    naming = _naming_verb(ctx, noun)
    if naming is None or naming.dep_ not in {"relcl", "acl"} or any(
            o.i != noun.i and o.lower_ != "which" for o in args.children(naming, {"dobj"})) or (
            naming.head.dep_ == "dobj" or naming.head.dep_ == "pobj" and naming.head.head.lower_ in {"on", "against"}) \
            and ctx.res.lex.noun(naming.head.lower_)[0] != "person" and ctx.res.refs_all(naming.head):
        return ()  # ("sanctions on Wagner, which Washington calls a criminal organization": the actor is called so)
    for blow in (naming.head, *naming.head.ancestors):  # ("new sanctions on Iran's oil exports, which Tehran has
        hit = ctx.cues.at(blow)  # labeled as hostile": the sanctions, which the United States announced)
        if blow.pos_ == "VERB" and blow.dep_ != "acl" or hit is not None and hit.cue.plover in _RENAMED and not (
                blow.dep_ == "acl" and blow.head.pos_ == "NOUN"):  # ("sanctions targeting Iran's oil network")
            break
    else:
        return ()
    if hit is None or hit.cue.plover not in _RENAMED:
        return ()
    return args.subject(ctx, blow) if hit.cue.verbal else _doers(ctx, blow) or (
        args.subject(ctx, blow.head) if blow.dep_ == "dobj" else ())


def _misread_owner(ctx: Ctx, o: Token, verb: Token) -> tuple[str, ...]:
    """"called the Chinese move a provocation", parsed with "the Chinese" as the object and "move" as a verb: the
    demonym just before the noun misread as a verb names the state whose act it is, not its people."""
    return (ctx.res.spans[o.i][2],) if o.i + 1 == verb.i and o.i in ctx.res.spans and ctx.res.kind(
        ctx.res.spans[o.i][2]) == "state" else ()


def _branded(ctx: Ctx, tok: Token, noun: Token) -> tuple[str, ...]:
    """'the "illegal" government', "the corrupt regime in Tehran", "a puppet administration": a state or an organisation
    the speaker names with a word of blame is judged itself (not a group named by a kind of conduct: "terrorist
    groups", "illegal migrants")."""
    if tok.dep_ not in {"amod", "compound"} or noun.i != tok.head.i:
        return ()  # ("one of the most hostile authorities": the authorities are one kind the subject is of)
    return tuple(r for r in ctx.res.refs(noun) if ctx.res.kind(r) in {"state", "organization"})


def _doers(ctx: Ctx, noun: Token, of: bool = True) -> tuple[str, ...]:
    """Who did what a noun tells: its owner ("Israel's attacks"), or for a noun done to someone ("the
    killing of demonstrators") only the one named with "by"; for what two sides do, both ("the agreements between
    Syria's authorities and the SDF are a positive step"). Not ``of`` a noun said of something else ("the plan was a
    betrayal of voters"), whose "of" names whom it wronged."""
    hit = ctx.cues.at(noun)  # the owner before an "of" ("Ethiopia's treatment of journalists": Ethiopia)
    if hit is not None and "patient" in hit.cue.flags:  # "Mhlanga's arrest": whom it was done to; with "of"
        owners = ctx.res._modifier_actors(noun, of=False) if any(args.prep_objects(noun, ("of",))) else []
    else:  # naming whom, its owner did it ("India's expulsion of its diplomats"); "the sentencing of the activists":
        of = of and not noun.lower_.endswith("ing") and not (hit is not None and hit.cue.plover in HARM) \
            and noun.lower_ not in ctx.lex.of("abuse")  # an act
        # named by its verb or a blow ("the recruitment of children"), whose "of" is whom it was done to
        owners = ctx.res._modifier_actors(noun, of=False) or (ctx.res._modifier_actors(noun) or [
            r for _, o in args.prep_objects(noun, ("of",)) if ctx.cues.at(o) is not None or not args.children(o, {"poss"})
            for r in ctx.res._modifier_actors(o, of=False)]) * of  # "the acts of the Chinese coast guard vessels":
    # whose vessels; "the conduct of Israel's war": whose war (but "the revocation of Navalny's parole" is not his)
    if _dated_name(noun) and noun.lower_ in ctx.lex.of("abuse"):  # "the 1994 Rwandan genocide": an event named by
        # its year and place, not Rwanda's deed (but "the 2014 Russian annexation of Crimea" is Russia's act)
        owners = [r for c in args.children(noun, {"poss"}) for r in ctx.res.refs(c)]
    if not owners and noun.lemma_ in ctx.lex.of("from-whom"):  # "the statements from Moscow": Moscow's
        owners = [r for _, o in args.prep_objects(noun, ("from",)) for r in ctx.res.refs_all(o)]
    done = [noun, *(a for a in args.children(noun, {"acl"}) if a.tag_ == "VBN" and a.lemma_ in ctx.lex.of("perpetrate"))]
    found = tuple(dict.fromkeys([*owners, *(r for x in done for r in args.by_doers(ctx, x))]))  # "crimes committed
    # by Hamas": Hamas; "the incursion by Belarusian helicopters": Belarus
    return found or (args.between(ctx, noun) if noun.pos_ == "NOUN" else ())


def _dated_name(noun: Token) -> bool:
    """Is a noun named by a year set before it ("the 1994 Rwandan genocide", "the 1988 Halabja massacre")?"""
    return any(c.i < noun.i and c.like_num and len(c.text) == 4 and c.ent_type_ == "DATE" for c in noun.lefts)


def proposal_owners(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """"Israel's proposal", "an American plan": the owner proposes it."""
    for tok in ctx.issues.heads(sent):
        m = ctx.issues.by_token.get(tok.i)
        if m is None or m.kind != "proposal":
            continue
        owners = [o for o in ctx.res._modifier_actors(tok) if ctx.res.kind(o) != "group"]
        if not owners:
            continue
        hit = CueHit(tok, Cue((tok.lemma_,), "N", NO_EVENT, "proposes"), tok)
        out = Outcome(hit, [("proposal_owners", f"{'/'.join(owners)} proposes {m.text}")])
        out.positions = [Position(ctx.res.doc_id, a, str(m.local), "proposes", "asserted", ctx.published,
                                  sent.text.strip(), sent.start_char, tok.text, tok.idx, tok.idx + len(tok.text),
                                  "proposal_owners") for a in owners]
        yield out


def headline(sent: Span) -> bool:
    """A title line ("Trump threatens 200% tariffs on European spirits"): the article's first line, short,
    with no closing punctuation, however the parser split it. It names what the article tells; it is no
    statement of its own."""
    if sent.start_char > 400:  # a title line has at most 20 words: no need to read further into the text
        return False
    return sent.start_char < _title_end(sent.doc)


def _title_end(doc: Doc) -> int:
    """Where the document's title line ends (a character offset), 0 when it opens with none; read once per
    document (the first sentences all ask)."""
    last, end = _TITLE
    if last() is not doc:
        words = index_of(doc)  # (its text, read without joining the tokens again)
        text = words.span_text(0, min(len(doc), 120)) if words is not None else doc[: min(len(doc), 120)].text
        end = text.find("\n")
        line = text[:end].strip() if end > 0 else ""
        end = end if line and len(line.split()) <= 20 and line[-1] not in ".!?\"”’'" else 0
        _TITLE[:] = ref(doc), end
    return end


#: The document asked last (a weak reference) and where its title line ends.
_TITLE: list = [lambda: None, 0]
