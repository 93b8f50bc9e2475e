"""Extraction results -> one merged networkx MultiDiGraph.

Actors are nodes keyed by actor id; every reported event is an edge keyed by its
event id. The same event told by several articles (same source, type, target and
date) is one edge with several pieces of evidence. Affiliation edges run from
persons and sub-units to what they act for.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import networkx as nx

from kg.actors import ActorDict
from kg.extract import DocResult
from kg.lexicon import plover
from kg.model import Actor, Relation

__all__ = ["Corpus", "assemble", "event_id", "to_networkx"]


def event_id(source: str, plover_type: str, target: str | None, day: date | None, doc: str, start: int) -> str:
    """A stable id for a merged event: source, type, target and day (else the first report)."""
    basis = f"{source}|{plover_type}|{target or '-'}|{day.isoformat() if day else f'{doc}:{start}'}"
    return "E" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Corpus:
    """Everything one build knows: actors used, their affiliations, and every relation."""

    actors: dict[str, Actor]
    affiliation: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    mentions: dict[str, int]
    docs: dict[str, tuple[str, ...]]
    relations: tuple[Relation, ...]
    articles: tuple  # Article records, sorted by id

    def events(self) -> dict[str, list[Relation]]:
        """Relations grouped into events (one id per source, type, target and day)."""
        out: dict[str, list[Relation]] = defaultdict(list)
        for r in self.relations:
            out[event_id(r.source, r.plover, r.target, r.date, r.doc, r.start)].append(r)
        return dict(sorted(out.items()))


def assemble(results: Iterable[DocResult], dictionary: ActorDict) -> Corpus:
    """Merge per-article results: one actor per id, one affiliation per actor."""
    found: dict[str, Actor] = {}
    aff_votes: dict[str, Counter] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    relations: list[Relation] = []
    articles = []
    for res in results:
        articles.append(res.article)
        day = res.article.published.toordinal() if res.article.published else 0
        for actor in res.actors:
            found.setdefault(actor.id, actor)
        for m in res.mentions:
            mentions[m.actor] += 1
            docs[m.actor].add(m.doc)
            if m.how in {"name", "surname"}:
                aliases[m.actor].add(m.text)
        for actor_id, aff in res.affiliations:
            aff_votes[actor_id][aff] += 1_000_000 + day  # most articles first, then the latest
        for r in res.relations:
            relations.append(r)
            for a in (r.source, r.target):
                if a:
                    docs[a].add(r.doc)
    used: set[str] = set(mentions) | {r.source for r in relations} | {r.target for r in relations if r.target}
    affiliation = {a: votes.most_common(1)[0][0] for a, votes in aff_votes.items() if a in used}
    todo = list(used)
    actors: dict[str, Actor] = {}
    while todo:  # the affiliations of used actors are in the graph too
        actor_id = todo.pop()
        if actor_id in actors:
            continue
        actor = dictionary.get(actor_id) or found.get(actor_id)
        if actor is None:
            continue
        actors[actor_id] = actor
        aff = affiliation.get(actor_id)
        if aff is None and actor.affiliation and actor.kind != "person":
            affiliation[actor_id] = aff = actor.affiliation
        if aff:
            todo.append(aff)
    affiliation = {a: b for a, b in affiliation.items() if a in actors and b in actors and a != b}
    all_aliases = {}
    for actor_id, actor in actors.items():
        names = set(actor.aliases) | set(actor.demonyms) | set(actor.capitals) | aliases.get(actor_id, set())
        names.discard(actor.label)
        all_aliases[actor_id] = tuple(sorted(names))
    relations.sort(key=lambda r: (r.doc, r.start, r.source, r.plover, r.target or ""))
    return Corpus(
        actors=dict(sorted(actors.items())), affiliation=dict(sorted(affiliation.items())),
        aliases=all_aliases, mentions={a: mentions.get(a, 0) for a in sorted(actors)},
        docs={a: tuple(sorted(docs.get(a, ()))) for a in sorted(actors)},
        relations=tuple(relations), articles=tuple(sorted(articles, key=lambda a: a.id)),
    )


def to_networkx(corpus: Corpus) -> nx.MultiDiGraph:
    """Actors as nodes, events and affiliations as edges, with the attributes the renderers read."""
    g = nx.MultiDiGraph()
    types = plover()
    for actor_id, actor in corpus.actors.items():
        aff = corpus.affiliation.get(actor_id)
        g.add_node(
            actor_id, label=actor.label, kind=actor.kind, affiliation=corpus.actors[aff].label if aff else None,
            affiliation_id=aff, aliases=list(corpus.aliases[actor_id]), mentions=corpus.mentions[actor_id],
            docs=list(corpus.docs[actor_id]), wikidata=actor.wikidata,
        )
    for actor_id, aff in corpus.affiliation.items():
        g.add_edge(actor_id, aff, key=f"aff:{actor_id}", kind="affiliation")
    for eid, rels in corpus.events().items():
        first = rels[0]
        if first.target is None:
            continue
        p = types[first.plover]
        g.add_edge(
            first.source, first.target, key=eid, kind="event", plover=first.plover, quad=p.quad, score=p.score,
            cameo=p.cameo, mode=first.mode, cue=first.cue, issue=first.issue,
            date=first.date.isoformat() if first.date else None, confidence=max(r.confidence for r in rels),
            count=len(rels),
            evidence=[{"doc": r.doc, "sentence": r.sentence, "date": r.date.isoformat() if r.date else None,
                       "start": r.start, "end": r.end, "cue": r.cue} for r in rels],
        )
    return g
