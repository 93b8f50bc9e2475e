"""Tables and query results as pandas DataFrames, for the Python API.

>>> from kg.sparql import Result
>>> from rdflib import Literal, URIRef
>>> result_frame(Result("select", ("who", "n"), ((URIRef("https://w3id.org/kg-negotiation/actor/HAMAS"), Literal(3)),)))
           who  n
0  actor:HAMAS  3
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pandas as pd
from rdflib import BNode, Literal, URIRef

from kg.namespaces import shorten

if TYPE_CHECKING:
    from kg.graph import Corpus
    from kg.sparql import Result

__all__ = ["table_frame", "result_frame"]

#: The CSV columns that are not text, by table: whole numbers, numbers and ISO dates.
_TYPES = {
    "actors": {"mentions": "int"},
    "relations": {"start": "int", "end": "int", "confidence": "float", "score": "float", "date": "date"},
    "issues": {"first": "date", "last": "date"},
    "positions": {"date": "date"},
}


def table_frame(table: str, corpus: Corpus) -> pd.DataFrame:
    """One table of the CSV files as a DataFrame, with numbers and dates typed (empty cells: NaN, NaT)."""
    from kg import tables

    rows, columns = tables.TABLES[table]
    frame = pd.DataFrame(rows(corpus), columns=list(columns)).astype(str)
    for col, kind in _TYPES[table].items():
        if kind == "date":
            frame[col] = pd.to_datetime(frame[col], format="%Y-%m-%d", errors="coerce")
        else:
            values = pd.to_numeric(frame[col].mask(frame[col] == ""), errors="coerce")
            frame[col] = values.astype("int64" if kind == "int" and not values.isna().any() else "float64")
    return frame


def python_value(term: Any) -> Any:
    """A query result term as a plain Python value: IRIs as prefixed names, numbers, dates, text."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return shorten(term) or str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    value = term.toPython() if isinstance(term, Literal) else term
    if isinstance(value, Decimal):
        return float(value)
    return str(value) if isinstance(value, Literal) else value


def result_frame(result: Result) -> pd.DataFrame:
    """A query result as a DataFrame: SELECT rows, one ``boolean`` cell for ASK, triples for a graph."""
    if result.kind == "ask":
        return pd.DataFrame({"boolean": [bool(result.boolean)]})
    if result.kind == "graph":
        triples = sorted(result.graph, key=lambda t: tuple(str(x) for x in t))
        return pd.DataFrame([[python_value(x) for x in t] for t in triples], columns=["subject", "predicate", "object"])
    frame = pd.DataFrame([[python_value(t) for t in row] for row in result.rows], columns=list(result.variables))
    for col in frame.columns:
        values = frame[col].dropna()
        if len(values) and all(isinstance(v, date) for v in values):
            frame[col] = pd.to_datetime(frame[col])
    return frame
