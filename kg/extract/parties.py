"""The parties of an article ("both sides", "the other side") and the events spread over them."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.extract.mentions import OTHER_SIDE, PARTIES, Resolver
from kg.extract.wordindex import kids_of
from kg.lexicon import plover
from kg.model import Position, Relation

__all__ = ["parties", "home_state", "spread_relations", "spread_positions", "CONFLICT", "MEDIATED"]

CONFLICT = {"THREATEN", "ASSAULT", "COERCE", "MOBILIZE"}  # events that show who the warring sides are
_OPPOSED = {"ACCUSE", "REJECT"}  # words between two actors that show, less surely, that they are opposed
MEDIATED = frozenset({"mediated_parties", "between_sides"})  # rules whose targets are the sides a mediator goes
# between


def _side(res: Resolver, actor_id: str) -> str:
    aff = res.affiliation(actor_id) if res.kind(actor_id) == "person" else None
    return aff or actor_id


def _between_votes(res: Resolver, counts: Counter[str]) -> None:
    """"talks between A and B": both are parties."""
    for tok in res.words.tokens({"between"}):
        if tok.dep_ == "prep":
            for obj in kids_of(tok):
                refs = [r for r in res.refs_all(obj) if r not in (PARTIES, OTHER_SIDE)]
                if len(refs) == 2:
                    for r in refs:
                        counts[_side(res, r)] += 4


def parties(res: Resolver, rels: Iterable[Relation]) -> tuple[str, ...]:
    """The two sides of the conflict, by evidence: "between A and B" phrases, the dyads of
    conflict events, and how often each is named."""
    counts: Counter[str] = Counter()
    _between_votes(res, counts)
    rels = list(rels)
    for r in rels:
        weight = 2 if r.plover in CONFLICT else 1 if r.plover in _OPPOSED else 0
        if weight and r.target and not {r.source, r.target} & {PARTIES, OTHER_SIDE}:
            for a in (r.source, r.target):
                counts[_side(res, a)] += weight
    for r in rels:  # "Saudi and U.S. mediators", "Qatar mediates between Israel and Hamas": whom one mediates between
        if r.rule in MEDIATED and r.target and r.target not in (PARTIES, OTHER_SIDE):
            counts[_side(res, r.target)] += 1
    for _, actor_id, how in res.order:
        if res.kind(actor_id) in {"state", "organization"} and actor_id != PARTIES:
            counts[_side(res, actor_id)] += 0.5 if how != "demonym" else 0.25
    counts = Counter({a: c for a, c in counts.items() if res.kind(a) in {"state", "organization"}
                      and (res.actor(a) is None or res.actor(a).category not in {"organizations"})})
    _fold_into_fighting_army(res, counts, rels)
    return tuple(a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2])


def _fold_into_fighting_army(res: Resolver, counts: Counter[str], rels: list[Relation]) -> None:
    """"The army and the RSF ... in Sudan": a state whose own army fights in the story is one side with it, the army
    (its mentions count for the army, not as a side of their own)."""
    fighting = {a for r in rels if r.plover in CONFLICT and r.target for a in (r.source, r.target)}
    for state in [a for a in counts if res.kind(a) == "state"]:
        army = res.actors.armed_forces(state)
        if army in fighting and army in counts:
            counts[army] += counts.pop(state)


def home_state(res: Resolver) -> str | None:
    """The state an article is set in: the one its actors are named for most (persons and organs count
    for their state), when it has half of such mentions and twice as many as any other state."""
    counts: Counter[str] = Counter()
    for _, actor_id, _ in res.order:
        state = actor_id if res.kind(actor_id) == "state" else res.affiliation(actor_id)
        if state and res.kind(state) == "state":
            counts[state] += 1
    if res.dateline:
        counts[res.dateline] += 2  # "BEIJING —": the story is told from there
    if not counts:
        return None
    ranked = counts.most_common(2)
    (top, n), second = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    return top if n >= 3 and n / sum(counts.values()) >= 0.5 and n >= 2 * second else None


def _targets(res: Resolver, r: Relation, source: str, sides: tuple[str, ...]) -> tuple[str | None, ...]:
    """Whom an event of ``source`` is aimed at once "the other side" and "both sides" are known."""
    if r.target == OTHER_SIDE:
        mine = {source, res.affiliation(source)} - {None}
        mine |= {p for p in sides if res._led_state(p) in mine}  # the Taliban are Afghanistan's side
        found = tuple(p for p in sides if p not in mine) if len(sides) == 2 and mine & set(sides) else ()
        # the side opposite the source (a third party has none: "Hungary threatened to veto the package" in a story
        # of Russia's war on Ukraine is aimed at neither)
        if found or r.plover in {"CONSULT", "AGREE"} or r.rule == "measure_to_other_side":
            return found
        return (None,) if r.issue else ()  # "Hamas refused the plan": at no one; "the relatives refused": nothing
    return sides if r.target == PARTIES else (r.target,)


def _own_side(res: Resolver, r: Relation, s: str, t: str | None) -> bool:
    """No event of an actor towards itself, its own affiliation or organ, or (in conflict) its own side."""
    own = _organ_state(res, t) if t else None  # "Tinubu praised Nigerian troops": as if Nigeria were named
    if own and r.plover in _OPPOSED and res.kind(s) == "person":
        own = None  # "Suu Kyi denies the military's charges": a person who opposes an organ is not its side
    if s == t or (t and ((res.affiliation(s) == t or own and res.affiliation(s) == own)
                         and not _asks_own_state(res, r, s, own or t)
                         or res.kind(t) == "organization" and res.affiliation(t) == s)):
        return True  # itself, what it acts for, or its own organ ("France withdrew its soldiers")
    return bool(t) and r.plover in CONFLICT and res.kind(t) != "person" and (res.affiliation(t) or t) == (
        res.affiliation(s) or s)


def _organ_state(res: Resolver, t: str) -> str | None:
    """The state a target organ serves (an army, a ministry), or None."""
    state = res.affiliation(t) if res.kind(t) == "organization" else None
    return state if state and res.kind(state) == "state" else None


def _asks_own_state(res: Resolver, r: Relation, s: str, t: str) -> bool:
    """"The U.S. and our allies must take a long-term approach," Senator Risch said: a person asking what the
    state he acts for should do is a request of it, unless he holds one of its offices that day and only says
    what it must do ("Netanyahu said Israel must continue the war": the state's course, stated by its leader)."""
    actor = res.actors.get(s)
    role = actor.role_on(res.published) if actor and r.rule == "deontic_requests" else None
    return r.plover == "REQUEST" and res.kind(s) == "person" and res.kind(t) == "state" and not (role and role.of == t)


def _own_troops(res: Resolver, r: Relation, s: str, t: str | None) -> bool:
    """Did the source send, mass or pull back its own forces ("the government sent soldiers")?"""
    side = res.affiliation(s) or s
    return plover()[r.plover].target == "optional" and bool(t) and (
        r.mode != "future" and t == res.actors.armed_forces(side) or res.affiliation(t) == s)


def opposed(res: Resolver, rels: Iterable[Relation], sides: tuple[str, ...]) -> bool:
    """Does the article show the two sides against each other (an act of conflict, an accusation or a
    rejection between them, or a phrase "between" them), not only name them most?"""
    pair = set(sides)
    if len(pair) != 2:
        return False
    between: Counter[str] = Counter()
    _between_votes(res, between)  # "talks between A and B", "the war between A and B"
    return pair <= set(between) or any(
        r.plover in CONFLICT | _OPPOSED and r.target and {_side(res, r.source), _side(res, r.target)} == pair
        for r in rels)


def spread_relations(res: Resolver, rels: Iterable[Relation], sides: tuple[str, ...]) -> Iterator[Relation]:
    """Relations with "both sides" and "the other side" replaced by the article's parties; "Hamas
    refused" is aimed at the other side only when the article shows the two sides opposed."""
    rels = list(rels)
    shown = opposed(res, rels, sides)
    seen = set()
    for r in rels:
        if r.source == OTHER_SIDE:
            continue
        collective = bool({r.source, r.target} & {PARTIES, OTHER_SIDE})
        for s in sides if r.source == PARTIES else (r.source,):
            for t in _targets(res, r, s, sides if shown or r.rule != "other_side_default" else ()):
                if _own_side(res, r, s, t):
                    if not _own_troops(res, r, s, t):
                        continue
                    t = None  # "the government sent soldiers": a deployment of its own, aimed at no one
                rel = replace(r, source=s, target=t, confidence=min(r.confidence, 0.5)) if collective else (
                    r if t == r.target else replace(r, target=t))
                if _peace_sought(res, rel, sides):
                    rel = replace(rel, plover="AGREE")
                key = (rel.sent_start, rel.source, rel.plover, rel.target)
                if key not in seen:
                    seen.add(key)
                    yield rel


def _peace_sought(res: Resolver, r: Relation, sides: tuple[str, ...]) -> bool:
    """"Hamas demanded an end to the war": a party to the conflict calling for its end, of no one named, says it
    wants peace (AGREE, by the PLOVER manual's rule), unlike a third side's call or a demand made of the other side."""
    if r.plover != "REQUEST" or r.target is not None or _side(res, r.source) not in sides or not r.issue:
        return False
    words = set(r.issue.lower().replace("’", "'").split())
    if any(w.endswith("'s") for w in words):
        return False  # "to stop Israel's attacks": an end asked of whoever fights them
    return bool(words & res.lex.of("end")) and bool(words & res.lex.of("war"))


def spread_positions(positions: Iterable[Position], sides: tuple[str, ...]) -> Iterator[Position]:
    """Positions of "both sides" as one position per party; one per actor, issue, stance and sentence."""
    seen = set()
    for p in positions:
        for a in sides if p.actor == PARTIES else (p.actor,):
            key = (a, p.issue, p.position, p.sent_start)
            if key not in seen:
                seen.add(key)
                yield replace(p, actor=a)
