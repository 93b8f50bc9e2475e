"""Query workers for ``kg serve``: processes that run one query at a time, so that a query past its
time can be killed, and the pool that drives them.

``kg serve`` starts a few of these (``python -m kg.serve_worker``), each with one end of a socket
pair. A worker opens the endpoint's Oxigraph database read-only and then answers requests, one at a
time: it checks the query (:func:`kg.sparql.check_query`: a query, not an update, and no
``SERVICE`` unless allowed), runs it with pyoxigraph, and serializes the result in the format
asked for, refusing to go past ``--max-bytes``. The front (:mod:`kg.serve`) kills a worker that
is still busy at the query's deadline and starts another (:class:`Pool`).

Messages are frames: an 8-byte big-endian length, then that many bytes. A request is one JSON
frame (``query``, ``accept``, ``format``); an answer is a JSON frame (``status``, ``type``) then a
frame holding the response body.
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["send_frame", "recv_frame", "Answer", "answer", "negotiate", "Worker", "Pool", "main"]

_READY_SECONDS = 60.0

_LEN = struct.Struct(">Q")

# short name -> (media type sent, media types accepted); the first entry of each table is the default
RESULT_FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "json": ("application/sparql-results+json", ("application/sparql-results+json", "application/json")),
    "xml": ("application/sparql-results+xml", ("application/sparql-results+xml", "application/xml", "text/xml")),
    "csv": ("text/csv; charset=utf-8", ("text/csv",)),
    "tsv": ("text/tab-separated-values; charset=utf-8", ("text/tab-separated-values",)),
}
GRAPH_FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "turtle": ("text/turtle; charset=utf-8", ("text/turtle", "application/x-turtle")),
    "ntriples": ("application/n-triples", ("application/n-triples", "text/plain")),
    "rdfxml": ("application/rdf+xml", ("application/rdf+xml", "application/xml", "text/xml")),
    "jsonld": ("application/ld+json", ("application/ld+json", "application/json")),
}


# ---------------------------------------------------------------- framing

def send_frame(sock: socket.socket, data: bytes) -> None:
    sock.sendall(_LEN.pack(len(data)) + data)


def _recv_exact(sock: socket.socket, n: int) -> bytes | None:
    parts, got = [], 0
    while got < n:
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            return None
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def recv_frame(sock: socket.socket) -> bytes | None:
    """The next frame's bytes, or None when the other end has closed."""
    head = _recv_exact(sock, _LEN.size)
    if head is None:
        return None
    (size,) = _LEN.unpack(head)
    return _recv_exact(sock, size) if size else b""


# ---------------------------------------------------------------- answering

@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, content type and body."""

    status: int
    type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (" ".join(message.split())[:300] + "\n").encode())


def negotiate(table: dict[str, tuple[str, tuple[str, ...]]], accept: str = "", fmt: str = "") -> str | None:
    """The short name of the format to answer in, from a ``format`` name or an HTTP Accept header.

    >>> negotiate(RESULT_FORMATS, "text/csv;q=0.5, application/sparql-results+xml")
    'xml'
    >>> negotiate(GRAPH_FORMATS, "*/*"), negotiate(GRAPH_FORMATS, "text/csv") is None
    ('turtle', True)
    """
    if fmt:
        return fmt if fmt in table else None
    ranges = []
    for i, item in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in item.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((-q, i, media.lower()))
    if not ranges:
        return next(iter(table))
    for _, _, media in sorted(ranges):
        for name, (_, accepted) in table.items():
            if media in accepted or media == "*/*" or (media.endswith("/*") and
                                                       any(a.startswith(media[:-1]) for a in accepted)):
                return name
    return None


def _own_words(exc: BaseException) -> str:
    """An engine error without what another server sent (a SERVICE reply's body is never passed on)."""
    return str(exc).split(" with payload:")[0].split("\n")[0]


class _TooLarge(Exception):
    pass


class _Capped:
    """A binary sink that refuses to hold more than ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit, self.size, self.parts, self.over = limit, 0, [], False

    def write(self, data: Any) -> int:
        data = bytes(data)
        self.size += len(data)
        if self.size > self.limit:
            self.over = True
            raise _TooLarge
        self.parts.append(data)
        return len(data)

    def flush(self) -> None:
        pass


def answer(store: Any, query: str, *, accept: str = "", fmt: str = "", allow_service: bool = False,
           max_bytes: int = 50_000_000) -> Answer:
    """Check and run ``query`` on a pyoxigraph ``store``; the result serialized, or an error."""
    import pyoxigraph as ox

    from kg.errors import KgError
    from kg.sparql import PREFIXES, check_query

    try:
        check_query(query, allow_service=allow_service)
    except KgError as exc:
        return Answer.error(400, str(exc))
    try:
        result = store.query(query, prefixes=PREFIXES)
    except SyntaxError as exc:
        return Answer.error(400, f"SPARQL syntax error: {exc}")
    except Exception as exc:  # evaluation errors (OSError), a failing SERVICE when allowed, ...
        return Answer.error(500, f"SPARQL error: {_own_words(exc)}")
    if isinstance(result, ox.QueryTriples):
        table, formats = GRAPH_FORMATS, {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                                         "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}
    else:
        table, formats = RESULT_FORMATS, {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                                          "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
    name = negotiate(table, accept, fmt)
    if name is None:
        offered = ", ".join(media for media, _ in table.values())
        return Answer.error(406, f"cannot answer this query as {fmt or accept!r}; offered: {offered}")
    sink = _Capped(max_bytes)
    try:
        result.serialize(sink, formats[name])
    except Exception as exc:
        if sink.over:
            return Answer.error(507, f"the result is larger than the endpoint's limit of {max_bytes} bytes "
                                     "(kg serve --max-bytes); ask for less, e.g. with LIMIT")
        return Answer.error(500, f"SPARQL error: {_own_words(exc)}")
    return Answer(200, table[name][0], b"".join(sink.parts))


# ---------------------------------------------------------------- the pool (in kg serve)

class Worker:
    """One ``python -m kg.serve_worker`` process and our end of its socket pair."""

    def __init__(self, store: Path, log: Path, *, allow_service: bool, max_bytes: int, max_memory: int = 0) -> None:
        ours, theirs = socket.socketpair()
        args = [sys.executable, "-m", "kg.serve_worker", "--store", str(store), "--fd", str(theirs.fileno()),
                "--parent", str(os.getpid()), "--max-bytes", str(max_bytes), "--max-memory", str(max_memory)]
        if allow_service:
            args.append("--allow-service")
        try:
            with open(log, "ab") as err:
                self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                                stderr=err, pass_fds=(theirs.fileno(),), close_fds=True)
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        self.sock = ours

    def wait_ready(self, seconds: float) -> str | None:
        """None once the worker has opened the database; else why it did not."""
        self.sock.settimeout(seconds)
        try:
            frame = recv_frame(self.sock)
        except OSError:
            frame = None
        if frame is None:
            return "the query worker did not start"
        hello = json.loads(frame)
        return None if hello.get("ready") else hello.get("error", "the query worker did not start")

    def ask(self, request: dict, deadline: float) -> Answer | None:
        """The worker's answer, or None if it is not done by ``deadline`` (or has died)."""
        try:
            self.sock.settimeout(max(deadline - time.monotonic(), 0.001))
            send_frame(self.sock, json.dumps(request).encode())
            head = recv_frame(self.sock)
            self.sock.settimeout(max(deadline - time.monotonic(), 0.001))
            body = recv_frame(self.sock) if head is not None else None
        except OSError:  # socket.timeout included
            return None
        if head is None or body is None:
            return None
        info = json.loads(head)
        return Answer(info["status"], info["type"], body)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.sock.close()


class Pool:
    """``size`` workers; one thread starts them (and replaces the ones killed), the others borrow them."""

    def __init__(self, size: int, start_worker: Callable[[], Worker], max_memory: int = 0) -> None:
        self.size = size
        self.max_memory = max_memory
        self._start = start_worker
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._todo: queue.Queue[int | None] = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.failure: str | None = None
        self._ready = threading.Semaphore(0)
        # Workers are started from this one long-lived thread: Linux kills a worker when the thread
        # that started it ends (PR_SET_PDEATHSIG), so that must not be a short-lived request thread.
        self._thread = threading.Thread(target=self._supervise, name="kg-serve-workers", daemon=True)
        self._thread.start()
        for _ in range(size):
            self._todo.put(1)

    def _supervise(self) -> None:
        while True:
            item = self._todo.get()
            if item is None:
                return
            try:
                worker = self._start()
            except OSError as exc:
                self.failure = f"cannot start a query worker: {exc}"
                self._ready.release()
                continue
            failure = worker.wait_ready(_READY_SECONDS)
            with self._lock:
                closed = self._closed
                if failure is None and not closed:
                    self._all.add(worker)
            if failure is not None or closed:
                worker.kill()
                self.failure = self.failure or failure
                self._ready.release()
                continue
            self._idle.put(worker)
            self._ready.release()

    def wait_started(self) -> None:
        """Wait for the first workers; raise if any could not start."""
        for _ in range(self.size):
            self._ready.acquire()
        if self.failure:
            from kg.errors import Errors

            raise Errors.SERVE_NO_WORKERS(failure=self.failure)

    def run(self, request: dict, deadline: float, timeout: float) -> Answer:
        try:
            worker = self._idle.get(timeout=max(deadline - time.monotonic(), 0))
        except queue.Empty:
            return Answer.error(503, f"query not run: every query worker stayed busy for the endpoint's time "
                                     f"limit of {timeout:g} s; try again later")
        reply = worker.ask(request, deadline)
        if reply is not None:
            self._idle.put(worker)
            return reply
        code = None
        if time.monotonic() < deadline:  # not a timeout: the worker closed its end, so it is dying
            try:
                code = worker.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        self._retire(worker)
        if code is not None:
            if self.max_memory and code in (-signal.SIGABRT, -signal.SIGKILL):  # an allocation failed
                return Answer.error(507, f"query stopped: it needed more memory than the endpoint's limit of "
                                         f"{self.max_memory} MiB (kg serve --max-memory)")
            return Answer.error(500, "the query worker died while running this query")
        return Answer.error(503, f"query stopped: it ran past the endpoint's time limit of {timeout:g} s "
                                 "(kg serve --timeout)")

    def _retire(self, worker: Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if not self._closed:
                self._todo.put(1)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        self._todo.put(None)
        for worker in workers:
            worker.kill()
        self._thread.join(timeout=_READY_SECONDS)


# ---------------------------------------------------------------- the process

def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker when ``kg serve`` dies, however it dies."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except Exception:
            pass
    if os.getppid() != parent:  # the parent died before the request above took effect
        os._exit(1)


def _limit_memory(mib: int) -> None:
    """Cap this process's address space: a query that needs more fails its allocation and the worker
    dies (and is replaced), instead of the machine running out of memory."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return
    limit = mib * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.serve_worker")
    parser.add_argument("--store", required=True)
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--parent", type=int, required=True)
    parser.add_argument("--max-bytes", type=int, required=True)
    parser.add_argument("--allow-service", action="store_true")
    parser.add_argument("--max-memory", type=int, default=0, help="MiB of address space, 0 for no limit")
    args = parser.parse_args(argv)
    _die_with_parent(args.parent)
    sock = socket.socket(fileno=args.fd)
    try:
        import pyoxigraph as ox

        store = ox.Store.read_only(args.store)
        import kg.sparql  # noqa: F401  (loaded before the first query, not during it)
        from rdflib.plugins.sparql import parser  # noqa: F401
    except Exception as exc:
        send_frame(sock, json.dumps({"ready": False, "error": " ".join(str(exc).split())[:300]}).encode())
        return 1
    if args.max_memory:  # after the store is open: the cap is for queries, and opening must not fail on it
        _limit_memory(args.max_memory)
    send_frame(sock, json.dumps({"ready": True}).encode())
    while True:
        frame = recv_frame(sock)
        if frame is None:  # kg serve closed its end: stop
            return 0
        request = json.loads(frame)
        reply = answer(store, request["query"], accept=request.get("accept", ""), fmt=request.get("format", ""),
                       allow_service=args.allow_service, max_bytes=args.max_bytes)
        send_frame(sock, json.dumps({"status": reply.status, "type": reply.type}).encode())
        send_frame(sock, reply.body)


if __name__ == "__main__":  # pragma: no cover - run by kg serve
    sys.exit(main())
