"""The Python API: build or reopen a graph, then look at it from Python or Jupyter.

A :class:`KnowledgeGraph` is a view over one :class:`~kg.graph.Corpus`, the same
record ``kg build`` writes its files from: the actors, relations, issues and positions
as pandas DataFrames (the columns of the CSV files), the RDF graph for SPARQL, the
networkx graph, and the interactive page. :func:`load` reads the corpus back from a
build's graph.ttl, so a reopened graph is the graph that was built.

For example::

    import kg
    g = kg.build("seeds")  # <KnowledgeGraph: 1 article, 18 actors, 17 relations, 4 issues>
    g.query("requests", source="BLINKEN")
"""
from __future__ import annotations

import html
import json
import os
import warnings
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd
from rdflib import Graph

from kg import DEFAULT_MODEL
from kg.dates import parse_iso
from kg.errors import Errors
from kg.frames import result_frame, table_frame

if TYPE_CHECKING:
    from kg.graph import Corpus

__all__ = ["KnowledgeGraph", "build", "load", "SHOW_HEIGHT"]

#: Height in pixels of the inline graph shown by :meth:`KnowledgeGraph.show`.
SHOW_HEIGHT = 650
_DEFAULT_TITLE = "kg graph"
def _iframe(page: str, height: int = SHOW_HEIGHT) -> str:
    """``page`` inside an iframe's ``srcdoc``: works in Jupyter, JupyterLab and VS Code, isolated from the notebook."""
    return (f'<div class="kg-graph"><iframe srcdoc="{html.escape(page, quote=True)}" title="kg graph" '
            f'sandbox="allow-scripts" style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;">'
            '</iframe></div>')


class KnowledgeGraph:
    """A built or reopened knowledge graph: a view over one :class:`~kg.graph.Corpus`.

    Make one with :func:`kg.build` or :func:`kg.load`. ``actors``, ``relations``,
    ``issues`` and ``positions`` are DataFrames with the columns of the CSV files of
    ``kg build`` (dates as datetimes, counts and scores as numbers); :meth:`to_rdf` and
    :meth:`query` work on the Turtle graph, :meth:`to_networkx` on actors and events,
    :meth:`show` draws the graph inline.
    """

    def __init__(self, corpus: Corpus, *, model: str = DEFAULT_MODEL) -> None:
        self.corpus = corpus
        self.model = model
        self._tables: dict[str, pd.DataFrame] = {}
        self._rdf: Graph | None = None
        self._nx: nx.MultiDiGraph | None = None
        self._page: str | None = None

    def _table(self, name: str) -> pd.DataFrame:
        if name not in self._tables:
            self._tables[name] = table_frame(name, self.corpus)
        return self._tables[name]

    @property
    def actors(self) -> pd.DataFrame:
        """One row per actor, as in actors.csv: ``id, label, kind, affiliation, aliases, mentions, docs, wikidata``."""
        return self._table("actors")

    @property
    def relations(self) -> pd.DataFrame:
        """One row per coded statement, as in relations.csv (``score`` is the PLOVER conflict-cooperation score)."""
        return self._table("relations")

    @property
    def issues(self) -> pd.DataFrame:
        """One row per issue (plan, truce, talks ...), as in issues.csv."""
        return self._table("issues")

    @property
    def positions(self) -> pd.DataFrame:
        """One row per stated position of an actor on an issue, as in positions.csv."""
        return self._table("positions")

    def to_rdf(self) -> Graph:
        """The graph as rdflib ``Graph`` (what graph.ttl holds); :meth:`query` runs on this same object."""
        if self._rdf is None:
            from kg.rdf import to_rdf

            self._rdf = to_rdf(self.corpus)
        return self._rdf

    def to_networkx(self) -> nx.MultiDiGraph:
        """Actors and issues as nodes; events, affiliations and positions as edges (a new copy each call)."""
        if self._nx is None:
            from kg.graph import to_networkx

            self._nx = to_networkx(self.corpus)
        return self._nx.copy()

    def to_html(self, *, top: int | None = None, title: str = _DEFAULT_TITLE) -> str:
        """The interactive page (graph.html) as text; ``top`` keeps the N most connected actors."""
        from kg.html import render_html

        if top is not None or title != _DEFAULT_TITLE:
            return render_html(self.to_networkx(), title=title, top=top)
        if self._page is None:
            self._page = render_html(self.to_networkx(), title=title)
        return self._page

    def query(self, query: str | os.PathLike[str], /, *, backend: str = "rdflib", **params: Any) -> pd.DataFrame:
        """Run a named query (see ``kg query --list``), a ``.rq`` file or SPARQL text; rows as a DataFrame.

        ``params`` fill a named query's parameters (``actor="HAMAS"``). IRIs come back as
        prefixed names (``actor:HAMAS``), numbers as numbers and dates as datetimes; an ASK
        query gives one ``boolean`` cell, CONSTRUCT and DESCRIBE ``subject, predicate, object``.

        For example ``g.query("timeline", actor="HAMAS")`` or ``g.query("ASK { ?s kg:request ?o }")``.
        """
        from kg.query import execute, named_queries, open_backend, resolve

        values = {k: str(v) for k, v in params.items()}
        if isinstance(query, os.PathLike) or (query.endswith(".rq") and Path(query).is_file()):
            q = resolve(file=Path(query), params=values)
        elif query in named_queries() or (query and not any(ch.isspace() or ch in "{?" for ch in query)):
            q = resolve(name=query, params=values)  # a mistyped name says which names there are
        else:
            q = resolve(text=query, params=values)
        return result_frame(execute(open_backend(self.to_rdf(), backend), q))

    def save(self, folder: str | os.PathLike[str], *, top: int | None = None,
             title: str = _DEFAULT_TITLE) -> list[Path]:
        """Write the files of ``kg build`` into ``folder`` (all of them replaced at once); returns their paths."""
        from kg.pipeline import render_outputs, write_outputs

        return write_outputs(render_outputs(self.corpus, top=top, title=title, model=self.model), Path(folder))

    def show(self, *, top: int | None = None, title: str = _DEFAULT_TITLE, height: int = SHOW_HEIGHT) -> None:
        """Display the interactive graph inline in Jupyter, JupyterLab or VS Code."""
        try:
            from IPython.display import HTML, display
        except ImportError:
            raise Errors.NEEDS_IPYTHON() from None
        display(HTML(_iframe(self.to_html(top=top, title=title), height)))

    def _repr_html_(self) -> str:
        return _iframe(self.to_html())

    def __repr__(self) -> str:
        def n(count: int, noun: str) -> str:
            return f"{count} {noun}{'' if count == 1 else 's'}"

        c = self.corpus
        return (f"<KnowledgeGraph: {n(len(c.articles), 'article')}, {n(len(c.actors), 'actor')}, "
                f"{n(len(c.relations), 'relation')}, {n(len(c.issues), 'issue')}>")


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

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    try:
        published = parse_iso(published)
    except ValueError:
        raise Errors.BAD_ISO_OPTION(option="published=", value=published) from None
    model = model or DEFAULT_MODEL
    corpus = build_corpus(paths, model=model, published=published, actor_files=actor_files, cue_files=cue_files,
                          batch_size=batch_size, n_process=n_process, strict=strict,
                          warn=warn or (lambda message: warnings.warn(f"kg: {message}", stacklevel=2)),
                          progress=progress)
    return KnowledgeGraph(corpus, model=model)


def load(source: str | os.PathLike[str]) -> KnowledgeGraph:
    """Reopen a saved graph from a build folder or its graph.ttl, without parsing any article.

    The corpus is read back from graph.ttl (:func:`kg.rdf.read_corpus`); the model named
    in the folder's summary.json is kept, so :meth:`KnowledgeGraph.save` writes the files
    of the build again.
    """
    from kg.rdf import read_corpus

    path = Path(source)
    if path.is_dir():
        ttl = path / "graph.ttl"
        if not ttl.is_file():
            raise Errors.NOT_A_BUILD(path=path)
    elif path.is_file():
        ttl = path
    else:
        raise Errors.NO_SUCH_BUILD(path=path)
    summary = ttl.with_name("summary.json")
    model = DEFAULT_MODEL
    if ttl.name == "graph.ttl" and summary.is_file():
        try:
            model = json.loads(summary.read_text(encoding="utf-8")).get("model") or DEFAULT_MODEL
        except (OSError, ValueError, AttributeError):
            pass
    return KnowledgeGraph(read_corpus(ttl), model=model)
