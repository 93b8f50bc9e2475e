"""Extraction: a parsed article -> actors, mentions and relations (pure functions)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from kg.actors import ActorDict
from kg.extract.issues import IssueMention, Position, issue_mentions, positions
from kg.extract.mentions import OTHER_SIDE, PARTIES, Resolver
from kg.extract.relations import relations
from kg.lexicon import Lexicon
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


def _parties(res: Resolver, rels: list[Relation], lexicon: Lexicon) -> tuple[str, ...]:
    """The two sides of the conflict, by evidence: "between A and B" phrases, the dyads of
    conflict events, and how often each is named."""
    def side(a: str) -> str:
        aff = res.affiliation(a) if res.kind(a) == "person" else None
        return aff or a

    counts: Counter[str] = Counter()
    for tok in res.doc:
        if tok.lower_ == "between" and tok.dep_ == "prep":
            for obj in tok.children:
                refs = [r for r in res.refs_all(obj) if r not in (PARTIES, OTHER_SIDE)]
                if len(refs) == 2:
                    for r in refs:
                        counts[side(r)] += 4
    for r in rels:
        if r.plover in _CONFLICT and r.target and not {r.source, r.target} & {PARTIES, OTHER_SIDE}:
            for a in (r.source, r.target):
                counts[side(a)] += 2
    for _, actor_id, how in res.order:
        if res.kind(actor_id) in {"state", "organization"} and actor_id != PARTIES:
            counts[side(actor_id)] += 0.5 if how != "demonym" else 0.25
    counts = Counter({a: c for a, c in counts.items() if res.kind(a) in {"state", "organization"}
                      and (res.actor(a) is None or res.actor(a).category not in {"organizations"})})
    return tuple(a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2])


def extract(article: Article, doc: Doc, actors: ActorDict, lexicon: Lexicon) -> DocResult:
    """Read one parsed article."""
    res = Resolver(doc, actors, article.id, article.published)
    rels = list(relations(res, lexicon, article.published))
    parties = _parties(res, rels, lexicon)
    out: list[Relation] = []
    seen = set()

    def other(s: str) -> tuple[str, ...]:
        mine = {s, res.affiliation(s)}
        return tuple(p for p in parties if p not in mine) if len(parties) == 2 and mine & set(parties) else ()

    for r in rels:
        if r.source == OTHER_SIDE:
            continue
        sources = parties if r.source == PARTIES else (r.source,)
        for s in sources:
            if r.target == OTHER_SIDE:
                # the side opposite the source; a third party's threat is aimed at both sides
                targets = other(s) or (parties if r.plover == "THREATEN" and len(parties) == 2 else ())
                targets = targets or ((None,) if r.plover not in {"CONSULT", "AGREE"} else ())
            else:
                targets = parties if r.target == PARTIES else (r.target,)
            for t in targets:
                if s == t or (t and res.affiliation(s) == t):
                    continue
                if t and r.plover in _CONFLICT and (res.affiliation(t) or t) == (res.affiliation(s) or s):
                    continue  # "send Israeli ground forces": one's own forces are not a target
                rel = replace(r, source=s, target=t, confidence=min(r.confidence, 0.5)) if {r.source, r.target} & {PARTIES, OTHER_SIDE} else r
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
