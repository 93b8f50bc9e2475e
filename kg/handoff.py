"""Parse here, extract in a helper process: a one-process build spread over two cores.

With ``n_process=1`` on a machine with a spare core, this process parses (``nlp.pipe``)
and one forked helper process extracts. Each batch of parsed docs goes over as bytes
(:meth:`~spacy.tokens.Doc.to_bytes` without the tensor, about a tenth of the cost of
extracting the doc); the helper rebuilds the docs against its copy of the vocabulary,
extracts them, stores them in the cache, and sends their results back. This process
takes batch k's results only once it has parsed batch k + 1, so that parse overlaps the
extraction of batch k. The results and their order are those of one process.

``KG_ONE_PROCESS=1`` in the environment keeps everything in this process.
"""
from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator

from spacy.tokens import Doc

from kg.actors import ActorDict
from kg.cache import ResultCache
from kg.errors import Errors
from kg.extract import DocResult
from kg.lexicon import Lexicon
from kg.model import Article
from kg.nlp import load_pipeline, parse
from kg.runner import _answer, _context, _extract_each, _few_collections, _mask, _reply, usable_cores

__all__ = ["handoff_wanted", "handoff_results"]

#: What a parsed doc sends besides its words and annotations: the tensor, which extraction never reads, is left out.
_LEFT_OUT = ("tensor",)


def handoff_wanted() -> bool:
    """Is there a spare core to extract on (Linux, which forks; ``KG_ONE_PROCESS`` unset or 0)?"""
    if os.environ.get("KG_ONE_PROCESS", "").strip() not in ("", "0"):
        return False
    return usable_cores() > 1 and sys.platform.startswith("linux")


def _extract_all(items: list[tuple[Article, bytes]], actors: ActorDict, lexicon: Lexicon, model: str,
                 cache: ResultCache | None) -> list[DocResult]:
    """In the helper: rebuild each doc from its bytes, extract it and store the result in ``cache``."""
    vocab = load_pipeline(model).vocab
    return _extract_each(((article, Doc(vocab).from_bytes(data)) for article, data in items), actors, lexicon, cache)


def _helper_main(conn, parent_end, actors: ActorDict, lexicon: Lexicon, model: str,
                 cache: ResultCache | None) -> None:
    """The helper process: take batches of encoded docs from ``conn`` and send back their results, until None or EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the helper
    _mask(signal.SIG_UNBLOCK)
    parent_end.close()  # the parent's alone: the helper sees EOF when the parent ends, even killed
    while True:
        try:
            items = conn.recv()
        except (EOFError, OSError):
            return
        if items is None or not _reply(conn, _extract_all, items, actors, lexicon, model, cache):
            return


def _send(conn, items) -> None:
    try:
        conn.send(items)
    except OSError:
        raise Errors.HELPER_DIED() from None


def handoff_results(batches: Iterator[list[Article]], actors: ActorDict, lexicon: Lexicon, model: str,
                    batch_size: int, cache: ResultCache | None = None) -> Iterator[DocResult]:
    """Parse each batch here and extract it in a helper process; the results in input order.

    At most two batches are on their way at a time: one being parsed here, one being
    extracted there (or its results waiting to be taken).
    """
    load_pipeline(model)  # before the helper is forked
    ctx = _context()
    mine, theirs = ctx.Pipe()
    _mask(signal.SIG_BLOCK)  # Ctrl-C waits until the helper is started and known
    try:
        proc = ctx.Process(target=_helper_main, args=(theirs, mine, actors, lexicon, model, cache), daemon=True)
        try:
            proc.start()
        finally:
            theirs.close()
    finally:
        _mask(signal.SIG_UNBLOCK)
    try:
        sent = False
        for batch in batches:
            with _few_collections():
                items = [(article, doc.to_bytes(exclude=_LEFT_OUT)) for article, doc in parse(batch, model, batch_size)]
            done = _answer(mine, Errors.HELPER_DIED()) if sent else []  # (extracted there while this one was parsed)
            _send(mine, items)
            sent = True
            yield from done
        if sent:
            yield from _answer(mine, Errors.HELPER_DIED())
        try:
            mine.send(None)  # every result is in: a helper gone by now is no error
        except OSError:
            pass
        proc.join()
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        mine.close()
