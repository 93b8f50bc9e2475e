"""Extraction: a parsed article -> actors, mentions, relations and positions (pure functions).

The steps, each a module of its own: :mod:`~kg.extract.mentions` finds the actors a
document names and what its pronouns and role nouns refer to; :mod:`~kg.extract.cues`
finds the cue words once; :mod:`~kg.extract.args` finds their arguments and
:mod:`~kg.extract.clause` the facts of their clause; :mod:`~kg.extract.rules` codes each
cue into events and positions by an ordered list of named rules; :mod:`~kg.extract.issues`
finds the issues; :mod:`~kg.extract.parties` resolves "both sides" and "the other side".
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.actors import ActorDict
from kg.dates import dateline_end, wire_dateline
from kg.extract.context import Ctx
from kg.extract.issues import IssueIndex, IssueMention
from kg.extract.mentions import PARTIES, Resolver
from kg.extract.parties import parties, spread_positions, spread_relations
from kg.extract.rules import Outcome, code_sentence
from kg.lexicon import Lexicon
from kg.model import Actor, Article, Mention, Position, Relation

__all__ = ["DocResult", "extract", "read"]


@dataclass(frozen=True, slots=True)
class DocResult:
    """What one article contributes to the graph."""

    article: Article
    actors: tuple[Actor, ...]  # actors first read in this article (not in the dictionary)
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    affiliations: tuple[tuple[str, str], ...]  # (actor id, affiliation id) valid in this article
    issues: tuple[IssueMention, ...] = ()
    positions: tuple[Position, ...] = ()
    parties: tuple[str, ...] = ()
    failed: str = ""  # why the article could not be read (a bug in kg): it is then left out of the build


@dataclass(frozen=True)
class Reading:
    """One document read sentence by sentence: the context and every cue's outcome (what
    ``kg explain`` prints and :func:`extract` turns into a :class:`DocResult`)."""

    ctx: Ctx
    issues: IssueIndex
    outcomes: tuple[Outcome, ...]


def dateline_state(text: str, actors: ActorDict) -> str | None:
    """The state whose capital opens the story as its dateline ("BEIJING —", "KYIV, March 3 (Reuters) -"), or the
    state a dateline names after its city ("NAYPYITAW, Myanmar —", "GOMA, Congo (Reuters) -")."""
    span = wire_dateline(text) or (0, dateline_end(text))
    if not span[1]:
        return None
    city, *rest = (part.split("(")[0].strip(" -–—") for part in text[span[0]:span[1]].strip().split(","))
    state = actors.capitals.get(city.title()) or actors.capitals.get(city)
    named = actors.actors.get(actors.names.get(rest[0], "")) if rest else None
    return state or (named.id if named is not None and named.kind == "state" else None)


def read(article: Article, doc: Doc, actors: ActorDict, lexicon: Lexicon) -> Reading:
    """Find the actors, cues and issues of a parsed article and code every cue."""
    res = Resolver(doc, actors, article.id, article.published, lexicon, dateline=dateline_state(article.text, actors))
    ctx = Ctx.of(res, lexicon, article.published)
    return Reading(ctx, ctx.issues, tuple(o for sent in res.words.sents() for o in code_sentence(ctx, sent)))


def _relations(outcomes: Iterable[Outcome]) -> Iterator[Relation]:
    """Each sentence states an event (source, type, target) once: the first cue that codes it."""
    seen: set[tuple] = set()
    for o in outcomes:
        for r in o.relations:
            key = (r.sent_start, r.source, r.plover, r.target)
            if key not in seen:
                seen.add(key)
                yield r


def extract(article: Article, doc: Doc, actors: ActorDict, lexicon: Lexicon) -> DocResult:
    """Read one parsed article."""
    reading = read(article, doc, actors, lexicon)
    res = reading.ctx.res
    rels = list(_relations(reading.outcomes))
    sides = parties(res, rels)
    out = tuple(spread_relations(res, rels, sides))
    stances = tuple(spread_positions((p for o in reading.outcomes for p in o.positions), sides))
    mentions = tuple(res.mentions())
    used = {m.actor for m in mentions} | {r.source for r in out} | {r.target for r in out if r.target}
    used |= {p.actor for p in stances}
    found = tuple(a for k, a in sorted(res.found.items()) if k in used)
    affs = tuple((a, b) for a in sorted(used - {PARTIES}) if (b := res.affiliation(a)))
    return DocResult(article, found, mentions, out, affs, tuple(reading.issues.mentions), stances, sides)
