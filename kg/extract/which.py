"""Coding rules that decide whether a cue is an event at all, and in which mode: contents of other cues,
nouns that only qualify, dangers, intentions, questions, hypotheses, negation, missing counterparts."""
from __future__ import annotations


from spacy.tokens import Token

from kg.extract import args, clause, kinds
from kg.extract.context import Ctx
from kg.extract.draft import HARM, THREAT_HELD_OUT, Draft, Stop, replace
from kg.extract.issues import IssueMention, issue_kind
from kg.extract.mentions import OTHER_SIDE
from kg.lexicon import plover
from kg.extract.wordindex import kids_of

_NAMED = {"NOUN", "PROPN", "ADJ"}  # what a naming verb's complement is ("called him a liar", "called it unfair")
_FORCE = {"ASSAULT", "COERCE", "MOBILIZE"}  # force prepared or planned ("preparing an attack") is not yet used
_YIELD = {"RETREAT", "CONCEDE"}  # a yielding someone seeks or wants ("they seek Ukraine's surrender") is not done

__all__ = ["invitation_to_other", "market_demand", "measure_blow", "retaliation_means", "support_sent", "other_sense", "press_query", "press_target", "no_comment", "modal_cue", "absorbed_cue", "readiness_to_harm", "text_not_issued", "dismissed_claim", "actor_noun", "volley_of_other", "noun_as_modifier", "ended", "threat_made", "intended_harm", "meeting_aim", "meeting_sought",
           "modality", "asked_a_question", "law_passed", "hypothetical", "negation", "counterpart_needed", "no_visitor", "ceremony_attended", "vote_or_ruling"]


def modal_cue(ctx: Ctx, d: Draft) -> Stop | None:
    """"Hamas needs to accept": a deontic word is coded by :func:`deontic_requests`, not as a cue."""
    return Stop("a deontic word: coded as the speaker's request, if in speech") if "modal" in d.flags else None


def absorbed_cue(ctx: Ctx, d: Draft) -> Stop | None:
    """"urged Hamas to accept the plan": "accept" is coded through "urged"; so are talks named as the time of such
    offered content ("said he was willing to meet Putin during those talks": talks he would meet Putin at, not his)."""
    tok = d.hit.tok
    if clause.absorbed(ctx, tok):
        return Stop("the content of another cue, coded through it")
    during = d.hit.cue.pos == "N" and d.plover == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ == "during"
    verb = tok.head.head
    offer = ctx.cues.at(verb.head) if during and verb.pos_ == "VERB" and verb.dep_ == "xcomp" else None
    if offer is not None and offer.cue.plover == "AGREE" and clause.absorbed(ctx, verb):
        return Stop("the time of what another cue offers, coded through it")
    return None


def readiness_to_harm(ctx: Ctx, d: Draft) -> Stop | None:
    """"The EU is ready to impose further sanctions on Moscow": readiness to use force or a sanction is no offer;
    it is a threat, coded through the act it is ready for (:func:`clause.offered_harm`). "The EU approved its 18th
    package of sanctions against Russia": approving a measure of force or pressure agrees with no one; it is the
    measure, coded through its noun."""
    if d.plover == "AGREE" and d.hit.cue.verbal and _harm_approved(ctx, d.hit.tok):
        return Stop("a measure of force or pressure approved: coded through the measure")
    if d.plover != "AGREE" or not any(clause.offered_harm(ctx, x) for x in args.children(d.hit.tok, {"xcomp"})):
        return None
    return Stop("readiness to use force or a sanction: a threat, coded through its act")


def _harm_approved(ctx: Ctx, verb: Token) -> bool:
    """Is the object of an approving verb (or what it is a package "of") a measure of force or pressure?"""
    if verb.lemma_ not in ctx.lex.of("approve"):
        return False  # (only a verb of approving: "interest to end this war" agrees to its end, no war)
    objs = args.children(verb, {"dobj", "nsubjpass"})
    objs += [o for x in objs for _, o in args.prep_objects(x, ("of",))]
    return any((hit := ctx.cues.at(o)) is not None and hit.cue.pos == "N" and hit.cue.plover in HARM for o in objs)


def text_not_issued(ctx: Ctx, d: Draft) -> Stop | None:
    """"The Security Council will vote on a resolution demanding a ceasefire", "the assembly would act next week on
    a resolution condemning the war", "Russia quashed a Security Council resolution condemning its invasion": what a
    text put to the vote, weighed or blocked says is no act of the body it was put to (one passed or issued is)."""
    tok = d.hit.tok
    if not d.hit.cue.verbal or tok.dep_ != "acl" or tok.head.lemma_ not in ctx.lex.of("document"):
        return None
    paper = tok.head
    if paper.dep_ == "pobj" and paper.head.lower_ == "on" and paper.head.head.lemma_ in ctx.lex.of("put-to-vote"):
        return Stop("a text put to the vote, not yet issued")
    if paper.dep_ == "dobj" and paper.head.lemma_ in ctx.lex.of("weigh") | ctx.lex.of("text-blocked") | ctx.lex.of(
            "put-to-vote"):
        return Stop("a text weighed or blocked, not issued")
    return None


def dismissed_claim(ctx: Ctx, d: Draft) -> Stop | None:
    """"Reports that Chad had closed its border were false", "officials called reports that Iran had supplied drones
    baseless", "dismissed as false reports that its jets had bombed the market": what a claim dismissed as untrue
    tells is not told as done (the dismissal itself is coded by its own words)."""
    tok = d.hit.tok
    if tok.dep_ != "acl" or tok.head.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"} or tok.head.lower_ not in ctx.lex.of(
            "claim"):  # (not its part of speech: "reports" is read as a verb at times)
        return None
    claim, dismissive = tok.head, ctx.lex.of("dismissive")
    near = [*kids_of(claim), *(kids_of(claim.head) if claim.dep_ in {"nsubj", "dobj"} else ()),
            *(c for c in kids_of(tok) if c.i > tok.i and c.dep_ == "advmod")]  # ("baseless" read on the clause's verb)
    if any(c.lower_ in dismissive and c.dep_ in {"amod", "acomp", "attr", "oprd", "advmod"} for c in near):
        return Stop("a claim dismissed as untrue, not told as done")
    return None


def actor_noun(ctx: Ctx, d: Draft) -> Stop | None:
    """"the mediators": a noun cue that is itself an actor's name is no event; nor is a mediator's title set beside
    an actor ("Oman, Iran's traditional diplomatic intermediary, hosted talks": what Oman is, not an act)."""
    tok = d.hit.tok
    if d.hit.cue.pos == "N" and tok.i in ctx.res.spans and not ctx.res._modifier_actors(tok):
        return Stop("the cue word names an actor")
    if d.mediating and d.hit.cue.pos == "N" and tok.dep_ == "appos" and ctx.res.refs(tok.head) and not any(
            c.dep_ == "prep" and c.lower_ == "between" for c in kids_of(tok)):  # (not "a mediator between Russia and ...")
        return Stop("the cue word says what an actor is")
    return None


def volley_of_other(ctx: Ctx, d: Draft) -> Stop | None:
    """"Ukraine launched a salvo of sanctions against Russian banks", "a barrage of accusations": a volley whose "of"
    names an act of another kind (a measure, words) is that act, coded through its own cue, no attack."""
    if d.plover != "ASSAULT" or not d.hit.cue.verbal:
        return None
    doc = d.hit.tok.doc
    kinds = {h.cue.plover for i in d.hit.parts if i != d.hit.tok.i for _, o in args.prep_objects(doc[i], ("of",))
             if (h := ctx.cues.at(o)) is not None}
    return Stop("a volley of words or measures, no attack") if kinds and "ASSAULT" not in kinds else None


def noun_as_modifier(ctx: Ctx, d: Draft) -> Stop | None:
    """"an opposition party", "sanctions monitors", "a hostage release deal": a cue noun that only
    qualifies another noun is no event."""
    tok = d.hit.tok
    if d.hit.cue.pos == "N" and tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return Stop("the cue noun only qualifies another noun")
    return None


def market_demand(ctx: Ctx, d: Draft) -> Stop | None:
    """"China's demand for Iranian oil", "Europe's demand for Russian gas": a demand for traded goods is a market's,
    no request made of anyone."""
    tok = d.hit.tok
    if d.plover != "REQUEST" or tok.lemma_ != "demand" or not any(
            o.lemma_ in ctx.lex.of("goods") for _, o in args.prep_objects(tok, ("for",))) and not _market(ctx, tok):
        return None
    return Stop("demand for goods: a market's, no request")


def _market(ctx: Ctx, noun: Token) -> bool:
    """"Exports rose, driven by strong demand from Pakistan": a singular demand with no determiner, qualified by how
    much is bought, is a market's (not "a strong demand", "growing demands for his resignation")."""
    return noun.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in kids_of(noun)) and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in ctx.lex.of("market") for c in kids_of(noun))


_GRANTED = {"CONCEDE", "AID", "SUPPORT", "COOPERATE", "AGREE"}  # what a measure may take away


def ended(ctx: Ctx, d: Draft) -> Stop | None:
    """"to halt the fighting", "an end to the war", "stop the attacks": what is to end is the issue, not an
    event of the sentence."""
    tok = d.hit.tok
    if d.hit.cue.pos != "N":
        return None
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in {"after", "before", "since", "following", "amid", "despite"}:
        return None  # "suspended cooperation after Israeli strikes": when, not what ends
    if tok.dep_ in {"dobj", "pobj", "nsubjpass"} and head.lemma_ in ctx.lex.of("end") and not clause.kept_up(ctx, tok) \
            or tok.dep_ == "pobj" and clause.ended_by(ctx, tok):
        return Stop("what is to end is the issue, not an event")  # ("end nearly 60 years of war")
    if d.plover == "SUPPORT" and tok.dep_ == "dobj" and (hit := ctx.cues.at(head)) is not None and hit.cue.plover == "RETREAT":
        return Stop("support withdrawn is no support given")  # "Syria withdrew its support for the truce"
    if d.plover == "CONSULT" and tok.dep_ in {"dobj", "nsubjpass"} and clause.called_off(ctx, head):
        return Stop("talks or a visit called off are not held")  # "the summit was cancelled", "postponed his trip"
    if tok.dep_ == "dobj" and d.plover in _GRANTED and (hit := ctx.cues.at(head)) is not None and hit.cue.plover == "SANCTION":
        return Stop("what a measure takes away is no grant")  # "revoking visa exemptions for Indian nationals"
    if tok.dep_ == "pobj" and head.dep_ == "dobj" and (hit := ctx.cues.at(head.head)) is not None \
            and hit.cue.plover == "SANCTION" and head.i in hit.parts:
        return Stop("what is broken off is the issue, not an event")  # "suspended its participation in the talks"
    return None


def threat_made(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Trump's threat to impose tariffs" is a threat made; "a growing threat from China", "the China
    threat" and "served as a warning" name a danger, not a THREATEN."""
    tok = d.hit.tok
    if d.hit.cue.pos != "N" or "warn" not in d.flags:
        return None
    content = any(c.dep_ in {"acl", "relcl", "ccomp"} for c in kids_of(tok)) or any(
        _act(ctx, o) for _, o in args.prep_objects(tok, ("of",))) or any(
        ctx.res.refs_all(o) for _, o in args.prep_objects(tok, ("against",)))
    danger = tok.dep_ in {"attr", "compound", "oprd"} or (tok.dep_ == "pobj" and tok.head.dep_ == "prep"
                                                        and tok.head.lower_ in {"against", "amid", "from"})
    if content and not danger and not any(p == "from" for p, _ in args.prep_objects(tok, ("from",))):
        return None
    return _threat_posed(ctx, d) or Stop("a danger named, not a threat made")


def _threat_posed(ctx: Ctx, d: Draft) -> Draft | None:
    """"The Armenian constitution poses a direct threat to Azerbaijan's security, a ministry spokesman said": a
    danger that a speaker says another actor, or what it owns or does, poses (or is, or is called) is an accusation
    of that actor."""
    tok = d.hit.tok
    named = tok.dep_ == "oprd" and tok.head.lemma_ in ctx.lex.of("naming")  # "Blinken called China a threat"
    if not (tok.dep_ == "dobj" and tok.head.lemma_ == "pose" or tok.dep_ == "attr" and tok.head.lemma_ in {"be", "remain"}
            or named):  # "North Korea's launches are a threat to regional peace, Japan said"
        return None
    who = args.subject(ctx, tok.head) if named else clause.speaker(ctx, tok)[1]
    said_of = [r for o in args.children(tok.head, {"dobj"}) for r in ctx.res.refs_all(o) or ctx.res._modifier_actors(o)]
    owners = tuple(r for r in (said_of if named else args.subject(ctx, tok.head)) if r not in who)
    if not who or not owners or clause.speaks_for(ctx, who, owners):
        return None
    return replace(d, plover="ACCUSE", source=who, source_given=True, targets=owners, done=named)


def _endangered(ctx: Ctx, tok: Token) -> Stop | None:
    """"armed groups that threaten the peace", "the fighting threatens the harvest": a verb "threaten" whose
    object is neither an actor nor an act of force or pressure endangers it; no one is threatened with anything."""
    if _thing_threatens(ctx, tok):
        return Stop("endangered by a thing or an act, not a threat made")  # "Iran's proliferation of drones continues
        # to threaten civilians": only an actor threatens
    objects = args.children(tok, {"dobj"})
    if objects and tok.tag_ in {"VBP", "VBZ"} and any(  # (not "threatened Israel by saying it would strike")
            c.tag_ == "VBG" and c.lemma_ not in ctx.lex.of("speech") for p in kids_of(tok)
            if p.dep_ == "prep" and p.lower_ == "by" for c in kids_of(p) if c.dep_ == "pcomp"):
        return Stop("endangered by what someone does, not a threat made")  # "the Houthis threaten the United States
        # by committing acts of terror": what they do is the act (and the speaker's accusation)
    if not objects or args.children(tok, {"xcomp", "ccomp"}) or next(args.prep_objects(tok, ("with",)), None) is not None:
        return None  # "threatened to strike", "threatened them with arrest"
    if any(ctx.res.refs_all(o) or ctx.res._modifier_actors(o) or _act(ctx, o) for o in objects):
        return None  # "threatened Israel", "threatened Israel's allies", "threatened sanctions"
    return Stop("something endangered, not a threat made")


def _thing_threatens(ctx: Ctx, verb: Token) -> bool:
    """Is the subject of "threaten" (or of the verb it is the complement of: "continues to threaten") a common noun
    that names no actor ("proliferation", "the war", "the advance")?"""
    while verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    subjects = args.children(verb, {"nsubj"})
    return bool(subjects) and all(s.pos_ == "NOUN" and not ctx.res.refs_all(s) and not ctx.lex.noun(s.lemma_)[0]
                                  and not ctx.lex.noun(s.lower_)[0] for s in subjects)  # (not "the group", "the army")


def _act(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` an act of force or pressure ("the threat of sanctions", "of military action")?"""
    hit = ctx.cues.at(tok)
    return bool(hit and hit.cue.plover in {"ASSAULT", "SANCTION", "COERCE", "MOBILIZE"}) or tok.lower_ in ctx.lex.of("force")


def intended_harm(ctx: Ctx, d: Draft) -> Stop | None:
    """"That is why they want to kill her", "Israel is preparing a wide-scale attack on Lebanon", "plotted attacks",
    "seeks to weaken Hamas and force it to release the hostages", "they seek Ukraine's surrender": a harm or a yielding
    someone wants, seeks or prepares is not done."""
    tok = d.hit.tok
    planned = d.hit.cue.pos == "N" and d.plover in _FORCE | _YIELD and tok.dep_ == "dobj" and (
        tok.head.lemma_ in ctx.lex.of("intent") or tok.head.lemma_ in ctx.lex.of("future"))
    first = tok
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head  # "seeks to tighten the hold on Maduro and force him to resign": each act wanted
    if planned or d.plover in HARM and first.dep_ == "xcomp" and first.head.lemma_ in ctx.lex.of("intent"):
        if clause.told_by_accuser(ctx, tok):
            return None  # "Iranian agents plotted to kill her, according to prosecutors": an accusation
        return Stop("an intention, not an act")
    return None


def meeting_sought(ctx: Ctx, d: Draft) -> Stop | None:
    """"Egypt is trying to arrange a meeting between Netanyahu and Abbas", "mediators are trying to organize another
    meeting of the two foreign ministers": a meeting that someone tries or seeks to bring about is not held."""
    tok = d.hit.tok
    if d.plover != "CONSULT" or tok.dep_ != "dobj" or tok.head.dep_ != "xcomp":
        return None
    trying = tok.head.head
    if trying.lemma_ in ctx.lex.of("future"):
        return None  # "Erdogan plans to host a meeting between Putin and Zelenskiy on Friday": scheduled
    if trying.lemma_ == "try" or trying.lemma_ in ctx.lex.of("intent") | ctx.lex.of("endeavour") | ctx.lex.of("strive"):
        return Stop("a meeting sought, not held")
    return None


def invitation_to_other(ctx: Ctx, d: Draft) -> Stop | None:
    """"The ICJ invited Israel to submit its observations", "the Council invited Ukraine to address the meeting": an
    invitation to do something else than visit or talk is no offer to meet ("Putin invited Trump to visit Moscow" is)."""
    tok = d.hit.tok
    if d.plover != "AGREE" or tok.lemma_ != "invite":
        return None
    done = args.children(tok, {"xcomp"})
    if not done or any(x.lemma_ in ctx.lex.of("visit") or (hit := ctx.cues.at(x)) is not None and hit.cue.plover
                       == "CONSULT" for x in done):
        return None
    return Stop("an invitation to do something else than visit or talk")


def meeting_aim(ctx: Ctx, d: Draft) -> Stop | None:
    """"Qatar hosted talks to end the war between Israel and Hamas", "a meeting to discuss a ceasefire", "the Geneva
    talks aim to end the war between A and B", "the talks would be the first attempt to mediate between the sides":
    what talks or a meeting are held to do is their aim, not an act done (nor agreed) by anyone."""
    tok = d.hit.tok
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok)):
        return None
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ctx.lex.of("intent") | {"aim"}:
        held = [s for s in kids_of(tok.head) if s.dep_ == "nsubj"]  # "the talks aim to end the war"
    elif tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        noun = tok.head  # "talks to end the war"; "the talks would be the first attempt to mediate"
        held = [noun] + [s for s in kids_of(noun.head) if s.dep_ == "nsubj" and noun.dep_ == "attr"]
    else:
        return None
    if not any((hit := ctx.cues.at(h)) is not None and hit.cue.plover == "CONSULT" and hit.tok.i != tok.i for h in held):
        return None
    return Stop("the aim of talks or a meeting, not an act")


def modality(ctx: Ctx, d: Draft) -> Draft | None:
    """"will withdraw" (future), "could strike" (hypothetical), "did not sign" (negated)."""
    mode = clause.mode(ctx, d.hit.tok)
    return replace(d, mode=mode) if mode != d.mode else None


def support_sent(ctx: Ctx, d: Draft) -> Draft | None:
    """"Iran has sent weapons to support the Houthis", "Rwanda deployed troops to back the M23 rebels": support that
    forces or arms are sent to give is material aid, not words of support."""
    tok = d.hit.tok
    if d.plover != "SUPPORT" or not d.hit.cue.verbal or tok.dep_ not in {"advcl", "xcomp"} or not any(
            a.lower_ == "to" for a in args.children(tok, {"aux"})):
        return None
    sender = ctx.cues.at(tok.head)  # (not "sent an envoy to support the talks": only forces or arms sent)
    return replace(d, plover="AID") if sender is not None and sender.cue.plover in {"AID", "MOBILIZE"} else None


def retaliation_means(ctx: Ctx, d: Draft) -> Draft | None:
    """"Israel retaliated with airstrikes", "Iran retaliated with a barrage of missiles", "rebels attacked the town and
    the government retaliated": a reprisal made with arms, or answering an attack told in the same sentence, is an
    assault (one made with tariffs, or answering tariffs, stays a sanction)."""
    tok = d.hit.tok
    if d.plover != "SANCTION" or not d.hit.cue.verbal or tok.lemma_ != "retaliate":
        return None
    means = [o for _, o in args.prep_objects(tok, ("with",))]
    means += [c for p in args.children(tok, {"prep"}) if p.lower_ == "by" for c in args.children(p, {"pcomp", "pobj"})]
    # ("retaliated by expanding sanctions", "by expelling the consul": the act it is done by)
    means += [o for m in means for _, o in args.prep_objects(m, ("of",))]  # ("a barrage of missiles")
    means += [c for m in means for c in kids_of(m) if c.dep_ in {"compound", "amod"}]  # ("artillery fire")
    answered = [h for t in ctx.res.words.sent(tok) if t.i < tok.i and (h := ctx.cues.at(t)) is not None]
    attack = answered[-1] if answered and answered[-1].cue.plover == "ASSAULT" else None
    if not any(_armed(ctx, m) for m in means) and (means or attack is None):
        return None
    attackers = tuple(r for r in args.subject(ctx, attack.tok) if r not in d.source) if attack is not None else ()
    return replace(d, plover="ASSAULT", targets=d.targets or attackers)  # (else whom "against" names, or the other side)


def _armed(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` a blow or arms ("airstrikes", "missiles", "artillery fire")?"""
    hit = ctx.cues.at(tok)
    return hit is not None and hit.cue.plover == "ASSAULT" or tok.lemma_ in ctx.lex.of("arms") or tok.lower_ in ctx.lex.of(
        "force")


def measure_blow(ctx: Ctx, d: Draft) -> Draft | None:
    """"New US tariffs hit China", "the EU sanctions were the most expansive to hit Rwanda": a blow whose subject
    is a sanction, a tariff or another measure is that measure laid on whom it hits, not an attack."""
    if d.plover != "ASSAULT" or not d.hit.cue.verbal:
        return None
    verb = d.hit.tok
    while not args.children(verb, args.SUBJ) and verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head  # ("were the most expansive to hit": the subject of "were")
    measures = [ctx.cues.at(s) for s in args.children(verb, {"nsubj"})]
    if not any(m is not None and m.cue.pos == "N" and m.cue.plover == "SANCTION" for m in measures):
        return None
    return replace(d, plover="SANCTION")


_OFFERED = frozenset({"proposal", "agreement", "demand", "talks"})  # kinds of issue a side puts to another


def _force_in_other_sense(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Fight smuggling" is no assault on anyone; "China shot down the U.S. request for talks" is a refusal."""
    if clause.fights_ill(ctx, d.hit.tok):
        return Stop("fighting an ill ('fight smuggling'), not an assault on anyone")
    if d.plover == "ASSAULT" and any(_offer_noun(ctx, o) for o in args.children(d.hit.tok, {"dobj"})):
        return replace(d, plover="REJECT")
    return None


def _offer_noun(ctx: Ctx, noun: Token) -> bool:
    """Is ``noun`` a proposal, deal or request (an issue put to a side, or a noun cue of asking or offering)?"""
    hit = ctx.cues.at(noun)
    return issue_kind(noun.lemma_) in _OFFERED or bool({noun.lower_, noun.lemma_} & ctx.lex.of("claim")) or (
        hit is not None and hit.cue.pos == "N" and hit.cue.plover in {"REQUEST", "AGREE"})  # ("shot down rumors")


def _record_released(ctx: Ctx, tok: Token) -> bool:
    """"Hamas released a video of hostage X", "the Egyptian statement, released by the ministry's spokesman, said":
    what is released is a recording or a text made public."""
    done = args.children(tok, {"dobj", "nsubjpass"}) + ([tok.head] if tok.dep_ == "acl" and tok.tag_ == "VBN" else [])
    return any(o.lemma_ in ctx.lex.of("recording") for o in done)


def other_sense(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Erdogan struck a conciliatory tone", "Netanyahu conceded that mistakes were made", "Israel's exports
    declined", "three Uyghurs who hail from China": a verb cue with an idiom's object, a concession of a fact
    ("conceded that ..."), praise with no object but where from, or a refusal verb with no complement said of a
    thing, is no event."""
    tok = d.hit.tok
    if not d.hit.cue.verbal:
        return None
    if any(o.lemma_ in ctx.lex.of("idiom-object") for o in args.children(tok, {"dobj"})):
        return Stop("an idiom, not the event the verb names")
    if d.plover == "CONCEDE" and _record_released(ctx, tok):
        return Stop("a recording or a report made public, no one freed")  # "Hamas released a video of hostage X"
    if _goes_on_with(tok):  # "Oman would press on with its efforts toward a deal": it keeps at them
        return Stop("going on with something, not the event the verb names", keep_position=True)
    if d.plover == "REQUEST" and args.moved_by_thing(ctx, tok):  # "Pashinyan's policy encourages Aliyev to demand more"
        return Stop("what a thing moves someone to do, not a request of its owner's", keep_position=True)
    if d.plover == "THREATEN" and tok.lemma_ == "threaten" and (endangered := _endangered(ctx, tok)):
        return kinds.pact_judged(ctx, d) or endangered  # "critics say the deal could threaten the base's security"
    if "infinitive" in d.flags and not args.children(tok, {"xcomp"}):
        return Stop("a place reached, not a clause of what is asked")  # "pushed the rebels to the edge of the city"
    if (figurative := _force_in_other_sense(ctx, d)) is not None:
        return figurative
    if d.plover == "CONSULT" and tok.lemma_ in ctx.lex.of("naming") and not _called_to_do(tok) and not _called_actor(ctx, tok) and any(
            c.pos_ in _NAMED or c.dep_ == "oprd" or not any(x.dep_ in {*args.SUBJ, "aux", "mark"} for x in kids_of(c))
            for c in args.children(tok, {"oprd", "ccomp", "xcomp"})):
        return Stop("naming something, not the event the verb names")  # "called Netanyahu a terrorist": no call
        # (nor "called the U.S. move a provocation", where the parser reads "move" as a verb with no subject)
    if d.plover == "CONSULT" and clause.called_off(ctx, tok):
        return Stop("calling a meeting off, not a call")  # "the meeting between Putin and Trump was called off"
    if tok.lemma_ in ctx.lex.of("naming") and (d.plover == "CONSULT" and _named_thing(ctx, tok) or _objects_word(d)):
        return Stop("naming something, not the event the verb names")
    if d.plover == "SUPPORT" and any(args.prep_objects(tok, ("from",))) and not args.children(
            tok, {"dobj", "ccomp", "xcomp"}):
        return Stop("where someone comes from, not praise")  # "these three, who hail from China"
    if d.plover == "CONCEDE" and any(c.i > tok.i for c in args.children(tok, {"ccomp"})):
        return Stop("conceding a fact: admitting, not a concession")
    if "refuse" in d.flags and not args.children(tok, {"xcomp", "dobj", "ccomp"}) and any(
            not ctx.res.refs_all(s) for s in args.children(tok, {"nsubj"})):
        return Stop("a level that declined, not a refusal")  # "Israel's exports declined sharply", "declined by 10%"
    return None


def _goes_on_with(verb: Token) -> bool:
    """"press on with", "pushed on with the reforms": "on with" right after a verb tells that its subject goes on
    doing something."""
    doc = verb.doc
    return verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "on" and doc[verb.i + 1].dep_ in {"prt", "advmod"} \
        and doc[verb.i + 2].lower_ == "with"


def _named_thing(ctx: Ctx, verb: Token) -> bool:
    """"called Maduro's victory a fraud", parsed with "a fraud" in apposition to "victory": a thing, no actor,
    named something indefinite."""
    return any(not ctx.res.refs_all(o) and (any(a.pos_ == "NOUN" and any(x.lower_ in {"a", "an"} for x in kids_of(a))
                                              for a in args.children(o, {"appos"}))
                                          or any(c.pos_ == "ADJ" for c in args.children(o, {"conj"}))
                                          or any(ctx.res.refs_all(p) for p in args.children(o, {"poss"}))
                                          or o.pos_ == "NOUN" and not ctx.res.lex.noun(o.lower_)[0]
                                          and (ctx.res._modifier_actors(o, of=False) or _name_hung_inside(o)))
               for o in args.children(verb, {"dobj"}))  # ("called New Delhi's moves knee-jerk and inappropriate"; one
    # phones no one's act: "called China's blockade of the shoal illegal", with "illegal" misread as the shoal's, nor
    # "called the Tanzanian decision to ban Kenyan flights unfortunate", with "unfortunate" hung on "ban")


def _name_hung_inside(noun: Token) -> bool:
    """"called the treatment of the Rohingya a textbook example of ethnic cleansing", parsed with "example" as a second
    object of "of": an indefinite noun hung beside another on one preposition inside the object is the name given."""
    return any(p.dep_ == "prep" and len(objs := [o for o in kids_of(p) if o.dep_ == "pobj"]) > 1 and any(
        x.lower_ in {"a", "an"} for x in kids_of(objs[-1])) for p in noun.subtree)


def _objects_word(d: Draft) -> bool:
    """"Azerbaijan called the French senate's resolution on Karabakh biased", "called the tax bill a disaster for the
    poor": a word of the cue ("call on", "call for") that hangs on the verb's object, or comes after it, is no
    particle of the verb's."""
    doc, verb = d.hit.tok.doc, d.hit.tok
    objects = [o.i for o in kids_of(verb) if o.dep_ == "dobj"]
    return any(doc[i].head.dep_ == "dobj" and doc[i].head.head.i == verb.i or doc[i].dep_ == "prep" and any(
        o < i for o in objects) for i in d.hit.parts)


def _called_actor(ctx: Ctx, tok: Token) -> bool:
    """"Blinken called Lavrov on Monday", parsed with "Lavrov" as what he is named: one actor after "called",
    with nothing named by it, was phoned."""
    named = args.children(tok, {"oprd", "ccomp", "xcomp"})
    return not args.children(tok, {"dobj"}) and len(named) == 1 and named[0].dep_ == "oprd" and bool(
        ctx.res.refs_all(named[0])) and not any(c.dep_ in {"det", "amod"} for c in kids_of(named[0]))


def _called_to_do(tok: Token) -> bool:
    """"Erdogan called Aliyev to congratulate him": a call made to do something (the parser reads the one called
    as named), not naming anyone something."""
    return any(c.pos_ == "PROPN" for c in args.children(tok, {"oprd", "dobj"})) and any(
        x.dep_ == "aux" and x.lower_ == "to" for c in args.children(tok, {"advcl", "xcomp"}) for x in kids_of(c))


def vote_or_ruling(ctx: Ctx, d: Draft) -> Stop | None:
    """"Swiss voters rejected the proposal in a referendum", "the Supreme Court rejected the appeal by the
    businessman": a vote of the electorate, or a court's ruling against a party no one names, refuses no side (unlike
    "the court rejected Kenya's request")."""
    if d.plover != "REJECT" or not d.hit.cue.verbal:
        return None
    tok = d.hit.tok
    doers = {t.lower_ for t in args.children(tok, args.SUBJ) + [o for _, o in args.prep_objects(tok, ("by",))]}
    if doers & ctx.lex.of("electorate"):
        return Stop("a vote at the polls, not a refusal of another side")
    claims = ctx.lex.of("claim")
    denial = args.children(tok, {"ccomp"}) or any(o.lemma_ != "charge" and (o.lower_ in claims or o.lemma_ in claims)
                                                  for o in args.children(tok, {"dobj"}))  # (not "denied the appeal")
    if d.targets in {(OTHER_SIDE,), ()} and doers & (ctx.lex.of("judicial") | ctx.lex.of("court-title")) and not denial:
        return Stop("a court's ruling on a party no one names, not a refusal of another side")  # (but "the judiciary
        # denied that a sentence had been issued", "rejected the allegations": a denial)
    return None


def press_query(ctx: Ctx, d: Draft) -> Stop | None:
    """"The two governments have ignored VOA requests for comment", "did not respond to queries": a
    reporter's question, asked or left unanswered, is no event between the parties."""
    tok = d.hit.tok
    words = ctx.lex.of("press-query")
    if not ctx.res.words.has_any(words):
        return None  # no such word in the text (its lower-case words and lemmas): the rule has nothing to find
    objects = args.children(tok, {"dobj", "nsubjpass"}) + [o for _, o in args.prep_objects(tok, ("to", "for"))]
    if tok.lower_ in words or tok.lemma_ in words:
        return Stop("a reporter's question")
    for o in objects:
        if o.lemma_ in words and not _remark_owned(ctx, o) or any(
                t.lemma_ in words for _, t in args.prep_objects(o, ("for",))):
            return Stop("a reporter's question")
    return None


def _remark_owned(ctx: Ctx, tok: Token) -> bool:
    """"China condemned Japan's comments on Taiwan", "rejected the comments by Trump": remarks a side that is no
    news medium made are its statement, not a reporter's question (unlike "ignored VOA's queries")."""
    after = [p for p in kids_of(tok.head) if p.dep_ == "prep" and p.i == tok.right_edge.i + 1]  # ("criticized the
    # comments by Trump", "by" parsed on the active verb)
    owners = [c for c in kids_of(tok) if c.dep_ in {"poss", "compound", "amod"}] + [
        o for _, o in args.prep_objects(tok, ("by", "from"))] + [
        o for p in after if p.lower_ in {"by", "from"} and not args.passive(tok.head) for o in kids_of(p) if o.dep_ == "pobj"]
    refs = [r for o in owners for r in ctx.res.refs_all(o)]
    return bool(refs) and not any(ctx.lex.outlet(r) for r in refs)


def press_target(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Zelenskyy spoke to VOA", "told Reuters", "spoke with the BBC": news media that receive a statement are
    listed as actors but meet no one; nor do their services ("in a conversation with VOA's Afghan Service")."""
    if d.plover != "CONSULT" or not any(ctx.lex.outlet(t) or _outlet_service(ctx, d, t) for t in d.targets):
        return None
    rest = tuple(t for t in d.targets if not ctx.lex.outlet(t) and not _outlet_service(ctx, d, t))
    return replace(d, targets=rest) if rest else Stop("talking to the press, no meeting")


def _outlet_service(ctx: Ctx, d: Draft, target: str) -> bool:
    """Is ``target`` named in the sentence as a news medium's own part ("VOA's Somali Service")?"""
    return any(target in ctx.res.refs(t) and any(c.dep_ == "poss" and any(ctx.lex.outlet(r) for r in ctx.res.refs_all(c))
                                                 for c in kids_of(t)) for t in d.hit.tok.sent)


def no_comment(ctx: Ctx, d: Draft) -> Stop | None:
    """"declined to comment", "an official who refused to be named", "declined to give details": declining
    to answer the press is no refusal between the parties; nor is declining to refuse ("refused to rule out
    the use of force", "declined to deny the report"), which leaves it open."""
    if "refuse" not in d.flags:
        return None
    words = ctx.lex.of("press-reply")
    for x in args.children(d.hit.tok, {"xcomp", "acl"}):
        if x.lemma_ in words or any(o.lemma_ in words for o in args.children(x, {"dobj"})):
            return Stop("declining to answer the press")
        if (hit := ctx.cues.at(x)) is not None and hit.cue.plover == "REJECT":
            return Stop("declining to refuse leaves it open")
    return None


def asked_a_question(ctx: Ctx, d: Draft) -> Stop | None:
    """'"Why did Hamas attack Israel?" she asked', 'asked whether Iran would respond': a question asserts
    nothing, and asking it is no request."""
    tok = d.hit.tok
    sent = ctx.res.words.sent(tok)
    key = ("question", sent.start)
    if key not in ctx.memo:  # once per sentence: a long one holds many cues
        ctx.memo[key] = ctx.text[sent.start_char:sent.end_char].rstrip().rstrip("\"'”’").endswith("?")
    question = ctx.memo[key]
    in_question = question and tok.lemma_ != "ask"
    asked = d.plover == "REQUEST" and tok.lemma_ == "ask" and (
        question or any(
            t.tag_ in {"WDT", "WP", "WRB"} or t.lower_ in {"whether", "if"}
            for c in args.children(tok, {"ccomp"}) for t in c.subtree if t.i < c.i))
    return Stop("a question, not a statement or a request") if in_question or asked else None


def law_passed(ctx: Ctx, d: Draft) -> Stop | None:
    """"Sudanese authorities have approved a law": passing a law states a position on it, not an
    agreement with anyone."""
    m = ctx.issues.near(d.hit.tok, acts=False) if d.plover == "AGREE" and not d.targets else None
    if m is not None and m.family == "law":
        return Stop("a law passed: a position only", keep_position=True)
    return None


def hypothetical(ctx: Ctx, d: Draft) -> Stop | None:
    """"if Iran attacks Israel", "whether Iran will attack", "Russia could strike": an event that may or
    may not happen is not coded (a threat is coded: it is a conditional by nature)."""
    if d.mode == "hypothetical" and (d.plover != "THREATEN" or clause.forecast(ctx, d.hit.tok)):
        return Stop("hypothetical or conditional")
    if d.hit.cue.pos == "N" and _in_case_of(d.hit.tok):
        return Stop("hypothetical or conditional")  # "troops would not be sent in event of a Russian invasion"
    if d.mode == "future" and d.speaker and not set(d.source) & set(d.speaker) and kinds.commentator(ctx, d.speaker):
        return Stop("a commentator's forecast")  # "analysts say Russia will launch a new offensive"
    return None


def _in_case_of(tok: Token) -> bool:
    """Is the noun what "in (the) event of" or "in case of" supposes ("in the event of an attack")?"""
    case = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return case is not None and case.lower_ in {"event", "case"} and case.dep_ == "pobj" and case.head.lower_ == "in"


def negation(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"would not sign" is REJECT (of whom one would not sign "alongside"); other negated events are not coded."""
    if d.mode != "negated":
        return None
    if d.plover in {"AGREE", "CONSULT", "COOPERATE", "CONCEDE", "SUPPORT"} and (
            clause.refusal(d.hit.tok, never=d.plover != "CONSULT") or _not_accepted(ctx, d) or _unwilling(ctx, d)):
        partners = tuple(r for r in args.co_subjects(ctx, d.hit.tok) if r in d.source) if d.hit.cue.verbal else ()
        if partners and len(partners) < len(d.source):  # "Kyiv would not sign anything alongside Moscow": Kyiv
            return replace(d, plover="REJECT", mode="asserted", targets=partners,  # refuses Moscow, not both
                           source=tuple(s for s in d.source if s not in partners))
        return replace(d, plover="REJECT", mode="asserted", targets=d.targets or (OTHER_SIDE,))
    return Stop("negated")


def _unwilling(ctx: Ctx, d: Draft) -> bool:
    """"Hamas is not willing to accept the proposal", "is not open to talks": unwillingness to come to terms, said by
    its side, is a refusal (not "the EU is not ready to impose sanctions", which refuses no one; not "is not yet
    ready", still weighing; not "it is not clear whether Hamas is ready"; not "Ukraine is not ready to join NATO,
    Stoltenberg said", another's verdict)."""
    tok = d.hit.tok
    if d.plover != "AGREE" or d.hit.cue.pos != "A" or any(
            (h := ctx.cues.at(x)) is not None and h.cue.plover in THREAT_HELD_OUT for x in args.children(tok, {"xcomp"})):
        return False
    bearers = (tok, tok.head) if tok.dep_ == "acomp" else (tok,)
    said = [c.lower_ for b in bearers for c in kids_of(b) if c.dep_ in {"neg", "advmod", "mark"}]
    own = not d.speaker or set(d.source) <= set(d.speaker) or clause.speaks_for(ctx, d.speaker, d.source)
    return own and "yet" not in said and not {"whether", "if"} & set(said) and bool({"not", "n't", "never"} & set(said))


def _not_accepted(ctx: Ctx, d: Draft) -> bool:
    """"Iran said it did not accept the verdict", "we do not recognize the results": a claim, a verdict or a state
    not accepted is refused (not "has not yet accepted the proposal", still weighed)."""
    tok = d.hit.tok
    return d.hit.cue.verbal and tok.lemma_ in ctx.lex.of("acceptance") and any(
        c.dep_ == "aux" and c.lemma_ == "do" for c in kids_of(tok)) and not any(c.lower_ == "yet" for c in kids_of(tok))


def _condemned_thing(ctx: Ctx, d: Draft) -> bool:
    """"condemned the recent violence", "criticized the decision": a verb of criticism whose object is a thing,
    with no one named to aim at, is criticism aimed at no one (unlike "worried", "concerned that" a danger); so is
    the thing a passive verb of criticism is said of, when its critic is named ("the coup was condemned by the AU"),
    and the thing a noun of criticism is "of" ("Jordan expressed its condemnation of the raid")."""
    tok = d.hit.tok
    if d.hit.cue.pos == "V":
        things = [o for o in kids_of(tok) if o.dep_ == "dobj" or o.dep_ == "nsubjpass" and _judged_by(ctx, d, o)]
    elif d.hit.cue.pos == "A" or any(c.dep_ == "poss" for c in kids_of(tok)) and _voiced(tok):  # "critical of the
        # deal", "voiced its criticism of the decision" (not "responded to the criticism of the strike", whose it is
        # not said; nor "conveyed our condemnation of the incident to the Chinese ambassador": at China)
        things = [o for p in kids_of(tok) if p.dep_ == "prep" and (d.hit.cue.pos == "A" or p.lower_ == "of")
                  for o in kids_of(p) if o.dep_ == "pobj" and not ctx.lex.noun(o.lower_)[0]]
    else:
        things = []
    return d.plover == "ACCUSE" and d.hit.cue.position == "opposes" and any(
        o.pos_ == "NOUN" and o.lemma_ not in ctx.lex.of("plight") for o in things) \
        and not any(c.dep_ == "neg" for t in (tok, tok.head) for c in kids_of(t))  # (not "concerned about the hunger")


def _voiced(noun: Token) -> bool:
    """Is a noun (or the first of the nouns it is joined to) the object of a verb that does not name whom it is
    told to ("expressed its condemnation", not "conveyed our outrage and condemnation to the ambassador")?"""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "dobj" and next(args.prep_objects(noun.head, ("to",)), None) is None


def _judged_by(ctx: Ctx, d: Draft, subject: Token) -> bool:
    """"The coup was condemned by the AU": a thing (not an actor noun the text did not resolve, "the junta") said,
    as a fact, to be criticised by a named critic."""
    return d.mode == "asserted" and any(a.dep_ == "agent" for a in kids_of(d.hit.tok)) \
        and not ctx.lex.noun(subject.lower_)[0] and not ctx.lex.noun(subject.lemma_)[0]


def _claim_denied(ctx: Ctx, d: Draft) -> bool:
    """"... would prevent Iran from developing nuclear weapons, a claim that Tehran has consistently denied": a
    denial hung on a claim noun set after what the claim says, whose maker the text does not name, is a rejection
    aimed at no one named (not "Moscow denied the claims" after a fact the text states itself)."""
    tok = d.hit.tok
    if d.plover != "REJECT" or d.hit.cue.pos != "V" or tok.lemma_ not in ctx.lex.of("denial") or d.mode == "negated":
        return False
    return args.on_claim(ctx, tok) and tok.head.dep_ in {"appos", "npadvmod"}


def _claim_rejected(ctx: Ctx, d: Draft) -> bool:
    """"Venezuela denied that its troops had crossed into Guyana": a denial of what is claimed, told in a "that"
    clause, whose maker the article does not name is aimed at no one named (not "denies seeking nuclear weapons",
    a standing position more than an answer)."""
    tok = d.hit.tok
    if d.plover != "REJECT" or d.hit.cue.pos != "V" or d.mode == "negated" or tok.lemma_ not in ctx.lex.of("denial"):
        return False
    return any(c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids_of(c))
               for c in kids_of(tok))


def _claim_named_denied(ctx: Ctx, d: Draft) -> bool:
    """"Moscow denied the allegations", "Iran dismissed the claims", "Israel's denial of the report": a denial of a
    claim noun whose maker the article does not name (else :func:`kg.extract.whom.denial_of_claims` aims it at them)
    is a rejection aimed at no one named."""
    tok = d.hit.tok
    if d.plover != "REJECT" or d.mode == "negated" or d.hit.cue.position != "opposes":
        return False
    claims = args.children(tok, {"dobj"}) if d.hit.cue.verbal else [o for _, o in args.prep_objects(tok, ("of",))]
    told_before = ctx.res.words.sent(tok).start > 0  # ("Russian troops killed civilians. Moscow denied the claims":
    # the claims the text itself told, whose maker it does not name, are no one's: not coded)
    return any(o.lower_ in ctx.lex.of("claim") and not (told_before and any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those", "such"} for c in kids_of(o))) for o in claims)


def _owned_refusal(ctx: Ctx, d: Draft) -> bool:
    """"Russia's veto", "despite objections from Moscow", "a refusal by the junta": a noun of rejection whose owner is
    named on it states that owner's rejection, aimed at no one when no one is named (not "Kyiv fears a rejection of
    its bid", whose owner is not named)."""
    tok = d.hit.tok
    if d.plover != "REJECT" or d.rule != "noun_owner" or d.hit.cue.position != "opposes" or d.mode != "asserted":
        return False
    owners = [c for c in kids_of(tok) if c.dep_ in {"poss", "compound", "amod"}] + [
        o for _, o in args.prep_objects(tok, ("by", "from"))]
    return any(set(ctx.res.refs_all(o)) & set(d.source) for o in owners)


def _thing_opposed(ctx: Ctx, d: Draft) -> bool:
    """"Hungary vetoed the draft", "China and Russia voted against the draft", "India has long opposed any mediation":
    a verb of rejection whose object is a thing no actor owns is a rejection aimed at no one named, as a thing
    condemned is criticism of no one (not "denied access to the site", nor "will contest the election", a race)."""
    tok = d.hit.tok
    if d.plover != "REJECT" or not d.hit.cue.verbal or d.mode != "asserted" or d.hit.cue.position != "opposes" or (
            tok.lemma_ in ctx.lex.of("denial") | ctx.lex.of("race-verb")):
        return False
    things = args.children(tok, {"dobj"}) + [o for i in d.hit.parts if i != tok.i for o in kids_of(ctx.doc[i])
                                             if o.dep_ == "pobj"]  # ("voted against the draft")
    return any(o.pos_ == "NOUN" and o.i not in d.hit.parts and not ctx.res.refs_all(o) for o in things)  # (not the
    # cue's own noun: "takes the issue of corruption seriously" is no "take issue")


def _said_untrue(d: Draft) -> bool:
    """'"These accusations are absolutely false," the spokesman said': a claim said to be untrue, whose maker the
    article does not name, is rejected at no one named."""
    return d.plover == "REJECT" and d.rule == "claim_dismissed"


def _warned_against_act(ctx: Ctx, d: Draft) -> bool:
    """"China warned against any external interference", "Russia warned against sending troops": a warning against
    an act, by no one named, rejects it at no one (not "warned against travel to Haiti", a danger)."""
    if d.plover != "REJECT" or "warn" not in d.flags or not d.hit.cue.verbal:
        return False
    against = [o for p in args.children(d.hit.tok, {"prep"}) if p.lower_ == "against" for o in kids_of(p)
               if o.dep_ in {"pobj", "pcomp"}]
    return any(ctx.cues.at(o) is not None or o.i in ctx.issues.by_token or o.lemma_ in ctx.lex.of("meddling") for o in against)


def _anger_at_force(ctx: Ctx, d: Draft) -> bool:
    """"Ortagus expressed US anger at Monday's rocket attack": a noun of criticism aimed at an act of force whose
    doer is not named is criticism aimed at no one (not "concern over the situation", a danger)."""
    tok = d.hit.tok
    holders = (tok, tok.head) if tok.dep_ == "dobj" else (tok,)  # ("expressed anger at the attack", parsed on the verb)
    acts = [o for t in holders for p in kids_of(t) if p.dep_ == "prep" and p.lower_ in {"at", "over"}
            for o in kids_of(p) if o.dep_ == "pobj" and (h := ctx.cues.at(o)) is not None and h.cue.plover == "ASSAULT"]
    return d.plover == "ACCUSE" and d.hit.cue.pos == "N" and d.hit.cue.position == "opposes" and bool(acts)


def ceremony_attended(ctx: Ctx, d: Draft) -> Stop | None:
    """"Ruto attended the inauguration of President Tinubu", "leaders in Tokyo to attend the enthronement ceremony
    of Emperor Naruhito": attendance at a ceremony is not coded (whoever holds it is met by no one)."""
    if d.plover != "CONSULT" or d.hit.cue.words[0] not in {"attend", "join"}:
        return None
    objects = args.children(d.hit.tok, {"dobj"}) + [o for _, o in args.prep_objects(d.hit.tok, ("in",))]
    if any(o.lemma_ in ctx.lex.of("ceremony") or o.lower_ in ctx.lex.of("ceremony") for o in objects):
        return Stop("attendance at a ceremony")
    return None


def no_visitor(ctx: Ctx, d: Draft) -> Stop | None:
    """"Israeli fighter jets flew to Yemen", "Russian troops traveled to Belarus", "Sudanese refugees traveled to
    Chad": forces, weapons or a crowd of people going somewhere pay no visit (unlike "Lavrov traveled to Pyongyang",
    "a Hamas delegation arrived in Cairo")."""
    tok = d.hit.tok
    if d.plover != "CONSULT" or not (tok.lemma_ in ctx.lex.of("visit") or d.hit.cue.words[0] == "fly"):
        return None
    subjects = [s for s in args.children(tok, {"nsubj"}) if s.pos_ != "PROPN" and ctx.lex.noun(s.lower_)[0] != "person"]
    crowd = d.source and all(ctx.res.kind(s) == "group" for s in d.source) and len(subjects) == len(  # (but "a Hamas
        args.children(tok, {"nsubj"}))  # delegation", "Hamas leaders", "Israel's military chief")
    if crowd or any(_mover(ctx, w) for s in subjects for w in (s, *args.children(s, {"compound", "amod"}))):
        return Stop("forces, arms or a crowd on the move: no visit")  # ("military instructors", "a police contingent")
    return None


def _mover(ctx: Ctx, word: Token) -> bool:
    """Does ``word`` name forces or arms ("troops", "jets", "police", "military")?"""
    return bool({word.lemma_, word.lower_} & (ctx.lex.of("units") | ctx.lex.of("arms") | ctx.lex.of("troops"))) or \
        ctx.lex.noun(word.lower_)[0] == "forces"


def counterpart_needed(ctx: Ctx, d: Draft) -> Stop | None:
    """"Egypt agreed", "the rebels accused": a type that needs a counterpart (plover.tsv ``target``) is not
    coded without one, nor one that needs a counterpart or an issue without both ("the cabinet endorsed
    the agreement" is coded); mediators mediate with no one named ("talks involving Qatari mediators")."""
    need = plover()[d.plover].target
    if d.targets or d.joint or d.mediating or need == "optional" or _area_measure(ctx, d) or _ship_hit(ctx, d) \
            or _place_hit(ctx, d) or _giver_named(d) or _handed_over(ctx, d) or _aid_to_place(ctx, d) or _force_of_side(ctx, d) or _blow_owned(ctx, d) \
            or _passive_act_asked(d) or d.mode == "asserted" and args.people_held(ctx, d.hit, d.source):
        return None
    if _condemned_thing(ctx, d) or _anger_at_force(ctx, d) or _claim_denied(ctx, d) or _claim_rejected(ctx, d) \
            or _warned_against_act(ctx, d) or _said_untrue(d) or _claim_named_denied(ctx, d) or _owned_refusal(ctx, d) \
            or _thing_opposed(ctx, d):
        return None  # "while condemning the recent violence, Casin said": a condemnation that names no one
    if need == "issue" and (m := ctx.issues.near(d.hit.tok, acts=False) or _issue_said_before(ctx, d)) is not None \
            and m.kind != "topic":
        return None  # a deal or a plan will do; a topic ("ceded sovereignty", "called for reforms") will not
    return Stop("no counterpart named, and this type needs one", keep_position=True)


def _force_of_side(ctx: Ctx, d: Draft) -> bool:
    """"Ukraine's military detailed a wave of Russian attacks", "the Israeli onslaught", "an attack by Houthi
    forces": a noun of force whose doer, a state or an armed organisation, is named on the noun itself (by its name
    or demonym, not a pronoun or a description) is coded with no counterpart when the text names none."""
    tok = d.hit.tok
    if d.plover != "ASSAULT" or d.hit.cue.pos != "N" or not d.source or tok.dep_ == "relcl" or not all(
            ctx.res.kind(s) in {"state", "organization"} for s in d.source):
        return False
    agents = [o for _, o in args.prep_objects(tok, ("by",))]  # ("an attack by Houthi rebels": Houthi)
    owners = [c for t in (tok, *agents) for c in kids_of(t) if c.dep_ in {"amod", "compound", "poss"}]
    named = [o for o in owners + [a for a in agents if a.pos_ == "PROPN"] if o.pos_ in {"PROPN", "ADJ"}]
    aimed = any(args.prep_objects(tok, ("on", "against")))  # "rebuked for its strikes on Nuseirat": its own, aimed
    named += [o for o in owners if aimed and o.dep_ == "poss" and o.lower_ in {"its", "their"}]
    return any(set(ctx.res.refs_all(o)) & set(d.source) for o in named)


def _blow_owned(ctx: Ctx, d: Draft) -> bool:
    """"Al-Shabab claimed responsibility for the attack on the hotel", "the Islamic State group claimed the bombing",
    "the attack was carried out by the Islamic State group": a blow a state or an armed organisation owns up to, or
    is named as the doer of, is coded with no counterpart when the text names none."""
    tok = d.hit.tok
    if d.plover != "ASSAULT" or d.mode != "asserted" or not d.source or not all(
            ctx.res.kind(s) in {"state", "organization"} for s in d.source):
        return False  # (not "Russia plans to launch a new offensive")
    if d.hit.cue.verbal:  # ("the attack ... was carried out by": the blow the subject of the passive; "Israel carried
        # out strikes overnight": its object, the doer its subject)
        blows = args.children(tok, args.PASS_SUBJ) if args.passive(tok) and any(c.dep_ == "agent" for c in kids_of(
            tok)) else [o for o in args.children(tok, {"dobj"}) if o.i in d.hit.parts] if not args.passive(tok) else []
        blows += [tok.head] if tok.dep_ == "relcl" and tok.head.i in d.hit.parts else []  # "the attacks it carried out"
        return any((h := ctx.cues.at(x)) is not None and h.cue.plover == "ASSAULT" for x in blows)
    owner = tok.head.head if tok.dep_ == "pobj" and (tok.head.lower_ == "for" and tok.head.head.lemma_ == "responsibility"
                                                     or tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj"
                                                     and tok.head.head.lower_ not in {"none", "neither"}) else tok
    # ("claimed responsibility for the attack", "claimed most of the attacks")
    if claimants := args.owned_up_by(ctx, tok):  # "the attack was claimed by the Islamic State group"
        return clause.mode(ctx, tok.head) == "asserted" and set(claimants) == set(d.source)
    verb = owner.head if owner.dep_ == "dobj" else None
    if verb is None or clause.mode(ctx, verb) != "asserted":
        return False  # ("Hamas has not claimed responsibility for the attack")
    return (verb.lemma_ in ctx.lex.of("dealing") or verb.lemma_ == "carry" and any(  # "carried out the ambush"
        c.lower_ == "out" for c in kids_of(verb))) and not args.passive(verb) and set(args.subject(ctx, verb)) == set(d.source)


_AIM_PREPS = ("on", "against", "at", "toward", "towards", "into")


def _place_hit(ctx: Ctx, d: Draft) -> bool:
    """"Israel has continued a brutal offensive on Gaza", "Israeli warplanes struck several sites in Syria": force a state or an
    armed organisation uses on a place that names no actor is coded with no counterpart (a place is no target)."""
    if d.plover != "ASSAULT" or not d.source or not all(ctx.res.kind(s) in {"state", "organization"} for s in d.source):
        return False
    tok = d.hit.tok
    hit = [o for o in args.struck_things(d.hit) if o.i not in d.hit.parts]  # ("Beirut was struck by ...")
    holders = (tok, tok.head) if not d.hit.cue.verbal and tok.dep_ == "dobj" else (tok,)  # ("continued an offensive
    holders += tuple(tok.doc[i] for i in d.hit.parts if i != tok.i)  # on Gaza", parsed on the verb; "launched an
    # offensive on the Gaza Strip"; not "on Monday")
    hit += [o for h in holders for _, o in args.prep_objects(h, _AIM_PREPS) if o.ent_type_ not in {"DATE", "TIME"}]
    # ("fired rockets at Tel Aviv", "launched drones toward Kyiv")
    sited = d.hit.cue.verbal and args.in_place(tok)  # "struck militant hideouts in Afghanistan", "in" hung on the verb
    return bool(hit) and all(args.a_place(ctx, o) or sited and o.lemma_ in ctx.lex.of("site") and o.i not in ctx.res.spans
                             for o in hit)


def _issue_said_before(ctx: Ctx, d: Draft) -> IssueMention | None:
    """"Borrell welcomed the deal and called for it to be put into practice": a cue whose clause speaks of "it" is
    about the issue named last before it in the sentence."""
    tok = d.hit.tok
    if not d.hit.cue.verbal or not any(t.lower_ == "it" and t.dep_ in {"nsubj", "nsubjpass", "dobj"} and t.head.i != tok.i
                                       for t in tok.subtree):
        return None
    start = ctx.res.words.sent(tok).start
    return next((ctx.issues.phrases[i] for i in sorted(ctx.issues.phrases, reverse=True) if start <= i < tok.i), None)


def _passive_act_asked(d: Draft) -> bool:
    """"ECOWAS called for Bazoum to be released", "Amnesty urged that Navalny be freed": an act asked to be done to
    someone, with no doer named, is asked of no one in particular (as "called for the release of Bazoum" is)."""
    if d.plover != "REQUEST" or not d.hit.cue.verbal or not d.source:
        return False
    return any(any(c.dep_ == "auxpass" for c in kids_of(x)) and any(c.dep_ == "nsubjpass" for c in kids_of(x))
               and not any(c.dep_ == "agent" for c in kids_of(x)) for x in args.children(d.hit.tok, {"xcomp", "ccomp", "advcl"}))


def _giver_named(d: Draft) -> bool:
    """"The U.S. has been a top supplier", "Germany is the second-largest donor": a state or a body said to be a giver
    of aid gives it, with no one named to receive it."""
    tok = d.hit.tok
    return d.plover == "AID" and d.hit.cue.pos == "N" and tok.dep_ == "attr" and tok.head.lemma_ == "be" and bool(
        d.source) and not any(c.dep_ == "neg" for c in kids_of(tok.head))  # ("is not a major donor")


def _aid_to_place(ctx: Ctx, d: Draft) -> bool:
    """"Egypt sent 100 trucks of aid into Gaza", "Jordan airdropped food into northern Gaza": aid a state or a body
    sends to a place that names no actor is coded with no counterpart (a place is no target)."""
    if d.plover != "AID" or not d.source or not all(ctx.res.kind(s) in {"state", "organization"} for s in d.source):
        return False
    verb = d.hit.tok  # ("sent 100 trucks of aid into Gaza": the verb the aid noun is the object of)
    while not d.hit.cue.verbal and verb.dep_ in {"dobj", "pobj", "prep"} and verb.head.i != verb.i:
        verb = verb.head
    sent = d.hit.cue.verbal or verb.lemma_ in ctx.lex.of("send") | _AID_CARRIED  # (not "Israel allowed aid into Gaza")
    holders = (verb, *args.children(verb, {"dobj"})) if verb.pos_ == "VERB" and sent else ()
    places = [o for h in holders for _, o in args.prep_objects(h, ("to", "into"))]
    return bool(places) and all(_place_named(ctx, o) for o in places)


_AID_CARRIED = {"deliver", "fly", "ship", "truck"}  # verbs that carry aid somewhere, besides those that send forces


def _place_named(ctx: Ctx, tok: Token) -> bool:
    """"Gaza", "the Donbas region", "the city of Goma": a place, or a noun that names one and no actor."""
    return args.a_place(ctx, tok) or not any(ctx.res.refs_all(t) for t in tok.subtree) and any(
        t.ent_type_ in {"GPE", "LOC", "FAC"} for t in tok.subtree)


def _handed_over(ctx: Ctx, d: Draft) -> bool:
    """"Mexico has extradited 29 cartel leaders since February": a state or a body handing someone over acts with
    whoever asked for them, coded with no counterpart when the text names none."""
    return "handover" in d.flags and bool(d.source) and all(ctx.res.kind(s) in {"state", "organization"} for s in d.source)


def _ship_hit(ctx: Ctx, d: Draft) -> bool:
    """"The Houthis attacked a tanker in the Red Sea", "seized the cargo ship Galaxy Leader", "the latest attacks by
    the Houthis on Red Sea shipping": force used on merchant ships is coded with no counterpart when their owner is
    not named."""
    if d.plover in {"ASSAULT", "COERCE"} and not d.hit.cue.verbal:  # "the latest attacks by the Houthis on Red Sea
        ships = ctx.lex.of("vessel-noun") | {"shipping"}  # shipping", "attacks on merchant vessels"
        holders = (d.hit.tok, *(o for _, o in args.prep_objects(d.hit.tok, ("by",))))  # ("on" hung on the doer)
        return any(o.lemma_ in ships for h in holders for _, o in args.prep_objects(h, ("on", "against")))
    return d.plover in {"ASSAULT", "COERCE"} and d.hit.cue.verbal and args.ship_object(ctx, d.hit)


def _area_measure(ctx: Ctx, d: Draft) -> bool:
    """"The junta imposed a curfew in Yangon", "Israel's blockade of the Gaza Strip": a measure laid on a place is
    laid by a state, an organisation or a person acting for one, at no one named (people counted are no authority)."""
    if d.hit.tok.dep_ == "relcl":
        return False  # "withdraw from every area it occupies": a clause on the place describes it, tells no act
    return "area" in d.flags and all(ctx.res.kind(s) in {"state", "organization", "person"} for s in d.source)
