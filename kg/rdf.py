"""Corpus <-> rdflib Graph (Turtle), with PROV-O provenance and schema.org / ORG types.

:func:`to_rdf` writes everything a :class:`~kg.graph.Corpus` holds, and :func:`read_corpus`
reads it back: ``read_corpus(to_rdf(c)) == c`` for every corpus whose text holds no C0
control character (those are dropped from literals, see :func:`kg.text.clean`). Every
command that starts from a build folder (``kg html``, ``kg positions``, :func:`kg.load`)
goes graph.ttl -> corpus -> the functions the build itself uses.

What each record field becomes:

* article: ``doc:ID`` with ``schema:identifier``, ``headline``, ``datePublished``,
  ``publisher``, ``url`` and ``schema:mentions`` of each actor it names (the text is not kept);
* actor: ``actor:ID`` with ``rdfs:label``, ``kg:kind``, ``kg:mentions``, ``skos:altLabel`` (every
  name the build knows), ``kg:affiliation`` (as read in the articles), ``kg:wikidata`` and its
  dictionary record: ``schema:alternateName``, ``kg:demonym``, ``kg:capital``,
  ``kg:defaultAffiliation``, ``kg:role`` (``kg:Role`` nodes), ``kg:category``, ``kg:origin``;
* relation: one ``kg:Evidence`` of its event (one event per source, type, target and day)
  with the sentence, its offsets, cue, mode, issue, place, how the date was found,
  confidence and rule;
* issue: ``issue:ID`` with ``kg:issueKind``, ``kg:issueFamily``, ``kg:phrases`` (an RDF list,
  in order; also each as ``skos:altLabel``), ``kg:party``, ``kg:proposer`` and the dates;
* position: ``position:…`` with its evidence.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, SDO, SKOS

from kg.errors import Errors
from kg.graph import Corpus, Issue, canonical_actor, position_order, relation_order
from kg.lexicon import plover
from kg.model import Actor, Article, Position, Relation, Role
from kg.namespaces import (ACTOR, BASE, DOC, EVENT, ISSUE, KG, PLOVER, POSITION, PREFIXES, actor_iri, local_id,
                           segment, shorten)
from kg.text import clean
from kg.turtle import write_turtle

__all__ = ["KG", "BASE", "ACTOR", "DOC", "EVENT", "ISSUE", "PLOVER", "POSITION", "to_rdf", "to_turtle",
           "read_corpus", "actor_iri"]

_safe = segment  # the name the tests and older code know
_STANCE_PROPERTY = {"supports": KG.supports, "opposes": KG.opposes, "proposes": KG.proposes,
                    "undecided": KG.undecidedOn}
_KIND_TYPES = {"state": (SDO.Country, KG.State), "organization": (ORG.Organization, SDO.Organization),
               "person": (SDO.Person, PROV.Person), "group": (KG.Group, PROV.Agent)}


def _lit(text: str) -> Literal:
    """A plain string literal, cleaned as CSV cells are (:func:`kg.text.clean`)."""
    return Literal(clean(text))


def _text(g: Graph, s: URIRef, p: URIRef, value: str | None) -> None:
    """``(s, p, value)`` when there is text left of ``value`` once cleaned."""
    if value and (text := clean(value)):
        g.add((s, p, Literal(text)))


def _day(value: date) -> Literal:
    return Literal(value, datatype=XSD.date)


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(value)))


# ---------------------------------------------------------------- writing

_BOUND = ("kg", "actor", "event", "doc", "plover", "issue", "position", "prov", "schema", "org", "skos")


class _Triples(set):
    """The triples of a corpus, gathered for the Turtle writer (filling an rdflib store would cost more than
    writing the file)."""

    add = set.add


@cache
def _namespaces() -> tuple[tuple[str, str], ...]:
    """The prefixes an rdflib Graph of a corpus has: rdflib's own, then the project's."""
    return tuple((prefix, str(ns)) for prefix, ns in _graph().namespace_manager.namespaces())


def _graph() -> Graph:
    g = Graph()
    for prefix in _BOUND:
        g.bind(prefix, PREFIXES[prefix])
    return g


def _fill(g: Graph | _Triples, corpus: Corpus) -> None:
    _plover_scheme(g)
    for art in corpus.articles:
        _article(g, art)
    for actor_id, actor in corpus.actors.items():
        _actor(g, corpus, actor_id, actor)
    for eid, rels in corpus.events().items():
        _event(g, eid, rels)
    _issues(g, corpus)


def to_rdf(corpus: Corpus) -> Graph:
    """The corpus as RDF: articles, actors, events with evidence, issues, positions and the PLOVER scheme."""
    g = _graph()
    _fill(g, corpus)
    return g


def to_turtle(corpus: Corpus) -> str:
    """Turtle text of :func:`to_rdf`; the same corpus always gives the same bytes."""
    triples = _Triples()
    _fill(triples, corpus)
    return write_turtle(triples, _namespaces())


def _list(g: Graph | _Triples, items: list) -> BNode:
    """An RDF list of ``items`` (not empty); its head."""
    head = node = BNode()
    for n, item in enumerate(items):
        g.add((node, RDF.first, item))
        following = BNode() if n + 1 < len(items) else RDF.nil
        g.add((node, RDF.rest, following))
        node = following
    return head


def _plover_scheme(g: Graph) -> None:
    for name, p in plover().items():
        c = PLOVER[name]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDF.type, KG.PloverType))
        g.add((c, SKOS.prefLabel, Literal(name)))
        g.add((c, SKOS.inScheme, PLOVER[""]))
        g.add((c, KG.quadClass, Literal(p.quad)))
        g.add((c, KG.score, _decimal(p.score)))
        g.add((c, SKOS.notation, Literal(p.cameo)))
        g.add((c, KG.cameoRoot, Literal(p.cameo)))
    g.add((PLOVER[""], RDF.type, SKOS.ConceptScheme))
    g.add((PLOVER[""], SKOS.prefLabel, Literal("PLOVER event types")))


def _article(g: Graph, art: Article) -> None:
    d = DOC[segment(art.id)]
    g.add((d, RDF.type, SDO.NewsArticle))
    g.add((d, RDF.type, PROV.Entity))
    g.add((d, SDO.identifier, _lit(art.id)))
    for prop, value in ((SDO.headline, art.title), (SDO.publisher, art.source), (SDO.url, art.url)):
        _text(g, d, prop, value)
    if art.published:
        g.add((d, SDO.datePublished, _day(art.published)))


def _actor(g: Graph, corpus: Corpus, actor_id: str, actor: Actor) -> None:
    a = actor_iri(actor_id)
    g.add((a, RDF.type, KG.Actor))
    for t in _KIND_TYPES[actor.kind]:
        g.add((a, RDF.type, t))
    g.add((a, RDFS.label, _lit(actor.label)))
    g.add((a, SDO.name, _lit(actor.label)))
    g.add((a, KG.kind, Literal(actor.kind)))
    g.add((a, KG.mentions, Literal(corpus.mentions[actor_id])))
    for prop, values in ((SKOS.altLabel, corpus.aliases[actor_id]), (SDO.alternateName, actor.aliases),
                         (KG.demonym, actor.demonyms), (KG.capital, actor.capitals)):
        for value in values:
            g.add((a, prop, _lit(value)))
    for doc in corpus.docs[actor_id]:
        g.add((DOC[segment(doc)], SDO.mentions, a))
    _text(g, a, KG.wikidata, actor.wikidata)
    _text(g, a, KG.category, actor.category)
    g.add((a, KG.origin, _lit(actor.origin)))
    if actor.affiliation:
        g.add((a, KG.defaultAffiliation, actor_iri(actor.affiliation)))
    for n, role in enumerate(actor.roles, 1):
        r = URIRef(f"{a}/role/{n}")
        g.add((a, KG.role, r))
        g.add((r, RDF.type, KG.Role))
        g.add((r, SDO.roleName, _lit(role.title)))
        g.add((r, KG.roleOf, actor_iri(role.of)))
        for prop, day in ((SDO.startDate, role.start), (SDO.endDate, role.end)):
            if day:
                g.add((r, prop, _day(day)))
    aff = corpus.affiliation.get(actor_id)
    if aff:
        b = actor_iri(aff)
        g.add((a, KG.affiliation, b))
        g.add((a, SDO.affiliation if actor.kind == "person" else ORG.subOrganizationOf, b))


def _event(g: Graph, eid: str, rels: list[Relation]) -> None:
    first = rels[0]
    e = EVENT[eid]
    p = plover()[first.plover]
    g.add((e, RDF.type, KG.Event))
    g.add((e, RDF.type, PROV.Entity))
    g.add((e, KG.source, actor_iri(first.source)))
    g.add((e, KG.plover, PLOVER[first.plover]))
    g.add((e, KG.quadClass, Literal(p.quad)))
    g.add((e, KG.score, _decimal(p.score)))
    g.add((e, KG.mode, Literal(first.mode)))
    g.add((e, KG.reports, Literal(len(rels))))
    g.add((e, KG.confidence, _decimal(max(r.confidence for r in rels))))
    if first.target:
        g.add((e, KG.target, actor_iri(first.target)))
        g.add((actor_iri(first.source), KG[first.plover.lower()], actor_iri(first.target)))
    if first.date:
        g.add((e, KG.date, _day(first.date)))
        g.add((e, KG.dateFoundBy, Literal(first.date_how)))
    _text(g, e, KG.issue, first.issue)
    _text(g, e, KG.place, first.place)
    for r in rels:
        ev = _evidence(g, e, EVENT[f"{eid}/{segment(r.doc)}/{r.start}-{r.end}"], r)
        g.add((ev, KG.sentenceEnd, Literal(r.sent_end)))
        g.add((ev, KG.confidence, _decimal(r.confidence)))
        g.add((ev, KG.mode, Literal(r.mode)))
        g.add((ev, KG.dateFoundBy, Literal(r.date_how)))
        _text(g, ev, KG.issue, r.issue)
        _text(g, ev, KG.place, r.place)
        if r.extra:
            g.add((ev, KG.extra, _lit(json.dumps([list(pair) for pair in r.extra], ensure_ascii=False))))
        g.add((e, KG.rule, _lit(r.rule)))


def _evidence(g: Graph, owner: URIRef, ev: URIRef, r: Relation | Position) -> URIRef:
    """One report of an event or position: the sentence and cue quoted from an article."""
    d = DOC[segment(r.doc)]
    g.add((owner, KG.evidence, ev))
    g.add((owner, PROV.wasDerivedFrom, d))
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, RDF.type, PROV.Entity))
    g.add((ev, KG.article, d))
    g.add((ev, PROV.wasQuotedFrom, d))
    g.add((ev, KG.sentence, _lit(r.sentence)))
    g.add((ev, KG.sentenceStart, Literal(r.sent_start)))
    g.add((ev, KG.cue, _lit(r.cue)))
    g.add((ev, KG.start, Literal(r.start)))
    g.add((ev, KG.end, Literal(r.end)))
    g.add((ev, KG.rule, _lit(r.rule)))
    return ev


def _issues(g: Graph, corpus: Corpus) -> None:
    """Issue nodes, and each stated position as a node with its evidence plus a direct triple."""
    for issue in corpus.issues:
        i = ISSUE[segment(issue.id)]
        g.add((i, RDF.type, KG.Issue))
        g.add((i, RDF.type, PROV.Entity))
        g.add((i, RDFS.label, _lit(issue.label)))
        g.add((i, KG.issueKind, Literal(issue.kind)))
        g.add((i, KG.issueFamily, Literal(issue.family)))
        _text(g, i, KG.place, issue.place)
        if issue.proposer:
            g.add((i, KG.proposer, actor_iri(issue.proposer)))
        for party in issue.parties:
            g.add((i, KG.party, actor_iri(party)))
        if issue.first:
            g.add((i, KG.firstReported, _day(issue.first)))
        if issue.last:
            g.add((i, KG.lastReported, _day(issue.last)))
        for mention in issue.mentions:
            g.add((i, SKOS.altLabel, _lit(mention)))
        if issue.mentions:
            g.add((i, KG.phrases, _list(g, [_lit(m) for m in issue.mentions])))
        for doc in issue.docs:
            g.add((i, PROV.wasDerivedFrom, DOC[segment(doc)]))
    for st in corpus.stances:
        key = f"{st.doc}/{st.start}-{st.end}/{st.actor}/{st.position}/{st.issue}"
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        pos, ev = POSITION[digest], POSITION[digest + "/evidence"]
        g.add((pos, RDF.type, KG.Position))
        g.add((pos, RDF.type, PROV.Entity))
        g.add((pos, KG.holder, actor_iri(st.actor)))
        g.add((pos, KG.about, ISSUE[segment(st.issue)]))
        g.add((pos, KG.stance, Literal(st.position)))
        g.add((pos, KG.mode, Literal(st.mode)))
        if st.date:
            g.add((pos, KG.date, _day(st.date)))
        _evidence(g, pos, ev, st)
        g.add((pos, KG.rule, _lit(st.rule)))
        g.add((actor_iri(st.actor), _STANCE_PROPERTY[st.position], ISSUE[segment(st.issue)]))


# ---------------------------------------------------------------- reading

class _Index:
    """The triples of a graph by subject and predicate, read once."""

    def __init__(self, g: Graph, where: str) -> None:
        self.by: dict[Any, dict[Any, list]] = defaultdict(lambda: defaultdict(list))
        self.typed: dict[Any, list] = defaultdict(list)
        for s, p, o in g:
            self.by[s][p].append(o)
            if p == RDF.type:
                self.typed[o].append(s)
        self.where = where

    def all(self, s: Any, p: Any) -> list:
        return self.by[s].get(p, [])

    def get(self, s: Any, p: Any, default: Any = None) -> Any:
        values = self.by[s].get(p)
        return values[0].toPython() if values and isinstance(values[0], Literal) else (values[0] if values else default)

    def need(self, s: Any, p: Any) -> Any:
        value = self.get(s, p)
        if value is None:
            raise Errors.NOT_A_KG_GRAPH(path=self.where, detail=f"{shorten(s) or s} has no {shorten(p) or p}")
        return value

    def text(self, s: Any, p: Any) -> str | None:
        value = self.by[s].get(p)
        return str(value[0]) if value else None

    def texts(self, s: Any, p: Any) -> tuple[str, ...]:
        return tuple(sorted(str(v) for v in self.by[s].get(p, ())))

    def items(self, head: Any) -> list:
        out = []
        while head is not None and head != RDF.nil:
            out.append(self.get(head, RDF.first))
            head = self.get(head, RDF.rest)
        return out


def _first(*values: Any) -> Any:
    return next(v for v in values if v is not None)


def _load(source: Graph | str | os.PathLike[str]) -> tuple[Graph, str]:
    if isinstance(source, Graph):
        return source, "graph"
    path = Path(source)
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.is_file():
        raise Errors.NO_GRAPH_FILE(path=path)
    try:
        return Graph().parse(path, format="turtle"), str(path)
    except Exception as exc:  # rdflib raises many types for bad input
        raise Errors.BAD_GRAPH(path=path, detail=" ".join(str(exc).split())[:240]) from None


def read_corpus(source: Graph | str | os.PathLike[str]) -> Corpus:
    """The corpus a graph (an rdflib Graph, a Turtle file, or a build folder holding graph.ttl) was written from.

    Graphs written before the Turtle held all of a corpus read as far as they go: an
    event's mode, issue and place stand for each of its reports, an actor's articles are
    those of its events, and issues have no parties.
    """
    g, where = _load(source)
    ix = _Index(g, where)
    num = {}  # node -> ID in its namespace

    def ident(node: Any, ns: Any) -> str:
        if node not in num:
            try:
                num[node] = local_id(node, ns)
            except ValueError:
                raise Errors.NOT_A_KG_GRAPH(path=where, detail=f"{node} is not in {ns}") from None
        return num[node]

    def opt_id(node: Any, ns: Any) -> str | None:
        return None if node is None else ident(node, ns)

    articles = sorted((Article(id=ident(d, DOC), text="", title=ix.text(d, SDO.headline), published=ix.get(d, SDO.datePublished),
                               source=ix.text(d, SDO.publisher), url=ix.text(d, SDO.url))
                       for d in ix.typed[SDO.NewsArticle]), key=lambda a: a.id)
    mentioned: dict[str, set[str]] = defaultdict(set)
    for d in ix.typed[SDO.NewsArticle]:
        for a in ix.all(d, SDO.mentions):
            mentioned[ident(a, ACTOR)].add(ident(d, DOC))
    actors, affiliation, aliases, mentions = {}, {}, {}, {}
    for a in ix.typed[KG.Actor]:
        actor_id = ident(a, ACTOR)
        roles = [Role(title=str(ix.need(r, SDO.roleName)), of=ident(ix.need(r, KG.roleOf), ACTOR),
                      start=ix.get(r, SDO.startDate), end=ix.get(r, SDO.endDate)) for r in ix.all(a, KG.role)]
        actors[actor_id] = canonical_actor(Actor(
            id=actor_id, label=str(ix.need(a, RDFS.label)), kind=str(ix.need(a, KG.kind)),
            aliases=ix.texts(a, SDO.alternateName), demonyms=ix.texts(a, KG.demonym), capitals=ix.texts(a, KG.capital),
            affiliation=opt_id(ix.get(a, KG.defaultAffiliation), ACTOR), roles=tuple(roles),
            wikidata=ix.text(a, KG.wikidata), category=ix.text(a, KG.category) or "",
            origin=ix.text(a, KG.origin) or "dictionary"))
        aliases[actor_id] = ix.texts(a, SKOS.altLabel)
        mentions[actor_id] = int(ix.get(a, KG.mentions, 0))
        aff = ix.get(a, KG.affiliation)
        if aff is not None:
            affiliation[actor_id] = ident(aff, ACTOR)
    relations = []
    for e in ix.typed[KG.Event]:
        source, target = ident(ix.need(e, KG.source), ACTOR), opt_id(ix.get(e, KG.target), ACTOR)
        kind, day = ident(ix.need(e, KG.plover), PLOVER), ix.get(e, KG.date)
        for ev in ix.all(e, KG.evidence):
            own = ev if ix.get(ev, KG.sentenceStart) is not None else e  # older graphs: the event's values
            start, end = int(ix.need(ev, KG.start)), int(ix.need(ev, KG.end))
            extra = ix.text(ev, KG.extra)
            relations.append(Relation(
                doc=ident(ix.need(ev, KG.article), DOC), source=source, plover=kind, target=target,
                cue=str(ix.need(ev, KG.cue)), sentence=str(ix.need(ev, KG.sentence)),
                sent_start=int(ix.get(ev, KG.sentenceStart, start)), sent_end=int(ix.get(ev, KG.sentenceEnd, end)),
                start=start, end=end, issue=ix.text(own, KG.issue), place=ix.text(own, KG.place), date=day,
                date_how=str(ix.get(own, KG.dateFoundBy) or ("published" if day else "unknown")),
                mode=str(ix.get(own, KG.mode) or "asserted"),
                confidence=float(_first(ix.get(ev, KG.confidence), ix.get(e, KG.confidence), 0.5)),
                rule=ix.text(ev, KG.rule) or "",
                extra=tuple(tuple(pair) for pair in json.loads(extra)) if extra else ()))
    if not mentioned:  # older graphs: the articles of each actor's events
        for r in relations:
            for actor_id in (r.source, r.target):
                if actor_id:
                    mentioned[actor_id].add(r.doc)
    issues = []
    for i in ix.typed[KG.Issue]:
        phrases = ix.get(i, KG.phrases)
        kind = str(ix.need(i, KG.issueKind))
        issues.append(Issue(
            id=ident(i, ISSUE), label=str(ix.need(i, RDFS.label)), kind=kind,
            family=str(ix.get(i, KG.issueFamily) or kind), place=ix.text(i, KG.place),
            parties=tuple(sorted(ident(p, ACTOR) for p in ix.all(i, KG.party))),
            first=ix.get(i, KG.firstReported), last=ix.get(i, KG.lastReported),
            mentions=tuple(str(m) for m in ix.items(phrases)) if phrases is not None else ix.texts(i, SKOS.altLabel),
            docs=tuple(sorted(ident(d, DOC) for d in ix.all(i, PROV.wasDerivedFrom))),
            proposer=opt_id(ix.get(i, KG.proposer), ACTOR)))
    stances = []
    for p in ix.typed[KG.Position]:
        ev = ix.need(p, KG.evidence)
        start = int(ix.need(ev, KG.start))
        stances.append(Position(
            doc=ident(ix.need(ev, KG.article), DOC), actor=ident(ix.need(p, KG.holder), ACTOR),
            issue=ident(ix.need(p, KG.about), ISSUE), position=str(ix.need(p, KG.stance)),
            mode=str(ix.need(p, KG.mode)), date=ix.get(p, KG.date), sentence=str(ix.need(ev, KG.sentence)),
            sent_start=int(ix.get(ev, KG.sentenceStart, start)), cue=str(ix.need(ev, KG.cue)), start=start,
            end=int(ix.need(ev, KG.end)), rule=ix.text(ev, KG.rule) or ""))
    order = sorted(actors)
    return Corpus(
        actors={a: actors[a] for a in order}, affiliation=dict(sorted(affiliation.items())),
        aliases={a: aliases[a] for a in order}, mentions={a: mentions[a] for a in order},
        docs={a: tuple(sorted(mentioned.get(a, ()))) for a in order},
        relations=tuple(sorted(relations, key=relation_order)), articles=tuple(articles),
        issues=tuple(sorted(issues, key=lambda i: i.id)), stances=tuple(sorted(stances, key=position_order)))
