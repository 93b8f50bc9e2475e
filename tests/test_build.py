"""The seed end to end: five files, stable bytes, Turtle round trip, CSV columns, offline HTML."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import DATA, ROOT, SEED

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return out


def test_writes_the_five_files(seed_out):
    for name in ("graph.ttl", "graph.html", "actors.csv", "relations.csv", "summary.json"):
        assert (seed_out / name).stat().st_size > 0, name
    summary = json.loads((seed_out / "summary.json").read_text())
    assert summary["articles"] == [{"id": SEED.stem, "published": "2024-05-01"}]


def test_build_twice_is_byte_identical(seed_out, tmp_path):
    subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--out", str(tmp_path)],
                   check=True, capture_output=True, cwd=ROOT)
    for f in seed_out.iterdir():
        assert (tmp_path / f.name).read_bytes() == f.read_bytes(), f.name


def test_turtle_round_trip_is_isomorphic(seed_out):
    text = (seed_out / "graph.ttl").read_text(encoding="utf-8")
    g1 = Graph().parse(data=text, format="turtle")
    g2 = Graph().parse(data=g1.serialize(format="turtle"), format="turtle")
    assert len(g1) > 100 and isomorphic(g1, g2)


def test_turtle_relation_nodes_carry_provenance(seed_out):
    g = Graph().parse(seed_out / "graph.ttl")
    rows = list(g.query("""
        PREFIX kg: <https://w3id.org/kg-negotiation/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?e ?s ?t ?sent ?start ?doc WHERE {
          ?e a kg:Event ; kg:source ?s ; kg:target ?t ; kg:evidence ?ev ; prov:wasDerivedFrom ?doc .
          ?ev kg:sentence ?sent ; kg:start ?start .
          ?s kg:request ?t .
        }"""))
    assert rows and all(str(r.sent) for r in rows)


def test_csv_columns(seed_out):
    actors = list(csv.DictReader(io.StringIO((seed_out / "actors.csv").read_text(encoding="utf-8"))))
    rels = list(csv.DictReader(io.StringIO((seed_out / "relations.csv").read_text(encoding="utf-8"))))
    assert {"label", "kind", "affiliation", "aliases"} <= set(actors[0])
    assert {"doc", "source", "plover", "target", "cue", "issue", "sentence", "start", "end", "date",
            "confidence", "mode"} <= set(rels[0])
    text = SEED.read_text(encoding="utf-8")
    for r in rels:
        assert r["cue"] == text[int(r["start"]):int(r["end"])]
        assert r["sentence"] in text
    labels = {a["label"] for a in actors}
    assert "Rafah" not in labels and "Gaza" not in labels and "Shaun Tandon" not in labels


def test_html_holds_no_remote_link(seed_out):
    page = (seed_out / "graph.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
    assert "<script src=" not in page and "<link " not in page


def test_seed_scores(seed_out):
    proc = subprocess.run([sys.executable, str(DATA / "score.py"), str(DATA / "seed-000.gold.json"),
                           "--pred", str(seed_out), "--json"], capture_output=True, text=True, check=True)
    r = json.loads(proc.stdout)
    assert r["events_lenient"]["f1"] >= 0.80
    assert r["affiliation"]["correct"] == r["affiliation"]["checked"] == 5
    assert r["actors"]["recall"] >= 0.9


def test_bad_path_is_one_line_error(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 3
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr
    assert "Traceback" not in proc.stderr
