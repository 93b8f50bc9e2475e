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

Reading back lives in :mod:`kg.readback` (Oxigraph parses the file).
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date
from decimal import Decimal
from functools import cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns

from kg.graph import Corpus
from kg.lexicon import plover
from kg.model import Actor, Article, Position, Relation
from kg.namespaces import ACTOR, BASE, DOC, EVENT, ISSUE, KG, PLOVER, POSITION, PREFIXES, Terms, actor_iri, segment
from kg.readback import read_corpus
from kg.text import clean
from kg.turtle import Triples, write_turtle

__all__ = ["KG", "BASE", "ACTOR", "DOC", "EVENT", "ISSUE", "PLOVER", "POSITION", "to_rdf", "to_turtle",
           "read_corpus", "actor_iri"]

_safe = segment  # the name the tests and older code know
RDF, RDFS, XSD, ORG, PROV, SDO, SKOS = (Terms(n) for n in (ns.RDF, ns.RDFS, ns.XSD, ns.ORG, ns.PROV, ns.SDO, ns.SKOS))
_STANCE_PROPERTY = {"supports": KG.supports, "opposes": KG.opposes, "proposes": KG.proposes,
                    "undecided": KG.undecidedOn}
_KIND_TYPES = {"state": (SDO.Country, KG.State), "organization": (ORG.Organization, SDO.Organization),
               "person": (SDO.Person, PROV.Person), "group": (KG.Group, PROV.Agent)}


def _lit(g: _Sink, text: str):
    """A plain string literal, cleaned as CSV cells are (:func:`kg.text.clean`)."""
    return g.lit(clean(text))


def _text(g: _Sink, s: URIRef, p: URIRef, value: str | None) -> None:
    """``(s, p, value)`` when there is text left of ``value`` once cleaned."""
    if value and (text := clean(value)):
        g.add((s, p, g.lit(text)))


def _day(g: _Sink, value: date):
    return g.lit(value, XSD.date)


def _decimal(g: _Sink, value: float):
    return g.lit(Decimal(str(value)))


# ---------------------------------------------------------------- writing

_BOUND = ("kg", "actor", "event", "doc", "plover", "issue", "position", "prov", "schema", "org", "skos")


class _Sink:
    """Where :func:`_fill` puts a corpus's triples: ``add`` a triple, ``lit`` makes a literal (an rdflib
    ``Literal`` for a Graph; the Turtle writer's own, cheaper :class:`kg.turtle.Lit` for graph.ttl)."""

    def __init__(self, graph: Graph | Triples) -> None:
        self.add = graph.add
        self.lit = graph.lit if isinstance(graph, Triples) else _literal


def _literal(value, datatype: URIRef | None = None) -> Literal:
    return Literal(value, datatype=datatype)


@cache
def _namespaces() -> tuple[tuple[str, str], ...]:
    """The prefixes an rdflib Graph of a corpus has: rdflib's own, then the project's."""
    return tuple((prefix, str(ns)) for prefix, ns in _graph().namespace_manager.namespaces())


def _graph() -> Graph:
    g = Graph()
    for prefix in _BOUND:
        g.bind(prefix, PREFIXES[prefix])
    return g


def _fill(g: _Sink, corpus: Corpus) -> None:
    _plover_scheme(g)
    for art in corpus.articles:
        _article(g, art)
    for actor_id, actor in corpus.actors.items():
        _actor(g, corpus, actor_id, actor)
    events = corpus.events()
    for eid, rels in events.items():
        _event(g, eid, rels)
    _dyads(g, events)
    _issues(g, corpus)


def to_rdf(corpus: Corpus) -> Graph:
    """The corpus as RDF: articles, actors, events with evidence, issues, positions and the PLOVER scheme."""
    g = _graph()
    _fill(_Sink(g), corpus)
    return g


def to_turtle(corpus: Corpus) -> str:
    """Turtle text of :func:`to_rdf`; the same corpus always gives the same bytes."""
    triples = Triples()
    _fill(_Sink(triples), corpus)
    return write_turtle(triples, _namespaces())


def _list(g: _Sink, items: list) -> BNode:
    """An RDF list of ``items`` (not empty); its head."""
    head = node = BNode()
    for n, item in enumerate(items):
        g.add((node, RDF.first, item))
        following = BNode() if n + 1 < len(items) else RDF.nil
        g.add((node, RDF.rest, following))
        node = following
    return head


def _plover_scheme(g: _Sink) -> None:
    for name, p in plover().items():
        c = PLOVER[name]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDF.type, KG.PloverType))
        g.add((c, SKOS.prefLabel, g.lit(name)))
        g.add((c, SKOS.inScheme, PLOVER[""]))
        g.add((c, KG.quadClass, g.lit(p.quad)))
        g.add((c, KG.score, _decimal(g, p.score)))
        g.add((c, SKOS.notation, g.lit(p.cameo)))
        g.add((c, KG.cameoRoot, g.lit(p.cameo)))
    g.add((PLOVER[""], RDF.type, SKOS.ConceptScheme))
    g.add((PLOVER[""], SKOS.prefLabel, g.lit("PLOVER event types")))


def _article(g: _Sink, art: Article) -> None:
    d = DOC[segment(art.id)]
    g.add((d, RDF.type, SDO.NewsArticle))
    g.add((d, RDF.type, PROV.Entity))
    g.add((d, SDO.identifier, _lit(g, art.id)))
    for prop, value in ((SDO.headline, art.title), (SDO.publisher, art.source), (SDO.url, art.url)):
        _text(g, d, prop, value)
    if art.published:
        g.add((d, SDO.datePublished, _day(g, art.published)))


def _actor(g: _Sink, corpus: Corpus, actor_id: str, actor: Actor) -> None:
    a = actor_iri(actor_id)
    g.add((a, RDF.type, KG.Actor))
    for t in _KIND_TYPES[actor.kind]:
        g.add((a, RDF.type, t))
    g.add((a, RDFS.label, _lit(g, actor.label)))
    g.add((a, SDO.name, _lit(g, actor.label)))
    g.add((a, KG.kind, g.lit(actor.kind)))
    g.add((a, KG.mentions, g.lit(corpus.mentions[actor_id])))
    for prop, values in ((SKOS.altLabel, corpus.aliases[actor_id]), (SDO.alternateName, actor.aliases),
                         (KG.demonym, actor.demonyms), (KG.capital, actor.capitals)):
        for value in values:
            g.add((a, prop, _lit(g, value)))
    for doc in corpus.docs[actor_id]:
        g.add((DOC[segment(doc)], SDO.mentions, a))
    _text(g, a, KG.wikidata, actor.wikidata)
    _text(g, a, KG.category, actor.category)
    g.add((a, KG.origin, _lit(g, actor.origin)))
    if actor.affiliation:
        g.add((a, KG.defaultAffiliation, actor_iri(actor.affiliation)))
    for n, role in enumerate(actor.roles, 1):
        r = URIRef(f"{a}/role/{n}")
        g.add((a, KG.role, r))
        g.add((r, RDF.type, KG.Role))
        g.add((r, SDO.roleName, _lit(g, role.title)))
        g.add((r, KG.roleOf, actor_iri(role.of)))
        for prop, day in ((SDO.startDate, role.start), (SDO.endDate, role.end)):
            if day:
                g.add((r, prop, _day(g, day)))
    aff = corpus.affiliation.get(actor_id)
    if aff:
        b = actor_iri(aff)
        g.add((a, KG.affiliation, b))
        g.add((a, SDO.affiliation if actor.kind == "person" else ORG.subOrganizationOf, b))


def _event(g: _Sink, eid: str, rels: list[Relation]) -> None:
    first = rels[0]
    e = EVENT[eid]
    p = plover()[first.plover]
    g.add((e, RDF.type, KG.Event))
    g.add((e, RDF.type, PROV.Entity))
    g.add((e, KG.source, actor_iri(first.source)))
    g.add((e, KG.plover, PLOVER[first.plover]))
    g.add((e, KG.quadClass, g.lit(p.quad)))
    g.add((e, KG.score, _decimal(g, p.score)))
    g.add((e, KG.mode, g.lit(first.mode)))
    g.add((e, KG.reports, g.lit(len(rels))))
    g.add((e, KG.confidence, _decimal(g, max(r.confidence for r in rels))))
    if first.target:
        g.add((e, KG.target, actor_iri(first.target)))
        g.add((actor_iri(first.source), KG[first.plover.lower()], actor_iri(first.target)))
    if first.date:
        g.add((e, KG.date, _day(g, first.date)))
        g.add((e, KG.dateFoundBy, g.lit(first.date_how)))
    _text(g, e, KG.issue, first.issue)
    _text(g, e, KG.place, first.place)
    for r in rels:
        ev = _evidence(g, e, EVENT[f"{eid}/{segment(r.doc)}/{r.start}-{r.end}"], r)
        g.add((ev, KG.sentenceEnd, g.lit(r.sent_end)))
        g.add((ev, KG.confidence, _decimal(g, r.confidence)))
        g.add((ev, KG.mode, g.lit(r.mode)))
        g.add((ev, KG.dateFoundBy, g.lit(r.date_how)))
        _text(g, ev, KG.issue, r.issue)
        _text(g, ev, KG.place, r.place)
        if r.extra:
            g.add((ev, KG.extra, _lit(g, json.dumps([list(pair) for pair in r.extra], ensure_ascii=False))))
        g.add((e, KG.rule, _lit(g, r.rule)))


_QUAD_COUNTS = {"verbal cooperation": KG.verbalCooperation, "material cooperation": KG.materialCooperation,
                "verbal conflict": KG.verbalConflict, "material conflict": KG.materialConflict}


def _dyads(g: _Sink, events: dict[str, list[Relation]]) -> None:
    """The stance matrix: per source and target, how many events of each quad class (``kg:Dyad``)."""
    counts: dict[tuple[str, str], Counter] = {}
    for rels in events.values():
        first = rels[0]
        if first.target:
            counts.setdefault((first.source, first.target), Counter())[plover()[first.plover].quad] += 1
    for (source, target), quads in counts.items():
        d = URIRef(f"{actor_iri(source)}/towards/{segment(target)}")
        g.add((d, RDF.type, KG.Dyad))
        g.add((d, KG.fromActor, actor_iri(source)))
        g.add((d, KG.toActor, actor_iri(target)))
        for quad, prop in _QUAD_COUNTS.items():
            g.add((d, prop, g.lit(quads[quad])))
        g.add((d, KG.events, g.lit(sum(quads.values()))))


def _evidence(g: _Sink, owner: URIRef, ev: URIRef, r: Relation | Position) -> URIRef:
    """One report of an event or position: the sentence and cue quoted from an article."""
    d = DOC[segment(r.doc)]
    g.add((owner, KG.evidence, ev))
    g.add((owner, PROV.wasDerivedFrom, d))
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, RDF.type, PROV.Entity))
    g.add((ev, KG.article, d))
    g.add((ev, PROV.wasQuotedFrom, d))
    g.add((ev, KG.sentence, _lit(g, r.sentence)))
    g.add((ev, KG.sentenceStart, g.lit(r.sent_start)))
    g.add((ev, KG.cue, _lit(g, r.cue)))
    g.add((ev, KG.start, g.lit(r.start)))
    g.add((ev, KG.end, g.lit(r.end)))
    g.add((ev, KG.rule, _lit(g, r.rule)))
    return ev


def _issues(g: _Sink, corpus: Corpus) -> None:
    """Issue nodes, and each stated position as a node with its evidence plus a direct triple."""
    for issue in corpus.issues:
        i = ISSUE[segment(issue.id)]
        g.add((i, RDF.type, KG.Issue))
        g.add((i, RDF.type, PROV.Entity))
        g.add((i, RDFS.label, _lit(g, issue.label)))
        g.add((i, KG.issueKind, g.lit(issue.kind)))
        g.add((i, KG.issueFamily, g.lit(issue.family)))
        _text(g, i, KG.place, issue.place)
        if issue.proposer:
            g.add((i, KG.proposer, actor_iri(issue.proposer)))
        for party in issue.parties:
            g.add((i, KG.party, actor_iri(party)))
        if issue.first:
            g.add((i, KG.firstReported, _day(g, issue.first)))
        if issue.last:
            g.add((i, KG.lastReported, _day(g, issue.last)))
        for mention in issue.mentions:
            g.add((i, SKOS.altLabel, _lit(g, mention)))
        if issue.mentions:
            g.add((i, KG.phrases, _list(g, [_lit(g, m) for m in issue.mentions])))
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
        g.add((pos, KG.stance, g.lit(st.position)))
        g.add((pos, KG.mode, g.lit(st.mode)))
        if st.date:
            g.add((pos, KG.date, _day(g, st.date)))
        _evidence(g, pos, ev, st)
        g.add((pos, KG.rule, _lit(g, st.rule)))
        g.add((actor_iri(st.actor), _STANCE_PROPERTY[st.position], ISSUE[segment(st.issue)]))
