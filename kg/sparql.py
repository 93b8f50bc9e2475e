"""SPARQL engines: a graph file loaded into rdflib or Oxigraph, queried, answered as rows of rdflib terms.

Both backends give the same :class:`Result` for the same query: Oxigraph terms are
turned into rdflib terms, and numeric and boolean literals get one canonical
lexical form (Oxigraph writes the decimal 1.0 as "1", rdflib as "1.0").
Errors are :class:`~kg.errors.KgError` with one line: a syntax error names its line
and column; an update (INSERT, DELETE, ...) is refused.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, URIRef, Variable, XSD
from rdflib.term import Node

from kg.errors import Errors, KgError
from kg.namespaces import PREFIXES

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["PREFIXES", "BACKENDS", "Result", "Backend", "RdflibBackend", "OxigraphBackend", "load_graph",
           "open_backend", "mask_sparql", "check_query"]

BACKENDS = ("rdflib", "oxigraph")


@dataclass(frozen=True)
class Result:
    """What a query returned: rows of rdflib terms (None where unbound), a boolean, or a graph."""

    kind: str  # select | ask | graph
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None


# ---------------------------------------------------------------- terms

def _canonical(term: Node | None) -> Node | None:
    """Numeric and boolean literals in one canonical lexical form, so both backends print alike."""
    if not isinstance(term, Literal) or term.datatype is None:
        return term
    dt = term.datatype
    try:
        if dt in (XSD.integer, XSD.int, XSD.long, XSD.short, XSD.byte, XSD.nonNegativeInteger,
                  XSD.positiveInteger, XSD.negativeInteger, XSD.nonPositiveInteger, XSD.unsignedInt,
                  XSD.unsignedLong, XSD.unsignedShort, XSD.unsignedByte):
            return Literal(str(int(str(term))), datatype=dt)
        if dt == XSD.decimal:
            d = Decimal(str(term))
            text = format(d, "f")
            if "." in text:
                text = text.rstrip("0")
            text = text + "0" if text.endswith(".") else (text if "." in text else text + ".0")
            return Literal("0.0" if text in ("-0.0", "+0.0") else text, datatype=dt)
        if dt in (XSD.double, XSD.float):
            return Literal(repr(float(str(term))), datatype=dt)
        if dt == XSD.boolean:
            return Literal(str(term).strip() in ("true", "1"), datatype=dt)
    except (ValueError, InvalidOperation):
        return term
    return term


def _memo(convert: Callable[[Any], Node | None]) -> Callable[[Any], Node | None]:
    """``convert`` with a per-result cache: result cells repeat (actors, counts), and terms are slow to build."""
    cache: dict[Any, Node | None] = {}

    def run(term: Any) -> Node | None:
        if term is None:
            return None
        try:
            return cache[term]
        except KeyError:
            out = cache[term] = convert(term)
            return out

    return run


_MASKED = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*')


def mask_sparql(text: str) -> str:
    """``text`` with strings, IRIs and comments blanked out (same length, newlines kept)."""
    return _MASKED.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def _one_line(text: str, limit: int = 240) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


# ---------------------------------------------------------------- backends

def load_graph(path: Path | str) -> Graph:
    """Parse a graph file (Turtle unless the suffix says otherwise) into an rdflib Graph."""
    path = Path(path)
    if not path.is_file():
        raise Errors.NO_GRAPH_FILE(path=path)
    from rdflib.util import guess_format
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    try:
        g.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as exc:  # rdflib raises many types for bad input
        raise Errors.BAD_GRAPH(path=path, detail=_one_line(exc)) from None
    return g


class Backend:
    """A loaded graph that answers SPARQL queries; ``query`` returns a :class:`Result`."""

    name = ""

    def __len__(self) -> int:
        raise NotImplementedError

    def query(self, text: str) -> Result:
        raise NotImplementedError


class RdflibBackend(Backend):
    name = "rdflib"

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def __len__(self) -> int:
        return len(self.graph)

    def query(self, text: str) -> Result:
        from pyparsing import ParseBaseException
        from rdflib.plugins.sparql import prepareQuery

        try:
            prepared = prepareQuery(text, initNs=PREFIXES)
        except ParseBaseException as exc:
            _raise_if_update(text)
            raise Errors.SPARQL_SYNTAX(line=exc.lineno, column=exc.col, detail=f"{_one_line(exc.msg)} "
                                       f"(near {_one_line(exc.line.strip(), 60)!r})") from None
        except Exception as exc:
            raise _prefix_error(text, str(exc)) from None
        try:
            res = self.graph.query(prepared)
            if res.type == "SELECT":
                names = tuple(str(v) for v in res.vars or ())
                conv = _memo(_canonical)
                rows = tuple(tuple(conv(row[i]) for i in range(len(names))) for row in res)
                return Result("select", names, rows)
            if res.type == "ASK":
                return Result("ask", boolean=bool(res.askAnswer))
            return Result("graph", graph=_bound(res.graph))
        except KgError:
            raise
        except Exception as exc:
            raise Errors.SPARQL_FAILED(detail=_one_line(exc)) from None


class OxigraphBackend(Backend):
    name = "oxigraph"

    def __init__(self, store: pyoxigraph.Store) -> None:
        self.store = store

    def __len__(self) -> int:
        return len(self.store)

    def query(self, text: str) -> Result:
        import pyoxigraph as ox

        try:
            res = self.store.query(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            _raise_if_update(text)
            msg = str(exc)
            if "Prefix not found" in msg and (found := _undeclared_prefix(text)) is not None:
                raise found from None
            m = re.match(r"error at (\d+):(\d+):\s*(.*)", msg, re.DOTALL)
            if m:
                raise Errors.SPARQL_SYNTAX(line=m.group(1), column=m.group(2), detail=_one_line(m.group(3), 160)) from None
            raise Errors.SPARQL_SYNTAX_NO_PLACE(detail=_one_line(msg)) from None
        try:
            if isinstance(res, ox.QuerySolutions):
                names = tuple(v.value for v in res.variables)
                rows = _tsv_rows(res.serialize(format=ox.QueryResultsFormat.TSV), len(names)) if names else None
                if rows is None:  # RDF-star triple terms: term by term
                    conv = _memo(lambda t: _canonical(_from_ox(t)))
                    rows = tuple(tuple(map(conv, sol)) for sol in self.store.query(text, prefixes=PREFIXES))
                return Result("select", names, rows)
            if isinstance(res, ox.QueryBoolean):
                return Result("ask", boolean=bool(res))
            g = _bound(Graph())
            for t in res:
                g.add((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)))
            return Result("graph", graph=g)
        except OSError as exc:
            raise Errors.SPARQL_FAILED(detail=_one_line(exc)) from None


_TSV_ESCAPE = re.compile(r"\\(.)")
_TSV_CHARS = {"t": "\t", "n": "\n", "r": "\r", '"': '"', "\\": "\\"}
_BARE = {"true": XSD.boolean, "false": XSD.boolean}


def _tsv_term(cell: str) -> Node | None:
    """One cell of Oxigraph's SPARQL TSV results as an rdflib term (None where unbound)."""
    if not cell:
        return None
    first = cell[0]
    if first == "<":
        return URIRef(cell[1:-1])
    if first == "_":
        return BNode(cell[2:])
    if first == '"':
        close = cell.rindex('"')  # a language tag or datatype IRI holds no quote
        value = _TSV_ESCAPE.sub(lambda m: _TSV_CHARS.get(m.group(1), m.group(0)), cell[1:close])
        rest = cell[close + 1:]
        if rest.startswith("@"):
            return Literal(value, lang=rest[1:])
        if rest.startswith("^^<"):
            return Literal(value, datatype=URIRef(rest[3:-1]))
        return Literal(value)
    dt = _BARE.get(cell) or (XSD.double if "e" in cell or "E" in cell else XSD.decimal if "." in cell else XSD.integer)
    return Literal(cell, datatype=dt)  # Turtle's short forms of numbers and booleans


def _tsv_rows(data: bytes, width: int) -> tuple[tuple[Node | None, ...], ...] | None:
    """Rows from SPARQL TSV results (written by Oxigraph in one go, far faster than term by term);
    None when a cell is an RDF-star triple term, which this reader leaves to the slower path."""
    lines = data.decode("utf-8").split("\n")[1:-1]  # a header line, then one line per row, each ended by \n
    if any(line.startswith("<<") or "\t<<" in line for line in lines):
        return None
    cache: dict[str, Node | None] = {}

    def term(cell: str) -> Node | None:
        try:
            return cache[cell]
        except KeyError:
            out = cache[cell] = _canonical(_tsv_term(cell))
            return out

    return tuple(tuple(map(term, line.split("\t"))) if width > 1 else (term(line),) for line in lines)


def _bound(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, replace=True)
    return g


def _from_ox(term: Any) -> Node | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt == str(XSD.string) else URIRef(dt))
    return Literal(str(term))  # RDF-star triple terms: shown as text


def _raise_if_update(text: str) -> None:
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:
        return
    raise Errors.SPARQL_UPDATE()


def check_query(text: str, *, allow_service: bool = False) -> None:
    """Refuse what a shared endpoint must not run: anything but a SPARQL 1.1 query, and SERVICE.

    ``text`` is parsed with rdflib's SPARQL grammar (keywords in any case, comments, strings and
    ``\\u`` escapes read as the grammar reads them), and the parse tree is searched for a
    ``SERVICE`` pattern anywhere (in OPTIONAL, MINUS, EXISTS, sub-queries ...). A second, lexical
    look (strings, IRIs and comments blanked out) catches a bare ``SERVICE`` keyword in case the
    parser and the query engine ever read a query differently. Unless ``allow_service``, a query
    the grammar cannot read is refused too, so nothing unchecked runs. Raises
    :class:`~kg.errors.KgError` (exit code 2) with one line.

    >>> check_query("select * { service <http://127.0.0.1:8999/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.KgError: SERVICE <http://127.0.0.1:8999/sparql> is not allowed: this endpoint does not query other endpoints (kg serve --allow-service allows it)
    >>> check_query("SELECT ?service WHERE { ?s ?p 'SERVICE <http://x/> {}' } # SERVICE <http://y/>")
    """
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(text)
    except ParseBaseException as exc:
        _raise_if_update(text)
        if allow_service:
            return  # nothing to look for: the engine reports the syntax error
        _refuse_service_keyword(text)
        raise Errors.SPARQL_SYNTAX(line=exc.lineno, column=exc.col,
                                   detail=f"{_one_line(exc.msg)} (near {_one_line(exc.line.strip(), 60)!r})") from None
    except Exception as exc:  # RecursionError on absurd nesting, and whatever else the parser raises
        if allow_service:
            return
        raise Errors.SPARQL_UNREADABLE(detail=_one_line(exc, 120)) from None
    if allow_service:
        return
    for node in _parse_nodes(tree):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            term = node.get("term")
            if isinstance(term, URIRef):
                shown = f" <{term}>"
            elif isinstance(term, Variable):
                shown = f" ?{term}"
            elif getattr(term, "name", None) == "pname":
                shown = f" {term.get('prefix') or ''}:{term.get('localname') or ''}"
            else:
                shown = ""
            raise _service_refused(shown)
    _refuse_service_keyword(text)


def _service_refused(shown: str = "") -> KgError:
    return Errors.SERVICE_REFUSED(shown=shown)


_SERVICE_WORD = re.compile(r"(?<![\w?$@:-])SERVICE(?![\w:-])", re.IGNORECASE)  # "?o.SERVICE" is the keyword


def _refuse_service_keyword(text: str) -> None:
    """Refuse a bare SERVICE token: outside strings, IRIs and comments, and not part of a variable,
    prefixed name or language tag, the word can only be the keyword."""
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes

    try:
        body = mask_sparql(expandUnicodeEscapes(text))
    except Exception:  # a malformed escape: the parser has refused the query already
        body = mask_sparql(text)
    if _SERVICE_WORD.search(body):
        raise _service_refused()


def _parse_nodes(tree: Any) -> Any:
    """Every node of an rdflib SPARQL parse tree (CompValues, ParseResults, lists), depth first."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            stack.extend(node.values())
        elif isinstance(node, ParseResults):
            stack.extend(node)
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())


def _undeclared_prefix(text: str) -> KgError | None:
    """An error naming the first prefix used in ``text`` that is neither declared nor predeclared."""
    body = mask_sparql(text)
    declared = set(PREFIXES) | {m.group(1) or "" for m in re.finditer(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", body,
                                                                        re.IGNORECASE)}
    for n, line in enumerate(body.splitlines(), 1):
        if re.match(r"\s*PREFIX\b", line, re.IGNORECASE):
            continue
        for m in re.finditer(r"(?<![\w.:?$-])([A-Za-z][\w.-]*)?:(?=[\w%\\]|\s|$)", line):
            prefix = m.group(1) or ""
            if prefix not in declared and not prefix.startswith("_"):
                return Errors.SPARQL_UNKNOWN_PREFIX(line=n, column=m.start() + 1, prefix=prefix)
    return None


def _prefix_error(text: str, msg: str) -> KgError:
    if re.search(r"Unknown namespace prefix", msg):
        found = _undeclared_prefix(text)
        if found is not None:
            return found
    return Errors.SPARQL_BAD(detail=_one_line(msg))


def open_backend(source: Path | str | Graph, backend: str = "rdflib") -> Backend:
    """Load ``source`` (a graph file, or an rdflib Graph) into the named backend."""
    if backend not in BACKENDS:
        raise Errors.BAD_BACKEND(value=backend, choices=" or ".join(BACKENDS))
    if backend == "rdflib":
        return RdflibBackend(source if isinstance(source, Graph) else load_graph(source))
    try:
        import pyoxigraph as ox
    except ImportError:
        raise Errors.NEEDS_PYOXIGRAPH() from None
    store = ox.Store()
    if isinstance(source, Graph):
        store.load(source.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES)
        return OxigraphBackend(store)
    path = Path(source)
    if not path.is_file():
        raise Errors.NO_GRAPH_FILE(path=path)
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise Errors.BAD_GRAPH(path=path, detail=_one_line(exc)) from None
    return OxigraphBackend(store)
