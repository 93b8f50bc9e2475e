"""Articles -> extraction results: in this process, in worker processes, from the cache, or over a Dask cluster.

Parsing and extraction run together, a batch of articles at a time: in this process
(``n_process=1``), or in worker processes that each load the spaCy pipeline once, take
articles in and send extraction results back (no spaCy ``Doc`` crosses to them). With
``n_process=1`` and a spare core, one helper process extracts the docs this process
parses, sent as bytes (:mod:`kg.handoff`). Batches are the same every way and results
come back in input order, so the merged graph is byte-identical for any number of processes.
"""
from __future__ import annotations

import gc
import socket
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice

from spacy.tokens import Doc

from kg.actors import ActorDict
from kg.cache import ResultCache
from kg.errors import Errors, KgError
from kg.extract import DocResult, extract
from kg.lexicon import Lexicon
from kg.model import Article
from kg.nlp import load_pipeline, parse

__all__ = ["results", "local_results", "dask_results", "usable_cores", "worker_count", "Background"]


def usable_cores() -> int:
    """The CPUs this process may run on: its affinity mask where the system has one, and no more than a
    container's CPU quota allows (cgroup ``cpu.max``)."""
    try:
        cores = max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        cores = max(1, os.cpu_count() or 1)
    quota = _cgroup_cpus()
    return min(cores, quota) if quota else cores


def _cgroup_cpus(path: str = "/sys/fs/cgroup/cpu.max") -> int | None:
    """The whole CPUs a cgroup v2 quota grants ("150000 100000" -> 1, at least 1); None with no quota or no file."""
    try:
        with open(path, encoding="ascii") as fh:
            quota, period = fh.read().split()[:2]
        return None if quota == "max" else max(1, int(quota) // int(period))
    except (OSError, ValueError):
        return None


def worker_count(n_process: int | str) -> int:
    """``"auto"`` -> :func:`usable_cores`; a whole number of at least 1 as itself.

    >>> worker_count("3")
    3
    >>> worker_count("auto") >= 1
    True
    """
    given = n_process
    if isinstance(n_process, str):
        if n_process.strip().lower() == "auto":
            return usable_cores()
        n_process = int(n_process) if n_process.strip().isdigit() else 0
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
        raise Errors.BAD_N_PROCESS(given=given)
    return n_process


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


#: Objects made and not yet freed before the collector looks for cycles, while a batch is read. Reading
#: an article makes thousands (tokens, tuples, memo tables) that are freed when it is done, and holds no
#: cycle: at Python's default of 700 the collector walks them about once per article, for nothing.
YOUNG_OBJECTS = 10_000


@contextmanager
def _few_collections():
    """Run the body with the collector's first threshold at least :data:`YOUNG_OBJECTS` (unless it is 0,
    no automatic collection), then restore it."""
    old = gc.get_threshold()
    if old[0]:
        gc.set_threshold(max(old[0], YOUNG_OBJECTS), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _parse_extract(batch: list[Article], actors: ActorDict, lexicon: Lexicon, model: str, batch_size: int,
                   cache: ResultCache | None = None) -> list[DocResult]:
    """Parse one batch of articles and extract each; results in input order, stored in ``cache`` if given."""
    return _extract_each(parse(batch, model, batch_size), actors, lexicon, cache)


def _extract_each(docs: Iterable[tuple[Article, Doc]], actors: ActorDict, lexicon: Lexicon,
                  cache: ResultCache | None) -> list[DocResult]:
    """Extract each parsed article; results in input order, stored in ``cache`` if given (here or in a helper
    process, :mod:`kg.handoff`)."""
    out = []
    with _few_collections():
        for article, doc in docs:
            result = _extract_one(article, doc, actors, lexicon)
            if cache is not None and not result.failed:
                cache.put(article, result)
            out.append(result)
    return out


def _extract_one(article: Article, doc: Doc, actors: ActorDict, lexicon: Lexicon) -> DocResult:
    """``extract``, or, when a bug in kg stops it on this article, an empty result that says why
    (``failed``): the build leaves the article out with a warning and goes on with the others
    (``KG_DEBUG=1`` raises the error here instead, for its traceback)."""
    try:
        return extract(article, doc, actors, lexicon)
    except Exception as exc:
        if os.environ.get("KG_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:200]
        return DocResult(article, (), (), (), (), failed=f"{exc.__class__.__name__}: {detail}" if detail
                         else exc.__class__.__name__)


def _reply(conn, fn, *args) -> bool:
    """In a child process: run ``fn(*args)`` and send ("ok", value) or ("error", exception) to the parent;
    False when the parent is gone (killed) and there is nobody to tell."""
    try:
        outcome = ("ok", fn(*args))
    except BaseException as exc:  # handed to the parent, which raises it
        outcome = ("error", exc)
    try:
        conn.send(outcome)
    except OSError:
        return False
    except Exception as exc:  # an outcome that cannot be pickled
        conn.send(("error", RuntimeError(f"{exc.__class__.__name__}: {exc}")))
    return True


def _answer(conn, gone: KgError):
    """In the parent: the value a child sent with :func:`_reply`, or its exception raised here; ``gone`` raised
    when the child is gone (killed, out of memory)."""
    try:
        status, value = conn.recv()
    except (EOFError, OSError):
        raise gone from None
    if status == "error":
        raise value
    return value


def _mask(how: int) -> None:
    """Block or unblock SIGINT in this thread (where the system can)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(how, {signal.SIGINT})


def _worker_main(conn, others: list, actors: ActorDict, lexicon: Lexicon, model: str, batch_size: int,
                 cache: ResultCache | None) -> None:
    """A worker process: take batches from ``conn`` and send back their results, until None or EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the workers
    _mask(signal.SIG_UNBLOCK)
    for other in others:  # the parent's ends of this worker's and the earlier workers' pipes: theirs alone,
        other.close()  # so that each worker sees its pipe end when the parent ends, even killed
    load_pipeline(model)  # already loaded when forked
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        if not _reply(conn, _parse_extract, batch, actors, lexicon, model, batch_size, cache):
            return


def _in_workers(batches: Iterator[list[Article]], n: int, init: tuple) -> Iterator[DocResult]:
    """Run the batches in ``n`` worker processes, each with one pipe; yield their results in input order.

    A batch is sent only to an idle worker, and every result is read as soon as it is
    ready, so neither side ever waits on the other; no lock is shared, so stopping the
    workers (an error, Ctrl-C) cannot hang. At most ``4 n`` results wait to be yielded.
    """
    from multiprocessing.connection import wait

    ctx = _context()
    workers = []
    try:
        # Ctrl-C waits until every worker is started and known, so that none is left behind
        _mask(signal.SIG_BLOCK)
        try:
            for _ in range(n):
                mine, theirs = ctx.Pipe()
                proc = ctx.Process(target=_worker_main, args=(theirs, [mine] + [c for _, c in workers], *init),
                                   daemon=True)
                try:
                    proc.start()
                finally:
                    theirs.close()
                workers.append((proc, mine))
        finally:
            _mask(signal.SIG_UNBLOCK)
        idle, busy, done = list(range(n)), {}, {}
        sent = wanted = 0
        more = True
        while True:
            while idle and more and len(done) < 4 * n:
                batch = next(batches, None)
                if batch is None:
                    more = False
                    break
                w = idle.pop(0)
                workers[w][1].send(batch)
                busy[workers[w][1]] = (w, sent)
                sent += 1
            while wanted in done:
                yield from done.pop(wanted)
                wanted += 1
            if not busy:
                if not more:
                    break
                continue
            for conn in wait(list(busy)):
                w, task = busy.pop(conn)
                done[task] = _answer(conn, Errors.WORKER_DIED())
                idle.append(w)
        for _, conn in workers:
            conn.send(None)
        for proc, _ in workers:
            proc.join()
    finally:
        for proc, _ in workers:
            if proc.is_alive():
                proc.terminate()
        for proc, conn in workers:
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join()
            conn.close()


def _context():
    import multiprocessing as mp

    # fork shares the loaded pipeline and dictionaries with the workers at no cost; elsewhere each worker loads them
    return mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def local_results(articles: Iterable[Article], actors: ActorDict, lexicon: Lexicon, model: str, batch_size: int = 32,
                  n_process: int = 1, cache: ResultCache | None = None) -> Iterator[DocResult]:
    """Parse and extract every article on this machine, in ``n_process`` processes; results in input order.

    Each batch of ``batch_size`` articles is one task. A single batch runs in this process;
    so does ``n_process=1``, but there, with two batches or more and a spare core, one
    helper process extracts what this one parses (:mod:`kg.handoff`). Otherwise
    ``n_process`` workers run the batches while this process reads articles and takes
    results, one batch per worker at a time, so memory stays bounded.
    """
    batches = _batches(articles, batch_size)
    head = list(islice(batches, 2))
    from kg.handoff import handoff_results, handoff_wanted  # (it builds on this module)

    if n_process <= 1 and len(head) == 2 and handoff_wanted():  # parse here, extract on the spare core
        yield from handoff_results(chain(head, batches), actors, lexicon, model, batch_size, cache)
        return
    if n_process <= 1 or len(head) < 2:
        for batch in chain(head, batches):
            yield from _parse_extract(batch, actors, lexicon, model, batch_size, cache)
        return
    load_pipeline(model)  # once, before the workers are forked
    yield from _in_workers(chain(head, batches), n_process, (actors, lexicon, model, batch_size, cache))


def _background_child(conn, parent_end, fn, args) -> None:  # runs in the forked process
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent_end.close()  # the parent's alone: if the parent is killed, sending fails instead of blocking for ever
    if _reply(conn, fn, *args):
        conn.close()


class Background:
    """``fn(*args)`` computed in a forked process while this one goes on; :meth:`result` waits for it.

    Only on Linux with two or more usable cores; otherwise, or if the process is lost,
    :meth:`result` computes it here. The forked process sees this one's memory as it was,
    so ``args`` are not copied; the result comes back pickled.
    """

    def __init__(self, fn, *args) -> None:
        self.fn, self.args = fn, args
        self.proc = self.conn = None
        if usable_cores() > 1 and sys.platform.startswith("linux"):
            ctx = _context()
            self.conn, send = ctx.Pipe(duplex=False)
            self.proc = ctx.Process(target=_background_child, args=(send, self.conn, fn, args), daemon=True)
            self.proc.start()
            send.close()

    def result(self):
        fn, args = self.fn, self.args
        if self.proc is None:
            return fn(*args)
        try:
            status, value = self.conn.recv()
        except (EOFError, OSError):  # the process died (killed, out of memory): do it here
            status, value = "lost", None
        finally:
            self.close()
        if status == "error":
            raise value
        return value if status == "ok" else fn(*args)

    def close(self) -> None:
        """Stop the process if it still runs (after an error here, or Ctrl-C)."""
        if self.proc is not None:
            if self.proc.is_alive():
                self.proc.terminate()
            self.proc.join()
            self.conn.close()
            self.proc, self.fn = None, _closed


def _closed(*args):
    raise RuntimeError("Background.result() called after close()")


def _work(batch: list[Article], actors: ActorDict, lexicon: Lexicon, model: str, batch_size: int) -> list[DocResult]:
    """One Dask task: parse and extract a batch (each worker process loads the pipeline once)."""
    return _parse_extract(batch, actors, lexicon, model, batch_size)


def _probe(scheduler: str, seconds: float = 5.0) -> None:
    """Fail at once, not after the client's timeout, when nothing listens at a ``tcp://HOST:PORT`` address."""
    from urllib.parse import urlsplit

    parts = urlsplit(scheduler)
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        return
    if parts.scheme != "tcp" or not host or not port:
        return
    try:
        socket.create_connection((host, port), timeout=seconds).close()
    except OSError as exc:
        raise Errors.NO_SCHEDULER(address=scheduler, error=exc.__class__.__name__) from None


def dask_results(articles: Iterable[Article], scheduler: str, actors: ActorDict, lexicon: Lexicon, model: str,
                 batch_size: int = 32, chunk: int = 64) -> Iterator[DocResult]:
    """Map parse-and-extract over a Dask cluster; results come back to this process to be merged."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise Errors.NEEDS_DISTRIBUTED() from None
    _probe(scheduler)
    try:
        client = Client(scheduler, timeout=30)
    except (OSError, TimeoutError, ValueError) as exc:
        raise Errors.NO_SCHEDULER(address=scheduler, error=exc.__class__.__name__) from None
    try:
        actors_f, lexicon_f = client.scatter([actors, lexicon], broadcast=True)
        futures = [client.submit(_work, batch, actors_f, lexicon_f, model, batch_size, pure=False)
                   for batch in _batches(articles, chunk)]
        for future in as_completed(futures):
            yield from future.result()
            future.release()
    finally:
        client.close()


def results(articles: Iterable[Article], actors: ActorDict, lexicon: Lexicon, *, model: str, batch_size: int = 32,
            n_process: int | str = 1, cache: ResultCache | None = None, dask: str | None = None) -> Iterator[DocResult]:
    """Every article's extraction result; cached articles are not parsed again.

    ``n_process`` is a number of processes or ``"auto"`` (every usable core). Results
    may come in any order: merging them (:func:`kg.graph.assemble`) does not depend on it.
    """
    workers = worker_count(n_process)

    def todo() -> Iterator[Article]:
        for article in articles:
            hit = cache.get(article) if cache is not None else None
            if hit is not None:
                hits.append(hit)
            else:
                yield article

    hits: list[DocResult] = []
    if dask:
        source = dask_results(todo(), dask, actors, lexicon, model, batch_size)
    else:  # the workers store their own results in the cache
        source = local_results(todo(), actors, lexicon, model, batch_size, workers, cache)
    for result in source:
        yield from hits
        hits.clear()
        if dask and cache is not None and not result.failed:
            cache.put(result.article, result)
        yield result
    yield from hits
