"""The seed end to end: the files, stable bytes, a faithful Turtle writer, CSV columns, offline HTML."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from conftest import DATA, DEV, ROOT, SEED
from kg.pipeline import OUTPUT_FILES
from kg.rdf import to_rdf

pytestmark = pytest.mark.slow


def test_writes_every_file(seed_build):
    assert sorted(p.name for p in seed_build.out.iterdir()) == sorted(OUTPUT_FILES)
    for name in OUTPUT_FILES:
        assert (seed_build.out / name).stat().st_size > 0, name
    summary = json.loads((seed_build.out / "summary.json").read_text())
    assert summary["articles"] == [{"id": SEED.stem, "published": "2024-05-01"}]


def test_two_builds_without_cache_are_byte_identical(seed_dev_build, tmp_path):
    """``kg build --no-cache`` twice, in processes with different hash seeds: the same bytes as each other
    and as the session's cached in-process build."""
    outs = []
    for n, seed in enumerate(("1", "2")):
        out = tmp_path / f"o{n}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        proc = subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), str(DEV), "--out", str(out),
                               "--no-cache"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
        assert proc.returncode == 0, proc.stderr
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outs[0] == outs[1]
    assert outs[0] == seed_dev_build.files()


def test_turtle_holds_exactly_the_graph_it_was_written_from(seed_dev_build):
    """The Turtle writer is faithful: graph.ttl parses to the very graph :func:`kg.rdf.to_rdf` made."""
    written = to_rdf(seed_dev_build.corpus)
    parsed = Graph().parse(seed_dev_build.ttl, format="turtle")
    assert len(parsed) == len(written) > 5000
    if not isomorphic(parsed, written):
        _, only_parsed, only_written = graph_diff(to_isomorphic(parsed), to_isomorphic(written))
        pytest.fail(f"only in graph.ttl: {sorted(only_parsed)[:3]}; only in the graph: {sorted(only_written)[:3]}")


def test_turtle_relation_nodes_carry_provenance(seed_build):
    g = Graph().parse(seed_build.ttl)
    rows = list(g.query("""
        PREFIX kg: <https://w3id.org/kg-negotiation/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?e ?s ?t ?sent ?start ?doc WHERE {
          ?e a kg:Event ; kg:source ?s ; kg:target ?t ; kg:evidence ?ev ; prov:wasDerivedFrom ?doc .
          ?ev kg:sentence ?sent ; kg:start ?start .
          ?s kg:request ?t .
        }"""))
    assert rows and all(str(r.sent) for r in rows)


def test_csv_columns(seed_build):
    out = seed_build.out
    actors = list(csv.DictReader(io.StringIO((out / "actors.csv").read_text(encoding="utf-8"))))
    rels = list(csv.DictReader(io.StringIO((out / "relations.csv").read_text(encoding="utf-8"))))
    assert {"label", "kind", "affiliation", "aliases"} <= set(actors[0])
    assert {"doc", "source", "plover", "target", "cue", "issue", "sentence", "start", "end", "date",
            "confidence", "mode"} <= set(rels[0])
    text = SEED.read_text(encoding="utf-8")
    for r in rels:
        assert r["cue"] == text[int(r["start"]):int(r["end"])]
        assert r["sentence"] in text
    labels = {a["label"] for a in actors}
    assert "Rafah" not in labels and "Gaza" not in labels and "Shaun Tandon" not in labels


def test_html_holds_no_remote_link(seed_build):
    page = (seed_build.out / "graph.html").read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page
    assert "<script src=" not in page and "<link " not in page


def test_seed_scores(seed_build):
    proc = subprocess.run([sys.executable, str(DATA / "score.py"), str(DATA / "seed-000.gold.json"),
                           "--pred", str(seed_build.out), "--json"], capture_output=True, text=True, check=True)
    r = json.loads(proc.stdout)
    assert r["events_lenient"]["f1"] >= 0.80
    assert r["affiliation"]["correct"] == r["affiliation"]["checked"] == 5
    assert r["actors"]["recall"] >= 0.9
