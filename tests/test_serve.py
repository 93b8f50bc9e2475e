"""kg serve: a read-only SPARQL endpoint that cannot be turned against its host.

It answers SELECT over the SPARQL 1.1 protocol, refuses updates, refuses SERVICE (so it never
fetches what a caller names) unless started with --allow-service, stops a query at --timeout
for real, and caps the size of a result.
"""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import ROOT
from kg.errors import EXIT_INPUT, EXIT_SETUP, EXIT_USAGE, KgError
from kg.sparql import check_query

HOST = "127.0.0.1"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
JSON = "application/sparql-results+json"
HEAVY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"  # a cross product, sorted


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None,
         timeout: float = 30) -> tuple[int, str]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data is not None else "GET")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only, never a proxy
    try:
        with opener.open(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def ask(url: str, query: str, timeout: float = 30, **headers: str) -> tuple[int, str]:
    return http(url + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": JSON, **headers},
                timeout=timeout)


def port_open(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


def start_server(graph: Path, *args: str):
    """`kg serve GRAPH ARGS` in a subprocess on a free port; returns (query URL, port, process)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(graph), "--port", str(port), *args],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not port_open(port):
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "kg serve did not start within 60 s"
        time.sleep(0.2)
    return f"http://{HOST}:{port}/query", port, proc


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def server(seed_ttl):
    """`kg serve` with a 1 s query time limit; stopped afterwards."""
    url, port, proc = start_server(seed_ttl, "--timeout", "1")
    try:
        yield url, port, proc
    finally:
        stop_server(proc)


class Listener:
    """A local HTTP server on 127.0.0.1 that records every request and answers one SPARQL result."""

    ANSWER = b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"urn:from-the-listener"}}]}}'

    def __init__(self) -> None:
        hits = self.hits = []

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                hits.append((self.command, self.path, self.rfile.read(length)))
                self.send_response(200)
                self.send_header("Content-Type", JSON)
                self.send_header("Content-Length", str(len(Listener.ANSWER)))
                self.end_headers()
                self.wfile.write(Listener.ANSWER)

            do_GET = do_POST = _any

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer((HOST, 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def listener():
    lst = Listener()
    try:
        yield lst
    finally:
        lst.close()


def calls_out(endpoint: str) -> list[str]:
    """Queries that make a SPARQL engine call ``endpoint``, written every way the grammar allows."""
    return [
        f"SELECT ?s WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"select ?s where {{ service <{endpoint}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SeRvIcE SILENT <{endpoint}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{\n# a comment with a brace }}\nSERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ ?x ?y \"}} # not a comment\" . SERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ \\u0053ERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"PREFIX e: <{endpoint.rsplit('/', 1)[0]}/> SELECT * {{ SERVICE e:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * {{ BIND(<{endpoint}> AS ?ep) SERVICE ?ep {{ ?s ?p ?o }} }}",
        f"SELECT * {{ ?a ?b ?c OPTIONAL {{ SERVICE <{endpoint}> {{ ?a ?p ?o }} }} }}",
        f"SELECT * {{ ?a ?b ?c FILTER EXISTS {{ SERVICE <{endpoint}> {{ ?a ?p ?o }} }} }}",
        f"SELECT * {{ {{ SELECT ?s {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * {{ ?a ?b ?c MINUS {{ SERVICE <{endpoint}> {{ ?a ?p ?o }} }} }}",
        f"SELECT * {{ ?a ?b ?c.SERVICE<{endpoint}>{{ ?a ?p ?o }} }}",
        f"SELECT * {{ {{ ?a ?b ?c }} UNION {{ SERVICE <{endpoint}> {{ ?a ?p ?o }} }} }}",
        f"ASK {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
        f"DESCRIBE ?s WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}",
    ]


def mentions_only(endpoint: str) -> list[str]:
    """Queries that name SERVICE but call nothing: refusing them would be a regex, not a parser."""
    return [
        "SELECT ?service WHERE { ?service ?p ?o } LIMIT 1",
        f'SELECT ?s WHERE {{ ?s ?p ?o FILTER(?o != "SERVICE <{endpoint}> {{ ?s ?p ?o }}") }} LIMIT 1',
        f"SELECT ?s WHERE {{ ?s ?p ?o }} LIMIT 1 # SERVICE <{endpoint}> {{ ?s ?p ?o }}",
        "PREFIX service: <urn:x:> SELECT ?s WHERE { ?s ?p ?o FILTER(?p != service:SERVICE) } LIMIT 1",
    ]


# ---------------------------------------------------------------- the check itself

def test_check_query_finds_service_by_parsing():
    endpoint = "http://127.0.0.1:8999/sparql"
    for query in calls_out(endpoint):
        with pytest.raises(KgError, match=r"^SERVICE( \S+)? is not allowed") as err:
            check_query(query)
        assert err.value.code == EXIT_USAGE
        check_query(query, allow_service=True)  # allowed when asked for
    for query in mentions_only(endpoint):
        check_query(query)
    with pytest.raises(KgError, match="updates .* are not allowed"):
        check_query("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(KgError, match="syntax error at line 1"):
        check_query("SELECT * WHERE { ?s ?p }")
    with pytest.raises(KgError, match="cannot be read"):
        check_query("SELECT * {" * 3000)


def test_what_the_check_passes_calls_nothing(listener):
    """The other side: Oxigraph itself, running each query that passes the check, sends nothing."""
    import pyoxigraph as ox

    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c")))
    endpoint = f"http://{HOST}:{listener.port}/sparql"
    for query in mentions_only(endpoint):
        check_query(query)
        list(store.query(query))
    assert listener.hits == []
    list(store.query(calls_out(endpoint)[0]))  # and the listener does see a real SERVICE call
    assert len(listener.hits) == 1


# ---------------------------------------------------------------- the endpoint

@pytest.mark.slow
def test_serve_answers_select_and_refuses_updates(server, seed_ttl):
    from rdflib import Graph

    url, port, proc = server
    triples = len(Graph().parse(seed_ttl, format="turtle"))

    # SELECT over GET (SPARQL 1.1 protocol)
    status, body = ask(url, COUNT)
    assert status == 200, body
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == triples

    # SELECT over POST, both as a form and as a raw query; CSV and Turtle by content negotiation
    q = "PREFIX kg: <https://w3id.org/kg-negotiation/ontology#> SELECT ?s ?o WHERE { ?s kg:request ?o }"
    status, body = http(url, data=urllib.parse.urlencode({"query": q}).encode(),
                        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": JSON})
    assert status == 200 and json.loads(body)["results"]["bindings"], body
    status, body = http(url, data=q.encode(), headers={"Content-Type": "application/sparql-query", "Accept": JSON})
    assert status == 200 and json.loads(body)["results"]["bindings"], body
    status, body = ask(url, q, Accept="text/csv")
    assert status == 200 and body.splitlines()[0] == "s,o", body
    status, body = ask(url, "CONSTRUCT WHERE { ?s a kg:Issue }", Accept="text/turtle")
    assert status == 200 and "kg-negotiation/ontology#Issue" in body, body
    status, body = ask(url, q, Accept="image/png")
    assert status == 406, body

    # updates are refused, however they are sent
    insert = 'INSERT DATA { <urn:x> <urn:y> "z" }'
    status, _ = http(url.replace("/query", "/update"), data=insert.encode(),
                     headers={"Content-Type": "application/sparql-update"})
    assert status == 403, status
    status, _ = http(url.replace("/query", "/update"), data=urllib.parse.urlencode({"update": insert}).encode(),
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403, status
    status, _ = http(url, data=insert.encode(), headers={"Content-Type": "application/sparql-update"})
    assert status == 403, status
    status, body = ask(url, insert)
    assert status == 400 and "updates" in body, body
    status, _ = http(url.replace("/query", "/store"), data=b"<urn:x> <urn:y> <urn:z> .",
                     headers={"Content-Type": "text/turtle"})
    assert status == 403, status
    status, body = ask(url, COUNT)
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == triples  # nothing was added

    # the README's examples paste into it as written
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for example in re.findall(r"^```sparql\n(.*?)^```", readme, re.MULTILINE | re.DOTALL):
        status, body = ask(url, example)
        assert status == 200 and json.loads(body)["results"]["bindings"], (example, body[:200])

    # a syntax error is a 400 that names where
    status, body = ask(url, "SELECT * WHERE { ?s ?p }")
    assert status == 400 and "line 1" in body, body

    # only requests addressed to a loopback name are answered (no DNS rebinding)
    status, body = ask(url, COUNT, Host=f"evil.example:{port}")
    assert status == 403, body
    status, _ = ask(url, COUNT, Host=f"localhost:{port}")
    assert status == 200

    # the query page
    status, body = http(url.replace("/query", "/"))
    assert status == 200 and '<form method="post" action="/query">' in body

    # stopping kg serve stops the server and its workers
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0
    assert "read-only" in proc.stderr.read()
    deadline = time.monotonic() + 10
    while port_open(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not port_open(port)


@pytest.mark.slow
def test_service_is_refused_and_nothing_is_sent(server, listener):
    """SERVICE at a local listener: 400 every way it is written, and the listener hears nothing."""
    url, port, proc = server
    endpoint = f"http://{HOST}:{listener.port}/sparql"
    for query in calls_out(endpoint):
        status, body = ask(url, query)
        assert status == 400, (query, status, body)
        assert "is not allowed" in body and "--allow-service" in body, body
        assert "from-the-listener" not in body
    for query in mentions_only(endpoint):  # a parser, not a regex: these run
        status, body = ask(url, query)
        assert status == 200, (query, body)
    assert listener.hits == []


@pytest.mark.slow
def test_allow_service_lets_it_through(seed_ttl, listener):
    url, port, proc = start_server(seed_ttl, "--allow-service")
    try:
        status, body = ask(url, f"SELECT ?s WHERE {{ SERVICE <http://{HOST}:{listener.port}/sparql> {{ ?s ?p ?o }} }}")
        assert status == 200, body
        assert [b["s"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["urn:from-the-listener"]
        assert [(method, path) for method, path, _ in listener.hits] == [("POST", "/sparql")]
    finally:
        stop_server(proc)
    assert "--allow-service" in proc.stderr.read()


@pytest.mark.slow
def test_a_heavy_query_is_stopped_at_its_time_limit(server):
    """A cross product with ORDER BY: stopped within twice --timeout (1 s), answered 503; the
    endpoint keeps answering other queries meanwhile and afterwards."""
    url, port, proc = server
    timings: dict[str, float] = {}
    results: dict[str, tuple[int, str]] = {}

    def heavy() -> None:
        started = time.monotonic()
        results["heavy"] = ask(url, HEAVY, timeout=60)
        timings["heavy"] = time.monotonic() - started

    worker = threading.Thread(target=heavy)
    worker.start()
    time.sleep(0.3)
    started = time.monotonic()
    status, body = ask(url, COUNT)  # the other worker answers while the heavy query runs
    timings["light"] = time.monotonic() - started
    assert status == 200, body
    worker.join(timeout=60)
    status, body = results["heavy"]
    print(f"heavy query: HTTP {status} after {timings['heavy']:.2f} s (--timeout 1); "
          f"light query meanwhile: {timings['light']:.2f} s")
    assert status == 503, body[:200]
    assert "time limit of 1 s" in body
    assert timings["heavy"] < 2.0
    assert timings["light"] < 1.0
    status, _ = ask(url, COUNT)
    assert status == 200
    if sys.platform.startswith("linux"):  # the worker was killed and replaced, not left running
        deadline = time.monotonic() + 30
        while len(_workers(proc.pid)) != 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(_workers(proc.pid)) == 2


def _workers(parent: int) -> list[int]:
    """The pids of live kg.serve_worker processes whose parent is ``parent`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmd = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == parent and fields[0] != "Z" and b"kg.serve_worker" in cmd:
            found.append(int(entry.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX")
def test_a_query_past_max_memory_is_stopped(seed_ttl):
    """The heavy query grows by about 0.7 GB a second: with a long time limit it is the memory cap
    (1 GiB here) that stops it, long before the machine runs short, and the endpoint goes on."""
    url, port, proc = start_server(seed_ttl, "--timeout", "60", "--max-memory", "1024")
    try:
        started = time.monotonic()
        status, body = ask(url, HEAVY, timeout=120)
        elapsed = time.monotonic() - started
        print(f"heavy query under --max-memory 1024: HTTP {status} after {elapsed:.2f} s")
        assert status == 507 and "--max-memory" in body, body[:300]
        assert elapsed < 30
        status, _ = ask(url, COUNT)
        assert status == 200
    finally:
        stop_server(proc)


@pytest.mark.slow
def test_connections_are_capped(server):
    """Idle connections past MAX_CONNECTIONS are closed at once instead of each holding a thread."""
    from kg.serve import MAX_CONNECTIONS

    url, port, proc = server
    idle = [socket.create_connection((HOST, port), timeout=5) for _ in range(MAX_CONNECTIONS + 6)]
    try:
        closed = 0
        for sock in idle[MAX_CONNECTIONS:]:
            sock.settimeout(5)
            try:
                closed += sock.recv(1) == b""
            except ConnectionResetError:
                closed += 1
        assert closed == 6
    finally:
        for sock in idle:
            sock.close()
    deadline = time.monotonic() + 10
    while True:  # the slots come back as the idle connections go
        try:
            if ask(url, COUNT)[0] == 200:
                break
        except OSError:
            pass
        assert time.monotonic() < deadline
        time.sleep(0.2)


@pytest.mark.slow
def test_results_over_max_bytes_are_refused(seed_ttl):
    url, port, proc = start_server(seed_ttl, "--max-bytes", "2000")
    try:
        status, body = ask(url, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 507 and "--max-bytes" in body, body[:300]
        assert len(body) < 400
        status, body = ask(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 2")
        assert status == 200, body
    finally:
        stop_server(proc)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_workers_die_with_kg_serve(seed_ttl):
    url, port, proc = start_server(seed_ttl)
    try:
        workers = _workers(proc.pid)
        assert len(workers) == 2
    finally:
        proc.kill()  # SIGKILL: no clean-up code runs
        proc.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in workers) \
            and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)]


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def test_serve_errors_are_one_line(tmp_path):
    for args, code in (((str(tmp_path / "missing.ttl"),), EXIT_INPUT),
                       ((str(ROOT / "README.md"), "--port", "0"), EXIT_USAGE),
                       ((str(ROOT / "README.md"), "--timeout", "0"), EXIT_USAGE),
                       ((str(ROOT / "README.md"), "--max-bytes", "0"), EXIT_USAGE),
                       ((str(ROOT / "README.md"), "--max-memory", "10"), EXIT_USAGE)):
        proc = subprocess.run([sys.executable, "-m", "kg", "serve", *args], capture_output=True, text=True,
                              cwd=ROOT, timeout=60)
        assert proc.returncode == code, proc.stderr
        assert proc.stderr.startswith("kg: error:") and proc.stderr.count("\n") == 1, proc.stderr


def test_serve_reports_a_busy_port_and_a_bad_graph(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text('<urn:a> <urn:b> "c" .\n', encoding="utf-8")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind((HOST, 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "kg", "serve", str(graph), "--port", str(port)],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == EXIT_SETUP
    assert proc.stderr.startswith("kg: error: kg serve did not start") and "already in use" in proc.stderr, \
        proc.stderr
    assert proc.stderr.count("\n") == 1
    graph.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    proc = subprocess.run([sys.executable, "-m", "kg", "serve", str(graph), "--port", str(free_port())],
                          capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env=os.environ | {"TMPDIR": str(scratch)})
    assert proc.returncode == EXIT_INPUT and "Oxigraph cannot load it" in proc.stderr, proc.stderr
    assert proc.stderr.count("\n") == 1
    assert list(scratch.iterdir()) == [], "the temporary database was left behind"
