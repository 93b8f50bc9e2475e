"""SPARQL over a graph file: named queries, parameters, two backends, three output formats.

Named queries are ``.rq`` files under ``kg/data/queries/``. Their leading ``#``
lines describe them: the first is the title, ``# @param NAME iri PREFIX: help``
or ``# @param NAME literal help`` declares a parameter, which the query body
takes as ``VALUES ?NAME { UNDEF }`` (so the file runs as plain SPARQL, for every
value). A parameter's value replaces ``UNDEF`` as one escaped IRI or literal.

>>> q = parse_query("# @param who iri actor: an actor\\nSELECT * { VALUES ?who { UNDEF } ?e ?p ?who }")
>>> print(bind_params(q, {"who": "HAMAS"}).splitlines()[1])
SELECT * { VALUES ?who { <https://w3id.org/kg-negotiation/actor/HAMAS> } ?e ?p ?who }
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union
from urllib.parse import quote

from rdflib import BNode, Graph, Literal, URIRef, XSD
from rdflib.term import Node

from kg.errors import EXIT_INPUT, EXIT_SETUP, EXIT_USAGE, KgError
from kg.rdf import BASE

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["PREFIXES", "BACKENDS", "FORMATS", "Param", "Query", "Result", "Backend", "named_queries",
           "named_query", "parse_query", "bind_params", "load_graph", "open_backend", "run", "format_result",
           "list_named"]

PREFIXES: dict[str, str] = {
    "kg": BASE + "ontology#",
    "actor": BASE + "actor/",
    "event": BASE + "event/",
    "doc": BASE + "doc/",
    "plover": BASE + "plover/",
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
BACKENDS = ("rdflib", "oxigraph")
FORMATS = ("table", "csv", "json")
_TABLE_CELL = 80  # table cells are cut to this many characters; csv and json are complete

_PARAM_LINE = re.compile(r"^#\s*@param\s+(\w+)\s+(iri|literal)\b\s*(\S+:(?=\s|$))?\s*(.*)$")
_IRI_OK = re.compile(r'^[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>"{}|^`\\]*$')
_PNAME = re.compile(r"^([A-Za-z][\w.-]*)?:([^\s<>]*)$")
_PN_LOCAL = re.compile(r"^[A-Za-z0-9_][\w.-]*(?<!\.)$")


@dataclass(frozen=True, slots=True)
class Param:
    """A query parameter: an IRI (bare values are read in ``namespace``) or a string literal."""

    name: str
    kind: str  # iri | literal
    namespace: str | None = None
    help: str = ""


@dataclass(frozen=True, slots=True)
class Query:
    """SPARQL text with its title and declared parameters."""

    name: str
    text: str
    title: str = ""
    params: tuple[Param, ...] = ()


@dataclass(frozen=True)
class Result:
    """What a query returned: rows of rdflib terms (None where unbound), a boolean, or a graph."""

    kind: str  # select | ask | graph
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None


# ---------------------------------------------------------------- queries

def parse_query(text: str, name: str = "query") -> Query:
    """Read the title and ``@param`` declarations from the leading comment lines of ``text``."""
    title, params = "", []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        m = _PARAM_LINE.match(line)
        if m:
            pname, kind, prefix, help_ = m.groups()
            ns = None
            if prefix:
                ns = PREFIXES.get(prefix[:-1])
                if ns is None:
                    raise KgError(f"{name}: @param {pname}: unknown prefix {prefix!r}", EXIT_SETUP)
            params.append(Param(pname, kind, ns, help_.strip()))
            if len(_values_blocks(text, pname)) != 1:
                raise KgError(f"{name}: @param {pname} needs exactly one 'VALUES ?{pname} {{ UNDEF }}' in the query",
                              EXIT_SETUP)
        elif line.startswith("#") and not title and not line.startswith("#!"):
            title = line.lstrip("#").strip()
    return Query(name, text, title, tuple(params))


def _values_blocks(text: str, pname: str) -> list[re.Match[str]]:
    return list(re.finditer(r"VALUES\s+\?" + re.escape(pname) + r"\s*\{\s*UNDEF\s*\}", text, re.IGNORECASE))


@cache
def named_queries() -> dict[str, Query]:
    """The named queries shipped in ``kg/data/queries/``, by file stem."""
    folder = resources.files("kg") / "data" / "queries"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_query(entry.read_text(encoding="utf-8"), name)
    return out


def named_query(name: str) -> Query:
    try:
        return named_queries()[name]
    except KeyError:
        raise KgError(f"no named query {name!r}; choose one of: {', '.join(named_queries())}", EXIT_USAGE) from None


def list_named() -> str:
    """One block per named query: name, title and parameters."""
    lines = []
    for q in named_queries().values():
        lines.append(f"{q.name:<14} {q.title}")
        for p in q.params:
            lines.append(f"{'':<14}   --param {p.name}=...  {p.help}")
    return "\n".join(lines) + "\n"


def _sparql_string(value: str) -> str:
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"'


def _param_term(p: Param, value: str) -> str:
    """The SPARQL text of one parameter value: a checked IRI or an escaped string literal."""
    if p.kind == "literal":
        return _sparql_string(value)
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        iri = value[1:-1]
    elif (m := _PNAME.match(value)) and (m.group(1) or "") in PREFIXES and "//" not in value:
        iri = PREFIXES[m.group(1) or ""] + m.group(2)
    elif re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", value) or value.startswith("urn:"):
        iri = value
    elif p.namespace:
        local = value.upper() if p.namespace == PREFIXES["plover"] else value
        iri = p.namespace + quote(local, safe="")
    else:
        raise KgError(f"--param {p.name}={value!r}: give a full IRI, <IRI> or prefix:name", EXIT_USAGE)
    if not _IRI_OK.match(iri):
        raise KgError(f"--param {p.name}={value!r}: not a valid IRI", EXIT_USAGE)
    return f"<{iri}>"


def bind_params(query: Query, values: Mapping[str, str]) -> str:
    """``query.text`` with each given parameter's ``UNDEF`` replaced by its value."""
    declared = {p.name: p for p in query.params}
    text = query.text
    for key, value in values.items():
        if key not in declared:
            known = ", ".join(declared) or "none"
            raise KgError(f"{query.name} has no parameter {key!r} (parameters: {known})", EXIT_USAGE)
        term = _param_term(declared[key], value)
        (block,) = _values_blocks(text, key)
        text = text[:block.start()] + f"VALUES ?{key} {{ {term} }}" + text[block.end():]
    return text


def _parse_params(items: Iterable[str]) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise KgError(f"--param {item!r}: expected NAME=VALUE", EXIT_USAGE)
        out[key.strip()] = value
    return out


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


def _sort_key(term: Node | None) -> tuple:
    if term is None:
        return (0, "", "", "")
    if isinstance(term, BNode):
        return (1, str(term), "", "")
    if isinstance(term, URIRef):
        return (2, str(term), "", "")
    assert isinstance(term, Literal)
    return (3, str(term), str(term.datatype or ""), term.language or "")


_MASKED = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*')


def _mask(text: str) -> str:
    """``text`` with strings, IRIs and comments blanked out (same length, newlines kept)."""
    return _MASKED.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def _has_order_by(text: str) -> bool:
    return re.search(r"\bORDER\s+BY\b", _mask(text), re.IGNORECASE) is not None


def _one_line(text: str, limit: int = 240) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


# ---------------------------------------------------------------- backends

def load_graph(path: Path | str) -> Graph:
    """Parse a graph file (Turtle unless the suffix says otherwise) into an rdflib Graph."""
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file", EXIT_INPUT)
    from rdflib.util import guess_format
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    try:
        g.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as exc:  # rdflib raises many types for bad input
        raise KgError(f"{path}: cannot parse graph: {_one_line(exc)}", EXIT_INPUT) from None
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
            raise KgError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: "
                          f"{_one_line(exc.msg)} (near {_one_line(exc.line.strip(), 60)!r})", EXIT_USAGE) from None
        except Exception as exc:
            raise _prefix_error(text, str(exc)) from None
        try:
            res = self.graph.query(prepared)
            if res.type == "SELECT":
                names = tuple(str(v) for v in res.vars or ())
                rows = tuple(tuple(_canonical(row[i]) for i in range(len(names))) for row in res)
                return Result("select", names, rows)
            if res.type == "ASK":
                return Result("ask", boolean=bool(res.askAnswer))
            return Result("graph", graph=_bound(res.graph))
        except KgError:
            raise
        except Exception as exc:
            raise KgError(f"SPARQL error: {_one_line(exc)}", EXIT_INPUT) from None


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
                raise KgError(f"SPARQL syntax error at line {m.group(1)}, column {m.group(2)}: "
                              f"{_one_line(m.group(3), 160)}", EXIT_USAGE) from None
            raise KgError(f"SPARQL syntax error: {_one_line(msg)}", EXIT_USAGE) from None
        try:
            if isinstance(res, ox.QuerySolutions):
                names = tuple(v.value for v in res.variables)
                rows = tuple(tuple(_canonical(_from_ox(sol[i])) for i in range(len(names))) for sol in res)
                return Result("select", names, rows)
            if isinstance(res, ox.QueryBoolean):
                return Result("ask", boolean=bool(res))
            g = _bound(Graph())
            for t in res:
                g.add((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)))
            return Result("graph", graph=g)
        except OSError as exc:
            raise KgError(f"SPARQL error: {_one_line(exc)}", EXIT_INPUT) from None


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
    raise KgError("SPARQL updates (INSERT, DELETE, LOAD, CLEAR, ...) are not allowed: "
                  "kg query only reads (SELECT, ASK, CONSTRUCT, DESCRIBE)", EXIT_USAGE)


def _undeclared_prefix(text: str) -> KgError | None:
    """An error naming the first prefix used in ``text`` that is neither declared nor predeclared."""
    body = _mask(text)
    declared = set(PREFIXES) | {m.group(1) or "" for m in re.finditer(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", body,
                                                                        re.IGNORECASE)}
    for n, line in enumerate(body.splitlines(), 1):
        if re.match(r"\s*PREFIX\b", line, re.IGNORECASE):
            continue
        for m in re.finditer(r"(?<![\w.:?$-])([A-Za-z][\w.-]*)?:(?=[\w%\\]|\s|$)", line):
            prefix = m.group(1) or ""
            if prefix not in declared and not prefix.startswith("_"):
                return KgError(f"SPARQL syntax error at line {n}, column {m.start() + 1}: unknown prefix "
                               f"'{prefix}:' (declare it with PREFIX)", EXIT_USAGE)
    return None


def _prefix_error(text: str, msg: str) -> KgError:
    if re.search(r"Unknown namespace prefix", msg):
        found = _undeclared_prefix(text)
        if found is not None:
            return found
    return KgError(f"SPARQL error: {_one_line(msg)}", EXIT_USAGE)


def open_backend(source: Path | str | Graph, backend: str = "rdflib") -> Backend:
    """Load ``source`` (a graph file, or an rdflib Graph) into the named backend."""
    if backend not in BACKENDS:
        raise KgError(f"--backend {backend!r}: choose {' or '.join(BACKENDS)}", EXIT_USAGE)
    if backend == "rdflib":
        return RdflibBackend(source if isinstance(source, Graph) else load_graph(source))
    try:
        import pyoxigraph as ox
    except ImportError:
        raise KgError("--backend oxigraph needs pyoxigraph: pip install 'kg[oxigraph]'", EXIT_SETUP) from None
    store = ox.Store()
    if isinstance(source, Graph):
        store.load(source.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES)
        return OxigraphBackend(store)
    path = Path(source)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file", EXIT_INPUT)
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KgError(f"{path}: cannot parse graph: {_one_line(exc)}", EXIT_INPUT) from None
    return OxigraphBackend(store)


# ---------------------------------------------------------------- output

def _compact(term: URIRef) -> str:
    s = str(term)
    best = ""
    for prefix, ns in PREFIXES.items():
        if s.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")) and _PN_LOCAL.match(s[len(ns):] or "x"):
            best = prefix
    return f"{best}:{s[len(PREFIXES[best]):]}" if best else f"<{s}>"


def _cell(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return _compact(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    text = " ".join(str(term).split())
    return text if len(text) <= _TABLE_CELL else text[:_TABLE_CELL - 1] + "…"


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a result as an aligned table, SPARQL CSV or SPARQL JSON (graphs: Turtle or JSON-LD)."""
    if fmt not in FORMATS:
        raise KgError(f"--format {fmt!r}: choose {', '.join(FORMATS)}", EXIT_USAGE)
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if result.kind == "graph":
        assert result.graph is not None
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                    for row in result.rows]
        return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                          indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(result.variables)
        for row in result.rows:
            w.writerow(["" if t is None else str(t) for t in row])
        return buf.getvalue()
    cells = [[_cell(t) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    n = len(result.rows)
    lines.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- one call

def resolve(*, text: str | None = None, file: Path | None = None, name: str | None = None,
            params: Sequence[str] | Mapping[str, str] = ()) -> Query:
    """The query to run: exactly one of ``text``, ``file`` or ``name``, with ``params`` bound."""
    given = [x for x in (text, file, name) if x is not None]
    if len(given) != 1:
        raise KgError("give exactly one query: -e 'SPARQL', a FILE.rq, or --name NAME (see kg query --list)",
                      EXIT_USAGE)
    if name is not None:
        q = named_query(name)
    elif file is not None:
        if not Path(file).is_file():
            raise KgError(f"{file}: no such query file", EXIT_INPUT)
        q = parse_query(Path(file).read_text(encoding="utf-8"), Path(file).stem)
    else:
        q = parse_query(text or "", "query")
    values = dict(params) if isinstance(params, Mapping) else _parse_params(params)
    return Query(q.name, bind_params(q, values), q.title, q.params)


def execute(backend: Backend, query: Query | str) -> Result:
    """Run a query; rows of a query without ORDER BY are sorted so output is always stable."""
    text = query.text if isinstance(query, Query) else query
    result = backend.query(text)
    if result.kind == "select" and not _has_order_by(text):
        result = Result("select", result.variables,
                        tuple(sorted(result.rows, key=lambda r: tuple(_sort_key(t) for t in r))))
    return result


def run(graph: Path | str | Graph, *, text: str | None = None, file: Path | None = None, name: str | None = None,
        params: Union[Sequence[str], Mapping[str, str]] = (), fmt: str = "table", backend: str = "rdflib") -> str:
    """``kg query``: resolve the query, load the graph, run it, and render the result."""
    if fmt not in FORMATS:
        raise KgError(f"--format {fmt!r}: choose {', '.join(FORMATS)}", EXIT_USAGE)
    q = resolve(text=text, file=file, name=name, params=params)
    return format_result(execute(open_backend(graph, backend), q), fmt)
