"""Corpus -> rdflib Graph (Turtle), with PROV-O provenance and schema.org / ORG types."""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace, ORG, PROV, SDO, SKOS

from kg.lexicon import plover
from kg.turtle import write_turtle

if TYPE_CHECKING:  # kg.graph pulls in spaCy; keep `import kg.rdf` light for kg query/validate/serve
    from kg.graph import Corpus

__all__ = ["KG", "BASE", "to_rdf", "to_turtle", "actor_iri"]

BASE = "https://w3id.org/kg-negotiation/"


class KG(DefinedNamespace):
    """The project's own terms (closed: a misspelt term fails at import)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Actor: URIRef
    State: URIRef
    Group: URIRef
    Event: URIRef
    Evidence: URIRef
    PloverType: URIRef
    Issue: URIRef
    Position: URIRef
    kind: URIRef
    affiliation: URIRef
    mentions: URIRef
    source: URIRef
    target: URIRef
    plover: URIRef
    quadClass: URIRef
    score: URIRef
    cameoRoot: URIRef
    mode: URIRef
    cue: URIRef
    issue: URIRef
    place: URIRef
    date: URIRef
    dateFoundBy: URIRef
    confidence: URIRef
    rule: URIRef
    reports: URIRef
    evidence: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    article: URIRef
    wikidata: URIRef
    # issues and positions
    issueKind: URIRef
    proposer: URIRef
    party: URIRef
    firstReported: URIRef
    lastReported: URIRef
    holder: URIRef
    about: URIRef
    stance: URIRef
    supports: URIRef
    opposes: URIRef
    proposes: URIRef
    undecidedOn: URIRef
    # direct actor-to-actor properties, one per PLOVER type
    agree: URIRef
    consult: URIRef
    support: URIRef
    concede: URIRef
    cooperate: URIRef
    aid: URIRef
    retreat: URIRef
    request: URIRef
    accuse: URIRef
    reject: URIRef
    threaten: URIRef
    protest: URIRef
    sanction: URIRef
    mobilize: URIRef
    coerce: URIRef
    assault: URIRef


ACTOR = Namespace(BASE + "actor/")
EVENT = Namespace(BASE + "event/")
DOC = Namespace(BASE + "doc/")
PLOVER = Namespace(BASE + "plover/")
ISSUE = Namespace(BASE + "issue/")
POSITION = Namespace(BASE + "position/")
_STANCE_PROPERTY = {"supports": KG.supports, "opposes": KG.opposes, "proposes": KG.proposes,
                    "undecided": KG.undecidedOn}
_KIND_TYPES = {"state": (SDO.Country, KG.State), "organization": (ORG.Organization, SDO.Organization),
               "person": (SDO.Person, PROV.Person), "group": (KG.Group, PROV.Agent)}


def _safe(text: str) -> str:
    """A name as one IRI path segment: everything but ``A-Za-z0-9_.-~`` percent-encoded (UTF-8)."""
    return quote(text, safe="", errors="replace")


def actor_iri(actor_id: str) -> URIRef:
    return ACTOR[_safe(actor_id)]


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _lit(text: str) -> Literal:
    """A plain string literal with C0 control characters other than tab and newline removed
    (and lone surrogates, which no file can hold, as U+FFFD)."""
    return Literal(_SURROGATE.sub("\ufffd", _CONTROL.sub("", text)))


def to_rdf(corpus: Corpus) -> Graph:
    """The corpus as RDF: actors, events with evidence, articles, and the PLOVER concepts used."""
    g = Graph()
    for prefix, ns in (("kg", KG._NS), ("actor", ACTOR), ("event", EVENT), ("doc", DOC), ("plover", PLOVER),
                       ("issue", ISSUE), ("position", POSITION),
                       ("prov", PROV), ("schema", SDO), ("org", ORG), ("skos", SKOS)):
        g.bind(prefix, ns)
    types = plover()
    for name, p in types.items():
        c = PLOVER[name]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDF.type, KG.PloverType))
        g.add((c, SKOS.prefLabel, Literal(name)))
        g.add((c, SKOS.inScheme, PLOVER[""]))
        g.add((c, KG.quadClass, Literal(p.quad)))
        g.add((c, KG.score, Literal(Decimal(str(p.score)))))
        g.add((c, SKOS.notation, Literal(p.cameo)))
        g.add((c, KG.cameoRoot, Literal(p.cameo)))
    g.add((PLOVER[""], RDF.type, SKOS.ConceptScheme))
    g.add((PLOVER[""], SKOS.prefLabel, Literal("PLOVER event types")))
    for art in corpus.articles:
        d = DOC[_safe(art.id)]
        g.add((d, RDF.type, SDO.NewsArticle))
        g.add((d, RDF.type, PROV.Entity))
        g.add((d, SDO.identifier, _lit(art.id)))
        if art.title:
            g.add((d, SDO.headline, _lit(art.title)))
        if art.published:
            g.add((d, SDO.datePublished, Literal(art.published, datatype=XSD.date)))
        if art.source:
            g.add((d, SDO.publisher, _lit(art.source)))
        if art.url:
            g.add((d, SDO.url, _lit(art.url)))
    for actor_id, actor in corpus.actors.items():
        a = actor_iri(actor_id)
        g.add((a, RDF.type, KG.Actor))
        for t in _KIND_TYPES[actor.kind]:
            g.add((a, RDF.type, t))
        g.add((a, RDFS.label, _lit(actor.label)))
        g.add((a, SDO.name, _lit(actor.label)))
        g.add((a, KG.kind, Literal(actor.kind)))
        g.add((a, KG.mentions, Literal(corpus.mentions[actor_id])))
        for alias in corpus.aliases[actor_id]:
            g.add((a, SKOS.altLabel, _lit(alias)))
        if actor.wikidata:
            g.add((a, KG.wikidata, _lit(actor.wikidata)))
        aff = corpus.affiliation.get(actor_id)
        if aff:
            b = actor_iri(aff)
            g.add((a, KG.affiliation, b))
            g.add((a, SDO.affiliation if actor.kind == "person" else ORG.subOrganizationOf, b))
    for eid, rels in corpus.events().items():
        first = rels[0]
        e = EVENT[eid]
        p = types[first.plover]
        g.add((e, RDF.type, KG.Event))
        g.add((e, RDF.type, PROV.Entity))
        g.add((e, KG.source, actor_iri(first.source)))
        g.add((e, KG.plover, PLOVER[first.plover]))
        g.add((e, KG.quadClass, Literal(p.quad)))
        g.add((e, KG.score, Literal(Decimal(str(p.score)))))
        g.add((e, KG.mode, Literal(first.mode)))
        g.add((e, KG.reports, Literal(len(rels))))
        g.add((e, KG.confidence, Literal(Decimal(str(max(r.confidence for r in rels))))))
        if first.target:
            g.add((e, KG.target, actor_iri(first.target)))
            g.add((actor_iri(first.source), KG[first.plover.lower()], actor_iri(first.target)))
        if first.date:
            g.add((e, KG.date, Literal(first.date, datatype=XSD.date)))
            g.add((e, KG.dateFoundBy, Literal(first.date_how)))
        if first.issue:
            g.add((e, KG.issue, _lit(first.issue)))
        if first.place:
            g.add((e, KG.place, _lit(first.place)))
        for r in rels:
            ev = _evidence(g, e, EVENT[f"{eid}/{_safe(r.doc)}/{r.start}-{r.end}"], r.doc, r.sentence, r.cue,
                           r.start, r.end, r.rule)
            g.add((ev, KG.confidence, Literal(Decimal(str(r.confidence)))))
            g.add((e, KG.rule, _lit(r.rule)))
    _issues(g, corpus)
    return g


def _evidence(g: Graph, owner: URIRef, ev: URIRef, doc: str, sentence: str, cue: str, start: int,
              end: int, rule: str) -> URIRef:
    """One report of an event or position: the sentence and cue quoted from an article."""
    d = DOC[_safe(doc)]
    g.add((owner, KG.evidence, ev))
    g.add((owner, PROV.wasDerivedFrom, d))
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, RDF.type, PROV.Entity))
    g.add((ev, KG.article, d))
    g.add((ev, PROV.wasQuotedFrom, d))
    g.add((ev, KG.sentence, _lit(sentence)))
    g.add((ev, KG.cue, _lit(cue)))
    g.add((ev, KG.start, Literal(start)))
    g.add((ev, KG.end, Literal(end)))
    g.add((ev, KG.rule, _lit(rule)))
    return ev


def _issues(g: Graph, corpus: Corpus) -> None:
    """Issue nodes, and each stated position as a node with its evidence plus a direct triple."""
    for issue in corpus.issues:
        i = ISSUE[_safe(issue.id)]
        g.add((i, RDF.type, KG.Issue))
        g.add((i, RDF.type, PROV.Entity))
        g.add((i, RDFS.label, _lit(issue.label)))
        g.add((i, KG.issueKind, Literal(issue.kind)))
        if issue.place:
            g.add((i, KG.place, _lit(issue.place)))
        if issue.proposer and issue.proposer in corpus.actors:
            g.add((i, KG.proposer, actor_iri(issue.proposer)))
        for party in issue.parties:
            if party in corpus.actors:
                g.add((i, KG.party, actor_iri(party)))
        if issue.first:
            g.add((i, KG.firstReported, Literal(issue.first, datatype=XSD.date)))
        if issue.last:
            g.add((i, KG.lastReported, Literal(issue.last, datatype=XSD.date)))
        for mention in issue.mentions:
            g.add((i, SKOS.altLabel, _lit(mention)))
        for doc in issue.docs:
            g.add((i, PROV.wasDerivedFrom, DOC[_safe(doc)]))
    for st in corpus.stances:
        key = f"{st.doc}/{st.start}-{st.end}/{st.actor}/{st.position}/{st.issue}"
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        pos, ev = POSITION[digest], POSITION[digest + "/evidence"]
        g.add((pos, RDF.type, KG.Position))
        g.add((pos, RDF.type, PROV.Entity))
        g.add((pos, KG.holder, actor_iri(st.actor)))
        g.add((pos, KG.about, ISSUE[_safe(st.issue)]))
        g.add((pos, KG.stance, Literal(st.position)))
        g.add((pos, KG.mode, Literal(st.mode)))
        if st.date:
            g.add((pos, KG.date, Literal(st.date, datatype=XSD.date)))
        _evidence(g, pos, ev, st.doc, st.sentence, st.cue, st.start, st.end, st.rule)
        g.add((pos, KG.rule, _lit(st.rule)))
        g.add((actor_iri(st.actor), _STANCE_PROPERTY[st.position], ISSUE[_safe(st.issue)]))


def to_turtle(corpus: Corpus) -> str:
    """Turtle text; the same corpus always gives the same bytes."""
    return write_turtle(to_rdf(corpus))

