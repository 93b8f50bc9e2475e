"""Extraction: a parsed article -> actors, mentions and relations (pure functions)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from kg.actors import ActorDict
from kg.extract.issues import IssueMention, Position, issue_mentions, positions
from kg.extract.mentions import PARTIES, Resolver
from kg.extract.relations import relations
from kg.lexicon import Lexicon
from kg.lexicon import plover as plover_types
from kg.model import Actor, Article, Mention, Relation

__all__ = ["DocResult", "extract"]

_CONFLICT = {"THREATEN", "ASSAULT", "COERCE", "MOBILIZE"}  # events that show who the warring sides are


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


def _parties(res: Resolver, rels: list[Relation]) -> tuple[str, ...]:
    """The two sides of the conflict: the dyad of its conflict events, else the most named."""
    counts: Counter[str] = Counter()
    for r in rels:
        if r.plover in _CONFLICT and r.target and PARTIES not in (r.source, r.target):
            for a in (r.source, r.target):
                counts[res.affiliation(a) if res.kind(a) == "person" and res.affiliation(a) else a] += 1
    if len(counts) < 2:
        for _, actor_id, how in res.order:
            if res.kind(actor_id) in {"state", "organization"} and actor_id != PARTIES:
                counts[actor_id] += 0.5 if how != "demonym" else 0.25
    return tuple(a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2])


def extract(article: Article, doc: Doc, actors: ActorDict, lexicon: Lexicon) -> DocResult:
    """Read one parsed article."""
    res = Resolver(doc, actors, article.id, article.published)
    rels = list(relations(res, lexicon, article.published))
    parties = _parties(res, rels)
    out: list[Relation] = []
    seen = set()
    for r in rels:
        sources = parties if r.source == PARTIES else (r.source,)
        targets = parties if r.target == PARTIES else (r.target,)
        for s in sources:
            for t in targets:
                if s == t or (t and res.affiliation(s) == t):
                    continue
                rel = replace(r, source=s, target=t, confidence=min(r.confidence, 0.5)) if PARTIES in (r.source, r.target) else r
                key = (rel.sent_start, rel.source, rel.plover, rel.target)
                if key not in seen:
                    seen.add(key)
                    out.append(rel)
    mentions = tuple(res.mentions())
    used = {m.actor for m in mentions} | {r.source for r in out} | {r.target for r in out if r.target}
    issues = issue_mentions(res)
    stances = tuple(positions(res, rels, issues, lexicon, article.published, parties))
    used |= {p.actor for p in stances}
    found = tuple(a for k, a in sorted(res.found.items()) if k in used)
    affs = [(a, b) for a in sorted(used - {PARTIES}) if (b := res.affiliation(a))]
    return DocResult(article, found, mentions, tuple(out), tuple(affs), tuple(issues), stances, parties)
