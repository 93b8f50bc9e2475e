"""Check a graph against the SHACL shapes in ``kg/data/shapes.ttl`` (with pySHACL).

``validate_graph`` returns whether the graph conforms and a report with one line
per result, sorted, so the same graph always gives the same report. Violations
make a graph non-conforming; warnings are reported but do not.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg.errors import Errors
from kg.namespaces import shorten
from kg.sparql import load_graph

__all__ = ["shapes_graph", "ontology_graph", "validate_graph"]

SH = Namespace("http://www.w3.org/ns/shacl#")


class _PreparedGraph(Graph):
    """A view of a graph that parses each SPARQL text once.

    pySHACL sends the same SPARQL constraint text for every focus node; rdflib would
    parse it every time, which is most of the cost (10x on a 5,000-triple graph).
    """

    def __init__(self, graph: Graph) -> None:
        super().__init__(store=graph.store, identifier=graph.identifier, namespace_manager=graph.namespace_manager)
        self._prepared: dict[str, object] = {}

    def query(self, query_object, *args, **kwargs):  # type: ignore[override]
        if isinstance(query_object, str) and not kwargs.get("initNs"):
            from rdflib.plugins.sparql import prepareQuery

            prepared = self._prepared.get(query_object)
            if prepared is None:
                prepared = self._prepared[query_object] = prepareQuery(query_object)
            query_object = prepared
        return super().query(query_object, *args, **kwargs)


def _data_graph(name: str) -> Graph:
    text = (resources.files("kg") / "data" / name).read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


@cache
def shapes_graph() -> Graph:
    """The project's SHACL shapes (loaded once)."""
    return _data_graph("shapes.ttl")


@cache
def ontology_graph() -> Graph:
    """The project's ontology, kg/data/ontology.ttl (loaded once)."""
    return _data_graph("ontology.ttl")


def _short(term: Node | None) -> str:
    if term is None:
        return "-"
    if isinstance(term, URIRef):
        return shorten(term) or f"<{term}>"
    if isinstance(term, Literal):
        text = " ".join(str(term).split())
        return repr(text if len(text) <= 60 else text[:59] + "…")
    return "[]"


def _path(results: Graph, path: Node | None) -> str:
    if isinstance(path, BNode):
        inverse = results.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + _short(inverse)
        return "(path)"
    return _short(path)


def _report(results: Graph) -> tuple[list[str], int, int]:
    lines, violations, warnings = [], 0, 0
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        level = str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation"
        if level == "Violation":
            violations += 1
        else:
            warnings += 1
        message = results.value(r, SH.resultMessage)
        value = results.value(r, SH.value)
        line = f"{level}: {_short(results.value(r, SH.focusNode))} {_path(results, results.value(r, SH.resultPath))}"
        line += f": {' '.join(str(message).split()) if message is not None else 'constraint not met'}"
        if value is not None:
            line += f" (value: {_short(value)})"
        lines.append(line)
    return sorted(set(lines)), violations, warnings


def validate_graph(graph: Graph | Path | str, shapes: Graph | Path | str | None = None) -> tuple[bool, str]:
    """Validate a graph (an rdflib Graph, or the path of a graph file) against the SHACL shapes.

    Returns ``(conforms, report_text)``; the report has one line per result and a summary line.
    """
    import pyshacl

    data = graph if isinstance(graph, Graph) else load_graph(graph)
    if shapes is None:
        shacl = shapes_graph()
    elif isinstance(shapes, Graph):
        shacl = shapes
    else:
        if not Path(shapes).is_file():
            raise Errors.NO_SHAPES_FILE(path=shapes)
        try:
            shacl = Graph().parse(str(shapes), format="turtle")
        except Exception as exc:
            raise Errors.BAD_SHAPES(path=shapes, detail=" ".join(str(exc).split())) from None
    try:
        conforms, results, _ = pyshacl.validate(_PreparedGraph(data), shacl_graph=shacl, inference="none",
                                                allow_warnings=True, allow_infos=True)
    except Exception as exc:  # pySHACL reports bad shapes with several exception types
        raise Errors.SHACL_FAILED(detail=" ".join(str(exc).split())) from None
    if not isinstance(results, Graph):  # pySHACL returns its failure instead of raising for bad shapes
        raise Errors.SHACL_FAILED(detail=" ".join(str(results).split())[:300])
    lines, violations, warnings = _report(results)
    summary = (f"{'conforms' if conforms else 'does not conform'}: {len(data)} triples, "
               f"{violations} violation{'s' if violations != 1 else ''}, "
               f"{warnings} warning{'s' if warnings != 1 else ''}")
    return bool(conforms), "\n".join(lines + [summary]) + "\n"
