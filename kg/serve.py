"""A read-only SPARQL endpoint over a graph file that cannot be turned against the machine it runs on.

``kg serve`` loads the graph into a temporary Oxigraph database and answers the SPARQL 1.1
protocol (GET and POST at ``/query``) from a small HTTP front in the standard library. Each
query runs in a worker process (:mod:`kg.serve_worker`) that reads the database read-only:

- a query is parsed first, and one that names ``SERVICE`` is refused (400) unless the operator
  passed ``allow_service``, so the endpoint never fetches what a caller asks it to;
- updates, ``/update`` and the graph store protocol are refused (400 and 403);
- a query still running at ``timeout`` seconds is stopped for real (its worker is killed and
  replaced) and answered 503, never with a cut-off 200;
- a result larger than ``max_bytes`` is answered 507, never cut off, and a query that needs more
  than ``max_memory`` MiB of address space is stopped (its worker's allocation fails) and answered 507;
- bound to a loopback address (the default), it answers only requests whose ``Host`` is a
  loopback name, so a web page cannot reach it through DNS rebinding; no CORS headers are sent.

The temporary database and the workers go when the server stops.
"""
from __future__ import annotations

import shutil
import signal
import socket
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import Errors
from kg.serve_worker import Answer, Pool, Worker

__all__ = ["Endpoint", "start", "serve", "MAX_BODY", "MAX_CONNECTIONS"]

MAX_BODY = 1 << 20  # a query sent by POST may be at most 1 MiB
MAX_CONNECTIONS = 64  # connections served at once; more are closed at once
_LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}


# ---------------------------------------------------------------- HTTP

def _page() -> bytes:
    from importlib import resources

    return resources.files("kg").joinpath("data", "html", "serve.html").read_bytes()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    slots = threading.BoundedSemaphore(1)  # replaced per server in start()
    pool: Pool
    timeout_s: float
    loopback: bool
    log: Callable[[str], None]
    page: bytes

    def server_bind(self) -> None:  # as HTTPServer's, without its reverse DNS lookup of the address
        import socketserver

        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def handle_error(self, request: object, client_address: object) -> None:  # no tracebacks on stderr
        pass

    def process_request(self, request: socket.socket, client_address: object) -> None:
        """A thread per connection, up to MAX_CONNECTIONS; past that a connection is closed at once."""
        if not self.slots.acquire(blocking=False):
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request: socket.socket, client_address: object) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


class _Server6(_Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 30  # seconds to wait for a slow client's request

    def version_string(self) -> str:
        return "kg-serve"

    def log_message(self, format: str, *args: object) -> None:  # quiet: no line per request
        pass

    def _send(self, reply: Answer, extra: dict[str, str] | None = None) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _host_ok(self) -> bool:
        if not self.server.loopback:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        if host.startswith("["):
            name = host[:host.find("]") + 1]
        else:
            name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        return name in _LOOPBACK_NAMES

    def _route(self) -> None:
        if not self._host_ok():
            self._send(Answer.error(403, "this endpoint answers only requests addressed to a loopback name "
                                         "(127.0.0.1, localhost, [::1])"))
            return
        path = urllib.parse.urlsplit(self.path).path
        if path in ("/", "/index.html") and self.command in ("GET", "HEAD"):
            self._send(Answer(200, "text/html; charset=utf-8", self.server.page),
                       {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                                                   "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"})
        elif path == "/query":
            if self.command in ("GET", "POST"):
                self._query()
            else:
                self._send(Answer.error(405, f"{self.command} is not allowed on /query: use GET or POST"),
                           {"Allow": "GET, POST"})
        elif path in ("/update", "/store") or path.startswith("/store/"):
            self._send(Answer.error(403, "this endpoint is read-only: updates and the graph store are refused"))
        else:
            self._send(Answer.error(404, f"no such page: {path[:80]} (SPARQL queries go to /query)"))

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _route

    def _params(self) -> tuple[dict[str, list[str]], Answer | None]:
        """The request's query-string and form parameters, with a raw SPARQL body as ``query``."""
        params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)
        if self.command != "POST":
            return params, None
        length = self.headers.get("Content-Length")
        if length is None or not length.strip().isdigit():
            return params, Answer.error(411, "a POST needs a Content-Length")
        if int(length) > MAX_BODY:
            return params, Answer.error(413, f"the request body is larger than {MAX_BODY} bytes")
        body = self.rfile.read(int(length))
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return params, Answer.error(400, "the request body is not UTF-8")
        if kind == "application/x-www-form-urlencoded":
            for key, values in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif kind == "application/sparql-query":
            params.setdefault("query", []).append(text)
        elif kind == "application/sparql-update":
            return params, Answer.error(403, "this endpoint is read-only: updates are refused")
        else:
            return params, Answer.error(415, "send the query as application/sparql-query or as a form "
                                             "(application/x-www-form-urlencoded)")
        return params, None

    def _query(self) -> None:
        arrived = time.monotonic()
        params, problem = self._params()
        if problem is not None:
            self._send(problem)
            return
        if "update" in params:
            self._send(Answer.error(403, "this endpoint is read-only: updates are refused"))
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._send(Answer.error(400, "give exactly one SPARQL query (the query parameter)"))
            return
        if "default-graph-uri" in params or "named-graph-uri" in params:
            self._send(Answer.error(400, "default-graph-uri and named-graph-uri are not supported: "
                                         "the endpoint serves one graph"))
            return
        request = {"query": queries[0], "accept": self.headers.get("Accept") or "",
                   "format": (params.get("format") or [""])[0]}
        reply = self.server.pool.run(request, arrived + self.server.timeout_s, self.server.timeout_s)
        if reply.status == 503 and reply.body.startswith(b"query stopped"):
            self.server.log(f"kg: stopped a query after {time.monotonic() - arrived:.1f} s "
                            f"(limit {self.server.timeout_s:g} s)")
        elif reply.status == 400 and b"SERVICE" in reply.body and b"not allowed" in reply.body:
            self.server.log(f"kg: refused a query with SERVICE from {self.client_address[0]}")
        self._send(reply)


# ---------------------------------------------------------------- the endpoint

@dataclass
class Endpoint:
    """A running endpoint: its query URL; ``stop()`` ends it and removes its temporary database."""

    url: str
    server: _Server
    pool: Pool
    folder: Path
    thread: threading.Thread
    stopped: bool = field(default=False)

    def stop(self) -> None:
        """Stop answering, stop the workers and remove the temporary database (safe to call twice)."""
        if self.stopped:
            return
        self.stopped = True
        self.server.shutdown()
        self.server.server_close()
        self.pool.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _load(graph: Path, db: Path) -> None:
    """Bulk-load ``graph`` into a new Oxigraph database at ``db``, closed again afterwards."""
    try:
        import pyoxigraph as ox
    except ImportError:
        raise Errors.NEEDS_SERVE_PYOXIGRAPH() from None
    fmt = ox.RdfFormat.from_extension(graph.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
    store = ox.Store(str(db))
    try:
        store.bulk_load(path=str(graph), format=fmt)
        store.flush()
    except (SyntaxError, ValueError, OSError) as exc:
        raise Errors.OXIGRAPH_CANNOT_LOAD(path=graph, detail=" ".join(str(exc).split())[:300]) from None
    finally:
        del store  # closes the database, so the workers may open it read-only


def start(graph: Path | str, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30,
          allow_service: bool = False, max_bytes: int = 50_000_000, workers: int = 2, max_memory: int = 4096,
          log: Callable[[str], None] = lambda line: None) -> Endpoint:
    """Load ``graph`` and start answering queries in a background thread; returns once it accepts them."""
    graph = Path(graph)
    if not graph.is_file():
        raise Errors.NO_GRAPH_FILE(path=graph)
    if not 1 <= port <= 65535:
        raise Errors.BAD_PORT(port=port)
    if not timeout > 0:
        raise Errors.BAD_TIMEOUT(timeout=timeout)
    if max_bytes < 1:
        raise Errors.BAD_MAX_BYTES(max_bytes=max_bytes)
    if workers < 1:
        raise Errors.BAD_WORKERS(workers=workers)
    if max_memory and max_memory < 256:
        raise Errors.BAD_MAX_MEMORY(max_memory=max_memory)
    folder = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    pool = None
    try:
        server = None
        try:
            server = (_Server6 if ":" in host else _Server)((host, port), _Handler, bind_and_activate=False)
            server.server_bind()  # the port is taken now; it accepts connections once the workers are ready
        except OSError as exc:
            if server is not None:
                server.server_close()
            why = "is already in use (choose another --port)" if exc.errno in (98, 48, 10048) else \
                f"cannot be bound ({exc.strerror or exc})"
            raise Errors.SERVE_DID_NOT_START(address=_bind(host, port), why=why) from None
        try:
            _load(graph, folder / "db")
            pool = Pool(workers, lambda: Worker(folder / "db", folder / "workers.log", allow_service=allow_service,
                                                max_bytes=max_bytes, max_memory=max_memory), max_memory)
            pool.wait_started()
            server.server_activate()
        except BaseException:
            server.server_close()
            raise
    except BaseException:
        if pool is not None:
            pool.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    server.pool, server.timeout_s, server.log, server.page = pool, float(timeout), log, _page()
    server.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
    server.loopback = _is_loopback(host)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, name="kg-serve",
                              daemon=True)
    thread.start()
    real_port = server.server_address[1]
    url_host = f"[{host}]" if ":" in host else host
    return Endpoint(f"http://{url_host}:{real_port}/query", server, pool, folder, thread)


def serve(graph: Path | str, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30,
          allow_service: bool = False, max_bytes: int = 50_000_000, workers: int = 2, max_memory: int = 4096,
          echo: Callable[[str], None] = print) -> None:
    """Run the endpoint until interrupted (Ctrl-C or SIGTERM)."""
    endpoint = start(graph, host=host, port=port, timeout=timeout, allow_service=allow_service,
                     max_bytes=max_bytes, workers=workers, max_memory=max_memory, log=echo)
    if not _is_loopback(host):
        echo(f"kg: warning: bound to {host}, so anyone who can reach this machine can query this graph")
    if allow_service:
        echo("kg: warning: --allow-service: queries may make this machine send requests to any address they name")

    def _stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        echo(f"kg: serving {graph} read-only at {endpoint.url} (SPARQL 1.1 protocol, GET and POST; "
             f"updates refused; SERVICE {'allowed' if allow_service else 'refused'}; queries stopped after "
             f"{timeout:g} s or past {max_memory or 'unlimited'} MiB; results up to {max_bytes} bytes); "
             "Ctrl-C stops")
        while endpoint.thread.is_alive():
            endpoint.thread.join(timeout=1.0)
    except KeyboardInterrupt:
        echo("kg: server stopped")
    finally:
        endpoint.stop()
        signal.signal(signal.SIGTERM, previous)
