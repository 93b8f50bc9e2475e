"""A fast, deterministic Turtle writer for kg's graphs.

rdflib's pretty Turtle serializer spends minutes on graphs of a few hundred
thousand triples; kg's graphs have no blank nodes but those of RDF lists, so a
writer that groups triples by subject and predicate, and writes each list inline as
``( a b c )``, is enough. Terms are written by rdflib itself (``n3``), so escaping
is rdflib's.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import RDF, BNode, Graph, Literal, URIRef

__all__ = ["write_turtle"]


def _key(term) -> tuple:
    if isinstance(term, Literal):
        return (1, str(term), str(term.datatype or ""), term.language or "")
    return (0, str(term), "", "")


def _lists(graph: Graph | Iterable[tuple]) -> tuple[dict, dict]:
    """``rdf:first`` and ``rdf:rest`` of every blank node; any other use of one is refused."""
    first, rest = {}, {}
    for s, p, o in graph:
        if isinstance(s, BNode):
            if p == RDF.first:
                first[s] = o
            elif p == RDF.rest:
                rest[s] = o
            else:
                raise ValueError("write_turtle writes blank nodes only as RDF lists")
    return first, rest


def write_turtle(graph: Graph | Iterable[tuple], namespaces: Iterable[tuple[str, str]] | None = None) -> str:
    """Turtle text for ``graph`` (an rdflib Graph, or its triples and ``namespaces``, the ``(prefix, IRI)``
    pairs to write names with): prefixes, then subjects, predicates and objects in sorted order."""
    if namespaces is None:
        namespaces = graph.namespace_manager.namespaces()
    prefixes = {prefix: str(ns) for prefix, ns in namespaces}
    by_ns = {ns: prefix for prefix, ns in sorted(prefixes.items(), reverse=True)}
    used: set[str] = set()
    cache: dict = {}
    first, rest = _lists(graph)

    def items(node) -> list:
        out = []
        while node != RDF.nil:
            out.append(first[node])
            node = rest[node]
        return out

    def n3(term) -> str:
        text = cache.get(term)
        if text is None:
            if isinstance(term, URIRef):
                iri = str(term)
                cut = max(iri.rfind("/"), iri.rfind("#")) + 1
                prefix = by_ns.get(iri[:cut])
                if prefix is not None and _safe_local(iri[cut:]):
                    used.add(prefix)
                    text = f"{prefix}:{iri[cut:]}"
                else:
                    text = f"<{iri}>"
            elif isinstance(term, Literal):
                text = term.n3()
                if term.datatype is not None and text.endswith(f"^^<{term.datatype}>"):
                    text = text[: -len(f"<{term.datatype}>")] + n3(term.datatype)
            elif isinstance(term, BNode) and term in first:
                return "( " + " ".join(n3(x) for x in items(term)) + " )"
            else:
                raise ValueError("write_turtle writes blank nodes only as RDF lists")
            if len(cache) < 200_000:
                cache[term] = text
        return text

    subjects: dict = defaultdict(lambda: defaultdict(set))
    for s, p, o in graph:
        if not isinstance(s, BNode):
            subjects[s][p].add(o)
    out = []
    for s in sorted(subjects, key=_key):
        preds = subjects[s]
        order = sorted(preds, key=lambda p: (p != RDF.type, str(p)))
        parts = []
        for p in order:
            objects = " ,\n        ".join(sorted((n3(o) for o in preds[p] if isinstance(o, BNode)))
                                           + [n3(o) for o in sorted((o for o in preds[p] if not isinstance(o, BNode)),
                                                                    key=_key)])
            parts.append(f"    {'a' if p == RDF.type else n3(p)} {objects}")
        out.append(n3(s) + "\n" + " ;\n".join(parts) + " .\n")
    head = [f"@prefix {prefix}: <{prefixes[prefix]}> ." for prefix in sorted(used)]
    return "\n".join(head) + "\n\n" + "\n".join(out)


def _safe_local(local: str) -> bool:
    """A prefixed name's local part that every Turtle parser reads back the same."""
    return bool(local) and all(ch.isalnum() or ch in "_-" for ch in local) and not local[0] == "-"
