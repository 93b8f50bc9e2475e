"""Read a build back: graph.ttl (or an rdflib Graph) -> the :class:`~kg.graph.Corpus` it was written from.

:func:`read_corpus` is the inverse of :func:`kg.rdf.to_rdf`. A Turtle file is parsed with
Oxigraph (``pyoxigraph.parse``, a streaming parser written in Rust) straight into an index
of plain Python values, never into an rdflib ``Graph``: on a build of a year of news
(1.8 M triples) that takes seconds where rdflib's parser and store took minutes and
gigabytes. rdflib stays the library that builds and writes the graph.

In the index an IRI is its text, a blank node ``_:`` and its label, and a literal its
Python value as rdflib's ``Literal.toPython`` gives it (``xsd:integer`` an int,
``xsd:decimal`` a Decimal, ``xsd:date`` a date, a string a str), so a file and the rdflib
Graph it was written from read back as the same corpus.
"""
from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal
from rdflib.namespace import PROV, SDO, SKOS

from kg.errors import Errors
from kg.graph import Corpus, Issue, canonical_actor, position_order, relation_order
from kg.model import Actor, Article, Position, Relation, Role
from kg.namespaces import ACTOR, DOC, ISSUE, KG, PLOVER, local_id, shorten

__all__ = ["read_corpus", "triples"]


class _Terms:
    """A vocabulary's terms as plain strings, the keys of the index (each looked up in rdflib once)."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._namespace, name))  # a misspelt kg: term fails here (KG is closed)
        setattr(self, name, value)
        return value


KG, SDO, SKOS, PROV, RDFS, RDF = (_Terms(ns) for ns in (KG, SDO, SKOS, PROV, RDFS, RDF))  # type: ignore[assignment]
_NIL, _TYPE = RDF.nil, RDF.type


def _date(text: str) -> date:
    return date.fromisoformat(text)


#: datatype IRI -> the function giving a literal's Python value (as rdflib's toPython does).
_CONVERT: dict[str, Callable[[str], Any]] = {
    str(XSD.integer): int, str(XSD.int): int, str(XSD.long): int, str(XSD.nonNegativeInteger): int,
    str(XSD.decimal): Decimal, str(XSD.double): float, str(XSD.float): float, str(XSD.date): _date,
    str(XSD.boolean): lambda text: text in ("true", "1"),
}


def _literal(text: str, datatype: str) -> Any:
    convert = _CONVERT.get(datatype)
    if convert is None:
        return text
    try:
        return convert(text)
    except (ValueError, InvalidOperation):  # an ill-typed literal: rdflib keeps it as text too
        return text


def _oxigraph_triples(path: Path) -> Iterator[tuple[str, str, Any]]:
    """The triples of a Turtle file, each term as a plain Python value (see the module's docstring)."""
    import pyoxigraph as ox

    named, blank = ox.NamedNode, ox.BlankNode
    for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()):
        s, o = t.subject, t.object
        kind = type(o)
        if kind is named:
            value: Any = o.value
        elif kind is blank:
            value = "_:" + o.value
        elif kind is ox.Literal:
            value = o.value if o.language else _literal(o.value, o.datatype.value)
        else:  # an RDF-star triple term: kg never writes one
            value = str(o)
        yield (s.value if type(s) is named else "_:" + str(getattr(s, "value", s))), t.predicate.value, value


def _rdflib_value(term: Any) -> Any:
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    if isinstance(term, BNode):
        return "_:" + str(term)
    return str(term)


def triples(source: Graph | str | os.PathLike[str]) -> tuple[Iterable[tuple[str, str, Any]], str]:
    """The triples of ``source`` (an rdflib Graph, a Turtle file or a build folder holding graph.ttl) as plain
    Python values, and the name errors give it; a file is parsed lazily, as the triples are read."""
    if isinstance(source, Graph):
        return ((_rdflib_value(s), str(p), _rdflib_value(o)) for s, p, o in source), "graph"
    path = Path(source)
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.is_file():
        raise Errors.NO_GRAPH_FILE(path=path)
    return _oxigraph_triples(path), str(path)


class _Index:
    """The triples of a graph by subject and predicate, read once (each object once per subject and predicate)."""

    def __init__(self, source: Graph | str | os.PathLike[str]) -> None:
        found, self.where = triples(source)
        by: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        typed: dict[Any, list] = defaultdict(list)
        intern: dict[str, str] = {}
        try:
            for s, p, o in found:
                s = intern.setdefault(s, s)
                if o.__class__ is str:
                    o = intern.setdefault(o, o)
                objects = by[s][p]
                if o not in objects:
                    objects.append(o)
                    if p == _TYPE:
                        typed[o].append(s)
        except (SyntaxError, ValueError, OSError) as exc:  # what Oxigraph raises for a file it cannot read
            raise Errors.BAD_GRAPH(path=self.where, detail=" ".join(str(exc).split())[:240]) from None
        self.by, self.typed = by, typed

    def of_type(self, t: Any) -> list:
        return self.typed.get(t, [])

    def all(self, s: Any, p: Any) -> list:
        return self.by[s].get(p, [])

    def get(self, s: Any, p: Any, default: Any = None) -> Any:
        values = self.by[s].get(p)
        return values[0] if values else default

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
        while head is not None and head != _NIL:
            out.append(self.get(head, RDF.first))
            head = self.get(head, RDF.rest)
        return out


def _first(*values: Any) -> Any:
    return next(v for v in values if v is not None)


class _Reader:
    """The records of one indexed graph."""

    def __init__(self, ix: _Index) -> None:
        self.ix = ix
        self.num: dict[tuple[str, str], str] = {}  # (node, namespace) -> ID in it

    def ident(self, node: Any, ns: Any) -> str:
        key = (node, ns)
        if key not in self.num:
            try:
                self.num[key] = local_id(node, ns)
            except ValueError:
                raise Errors.NOT_A_KG_GRAPH(path=self.ix.where, detail=f"{node} is not in {ns}") from None
        return self.num[key]

    def opt_id(self, node: Any, ns: Any) -> str | None:
        return None if node is None else self.ident(node, ns)

    def articles(self) -> tuple[list[Article], dict[str, set[str]]]:
        ix, ident = self.ix, self.ident
        articles = sorted((Article(id=ident(d, DOC), text="", title=ix.text(d, SDO.headline),
                                   published=ix.get(d, SDO.datePublished), source=ix.text(d, SDO.publisher),
                                   url=ix.text(d, SDO.url))
                           for d in ix.of_type(SDO.NewsArticle)), key=lambda a: a.id)
        mentioned: dict[str, set[str]] = defaultdict(set)
        for d in ix.of_type(SDO.NewsArticle):
            for a in ix.all(d, SDO.mentions):
                mentioned[ident(a, ACTOR)].add(ident(d, DOC))
        return articles, mentioned

    def actors(self) -> tuple[dict, dict, dict, dict]:
        ix, ident = self.ix, self.ident
        actors, affiliation, aliases, mentions = {}, {}, {}, {}
        for a in ix.of_type(KG.Actor):
            actor_id = ident(a, ACTOR)
            roles = [Role(title=str(ix.need(r, SDO.roleName)), of=ident(ix.need(r, KG.roleOf), ACTOR),
                          start=ix.get(r, SDO.startDate), end=ix.get(r, SDO.endDate)) for r in ix.all(a, KG.role)]
            actors[actor_id] = canonical_actor(Actor(
                id=actor_id, label=str(ix.need(a, RDFS.label)), kind=str(ix.need(a, KG.kind)),
                aliases=ix.texts(a, SDO.alternateName), demonyms=ix.texts(a, KG.demonym),
                capitals=ix.texts(a, KG.capital), affiliation=self.opt_id(ix.get(a, KG.defaultAffiliation), ACTOR),
                roles=tuple(roles), wikidata=ix.text(a, KG.wikidata), category=ix.text(a, KG.category) or "",
                origin=ix.text(a, KG.origin) or "dictionary"))
            aliases[actor_id] = ix.texts(a, SKOS.altLabel)
            mentions[actor_id] = int(ix.get(a, KG.mentions, 0))
            aff = ix.get(a, KG.affiliation)
            if aff is not None:
                affiliation[actor_id] = ident(aff, ACTOR)
        return actors, affiliation, aliases, mentions

    def relations(self) -> list[Relation]:
        ix, ident = self.ix, self.ident
        relations = []
        for e in ix.of_type(KG.Event):
            source, target = ident(ix.need(e, KG.source), ACTOR), self.opt_id(ix.get(e, KG.target), ACTOR)
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
        return relations

    def issues(self) -> list[Issue]:
        ix, ident = self.ix, self.ident
        issues = []
        for i in ix.of_type(KG.Issue):
            phrases = ix.get(i, KG.phrases)
            kind = str(ix.need(i, KG.issueKind))
            issues.append(Issue(
                id=ident(i, ISSUE), label=str(ix.need(i, RDFS.label)), kind=kind,
                family=str(ix.get(i, KG.issueFamily) or kind), place=ix.text(i, KG.place),
                parties=tuple(sorted(ident(p, ACTOR) for p in ix.all(i, KG.party))),
                first=ix.get(i, KG.firstReported), last=ix.get(i, KG.lastReported),
                mentions=tuple(str(m) for m in ix.items(phrases)) if phrases is not None else ix.texts(i, SKOS.altLabel),
                docs=tuple(sorted(ident(d, DOC) for d in ix.all(i, PROV.wasDerivedFrom))),
                proposer=self.opt_id(ix.get(i, KG.proposer), ACTOR)))
        return issues

    def stances(self) -> list[Position]:
        ix, ident = self.ix, self.ident
        stances = []
        for p in ix.of_type(KG.Position):
            ev = ix.need(p, KG.evidence)
            start = int(ix.need(ev, KG.start))
            stances.append(Position(
                doc=ident(ix.need(ev, KG.article), DOC), actor=ident(ix.need(p, KG.holder), ACTOR),
                issue=ident(ix.need(p, KG.about), ISSUE), position=str(ix.need(p, KG.stance)),
                mode=str(ix.need(p, KG.mode)), date=ix.get(p, KG.date), sentence=str(ix.need(ev, KG.sentence)),
                sent_start=int(ix.get(ev, KG.sentenceStart, start)), cue=str(ix.need(ev, KG.cue)), start=start,
                end=int(ix.need(ev, KG.end)), rule=ix.text(ev, KG.rule) or ""))
        return stances


def read_corpus(source: Graph | str | os.PathLike[str]) -> Corpus:
    """The corpus a graph (an rdflib Graph, a Turtle file, or a build folder holding graph.ttl) was written from.

    Graphs written before the Turtle held all of a corpus read as far as they go: an
    event's mode, issue and place stand for each of its reports, an actor's articles are
    those of its events, and issues have no parties.
    """
    reader = _Reader(_Index(source))
    articles, mentioned = reader.articles()
    actors, affiliation, aliases, mentions = reader.actors()
    relations = reader.relations()
    if not mentioned:  # older graphs: the articles of each actor's events
        for r in relations:
            for actor_id in (r.source, r.target):
                if actor_id:
                    mentioned[actor_id].add(r.doc)
    issues, stances = reader.issues(), reader.stances()
    order = sorted(actors)
    return Corpus(
        actors={a: actors[a] for a in order}, affiliation=dict(sorted(affiliation.items())),
        aliases={a: aliases[a] for a in order}, mentions={a: mentions[a] for a in order},
        docs={a: tuple(sorted(mentioned.get(a, ()))) for a in order},
        relations=tuple(sorted(relations, key=relation_order)), articles=tuple(articles),
        issues=tuple(sorted(issues, key=lambda i: i.id)), stances=tuple(sorted(stances, key=position_order)))
