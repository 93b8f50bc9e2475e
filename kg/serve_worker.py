"""The process that runs one ``kg serve`` query at a time, so that a query past its time can be killed.

``kg serve`` starts a few of these (``python -m kg.serve_worker``), each with one end of a socket
pair. A worker opens the endpoint's Oxigraph database read-only and then answers requests, one at a
time: it checks the query (:func:`kg.sparql.check_query`: a query, not an update, and no
``SERVICE`` unless allowed), runs it with pyoxigraph, and serializes the result in the format
asked for, refusing to go past ``--max-bytes``. The front (:mod:`kg.serve`) kills a worker that
is still busy at the query's deadline and starts another.

Messages are frames: an 8-byte big-endian length, then that many bytes. A request is one JSON
frame (``query``, ``accept``, ``format``); an answer is a JSON frame (``status``, ``type``) then a
frame holding the response body.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import struct
import sys
from dataclasses import dataclass
from typing import Any

__all__ = ["send_frame", "recv_frame", "Answer", "answer", "negotiate", "main"]

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
        return Answer.error(500, f"SPARQL error: {exc}")
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
        return Answer.error(500, f"SPARQL error: {exc}")
    return Answer(200, table[name][0], b"".join(sink.parts))


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.serve_worker")
    parser.add_argument("--store", required=True)
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--parent", type=int, required=True)
    parser.add_argument("--max-bytes", type=int, required=True)
    parser.add_argument("--allow-service", action="store_true")
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
