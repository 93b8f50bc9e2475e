"""kg serve: a read-only SPARQL endpoint on 127.0.0.1 that answers SELECT and refuses updates."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import ROOT
from kg.errors import EXIT_INPUT, EXIT_USAGE

HOST = "127.0.0.1"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
JSON = "application/sparql-results+json"


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


def port_open(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture
def server(seed_ttl):
    """`kg serve` in a subprocess on a free port, with a 1 s query time limit; stopped afterwards."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(seed_ttl), "--port", str(port),
                             "--timeout", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://{HOST}:{port}/query"
    deadline = time.monotonic() + 60
    while not port_open(port):
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "kg serve did not start within 60 s"
        time.sleep(0.2)
    try:
        yield url, port, proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.mark.slow
def test_serve_answers_select_and_refuses_updates(server, seed_ttl):
    from rdflib import Graph

    url, port, proc = server
    triples = len(Graph().parse(seed_ttl, format="turtle"))

    # SELECT over GET (SPARQL 1.1 protocol)
    status, body = http(url + "?" + urllib.parse.urlencode({"query": COUNT}), headers={"Accept": JSON})
    assert status == 200, body
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == triples

    # SELECT over POST, both as a form and as a raw query
    q = "PREFIX kg: <https://w3id.org/kg-negotiation/ontology#> SELECT ?s ?o WHERE { ?s kg:request ?o }"
    status, body = http(url, data=urllib.parse.urlencode({"query": q}).encode(),
                        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": JSON})
    assert status == 200 and json.loads(body)["results"]["bindings"], body
    status, body = http(url, data=q.encode(), headers={"Content-Type": "application/sparql-query", "Accept": JSON})
    assert status == 200 and json.loads(body)["results"]["bindings"], body

    # updates are refused, however they are sent
    insert = 'INSERT DATA { <urn:x> <urn:y> "z" }'
    status, _ = http(url.replace("/query", "/update"), data=insert.encode(),
                     headers={"Content-Type": "application/sparql-update"})
    assert status in (403, 405), status
    status, _ = http(url.replace("/query", "/update"), data=urllib.parse.urlencode({"update": insert}).encode(),
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status in (403, 405), status
    status, _ = http(url, data=insert.encode(), headers={"Content-Type": "application/sparql-update"})
    assert status >= 400, status
    status, _ = http(url + "?" + urllib.parse.urlencode({"query": insert}))
    assert status == 400, status
    status, _ = http(url.replace("/query", "/store"), data=b"<urn:x> <urn:y> <urn:z> .",
                     headers={"Content-Type": "text/turtle"})
    assert status >= 400, status
    status, body = http(url + "?" + urllib.parse.urlencode({"query": COUNT}), headers={"Accept": JSON})
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == triples  # nothing was added

    # a query running past the time limit (1 s) is stopped, not left running
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    status, body = http(url + "?" + urllib.parse.urlencode({"query": slow}), headers={"Accept": JSON}, timeout=60)
    assert time.monotonic() - started < 45
    assert status != 200 or "cancelled" in body, body[:200]

    # stopping kg serve stops the server it started
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0
    assert "read-only" in proc.stderr.read()
    deadline = time.monotonic() + 10
    while port_open(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not port_open(port)


def test_serve_errors_are_one_line(tmp_path):
    for args, code in (((str(tmp_path / "missing.ttl"),), EXIT_INPUT),
                       ((str(ROOT / "README.md"), "--port", "0"), EXIT_USAGE)):
        proc = subprocess.run([sys.executable, "-m", "kg", "serve", *args], capture_output=True, text=True,
                              cwd=ROOT, timeout=60)
        assert proc.returncode == code, proc.stderr
        assert proc.stderr.startswith("kg: error:") and proc.stderr.count("\n") == 1, proc.stderr


def test_serve_reports_a_busy_port(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text('<urn:a> <urn:b> "c" .\n', encoding="utf-8")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind((HOST, 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "kg", "serve", str(graph), "--port", str(port)],
                              capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode != 0
    assert proc.stderr.startswith("kg: error: the Oxigraph server did not start"), proc.stderr
    assert proc.stderr.count("\n") == 1
