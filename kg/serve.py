"""A read-only SPARQL endpoint over a graph file, served by Oxigraph's own HTTP server.

``kg serve`` loads the graph into a temporary Oxigraph database and runs
``oxigraph serve-read-only`` on it (the ``oxigraph`` package, extra ``serve``):
the SPARQL 1.1 protocol over GET and POST at ``/query``, updates refused (403),
queries cancelled after ``timeout`` seconds. It binds 127.0.0.1 unless told
otherwise. The temporary database is removed when the server stops.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Errors

__all__ = ["Endpoint", "find_server", "start", "serve"]

_READY_SECONDS = 60.0


def find_server() -> str:
    """The ``oxigraph`` executable: beside this Python (a virtualenv's bin/) or on PATH."""
    exe = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sys.executable).parent / exe
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise Errors.NEEDS_OXIGRAPH_SERVER()


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Ask Linux to stop the server if kg itself dies (PR_SET_PDEATHSIG)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
    except Exception:
        pass


def _tail(path: Path, limit: int = 300) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(lines[-3:])[:limit]


@dataclass
class Endpoint:
    """A running server: its query URL, process and temporary database folder."""

    url: str
    process: subprocess.Popen
    folder: Path
    log: Path
    stopped: bool = field(default=False)

    def stop(self) -> None:
        """Stop the server and remove its temporary database (safe to call twice)."""
        if self.stopped:
            return
        self.stopped = True
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _answers(url: str) -> bool:
    """Whether an Oxigraph server answers a trivial query at ``url``."""
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
    try:
        with opener.open(url + "?query=ASK%7B%7D", timeout=2) as resp:
            return resp.headers.get("Server", "").startswith("Oxigraph")
    except OSError:
        return False


def _busy(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def start(graph: Path | str, *, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30) -> Endpoint:
    """Load ``graph`` and start a read-only server; returns once it accepts connections."""
    graph = Path(graph)
    if not graph.is_file():
        raise Errors.NO_GRAPH_FILE(path=graph)
    if not 1 <= port <= 65535:
        raise Errors.BAD_PORT(port=port)
    if timeout < 1:
        raise Errors.BAD_TIMEOUT(timeout=timeout)
    server = find_server()
    if _busy(host, port):
        raise Errors.PORT_IN_USE(address=_bind(host, port))
    folder = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    db, log = folder / "db", folder / "server.log"
    try:
        loaded = subprocess.run([server, "load", "--location", str(db), "--file", str(graph)],
                                capture_output=True, text=True, timeout=3600)
        if loaded.returncode != 0:
            msg = " ".join((loaded.stderr or loaded.stdout).split())[:300]
            raise Errors.OXIGRAPH_CANNOT_LOAD(path=graph, detail=msg)
        with open(log, "wb") as out:
            process = subprocess.Popen(
                [server, "serve-read-only", "--location", str(db), "--bind", _bind(host, port),
                 "--timeout-s", str(int(timeout))],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    url_host = f"[{host}]" if ":" in host else host
    endpoint = Endpoint(f"http://{url_host}:{port}/query", process, folder, log)
    deadline = time.monotonic() + _READY_SECONDS
    while True:
        if process.poll() is not None:
            msg = _tail(log)
            endpoint.stop()
            raise Errors.SERVER_DID_NOT_START(address=_bind(host, port), detail=msg or "no message")
        if _answers(endpoint.url):
            return endpoint
        if time.monotonic() > deadline:
            endpoint.stop()
            raise Errors.SERVER_DID_NOT_ANSWER(address=_bind(host, port), seconds=_READY_SECONDS)
        time.sleep(0.1)


def serve(graph: Path | str, *, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30,
          echo: Callable[[str], None] = print) -> None:
    """Run the endpoint until interrupted (Ctrl-C or SIGTERM)."""
    endpoint = start(graph, host=host, port=port, timeout=timeout)
    if host not in ("127.0.0.1", "::1", "localhost"):
        echo(f"kg: warning: bound to {host}, so other machines can query this graph")

    def _stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        echo(f"kg: serving {graph} read-only at {endpoint.url} (SPARQL 1.1 protocol, GET and POST; "
             f"updates refused; queries stopped after {timeout} s); Ctrl-C stops")
        code = endpoint.process.wait()
        if not endpoint.stopped:
            msg = _tail(endpoint.log)
            raise Errors.SERVER_STOPPED(code=code, detail=": " + msg if msg else "")
    except KeyboardInterrupt:
        echo("kg: server stopped")
    finally:
        endpoint.stop()
        signal.signal(signal.SIGTERM, previous)
