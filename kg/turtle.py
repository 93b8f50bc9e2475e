"""A fast, deterministic Turtle writer for kg's graphs.

rdflib's pretty Turtle serializer spends minutes on graphs of a few hundred
thousand triples; kg's graphs have no blank nodes but those of RDF lists, so a
writer that groups triples by subject and predicate, and writes each list inline as
``( a b c )``, is enough. :class:`Triples` gathers them already grouped, and keeps
IRIs as plain strings and literals as :class:`Lit` (no rdflib term is built or hashed
for them); literals are quoted by rdflib's own escaping, so escaping is rdflib's.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef

__all__ = ["Lit", "Triples", "write_turtle"]

_TYPE, _FIRST, _REST, _NIL = str(RDF.type), str(RDF.first), str(RDF.rest), str(RDF.nil)
_INTEGER = str(XSD.integer)
_quote = Literal._quote_encode  # rdflib's escaping of a literal's text; it reads only the str


class Lit(NamedTuple):
    """A literal as Turtle needs it: its lexical form, datatype IRI and language ("" when none)."""

    lexical: str
    datatype: str = ""
    lang: str = ""


def _term(o):
    """An object as :class:`Triples` keeps it: an IRI as a plain str, a literal as a Lit, a list's head as a BNode."""
    t = type(o)
    if t is Lit or t is BNode or t is str:
        return o
    if isinstance(o, Literal):
        return Lit(str(o), str(o.datatype or ""), o.language or "")
    if isinstance(o, URIRef):
        return str(o)
    if isinstance(o, BNode):
        return o
    raise ValueError(f"write_turtle cannot write {o!r}")


@lru_cache(maxsize=4096)
def _other(value) -> Lit:
    """A literal of another Python value (a Decimal), as rdflib writes it; such values repeat (scores)."""
    return _term(Literal(value))


class Triples:
    """Triples for :func:`write_turtle`, grouped by subject and predicate as they are added."""

    def __init__(self) -> None:
        self.subjects: defaultdict[str, defaultdict[str, set]] = defaultdict(lambda: defaultdict(set))
        self.first: dict[BNode, object] = {}  # rdf:first and rdf:rest of the blank nodes of lists
        self.rest: dict[BNode, object] = {}

    def add(self, triple: tuple) -> None:
        s, p, o = triple
        if type(s) is not URIRef and isinstance(s, BNode):
            p = str(p)
            if p == _FIRST:
                self.first[s] = _term(o)
            elif p == _REST:
                self.rest[s] = _term(o)
            else:
                raise ValueError("write_turtle writes blank nodes only as RDF lists")
        else:
            self.subjects[str(s)][str(p)].add(_term(o))

    @staticmethod
    def lit(value, datatype: URIRef | None = None) -> Lit:
        """The literal of a str, int, Decimal or (with ``datatype``) date, as rdflib's ``Literal`` would write it."""
        if datatype is not None:
            return Lit(value.isoformat() if hasattr(value, "isoformat") else str(value), str(datatype))
        if type(value) is str:
            return Lit(value)
        if type(value) is int:
            return Lit(str(value), _INTEGER)
        return _other(value)


def write_turtle(graph: Graph | Triples | Iterable[tuple], namespaces: Iterable[tuple[str, str]] | None = None) -> str:
    """Turtle text for ``graph`` (:class:`Triples`, an rdflib Graph, or triples with ``namespaces``, the
    ``(prefix, IRI)`` pairs to write names with): prefixes, then subjects, predicates and objects in sorted order."""
    if namespaces is None:
        namespaces = graph.namespace_manager.namespaces()
    if not isinstance(graph, Triples):
        triples = Triples()
        for triple in graph:
            triples.add(triple)
        graph = triples
    prefixes = {prefix: str(ns) for prefix, ns in namespaces}
    writer = _Writer({ns: prefix for prefix, ns in sorted(prefixes.items(), reverse=True)}, graph)
    out = [writer.subject(s, graph.subjects[s]) for s in sorted(graph.subjects)]
    head = [f"@prefix {prefix}: <{prefixes[prefix]}> ." for prefix in sorted(writer.used)]
    return "\n".join(head) + "\n\n" + "\n".join(out)


def _order(o) -> tuple:
    """IRIs before literals, each by its text (a literal then by datatype and language)."""
    return (1, *o) if type(o) is Lit else (0, o, "", "")


class _Writer:
    """Terms as Turtle text, each written once; the prefixes it used."""

    def __init__(self, by_ns: dict[str, str], triples: Triples) -> None:
        self.by_ns, self.triples = by_ns, triples
        self.used: set[str] = set()
        self.texts: dict = {}

    def subject(self, s: str, preds: dict[str, set]) -> str:
        parts = []
        for p in sorted(preds, key=lambda p: (p != _TYPE, p)):
            objects = preds[p]
            if len(objects) == 1:
                texts = [self.text(o) for o in objects]
            else:
                texts = sorted(self.text(o) for o in objects if type(o) is BNode)
                texts += [self.text(o) for o in sorted((o for o in objects if type(o) is not BNode), key=_order)]
            parts.append(f"    {'a' if p == _TYPE else self.text(p)} " + " ,\n        ".join(texts))
        return self.text(s) + "\n" + " ;\n".join(parts) + " .\n"

    def text(self, term) -> str:
        found = self.texts.get(term)
        if found is not None:
            return found
        if type(term) is BNode:
            return self._list(term)
        if type(term) is Lit:
            text = _quote(term.lexical)
            text += f"@{term.lang}" if term.lang else f"^^{self.text(term.datatype)}" if term.datatype else ""
        else:
            text = self._iri(term)
        if len(self.texts) < 500_000:
            self.texts[term] = text
        return text

    def _iri(self, iri: str) -> str:
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = self.by_ns.get(iri[:cut])
        if prefix is not None and _safe_local(iri[cut:]):
            self.used.add(prefix)
            return f"{prefix}:{iri[cut:]}"
        return f"<{iri}>"

    def _list(self, node: BNode) -> str:
        first, rest, items = self.triples.first, self.triples.rest, []
        while node != _NIL:
            if node not in first:
                raise ValueError("write_turtle writes blank nodes only as RDF lists")
            items.append(self.text(first[node]))
            node = rest[node]
        return "( " + " ".join(items) + " )"


def _safe_local(local: str) -> bool:
    """A prefixed name's local part that every Turtle parser reads back the same."""
    return bool(local) and all(ch.isalnum() or ch in "_-" for ch in local) and not local[0] == "-"
