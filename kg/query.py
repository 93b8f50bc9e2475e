"""SPARQL over a graph file: named queries, parameters, two backends, three output formats.

Named queries are ``.rq`` files under ``kg/data/queries/``. Their leading ``#``
lines describe them: the first is the title, ``# @param NAME iri PREFIX: help``
or ``# @param NAME literal help`` declares a parameter, which the query body
takes as ``VALUES ?NAME { UNDEF }`` or, for several, as one row
``VALUES (?A ?B) { (UNDEF UNDEF) }`` (so the file runs as plain SPARQL, for
every value). A parameter's value replaces its ``UNDEF`` as one escaped IRI or
literal. Put that one VALUES block first in WHERE and follow it with one basic
graph pattern (then OPTIONAL, BIND, FILTER): rdflib evaluates a join of two
groups with a nested loop, which is quadratic on large graphs.

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
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Union
from urllib.parse import quote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import Errors
from kg.namespaces import shorten
from kg.sparql import BACKENDS, PREFIXES, Backend, Result, load_graph, mask_sparql, open_backend

__all__ = ["PREFIXES", "BACKENDS", "FORMATS", "Param", "Query", "Result", "Backend", "named_queries",
           "named_query", "list_named", "parse_query", "bind_params", "resolve", "load_graph", "open_backend",
           "execute", "format_result", "run"]

FORMATS = ("table", "csv", "json")
_TABLE_CELL = 80  # table cells are cut to this many characters; csv and json are complete

_PARAM_LINE = re.compile(r"^#\s*@param\s+(\w+)\s+(iri|literal)\b\s*(\S+:(?=\s|$))?\s*(.*)$")
_IRI_OK = re.compile(r'^[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>"{}|^`\\]*$')
_PNAME = re.compile(r"^([A-Za-z][\w.-]*)?:([^\s<>]*)$")


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
                    raise Errors.PARAM_UNKNOWN_PREFIX(query=name, name=pname, prefix=prefix)
            params.append(Param(pname, kind, ns, help_.strip()))
            if sum(pname in names for _, _, names in _values_blocks(text)) != 1:
                raise Errors.PARAM_NEEDS_VALUES(query=name, name=pname)
        elif line.startswith("#") and not title and not line.startswith("#!"):
            title = line.lstrip("#").strip()
    return Query(name, text, title, tuple(params))


_VALUES_ONE = re.compile(r"VALUES\s+\?(\w+)\s*\{\s*UNDEF\s*\}", re.IGNORECASE)
_VALUES_ROW = re.compile(r"VALUES\s*\(\s*((?:\?\w+\s*)+)\)\s*\{\s*\(\s*((?:UNDEF\s*)+)\)\s*\}", re.IGNORECASE)


def _values_blocks(text: str) -> list[tuple[int, int, list[str]]]:
    """Spans and variable names of the all-UNDEF VALUES blocks outside strings, IRIs and comments."""
    body = mask_sparql(text)
    blocks = [(m.start(), m.end(), [m.group(1)]) for m in _VALUES_ONE.finditer(body)]
    for m in _VALUES_ROW.finditer(body):
        names = re.findall(r"\?(\w+)", m.group(1))
        if len(names) == len(m.group(2).split()):
            blocks.append((m.start(), m.end(), names))
    return sorted(blocks)


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
        raise Errors.NO_NAMED_QUERY(name=name, names=", ".join(named_queries())) from None


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
        raise Errors.BAD_PARAM_VALUE(name=p.name, value=value)
    if not _IRI_OK.match(iri):
        raise Errors.PARAM_NOT_IRI(name=p.name, value=value)
    return f"<{iri}>"


def bind_params(query: Query, values: Mapping[str, str]) -> str:
    """``query.text`` with each given parameter's ``UNDEF`` replaced by its value."""
    declared = {p.name: p for p in query.params}
    terms = {}
    for key, value in values.items():
        if key not in declared:
            known = ", ".join(declared) or "none"
            raise Errors.NO_SUCH_PARAM(query=query.name, key=key, known=known)
        terms[key] = _param_term(declared[key], value)
    text = query.text
    for start, end, names in reversed(_values_blocks(text)):
        if not any(n in terms for n in names):
            continue
        cells = [terms.get(n, "UNDEF") if n in declared else "UNDEF" for n in names]
        if len(names) == 1:
            block = f"VALUES ?{names[0]} {{ {cells[0]} }}"
        else:
            block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(cells)}) }}"
        text = text[:start] + block + text[end:]
    return text


def _parse_params(items: Iterable[str]) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise Errors.PARAM_SYNTAX(item=item)
        out[key.strip()] = value
    return out


# ---------------------------------------------------------------- order

def _sort_key(term: Node | None) -> tuple:
    if term is None:
        return (0, "", "", "")
    if isinstance(term, BNode):
        return (1, str(term), "", "")
    if isinstance(term, URIRef):
        return (2, str(term), "", "")
    assert isinstance(term, Literal)
    return (3, str(term), str(term.datatype or ""), term.language or "")


def _has_order_by(text: str) -> bool:
    return re.search(r"\bORDER\s+BY\b", mask_sparql(text), re.IGNORECASE) is not None


# ---------------------------------------------------------------- output

def _compact(term: URIRef) -> str:
    return shorten(term) or f"<{term}>"


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
        raise Errors.BAD_FORMAT(value=fmt, choices=", ".join(FORMATS))
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
        raise Errors.ONE_QUERY()
    if name is not None:
        q = named_query(name)
    elif file is not None:
        if not Path(file).is_file():
            raise Errors.NO_QUERY_FILE(path=file)
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
        raise Errors.BAD_FORMAT(value=fmt, choices=", ".join(FORMATS))
    q = resolve(text=text, file=file, name=name, params=params)
    return format_result(execute(open_backend(graph, backend), q), fmt)
