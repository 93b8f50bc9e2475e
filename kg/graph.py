"""Extraction results -> one merged networkx MultiDiGraph.

Actors are nodes keyed by actor id; every reported event is an edge keyed by its
event id. The same event told by several articles (same source, type, target and
date) is one edge with several pieces of evidence. Affiliation edges run from
persons and sub-units to what they act for.
"""
from __future__ import annotations

import gc
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date

from typing import TYPE_CHECKING

import networkx as nx

from kg.lexicon import plover
from kg.model import Actor, Article, Position, Relation

if TYPE_CHECKING:  # reading a corpus back (kg.rdf) needs no spaCy
    from kg.actors import ActorDict
    from kg.extract import DocResult

__all__ = ["Corpus", "Issue", "assemble", "event_id", "to_networkx", "merge_issues", "canonical_actor",
           "relation_order", "position_order", "ISSUE_WINDOW_DAYS"]

ISSUE_WINDOW_DAYS = 14
_DET = re.compile(r"^(a|an|the|this|that|these|those|any|its|their|his|her|our)\s+", re.I)


@dataclass(frozen=True, slots=True)
class Issue:
    """A proposal, deal, truce, offensive ... merged over the articles that mention it."""

    id: str
    label: str
    kind: str
    family: str
    place: str | None
    parties: tuple[str, ...]
    first: date | None
    last: date | None
    mentions: tuple[str, ...]
    docs: tuple[str, ...]
    proposer: str | None = None


def event_id(source: str, plover_type: str, target: str | None, day: date | None, doc: str, start: int) -> str:
    """A stable id for a merged event: source, type, target and day (else the first report)."""
    basis = f"{source}|{plover_type}|{target or '-'}|{day.isoformat() if day else f'{doc}:{start}'}"
    return "E" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Corpus:
    """Everything one build knows: actors used, their affiliations, and every relation.

    graph.ttl holds all of it: :func:`kg.rdf.read_corpus` reads back an equal corpus.
    ``articles`` are the articles' records without their text and path (no output shows
    them, and memory then grows with the graph, not the corpus); actors are their
    dictionary records with aliases, demonyms, capitals and roles in a canonical order.
    """

    actors: dict[str, Actor]
    affiliation: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    mentions: dict[str, int]
    docs: dict[str, tuple[str, ...]]
    relations: tuple[Relation, ...]
    articles: tuple[Article, ...]  # sorted by id
    issues: tuple[Issue, ...] = ()
    stances: tuple[Position, ...] = ()

    def events(self) -> dict[str, list[Relation]]:
        """Relations grouped into events (one id per source, type, target and day)."""
        out: dict[str, list[Relation]] = defaultdict(list)
        for r in self.relations:
            out[event_id(r.source, r.plover, r.target, r.date, r.doc, r.start)].append(r)
        return dict(sorted(out.items()))


def assemble(results: Iterable[DocResult], dictionary: ActorDict) -> Corpus:
    """Merge per-article results: one actor per id, one affiliation per actor."""
    found: dict[str, tuple[str, Actor]] = {}  # actor id -> (first article id, actor as read there)
    aff_votes: dict[str, Counter] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    relations: list[Relation] = []
    articles = []
    local_issues: list[tuple] = []  # (article, local number, mentions, parties)
    local_stances: list[tuple] = []
    for res in results:
        articles.append(replace(res.article, text="", path=None))
        by_local: dict[int, list] = defaultdict(list)
        for m in res.issues:
            by_local[m.local].append(m)
        for n, ms in sorted(by_local.items()):
            local_issues.append((res.article, n, tuple(ms), res.parties))
        local_stances += [(res.article.id, p) for p in res.positions]
        day = res.article.published.toordinal() if res.article.published else 0
        for actor in res.actors:  # an actor read in several articles is taken from the first by id
            if actor.id not in found or res.article.id < found[actor.id][0]:
                found[actor.id] = (res.article.id, actor)
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
    with _no_collections():  # (see _no_collections)
        used: set[str] = set(mentions) | {r.source for r in relations} | {r.target for r in relations if r.target}
        # the most votes, ties broken by id: merging does not depend on the order of the results
        affiliation = {a: min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0] for a, votes in aff_votes.items()
                       if a in used}
        todo = list(used)
        actors: dict[str, Actor] = {}
        while todo:  # the affiliations of used actors are in the graph too
            actor_id = todo.pop()
            if actor_id in actors:
                continue
            actor = dictionary.get(actor_id) or found.get(actor_id, (None, None))[1]
            if actor is None:
                continue
            actors[actor_id] = canonical_actor(actor)
            aff = affiliation.get(actor_id)
            if aff is None and actor.affiliation and actor.kind != "person":
                affiliation[actor_id] = aff = actor.affiliation
            if aff:
                todo.append(aff)
        affiliation = {a: b for a, b in affiliation.items() if a in actors and b in actors and a != b}
        all_aliases = {}
        for actor_id, actor in actors.items():
            names = set(actor.aliases) | set(actor.demonyms) | set(actor.capitals) | aliases.get(actor_id, set())
            people = actors.get(f"{actor_id}_PEOPLE")
            if people is not None:  # "Palestinians" names the people, not the state
                names -= set(people.aliases)
            names.discard(actor.label)
            all_aliases[actor_id] = tuple(sorted(names))
        relations.sort(key=relation_order)
        issues, where = merge_issues(local_issues)
        stances = []
        for doc, p in local_stances:
            if p.actor in actors and (doc, int(p.issue)) in where:
                stances.append(replace(p, issue=where[(doc, int(p.issue))]))
        stances.sort(key=position_order)
        proposers = {}
        for st in stances:
            if st.position == "proposes":
                proposers.setdefault(st.issue, st.actor)
        issues = tuple(i if i.id not in proposers else _with(i, proposer=proposers[i.id]) for i in issues)
        return Corpus(
            actors=dict(sorted(actors.items())), affiliation=dict(sorted(affiliation.items())),
            aliases=all_aliases, mentions={a: mentions.get(a, 0) for a in sorted(actors)},
            docs={a: tuple(sorted(docs.get(a, ()))) for a in sorted(actors)},
            relations=tuple(relations), articles=tuple(sorted(articles, key=lambda a: a.id)),
            issues=issues, stances=tuple(stances),
        )


@contextmanager
def _no_collections() -> Iterator[None]:
    """Run the body with no automatic collection of cycles (then as before). Merging makes none, and
    each collection walks every result held so far: on a corpus of 2,000 articles the collector took
    more than half of the merge's time."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def canonical_actor(actor: Actor) -> Actor:
    """``actor`` with its names and roles sorted (graph.ttl keeps them as sets)."""
    return replace(actor, aliases=tuple(sorted(set(actor.aliases))), demonyms=tuple(sorted(set(actor.demonyms))),
                   capitals=tuple(sorted(set(actor.capitals))),
                   roles=tuple(sorted(set(actor.roles), key=lambda r: (r.start or date.min, r.end or date.max,
                                                                        r.title, r.of))))


def relation_order(r: Relation) -> tuple:
    """Relations in document and text order (then by every other field, so the order is total)."""
    return (r.doc, r.start, r.source, r.plover, r.target or "", r.end, r.sent_start, r.cue, r.mode, r.rule,
            r.issue or "", r.place or "", r.date_how, r.confidence, r.sentence)


def position_order(p: Position) -> tuple:
    """Positions in document and sentence order (then by every other field, so the order is total)."""
    return (p.doc, p.sent_start, p.actor, p.issue, p.position, p.start, p.end, p.cue, p.mode, p.rule,
            p.date or date.min, p.sentence)


def _with(issue: Issue, **changes) -> Issue:
    return replace(issue, **changes)


def _label(text: str) -> str:
    text = _DET.sub("", " ".join(text.split()))
    return text[:1].upper() + text[1:80] if text else text


def merge_issues(local: list[tuple]) -> tuple[tuple[Issue, ...], dict[tuple[str, int], str]]:
    """Merge article-level issues into corpus issues.

    Two issues are one when they are of the same family (deals, plans, truces and
    ceasefires are one family), name the same place or one names none, concern
    the same two sides, and were reported within ``ISSUE_WINDOW_DAYS`` days of
    each other. Within an article, coreferent mentions already share one issue.
    """
    groups: list[dict] = []
    candidates: dict[tuple, list[dict]] = defaultdict(list)  # (family, parties) -> its groups, oldest first
    where: dict[tuple[str, int], int] = {}
    for article, n, mentions, parties in sorted(local, key=lambda x: (x[0].published or date.min, x[0].id, x[1])):
        place = next((m.place for m in mentions if m.place), None)
        family = mentions[0].family
        day = article.published
        hit = None
        for g in candidates[(family, frozenset(parties))]:
            if place and g["place"] and place.casefold() != g["place"].casefold():
                continue
            if day and g["last"] and abs((day - g["last"]).days) > ISSUE_WINDOW_DAYS:
                continue
            if (day is None) != (g["last"] is None):
                continue
            hit = g
            break
        if hit is None:
            hit = {"family": family, "parties": tuple(sorted(parties)), "place": place, "first": day, "last": day,
                   "mentions": [], "docs": [], "kind": mentions[0].kind,
                   "label": _label(max(mentions[:3], key=lambda m: (m.kind != "ceasefire", len(m.text) < 60, -m.start)).text),
                   "key": f"{family}|{place}|{article.id}|{n}", "n": len(groups)}
            groups.append(hit)
            candidates[(family, frozenset(parties))].append(hit)
        hit["place"] = hit["place"] or place
        if day and (hit["last"] is None or day > hit["last"]):
            hit["last"] = day
        hit["mentions"] += [m.text for m in mentions]
        hit["docs"].append(article.id)
        where[(article.id, n)] = hit["n"]
    issues = []
    ids = []
    for g in groups:
        iid = "I" + hashlib.sha1(g["key"].encode("utf-8")).hexdigest()[:12]
        ids.append(iid)
        issues.append(Issue(iid, g["label"], g["kind"], g["family"], g["place"], g["parties"], g["first"], g["last"],
                            tuple(dict.fromkeys(g["mentions"])), tuple(sorted(set(g["docs"])))))
    return tuple(sorted(issues, key=lambda i: i.id)), {k: ids[v] for k, v in where.items()}


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
    labels = {a: x.label for a, x in corpus.actors.items()}
    for issue in corpus.issues:
        g.add_node(
            issue.id, label=issue.label, kind="issue", issue_kind=issue.kind, place=issue.place,
            proposer=labels.get(issue.proposer) if issue.proposer else None, aliases=list(issue.mentions),
            mentions=len(issue.mentions), docs=list(issue.docs),
            first=issue.first.isoformat() if issue.first else None, last=issue.last.isoformat() if issue.last else None,
        )
    for n, st in enumerate(corpus.stances):
        g.add_edge(st.actor, st.issue, key=f"pos:{st.doc}:{st.sent_start}:{st.actor}:{st.position}:{n}", kind="position",
                   position=st.position, mode=st.mode, date=st.date.isoformat() if st.date else None, cue=st.cue,
                   evidence=[{"doc": st.doc, "sentence": st.sentence, "date": st.date.isoformat() if st.date else None,
                             "rule": st.rule}])
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
                       "start": r.start, "end": r.end, "cue": r.cue, "rule": r.rule} for r in rels],
        )
    return g
