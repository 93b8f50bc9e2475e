"""Coding: the ordered rules that turn a cue and its arguments into events and positions.

A cue starts as a :class:`Draft` (its PLOVER type, no actors yet). Each rule reads the
draft and returns a changed draft (the rule *fired*), :class:`Stop` with the reason the
cue is not coded, or ``None`` (the rule does not apply). :data:`EVENT_RULES` is the order
in which they run; :func:`code_cue` runs them, makes the events and positions and keeps
the trace that ``kg explain`` prints. Cues that state only a position ("weighs the plan")
run :data:`STANCE_RULES`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from kg.extract import args, clause
from kg.extract.context import Ctx
from kg.extract.cues import CueHit
from kg.extract.dates import date_of
from kg.extract.issues import phrase
from kg.extract.mentions import OTHER_SIDE, PARTIES
from kg.lexicon import NO_EVENT, Cue, plover
from kg.model import Position, Relation

__all__ = ["Draft", "Stop", "Outcome", "EVENT_RULES", "STANCE_RULES", "code_cue", "code_sentence", "CAPTIVES"]

CAPTIVES = {"PRISONERS", "HOSTAGES", "POLITICAL_PRISONERS"}


@dataclass(frozen=True, slots=True)
class Draft:
    """A cue on its way to becoming events: what the rules have decided so far."""

    hit: CueHit
    plover: str
    source: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()  # "between A and B"
    speaker: tuple[str, ...] = ()
    mode: str = "asserted"
    source_given: bool = False  # the cue itself names its source (not only "between A and B")
    mediating: bool = False
    conf: float = 0.8
    rule: str = ""  # the last rule that decided who does what to whom, written to relations.csv
    joint: str = ""  # "", "joint" or "between": how the events are spread over the actors
    done: bool = False  # no later rule applies

    @property
    def flags(self) -> frozenset[str]:
        return self.hit.cue.flags


@dataclass(frozen=True, slots=True)
class Stop:
    """The cue is not coded as an event, and why; ``keep_position`` keeps its position on an issue."""

    reason: str
    keep_position: bool = False


Rule = Callable[[Ctx, Draft], "Draft | Stop | None"]


@dataclass
class Outcome:
    """What became of one cue: the rules that fired, its events and positions, or why not."""

    hit: CueHit
    fired: list[tuple[str, str]] = field(default_factory=list)  # (rule name, what it decided)
    relations: list[Relation] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    stopped: str = ""  # why the cue was not coded as an event
    stopped_by: str = ""  # the rule that stopped it


# -- the rules, in the order they run ------------------------------------------------------------

def modal_cue(ctx: Ctx, d: Draft) -> Stop | None:
    """"Hamas needs to accept": a deontic word is coded by :func:`deontic_requests`, not as a cue."""
    return Stop("a deontic word: coded as the speaker's request, if in speech") if "modal" in d.flags else None


def absorbed_cue(ctx: Ctx, d: Draft) -> Stop | None:
    """"urged Hamas to accept the plan": "accept" is coded through "urged"."""
    return Stop("the content of another cue, coded through it") if clause.absorbed(ctx, d.hit.tok) else None


def actor_noun(ctx: Ctx, d: Draft) -> Stop | None:
    """"the mediators": a noun cue that is itself an actor's name is no event."""
    tok = d.hit.tok
    if d.hit.cue.pos == "N" and tok.i in ctx.res.spans and not ctx.res._modifier_actors(tok):
        return Stop("the cue word names an actor")
    return None


def noun_as_modifier(ctx: Ctx, d: Draft) -> Stop | None:
    """"an opposition party", "sanctions monitors", "a hostage release deal": a cue noun that only
    qualifies another noun is no event."""
    tok = d.hit.tok
    if d.hit.cue.pos == "N" and tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ in {"NOUN", "PROPN"}:
        return Stop("the cue noun only qualifies another noun")
    return None


def ended(ctx: Ctx, d: Draft) -> Stop | None:
    """"to halt the fighting", "an end to the war", "stop the attacks": what is to end is the issue, not an
    event of the sentence."""
    tok = d.hit.tok
    if d.hit.cue.pos != "N":
        return None
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ in {"dobj", "pobj", "nsubjpass"} and head.lemma_ in ctx.lex.of("end"):
        return Stop("what is to end is the issue, not an event")
    return None


def threat_made(ctx: Ctx, d: Draft) -> Stop | None:
    """"Trump's threat to impose tariffs" is a threat made; "a growing threat from China", "the China
    threat" and "served as a warning" name a danger, not a THREATEN."""
    tok = d.hit.tok
    if d.hit.cue.pos != "N" or "warn" not in d.flags:
        return None
    content = any(c.dep_ in {"acl", "relcl", "ccomp"} for c in tok.children) or any(
        _act(ctx, o) for _, o in args.prep_objects(tok, ("of",))) or any(
        ctx.res.refs_all(o) for _, o in args.prep_objects(tok, ("against",)))
    danger = tok.dep_ in {"attr", "compound", "oprd"} or (tok.dep_ == "pobj" and tok.head.dep_ == "prep"
                                                        and tok.head.lower_ in {"against", "amid", "from"})
    if content and not danger and not any(p == "from" for p, _ in args.prep_objects(tok, ("from",))):
        return None
    return Stop("a danger named, not a threat made")


def _act(ctx: Ctx, tok: Token) -> bool:
    """Is ``tok`` an act of force or pressure ("the threat of sanctions", "of military action")?"""
    hit = ctx.cues.at(tok)
    return bool(hit and hit.cue.plover in {"ASSAULT", "SANCTION", "COERCE", "MOBILIZE"}) or tok.lower_ in ctx.lex.of("force")


def patient_noun(ctx: Ctx, d: Draft) -> Draft | None:
    """"Mhlanga's arrest", "the release of the hostages": whom a noun is done to is its target; its doer
    is named only with "by" ("the arrest of X by the police")."""
    if d.hit.cue.pos != "N" or "patient" not in d.flags:
        return None
    tok = d.hit.tok
    targets = tuple(ctx.res._modifier_actors(tok))
    source = next((refs for _, o in args.prep_objects(tok, ("by",)) if (refs := ctx.res.refs_all(o))), ())
    return replace(d, source=source, targets=targets, source_given=bool(source)) if source or targets else None


def noun_owner(ctx: Ctx, d: Draft) -> Draft | None:
    """"Israel's proposal", "a visit by Blinken", "Egypt made an offer": who a nominal cue belongs to."""
    if d.hit.cue.pos != "N" or {"patient", "held"} & d.flags or d.source:
        return None
    source = args.noun_source(ctx, d.hit.tok)
    return replace(d, source=source, source_given=bool(source), conf=0.7) if source else None


def named_as(ctx: Ctx, d: Draft) -> Draft | None:
    """"what he called Israel's aggression": whoever names it so accuses its owner."""
    if d.hit.cue.pos != "N" or d.plover not in {"ACCUSE", "ASSAULT"}:
        return None
    who = clause.namer(ctx, d.hit.tok)
    if not who:
        return None
    return replace(d, plover="ACCUSE", targets=d.source, source=who, source_given=True, conf=0.6,
                   done=True)


def verb_subject(ctx: Ctx, d: Draft) -> Draft | None:
    """"Blinken urged Hamas", "the deal was signed by Russia", "urged Hamas to accept" (Hamas accepts)."""
    if not d.hit.cue.verbal:
        return None
    source = args.subject(ctx, d.hit.tok)
    source = tuple(dict.fromkeys(source + args.co_subjects(ctx, d.hit.tok))) if source else source
    return replace(d, source=source, source_given=bool(source)) if source else None


def reported_speech(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """'"Hamas must accept," Borrell said': who speaks; a deontic verb in speech is the speaker's request."""
    _, who = clause.speaker(ctx, d.hit.tok)
    if not who:
        return None
    if d.hit.cue.pos == "V" and clause.deontic(d.hit.tok):
        return Stop("a deontic verb in speech: coded as the speaker's request")
    return replace(d, speaker=who)


def modality(ctx: Ctx, d: Draft) -> Draft | None:
    """"will withdraw" (future), "could strike" (hypothetical), "did not sign" (negated)."""
    mode = clause.mode(ctx, d.hit.tok)
    return replace(d, mode=mode) if mode != d.mode else None


def between_sides(ctx: Ctx, d: Draft) -> Draft | None:
    """"a ceasefire between Israel and Hezbollah": the two sides; they are the source if none is named."""
    sides = args.between(ctx, d.hit.tok)
    if not sides:
        return None
    if not d.source:
        return replace(d, sides=sides, source=sides)
    return replace(d, sides=sides, targets=sides)


def object_target(ctx: Ctx, d: Draft) -> Draft | None:
    """"urged Hamas", "talks with Israel", "sanctions on Venezuela's oil sector", "visited Cairo"."""
    if d.sides or d.targets:
        return None
    found = args.targets(ctx, d.hit, d.source)
    return replace(d, targets=found) if found else None


def verbal_attack(ctx: Ctx, d: Draft) -> Draft | None:
    """"Trump attacked the newspaper for refusing to support him": attacking someone for what they did is
    criticism (ACCUSE), not force."""
    tok = d.hit.tok
    if d.plover != "ASSAULT" or not d.hit.cue.verbal or not any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ in {"pcomp", "pobj"} for g in c.children)
            for c in tok.children):
        return None
    return replace(d, plover="ACCUSE")


def warning(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Israel warned Hezbollah that it would respond" is THREATEN; "warned against foreign interference"
    is REJECT; "warned of a looming famine" is no threat, but "warned of an IS resurgence" accuses IS."""
    tok = d.hit.tok
    if d.hit.cue.pos != "V" or "warn" not in d.flags:
        return None
    against = [o for _, o in args.prep_objects(tok, ("against",))]
    if against:
        return replace(d, plover="REJECT", targets=_owners(ctx, against, d.source))
    content = args.children(tok, {"ccomp", "xcomp"})
    if any(_own_act(ctx, c, d.source) for c in content):
        return None
    conditions = [a for c in content for a in c.subtree if a.dep_ == "advcl" and _conditional(a)]
    if conditions and any(_will(c) for c in content):  # "if the group broke the terms, Israel would ..."
        found = tuple(r for a in conditions for r in args.subject(ctx, a) if r not in d.source)
        return replace(d, targets=found or d.targets)
    blamed = _owners(ctx, [o for _, o in args.prep_objects(tok, ("of", "about"))], d.source) or tuple(
        r for c in content if ctx.cues.at(c) and ctx.cues.at(c).cue.plover in _HARM
        for r in args.subject(ctx, c) if r not in d.source)
    if blamed:
        return replace(d, plover="ACCUSE", targets=blamed)
    return Stop("a warning of a danger, not a threat of the warner's own act")


_HARM = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"}


def _owners(ctx: Ctx, toks: list[Token], source: tuple[str, ...]) -> tuple[str, ...]:
    """Actors named by, or owning, the given noun phrases ("against Iran", "of an IS resurgence")."""
    out: list[str] = []
    for tok in toks:
        by = tuple(r for _, o in args.prep_objects(tok, ("by",)) for r in ctx.res.refs_all(o))
        for r in ctx.res.refs_all(tok) or tuple(ctx.res._modifier_actors(tok)) or by:
            if r not in source and r not in out:
                out.append(r)
    return tuple(out)


def _conditional(tok: Token) -> bool:
    return any(m.lower_ in {"if", "unless"} for m in tok.children if m.dep_ == "mark")


def _will(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "could", "shall"} for c in verb.children)


def _own_act(ctx: Ctx, verb: Token, source: tuple[str, ...]) -> bool:
    """Does a warning's content announce an act of the warner's side ("it would respond", "there will
    be a response", "we will strike")?"""
    subj = next((c for c in verb.children if c.dep_ in args.SUBJ | args.PASS_SUBJ | {"expl"}), None)
    if not _will(verb) or subj is None:
        return False
    if subj.lower_ in {"there", "we", "i"}:
        return True
    refs = ctx.res.refs_all(subj)
    mine = set(source) | {a for s in source if (a := ctx.res.affiliation(s))}
    return bool(refs) and all(r in mine or ctx.res.affiliation(r) in mine for r in refs)


def undergone(ctx: Ctx, d: Draft) -> Draft | None:
    """"Mhlanga faces two charges", "their forces came under attack from Assad loyalists": the subject
    undergoes it; the doer is named with "from"/"by" (else it is the authority's, see below)."""
    if "undergo" not in d.flags or not d.source:
        return None
    doers = tuple(r for p, o in args.prep_objects(d.hit.tok, ("from", "by")) for r in ctx.res.refs_all(o))
    doers += tuple(r for c in args.children(d.hit.tok, {"prep"}) for o in args.children(c, {"pobj"})
                   for p, x in args.prep_objects(o, ("from", "by")) for r in ctx.res.refs_all(x))
    return replace(d, source=doers, targets=d.source)


def denial_of_claims(ctx: Ctx, d: Draft) -> Draft | None:
    """"Beijing denies the allegations", "Berisha rejected the allegations": a denial of what was said
    about the denier aims at who said it, the last actor in the article to accuse it (or charge it)."""
    if d.plover != "REJECT" or d.targets or not d.source:
        return None
    claims = [o for o in args.children(d.hit.tok, {"dobj"}) if o.lower_ in ctx.lex.of("claim")]
    if not claims:
        return None
    mine = set(d.source) | {a for s in d.source if (a := ctx.res.affiliation(s))}
    for r in reversed(ctx.coded):
        if r.plover in {"ACCUSE", "COERCE", "SANCTION"} and (r.target in mine or ctx.res.affiliation(r.target) in mine) \
                and r.source not in mine:
            return replace(d, targets=(r.source,))
    return None


def each_other(ctx: Ctx, d: Draft) -> Draft | None:
    """"Israel and Hamas accused each other": each side towards the other."""
    tok = d.hit.tok
    objects = args.children(tok, {"dobj"}) + [o for _, o in args.prep_objects(tok, ("with", "against", "on", "to"))]
    if len(d.source) < 2 or not any(o.lower_ == "other" and any(c.lower_ == "each" for c in o.children)
                                    or o.lower_ == "another" for o in objects):
        return None
    return replace(d, targets=(), joint="joint")


def welcomed_guest(ctx: Ctx, d: Draft) -> Draft | None:
    """"Zelensky welcomed Biden to Kyiv": welcoming a visitor is hosting him (CONSULT), not praise."""
    if "host" not in d.flags or not d.hit.cue.verbal:
        return None
    guests = [r for o in args.children(d.hit.tok, {"dobj"}) for r in ctx.res.refs(o)
              if ctx.res.kind(r) in {"person", "state"}]
    return replace(d, plover="CONSULT", targets=tuple(guests)) if guests else None


def actor_object(ctx: Ctx, d: Draft) -> Stop | None:
    """"eliminated the group's leader" is an attack, "eliminate tariffs" is none: a cue flagged
    ``object`` is coded only with an actor as its object."""
    return Stop("needs an actor as its object") if "object" in d.flags and not d.targets else None


def actor_left_behind(ctx: Ctx, d: Draft) -> Stop | None:
    """"leave Hamas isolated", "when Turkey leaves the religious policy": leaving an actor or a thing,
    not a place, is no withdrawal."""
    if "place" not in d.flags:
        return None
    objects = args.children(d.hit.tok, {"dobj"})
    if any(ctx.res.refs(o) for o in objects):
        return Stop("its object is an actor, not a place left")
    if objects and not any(o.ent_type_ in {"GPE", "LOC", "FAC"} or o.i in ctx.res.spans for o in objects):
        return Stop("its object is not a place")
    return None


def captives_to_other_side(ctx: Ctx, d: Draft) -> Draft | None:
    """"release the hostages": freeing captives is aimed at the other side."""
    if d.plover in {"CONCEDE", "REJECT", "REQUEST"} and any(t in CAPTIVES for t in d.targets):
        return replace(d, targets=(OTHER_SIDE,))
    return None


def refused_release(ctx: Ctx, d: Draft) -> Draft | None:
    """"refused to commit to freeing Taliban prisoners": aimed at the captives' side."""
    if d.targets or "refuse" not in d.flags:
        return None
    for t in d.hit.tok.subtree:
        span = ctx.res.spans.get(t.i)
        if span and span[2] in CAPTIVES:
            mods = [m for m in ctx.res._modifier_actors(t, of=False, pronouns=False) if ctx.res.kind(m) != "group"]
            if mods:
                return replace(d, targets=(mods[0],))
    return None


def mediators_propose(ctx: Ctx, d: Draft) -> Draft | None:
    """"a plan proposed by mediators": mediators putting a plan forward are mediating."""
    if d.hit.cue.position == "proposes" and d.source and all(ctx.res.kind(s) == "group" for s in d.source):
        return replace(d, plover="CONSULT", mediating=True)
    return None


def pledge(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"vowed to strike hard" is THREATEN; "pledged to withdraw" is coded as the withdrawal."""
    if "pledge" not in d.flags:
        return None
    if clause.content_is_force(ctx, d.hit.tok):
        return replace(d, plover="THREATEN")
    if clause.content_cue(ctx, d.hit.tok):
        return Stop("the pledged event is coded for the pledger")
    return None


def reported_breach(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Kurti said Serbia had reneged on the deal": the speaker accuses Serbia."""
    if "report" not in d.flags:
        return None
    if not d.speaker or not d.source:
        return Stop("a breach no one reports")
    return replace(d, source=d.speaker, targets=d.source, plover="ACCUSE", mode="asserted")


def speaker_for_own_side(ctx: Ctx, d: Draft) -> Draft | None:
    """"Netanyahu said Israel would strike": a speaker stating what its own side does is the source."""
    if d.speaker and d.source and d.source != d.speaker and clause.speaks_for(ctx, d.speaker, d.source):
        return replace(d, source=d.speaker)
    return None


def speaker_as_source(ctx: Ctx, d: Draft) -> Draft | None:
    """'"We urge the Taliban to reverse it," Bennett said', '"I will travel to Kabul," he said': in speech,
    "I", "we" and a verb with no subject stand for the speaker."""
    if d.source or not d.speaker or {"patient", "held"} & d.flags or not clause.spoken_by_source(ctx, d.hit.tok):
        return None
    return replace(d, source=d.speaker) if _first_person(d.hit) else None


def _first_person(hit: CueHit) -> bool:
    """Is the cue said in the first person ("we urge", "our offer"), a verb with no subject of its own, or
    what the speaker says something is ("the group's aim remains an end to this war")?"""
    tok = hit.tok
    if hit.cue.verbal:
        subjects = args.children(tok, args.SUBJ | args.PASS_SUBJ)
        finite = tok.tag_ not in {"VBG", "VBN", "JJ"} and tok.dep_ in {"ROOT", "ccomp", "conj", "parataxis"}
        aim = tok.tag_ == "VB" and (tok.dep_ == "acl" or tok.dep_ == "xcomp" and tok.head.lemma_ == "be")  # "interest to end"
        return (not subjects and (finite or aim)) or any(s.lower_ in {"i", "we"} for s in subjects)
    return tok.dep_ == "attr" or any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in tok.children)


def held(ctx: Ctx, d: Draft) -> Draft | None:
    """"all eight remain in Thai custody", "had been in pretrial detention since September", "remain under
    international sanctions": who is held is the target; the holder is named with the noun ("Thai", "of
    the immigration bureau", "U.S. sanctions") or is the authority."""
    tok = d.hit.tok
    under = tok.dep_ == "pobj" and tok.head.lower_ == "under"  # "remain under international sanctions"
    if d.hit.cue.pos != "N" or not ("held" in d.flags or under or (
            "patient" in d.flags and tok.dep_ == "pobj" and tok.head.lower_ == "in")):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    held_ones = args.subject(ctx, verb) if verb.pos_ in {"VERB", "AUX"} else ()
    holder = tuple(r for r in ctx.res._modifier_actors(tok) if r not in held_ones)
    return replace(d, source=holder, targets=held_ones or d.targets) if held_ones or holder else None


def expelled_from(ctx: Ctx, d: Draft) -> Draft | None:
    """"Geza was expelled from the Zanu PF party", "were deported from Thailand": a passive measure with
    no agent is taken by the body or state it removes someone from."""
    tok = d.hit.tok
    if d.source or d.plover not in {"SANCTION", "COERCE"} or not d.hit.cue.verbal or not args.passive(tok):
        return None
    bodies = tuple(r for _, o in args.prep_objects(tok, ("from",)) for r in ctx.res.refs_all(o)
                   if ctx.res.kind(r) in {"organization", "state"} and r not in d.targets)
    return replace(d, source=bodies, targets=tuple(t for t in d.targets if t not in bodies)) if bodies else None


def agentless_authority(ctx: Ctx, d: Draft) -> Draft | None:
    """"he was arrested in July", "Mech Dara was released on bail", "faces two charges": an arrest, charge,
    ban or release told without its doer is the authority's, the state the article is set in (a bare
    "Mhlanga's arrest" only refers back to it)."""
    if d.source or not d.targets or "custodial" not in d.flags:
        return None
    tok = d.hit.tok
    if not ((d.hit.cue.verbal and args.passive(tok)) or {"held", "undergo"} & d.flags):
        return None
    home = ctx.home
    return replace(d, source=(home,), conf=0.5) if home and home not in d.targets else None


def reported_own_strike(ctx: Ctx, d: Draft) -> Draft | None:
    """"U.S. Central Command said the militant leader was killed in an airstrike": a state or armed
    force telling of a killing with no doer is telling of its own strike."""
    tok = d.hit.tok
    if d.source or d.plover != "ASSAULT" or not d.targets or not d.speaker or not (d.hit.cue.verbal and args.passive(tok)):
        return None
    sides = {ctx.res.affiliation(s) or s for s in d.speaker}
    kinds = {(ctx.res.actor(x).category if ctx.res.actor(x) else "") for x in sides}
    if not kinds <= {"states", "organs", "armed_groups"} or sides & set(d.targets):
        return None
    return replace(d, source=d.speaker, conf=0.5)


def needs_source(ctx: Ctx, d: Draft) -> Stop | None:
    """"The plan was rejected": no one does it, so it is not coded."""
    return None if d.source else Stop("no source actor found")


def mediated_parties(ctx: Ctx, d: Draft) -> Draft | None:
    """"Egypt mediated as Israel and Hamas talked": mediation is towards each party named as a subject."""
    if d.targets or not d.mediating:
        return None
    found = _mediated(ctx, d.hit.tok, d.source)
    return replace(d, targets=found) if found else None


def other_side_default(ctx: Ctx, d: Draft) -> Draft | None:
    """"Hamas refused", "Israel threatened a response": aimed at the other side."""
    if d.targets or not (d.plover == "THREATEN" or "refuse" in d.flags):
        return None
    return replace(d, targets=(OTHER_SIDE,))


def proposal_without_addressee(ctx: Ctx, d: Draft) -> Stop | None:
    """"Egypt proposed a plan": a proposal to no one is a position on the issue, not an event."""
    if not d.targets and d.hit.cue.position == "proposes" and d.plover == "AGREE":
        return Stop("a proposal to no one: a position only", keep_position=True)
    return None


def conditional_threat(ctx: Ctx, d: Draft) -> Draft | None:
    """"If Europe follows through, he will impose the 200% tariff": force or a sanction promised on a
    condition is a threat, aimed at whoever the condition names."""
    tok = d.hit.tok
    if d.plover not in _HARM or not _will(tok):
        return None
    conditions = [a for a in tok.children if a.dep_ == "advcl" and _conditional(a)]
    if not conditions:
        return None
    named = tuple(r for a in conditions for r in args.subject(ctx, a) if r not in d.source)
    return replace(d, plover="THREATEN", targets=named or d.targets)


def intended_harm(ctx: Ctx, d: Draft) -> Stop | None:
    """"That is why they want to kill her": a harm someone wants or seeks is not done."""
    tok = d.hit.tok
    if d.plover in _HARM and tok.dep_ == "xcomp" and tok.head.lemma_ in ctx.lex.of("intent"):
        return Stop("an intention, not an act")
    return None


def alleged(ctx: Ctx, d: Draft) -> Draft | None:
    """"Prosecutors say Amirov hired Mehdiyev to kill Alinejad", "Iranian officials allegedly offered to
    pay": what an accuser says someone did, or what is alleged, is an accusation of it."""
    tok = d.hit.tok
    verb, who = clause.speaker(ctx, tok)
    hedged = any(c.lower_ in ctx.lex.of("allege") for c in tok.children)
    accuser = verb is not None and any(
        t.lower_ in ctx.lex.of("accuser") for s in args.children(verb, args.SUBJ) for t in s.subtree)
    if not (hedged or accuser) or not d.source or d.plover in {"ACCUSE", "REJECT"}:
        return None
    accusers = who if accuser and who else ((ctx.home,) if ctx.home else ())
    if not accusers or set(accusers) & set(d.source):
        return None
    return replace(d, plover="ACCUSE", source=accusers, targets=d.source, mode="asserted")


def left_a_body(ctx: Ctx, d: Draft) -> Draft | None:
    """"Burkina Faso, Mali and Niger withdrew from ECOWAS": leaving an organisation is a sanction of it,
    not a retreat of troops."""
    if d.plover != "RETREAT" or not d.targets or not all(ctx.res.kind(t) == "organization" for t in d.targets):
        return None
    if any((a := ctx.res.actor(t)) is not None and a.category in {"armed_groups", "organs"} for t in d.targets):
        return None
    return replace(d, plover="SANCTION")


def asked_a_question(ctx: Ctx, d: Draft) -> Stop | None:
    """'"Why did Hamas attack Israel?" she asked', 'asked whether Iran would respond': a question asserts
    nothing, and asking it is no request."""
    tok = d.hit.tok
    in_question = tok.sent.text.rstrip().rstrip("\"'”’").endswith("?") and tok.lemma_ != "ask"
    asked = d.plover == "REQUEST" and tok.lemma_ == "ask" and (
        tok.sent.text.rstrip().rstrip("\"'”’").endswith("?") or any(
            t.tag_ in {"WDT", "WP", "WRB"} or t.lower_ in {"whether", "if"}
            for c in args.children(tok, {"ccomp"}) for t in c.subtree if t.i < c.i))
    return Stop("a question, not a statement or a request") if in_question or asked else None


def law_passed(ctx: Ctx, d: Draft) -> Stop | None:
    """"Sudanese authorities have approved a law": passing a law states a position on it, not an
    agreement with anyone."""
    m = ctx.issues.near(d.hit.tok, acts=False)
    if d.plover == "AGREE" and not d.targets and m is not None and m.family == "law":
        return Stop("a law passed: a position only", keep_position=True)
    return None


def hypothetical(ctx: Ctx, d: Draft) -> Stop | None:
    """"if Iran attacks Israel", "whether Iran will attack", "Russia could strike": an event that may or
    may not happen is not coded (a threat is coded: it is a conditional by nature)."""
    if d.mode == "hypothetical" and d.plover != "THREATEN":
        return Stop("hypothetical or conditional")
    return None


def negation(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"would not sign" is REJECT; other negated events are not coded."""
    if d.mode != "negated":
        return None
    if d.plover in {"AGREE", "CONSULT", "COOPERATE", "CONCEDE", "SUPPORT"} and clause.refusal(d.hit.tok):
        return replace(d, plover="REJECT", mode="asserted", targets=d.targets or (OTHER_SIDE,))
    return Stop("negated")


def joint_phrasing(ctx: Ctx, d: Draft) -> Draft | Stop | None:
    """"Iran and the United States held talks", "both sides agreed": each with the other."""
    if "both" not in d.flags or d.targets or d.sides or d.plover != d.hit.cue.plover:
        return None
    if d.hit.cue.pos == "V" and d.source == (PARTIES,):
        return replace(d, targets=(OTHER_SIDE,), conf=0.6)
    if len(d.source) >= 2 and (d.hit.cue.pos == "V" or d.hit.cue.plover in {"COOPERATE", "AGREE"}):
        return replace(d, joint="joint")  # "a joint Kenya-U.S. base", "agreements between ..."
    return Stop("joint phrasing with one side only")


def between_each(ctx: Ctx, d: Draft) -> Draft | None:
    """"a ceasefire signed between A and B": each side with the other."""
    if len(d.sides) >= 2 and not d.source_given:
        return replace(d, joint="between")
    return None


def counterpart_needed(ctx: Ctx, d: Draft) -> Stop | None:
    """"Egypt agreed", "the rebels accused": a type that needs a counterpart (plover.tsv ``target``) is not
    coded without one, nor one that needs a counterpart or an issue without both ("the cabinet endorsed
    the agreement" is coded); mediators mediate with no one named ("talks involving Qatari mediators")."""
    need = plover()[d.plover].target
    if d.targets or d.joint or d.mediating or need == "optional":
        return None
    if need == "issue" and ctx.issues.near(d.hit.tok, acts=False) is not None:
        return None
    return Stop("no counterpart named, and this type needs one", keep_position=True)


#: The event rules, in the order they apply (this list is the table of contents of the coder).
EVENT_RULES: tuple[Rule, ...] = (
    # which cue words are events at all
    modal_cue, absorbed_cue, actor_noun, noun_as_modifier, ended, threat_made, intended_harm,
    # who does it
    patient_noun, held, noun_owner, named_as, verb_subject, reported_speech, modality,
    # to whom
    between_sides, object_target, each_other, welcomed_guest, undergone, denial_of_claims, verbal_attack, warning,
    actor_object, actor_left_behind, left_a_body, asked_a_question, alleged,
    captives_to_other_side, refused_release,
    # special kinds of statements
    mediators_propose, pledge, reported_breach,
    # speakers and authorities standing in for sources
    speaker_for_own_side, speaker_as_source, expelled_from, agentless_authority, reported_own_strike,
    needs_source,
    # counterparts by default
    mediated_parties, other_side_default, proposal_without_addressee,
    # conditions, negation, joint phrasing, and what needs a counterpart
    conditional_threat, hypothetical, negation, law_passed, joint_phrasing, between_each, counterpart_needed,
)


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


#: The rules for cues that state a position and no event.
STANCE_RULES: tuple[Rule, ...] = (stance_source, stance_speaker, modality)


# -- running the rules ---------------------------------------------------------------------------

def code_cue(ctx: Ctx, hit: CueHit) -> Outcome:
    """Run the rules on one cue: its events, its position on the issue it governs, and the trace."""
    out = Outcome(hit)
    d = Draft(hit, hit.cue.plover, conf=0.7 if hit.cue.pos == "N" else 0.8, mediating="mediate" in hit.cue.flags)
    for rule in EVENT_RULES if hit.cue.event else STANCE_RULES:
        step = None if d.done else rule(ctx, d)
        if isinstance(step, Stop):
            out.stopped, out.stopped_by = step.reason, rule.__name__
            out.positions = _positions(ctx, d) if step.keep_position else []
            break
        if step is not None and step != d:
            if _decides(d, step):
                step = replace(step, rule=rule.__name__)
            out.fired.append((rule.__name__, _describe(step)))
            d = step
    if not out.stopped:
        out.positions = _positions(ctx, d)
        out.relations = list(_events(ctx, d)) if hit.cue.event else []
    return out


def _decides(before: Draft, after: Draft) -> bool:
    """Did a rule decide who does what to whom (not only the mode or a note)?"""
    return (before.plover, before.source, before.targets, before.joint) != (
        after.plover, after.source, after.targets, after.joint)


def _describe(d: Draft) -> str:
    parts = [d.plover, "/".join(d.source) or "?", "->", "/".join(d.targets) or "-"]
    return " ".join(parts) + (f" ({d.mode})" if d.mode != "asserted" else "")


def _positions(ctx: Ctx, d: Draft, near: Token | None = None) -> list[Position]:
    """The position of each source on the issue the cue governs (``near``: where to look for it): the
    cue's own, else what an event of its type states (plover.tsv ``stance``)."""
    position = d.hit.cue.position or (plover()[d.plover].stance if d.plover in plover() else "")
    if position in {"", "-"} or not d.source or d.mode == "negated" or d.rule in _INFERRED:
        return []
    m = ctx.issues.near(near if near is not None else d.hit.tok)
    if m is None:
        return []
    sent = d.hit.tok.sent
    start, end = d.hit.tok.idx, d.hit.tok.idx + len(d.hit.tok.text)
    when = date_of(d.hit.tok, ctx.published)[0] if d.hit.cue.event else ctx.published
    rule = d.rule
    return [Position(ctx.res.doc_id, a, str(m.local), position, d.mode, when, sent.text.strip(), sent.start_char,
                     d.hit.tok.text, start, end, rule) for a in d.source]


#: Rules that infer who acted rather than read it: their events state no one's position.
_INFERRED = {"agentless_authority", "other_side_default"}


def _spread(d: Draft) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(source, targets) pairs, by how the draft is spread over its actors."""
    if d.joint in {"joint", "between"}:
        actors = d.source if d.joint == "joint" else d.sides
        for src in actors:
            yield src, tuple(x for x in actors if x != src)
    else:
        for src in d.source:
            yield src, d.targets


def _events(ctx: Ctx, d: Draft) -> Iterator[Relation]:
    tok = d.hit.tok
    sent = tok.sent
    start, end = d.hit.span
    when, how = date_of(tok, ctx.published)
    issue, place = issue_text(ctx, tok), _place(tok)
    for src, targets in _spread(d):
        for tgt in targets or (None,):
            if tgt == src:
                continue
            yield Relation(
                doc=ctx.res.doc_id, source=src, plover=d.plover, target=tgt, cue=ctx.text[start:end],
                sentence=sent.text.strip(), sent_start=sent.start_char, sent_end=sent.end_char, start=start, end=end,
                issue=issue, place=place, date=when, date_how=how, mode=d.mode, confidence=d.conf,
                rule=d.rule)


def issue_text(ctx: Ctx, tok: Token) -> str | None:
    """What the cue is about: the issue phrase it governs, else its object phrase."""
    m = ctx.issues.near(tok)
    if m is not None:
        return m.text
    cands = args.children(tok, {"dobj"}) + [o for x in args.children(tok, {"xcomp"}) for o in args.children(x, {"dobj"})]
    cands += [o for _, o in args.prep_objects(tok, ("to", "for", "on", "against", "of"))]
    for cand in cands:
        if not ctx.res.refs(cand) and cand.pos_ in {"NOUN", "PROPN"}:
            start, end = phrase(cand)
            return ctx.doc[start:end].text.strip(" ,“”\"") or None
    return None


def _place(tok: Token) -> str | None:
    for t in (tok, tok.head):
        for _, obj in args.prep_objects(t, ("in", "at")):
            if obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                return tok.doc[obj.left_edge.i: obj.i + 1].text
    return None


def _mediated(ctx: Ctx, tok: Token, source: tuple[str, ...]) -> tuple[str, ...]:
    """The parties the sentence names as subjects, other than the mediators and their side."""
    res = ctx.res

    def same_side(r: str) -> bool:
        return any(res.affiliation(s) == r or (res.affiliation(r) or r) == (res.affiliation(s) or s) for s in source)

    out: list[str] = []
    for t in tok.sent:
        if t.i == tok.i or not (t.dep_ in args.SUBJ or (t.dep_ == "conj" and t.head.dep_ in args.SUBJ)):
            continue
        for r in res.refs(t):
            if r not in source and r not in out and res.kind(r) != "group" and not same_side(r):
                out.append(r)
    return tuple(out)


# -- rules over a whole sentence -----------------------------------------------------------------

def deontic_requests(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """Inside speech, "X needs to / should / must ..." is the speaker asking X."""
    for tok in sent:
        if tok.pos_ not in {"VERB", "AUX"} or not _deontic_verb(tok):
            continue
        _, who = clause.speaker(ctx, tok)
        subj = args.subject(ctx, tok)
        if not who or not subj or set(subj) & set(who):
            continue
        if set(subj) <= {a for s in who if (a := ctx.res.affiliation(s))}:
            continue
        aux = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in clause.DEONTIC), None)
        first = aux or tok
        hit = CueHit(first, Cue((first.lemma_,), "V", "REQUEST", "supports"), first)
        d = Draft(hit, "REQUEST", source=who, targets=subj, conf=0.6, rule="deontic_requests")
        out = Outcome(hit, [("deontic_requests", _describe(d))], list(_events(ctx, d)))
        out.positions = _positions(ctx, d, near=first.head if first.dep_ == "aux" else first)
        yield out


def _deontic_verb(tok: Token) -> bool:
    return tok.lemma_ in {"need", "have"} and any(c.dep_ == "xcomp" for c in tok.children) or any(
        c.dep_ == "aux" and c.lower_ in clause.DEONTIC for c in tok.children)


def evaluations(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """'"Israel's heinous attacks must stop," Altun said', 'the rapporteur called the ban a step backwards':
    a speaker who condemns an actor's conduct accuses it; one who commends it supports it."""
    for tok in sent:
        plover = "ACCUSE" if tok.lower_ in ctx.lex.of("blame") else "SUPPORT" if tok.lower_ in ctx.lex.of("praise") else ""
        if not plover or any(c.dep_ == "neg" for c in (tok, tok.head) for c in c.children):
            continue
        who = _evaluator(ctx, tok)
        owners = tuple(o for o in _evaluated(ctx, tok) if o not in who)
        if not who or not owners or clause.speaks_for(ctx, who, owners):
            continue
        hit = CueHit(tok, Cue((tok.lower_,), "A", plover), tok)
        d = Draft(hit, plover, source=who, targets=owners, conf=0.5, rule="evaluations")
        out = Outcome(hit, [("evaluations", _describe(d))], list(_events(ctx, d)))
        out.positions = _positions(ctx, d, near=tok.head if tok.dep_ in {"amod", "compound"} else tok)
        yield out


def _evaluator(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """Who says it: the speaker of the clause, or the subject of "call" when it names something so."""
    for anc in (tok, *tok.ancestors):
        if anc.dep_ in {"oprd", "dobj", "ccomp", "xcomp"} and anc.head.lemma_ in ctx.lex.of("naming"):
            return args.subject(ctx, anc.head)
    return clause.speaker(ctx, tok)[1]


def _evaluated(ctx: Ctx, tok: Token) -> tuple[str, ...]:
    """Whose conduct is judged: the owner of the noun it describes, or the subject it is said of."""
    noun = tok.head if tok.dep_ in {"amod", "compound"} else tok
    found = list(ctx.res._modifier_actors(noun)) + [r for _, o in args.prep_objects(noun, ("by",))
                                                     for r in ctx.res.refs_all(o)]
    if found:
        return tuple(found)
    if noun.dep_ in {"attr", "acomp", "oprd"}:
        verb = noun.head
        if verb.lemma_ in ctx.lex.of("naming"):
            return tuple(r for o in args.children(verb, {"dobj"}) for r in (ctx.res.refs_all(o) or ctx.res._modifier_actors(o)))
        for subj in args.children(verb, args.SUBJ):
            return ctx.res.refs_all(subj) or tuple(ctx.res._modifier_actors(subj))
    return ()


def proposal_owners(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """"Israel's proposal", "an American plan": the owner proposes it."""
    for tok in sent:
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
    with no closing punctuation. It names what the article tells; it is no statement of its own."""
    text = sent.text.strip()
    after = sent.text[len(sent.text.rstrip(" \t")) - 1:] + sent.doc.text[sent.end_char:sent.end_char + 2]
    return (sent.start == 0 and 0 < len(text.split()) <= 20 and text[-1] not in ".!?\"”’'"
            and ("\n" in after or sent.end == len(sent.doc)))


def code_sentence(ctx: Ctx, sent: Span) -> Iterator[Outcome]:
    """Every cue of a sentence, then the sentence-level rules, in text order (none in a headline)."""
    if headline(sent):
        return
    for out in (*map(lambda hit: code_cue(ctx, hit), ctx.cues.heads(sent)), *deontic_requests(ctx, sent),
                *evaluations(ctx, sent), *proposal_owners(ctx, sent)):
        ctx.coded += out.relations
        yield out
