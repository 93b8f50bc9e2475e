"""Coding rules that decide the kind of event: verbal attacks, warnings, pledges, reported breaches,
conditional threats, and leaving a body."""
from __future__ import annotations


from spacy.tokens import Token

from kg.extract import args, clause, who
from kg.extract.context import Ctx
from kg.extract.draft import HARM, THREAT_HELD_OUT, Draft, Stop, replace
from kg.extract.issues import issue_kind
from kg.extract.mentions import OTHER_SIDE
from kg.extract.wordindex import kids_of

__all__ = ["deal_backed_by_party", "armed_backing", "partnered_act", "labour_strike", "announced_force", "commentator", "diplomatic_protest", "weighed_sanction", "verbal_attack", "warning", "mediators_propose", "answered_with_force", "pledge", "wished_talks", "talks_of_others", "offered_talks", "reported_breach", "conditional_threat",
           "left_a_body", "left_a_pact", "protest_announced", "pact_judged", "credited", "threat_on_condition"]


def partnered_act(ctx: Ctx, d: Draft) -> Draft | None:
    """"The army attacked rebel positions in partnership with local militias": an act done "in" partnership,
    cooperation or coordination "with" someone is cooperation with them, whatever else its noun may name (ties)."""
    if d.hit.cue.pos != "N" or d.plover == "COOPERATE" or not args.partnered(ctx, d.hit.tok):
        return None
    return replace(d, plover="COOPERATE")


def joint_drill(ctx: Ctx, d: Draft) -> Stop | None:
    """"South Korea and the United States began joint military exercises": a joint exercise or drill is the sides'
    cooperation (COOPERATE, coded through "joint"), no show of force by each."""
    if d.plover != "MOBILIZE" or d.hit.cue.pos != "N" or not any(
            c.dep_ == "amod" and c.lower_ == "joint" for c in kids_of(d.hit.tok)):
        return None
    return Stop("a joint exercise: cooperation, coded through 'joint'")


_BACKING = frozenset({"back", "backing", "support"})


def armed_backing(ctx: Ctx, d: Draft) -> Draft | None:
    """"Nigerian troops, backed by Chadian soldiers, attacked Boko Haram", "Chadian forces supported Malian troops
    in the battle": one state's forces backing another's in the field is joint material action (COOPERATE), not
    praise ("Haftar is backed by Egypt": a state's backing stays SUPPORT)."""
    if d.plover != "SUPPORT" or d.hit.tok.lemma_ not in _BACKING or not d.source or not d.targets:
        return None
    homes = [ctx.res.affiliation(a) for a in d.source + d.targets]
    if not all(h and ctx.res.actors.armed_forces(h) == a for a, h in zip(d.source + d.targets, homes)) \
            or set(homes[:len(d.source)]) & set(homes[len(d.source):]):
        return None
    return replace(d, plover="COOPERATE")


def deal_backed_by_party(ctx: Ctx, d: Draft) -> Draft | None:
    """"Hamas said it supports a ceasefire with Israel", "Israel's cabinet backed the truce deal with Hamas": a side
    backing a deal or ceasefire "with" the other side accepts it (AGREE, aimed at that side), as a third party backing
    a deal "between" the two supports it."""
    tok = d.hit.tok
    if d.plover != "SUPPORT" or not d.hit.cue.verbal or tok.lemma_ not in _BACKING:
        return None
    objs = args.children(tok, {"dobj", "conj"})  # ("backed the ceasefire deal with Hamas", "deal" parsed as a verb)
    deals = [o for o in objs + [c for o in objs for c in args.children(o, {"conj"})]
             if issue_kind(o.lemma_) in {"agreement", "ceasefire"}]
    sides = tuple(r for n in deals + [tok] for _, o in args.prep_objects(n, ("with",)) for r in ctx.res.refs_all(o)
                  if r not in d.source)
    return replace(d, plover="AGREE", targets=sides) if deals and sides else None


def labour_strike(ctx: Ctx, d: Draft) -> Draft | None:
    """"Kenyan doctors have been on strike for three weeks", "teachers remain on strike": a strike one is "on" is a
    stoppage of work (PROTEST), not a blow."""
    tok = d.hit.tok
    if d.plover != "ASSAULT" or d.hit.cue.pos != "N" or tok.lower_ != "strike" or tok.dep_ != "pobj" \
            or tok.head.lower_ != "on" or tok.head.head.pos_ not in {"VERB", "AUX"} \
            or any(c.dep_ in {"det", "poss", "nummod"} for c in kids_of(tok)):  # ("relied on the strike")
        return None
    return replace(d, plover="PROTEST")


def verbal_attack(ctx: Ctx, d: Draft) -> Draft | None:
    """"Trump attacked the newspaper for refusing to support him", "attacked the newspaper on social media":
    attacking someone for what they did, or in words, is criticism (ACCUSE), not force."""
    tok = d.hit.tok
    if d.plover != "ASSAULT" or not d.hit.cue.verbal:
        return None
    if _retort(ctx, d) or _joined_with_words(ctx, tok):
        return replace(d, plover="ACCUSE")
    if not any(c.dep_ == "dobj" for c in kids_of(tok)):
        return None
    said = any({o.lemma_, o.lower_} & ctx.lex.of("medium") for _, o in args.prep_objects(tok, ("on", "in")))  # "on media"
    said = said or _over_reason(tok) and bool(d.targets) and all(ctx.res.kind(t) == "person" for t in d.targets)
    stake = ctx.lex.of("stake") if _armed(ctx, d.source) or _armed(ctx, d.targets, states=True) else frozenset()
    if not said and not any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pcomp" or g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
            and g.lemma_ not in stake for g in kids_of(c))
            for c in kids_of(tok)):
        return None  # "fought for months", "fought for independence", "battling the army for control of Khartoum":
        # force, and no one criticised
    return replace(d, plover="ACCUSE")


def _armed(ctx: Ctx, actors: tuple[str, ...], states: bool = False) -> bool:
    """Is any of ``actors`` an armed group or a state's forces (or, with ``states``, a state): "battling the army for
    control of Khartoum", "fighting Ukraine for control of Bakhmut" are force; "battling the Supreme Court for power"
    is not?"""
    return any((a := ctx.res.actor(x)) is not None and (a.category == "armed_groups" or x.endswith("_ARMED_FORCES")
                                                         or states and a.kind == "state") for x in actors)


def _joined_with_words(ctx: Ctx, tok) -> bool:
    """"the group was smearing and attacking Beijing": an attack joined to a criticism is made in words."""
    joined = [tok.head] if tok.dep_ == "conj" else []
    joined += [c for c in kids_of(tok) if c.dep_ == "conj"]
    return any((hit := ctx.cues.at(x)) is not None and hit.cue.plover == "ACCUSE" and hit.cue.verbal for x in joined)


def _retort(ctx: Ctx, d: Draft) -> bool:
    """"Kagame fired back at Belgium", "the minister hit back at his critics", "China fired back at the United States
    over the tariffs": a person answering back at someone, or anyone answering back over a grievance, with no
    weapon named, answers in words (not "Russian forces fired back at Ukrainian positions")."""
    tok = d.hit.tok
    return any(c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in kids_of(tok)) \
        and not any(c.dep_ == "dobj" for c in kids_of(tok)) and bool(d.source) \
        and (all(ctx.res.kind(s) == "person" for s in d.source) or _over_reason(tok))


#: named entities that "over" may name as a place or a time, not as a grievance ("over the weekend", "over Kyiv")
_OVER_PLACE = {"DATE", "TIME", "GPE", "LOC", "FAC"}


def _over_reason(tok: Token) -> bool:
    """"attacked Biden over his handling of the border", "fired back at Washington over the tariffs": "over" names
    a grievance (not a time, a place or a border: "over the weekend", "over the border")."""
    return any(o.ent_type_ not in _OVER_PLACE and o.lemma_ not in {"border", "frontier", "territory", "sky"}
               for _, o in args.prep_objects(tok, ("over",)))


def warning(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Israel warned Hezbollah that it would respond" is THREATEN; "warned against foreign interference"
    is REJECT; "warned of a looming famine" is no threat, but "warned of an IS resurgence" accuses IS;
    "warned the Philippines to stop its provocations" asks something of them (REQUEST)."""
    tok = d.hit.tok
    if d.hit.cue.pos != "V" or "warn" not in d.flags:
        return None
    against = [o for _, o in args.prep_objects(tok, ("against",))]
    warned = tuple(r for o in args.children(tok, {"dobj"}) for r in ctx.res.refs_all(o) if r not in d.source)
    if against:  # "warned the United States against any attack": at the warned when no one's attack is named
        return replace(d, plover="REJECT", targets=_owners(ctx, against, d.source) or warned)
    preps = args.children(tok, {"prep"}) + [p for o in args.children(tok, {"dobj"}) for p in args.children(o, {"prep"})]
    if any(p.lower_ == "against" and args.children(p, {"pcomp"}) for p in preps):  # (with "against" hung on the warned)
        return replace(d, plover="REJECT", targets=warned)  # "warned the United States against interfering"
    content = args.children(tok, {"ccomp", "xcomp"})
    if own := [c for c in content if _own_act(ctx, c, d.source)]:
        if any(_refused(ctx, c) for c in own):
            d = replace(d, plover="REJECT", targets=d.targets or (OTHER_SIDE,))
        return _not_at_own_side(ctx, d, content) or d
    if warned and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(c)) for c in content):
        return replace(d, plover="REQUEST", targets=warned)  # "warned Manila to stop its provocations": a demand
    conditions = [a for c in content for a in c.subtree if a.dep_ == "advcl" and args.conditional(a)]
    if conditions and any(_will(c) for c in content):  # "if the group broke the terms, Israel would ..."
        found = tuple(r for a in conditions for r in args.subject(ctx, a) if r not in d.source)
        if found or d.targets:  # ("the war could spread if the attacks did not stop": a danger, see below)
            return replace(d, targets=found or d.targets)
    if paid := _penalty(ctx, content, d.source):
        return replace(d, plover="THREATEN", targets=paid)
    if answer := _own_answer(ctx, d, warned):
        return answer
    blamed = _owners(ctx, [o for _, o in args.prep_objects(tok, ("of", "about"))], d.source) or tuple(
        r for c in content if ctx.cues.at(c) and ctx.cues.at(c).cue.plover in HARM
        for r in args.subject(ctx, c) if r not in d.source)
    if blamed:
        return replace(d, plover="ACCUSE", targets=blamed)
    return Stop("a warning of a danger, not a threat of the warner's own act")


def _own_answer(ctx: Ctx, d: Draft, warned: tuple[str, ...]) -> Draft | None:
    """"Pyongyang warned of overwhelming action against the drills", "warned of retaliation": an answer that no one
    else owns is the warner's own, a threat at whom it is against (else whom the warning is told to)."""
    for o in args.prep_objects(d.hit.tok, ("of",)):
        noun = o[1]
        if noun.lemma_ in ctx.lex.of("response") and not _owners(ctx, [noun], d.source):
            at = _owners(ctx, [x for _, x in args.prep_objects(noun, ("against", "on", "for"))], d.source)
            return replace(d, plover="THREATEN", targets=at or warned or d.targets)
    return None


def _penalty(ctx: Ctx, content: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """"warned Seoul would pay a heavy price", "warned that Washington would face consequences", "would regret it":
    a price another state or person will pay is the warner's threat at them (not "civilians would pay the price",
    a danger to a group)."""
    words = ctx.lex.of("penalty")
    mine = args.own_side(ctx, source)
    return tuple(dict.fromkeys(
        r for c in content if _will(c) and (c.lemma_ in words or any(
            o.dep_ in {"dobj", "advmod"} and o.lemma_ in words for o in kids_of(c)))
        for r in args.subject(ctx, c)
        if r not in mine and ctx.res.affiliation(r) not in mine and ctx.res.kind(r) != "group"))


def _owners(ctx: Ctx, toks: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """Actors named by, or owning, the given noun phrases ("against Iran", "of an IS resurgence")."""
    out: list[str] = []
    for tok in toks:
        by = tuple(r for _, o in args.prep_objects(tok, ("by",)) for r in ctx.res.refs_all(o))
        for r in ctx.res.refs_all(tok) or tuple(ctx.res._modifier_actors(tok)) or by:
            if r not in source and r not in out:
                out.append(r)
    return tuple(out)


def _will(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "could", "shall"} for c in kids_of(verb))


def _own_act(ctx: Ctx, verb: Token, source: tuple[str, ...]) -> bool:
    """Does a warning's content announce an act of the warner's side ("it would respond", "there will
    be a response", "we will strike")?"""
    subj = next((c for c in kids_of(verb) if c.dep_ in args.SUBJ | args.PASS_SUBJ | {"expl"}), None)
    if not _will(verb) or subj is None:
        return False
    if subj.lower_ in {"there", "we", "i"} or _met_with_force(ctx, verb):
        return True
    refs = ctx.res.refs_all(subj)
    mine = args.own_side(ctx, source)
    return bool(refs) and all(r in mine or ctx.res.affiliation(r) in mine for r in refs)


def _refused(ctx: Ctx, verb: Token) -> bool:
    """"Israel warned it would reject any deal", "warned Washington that it would not negotiate under threats": a
    warning that the warner's side will refuse, or will not do something the other side wants of it, is a refusal."""
    hit = ctx.cues.at(verb)
    if hit is None:
        return False
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in kids_of(verb))
    return hit.cue.plover == "REJECT" and not negated or negated and clause.refusal(verb) and hit.cue.plover in {
        "AGREE", "CONSULT", "COOPERATE", "CONCEDE", "SUPPORT", "RETREAT"}


def _not_at_own_side(ctx: Ctx, d: Draft, content: list[Token]) -> Draft | None:
    """"Kim Jong Un warned that his country would use nuclear weapons if attacked": the warner's own side, named as
    who will act, is not whom the threat is aimed at; whom its answer is "to" or "against" is ("warned that Iran
    would respond to any Israeli aggression": Israel)."""
    answered = _owners(ctx, [o for c in content for _, o in args.prep_objects(c, ("to", "against"))], d.source)
    targets = args.others(ctx, d.targets, d.source) or args.others(ctx, answered, d.source)
    return replace(d, targets=targets) if targets != d.targets else None


def _met_with_force(ctx: Ctx, verb: Token) -> bool:
    """"any intervention would be met with force", "provocations will be met with a strong response": an answer
    told in the passive with no one named to give it is the warner's own."""
    answers = ctx.lex.of("force") | ctx.lex.of("response")
    return verb.lemma_ == "meet" and args.passive(verb) and not any(args.prep_objects(verb, ("by",))) and any(
        o.lemma_ in answers for _, o in args.prep_objects(verb, ("with",)))


def _answered(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """"Iran vowed a crushing response to any Israeli attack", "vowed to retaliate against any Israeli strike": a vow
    of force that answers an act is aimed at whose act it answers."""
    vowed = args.children(d.hit.tok, {"dobj", "xcomp"})
    return args.others(ctx, _owners(ctx, [o for v in vowed for _, o in args.prep_objects(v, ("to", "against"))],
                                    d.source), d.source)


def _past_trigger(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """"China vowed countermeasures following the U.S.'s arms sale to Taiwan", "vowed to retaliate after Israel's
    strike on its consulate": a vow of force that follows an act is aimed at its doer, not at whom that act
    reached; targets named outside that act stand."""
    trigger = next((t for t in d.hit.tok.subtree if clause.is_trigger(t)), None)
    if trigger is None:
        return d.targets
    inside = {r for t in trigger.subtree for r in ctx.res.refs(t)}
    if outside := tuple(t for t in d.targets if t not in inside):
        return outside
    acts = [c for c in kids_of(trigger) if c.dep_ in {"pobj", "dobj", "pcomp"}]
    doers = [k for a in acts for k in kids_of(a) if k.dep_ in {"poss", "nsubj", "amod", "compound"}]
    return args.others(ctx, tuple(r for k in doers for r in ctx.res.refs(k) if r not in d.source), d.source)


def mediators_propose(ctx: Ctx, d: Draft) -> Draft | None:
    """"a plan proposed by mediators", "Egyptian mediators presented a new proposal": mediators putting a plan
    forward are mediating."""
    if d.hit.cue.position == "proposes" and d.source and (all(ctx.res.kind(s) == "group" for s in d.source)
                                                          or args.by_mediators(d.hit.tok)):
        return replace(d, plover="CONSULT", mediating=True)
    return None


def answered_with_force(ctx: Ctx, d: Draft) -> Draft | None:
    """"Any attack on Iran will be met with a crushing response, Iran's army chief said", "any Israeli attack on
    Lebanon would trigger a full-scale war, Hezbollah warned": a side saying that any act against it will be answered
    by force threatens whoever would do it (the other side when no one is named)."""
    tok = d.hit.tok
    if d.plover not in HARM or d.hit.cue.verbal or not d.speaker or tok.dep_ not in {"nsubj", "nsubjpass"} \
            or not any(c.lower_ == "any" for c in kids_of(tok)) or commentator(ctx, d.speaker):
        return None
    mine = args.own_side(ctx, d.speaker)
    if not any(t in mine or ctx.res.affiliation(t) in mine for t in d.targets) or not _force_answer(ctx, tok.head):
        return None  # ("the UN warned that any attack on Rafah would lead to war": a danger, no threat)
    doers = args.others(ctx, d.source, d.speaker)
    return replace(d, plover="THREATEN", source=d.speaker, mode="asserted", targets=doers or (OTHER_SIDE,))


def _force_answer(ctx: Ctx, verb: Token) -> bool:
    """Does ``verb`` answer its subject with force ("will be met with a response", "would trigger a war")?"""
    objs = args.children(verb, {"dobj", "attr"}) + [o for _, o in args.prep_objects(verb, ("with", "in", "to"))]
    force = ctx.lex.of("force")
    return any(o.lemma_ in force or o.lower_ in force for o in objs)


def pledge(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"vowed to strike hard" is THREATEN; "pledged to withdraw" is coded as the withdrawal."""
    if "pledge" not in d.flags:
        return None
    if clause.content_is_force(ctx, d.hit.tok):
        sent_to = _sent_to(ctx, d.hit.tok)
        aimed = tuple(t for t in _past_trigger(ctx, d) or _answered(ctx, d) if t not in sent_to)
        return replace(d, plover="THREATEN", targets=aimed)
    if clause.restraint_pledged(ctx, d.hit.tok):
        return replace(d, plover="AGREE")  # "Hamas pledged not to attack Israeli civilians": a pledge, no threat
    if clause.content_cue(ctx, d.hit.tok):
        return Stop("the pledged event is coded for the pledger")
    return None


def _sent_to(ctx: Ctx, pledge: Token) -> set[str]:
    """"Kenya pledged to send police officers to Haiti", "vowed to deploy nuclear weapons to Belarus": where pledged
    forces are to go is no one they threaten."""
    return {r for t in pledge.subtree if (hit := ctx.cues.at(t)) is not None and hit.cue.plover == "MOBILIZE"
            for _, o in args.prep_objects(t, ("to",)) for r in ctx.res.refs_all(o)}


def wished_talks(ctx: Ctx, d: Draft) -> Draft | None:
    """"Trump said he wants to meet Putin", "Iran expressed readiness to resume talks with the U.S.", "sought to
    engage with the Taliban", "happy to meet Museveni": talks wished, sought or offered are a stated intent to talk (AGREE), not talks held
    (unlike "plans to meet", which are scheduled)."""
    tok = d.hit.tok
    head = tok.head
    if d.plover == "REQUEST" and d.source and (partner := _talks_called_for(ctx, d)):
        return replace(d, plover="AGREE", targets=partner)  # "Maduro called for talks with Trump"
    if d.plover == "CONSULT" and d.hit.cue.verbal and d.mode == "future" and any(
            c.dep_ == "advmod" and c.lower_ == "only" for c in kids_of(tok)):
        return replace(d, plover="AGREE", mode="asserted")  # "will only talk with Maduro to negotiate his exit": on
        # its terms, talks are offered, none are scheduled
    if d.plover == "CONSULT" and d.hit.cue.verbal and d.mode != "negated" and _pledged(ctx, tok):
        return replace(d, plover="AGREE", mode="asserted")  # "vowed to resolve the dispute by meeting Museveni"
    if d.plover != "CONSULT" or not d.hit.cue.verbal or tok.dep_ not in {"xcomp", "acl"} or not (
            _wishing(ctx, head) or head.lower_ in ctx.lex.of("willing")):
        return None  # ("said he was happy to meet Museveni", "hoped to meet": an offer or a wish, no meeting)
    owner = args.noun_source(ctx, tok.head) if tok.dep_ == "acl" and not d.source else ()  # "Iran's readiness to"
    return replace(d, plover="AGREE", source=d.source or owner, source_given=d.source_given or bool(owner))


def talks_of_others(ctx: Ctx, d: Draft) -> Draft | None:
    """"Saudi Arabia and the US are keen to resume formal talks between the delegations": talks between others that
    a side is keen on or hopes for are its stated intent (AGREE), towards no one: the sides talk with each other,
    not with it (an offer to host or mediate them is made to each side)."""
    if d.plover != "AGREE" or not d.targets or not d.source:
        return None
    sides: set[str] = set()
    if any((hit := ctx.cues.at(t)) is not None and hit.cue.words[0] in {"host", "convene"} for t in d.hit.tok.subtree):
        return None  # "ready to host a meeting between Putin and Zelenskyy": an offer made to each side
    for t in d.hit.tok.subtree:
        if t.lower_ == "between" and t.dep_ == "prep" and _talks(ctx, t.head):
            sides |= {r for o in args.children(t, {"pobj"}) for r in ctx.res.refs_all(o)}
    own = {a for s in d.source for a in (s, ctx.res.affiliation(s)) if a}
    if not sides or not set(d.targets) <= sides or own & {a for s in sides for a in (s, ctx.res.affiliation(s))}:
        return None
    return replace(d, targets=())


def offered_talks(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Qatar hopes to host talks between Hamas and Israel", "Norway offered to host talks between the government and
    the rebels", "Washington and Seoul have offered talks without preconditions": talks that a side wishes, seeks or
    offers (to hold) are not held (the wish or the offer is its own AGREE); "Russia wants talks with Ukraine" is its
    stated intent to talk with Ukraine; so is a meeting it wants the next step to be."""
    tok = d.hit.tok
    if d.plover != "CONSULT" or d.hit.cue.verbal or tok.dep_ not in {"dobj", "attr", "pobj"}:
        return None
    verb = tok.head
    if tok.dep_ == "pobj":  # "We want to return to the negotiations between Iran and the United States"
        if verb.dep_ != "prep" or verb.head.dep_ != "xcomp" or verb.head.pos_ != "VERB":
            return None
        verb = verb.head
    if tok.dep_ == "attr":  # "Ukraine wants the next step to be a meeting between Zelenskyy and Putin": wished
        if verb.lemma_ != "be" or verb.dep_ not in {"ccomp", "xcomp", "relcl"}:
            return None
        verb = verb.head.head if verb.dep_ == "relcl" and verb.head.dep_ == "dobj" else verb.head  # (parsed with
        # "to be" on "the next step")
    if _wishing(ctx, verb) or verb.lemma_ in {"offer", "propose"} or verb.dep_ == "xcomp" and (
            _wishing(ctx, verb.head) or verb.head.lemma_ == "offer" or verb.head.lower_ in ctx.lex.of("willing")):
        if d.source and d.targets and not d.sides:
            return replace(d, plover="AGREE")
        return Stop("talks a side wishes or offers (to hold) are not held")
    return None


def _pledged(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` a means or part of what a pledge promises ("promised to end the war by negotiating with the ELN",
    "vowed to resolve the dispute by meeting Museveni")? Talks so promised are an intent to talk, not talks held."""
    t = tok
    for _ in range(5):
        if t.dep_ not in {"xcomp", "advcl", "pcomp", "pobj", "prep", "conj"} or t.head.i == t.i \
                or clause.participle_adjunct(t):
            return False  # ("Visiting Baghdad, Pezeshkian vowed to deepen ties": the visit is made, not pledged)
        t = t.head
        if (hit := ctx.cues.at(t)) is not None and "pledge" in hit.cue.flags and hit.tok.i == t.i:
            return True
    return False


def _wishing(ctx: Ctx, verb: Token) -> bool:
    """Is ``verb`` a verb of wanting or seeking ("hopes" or "hoped", which the tagger may read as "hop"; "would
    like to")?"""
    intent = ctx.lex.of("intent")
    return verb.lemma_ in intent or verb.lower_ in clause.HOPE or verb.tag_ == "VBZ" and verb.lower_[:-1] in intent \
        or verb.lemma_ in {"like", "love"} and any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in kids_of(verb))


def _talks(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` talks, a CONSULT cue or the noun of one ("resume talks")? A mediation ("offered to mediate between
    Russia and Ukraine") is offered to the sides, not held between them."""
    hit = ctx.cues.at(tok) or ctx.cues.at(tok.head)
    return hit is not None and hit.cue.plover == "CONSULT" and tok.i in (hit.tok.i, *hit.parts) \
        and "mediate" not in hit.cue.flags


def _talks_called_for(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """"Maduro called for talks with Trump", "called for dialogue with the opposition": a side that calls for
    talks "with" another (not "between" others, which a third party urges) wishes to talk with it."""
    tok = d.hit.tok
    if d.targets or tok.lemma_ != "call" or "for" not in d.hit.cue.words:
        return ()
    asked = [o for _, o in args.prep_objects(tok, ("for",))]
    talks = [o for o in asked if (hit := ctx.cues.at(o)) is not None and hit.cue.plover == "CONSULT"]
    return tuple(dict.fromkeys(r for t in talks for _, w in args.prep_objects(t, ("with",))
                               for r in ctx.res.refs_all(w) if r not in d.source))


def reported_breach(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Kurti said Serbia had reneged on the deal", "according to Damascus, Israel violated its sovereignty":
    the speaker accuses Serbia; "said Serbia had not reneged", "bears no responsibility" and a duty ("bears
    responsibility for guaranteeing the deal") accuse no one."""
    if "report" not in d.flags:
        return None
    if any(ctx.doc[i].dep_ == "nsubj" or ctx.doc[i].dep_ == "nsubjpass" and not args.children(d.hit.tok, {"agent"})
           for i in d.hit.parts if ctx.doc[i].head.i == d.hit.tok.i):  # "Qatar said the talks had stalled" (but "said
        return Stop("what the verb tells of is its subject: no one's breach")  # the massacre was committed by X": X's)
    if not d.source and (judged := pact_judged(ctx, d)):
        return judged
    if any(o.lower_ in ctx.lex.of("praise") for i in d.hit.parts for _, o in args.prep_objects(ctx.doc[i], ("of",))):
        return Stop("a deed praised, not a breach")  # "committed acts of bravery"
    told, bound = d.speaker or _according_to(ctx, d.hit.tok), _bound(ctx, d.hit.tok) or _purposed(ctx, d.hit.tok)
    if not told or not d.source and not bound:
        return Stop("a breach no one reports")
    if d.mode == "negated" or any(c.dep_ == "det" and c.lower_ == "no" for i in d.hit.parts for c in kids_of(ctx.doc[i])):
        return Stop("negated")
    if any(c.dep_ == "prep" and c.lower_ == "for" and args.children(c, {"pcomp"}) for i in d.hit.parts
           for c in kids_of(ctx.doc[i])):
        return Stop("a duty, not a breach")  # "bore responsibility for guaranteeing the deal"
    acts = [s for s in args.children(d.hit.tok, args.SUBJ) if s.pos_ == "NOUN" and not ctx.res.refs_all(s)]
    doers = tuple(ctx.res._modifier_actors(acts[0], of=False)) if acts else ()  # "Russia's treatment of prisoners
    return replace(d, source=told, targets=doers or bound or d.source, plover="ACCUSE", mode="asserted")  # amounts to"


def _purposed(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """"the EU's actions were aimed at obstructing the talks", "Israel's measures are designed to undermine the
    ceasefire": a harm that what someone does is meant for is that someone's (the owner of the passive's subject)."""
    carrier = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head if tok.dep_ == "xcomp" else None
    if carrier is None or carrier is tok or not args.children(carrier, {"auxpass"}):
        return ()
    acts = [s for s in args.children(carrier, {"nsubjpass"}) if s.pos_ == "NOUN" and not ctx.res.refs_all(s)]
    return tuple(r for a in acts for r in ctx.res._modifier_actors(a, of=False))


def _bound(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """"It violates Thailand's treaty obligations": whoever breaks a side's obligations or commitments is that side."""
    duties = [o for o in args.children(tok, {"dobj"}) if o.lemma_ in ctx.lex.of("duty")]
    return tuple(r for o in duties for c in kids_of(o) if c.dep_ == "poss" for r in ctx.res.refs_all(c))


def pact_judged(ctx: Ctx, d: Draft) -> Draft | None:
    """"Critics say the agreement could threaten the security of the base", "Israel said the plan would undermine
    its security": a speaker who says a deal or a plan would harm something rejects it (aimed at whose it is, if
    named), a verdict made now."""
    deals = [s for s in args.children(d.hit.tok, {"nsubj"}) if s.lemma_ in ctx.lex.of("pact") or (
        (m := ctx.issues.by_token.get(s.i)) is not None and m.kind in {"agreement", "proposal"})]
    if not deals or not d.speaker or d.mode == "negated":
        return None
    owners = tuple(r for s in deals for r in ctx.res._modifier_actors(s) if r not in d.speaker)
    return replace(d, plover="REJECT", source=d.speaker, targets=owners, mode="asserted")


def _according_to(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """Who an "according to X" of the sentence names as telling it."""
    source = clause.according_to(ctx, ctx.res.words.sent(tok))
    return ctx.res.refs_all(source) if source is not None else ()


def weighed_sanction(ctx: Ctx, d: Draft) -> Draft | None:
    """"The EU is considering sanctions on Russia", "is weighing imposing tariffs", "is considering a quarantine or
    a blockade of Cuba": a sanction or a blockade weighed in public is a threat of it, not a measure imposed."""
    tok = d.hit.tok
    held = tok.head if tok.dep_ == "conj" else tok  # ("a quarantine or a blockade": the blockade, joined)
    weighed = held.dep_ in {"dobj", "xcomp"} and held.head.lemma_ in ctx.lex.of("weigh")
    if d.plover not in {"SANCTION", "COERCE"} or not weighed or d.mode == "negated":
        return None
    return replace(d, plover="THREATEN", mode="asserted")


def conditional_threat(ctx: Ctx, d: Draft) -> Draft | None:
    """"If Europe follows through, he will impose the 200% tariff": force or a sanction promised on a
    condition is a threat, aimed at whoever the condition names ("it would take countermeasures if the United States
    sold arms to Taiwan": the noun's verb)."""
    tok = d.hit.tok.head if d.hit.tok.pos_ == "NOUN" and d.hit.tok.dep_ == "dobj" else d.hit.tok
    if d.plover not in HARM or not _will(tok):
        return None
    answered = _any_act_answered(ctx, tok)
    if not answered and not any(a.dep_ == "advcl" and args.conditional(a) for a in kids_of(tok)):
        return None
    if commentator(ctx, d.speaker) and not set(d.source) & set(d.speaker):
        return Stop("a commentator's forecast of what another would do, not a threat made")
    if _other_side(ctx, d.speaker, d.source):
        return Stop("a forecast of what the other side would do, not a threat it made")
    targets = args.condition_subjects(ctx, tok, d.source) or args.others(ctx, _owners(ctx, answered, d.source),
                                                                         d.source) or d.targets
    return replace(d, plover="THREATEN", mode="asserted", targets=targets)  # the threat is made now


def _any_act_answered(ctx: Ctx, verb: Token) -> list[Token]:
    """"Russia said it would retaliate against any strike on its territory": an act of force or a sanction to come
    "against" or "in response to" any hostile act answers it, as on a condition."""
    hostile = [o for _, o in args.prep_objects(verb, ("against", "to")) if (h := ctx.cues.at(o)) is not None
               and h.cue.plover in HARM and not h.cue.verbal]
    return [o for o in hostile if any(c.dep_ == "det" and c.lower_ == "any" for c in kids_of(o))]


def threat_on_condition(ctx: Ctx, d: Draft) -> Draft | None:
    """"The US has threatened to close its embassy if the Iraqi government does not act": a threat made on a
    condition, aimed at no one but the threatener's own side, is aimed at whom the condition names."""
    if d.plover != "THREATEN" or not d.hit.cue.verbal or not d.source:
        return None
    if args.others(ctx, d.targets, d.source):
        return None
    verbs = [d.hit.tok, *args.children(d.hit.tok, {"xcomp"})]
    whom = tuple(dict.fromkeys(args.others(ctx, [r for v in verbs for r in args.condition_subjects(ctx, v, d.source)],
                                           d.source)))
    return replace(d, targets=whom) if whom else None


def announced_force(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Geza said that he would mobilize public protests to push Mnangagwa out of office", "Iran said it would
    strike Israel": force or pressure that a speaker says its own side will use is a threat made now."""
    held_out = d.mode == "hypothetical" and d.plover in THREAT_HELD_OUT and clause.modal_only(ctx, d.hit.tok)
    if clause.offered_harm(ctx, d.hit.tok):  # "the EU is ready to impose sanctions on Moscow"
        if d.source and d.mode != "negated" and (
                not d.speaker or set(d.source) <= set(d.speaker) or clause.speaks_for(ctx, d.speaker, d.source)):
            return replace(d, plover="THREATEN", mode="asserted")
        return Stop("readiness told by someone else: not a threat made")
    if not (d.plover in _ANNOUNCED and d.mode == "future" or held_out) or not d.speaker or not d.source:
        return None  # ("Iran said it could strike Israeli bases", "said it may slap tariffs": held out, a threat too)
    if not (set(d.source) <= set(d.speaker) or clause.speaks_for(ctx, d.speaker, d.source)):
        return None  # ("Blinken said Israel would strike Rafah": a report of another's plan)
    return None if commentator(ctx, d.speaker) else replace(d, plover="THREATEN", mode="asserted",
                                                            targets=_held_until(ctx, d) or d.targets)


def _held_until(ctx: Ctx, d: Draft) -> tuple[str, ...]:
    """"The Houthis say they will not stop their attacks until Israel halts its offensive": the side whose act the
    force waits for is whom the threat is aimed at."""
    verb = d.hit.tok.head if d.hit.tok.pos_ == "NOUN" and d.hit.tok.dep_ == "dobj" else d.hit.tok
    waits = [c for c in kids_of(verb) if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"until", "unless"}
                                                                    for m in kids_of(c))]
    return tuple(r for c in waits for r in args.subject(ctx, c) if r not in d.source
                 and ctx.res.kind(r) in {"state", "organization"})  # (not "until the Palestinian people receive aid")


#: acts that a speaker's side announcing them threatens
_ANNOUNCED = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def _other_side(ctx: Ctx, speaker: tuple[str, ...], source: tuple[str, ...]) -> bool:
    """"Ukraine's defense minister said Russia could launch a new offensive if Western aid slows": the speaker
    and the source act for different states, so the speaker tells what the other would do."""
    theirs = {s for x in source if (s := _side(ctx, x))}
    ours = {s for x in speaker if (s := _side(ctx, x))}
    return bool(theirs and ours and not theirs & ours)


def _side(ctx: Ctx, actor_id: str) -> str | None:
    """The state an actor acts for, else the body it acts for or is (an armed group, its spokesman); None for
    a person whose side the article does not tell."""
    side = who.state_of(ctx, actor_id) or ctx.res.affiliation(actor_id)
    return side or (actor_id if ctx.res.kind(actor_id) != "person" else None)


def protest_announced(ctx: Ctx, d: Draft) -> Draft | None:
    """"Geza said that he would mobilize public protests to push President Mnangagwa out of office": a protest
    announced against someone is a threat of it (CAMEO 133, threaten with protest), made now."""
    if d.plover != "PROTEST" or d.mode != "future" or not d.targets:
        return None
    return replace(d, plover="THREATEN", mode="asserted")


def commentator(ctx: Ctx, speaker: tuple[str, ...]) -> bool:
    """Is the speaker an analyst, researcher or other commentator ("said Abel Tesfaye, a researcher at ...")?"""
    words = ctx.lex.of("commentator")
    for one in speaker:
        actor = ctx.res.actor(one)
        said = f"{ctx.res.titles.get(one, '')} {actor.label if actor and actor.kind == 'group' else ''}".lower()
        if words & set(said.split()):
            return True
    return False


def left_a_body(ctx: Ctx, d: Draft) -> Draft | None:
    """"Burkina Faso, Mali and Niger withdrew from ECOWAS", "Niger announced its withdrawal from ECOWAS": leaving an
    organisation is a sanction of it, not a retreat of troops."""
    left = d.targets or (tuple(r for _, o in args.prep_objects(d.hit.tok, ("from",)) for r in ctx.res.refs_all(o))
                         if d.hit.cue.pos == "N" else ())  # (the noun's "from" is whom it leaves)
    if d.plover != "RETREAT" or not left or not all(ctx.res.kind(t) == "organization" for t in left):
        return None
    if any((a := ctx.res.actor(t)) is not None and a.category in {"armed_groups", "organs"} for t in left):
        return None
    if any((a := ctx.res.actor(t)) is None or a.origin == "ner" for t in left):
        return None  # "troops withdrew from Avdiivka", a town the tagger took for a body: a retreat from a place
    return replace(d, plover="SANCTION", targets=left)


def left_a_pact(ctx: Ctx, d: Draft) -> Draft | None:
    """"Trump pulled the United States out of the nuclear deal", "Russia withdrew from the grain deal", "Syria
    withdrew its support for the truce": leaving an agreement or withdrawing one's backing rejects it (aimed at whom the deal is with, if named), not a retreat of troops from somewhere."""
    if d.plover != "RETREAT":
        return None
    tok = d.hit.tok
    outs = [tok, *(c for c in kids_of(tok) if c.dep_ in {"prep", "prt"} and c.lower_ == "out")]
    left = [o for t in outs for _, o in args.prep_objects(t, ("from", "of"))] + args.children(tok, {"dobj"})
    left += [a for t in outs for p in kids_of(t) if p.dep_ == "prep" and p.lower_ in {"from", "of"}
             for a in _what_it_was(p)]  # "withdrawing from what could have been the first direct negotiations"
    left = [tok.head if o.tag_ == "WDT" and tok.dep_ == "relcl" else o for o in left]  # "the deal, from which the
    pacts = [o for o in left if o.lemma_ in ctx.lex.of("pact")]  # US withdrew": the deal the pronoun stands for
    backing = [o for o in args.children(tok, {"dobj"}) if (hit := ctx.cues.at(o)) is not None and hit.cue.plover == "SUPPORT"]
    mine = set(d.source)
    if not pacts and not backing:  # ("withdrew its support for the truce": a refusal of it)
        return _left_talks(ctx, d, left, mine)
    return replace(d, plover="REJECT", targets=tuple(dict.fromkeys(
        r for p in pacts for _, o in args.prep_objects(p, ("with",)) for r in ctx.res.refs_all(o) if r not in mine)) + tuple(
        dict.fromkeys(r for b in backing for _, o in args.prep_objects(b, ("for", "of")) for r in ctx.res.refs_all(o) if r not in mine)))


def _what_it_was(prep: Token) -> list[Token]:
    """"from what could have been the first direct talks": the noun a free relative after a preposition names."""
    return [a for c in kids_of(prep) if c.dep_ == "pcomp" and c.lemma_ == "be" and any(
        s.lower_ == "what" for s in args.children(c, {"nsubj"})) for a in args.children(c, {"attr"})]


def _left_talks(ctx: Ctx, d: Draft, left: list, mine: set[str]) -> Draft | None:
    """"Rebel leaders pulled out of peace talks with the government", "withdrew from the talks in Abuja": walking
    out of talks breaks them off (SANCTION, aimed at whom they were with), not a retreat of troops."""
    talks = [o for o in left if o.dep_ in {"pobj", "attr"} and (hit := ctx.cues.at(o)) is not None and hit.cue.plover == "CONSULT"
             and hit.cue.pos == "N"]
    if not talks:
        return None
    return replace(d, plover="SANCTION", targets=tuple(dict.fromkeys(
        r for t in talks for _, o in args.prep_objects(t, ("with",)) for r in ctx.res.refs_all(o) if r not in mine)))


def credited(ctx: Ctx, d: Draft) -> Draft | None:
    """"Moscow attributes the success of the talks to the mediation of the UAE", "ascribed the breakthrough to
    Qatar": a success put down to someone is praise of them, not blame."""
    tok = d.hit.tok
    if d.plover != "ACCUSE" or not d.hit.cue.verbal:
        return None
    if not any(o.lemma_ in ctx.lex.of("praise") for o in args.children(tok, {"dobj", "nsubjpass"})):
        return None
    to = tuple(r for _, o in args.prep_objects(tok, ("to",)) for r in ctx.res.refs_all(o) or ctx.res._modifier_actors(
        o, of=True, pronouns=False) if r not in d.source)
    return replace(d, plover="SUPPORT", targets=to) if to else None


def diplomatic_protest(ctx: Ctx, d: Draft) -> Draft | None:
    """"Seoul protested Tokyo's claims to the islands": a government that protests makes a complaint, an
    accusation; only people and groups take to the streets."""
    if d.plover != "PROTEST" or not d.source or not d.targets:
        return None
    if any(ctx.res.kind(s) in {"group", "person"} for s in d.source):
        return None
    return replace(d, plover="ACCUSE")
