"""The whole path: paths -> articles -> parsed docs -> extraction -> corpus -> output files."""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from tqdm import tqdm

from kg.actors import load_dictionary

from kg.folderlock import folder_lock
from kg import DEFAULT_MODEL
from kg.errors import Errors
from kg.extract import DocResult
from kg.cache import ResultCache, default_cache_dir, pipeline_version
from kg.graph import Corpus, assemble, to_networkx
from kg.html import render_html
from kg.ingest import read_articles
from kg.lexicon import load_lexicon
from kg.nlp import load_pipeline
from kg.rdf import to_turtle
from kg.runner import Background, results, worker_count
from kg.tables import actors_csv, issues_csv, positions_csv, relations_csv

__all__ = ["build_corpus", "render_outputs", "write_outputs", "check_writable", "OUTPUT_FILES"]

OUTPUT_FILES = ("graph.ttl", "graph.html", "actors.csv", "relations.csv", "issues.csv", "positions.csv", "summary.json")


def build_corpus(
    paths: Iterable[str | Path], *, model: str = DEFAULT_MODEL, published: date | None = None,
    actor_files: Iterable[str | Path] = (), cue_files: Iterable[str | Path] = (), batch_size: int = 32,
    n_process: int | str = "auto", strict: bool = True, warn: Callable[[str], None] | None = None,
    progress: bool | None = None, cache: bool | str | Path = True, dask: str | None = None,
) -> Corpus:
    """Read, parse and extract every article under ``paths`` into one merged corpus.

    With ``strict=False`` a bad document is skipped and ``warn(message)`` told why.
    ``progress`` shows a progress bar on stderr; by default only when stderr is a
    terminal and the ``CI`` environment variable is not set. ``cache`` (on by default,
    or a folder) reuses the results of articles already read by the same pipeline;
    ``dask`` names a Dask scheduler to parse and extract on. ``n_process`` is how many
    processes parse and extract (``"auto"``: every usable core); the result does not depend on it.
    """
    paths = list(paths)
    n_process = worker_count(n_process)
    for p in paths:  # the cheapest mistakes first
        if not Path(p).exists():
            raise Errors.NO_SUCH_PATH(path=p)
    dictionary = load_dictionary(actor_files)
    lexicon = load_lexicon(cue_files)
    load_pipeline(model)  # fail on a missing model before any work
    articles = read_articles(paths, published, strict=strict, warn=warn)
    if progress is None:
        progress = not os.environ.get("CI") and sys.stderr is not None and sys.stderr.isatty()
    articles = tqdm(articles, desc="kg build", unit=" articles", disable=not progress, leave=False)
    store = None
    if cache:
        folder = default_cache_dir() if cache is True else Path(cache)
        store = ResultCache(folder, pipeline_version(model, load_pipeline(model).meta, dictionary, lexicon))
    corpus = assemble(_read_ones(results(articles, dictionary, lexicon, model=model, batch_size=batch_size,
                                         n_process=n_process, cache=store, dask=dask), strict, warn), dictionary)
    if not corpus.articles:
        raise Errors.NO_ARTICLES()
    return corpus


def _read_ones(done: Iterable[DocResult], strict: bool, warn: Callable[[str], None] | None) -> Iterator[DocResult]:
    """The results of the articles that were read; one that a bug in kg stopped (``DocResult.failed``) is an
    error under ``strict``, else it is left out and ``warn`` is told, and the build goes on."""
    for result in done:
        if not result.failed:
            yield result
            continue
        problem = Errors.NOT_EXTRACTED(doc=result.article.id, failure=result.failed)
        if strict:
            raise problem
        if warn is not None:
            warn(str(problem))


def summary(corpus: Corpus, model: str = DEFAULT_MODEL) -> dict:
    """What a build holds, by the numbers (no timestamps, so builds stay byte-identical)."""
    from collections import Counter

    from kg import __version__

    return {
        "kg": __version__, "model": model,
        "articles": [{"id": a.id, "published": a.published.isoformat() if a.published else None} for a in corpus.articles],
        "actors": len(corpus.actors), "actors_by_kind": dict(sorted(Counter(a.kind for a in corpus.actors.values()).items())),
        "relations": len(corpus.relations), "events": len(corpus.events()),
        "relations_by_type": dict(sorted(Counter(r.plover for r in corpus.relations).items())),
        "issues": len(corpus.issues), "positions": len(corpus.stances),
    }


def render_outputs(corpus: Corpus, *, top: int | None = None, title: str = "kg graph",
                   model: str = DEFAULT_MODEL) -> dict[str, str]:
    """The output files as text, by file name.

    With two or more usable cores, graph.ttl is written in a forked process while this one
    renders the page and the tables (the same text either way).
    """
    turtle = Background(to_turtle, corpus)
    try:
        files = {
            "summary.json": json.dumps(summary(corpus, model), indent=2, ensure_ascii=False) + "\n",
            "graph.ttl": "",
            "graph.html": render_html(to_networkx(corpus), title=title, top=top),
            "actors.csv": actors_csv(corpus),
            "relations.csv": relations_csv(corpus),
            "issues.csv": issues_csv(corpus),
            "positions.csv": positions_csv(corpus),
        }
        files["graph.ttl"] = turtle.result()
    finally:
        turtle.close()
    return files


_UMASK = os.umask(0)
os.umask(_UMASK)


def check_writable(out: Path) -> None:
    """Fail early, before any work and without creating anything, when ``out`` cannot be written."""
    out = Path(out)
    probe = out  # where the first new entry would be made: out itself, or its nearest existing parent
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if not probe.is_dir():
        raise Errors.OUT_UNDER_FILE(out=out, probe=probe)
    try:
        with tempfile.NamedTemporaryFile(dir=probe, prefix=".kg-check-"):
            pass
    except OSError as exc:
        raise Errors.OUT_NOT_WRITABLE(out=out, reason=exc.strerror or exc) from None


def _backup(final: Path) -> Path:
    """A hard link (else a copy) of ``final`` under a fresh hidden name beside it."""
    while True:
        bak = final.with_name(f".{final.name}.{secrets.token_hex(4)}.bak")
        try:
            os.link(final, bak)
            return bak
        except FileExistsError:
            continue
        except OSError:  # no hard links here
            if bak.exists():
                continue
            shutil.copy2(final, bak)
            return bak


def write_outputs(files: dict[str, str], out: Path) -> list[Path]:
    """Write every file to a temporary name first, then rename them all into place.

    If anything fails on the way (an exception, Ctrl-C, a full disk) the folder is left as it
    was: files already renamed are put back from their backups and no temporary file is left.
    An ``OSError`` becomes a :class:`KgError` with exit code 5. The folder is locked while it is
    written (:func:`~kg.folderlock.folder_lock`): another process writing there fails with exit code 7.
    """
    out = Path(out)
    check_writable(out)
    with folder_lock(out):  # one writer at a time (re-entrant: a build already holds it)
        _sweep(files, out)
        return _write_all(files, out)


def _sweep(files: dict[str, str], out: Path) -> None:
    """Remove what a writer killed outright (SIGKILL, power loss) left behind: its temporary files,
    and backups that are still a second name of the file they back up. Safe only under the lock."""
    try:
        entries = list(os.scandir(out))
    except OSError:
        return
    for entry in entries:
        m = _LEFTOVER.match(entry.name)
        if not m or m.group(1) not in files or not entry.is_file(follow_symlinks=False):
            continue
        try:
            if m.group(2) == "bak" and not os.path.samefile(entry.path, out / m.group(1)):
                continue  # the only copy of an earlier output: keep it
            os.unlink(entry.path)
        except OSError:
            pass


_LEFTOVER = re.compile(r"^\.(.+)\.[A-Za-z0-9_]{8}\.(tmp|bak)$")


def _write_all(files: dict[str, str], out: Path) -> list[Path]:
    staged: list[tuple[Path, Path]] = []  # (temporary file, final name)
    backups: dict[Path, Path] = {}  # final name -> backup of the earlier file
    replaced: list[Path] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, text in sorted(files.items()):
            fd, tmp = tempfile.mkstemp(dir=out, prefix=f".{name}.", suffix=".tmp")
            staged.append((Path(tmp), out / name))
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                os.chmod(tmp, 0o666 & ~_UMASK)
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
        for _, final in staged:
            if final.is_file():
                backups[final] = _backup(final)
        for tmp, final in staged:
            os.replace(tmp, final)
            replaced.append(final)
    except BaseException as exc:
        for final in reversed(replaced):  # put the earlier outputs back
            try:
                if final in backups:
                    os.replace(backups.pop(final), final)
                else:
                    final.unlink(missing_ok=True)
            except OSError:
                pass
        for leftover in [tmp for tmp, _ in staged] + list(backups.values()):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        if isinstance(exc, OSError):
            raise Errors.CANNOT_WRITE(out=out, reason=exc.strerror or exc) from None
        raise
    for bak in backups.values():
        bak.unlink(missing_ok=True)
    try:  # make the renames durable
        fd = os.open(out, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
    return [final for _, final in staged]
