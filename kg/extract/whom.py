"""Coding rules that find to whom it is done: objects, the sides of "between", "each other", guests,
accusers, captives, mediated parties, the other side, and joint phrasing."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from kg.extract import args, clause
from kg.extract.context import Ctx
from kg.extract.draft import HARM, Draft, Stop, captive, replace
from kg.extract.mentions import OTHER_SIDE, PARTIES
from kg.extract.who import _states_in, legal_authority, state_of
from kg.extract.wordindex import conjuncts_of, kids_of

HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REJECT"}  # acts that answer a provocation

__all__ = ["claimant", "appended_claim", "clause_denied", "faced_amid", "between_sides", "object_target", "thanked_for", "proposal_answered", "judgment_answered", "thing_object", "each_other", "welcomed_guest", "undergone", "claim_dismissed", "denial_of_claims",
           "actor_object", "actor_left_behind", "forces_held", "captives_to_other_side", "refused_release", "mediated_parties",
           "other_side_default", "proposal_without_addressee", "judged_act", "joint_phrasing", "between_each",
           "own_state_target", "answered_request", "attended_meeting", "visit_told_before", "visit_named_again", "pleaders", "provoked_by",
           "clashed_with", "measure_to_other_side"]


def answered_request(ctx: Ctx, d: Draft) -> Draft | None:
    """"The court rejected Kenya's request to delay the hearing", "Israel turned down Hamas's demands": a request
    that someone answers was made of them, by its owner (the answer itself is coded through the verb)."""
    tok = d.hit.tok
    if d.plover != "REQUEST" or tok.dep_ not in {"dobj", "nsubjpass"} or tok.lower_ not in ctx.lex.of("plea") or any(
            o.lemma_ in ctx.lex.of("press-query") for _, o in args.prep_objects(tok, ("for",))):
        return None  # ("ignored VOA requests for comment": a reporter's question)
    answer = ctx.cues.at(tok.head)
    if answer is None or answer.cue.plover != "REJECT":
        return None  # (one endorsing "Netanyahu's call for ..." was not asked: the call may be to anyone)
    owner = tuple(ctx.res._modifier_actors(tok, of=False)) or tuple(  # "ignored calls from the U.N. for a truce"
        r for _, o in args.prep_objects(tok, ("by", "from")) for r in ctx.res.refs_all(o))
    who = args.subject(ctx, tok.head)
    if not owner or not who or set(owner) & set(who):
        return None
    return replace(d, source=owner, source_given=True, targets=who, conf=0.6, done=True)


def between_sides(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"a ceasefire between Israel and Hezbollah": the two sides; they are the source if none is named ("a push for
    talks between Sudan's warring generals", sides not named apart: no talks of whoever pushes for them)."""
    sides = args.between(ctx, d.hit.tok) or next((found for i in d.hit.parts if i != d.hit.tok.i and (
        found := args.between(ctx, ctx.doc[i]))), ())  # "has for years hosted talks between A and B", read as
    # "have talks" with "talks" hung elsewhere: the sides of the cue's own noun
    if not sides and d.hit.cue.pos == "N" and d.plover == "CONSULT" and not d.mediating and not ctx.res._modifier_actors(
            d.hit.tok, of=False) and any(p.lower_ == "between" for p in args.children(d.hit.tok, {"prep"})):
        return Stop("talks between others, not named apart")
    if not sides:
        return None
    if d.plover == "ASSAULT" and any(c.lower_ == "proxy" for c in kids_of(d.hit.tok)):
        return Stop("a proxy war between two sides is fought by others, not by them on each other")
    if d.mediating and d.source and _same_sides(ctx, d.source, sides):
        return Stop("a mediator that is one of the sides it mediates between: who mediates is unsure")  # "Angola
    # ... The Southern African country is trying to mediate between Congo and Rwanda", read as Congo
    if d.plover == "AGREE" and (not d.source or _same_sides(ctx, d.source, sides)) and _deal_talked(ctx, d):
        return Stop("a deal talked over or sought is not yet made")
    if themselves := _sides_themselves(ctx, d, sides):
        return themselves
    if d.plover == "COOPERATE" and d.source and all(ctx.res.affiliation(s) in args.own_side(ctx, d.source) for s in sides):
        return Stop("cooperation between the sources' own forces or bodies is no act towards them")  # "Putin and
    # Erdogan agreed to enhance cooperation between Russian and Turkish armed forces": not Putin with his own army
    if not d.source:
        if _sides_of_object(d.hit.tok):  # "Gulf states welcomed the agreement between Iran and Saudi Arabia": the
            return replace(d, sides=sides, targets=sides)  # sides of what is welcomed, not the welcomers
        return replace(d, sides=sides, source=sides)
    if d.hit.cue.pos == "N" and d.plover == "CONSULT" and not d.mediating \
            and not ctx.res._modifier_actors(d.hit.tok, of=False):
        return replace(d, sides=sides, source=sides, source_given=False)  # "During talks between Turkey and Russia,
        # Erdogan urged Putin": the talks are the two sides', not the clause's subject's (who hosts, the verb says)
    if d.plover == "AGREE" and not _same_sides(ctx, d.source, sides):
        if d.hit.cue.pos == "N" and (verb := ctx.cues.at(d.hit.tok.head)) is not None and verb.cue.plover == "CONSULT":
            return Stop("a deal between two others that a third side brokers is not its agreement")  # "the US is
            # working to broker a deal between Israel and Lebanon"
        if _deal_reached(d) or _deal_sought(ctx, d):  # "Qatar and Egypt are trying to reach a deal between Israel
            # and Hamas", "Qatar is working toward a deal between Israel and Hamas" (but "Trump
            return replace(d, plover="CONSULT", mediating=True, sides=sides, targets=sides)  # would go along with
    # the deal between Mauritius and Britain")
    return replace(d, sides=sides, targets=sides)


def _sides_of_object(verb: Token) -> bool:
    """Is ``verb`` a verb with a subject whose "between A and B" is only in its object ("Gulf states welcomed the deal
    between Iran and Saudi Arabia"), so that A and B are what it is done to (not "a ceasefire was signed between
    Israel and Hezbollah", with "between" hung on the passive subject)?"""
    return verb.pos_ == "VERB" and bool(args.children(verb, {"nsubj"})) and not any(
        p.lower_ == "between" for p in args.children(verb, {"prep"})) and any(
        t.lower_ == "between" and t.dep_ == "prep" for c in args.children(verb, {"dobj"}) for t in c.subtree)


def _deal_reached(d: Draft) -> bool:
    """Is the deal "between" two sides a word of the cue itself ("reach an agreement between", "broker a deal
    between"), rather than something the cue is about ("go along with the deal between")?"""
    doc = d.hit.tok.doc
    return any(c.dep_ == "prep" and c.lower_ == "between" for i in d.hit.parts for c in kids_of(doc[i]))


def _deal_sought(ctx: Ctx, d: Draft) -> bool:
    """Is a noun of a deal what its source works toward, pushes for or seeks ("Qatar is working toward a deal
    between Israel and Hamas", "Egypt pressed for an agreement between the two sides")?"""
    verb = _deal_verb(d)
    return verb is not None and verb.lemma_ in ctx.lex.of("strive")


def _deal_talked(ctx: Ctx, d: Draft) -> bool:
    """Is a noun of a deal what its source talks over or seeks ("Kenya and Uganda discussed a border deal between
    the two countries", "are negotiating a deal")?"""
    verb = _deal_verb(d)
    hit = ctx.cues.at(verb) if verb is not None else None
    return verb is not None and (verb.lemma_ in ctx.lex.of("strive") or hit is not None and hit.cue.plover == "CONSULT")


def _deal_verb(d: Draft) -> Token | None:
    """The verb whose object a noun cue is, directly or after "toward", "for" or "on"."""
    tok = d.hit.tok
    if d.hit.cue.pos != "N":
        return None
    return tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in {"toward", "towards", "for", "on"} else \
        tok.head if tok.dep_ == "dobj" else None


def _sides_themselves(ctx: Ctx, d: Draft, sides: tuple[str, ...]) -> Draft | Stop | None:
    """"Congolese President Tshisekedi and Rwanda's foreign minister met to negotiate a truce between the countries":
    the doers are the sides (their two states, not the story's parties), each with the other."""
    if sides == (PARTIES,) and len(own := _own_states(ctx, d.source)) == 2 and not d.mediating:
        if d.plover != "CONSULT":  # "Erdogan and Orban welcomed the agreement between the two countries": theirs, or
            return Stop("which two countries are meant is unsure")  # the story's two sides?
        return replace(d, sides=own, joint="joint")
    if len(d.source) >= 2 and all(_same_sides(ctx, d.source, (side,)) for side in sides):
        return replace(d, sides=sides, joint="joint")
    return None


def _own_states(ctx: Ctx, source: tuple[str, ...]) -> tuple[str, ...]:
    """The states the actors of ``source`` are or act for, when each is or acts for one."""
    states = tuple(dict.fromkeys(ctx.res.affiliation(s) or s for s in source))
    return states if all(ctx.res.kind(s) == "state" for s in states) else ()


def _same_sides(ctx: Ctx, source: tuple[str, ...], sides: tuple[str, ...]) -> bool:
    """Is any of ``source`` one of ``sides``, or acting for one?"""
    return any(s in sides or ctx.res.affiliation(s) in sides for s in source)


def faced_amid(ctx: Ctx, d: Draft) -> Draft | None:
    """"Amid criticism from rights groups, Kenya deployed police to Haiti", "despite condemnation by the EU,
    Israel pressed on": criticism that a clause's act goes on amid is aimed at whoever does that act (not when it
    names what it condemns: "rejected sanctions despite Erdogan's condemnation of Moscow's aggression")."""
    tok = d.hit.tok
    if d.targets or d.plover != "ACCUSE" or d.hit.cue.pos != "N" or tok.dep_ != "pobj" \
            or tok.head.lower_ not in {"amid", "despite", "following"} or tok.head.head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(ctx.res.refs_all(o) or ctx.res._modifier_actors(o) for _, o in args.prep_objects(tok, ("of",))):
        return None  # (aimed at whom its "of" names, :func:`object_target`)
    whom = tuple(r for r in args.subject(ctx, tok.head.head) if r not in d.source)
    return replace(d, targets=whom) if whom else Stop("criticism of no one named")


def object_target(ctx: Ctx, d: Draft) -> Draft | None:
    """"urged Hamas", "talks with Israel", "sanctions on Venezuela's oil sector", "visited Cairo"."""
    if d.sides or d.targets:
        return None
    found = args.targets(ctx, d.hit, d.source)
    if "both" in d.flags and len(d.source) > 1:  # "the Turkish and French leaders exchanged barbs, with Erdogan
        found = tuple(t for t in found if ctx.res.affiliation(t) not in d.source)  # saying ...": one of them
        found = tuple(t for t in found if t not in _bystanders(ctx, d))
    if found and d.plover in {"ACCUSE", "REJECT", "SUPPORT"}:
        found = tuple(dict.fromkeys(found + _conjoined_owners(ctx, d)))
    return replace(d, targets=found) if found else _partner_among_owners(ctx, d)


def provoked_by(ctx: Ctx, d: Draft) -> Draft | None:
    """"Erdogan questioned Macron's mental health, prompting France to recall its ambassador", "Hamas fired rockets,
    forcing Israel to respond with airstrikes": a hostile act in a clause of what followed, aimed at no one named,
    answers whoever did what it followed."""
    tok = d.hit.tok
    if d.targets or d.sides or d.plover not in HOSTILE or tok.dep_ != "xcomp":
        return None
    if not clause.result_clause(ctx, tok.head):
        return None
    done = tok.head.head
    while done.dep_ == "ccomp" and done.head.i != done.i:
        done = done.head  # "suggesting Macron needed treatment, prompting France ...": the suggestion, not the need
    doers = tuple(r for r in args.subject(ctx, done) if r not in d.source)
    return replace(d, targets=doers) if doers else None


def clashed_with(ctx: Ctx, d: Draft) -> Draft | None:
    """"Security forces clashed with fighters loyal to the former president", "troops traded fire with the rebels":
    fighting "with" one side is fought by both, each at the other (not "fought with", which may be alongside)."""
    tok = d.hit.tok
    if d.plover != "ASSAULT" or "both" not in d.flags or not d.hit.cue.verbal or d.joint or len(d.source) != 1 \
            or len(d.targets) != 1 or tok.lemma_ == "fight":
        return None
    if d.targets[0] not in {r for _, o in args.prep_objects(tok, ("with",))  # ("with FARC dissidents": their modifier)
                            for r in ctx.res.refs_all(o) or ctx.res._modifier_actors(o, of=False, pronouns=False)}:
        return None
    return replace(d, source=d.source + d.targets, targets=(), joint="joint")


def _partner_among_owners(ctx: Ctx, d: Draft) -> Draft | None:
    """"Following talks with Somali President Mohamud, both leaders announced a pact": the partner the talks are
    "with" is one of the owners the clause names together ("both leaders"); the others hold the talks with him."""
    if d.plover != "CONSULT" or d.hit.cue.verbal or len(d.source) < 2:
        return None
    partner = tuple(r for _, o in args.prep_objects(d.hit.tok, ("with",)) for r in ctx.res.refs_all(o) if r in d.source)
    rest = tuple(s for s in d.source if s not in partner)
    return replace(d, source=rest, targets=partner) if partner and rest else None


def _bystanders(ctx: Ctx, d: Draft) -> set[str]:
    """Who is named beside two sides acting together but is not their counterpart: where they meet ("Zelenskyy and
    Trump met at the White House") and who brokered what they agree to ("Sudan's army and the RSF agreed to a
    ceasefire brokered by Saudi Arabia": the two sides agree with each other)."""
    tok = d.hit.tok
    out = {r for x in (tok, *(tok.doc[i] for i in d.hit.parts)) for _, o in args.prep_objects(x, ("at",))
           for r in ctx.res.refs_all(o)}
    things = args.children(tok, {"dobj"}) + [o for _, o in args.prep_objects(tok, ("to", "on"))]
    brokering = ctx.lex.of("organise") | _BROKERING  # "a ceasefire brokered by Saudi Arabia", "Qatar-brokered talks"
    return out | {r for t in [*things, *(tok.doc[i] for i in d.hit.parts)] for x in args.children(t, {"acl", "amod"})
                  for r in args.participle_agents(ctx, x, brokering)}


_BROKERING = {"broker", "mediate", "facilitate"}  # with the organise words: who brings two sides together


def _conjoined_owners(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """"dismissed the U.N. findings and subsequent statements by Bennett": whose each object judged is."""
    out: list[str] = []
    for obj in args.children(d.hit.tok, {"dobj"}):
        out += [r for c in _owned_conjuncts(obj) for r in ctx.res._modifier_actors(c) if r not in d.source]
        for conj in conjuncts_of(obj):
            refs = ctx.res.refs_all(conj) or tuple(ctx.res._modifier_actors(conj, of=d.plover != "ACCUSE")) or tuple(
                r for _, o in args.prep_objects(conj, ("by",)) for r in ctx.res.refs_all(o))
            out += [r for r in refs if r not in d.source]
    return tuple(out)


def _owned_conjuncts(obj: Token) -> list[Token]:
    """"praised the role of the US president and the mediation efforts of Qatar": a noun of no actor that the parse
    joined to an actor under "of" is a second object judged, parsed one level too low."""
    return [c for _, o in args.prep_objects(obj, ("of",)) for c in conjuncts_of(o)
            if c.i > o.i and c.pos_ == "NOUN"]


def each_other(ctx: Ctx, d: Draft) -> Draft | None:
    """"Israel and Hamas accused each other", "each side accused the other", "Thai and Cambodian troops fired at
    each other": each side towards the other."""
    if len(d.source) < 2 and d.source != (PARTIES,):
        return None  # one actor, who has no other to act with
    tok = d.hit.tok
    objects = args.children(tok, {"dobj"}) + [o for _, o in args.prep_objects(tok, ("with", "against", "on", "to", "at"))]
    mutual = [o for o in objects if o.lower_ == "another" or o.lower_ == "one" and any(
        c.lower_ == "another" for c in kids_of(o))]  # "blamed one another" ("another" parsed as its determiner)
    if d.source == (PARTIES,) and (mutual or any(o.lower_ == "other" for o in objects)):
        return replace(d, targets=(OTHER_SIDE,))  # "each side accused the other"
    each = any(c.dep_ == "nsubj" and (c.lower_ == "each" or any(g.lower_ == "each" for g in kids_of(c)))
               for c in kids_of(tok))  # "with each blaming the other", "Ukraine and Russia each accused the other"
    if len(d.source) < 2 or not mutual and not any(
            o.lower_ == "other" and (each or any(c.lower_ == "each" for c in kids_of(o))) for o in objects):
        return None
    return replace(d, targets=(), joint="joint")


def welcomed_guest(ctx: Ctx, d: Draft) -> Draft | None:
    """"Zelensky welcomed Biden to Kyiv", "Lula was welcomed by Xi at the Great Hall": welcoming a visitor is hosting
    him (CONSULT), not praise."""
    if "host" not in d.flags or not d.hit.cue.verbal:
        return None
    guest_deps = {"dobj"} | (args.PASS_SUBJ if args.passive(d.hit.tok) and d.source else set())
    guests = [r for o in args.children(d.hit.tok, guest_deps) for r in ctx.res.refs(o)
              if ctx.res.kind(r) in {"person", "state"} and r not in d.source]
    return replace(d, plover="CONSULT", targets=tuple(guests)) if guests else None


def undergone(ctx: Ctx, d: Draft) -> Draft | None:
    """"Mhlanga faces two charges", "their forces came under attack from Assad loyalists": the subject
    undergoes it; the doer is named with "from"/"by" (else it is the authority's, see below)."""
    targets = _undergone_by(ctx, d)
    judged = d.plover in {"ACCUSE", "SUPPORT"} and args.thing_subject(ctx, d.hit.tok)  # ("the move drew condemnation")
    if "undergo" not in d.flags or not (d.source or targets or judged):
        return None
    doers = tuple(r for p, o in args.prep_objects(d.hit.tok, ("from", "by")) for r in ctx.res.refs_all(o))
    objects = [o for c in args.children(d.hit.tok, {"prep"}) for o in args.children(c, {"pobj"})]
    objects += args.children(d.hit.tok, {"dobj"})  # "is facing criticism from legal experts"
    objects += [x for o in objects for _, x in args.prep_objects(o, ("of", "in") if d.plover == "AID" else ("of",))]
    # "a package of military aid from Germany", "$3.8 billion in military aid from the United States"
    preps = ("from", "by", "of") if d.plover in {"SUPPORT", "AID", "ACCUSE"} else ("from", "by")  # "has the backing
    # of India", "drew the ire of Washington"
    preps += ("among",) if d.plover == "ACCUSE" else ()  # "sparked outrage among rights groups"
    doers += tuple(r for o in objects for p, x in args.prep_objects(o, preps) for r in ctx.res.refs_all(x))
    doers = doers or tuple(r for i in d.hit.parts for r in ctx.res._modifier_actors(ctx.doc[i], of=False, pronouns=False)
                           if r not in targets)  # "came under heavy Russian fire", "faced Israeli strikes"
    doers = doers or _worldwide(ctx, [d.hit.tok, *objects])
    if judged and not targets:  # "Kenya expelled two Ugandan diplomats. The move drew condemnation from the AU": Kenya
        maker = _thing_maker(ctx, d, doers)  # (whose the thing is, else no event: the text says, but kg did not read it)
        return replace(d, source=doers, targets=(maker,)) if maker else None
    return replace(d, source=doers, targets=targets)


def _thing_maker(ctx: Ctx, d: Draft, judges: tuple[str, ...]) -> str | None:
    """Whose doing a thing that undergoes criticism or praise is ("the attack drew condemnation", "the move drew
    condemnation"): the doer of the act it names, or of the last act coded before, as for an act judged
    (:func:`judged_act`)."""
    things = args.children(d.hit.tok, {"nsubj"})
    acts = [h for o in things if (h := ctx.cues.at(o)) is not None]
    return next((doer for a in acts if (doer := _last_doer(ctx, a, judges, patient=bare_act(a.tok)))), None) or _mover(
        ctx, d, things, judges, _JUDGMENTS)


_JUDGMENTS = frozenset({"ACCUSE", "SUPPORT"})  # what others said of a move is no move ("... drew criticism. The move")


def _worldwide(ctx: Ctx, nouns: list[Token]) -> tuple[str, ...]:
    """"drew international condemnation": the international community, when the dictionary knows it."""
    world = ctx.res.actors.names.get("international community")
    return (world,) if world and any(c.lower_ == "international" for n in nouns for c in kids_of(n)) else ()


def _relative_antecedent(ctx: Ctx, subj: Token) -> Token:
    """"the killing of 40 people in Tarsin which sparked an outcry", "Russia's invasion of Ukraine, which drew
    condemnation": what a relative pronoun subject stands for, the act noun (not the people or the state in its "of")."""
    verb = subj.head
    if subj.lower_ not in {"which", "that"} or verb.dep_ != "relcl":
        return subj
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (hit := ctx.cues.at(noun.head.head)) is not None \
            and hit.cue.pos == "N":
        return noun.head.head
    return noun


def _undergone_by(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """Who undergoes it: the subject, or the owner of an act as subject ("Russia's invasion of Ukraine drew
    condemnation": Russia); but "Mech Dara's arrest drew condemnation" condemns whoever arrested him (named
    with "by", else the authority of the article), not Mech Dara."""
    for subj in args.children(d.hit.tok, {"nsubj"}):
        subj = _relative_antecedent(ctx, subj)
        hit = ctx.cues.at(subj)
        if hit is not None and hit.cue.pos == "N" and "patient" in hit.cue.flags:
            by = tuple(r for _, o in args.prep_objects(subj, ("by",)) for r in ctx.res.refs_all(o))
            if any(args.prep_objects(subj, ("of",))):  # "Turkey's arrest of Imamoglu", "Russia's annexation of Crimea"
                by = by or tuple(ctx.res._modifier_actors(subj, of=False))
            home = legal_authority(ctx) if "custodial" in hit.cue.flags else None
            return by or ((home,) if home and home not in d.source else ())
        if not ctx.res.refs_all(subj) and (by := tuple(r for _, o in args.prep_objects(subj, ("by",))
                                                     for r in ctx.res.refs_all(o))):
            return by  # "the comments by Israel's finance minister drew a rebuke", "the move by Hungary to block the aid"
        if hit is not None and hit.cue.pos == "N" and not ctx.res.refs_all(subj):
            return tuple(ctx.res._modifier_actors(subj, of=False))
        if hit is None and subj.lemma_ in ctx.lex.of("misdeed"):
            return ()  # "the deaths of Palestinian civilians drew condemnation": not of the dead
    return d.source


def judged_act(ctx: Ctx, d: Draft) -> Draft | None:
    """"condemned Mhlanga's arrest", "called for the release of the activists", "condemned the attack": judging
    or asking about an act told without its doer aims at whoever the article coded doing it, else (an arrest,
    detention or release) at the authority of the article, who did it."""
    if d.targets or d.plover not in {"ACCUSE", "SUPPORT", "REJECT", "REQUEST"} or not d.source:
        return None  # ("called for the release of the activists": of the authority holding them)
    passive = {"nsubjpass"} if args.children(d.hit.tok, {"agent"}) else set()  # "the arrest was condemned by the UN"
    judged = args.children(d.hit.tok, {"dobj", *passive}) + [  # "concerned about the arrests", "called for the release"
        o for _, o in args.prep_objects(d.hit.tok, (*args._CONCERN_PREPS, *d.hit.cue.words[1:]))]
    acts = [h for o in judged if (h := ctx.cues.at(o)) is not None]  # "concerned about the arrests"
    if doer := _doer_coded(ctx, acts, d.source) or _coup_maker(ctx, acts, d.source) or _holder(ctx, d):
        return replace(d, targets=(doer,))
    if d.plover != "REQUEST" and (held := _meeting_held(ctx, acts, d.source)):
        return replace(d, targets=held)
    home = _held_in(ctx, acts) or legal_authority(ctx)
    if not home or home in d.source or not any("custodial" in h.cue.flags and "patient" in h.cue.flags for h in acts):
        doer = (_mover(ctx, d, args.children(d.hit.tok, {"dobj"}), d.source) or _law_maker(ctx, d)) \
            if d.plover != "REQUEST" else None
        return replace(d, targets=(doer,)) if doer else None
    return replace(d, targets=(home,))


def _held_in(ctx: Ctx, acts: list) -> str | None:
    """"voiced concern over the arrest of opposition figures in Turkey": an arrest or detention judged with no doer
    named is the authority's of the one state it is told "in" (on the act or on whom it holds), when the dictionary
    knows it as a state or by its capital."""
    held = [h.tok for h in acts if {"custodial", "patient"} <= h.cue.flags]
    spots = [o for t in held for x in (t, *(o for _, o in args.prep_objects(t, ("of",))))
             for _, o in args.prep_objects(x, ("in",))]
    states = set(_states_in(ctx, spots))
    return ctx.res.ruler(states.pop()) if len(states) == 1 else None


def _holder(ctx: Ctx, d: Draft) -> str | None:
    """"Police detained Mhlanga. Amnesty urged that he be released": a release asked for in the passive is asked of
    whoever the article coded holding whom it frees."""
    if d.plover != "REQUEST":
        return None
    held = {r for x in args.children(d.hit.tok, {"ccomp"}) if args.freed(ctx, x)
            for s in args.children(x, args.PASS_SUBJ) for r in ctx.res.refs_all(s)}
    return next((r.source for r in reversed(ctx.coded) if r.plover == "COERCE" and r.target in held
                 and r.source not in d.source), None)


def _doer_coded(ctx: Ctx, acts: list, judges: tuple[str, ...]) -> str | None:
    """"Police detained Kamau. Rights groups condemned the arrest of the journalist": an act done to someone,
    judged with no doer named, is the doing of whoever the article coded doing it to that person."""
    for act in (h for h in acts if "patient" in h.cue.flags):
        done_to = set(ctx.res._modifier_actors(act.tok)) | {
            r for _, o in args.prep_objects(act.tok, ("of",)) for r in ctx.res.refs_all(o)}  # "of the journalist"
        kinds = {act.cue.plover, "COERCE"} if "custodial" in act.cue.flags else {act.cue.plover}  # who frees, held
        doer = next((r.source for r in reversed(ctx.coded) if r.plover in kinds and r.target in done_to), None)
        if doer and doer not in judges:
            return doer
    return next((doer for act in acts if (doer := _last_doer(ctx, act, judges, patient=bare_act(act.tok)))),
                None)  # ("condemned the arrest": the last arrest coded, when no one it was done to is named)


def _coup_maker(ctx: Ctx, acts: list, judges: tuple[str, ...]) -> str | None:
    """"Niger's junta ... The Security Council condemned the military coup": a coup judged with no doer named is the
    doing of the one junta the article names."""
    if not any(a.tok.lemma_ == "coup" and not ctx.res._modifier_actors(a.tok, of=False, pronouns=False) for a in acts):
        return None
    juntas = {r for _, _, r, _ in ctx.res.spans.values() if ctx.res.kind(r) != "person" and (
        a := ctx.res.actor(r)) is not None and a.label.lower().endswith(" junta")} - set(judges)
    return next(iter(juntas)) if len(juntas) == 1 else None


def bare_act(tok: Token) -> bool:
    """"the arrest", "the detention": an act noun with no preposition naming whom or where it was done."""
    return not args.children(tok, {"prep"})


_VICTIM_PREPS = {"of", "on", "upon", "against", "in", "to", "into"}  # whom or where an act is done, not by whom


def _meeting_held(ctx: Ctx, acts: list, judges: tuple[str, ...]) -> tuple[str, ...]:
    """"Yoon and Kishida met in Tokyo ... Kim Yo Jong mocked the summit": a meeting judged with no one named in it is
    the meeting of those the article last coded meeting each other."""
    for act in acts:
        tok = act.tok
        if act.cue.plover != "CONSULT" or act.cue.verbal or ctx.res._modifier_actors(tok, of=True) or not any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in kids_of(tok)):
            continue
        pairs = {(x.sent_start, x.source, x.target) for x in ctx.coded if x.plover == "CONSULT"}
        met = [r for r in ctx.coded if r.plover == "CONSULT" and r.target and (r.sent_start, r.target, r.source) in pairs]
        if met:
            last = met[-1].sent_start
            return tuple(dict.fromkeys(a for r in met if r.sent_start == last for a in (r.source, r.target)
                                       if a not in judges))
    return ()


def _last_doer(ctx: Ctx, act, judges: tuple[str, ...], patient: bool = False) -> str | None:
    """"Russian missiles struck Kyiv. Ukraine's foreign minister condemned the attack" (or "the attack on
    Kyiv"): the act, with no doer named in it, is the doing of whoever the article has coded most often
    doing such acts, when it coded one in this sentence or the two before. An act done to someone ("the
    arrest") is taken so only when asked (``patient``), where no one it was done to is named either."""
    tok = act.tok
    if "patient" in act.cue.flags and not patient or act.cue.plover not in {"ASSAULT", "COERCE", "SANCTION", "THREATEN"} \
            or not _told_before(tok, {"the", "this", "these"}) \
            or ctx.res._modifier_actors(tok, of=False) or any(p not in _VICTIM_PREPS for p, _ in args.prep_objects(tok)):
        return None
    since = ctx.res.words.sent_back(tok, 2).start_char
    named = [o.text for _, o in args.prep_objects(tok) if o.pos_ == "PROPN"]  # "the raid on Jenin": one told of Jenin
    coded = [(r.sent_start, r.start, r.source) for r in ctx.coded if r.plover == act.cue.plover
             and (not named or any(w in r.sentence for w in named))]
    coded += [(sent, at, doer) for sent, at, plover, doer, text in ctx.untargeted if plover == act.cue.plover
              and (not named or any(w in text for w in named))]  # ("Russia struck a hospital in Kharkiv")
    if not any(sent >= since for sent, _, _ in coded):
        return None
    hit = {a for _, o in args.prep_objects(tok) for r in ctx.res.refs_all(o) for a in (r, ctx.res.affiliation(r))}
    doers = Counter(doer for _, _, doer in coded if doer not in judges
                    and doer not in hit)  # ("the invasion of Ukraine" is no doing of Ukraine's)
    latest = {doer: at for _, at, doer in sorted(coded)}  # the last act of each, by where its cue stands
    return max(doers, key=lambda s: (doers[s], latest[s]), default=None)


def _told_before(noun: Token, dets: set[str]) -> bool:
    """"the attack", "this verdict", "Monday's sentence": a noun whose determiner, or a day named as its owner, refers
    back to what the text told."""
    return any(c.dep_ == "det" and c.lower_ in dets or c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"}
               for c in kids_of(noun))


def _mover(ctx: Ctx, d: Draft | Token, things: list[Token], judges: tuple[str, ...], skip: frozenset = frozenset()) -> str | None:
    """"Analyst Kabiru Adamu welcomed the move": "the move" or "the decision", owned by no one named, is the
    last act the article coded before the sentence (of ``d``, or of a token), by someone other than the judges (of a
    type not in ``skip``)."""
    sent = ctx.res.words.sent(d if isinstance(d, Token) else d.hit.tok)
    for o in things:
        m = ctx.issues.by_token.get(o.i)
        if m is None or m.family != "measure" or not any(c.lower_ in {"the", "this", "that"} for c in kids_of(o)) \
                or ctx.res._modifier_actors(o):
            continue
        return next((r.source for r in reversed(ctx.coded) if r.sent_start < sent.start_char and r.source not in judges
                     and ctx.res.kind(r.source) != "person" and r.plover not in skip), None)
    return None


def _law_maker(ctx: Ctx, d: Draft) -> str | None:
    """"Venezuela's National Assembly approved a law ... The EU condemned the law": a law judged with no owner
    named is the doing of whoever passed it (the subject of the verb that passed it in the three sentences
    before: passing a law codes no event, so no coded act names its doer)."""
    sent, first = ctx.res.words.sent(d.hit.tok), ctx.res.words.sent_back(d.hit.tok, 3)
    for o in args.children(d.hit.tok, {"dobj"}):
        m = ctx.issues.by_token.get(o.i)
        if m is None or m.family != "law" or ctx.res._modifier_actors(o):
            continue
        for hit in ctx.cues.hits.values():
            if first.start <= hit.tok.i < sent.start and hit.cue.plover == "AGREE" and (
                    n := ctx.issues.near(hit.tok, acts=False)) is not None and n.local == m.local:
                doers = [a for a in args.subject(ctx, hit.tok) if a not in d.source]
                if doers:
                    return doers[0]
    return None


def claim_dismissed(ctx: Ctx, d: Draft) -> Draft | None:
    """"Tehran has called the abduction allegations 'baseless'" (or "described them as baseless"): calling a claim
    something dismisses it, a rejection aimed at whoever made it."""
    tok = d.hit.tok
    head = tok.head
    if d.hit.cue.pos != "N" or tok.lower_ not in ctx.lex.of("claim"):
        return None
    if tok.dep_ == "nsubj" and head.lemma_ == "be" and any(  # "Moscow said the accusations were absurd"
            c.lower_ in ctx.lex.of("dismissive") for c in args.children(head, {"acomp", "attr"})):
        source = clause.speaker(ctx, head)[1]
        return replace(d, plover="REJECT", source=source, source_given=True,
                       targets=claimant(ctx, source, [tok])) if source else None
    dismissed_as = [w for a in kids_of(head) if a.dep_ == "prep" and a.lower_ == "as"  # "described them as baseless"
                    for w in a.subtree if w.lower_ in ctx.lex.of("dismissive")]
    dismissed_as += [a for a in kids_of(tok) if a.dep_ == "acl" and a.lower_ in ctx.lex.of("dismissive")]  # "called
    # the charges politically motivated", the participle parsed as the noun's
    if tok.dep_ != "dobj" or head.lemma_ not in ctx.lex.of("naming") or not (args.children(head, {"oprd"}) or dismissed_as):
        return None
    source = args.subject(ctx, head)
    if not source:
        return None
    return replace(d, plover="REJECT", source=source, source_given=True, targets=claimant(ctx, source, [tok]))


def accused_denies(ctx: Ctx, d: Draft) -> Draft | None:
    """"Congo accused Rwanda of backing the M23, a charge it denies", "Rwanda has been accused by U.N. experts of
    backing the M23, which it denies": "it" (or "they") denying in a relative clause hung on an accusation is the one
    accused, whatever actor was named last."""
    tok = d.hit.tok
    if d.plover != "REJECT" or tok.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in {"it", "they", "he", "she"} for c in kids_of(tok)):
        return None
    accusation = next((a for a in tok.head.ancestors if a.pos_ == "VERB" and (h := ctx.cues.at(a)) is not None
                       and h.cue.plover == "ACCUSE"), None)
    accused = tuple(r for x in args.children(accusation, args.PASS_SUBJ | {"dobj"}) for r in ctx.res.refs_all(x)) \
        if accusation is not None else ()
    return replace(d, source=accused) if accused and not set(accused) & set(d.source) else None


def clause_denied(ctx: Ctx, d: Draft) -> Draft | None:
    """"The United States accused Iran of supplying drones to Russia, which Tehran has denied", "Kyiv said Russian
    troops killed civilians in Bucha, which Moscow denies", "Egypt proposed a truce in Gaza, which Hamas rejected": a
    rejection whose object is a "which" hung on the last noun of what another side alleged, said or proposed rejects
    that statement, aimed at whoever made it (not at the noun the relative hangs on; "Rwanda is accused by U.N. experts
    of backing the M23, which Kigali denies": at the experts)."""
    tok = d.hit.tok
    if d.plover != "REJECT" or not d.hit.cue.verbal or tok.dep_ != "relcl" or not d.source or not any(
            o.lower_ == "which" for o in args.children(tok, {"dobj"})):
        return None
    said = next((a for a in tok.head.ancestors if a.pos_ == "VERB" and _statement(ctx, a) and (args.children(
        a, args.SUBJ) or args.passive(a))), None)  # (not "harboring" in "accused Somalia of harboring militants")
    if said is None:
        return None
    whom = args.others(ctx, args.subject(ctx, said), d.source)  # (a passive's "by": "accused by U.N. experts")
    if not whom and args.passive(said):  # "Rwanda has been accused of backing the M23, which it denies": by no one named
        return Stop("a denial of what no one named alleged")
    return replace(d, targets=whom) if whom else None


def _statement(ctx: Ctx, verb: Token) -> bool:
    """Is ``verb`` one of saying, alleging or proposing ("said", "accused", "proposed")?"""
    hit = ctx.cues.at(verb)
    return verb.lemma_ in ctx.lex.of("speech") or hit is not None and hit.cue.verbal and (
        hit.cue.plover == "ACCUSE" or hit.cue.position == "proposes")


def appended_claim(ctx: Ctx, d: Draft) -> Draft | None:
    """"The RSF said the palace had been hit by an air strike, a claim the army denied", "Kyiv said Russian troops
    shelled the plant, an accusation Moscow denies": a denial hung on a claim noun set after a statement aims at
    whoever made the statement (and the claim noun itself is the speaker's, aimed at the denier)."""
    tok = d.hit.tok
    if d.plover == "ACCUSE" and d.hit.cue.pos == "N":
        return _claim_denied_after(ctx, d)
    if d.plover != "REJECT" or d.targets or not args.on_claim(ctx, tok):
        return None
    said = next((a for a in tok.head.ancestors if a.lemma_ in ctx.lex.of("speech") and a.pos_ == "VERB"), None)
    whom = tuple(r for r in args.subject(ctx, said) if r not in d.source) if said is not None else ()
    return replace(d, targets=whom) if whom else None


def _claim_denied_after(ctx: Ctx, d: Draft) -> Draft | None:
    """"Mali asserts that the drone was destroyed by Algeria, a charge that Algeria's defense ministry refutes": the
    charge set after a statement that is no accusation of its own is the speaker's, aimed at whoever denies it."""
    tok = d.hit.tok
    denials = [v for v in kids_of(tok) if args.on_claim(ctx, v) and (h := ctx.cues.at(v)) is not None
               and h.cue.plover == "REJECT" and h.cue.verbal]
    said = next((a for a in tok.ancestors if a.lemma_ in ctx.lex.of("speech") and a.pos_ == "VERB"), None)
    if not denials or said is None or (h := ctx.cues.at(said)) is not None and h.cue.plover == "ACCUSE":
        return None
    speaker, denier = args.subject(ctx, said), args.subject(ctx, denials[0])
    whom = tuple(r for r in denier if r not in speaker)
    return replace(d, source=speaker, source_given=True, targets=whom) if speaker and whom else None


def denial_of_claims(ctx: Ctx, d: Draft) -> Draft | None:
    """"Beijing denies the allegations", "Berisha rejected the allegations": a denial of what was said
    about the denier aims at who said it, the last actor in the article to accuse it (or charge it);
    a denial of charges no one was seen to bring aims at the authority of the article. Whom the claim
    tells of ("denied the allegation that it supplied drones to Russia", "denied that it had attacked
    civilians", "denied supplying drones to Russia") is not whom the denial aims at."""
    if d.plover != "REJECT" or not d.source:
        return None
    if not d.targets and (makers := _denied_thing_maker(ctx, d)):
        return replace(d, targets=makers)
    words = ctx.lex.of("claim") | ctx.lex.of("plea")
    objects = _denied_objects(ctx, d.hit.tok)
    objects += [x for o in objects if o.lemma_ in _BEING for _, x in args.prep_objects(o, ("of",))]  # "denied the
    # existence of such claims"
    claims = [o for o in objects if o.lower_ in words or o.lower_ in ctx.lex.of("worry")
              or o.lower_ in _SAID_THAT and d.hit.tok.lemma_ in ctx.lex.of("denial")]  # "Yerevan denied it": what
    # was said (not the actor the reader took "it" for, often the denier's own side that the claim told of)
    if not claims and (any(c.i < d.hit.tok.i for c in args.children(d.hit.tok, {"ccomp"})) or d.hit.tok.dep_ == "ccomp"
                       and d.hit.tok.head.i < d.hit.tok.i):  # (or the denial parsed as what the accusation says)
        claims = [o for o in args.claims_said(ctx, d.hit.tok) if o.dep_ != "dobj"]  # "X accused Y of Z, a claim
        # Abu Dhabi has rejected", parsed with the accusation as what "rejected" says and "claim" as its subject
    if d.hit.tok.dep_ == "relcl" and d.hit.tok.head.lower_ in words and not args.children(d.hit.tok, {"dobj"}):
        claims = [d.hit.tok.head]  # "a charge the Kremlin denies"
    denial = d.hit.tok.lemma_ in ctx.lex.of("denial")
    told_acts = args.children(d.hit.tok, {"ccomp", "xcomp"}) if denial else []
    gerund = not claims and not args.children(d.hit.tok, {"ccomp"})  # "Iran denied supplying drones to Russia"
    if not claims:  # "Russia denied that it had attacked civilians"
        claims = told_acts
    if not claims:
        return None
    content = [x for c in claims for x in kids_of(c) if x.dep_ in {"acl", "relcl", "ccomp", "prep"}
               and x.lower_ not in {"by", "from", "including"} and not _of_text(ctx, x)] + told_acts  # (parsed on the verb)
    told = {r for x in content for t in x.subtree for r in ctx.res.refs(t)}
    told -= {r for c in claims for p in kids_of(c) if p.dep_ == "poss" for r in ctx.res.refs_all(p) or ctx.res._modifier_actors(
        p, of=False)}  # "denied U.N. experts' allegations that the group is recruiting inside its borders": the U.N.'s
    kept = () if claims and claims[0].lower_ in _SAID_THAT else tuple(t for t in d.targets if t not in told)
    targets = kept or claimant(ctx, d.source, claims, alleged=gerund)
    return replace(d, targets=targets) if targets != d.targets else None


def _denied_objects(ctx: Ctx, tok: Token) -> list[Token]:
    """What a denial denies: its objects, and those of a refusal or a naming hung on it as a participle ("the Taliban
    denied any involvement, rejecting Islamabad's accusations", "calling Moscow's claim fake news": the accusations,
    the claim, coded through "denied")."""
    joined = [v for v in args.children(tok, {"advcl", "conj"}) if v.tag_ == "VBG" and (
        (hit := ctx.cues.at(v)) is not None and hit.cue.plover == "REJECT" or v.lemma_ in ctx.lex.of("naming"))]
    # ("denied shelling the facility, calling Moscow's claim fake news": the claim so named is the one denied)
    return [o for v in (tok, *joined) for o in args.children(v, {"dobj", "nsubjpass"})]  # ("the findings were denied")


def _of_text(ctx: Ctx, prep: Token) -> bool:
    """"rejected the findings of the U.N. report", "denied the claims of a Human Rights Watch inquiry": a claim "of" a
    text or an inquiry is that text's; whose it is made the claim, it is not whom the claim tells of."""
    return prep.lower_ == "of" and any(o.lemma_ in ctx.lex.of("document") | ctx.lex.of("study")
                                       for o in kids_of(prep) if o.dep_ == "pobj")


_SAID_THAT = {"it", "this", "that", "them", "these", "those"}  # pronouns a denial's object stands for a claim with


def _denied_thing_maker(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """"Petro declared a ceasefire that was denied by the ELN", "Israel announced a deal that Hamas denied": a
    denial of what another side declared, told in a clause on it, aims at who declared it."""
    tok = d.hit.tok
    thing = tok.head
    if tok.dep_ != "relcl" or tok.lemma_ not in ctx.lex.of("denial") or thing.dep_ != "dobj":
        return ()
    return tuple(r for r in args.subject(ctx, thing.head) if r not in d.source)


def thanked_for(ctx: Ctx, d: Draft) -> Draft | None:
    """"Pashinyan thanked the United States and the EU for their support", "Zelenskyy thanked Germany for sending
    Leopard tanks": what the thanked gave went to whoever thanks them."""
    tok = d.hit.tok
    if d.targets or d.plover not in {"SUPPORT", "AID"} or tok.dep_ != ("pcomp" if d.hit.cue.verbal else "pobj") \
            or tok.head.lower_ != "for" or tok.head.head.lemma_ not in {"thank", "praise", "commend"}:
        return None
    thanker = tuple(r for r in args.subject(ctx, tok.head.head) if r not in d.source)
    return replace(d, targets=thanker) if thanker else None


def proposal_answered(ctx: Ctx, d: Draft) -> Draft | None:
    """"Egypt and Qatar proposed a truce plan. Hamas said it accepted the proposal", "Kyiv turned down the
    offer": accepting or refusing a proposal put forward before answers whoever put it forward."""
    if d.targets or d.sides or d.plover not in {"AGREE", "REJECT"} or len(d.source) != 1:
        return None  # (two sides agreeing to it agree with each other)
    mine = args.own_side(ctx, d.source)
    things = args.children(d.hit.tok, {"dobj"}) + [o for _, o in args.prep_objects(d.hit.tok, ("to",))]
    for thing in things:
        m = ctx.issues.by_token.get(thing.i)
        if m is None or m.kind != "proposal" or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                                           for c in kids_of(thing)):
            continue
        proposers = tuple(dict.fromkeys(p.actor for p in ctx.stated if p.issue == str(m.local) and p.position == "proposes"
                                        and p.actor not in mine and p.actor != PARTIES))
        proposers = proposers or _offered_before(ctx, d, thing, mine)
        if proposers:
            return replace(d, targets=proposers)
    return None


def _offered_before(ctx: Ctx, d: Draft, thing: Token, mine: set[str]) -> tuple[str, ...]:
    """"Vucic offered to hold talks with the students, who rejected the offer", "Egypt offered to mediate between
    Ethiopia and Sudan. Addis Ababa turned down the offer": a proposal that the same sentence or the one before put
    forward is its proposer's."""
    since = ctx.res.words.sent_back(thing, 1)
    for tok in reversed(ctx.doc[since.start:thing.i]):
        if tok.pos_ == "VERB" and len(tok.lemma_) >= 4 and thing.lemma_.startswith(tok.lemma_[:-1]) \
                and (hit := ctx.cues.at(tok)) is not None \
                and hit.cue.plover == "AGREE":
            return tuple(r for r in args.subject(ctx, tok) if r not in mine and r not in d.source)
    return ()


def judgment_answered(ctx: Ctx, d: Draft) -> Draft | None:
    """"Netanyahu slammed the ruling as outrageous", "Britain condemned the verdict": praise, blame or refusal of
    a judgment the text names with no owner answers the court named last before it."""
    if d.targets or d.sides or d.plover not in {"ACCUSE", "REJECT", "SUPPORT"}:
        return None
    for thing in args.children(d.hit.tok, {"dobj"}):
        if thing.lemma_ in ctx.lex.of("judgment") and not ctx.res._modifier_actors(thing) and _told_before(
                thing, {"the", "this", "that"}):
            court = _last_court(ctx, thing)
            if court and court not in d.source:
                return replace(d, targets=(court,))
    return None


def _last_court(ctx: Ctx, thing: Token) -> str | None:
    """The court or tribunal named last before ``thing``."""
    courts = [c for noun in ("court", "tribunal") if (c := ctx.res.last_named_org(thing, noun, before=True))]
    last = {a: j for j, a, _ in ctx.res.order if j < thing.i}
    return max(courts, key=lambda c: last.get(c, -1), default=None)


def claimant(ctx: Ctx, source: tuple[str, ...], claims: list, alleged: bool = False) -> tuple[str, ...]:
    """Who made the claims ``source`` denies: their owner ("the U.N. findings"), else the last actor in the
    article to accuse (or charge) the source, or to ask something of it when a request is denied, else for
    charges the authority of the article; for concerns dismissed, only their owner. An act denied (``alleged``:
    "Israel has denied targeting civilians") was alleged by an accuser, not by whoever sanctioned the denier."""
    mine = args.own_side(ctx, source)
    owners = tuple(r for c in claims for r in ctx.res._modifier_actors(c) if r not in mine)
    owners += tuple(r for c in claims if c.lower_ in ctx.lex.of("claim") for _, o in args.prep_objects(c, ("by",))
                    for r in ctx.res.refs_all(o) or ctx.res._modifier_actors(o, of=False) if r not in mine)  # "rejected
    # claims by UK intelligence that Moscow was behind the unrest": UK's, not whom the claims tell of
    owners += tuple(r for c in claims if c.lower_ in ctx.lex.of("claim") for _, o in args.prep_objects(c, ("of",))
                    if ctx.cues.at(o) is None and o.lower_ not in ctx.lex.of("claim")
                    for r in ctx.res.refs_all(o) or ctx.res._modifier_actors(o, of=False) if r not in mine)  # "the
    # findings of a United Nations group of experts": the U.N.'s (not "claims of Iranian involvement": what they tell)
    owners += tuple(r for c in claims for v in kids_of(c) if v.dep_ == "acl"  # "the allegations made by X"
                    for _, o in args.prep_objects(v, ("by",)) for r in ctx.res.refs_all(o) if r not in mine)
    owners += tuple(r for c in claims if c.dep_ == "dobj" for _, o in pleaders(c) for r in ctx.res.refs_all(o)
                    if r not in mine and r not in owners)  # "defied calls, including by the Security Council"
    if owners or all(c.lower_ in ctx.lex.of("worry") for c in claims):
        return owners  # "dismissed concerns about X's threat": whoever voiced them, if named
    charged = any((hit := ctx.cues.at(c)) is not None and "custodial" in hit.cue.flags for c in claims)
    accusing = any((hit := ctx.cues.at(c)) is not None and hit.cue.plover == "ACCUSE" for c in claims)
    pleas = {"REQUEST"} if all(c.lower_ in ctx.lex.of("plea") for c in claims) else {"ACCUSE"} if alleged or not (
        charged or accusing) else {"ACCUSE", "COERCE", "SANCTION"}  # "denied its involvement" answers an accuser,
    # not whoever cut aid to it; charges and accusations may answer who arrested or sanctioned
    if beside := _accusation_beside(ctx, claims[0], mine):
        return beside
    accuser = _last_accuser(ctx, mine, pleas, since=0 if accusing else ctx.res.words.sent_back(claims[0], CLAIM_REACH).start_char)
    if accuser:
        return (accuser, *_fellow_accusers(ctx, mine, pleas, claims[0], accuser))
    if "REQUEST" not in pleas and (reporters := _reporters(ctx, mine, claims[0]) or _tellers(ctx, mine, claims[0])):
        return reporters
    if said := _said_before(ctx, mine, claims[0]):
        return said
    home = legal_authority(ctx)  # "he rejects the charges": the prosecuting authority's
    return (home,) if charged and home and home not in mine else ()


_BACK = {"this", "that", "these", "those", "such"}
_BEING = {"existence", "truth", "accuracy", "validity"}  # what a denial of "the existence of X" denies is X  # determiners that point back to what was just said


def _said_before(ctx: Ctx, mine: set[str], claim: Token) -> tuple[str, ...]:
    """"Baku said a new constitution was a fundamental condition for peace. Pashinyan rejected this precondition":
    "this" (or "that", "such") condition, demand or claim is the one the sentence just before has a speaker name
    (with the same noun, or the noun it ends: "precondition" and "condition"), when the speaker is another side;
    "those calls" are those the sentence before was coded to make."""
    if not any(c.lower_ in _BACK for c in kids_of(claim)):
        return ()
    before = ctx.res.words.sent_back(claim, 1)
    if before.start == ctx.res.words.sent_back(claim, 0).start:
        return ()
    stems = {claim.lemma_, claim.lemma_.removeprefix("pre")}
    if not any(t.lemma_ in stems for t in before):
        return ()
    owners = [r for t in before if t.lemma_ in stems for c in kids_of(t) if c.dep_ == "poss"
              for r in ctx.res.refs_all(c)]
    if owners:  # "Hamas said Israel's demand that it disarm was a non-starter. Qatar rejected that demand": Israel's
        return tuple(dict.fromkeys(r for r in owners if r not in mine))
    if claim.lower_ in ctx.lex.of("plea") and (askers := tuple(dict.fromkeys(
            r.source for r in ctx.coded if r.plover == "REQUEST" and r.sent_start == before.start_char
            and r.source not in mine and ctx.res.affiliation(r.source) not in mine))):
        return askers  # "Tshisekedi and Kagame issued a call for a ceasefire. M23 dismissed those calls": theirs
    said = [v for v in ctx.res.words.tokens(lemmas=ctx.lex.of("speech"), span=before) if v.pos_ == "VERB"]
    return tuple(dict.fromkeys(r for v in said[:1] for c in kids_of(v) if c.dep_ == "nsubj" for r in ctx.res.refs_all(c)
                               if r not in mine and ctx.res.affiliation(r) not in mine))


CLAIM_REACH = 3  # how many sentences back a denial of "the reports" may answer an accusation (older ones are others')


def _accusation_beside(ctx: Ctx, claim: Token, mine: set[str]) -> tuple[str, ...]:
    """"Kyiv accuses Moscow of abducting children, a charge the Kremlin denies": a charge told beside an
    accusation in the same sentence was made by whoever makes that accusation."""
    anchor = claim.head.head if claim.dep_ == "compound" else claim.head  # ("a charge Kigali denies": on "Kigali")
    verbs = [anchor, *anchor.ancestors, *(c for c in kids_of(anchor) if c.dep_ == "ccomp" and c.i < claim.i)]
    for verb in verbs:
        hit = ctx.cues.at(verb)
        if hit is not None and hit.cue.plover == "ACCUSE" and hit.cue.verbal and verb.i < claim.i:
            if found := tuple(r for r in args.subject(ctx, verb) if r not in mine):
                return found
    return _blamed_after(ctx, claim, mine)


def _blamed_after(ctx: Ctx, claim: Token, mine: set[str]) -> tuple[str, ...]:
    """"Iran denied any involvement in the attack, which Washington blamed on Tehran": whoever a clause on the thing
    denied says blamed it on the denier's side made the claim."""
    scope = claim.head if claim.dep_ == "dobj" else claim  # ("denied any role in the bombing", "in" hung on the verb)
    for verb in (t for t in scope.subtree if t.dep_ == "relcl" and t.i > claim.i):
        hit = ctx.cues.at(verb)
        if hit is None or hit.cue.plover != "ACCUSE" or not hit.cue.verbal:
            continue
        subj = set(args.subject(ctx, verb))
        aimed = {r for t in verb.subtree if t.dep_ not in args.SUBJ for r in ctx.res.refs(t)} - subj
        if aimed & mine or {ctx.res.affiliation(r) for r in aimed} & mine:
            return tuple(r for r in subj if r not in mine)
    return ()


def _reporters(ctx: Ctx, mine: set[str], claims: Token) -> tuple[str, ...]:
    """"Kyiv says Russian troops killed civilians. Moscow denied the claims": claims denied answer whoever said, in
    the sentences just before, that the denier's side did harm."""
    since = ctx.res.words.sent_back(claims, CLAIM_REACH).start_char
    for r in reversed(ctx.coded):
        if r.sent_start < since:
            break
        side = {r.source, ctx.res.affiliation(r.source)}
        if r.plover in HARM and side & mine and (span := ctx.doc.char_span(r.start, r.end, alignment_mode="expand")):
            if told := tuple(a for a in clause.speaker(ctx, span[0])[1] if a not in mine
                             and ctx.res.affiliation(a) not in mine):
                return told
    return ()


def _tellers(ctx: Ctx, mine: set[str], claim: Token) -> tuple[str, ...]:
    """"Kurti said Serbia had not recognized Kosovo and was arming militants. Vucic rejected the claim": "the claim"
    (a claim noun with "the", "this" or "these") denied answers whoever said, in the sentence before, what the
    denier's side did."""
    if claim.lower_ not in _SAID_THAT and (claim.lower_ not in ctx.lex.of("claim") or not any(
            c.lower_ in {"the", "this", "these", "that", "those"} for c in kids_of(claim))):
        return ()  # (a pronoun here stands for what was said: "Moscow denied it")
    span = ctx.doc[ctx.res.words.sent_back(claim, 1).start: claim.i]
    speech = ctx.lex.of("speech")
    for verb in reversed(ctx.res.words.tokens(lemmas=speech, span=span)):
        told = [s for c in kids_of(verb) if c.dep_ == "ccomp" for s in kids_of(c) if s.dep_ in {"nsubj", "nsubjpass"}]
        if any(r in mine or ctx.res.affiliation(r) in mine for s in told for r in ctx.res.refs_all(s)):
            return tuple(r for c in kids_of(verb) if c.dep_ == "nsubj" for r in ctx.res.refs_all(c)
                         if r not in mine and ctx.res.affiliation(r) not in mine)
    return ()


def _fellow_accusers(ctx: Ctx, mine: set[str], kinds: set[str], claims: Token, last: str) -> tuple[str, ...]:
    """"The United States has accused Beijing of genocide. The United Nations says ... Beijing denies the
    allegations": allegations (plural) denied answer every actor that made one in the sentences just before."""
    if claims.tag_ != "NNS":
        return ()
    since = ctx.res.words.sent_back(claims, CLAIM_REACH).start_char
    found = (r.source for r in reversed(ctx.coded) if r.sent_start >= since and r.plover == "ACCUSE" in kinds
             and r.source not in mine and (r.target in mine or ctx.res.affiliation(r.target) in mine))
    side = {last, ctx.res.affiliation(last)} - {None}  # (Blinken's accusation is the United States': one accuser)
    return tuple(dict.fromkeys(a for a in found if a not in side and ctx.res.affiliation(a) not in side))


def _last_accuser(ctx: Ctx, mine: set[str], kinds: set[str], since: int = 0) -> str | None:
    """The last actor in the article (from the character ``since`` on) coded doing one of ``kinds`` to one of
    ``mine`` (or its side, or whoever rules a state of it)."""
    rulers = {ctx.res.ruler(s) for s in mine if ctx.res.kind(s) == "state"} - mine
    for r in reversed(ctx.coded):
        if r.sent_start < since:
            break
        if r.plover in kinds and (r.target in mine or ctx.res.affiliation(r.target) in mine
                                  or ctx.res._led_state(r.target) in mine or r.target in rulers) and r.source not in mine:
            return r.source  # "Islamabad accuses Kabul of sheltering militants. The Taliban deny the charge": who rules
            # Kabul answers; "The envoy urged the Taliban to reopen schools. Muttaqi rejected the demand": the
            # Taliban rule the state Muttaqi acts for
    return None


def not_guilty_plea(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Amirov and Omarov have pleaded not guilty": a denial of the charges, aimed at whoever brought them
    (the last actor in the article to accuse or arrest the pleader, else the authority of the article)."""
    if "plea" not in d.flags or not d.source:
        return None
    if not any(c.dep_ == "neg" for g in kids_of(d.hit.tok) if g.lower_ == "guilty" for c in kids_of(g)):
        return Stop("a guilty plea admits the charges")
    mine = args.own_side(ctx, d.source)
    home = legal_authority(ctx)
    accuser = _last_accuser(ctx, mine, {"ACCUSE", "COERCE"}) or _prosecution_named(ctx, mine, d.hit.tok) or (
        home if home not in mine else None)
    return replace(d, targets=(accuser,)) if accuser else None


def _prosecution_named(ctx: Ctx, mine: set[str], plea: Token) -> str | None:
    """"The plot was behind the attack, according to prosecutors. Amirov has pleaded not guilty": with no one coded
    accusing the pleader, a plea answers the prosecutors the article names last before it (an actor by office)."""
    words = ctx.lex.of("accuser")
    for tok in reversed(ctx.res.words.tokens(words=words)):
        if tok.i < plea.i and (refs := [r for r in ctx.res.refs_all(tok) if r not in mine]):
            return refs[0]
    return None


def actor_object(ctx: Ctx, d: Draft) -> Stop | None:
    """"eliminated the group's leader" is an attack, "eliminate tariffs" is none: a cue flagged
    ``object`` is coded only with an actor as its object."""
    if "object" not in d.flags or _promised_on_condition(ctx, d) or d.mode == "asserted" and args.people_held(
            ctx, d.hit, d.source):  # ("Russia would target Western capitals if
        return None  # Ukraine used the missiles, Putin said": a threat at whom the condition names)
    if d.plover == "ASSAULT" and any(ctx.res.refs_all(o) for _, o in args.prep_objects(d.hit.tok, ("from",))):
        return None  # "retook the town from al-Shabab": taken from an actor
    ship = d.plover == "ASSAULT" and (args.ship_object(ctx, d.hit) or _place_taken(ctx, d))  # "targeted the tanker
    # Sounion": a ship is hit; "captured Goma": a place is taken
    if d.hit.cue.verbal and not ship and any(not ctx.res.refs_all(o) and not _owned(ctx, o) and not _asked_by(ctx, o)
                                             and not (d.targets and args.forces_site(ctx, o, armed=True))
                                             and not _held_by(ctx, o, d.targets)
                                             and not _label_given(ctx, o) for o in args.children(d.hit.tok, {"dobj"})):
        return Stop("needs an actor as its object")  # "received a hero award from Blinken"
    return Stop("needs an actor as its object") if not d.targets and len(d.sides) < 2 and not ship else None  # ("the war between
    # Israel and Hamas": between two actors)


def _held_by(ctx: Ctx, noun: Token, targets: tuple[str, ...]) -> bool:
    """"Targeted a depot storing ammunition belonging to Hezbollah", "hit a warehouse owned by the IRGC": a thing a
    participle of owning names the target as holding is the target's."""
    return any(x.dep_ == "acl" and x.lemma_ in _HOLDING and any(
        r in targets for _, o in args.prep_objects(x, ("to", "by")) for r in ctx.res.refs_all(o)) for x in noun.subtree)


_HOLDING = {"belong", "own"}  # participles of whose a thing is ("belonging to", "owned by")


def _label_given(ctx: Ctx, noun: Token) -> bool:
    """"labeled the Fiji regime a military dictatorship", "designated the foundation an extremist organization": the
    second object of a verb is the name or status given, not whom the act is aimed at."""
    return noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in kids_of(noun.head))


def _owned(ctx: Ctx, noun: Token) -> bool:
    """Does ``noun`` name an actor's thing: by its modifiers ("the group's leader", "the offices of Hamas"), or by
    those of what it is "of" ("shut down the headquarters of the opposition's campaign")?"""
    return bool(ctx.res._modifier_actors(noun)) or any(
        ctx.res._modifier_actors(o, of=False, pronouns=False) or any(ctx.res.refs_all(c) for c in args.children(o, {"poss"}))
        for _, o in args.prep_objects(noun, ("of",)))


def _place_taken(ctx: Ctx, d: Draft) -> bool:
    """"M23 rebels captured Goma", "troops stormed the town of Masisi": force a state or an armed organisation uses
    on a place that names no actor is an attack (coded with no counterpart: a place is no target)."""
    objects = args.struck_things(d.hit)  # ("Goma was captured by M23 rebels")
    return bool(objects) and bool(d.source) and all(ctx.res.kind(s) in {"state", "organization"} for s in d.source) \
        and all(args.a_place(ctx, o) for o in objects)


def _promised_on_condition(ctx: Ctx, d: Draft) -> bool:
    """"Russia would target Western capitals if Ukraine ..., Putin said": an act that a speaker says their own side
    will do on a condition (conditional_threat codes it; no one's forecast, no unattributed one)."""
    verb = d.hit.tok
    if not d.speaker or not d.source or not clause.speaks_for(ctx, d.speaker, d.source):
        return False
    return any(a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll"} for a in kids_of(verb)) and any(
        a.dep_ == "advcl" and args.conditional(a) for a in kids_of(verb))


def thing_object(ctx: Ctx, d: Draft) -> Stop | None:
    """"questioned Washington's motives" rejects them, but "police questioned the journalist" and "the
    president dismissed his defense minister" do not: a cue flagged ``thing`` with an actor itself as its
    object is used in another sense."""
    if "thing" not in d.flags or not d.hit.cue.verbal or d.rule == "clause_denied":
        return None  # ("..., which North Korea has dismissed": the "which" is what was said)
    if any(ctx.res.refs_all(o) for o in args.children(d.hit.tok, {"dobj", "nsubjpass"})):
        return Stop("an actor as its object: another sense")
    return None


def _asked_by(ctx: Ctx, noun: Token) -> bool:
    """Is ``noun`` a call or claim with whoever made it named ("ignored calls from ECOWAS")?"""
    if noun.lower_ not in ctx.lex.of("plea") | ctx.lex.of("claim") and noun.lemma_ not in ctx.lex.of("plea"):
        return False
    return any(ctx.res.refs_all(o) for _, o in pleaders(noun))


def pleaders(noun: Token) -> list[tuple[str, Token]]:
    """Who a call or claim is "from" or "by": on the noun ("calls from ECOWAS"), through "including" ("calls,
    including by the Security Council"), or hung on the active verb whose object it is ("ignored calls by ECOWAS")."""
    found = list(args.prep_objects(noun, ("from", "by")))
    heads = [noun, noun.head] if noun.dep_ == "dobj" and not args.passive(noun.head) else [noun]
    found += [x for h in heads for inc in args.children(h, {"prep"}) if inc.lower_ == "including"
              for x in args.prep_objects(inc, ("from", "by"))]
    return found + (list(args.prep_objects(noun.head, ("by",))) if len(heads) > 1 else [])


_POSTED = {"station", "deploy", "base", "post"}  # "has troops stationed in Niger": forces said to be placed
_STATIONED_AT = ("in", "inside", "on", "at", "across", "along", "near", "throughout")  # where forces are kept


def actor_left_behind(ctx: Ctx, d: Draft) -> Stop | None:
    """"leave Hamas isolated", "when Turkey leaves the religious policy": leaving an actor or a thing,
    not a place, is no withdrawal."""
    if "place" not in d.flags:
        return None
    objects = args.children(d.hit.tok, {"dobj"}) + [o for _, o in args.prep_objects(d.hit.tok, ("from",))]
    if any(ctx.res.refs(o) and not _left_by_forces(ctx, d, o) for o in args.children(d.hit.tok, {"dobj"})):
        return Stop("its object is an actor, not a place left")
    if not any(o.ent_type_ in {"GPE", "LOC", "FAC"} or o.i in ctx.res.spans for o in objects):
        return Stop("no place is named as left")  # "when Turkey leaves the policy", "before he left"
    return None


def forces_held(ctx: Ctx, d: Draft) -> Stop | None:
    """"The African Union has over 20,000 troops in Somalia", "France keeps about 1,000 soldiers in Chad", "Turkey has
    thousands of soldiers in Syria", "Washington has troops stationed in Niger": forces had or kept are deployed when
    they are counted (or said to be stationed) and somewhere ("Egypt has the region's largest army" is no move)."""
    if "presence" not in d.flags:
        return None
    tok = d.hit.tok
    objects = args.children(tok, {"dobj"})
    forces = [o for o in objects if o.lemma_ in ctx.lex.of("units")]
    counts = [o for o in objects for _, f in args.prep_objects(o, ("of",)) if f.lemma_ in ctx.lex.of("units")]
    posted = [c for f in (*forces, *counts) for c in kids_of(f) if c.dep_ == "acl" and c.lemma_ in _POSTED]
    counted = bool(counts or posted) or any(c.dep_ == "nummod" for f in forces for c in kids_of(f))
    placed = any(True for x in (tok, *forces, *counts, *posted) for _ in args.prep_objects(x, _STATIONED_AT))
    return None if counted and placed else Stop("forces had, not counted and placed somewhere")


def _left_by_forces(ctx: Ctx, d: Draft, obj: Token) -> bool:
    """"The last French soldiers left Chad": a state that troops leave is a place left (not when a visitor leaves
    it, "Biden left Israel"; nor a prospect, "a path for American troops to leave Afghanistan")."""
    tok = d.hit.tok
    forces = [s for s in args.children(tok, args.SUBJ) if s.lemma_ in ctx.lex.of("units")]
    infinitive = any(a.lower_ == "to" for a in args.children(tok, {"aux"}))
    return bool(forces) and not infinitive and all(ctx.res.kind(r) == "state" for r in ctx.res.refs(obj))


def captives_to_other_side(ctx: Ctx, d: Draft) -> Draft | None:
    """"release the hostages", "offered to free 33 hostages": freeing captives is aimed at the other side; captives
    two sides swap ("Russia and Ukraine exchanged 95 prisoners each") go to each other (joint phrasing)."""
    if d.plover in {"CONCEDE", "REJECT", "REQUEST", "AGREE"} and any(
            captive(ctx, t) or _freed_people(ctx, d, t) for t in d.targets):
        swapped = "both" in d.flags and len(d.source) >= 2
        return replace(d, targets=() if swapped else (OTHER_SIDE,))
    return None


def _freed_people(ctx: Ctx, d: Draft, actor_id: str) -> bool:
    """"Kyiv released 195 people", "Hamas freed four women", "Moscow freed 103 Ukrainian fighters": people whom a
    release names only by number, sex or role are captives too (not "released dozens of protesters")."""
    actor = ctx.res.actor(actor_id)
    if d.plover != "CONCEDE" or "custodial" not in d.hit.cue.flags or not actor or actor.kind != "group":
        return False
    freed = args.children(d.hit.tok, {"dobj"})  # (not "lifted the travel ban on Afghan women": who is freed)
    freed += [o for f in freed for _, o in args.prep_objects(f, ("of",))]  # "a similar number of Ukrainian fighters"
    return actor.label.split()[-1].lower() in ctx.lex.of("freed-people") and any(
        actor_id in ctx.res.refs_all(o) for o in freed)


def refused_release(ctx: Ctx, d: Draft) -> Draft | None:
    """"refused to commit to freeing Taliban prisoners": aimed at the captives' side."""
    if d.targets or "refuse" not in d.flags:
        return None
    for t in d.hit.tok.subtree:
        span = ctx.res.spans.get(t.i)
        if span and captive(ctx, span[2]):
            mods = [m for m in ctx.res._modifier_actors(t, of=False, pronouns=False) if ctx.res.kind(m) != "group"]
            if mods:
                return replace(d, targets=(mods[0],))
    return None


def mediated_parties(ctx: Ctx, d: Draft) -> Draft | None:
    """"Egypt mediated as Israel and Hamas talked": mediation is towards each party named as a subject."""
    if d.targets or not d.mediating or d.hit.tok.dep_ in {"amod", "compound"}:
        return None  # "a U.N.-brokered deal": the parties are those of the deal (hyphened_doer), not every subject
    found = _mediated(ctx, d.hit.tok, d.source)
    return replace(d, targets=found) if found else None


def _mediated(ctx: Ctx, tok: Token, source: tuple[str, ...]) -> tuple[str, ...]:
    """The parties the sentence names as subjects, other than the mediators and their side."""
    res = ctx.res

    def same_side(r: str) -> bool:
        return any(res.affiliation(s) == r or (res.affiliation(r) or r) == (res.affiliation(s) or s) for s in source)

    out: list[str] = []
    for t in res.words.sent(tok):
        if t.i == tok.i or not (t.dep_ in args.SUBJ or (t.dep_ == "conj" and t.head.dep_ in args.SUBJ)):
            continue
        for r in res.refs(t):
            if r not in source and r not in out and res.kind(r) != "group" and not same_side(r):
                out.append(r)
    return tuple(out)


def other_side_default(ctx: Ctx, d: Draft) -> Draft | None:
    """"Hamas refused", "Israel threatened a response": aimed at the other side (or at whoever a condition
    names: "warned of retaliation if Israel attacked", or at whoever just asked the refuser)."""
    if d.targets or not (d.plover == "THREATEN" and d.hit.cue.verbal or "refuse" in d.flags or _talks_broken_off(ctx, d)):
        return None  # "the threats" with no one named is aimed at no one in particular
    return replace(d, targets=args.condition_subjects(ctx, d.hit.tok, d.source) or _asker(ctx, d) or (OTHER_SIDE,))


def measure_to_other_side(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Britain will cede sovereignty of the Chagos Islands", "Washington reimposed sweeping sanctions": what one side
    gives up, or the measures it imposes, with no one named, go to the other side (the event is dropped when the
    article has no two sides, :func:`kg.extract.parties.spread_relations`)."""
    if d.targets or d.plover not in {"CONCEDE", "SANCTION"} or not d.hit.cue.verbal or "refuse" in d.flags or (
            "both" in d.flags and len(d.source) >= 2):
        return None  # ("Russia and Ukraine swapped prisoners": each with the other, joint_phrasing)
    if d.plover == "CONCEDE" and _measure_on_source(ctx, d):
        return Stop("a measure on the doer read is not lifted by it")  # "Iran signed a deal with world powers to lift
        # sanctions on Tehran": lifted by the powers, not Iran
    return replace(d, targets=(OTHER_SIDE,))


def _measure_on_source(ctx: Ctx, d: Draft) -> bool:
    """Is the measure a cue lifts one laid "on" or "against" its source ("to lift international sanctions on Tehran")?"""
    own = {ctx.res.affiliation(s) or s for s in d.source} | set(d.source)
    return any(r in own for i in d.hit.parts for _, o in args.prep_objects(ctx.doc[i], ("on", "against"))
               for r in ctx.res.refs_all(o))


def _talks_broken_off(ctx: Ctx, d: Draft) -> bool:
    """"His group was suspending talks", "broke off negotiations": talks a side breaks off were with the other."""
    return d.plover == "SANCTION" and d.hit.cue.verbal and any(
        (hit := ctx.cues.at(ctx.doc[i])) is not None and hit.cue.plover == "CONSULT" and hit.cue.pos == "N"
        for i in d.hit.parts if i != d.hit.tok.i)  # (the talk nouns of the lexicon, as kinds._left_talks reads them)


def _asker(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """"Egypt asked Israel to open the crossing. Israel refused.", "Washington urged Kyiv to hold elections, but
    Zelenskyy declined", "Egypt offered Ethiopia talks. Ethiopia refused": a bare refusal answers whoever just asked
    something of the refuser or offered it something."""
    tok = d.hit.tok
    offers = [o for o in args.children(tok, {"dobj"}) if o.lower_ in ctx.lex.of("proposed")
              and not ctx.res._modifier_actors(o, of=False)]  # ("Iran turned down the offer": whoever just made it)
    if "refuse" not in d.flags or not d.hit.cue.verbal or args.children(tok, {"xcomp", "ccomp"}) or len(
            args.children(tok, {"dobj"})) != len(offers):
        return ()
    mine = args.own_side(ctx, d.source)
    if tok.dep_ == "conj" and (asked := ctx.cues.at(tok.head)) is not None and asked.cue.plover == "REQUEST":
        return tuple(r for r in args.subject(ctx, tok.head) if r not in mine)  # "X urged Kyiv ..., but Kyiv declined"
    asker = _last_accuser(ctx, mine, {"REQUEST", "AGREE"}, since=ctx.res.words.sent_back(tok, 1).start_char)
    return (asker,) if asker else ()


def proposal_without_addressee(ctx: Ctx, d: Draft) -> Stop | None:
    """"Egypt proposed a plan": a proposal to no one is a position on the issue, not an event."""
    if not d.targets and d.hit.cue.position == "proposes" and d.plover == "AGREE":
        return Stop("a proposal to no one: a position only", keep_position=True)
    return None


def joint_phrasing(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Iran and the United States held talks", "both sides agreed": each with the other. "Kenya's dispute with
    Somalia", "after a yearlong dispute with the bloc": a quarrel told with one side and its partner names a state of
    relations, not a refusal (unlike "disputes between Greece and Turkey", which is each side's)."""
    if "both" in d.flags and d.plover == "REJECT" and d.hit.cue.pos == "N" and not d.sides:
        return Stop("a quarrel with someone: a state of relations, not a refusal")
    if "both" not in d.flags or d.joint or d.targets or d.sides or d.plover != d.hit.cue.plover:
        return None  # (a rule before that made it joint: "after fighting with the rebels", :func:`fought_before`)
    verbal = d.hit.cue.pos == "V" or _in_talks(d.hit.tok)
    if verbal and d.source == (PARTIES,):
        return replace(d, targets=(OTHER_SIDE,), conf=0.6)
    if len(d.source) >= 2 and (verbal or d.hit.cue.plover in {"COOPERATE", "AGREE", "SUPPORT"} or (
            d.plover == "CONSULT" and d.hit.tok.dep_ == "dobj" and _apart(ctx, d.source))):  # "Witkoff and Araghchi
        # are leading the talks" (not "endorsed the plan at a meeting", "signed after talks": when, not what they do)
        return replace(d, joint="joint")  # "a joint Kenya-U.S. base", "agreements between ...", "their partnership"
    if d.hit.cue.words == ("agree",) and _agreed_issue(ctx, d):
        return None  # "Russia agreed to extend the grain deal": one side agreeing to a deal, no one else named
    if d.plover == "CONSULT" and _members_met(ctx, d):
        return replace(d, joint="joint")  # "NATO defense ministers met in Brussels": with no one outside, a null target
    if d.plover == "CONSULT" and (taker := _call_received(ctx, d)):
        return replace(d, targets=taker)  # "Erdogan received a phone call from Raisi": Raisi called Erdogan
    return Stop("joint phrasing with one side only")


def _call_received(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """Who received the call or visit a noun cue's source made "from" ("Erdogan received a phone call from Raisi")."""
    tok = d.hit.tok
    if d.hit.cue.pos != "N" or tok.dep_ != "dobj" or tok.head.lemma_ not in {"receive", "get", "take"} or not any(
            True for _ in args.prep_objects(tok, ("from",))):
        return ()
    return tuple(r for r in args.subject(ctx, tok.head) if r not in d.source)


def _apart(ctx: Ctx, sides: tuple[str, ...]) -> bool:
    """Are the actors each of a side of their own (not "Rubio and Witkoff", both of the United States)?"""
    own = [state_of(ctx, s) or ctx.res.affiliation(s) or s for s in sides]
    return len(set(own)) == len(own)


def _in_talks(tok: Token) -> bool:
    """"Israel and Hamas are in talks", "the two sides remain in negotiations", "Kurti and Vucic made no progress at
    talks in Brussels": the noun says what its subjects do together, as a verb would."""
    if tok.dep_ != "pobj":
        return False
    return tok.head.lower_ == "in" and tok.head.head.lemma_ in {"be", "remain", "engage"} or (
        tok.head.lower_ in {"at", "during"} and tok.head.head.pos_ == "VERB" and tok.tag_ == "NNS")  # (a meeting
    # is only where something else was done: "endorsed the proposal at a meeting in Brussels")


def _members_met(ctx: Ctx, d: Draft) -> bool:
    """"EU foreign ministers held talks", "ECOWAS leaders gathered for a summit": the members of an international
    body (named by a plural noun) meeting among themselves; so is the body itself sitting ("the U.N. Security Council
    met behind closed doors", "the Arab League held an emergency meeting")."""
    body = ctx.res.actor(d.source[0]) if len(d.source) == 1 else None
    if body is None or body.category != "organizations":
        return False  # a state's officials or an armed group's leaders meet someone unnamed
    verb = d.hit.tok
    for _ in range(3):  # a noun's verb: "held a summit", "gathered for a summit"
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    return any((s.tag_ == "NNS" or d.hit.cue.words[-1] in _SITTING) and (
        ctx.res.refs(s) or args.name_read_as_verb(ctx, s)) == d.source for s in args.children(verb, {"nsubj"}))


_SITTING = {"meet", "meeting", "summit", "session"}  # "the Security Council met", "ECOWAS held a summit": a body's own
# sitting (not "NATO held talks", which may be with someone named before)


def _agreed_issue(ctx: Ctx, d: Draft) -> bool:
    m = ctx.issues.near(d.hit.tok, acts=False)
    return m is not None and m.kind not in {"topic", "talks"}


def attended_meeting(ctx: Ctx, d: Draft) -> Draft | None:
    """"Zelenskyy attended the summit in Switzerland", "India took part in the talks as an observer": taking part in
    a meeting that names no one else is CONSULT with no one named (multilateral talks, a null target); its host
    ("Ankara hosted four-way talks") is not coded so."""
    tok = d.hit.tok
    if d.plover != "CONSULT" or d.targets or d.joint or not d.source or not d.hit.cue.verbal or d.flags & {
            "both", "mediate"} or d.hit.cue.words[0] in {"host", "convene"}:
        return None
    meetings = args.children(tok, {"dobj"}) + [o for _, o in args.prep_objects(tok, ("in",))]
    meetings += [tok.doc[i] for i in d.hit.parts]  # "joined the talks"
    if any((h := ctx.cues.at(m)) is not None and h.cue.plover == "CONSULT" and h.cue.pos == "N" for m in meetings):
        return replace(d, joint="joint")
    return None


def visit_told_before(ctx: Ctx, d: Draft) -> Draft | None:
    """"Modi arrived in Port Louis on a two-day visit to Mauritius ... Modi's visit comes as ...": a visit named
    again without its destination is the one told before (the last state its visitor was coded visiting)."""
    if d.plover != "CONSULT" or d.targets or d.joint or len(d.source) != 1 or d.hit.tok.lemma_ not in ctx.lex.of(
            "visit"):
        return None
    host = next((r.target for r in reversed(ctx.coded) if r.plover == "CONSULT" and r.source == d.source[0]
                 and r.target and ctx.res.kind(r.target) == "state"), None)
    return replace(d, targets=(host,), conf=0.6) if host else None


def visit_named_again(ctx: Ctx, d: Draft) -> Draft | None:
    """"During a visit by Starmer to the White House, Trump said ... Trump told Starmer during the visit": "the visit"
    told again in a sentence that names its visitor is that visit again (the last one the article coded)."""
    tok = d.hit.tok
    if d.plover != "CONSULT" or d.targets or d.joint or tok.lemma_ not in ctx.lex.of("visit") or not any(
            c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in kids_of(tok)) or args.children(tok, {"poss"}):
        return None
    since = ctx.res.words.sent_back(tok, 4).start_char
    sent = ctx.res.words.sent(tok)
    if ctx.cues.any_of("CONSULT", sent.start, tok.i):
        return None  # ("Lavrov will travel to Beijing next week, and Blinken criticized the visit": this sentence's)
    named = {r for t in sent for r in ctx.res.refs(t)}
    last = next((r for r in reversed(ctx.coded) if r.plover == "CONSULT" and r.sent_start >= since and r.target
                 and r.sent_start < sent.start_char and _visit_cue(ctx, r.start, r.end)), None)
    if last is None or last.source not in named:
        return None
    return replace(d, source=(last.source,), targets=(last.target,), source_given=True, conf=0.6)


def _visit_cue(ctx: Ctx, start: int, end: int) -> bool:
    """Is the cue at these characters a word of visiting ("a visit", "traveled to")?"""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].lemma_ in ctx.lex.of("visit")


def between_each(ctx: Ctx, d: Draft) -> Draft | None:
    """"a ceasefire signed between A and B": each side with the other."""
    if len(d.sides) >= 2 and not d.source_given:
        return replace(d, joint="between")
    return None


def _acted_for(ctx: Ctx, actor_id: str) -> str | None:
    """The state an actor is, is an organ of or speaks for (:func:`state_of`), else the state a dictionary body acts
    for (an army in a civil war: "the Sudanese army launched an offensive on Khartoum")."""
    affiliated = ctx.res.affiliation(actor_id)
    return state_of(ctx, actor_id) or (affiliated if affiliated and ctx.res.kind(affiliated) == "state" else None)


_DISCIPLINE = {"suspend", "dismiss", "sack", "fire"}  # "Kenya suspended its police chief": its own official disciplined


def own_state_target(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"The junta imposed martial law on six townships in Yangon, Myanmar's commercial hub", "the United
    States closed its embassy in Kabul": force or a penalty is never aimed at the doer's own state (its places
    are no targets), nor a state's at its own organs (nor its penalty at its own officials); a penalty on news media
    is coercion of them."""
    if d.plover not in {"ASSAULT", "COERCE", "SANCTION"} or not d.targets or not d.source:
        return None
    own = {state for s in d.source if (state := _acted_for(ctx, s))}
    states = {s for s in d.source if ctx.res.kind(s) == "state"}  # "the United States closed its embassy"
    kept = tuple(t for t in d.targets if t not in own and (ctx.res.kind(t) == "person" or state_of(ctx, t) not in states)
                 and not (d.plover == "SANCTION" and ctx.res.kind(t) == "person" and state_of(ctx, t) in own))  # ("Kenya
    # suspended its police chief": its own official disciplined)
    if d.plover == "SANCTION" and not kept and d.hit.tok.lemma_ in _DISCIPLINE and any(
            ctx.res.kind(t) == "person" for t in d.targets):
        return Stop("a penalty on the doer's own official")
    if d.plover == "SANCTION" and kept and all(ctx.lex.outlet(t) for t in kept):
        return replace(d, plover="COERCE", targets=kept)  # "the junta suspended the BBC and VOA": media curbed
    return replace(d, targets=kept) if kept != d.targets else None
