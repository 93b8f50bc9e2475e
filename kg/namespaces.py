"""The namespaces of graph.ttl, the IRIs kg mints in them, and IRIs written back as prefixed names.

>>> actor_iri("HAMAS")
rdflib.term.URIRef('https://w3id.org/kg-negotiation/actor/HAMAS')
>>> shorten("https://w3id.org/kg-negotiation/actor/HAMAS")
'actor:HAMAS'
>>> shorten("https://w3id.org/kg-negotiation/event/E1/d1/4-9") is None  # no prefixed name reads back as it
True
>>> local_id(actor_iri("a b/c"), ACTOR)
'a b/c'
"""
from __future__ import annotations

import re
from urllib.parse import quote, unquote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["BASE", "KG", "Terms", "ACTOR", "EVENT", "DOC", "PLOVER", "ISSUE", "POSITION", "PREFIXES", "segment",
           "actor_iri", "local_id", "shorten"]

BASE = "https://w3id.org/kg-negotiation/"


class KG(DefinedNamespace):
    """The project's own terms (closed: a misspelt term fails at import); defined in kg/data/ontology.ttl."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Actor: URIRef
    State: URIRef
    Group: URIRef
    Role: URIRef
    Event: URIRef
    Evidence: URIRef
    PloverType: URIRef
    Issue: URIRef
    Position: URIRef
    Dyad: URIRef
    # actors
    kind: URIRef
    affiliation: URIRef
    mentions: URIRef
    wikidata: URIRef
    demonym: URIRef
    capital: URIRef
    defaultAffiliation: URIRef
    role: URIRef
    roleOf: URIRef
    category: URIRef
    origin: URIRef
    # events and evidence
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
    sentenceStart: URIRef
    sentenceEnd: URIRef
    start: URIRef
    end: URIRef
    article: URIRef
    extra: URIRef
    # issues and positions
    issueKind: URIRef
    issueFamily: URIRef
    phrases: URIRef
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
    # dyads: the stance matrix
    fromActor: URIRef
    toActor: URIRef
    verbalCooperation: URIRef
    materialCooperation: URIRef
    verbalConflict: URIRef
    materialConflict: URIRef
    events: URIRef
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


for _name in KG.__annotations__:  # each term made once: a DefinedNamespace makes a new URIRef on every access
    type.__setattr__(KG, _name, KG._NS[_name])


class Terms:
    """A namespace whose terms, read as attributes, are made once (``Terms(SDO).Person``): rdflib's
    namespaces make a new URIRef on every access, and writing a large graph reads millions."""

    def __init__(self, ns) -> None:
        self._ns = ns

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self.__dict__[name] = getattr(self._ns, name)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return self._ns[name]


ACTOR = Namespace(BASE + "actor/")
EVENT = Namespace(BASE + "event/")
DOC = Namespace(BASE + "doc/")
PLOVER = Namespace(BASE + "plover/")
ISSUE = Namespace(BASE + "issue/")
POSITION = Namespace(BASE + "position/")

#: The prefixes predeclared for SPARQL and used for prefixed names in output.
PREFIXES: dict[str, str] = {
    "kg": BASE + "ontology#",
    "actor": str(ACTOR),
    "event": str(EVENT),
    "doc": str(DOC),
    "plover": str(PLOVER),
    "issue": str(ISSUE),
    "position": str(POSITION),
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
_PN_LOCAL = re.compile(r"^[A-Za-z0-9_][\w.-]*(?<!\.)$")


def segment(text: str) -> str:
    """A name as one IRI path segment: everything but ``A-Za-z0-9_.-~`` percent-encoded (UTF-8)."""
    return quote(text, safe="", errors="replace")


def actor_iri(actor_id: str) -> URIRef:
    return ACTOR[segment(actor_id)]


def local_id(iri: str, namespace: str) -> str:
    """The name :func:`segment` made an IRI of in ``namespace``, decoded."""
    text = str(iri)
    if not text.startswith(str(namespace)):
        raise ValueError(f"{text} is not in {namespace}")
    return unquote(text[len(str(namespace)):])


def shorten(iri: str) -> str | None:
    """``prefix:local`` for an IRI under one of :data:`PREFIXES` when that prefixed name reads back
    (in SPARQL and Turtle) as the same IRI; else None."""
    text = str(iri)
    for prefix, ns in _LONGEST_FIRST:
        if text.startswith(ns):
            local = text[len(ns):]
            if not local or _PN_LOCAL.match(local):
                return f"{prefix}:{local}"
    return None
