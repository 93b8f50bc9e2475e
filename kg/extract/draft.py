"""A cue on its way to events: the draft the coding rules change, why a cue stops, what becomes of it,
and how a finished draft is written out as relations and positions."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.extract import args
from kg.extract.context import Ctx
from kg.extract.cues import CueHit
from kg.extract.dates import date_of
from kg.extract.issues import phrase
from kg.lexicon import plover
from kg.model import Position, Relation

__all__ = ["CAPTIVES", "HARM", "THREAT_HELD_OUT", "captive", "Draft", "Stop", "Rule", "Outcome", "issue_text", "new_draft", "replace"]


CAPTIVES = {"PRISONERS", "HOSTAGES", "POLITICAL_PRISONERS"}


def captive(ctx, actor_id: str) -> bool:
    """Prisoners, hostages or detainees: a dictionary group, or one named by a noun of the class
    ``captive`` ("hundreds of Palestinian prisoners")."""
    if actor_id in CAPTIVES:
        return True
    actor = ctx.res.actor(actor_id)
    return bool(actor and actor.kind == "group" and actor.label.split()[-1].lower() in ctx.lex.of("captive"))


@dataclass(frozen=True)
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

    def __eq__(self, other: object) -> bool:
        """Field by field, as the dataclass's own (which makes a tuple of each side's fields): one dict to another."""
        return self.__dict__ == other.__dict__ if other.__class__ is Draft else NotImplemented


_DRAFT_FIELDS = frozenset(f.name for f in dataclasses.fields(Draft))
_set_dict = object.__setattr__


_DRAFT_DEFAULTS = {f.name: f.default for f in dataclasses.fields(Draft) if f.default is not dataclasses.MISSING}


def new_draft(hit: CueHit, plover: str, **fields) -> Draft:
    """``Draft(hit, plover, **fields)``, made as :func:`replace` makes one (the frozen dataclass's own
    ``__init__`` sets each of its thirteen fields through ``object.__setattr__``: about 3 us a cue)."""
    new = object.__new__(Draft)
    _set_dict(new, "__dict__", {"hit": hit, "plover": plover, **_DRAFT_DEFAULTS, **fields})
    return new


def replace(obj, /, **changes):
    """:func:`dataclasses.replace`, quicker for a :class:`Draft` (the rules make about a hundred drafts per
    article): the fields are copied in one go from the draft's ``__dict__``, then the changes set (about
    0.6 us instead of 7); any other record is handed on."""
    if type(obj) is not Draft:
        return dataclasses.replace(obj, **changes)
    if not changes.keys() <= _DRAFT_FIELDS:
        raise TypeError(f"Draft has no field {min(changes.keys() - _DRAFT_FIELDS)!r}")
    new = object.__new__(Draft)
    fields = obj.__dict__.copy()
    fields.update(changes)
    _set_dict(new, "__dict__", fields)
    return new


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
    untargeted: tuple[str, ...] = ()  # who did an act told as fact that was not coded for want of a counterpart

HARM = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"}
#: acts that a side holding them out (could, may, is ready to) threatens: "said it may slap tariffs"
THREAT_HELD_OUT = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def decides(before: Draft, after: Draft) -> bool:
    """Did a rule decide who does what to whom (not only the mode or a note)?"""
    return (before.plover, before.source, before.targets, before.joint) != (
        after.plover, after.source, after.targets, after.joint)


def describe(d: Draft) -> str:
    parts = [d.plover, "/".join(d.source) or "?", "->", "/".join(d.targets) or "-"]
    return " ".join(parts) + (f" ({d.mode})" if d.mode != "asserted" else "")


def positions_of(ctx: Ctx, d: Draft, near: Token | None = None) -> list[Position]:
    """The position of each source on the issue the cue governs (``near``: where to look for it): the
    cue's own, else what an event of its type states (plover.tsv ``stance``), as it does when a rule
    recoded the event ("will never accept the plan" is a REJECT: it opposes the plan)."""
    stance = plover()[d.plover].stance if d.plover in plover() else ""
    recoded = d.plover != d.hit.cue.plover and stance not in {"", "-"}
    position = stance if recoded else d.hit.cue.position or stance
    if d.rule == "left_a_pact":
        position = "opposes"  # what one walks out of (a deal, talks, one's own backing) is opposed
    if position in {"", "-"} or not d.source or d.mode == "negated" or d.rule in INFERRED and not _read_refusal(d):
        return []
    if d.joint and d.plover == "ACCUSE" or d.rule == "reported_breach":
        return []  # "the two leaders traded barbs": at each other, on no issue; "Qatar said Israel derailed the
        # talks" opposes the derailing, not the talks
    own = ctx.issues.by_token.get(d.hit.tok.i) if near is None and d.hit.cue.verbal else None
    m = own or ctx.issues.near(near if near is not None else d.hit.tok)  # "withdrew their ambassadors": that act
    if m is None and "plea" in d.hit.cue.flags:  # "have pleaded not guilty": to the charges named before
        m = ctx.issues.last("legal", ctx.res.words.sent(d.hit.tok).start_char)
    if m is None:
        return []
    sent = ctx.res.words.sent(d.hit.tok)
    start, end = d.hit.tok.idx, d.hit.tok.idx + len(d.hit.tok.text)
    when = _date(ctx, d.hit.tok)[0] if d.hit.cue.event else ctx.published
    rule = d.rule
    text = ctx.text[sent.start_char:sent.end_char].strip()
    return [Position(ctx.res.doc_id, a, str(m.local), position, d.mode, when, text, sent.start_char,
                     d.hit.tok.text, start, end, rule) for a in d.source]


def _read_refusal(d: Draft) -> bool:
    """"Tehran refused to negotiate directly", "Hamas rejected the plan": a refusal aimed at the other side by
    default still states its refuser's position on what it refuses (only whom it answers is inferred)."""
    return d.rule == "other_side_default" and d.plover == "REJECT"


#: Rules that infer who acted rather than read it: their events state no one's position.
INFERRED = {"agentless_authority", "other_side_default", "answered_request", "killed_in_fighting",
            "toll_of_attack", "protesters_shot", "wished_talks", "clashed_with", "fought_in"}  # (a request read
# from its answer; a blow read from the fighting it happened in, or a clash read as fought by both; an agreement
# to talk read from a wish to meet, whose issue, the talks, is the cue itself, not whatever issue is named near it)


def spread(d: Draft) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(source, targets) pairs, by how the draft is spread over its actors."""
    if d.joint in {"joint", "between"}:
        actors = d.source if d.joint == "joint" else d.sides
        for src in actors:
            yield src, tuple(x for x in actors if x != src)
    else:
        for src in d.source:
            yield src, d.targets


def events_of(ctx: Ctx, d: Draft) -> Iterator[Relation]:
    tok = d.hit.tok
    sent = ctx.res.words.sent(tok)
    start, end = d.hit.span
    when, how = _date(ctx, tok)
    issue, place = issue_text(ctx, tok), place_of(tok)
    text = ctx.text[sent.start_char:sent.end_char].strip()
    for src, targets in spread(d):
        for tgt in targets or (None,):
            if tgt == src:
                continue
            yield Relation(
                doc=ctx.res.doc_id, source=src, plover=d.plover, target=tgt, cue=ctx.text[start:end],
                sentence=text, sent_start=sent.start_char, sent_end=sent.end_char, start=start, end=end,
                issue=issue, place=place, date=when, date_how=how, mode=d.mode, confidence=d.conf,
                rule=d.rule)


def _date(ctx: Ctx, tok: Token) -> tuple:
    """:func:`date_of` a cue, worked out once per cue."""
    key = ("date", tok.i)
    if key not in ctx.memo:
        ctx.memo[key] = date_of(tok, ctx.published)
    return ctx.memo[key]


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


def place_of(tok: Token) -> str | None:
    for t in (tok, tok.head):
        for _, obj in args.prep_objects(t, ("in", "at")):
            if obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                return tok.doc[obj.left_edge.i: obj.i + 1].text
    return None
