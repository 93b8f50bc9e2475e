"""The Python API: build or reopen a graph, then look at it from Python or Jupyter.

A :class:`KnowledgeGraph` holds what ``kg build`` writes: the actors, relations,
issues and positions as pandas DataFrames (the columns of the CSV files), the
RDF graph for SPARQL, the networkx graph, and the interactive page.

>>> import kg
>>> g = kg.build("seeds")  # doctest: +SKIP
>>> g  # doctest: +SKIP
<KnowledgeGraph: 1 article, 18 actors, 17 relations, 4 issues>
>>> g.query("requests", source="BLINKEN")  # doctest: +SKIP
"""
from __future__ import annotations

import html
import json
import os
import warnings
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import EXIT_INPUT, EXIT_SETUP, EXIT_USAGE, KgError

if TYPE_CHECKING:
    from kg.graph import Corpus

__all__ = ["KnowledgeGraph", "build", "load", "SHOW_HEIGHT"]

#: Height in pixels of the inline graph shown by :meth:`KnowledgeGraph.show`.
SHOW_HEIGHT = 650
_TABLES = ("actors", "relations", "issues", "positions")
#: The CSV columns that are not text, by table: whole numbers, numbers and ISO dates.
_TYPES = {
    "actors": {"mentions": "int"},
    "relations": {"start": "int", "end": "int", "confidence": "float", "score": "float", "date": "date"},
    "issues": {"first": "date", "last": "date"},
    "positions": {"date": "date"},
}
_DEFAULT_TITLE = "kg graph"


def _typed(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """A table of CSV cell texts with its numbers and dates as numbers and dates (empty cells: NaN, NaT)."""
    frame = frame.astype(str)
    for col, kind in _TYPES[table].items():
        if col not in frame.columns:
            continue
        if kind == "date":
            frame[col] = pd.to_datetime(frame[col], format="%Y-%m-%d", errors="coerce")
        else:
            values = pd.to_numeric(frame[col].mask(frame[col] == ""), errors="coerce")
            frame[col] = values.astype("int64" if kind == "int" and not values.isna().any() else "float64")
    return frame


def _rows_frame(rows: list[dict[str, str]], columns: tuple[str, ...], table: str) -> pd.DataFrame:
    return _typed(pd.DataFrame(rows, columns=list(columns)), table)


def _csv_frame(path: Path, table: str) -> pd.DataFrame:
    return _typed(pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8"), table)


def _iframe(page: str, height: int = SHOW_HEIGHT) -> str:
    """``page`` inside an iframe's ``srcdoc``: works in Jupyter, JupyterLab and VS Code, isolated from the notebook."""
    return (f'<div class="kg-graph"><iframe srcdoc="{html.escape(page, quote=True)}" title="kg graph" '
            f'sandbox="allow-scripts" style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;">'
            '</iframe></div>')


def _short(iri: str) -> str:
    """An IRI as ``prefix:local`` with the predeclared SPARQL prefixes, else the IRI itself."""
    from kg.query import PREFIXES

    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return iri
    local = iri[len(best):]
    if not local or any(ch in local for ch in "/#?%"):
        return iri
    return f"{next(p for p, ns in PREFIXES.items() if ns == best)}:{local}"


def _python(term: Any) -> Any:
    """A query result term as a plain Python value: IRIs as prefixed names, numbers, dates, text."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return _short(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    value = term.toPython() if isinstance(term, Literal) else term
    if isinstance(value, Decimal):
        return float(value)
    return str(value) if isinstance(value, Literal) else value


def _result_frame(result: Any) -> pd.DataFrame:
    if result.kind == "ask":
        return pd.DataFrame({"boolean": [bool(result.boolean)]})
    if result.kind == "graph":
        triples = sorted(result.graph, key=lambda t: tuple(str(x) for x in t))
        return pd.DataFrame([[_python(x) for x in t] for t in triples], columns=["subject", "predicate", "object"])
    frame = pd.DataFrame([[_python(t) for t in row] for row in result.rows], columns=list(result.variables))
    for col in frame.columns:
        values = frame[col].dropna()
        if len(values) and all(isinstance(v, date) for v in values):
            frame[col] = pd.to_datetime(frame[col])
    return frame


def _split(cell: Any) -> list[str]:
    return [x for x in str(cell).split("|") if x] if isinstance(cell, str) else []


def _day(value: Any) -> str | None:
    return None if pd.isna(value) else pd.Timestamp(value).date().isoformat()


class KnowledgeGraph:
    """A built or reopened knowledge graph; make one with :func:`kg.build` or :func:`kg.load`.

    ``actors``, ``relations``, ``issues`` and ``positions`` are DataFrames with the
    columns of the CSV files of ``kg build`` (dates as datetimes, counts and scores as
    numbers). :meth:`to_rdf` and :meth:`query` work on the Turtle graph,
    :meth:`to_networkx` on actors and events, :meth:`show` draws the graph inline.
    """

    def __init__(self, *, corpus: Corpus | None = None, model: str | None = None, folder: Path | None = None,
                 ttl: Path | None = None) -> None:
        if (corpus is None) == (ttl is None):
            raise TypeError("use kg.build(paths) or kg.load(folder)")
        self._corpus = corpus
        self._model = model
        self._folder = folder  # a build folder whose files were loaded; None for a bare Turtle file
        self._ttl = ttl
        self._tables: dict[str, pd.DataFrame] = {}
        self._rdf: Graph | None = None
        self._nx: nx.MultiDiGraph | None = None
        self._page: str | None = None
        if corpus is not None:
            from kg import tables

            self._tables = {
                "actors": _rows_frame(tables.actor_rows(corpus), tables.ACTOR_COLUMNS, "actors"),
                "relations": _rows_frame(tables.relation_rows(corpus), tables.RELATION_COLUMNS, "relations"),
                "issues": _rows_frame(tables.issue_rows(corpus), tables.ISSUE_COLUMNS, "issues"),
                "positions": _rows_frame(tables.position_rows(corpus), tables.POSITION_COLUMNS, "positions"),
            }
        else:
            self._tables = self._read_tables()

    # ------------------------------------------------------------ tables

    @property
    def actors(self) -> pd.DataFrame:
        """One row per actor, as in actors.csv: ``id, label, kind, affiliation, aliases, mentions, docs, wikidata``."""
        return self._tables["actors"]

    @property
    def relations(self) -> pd.DataFrame:
        """One row per coded statement, as in relations.csv (``score`` is the PLOVER conflict-cooperation score)."""
        return self._tables["relations"]

    @property
    def issues(self) -> pd.DataFrame:
        """One row per issue (plan, truce, talks ...), as in issues.csv."""
        return self._tables["issues"]

    @property
    def positions(self) -> pd.DataFrame:
        """One row per stated position of an actor on an issue, as in positions.csv."""
        return self._tables["positions"]

    def _read_tables(self) -> dict[str, pd.DataFrame]:
        """The CSV files of the build folder; what one lacks is read from the Turtle file."""
        out = {}
        if self._folder is not None:
            out = {name: _csv_frame(self._folder / f"{name}.csv", name) for name in _TABLES
                   if (self._folder / f"{name}.csv").is_file()}
        if len(out) < len(_TABLES):
            from kg import tables

            columns = {"actors": tables.ACTOR_COLUMNS, "relations": tables.RELATION_COLUMNS,
                       "issues": tables.ISSUE_COLUMNS, "positions": tables.POSITION_COLUMNS}
            g = self._turtle_networkx()
            derived = {"actors": lambda: self._actors_from_turtle(g), "relations": self._relations_from_turtle,
                       "issues": lambda: self._issues_from_turtle(g),
                       "positions": lambda: self._positions_from_turtle(g)}
            for name in _TABLES:
                if name not in out:
                    out[name] = _rows_frame(derived[name](), columns[name], name)
        return {name: out[name] for name in _TABLES}

    @staticmethod
    def _actors_from_turtle(g: nx.MultiDiGraph) -> list[dict[str, str]]:
        rows = [{"id": node, "label": d["label"], "kind": d["kind"] or "", "affiliation": d.get("affiliation") or "",
                 "aliases": "|".join(a.replace("|", "/") for a in d.get("aliases", ())),
                 "mentions": str(d.get("mentions", 0)), "docs": "|".join(d.get("docs", ())),
                 "wikidata": d.get("wikidata") or ""}
                for node, d in g.nodes(data=True) if d.get("kind") != "issue"]
        return sorted(rows, key=lambda r: (r["label"].casefold(), r["id"]))

    @staticmethod
    def _issues_from_turtle(g: nx.MultiDiGraph) -> list[dict[str, str]]:
        rows = [{"id": node, "label": d["label"], "kind": d.get("issue_kind") or "", "place": d.get("place") or "",
                 "proposer": d.get("proposer") or "", "first": d.get("first") or "", "last": d.get("last") or "",
                 "mentions": "|".join(m.replace("|", "/") for m in d.get("aliases", ())),
                 "docs": "|".join(d.get("docs", ())), "parties": ""}
                for node, d in g.nodes(data=True) if d.get("kind") == "issue"]
        return sorted(rows, key=lambda r: (r["first"], r["label"].casefold(), r["id"]))

    @staticmethod
    def _positions_from_turtle(g: nx.MultiDiGraph) -> list[dict[str, str]]:
        rows = []
        for u, v, d in g.edges(data=True):
            if d.get("kind") == "position":
                ev = (d.get("evidence") or [{}])[0]
                rows.append({"doc": ev.get("doc") or "", "actor": g.nodes[u]["label"], "issue": g.nodes[v]["label"],
                             "position": d.get("position") or "", "mode": d.get("mode") or "",
                             "date": d.get("date") or "", "sentence": ev.get("sentence") or "",
                             "cue": d.get("cue") or "", "actor_id": u, "issue_id": v, "rule": ev.get("rule") or ""})
        return rows

    def _relations_from_turtle(self) -> list[dict[str, str]]:
        text = """
        SELECT ?doc ?source ?plover ?target ?cue ?issue ?sentence ?start ?end ?date ?confidence ?mode ?quad
               ?score ?cameo ?place ?date_how ?source_id ?target_id ?rule WHERE {
          ?e a kg:Event ; kg:source ?source_id ; kg:plover ?plover_iri ; kg:mode ?mode ; kg:quadClass ?quad ;
             kg:score ?score ; kg:evidence ?ev .
          ?source_id rdfs:label ?source .
          ?plover_iri skos:prefLabel ?plover ; kg:cameoRoot ?cameo .
          ?ev kg:article/schema:identifier ?doc ; kg:sentence ?sentence ; kg:cue ?cue ; kg:start ?start ;
              kg:end ?end ; kg:confidence ?confidence ; kg:rule ?rule .
          OPTIONAL { ?e kg:target ?target_id . ?target_id rdfs:label ?target }
          OPTIONAL { ?e kg:issue ?issue } OPTIONAL { ?e kg:place ?place }
          OPTIONAL { ?e kg:date ?date } OPTIONAL { ?e kg:dateFoundBy ?date_how }
        }"""
        frame = self.query(text)
        rows = []
        for row in frame.to_dict("records"):
            cells = {k: "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v) for k, v in row.items()}
            cells["source_id"] = cells["source_id"].removeprefix("actor:")
            cells["target_id"] = cells["target_id"].removeprefix("actor:")
            cells["date"] = _day(row["date"]) or ""
            cells["confidence"] = f"{float(row['confidence']):.2f}"
            rows.append(cells)
        return sorted(rows, key=lambda r: (r["doc"], int(r["start"]), r["source_id"], r["plover"], r["target_id"]))

    # ------------------------------------------------------------ graphs

    def to_rdf(self) -> Graph:
        """The graph as rdflib ``Graph`` (what graph.ttl holds); :meth:`query` runs on this same object."""
        if self._rdf is None:
            if self._corpus is not None:
                from kg.rdf import to_rdf

                self._rdf = to_rdf(self._corpus)
            else:
                from kg.query import load_graph

                self._rdf = load_graph(self._ttl)
        return self._rdf

    def _turtle_networkx(self) -> nx.MultiDiGraph:
        from kg.html import load_graph_html_input

        return load_graph_html_input(self._ttl)

    def to_networkx(self) -> nx.MultiDiGraph:
        """Actors and issues as nodes; events, affiliations and positions as edges (a new copy each call)."""
        if self._nx is None:
            if self._corpus is not None:
                from kg.graph import to_networkx

                self._nx = to_networkx(self._corpus)
            else:
                self._nx = self._loaded_networkx()
        return self._nx.copy()

    def _loaded_networkx(self) -> nx.MultiDiGraph:
        """The Turtle graph, completed from the CSV files: every article of an actor (the Turtle file keeps
        those of its events), the names of an issue in their order, and issues and positions when the
        Turtle file has none (graphs written before it held them)."""
        g = self._turtle_networkx()
        for actor_id, docs in zip(self.actors["id"], self.actors["docs"]):
            if actor_id in g and _split(docs):
                g.nodes[actor_id]["docs"] = _split(docs)
        turtle_issues = any(kind == "issue" for _, kind in g.nodes(data="kind"))
        for i in self.issues.to_dict("records"):
            aliases = _split(i["mentions"])
            if i["id"] in g:
                g.nodes[i["id"]].update(aliases=aliases, mentions=len(aliases))
            elif not turtle_issues:
                g.add_node(i["id"], label=i["label"], kind="issue", issue_kind=i["kind"], place=i["place"] or None,
                           proposer=i["proposer"] or None, aliases=aliases, mentions=len(aliases),
                           docs=_split(i["docs"]), first=_day(i["first"]), last=_day(i["last"]))
        if turtle_issues:
            return g
        for n, p in enumerate(self.positions.to_dict("records")):
            if p["actor_id"] not in g or p["issue_id"] not in g:
                continue
            day = _day(p["date"])
            g.add_edge(p["actor_id"], p["issue_id"], key=f"pos:{p['doc']}:{p['actor_id']}:{p['position']}:{n}",
                       kind="position", position=p["position"], mode=p["mode"], date=day, cue=p["cue"],
                       evidence=[{"doc": p["doc"], "sentence": p["sentence"], "date": day, "rule": p["rule"]}])
        return g

    def to_html(self, *, top: int | None = None, title: str = _DEFAULT_TITLE) -> str:
        """The interactive page (graph.html) as text; ``top`` keeps the N most connected actors."""
        default = top is None and title == _DEFAULT_TITLE
        if default and self._page is not None:
            return self._page
        if default and self._folder is not None and (self._folder / "graph.html").is_file():
            page = (self._folder / "graph.html").read_text(encoding="utf-8")
        else:
            from kg.html import render_html

            page = render_html(self.to_networkx(), title=title, top=top)
        if default:
            self._page = page
        return page

    # ------------------------------------------------------------ SPARQL

    def query(self, query: str | os.PathLike[str], /, *, backend: str = "rdflib", **params: Any) -> pd.DataFrame:
        """Run a named query (see ``kg query --list``), a ``.rq`` file or SPARQL text; rows as a DataFrame.

        ``params`` fill a named query's parameters (``actor="HAMAS"``). IRIs come back as
        prefixed names (``actor:HAMAS``), numbers as numbers and dates as datetimes; an ASK
        query gives one ``boolean`` cell, CONSTRUCT and DESCRIBE ``subject, predicate, object``.

        >>> g.query("timeline", actor="HAMAS")  # doctest: +SKIP
        """
        from kg.query import execute, named_queries, open_backend, resolve

        values = {k: str(v) for k, v in params.items()}
        if isinstance(query, os.PathLike) or (query.endswith(".rq") and Path(query).is_file()):
            q = resolve(file=Path(query), params=values)
        elif query in named_queries() or (query and not any(ch.isspace() or ch in "{?" for ch in query)):
            q = resolve(name=query, params=values)  # a mistyped name says which names there are
        else:
            q = resolve(text=query, params=values)
        return _result_frame(execute(open_backend(self.to_rdf(), backend), q))

    # ------------------------------------------------------------ files

    def save(self, folder: str | os.PathLike[str], *, top: int | None = None,
             title: str = _DEFAULT_TITLE) -> list[Path]:
        """Write the files of ``kg build`` into ``folder`` (all of them replaced at once); returns their paths."""
        from kg.pipeline import render_outputs, write_outputs

        out = Path(folder)
        if self._corpus is not None:
            kwargs = {"model": self._model} if self._model else {}
            return write_outputs(render_outputs(self._corpus, top=top, title=title, **kwargs), out)
        files = {}
        if self._folder is not None:
            for name in ("summary.json", *(f"{t}.csv" for t in _TABLES)):
                if (self._folder / name).is_file():
                    files[name] = (self._folder / name).read_text(encoding="utf-8")
        files["graph.ttl"] = Path(self._ttl).read_text(encoding="utf-8")
        files["graph.html"] = self.to_html(top=top, title=title)
        return write_outputs(files, out)

    # ------------------------------------------------------------ display

    def show(self, *, top: int | None = None, title: str = _DEFAULT_TITLE, height: int = SHOW_HEIGHT) -> None:
        """Display the interactive graph inline in Jupyter, JupyterLab or VS Code."""
        try:
            from IPython.display import HTML, display
        except ImportError:
            raise KgError("show() needs IPython (pip install 'kg[notebook]'); "
                          "or save(folder) and open graph.html in a browser", EXIT_SETUP) from None
        display(HTML(_iframe(self.to_html(top=top, title=title), height)))

    def _repr_html_(self) -> str:
        return _iframe(self.to_html())

    def _n_articles(self) -> int:
        if self._corpus is not None:
            return len(self._corpus.articles)
        if self._folder is not None and (self._folder / "summary.json").is_file():
            summary = json.loads((self._folder / "summary.json").read_text(encoding="utf-8"))
            return len(summary.get("articles", ()))
        return int(self.query("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a schema:NewsArticle }")["n"].iloc[0])

    def __repr__(self) -> str:
        def n(count: int, noun: str) -> str:
            return f"{count} {noun}{'' if count == 1 else 's'}"

        return (f"<KnowledgeGraph: {n(self._n_articles(), 'article')}, {n(len(self.actors), 'actor')}, "
                f"{n(len(self.relations), 'relation')}, {n(len(self.issues), 'issue')}>")


def build(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, model: str | None = None,
          published: date | str | None = None, actor_files: Iterable[str | os.PathLike[str]] = (),
          cue_files: Iterable[str | os.PathLike[str]] = (), batch_size: int = 32, n_process: int | str = "auto",
          strict: bool = False, warn: Callable[[str], None] | None = None,
          progress: bool | None = None) -> KnowledgeGraph:
    """Build the articles under ``paths`` (files or folders) into a :class:`KnowledgeGraph`.

    The options are those of ``kg build``. As there, a bad document is skipped with a
    warning (``warnings.warn`` unless ``warn`` is given) unless ``strict``; ``published``
    may be a date or ``"YYYY-MM-DD"``; ``progress`` shows a progress bar (by default
    only when stderr is a terminal and ``CI`` is not set).
    """
    from kg.pipeline import build_corpus
    from kg.nlp import DEFAULT_MODEL

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError:
            raise KgError(f"published={published!r}: expected YYYY-MM-DD", EXIT_USAGE) from None
    model = model or DEFAULT_MODEL
    corpus = build_corpus(paths, model=model, published=published, actor_files=actor_files, cue_files=cue_files,
                          batch_size=batch_size, n_process=n_process, strict=strict,
                          warn=warn or (lambda message: warnings.warn(f"kg: {message}", stacklevel=2)),
                          progress=progress)
    return KnowledgeGraph(corpus=corpus, model=model)


def load(source: str | os.PathLike[str]) -> KnowledgeGraph:
    """Reopen a saved graph: a build folder (graph.ttl and the CSV files) or a Turtle file.

    From a Turtle file alone the tables are read from the graph, as far as it holds
    them: an event's issue, place and mode stand for each of its reports, actors list
    the articles of their events only, and issues have no parties.
    """
    path = Path(source)
    if path.is_dir():
        folder, ttl = path, path / "graph.ttl"
        if not ttl.is_file():
            raise KgError(f"{path}: no graph.ttl here (expected a kg build folder or a .ttl file)", EXIT_INPUT)
    elif path.is_file():
        ttl = path
        folder = path.parent if path.name == "graph.ttl" else None
    else:
        raise KgError(f"{path}: no such build folder or graph file", EXIT_INPUT)
    return KnowledgeGraph(folder=folder, ttl=ttl)
