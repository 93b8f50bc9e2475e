"""Articles -> extraction results: locally with nlp.pipe, from the cache, or over a Dask cluster."""
from __future__ import annotations

import socket
from collections.abc import Iterable, Iterator
from itertools import islice

from kg.actors import ActorDict
from kg.cache import ResultCache
from kg.errors import Errors
from kg.extract import DocResult, extract
from kg.lexicon import Lexicon
from kg.model import Article
from kg.nlp import parse

__all__ = ["results", "dask_results"]


def _local(articles: Iterable[Article], actors: ActorDict, lexicon: Lexicon, model: str, batch_size: int,
           n_process: int) -> Iterator[DocResult]:
    for article, doc in parse(articles, model, batch_size, n_process):
        yield extract(article, doc, actors, lexicon)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _work(batch: list[Article], actors: ActorDict, lexicon: Lexicon, model: str, batch_size: int) -> list[DocResult]:
    """One Dask task: parse and extract a batch (each worker process loads the pipeline once)."""
    return list(_local(batch, actors, lexicon, model, batch_size, 1))


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
            n_process: int = 1, cache: ResultCache | None = None, dask: str | None = None) -> Iterator[DocResult]:
    """Every article's extraction result; cached articles are not parsed again.

    Results may come in any order: merging them (:func:`kg.graph.assemble`) does not depend on it.
    """

    def todo() -> Iterator[Article]:
        for article in articles:
            hit = cache.get(article) if cache is not None else None
            if hit is not None:
                hits.append(hit)
            else:
                yield article

    hits: list[DocResult] = []
    source = dask_results(todo(), dask, actors, lexicon, model, batch_size) if dask else _local(
        todo(), actors, lexicon, model, batch_size, n_process)
    for result in source:
        yield from hits
        hits.clear()
        if cache is not None:
            cache.put(result.article, result)
        yield result
    yield from hits
