"""The Python API: build, save, load, query and show; the README's Python example runs as written."""
from __future__ import annotations

import html
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import kg
from conftest import ROOT
from kg.errors import KgError
from kg.graph import Corpus
from kg.pipeline import OUTPUT_FILES
from kg.query import run
from kg.rdf import read_corpus, to_rdf

pytestmark = pytest.mark.slow

TABLES = ("actors", "relations", "issues", "positions")
TINY = "US Secretary of State Antony Blinken urged Hamas to accept the truce plan.\n"


@pytest.fixture(scope="module")
def graph(seed_build) -> kg.KnowledgeGraph:
    return kg.build(ROOT / "seeds")  # the session's cache holds the seed already


@pytest.fixture(scope="module")
def cli_out(seed_build) -> Path:
    """What ``kg build seeds`` writes."""
    return seed_build.out


@pytest.fixture(scope="module")
def saved(graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("api")
    graph.save(out)
    return out


@pytest.fixture(scope="module")
def loaded(saved) -> kg.KnowledgeGraph:
    return kg.load(saved)


def readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Python and Jupyter\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "no python example under '## Python and Jupyter'"
    return match.group(1)


def same_files(a: Path, b: Path) -> None:
    assert sorted(p.name for p in a.iterdir()) == sorted(OUTPUT_FILES)
    assert sorted(p.name for p in b.iterdir()) == sorted(OUTPUT_FILES)
    for name in OUTPUT_FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_readme_example_runs_as_written(tmp_path, monkeypatch, capsys, cli_out):
    code = readme_example()
    assert len([line for line in code.splitlines() if line.strip()]) == 5
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {"__name__": "__main__"})
    same_files(tmp_path / "outputs", cli_out)
    assert "actor:BLINKEN" in capsys.readouterr().out


def test_save_writes_the_files_of_kg_build(saved, cli_out):
    same_files(saved, cli_out)


def test_tables_have_the_csv_columns_and_rows(graph, cli_out):
    for name in TABLES:
        text = pd.read_csv(cli_out / f"{name}.csv", dtype=str, keep_default_na=False)
        frame = getattr(graph, name)
        assert list(frame.columns) == list(text.columns), name
        assert len(frame) == len(text), name
    assert graph.actors["mentions"].dtype == "int64"
    assert graph.relations[["start", "end"]].dtypes.eq("int64").all()
    assert graph.relations["score"].dtype == "float64"
    assert pd.api.types.is_datetime64_any_dtype(graph.relations["date"])
    assert list(graph.relations["sentence"]) == list(pd.read_csv(cli_out / "relations.csv")["sentence"])


def test_load_round_trip(graph, loaded, saved):
    assert loaded.corpus == graph.corpus
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(graph, name), getattr(loaded, name))
    assert repr(loaded) == repr(graph)
    assert isomorphic(graph.to_rdf(), loaded.to_rdf())
    built, back = graph.to_networkx(), loaded.to_networkx()
    assert sorted(built.nodes(data=True), key=str) == sorted(back.nodes(data=True), key=str)
    assert sorted(built.edges(keys=True, data=True), key=str) == sorted(back.edges(keys=True, data=True), key=str)
    assert loaded.to_html() == (saved / "graph.html").read_text(encoding="utf-8")
    pd.testing.assert_frame_equal(graph.query("timeline"), loaded.query("timeline"))


def test_read_corpus_inverts_the_turtle_writer_on_seed_and_dev(seed_dev_build):
    corpus = seed_dev_build.corpus
    assert len(corpus.relations) > 100 and len(corpus.issues) > 10 and len(corpus.stances) > 20
    assert read_corpus(to_rdf(corpus)) == corpus
    assert read_corpus(seed_dev_build.out) == corpus  # graph.ttl itself, through the Turtle parser


def test_load_tables_hold_the_csv_files(seed_dev_build):
    """kg.load(OUT): every table holds the values of its CSV file, cell by cell."""
    loaded = kg.load(seed_dev_build.out)
    for name in TABLES:
        text = pd.read_csv(seed_dev_build.out / f"{name}.csv", dtype=str, keep_default_na=False)
        frame = getattr(loaded, name)
        assert list(frame.columns) == list(text.columns), name
        assert len(frame) == len(text) > 0, name
        cells = frame.copy()
        for col in cells.columns:
            if pd.api.types.is_datetime64_any_dtype(cells[col]):
                cells[col] = cells[col].dt.strftime("%Y-%m-%d").fillna("")
            elif col == "confidence":
                cells[col] = cells[col].map("{:.2f}".format)
            else:
                cells[col] = cells[col].map(lambda v: "" if pd.isna(v) else str(v))
        pd.testing.assert_frame_equal(cells, text, check_dtype=False, obj=name)


def test_kg_html_redraws_the_page_of_the_build(seed_dev_build, tmp_path):
    """``kg html OUT --out X.html`` writes the very page ``kg build`` wrote."""
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["html", str(seed_dev_build.out), "--out", str(tmp_path / "x.html")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "x.html").read_bytes() == (seed_dev_build.out / "graph.html").read_bytes()


def test_kg_positions_reads_the_build(seed_build):
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.timeline import timeline

    result = CliRunner().invoke(app, ["positions", str(seed_build.out), "truce"])
    assert result.exit_code == 0, result.output
    assert result.stdout == timeline(seed_build.corpus, "truce")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Gaza truce plan [proposal, Gaza]")
    assert any("Antony Blinken" in line and "supports" in line for line in lines)
    missing = CliRunner().invoke(app, ["positions", str(seed_build.out), "no such issue"])
    assert missing.exit_code == 3 and "no issue matches 'no such issue'" in missing.stderr


def test_an_older_graph_still_loads(saved, tmp_path):
    """A graph.ttl written before it held every field (no per-report fields, no article mentions, no
    issue phrases or parties) reads as far as it goes."""
    from rdflib import RDF
    from rdflib.namespace import SDO

    from kg.rdf import KG

    rdf = Graph().parse(saved / "graph.ttl")
    for p in (KG.sentenceStart, KG.sentenceEnd, KG.issueFamily, KG.phrases, KG.party, SDO.mentions, KG.origin):
        rdf.remove((None, p, None))
    for ev in set(rdf.subjects(RDF.type, KG.Evidence)):
        for p in (KG.mode, KG.issue, KG.place, KG.dateFoundBy):
            rdf.remove((ev, p, None))
    (tmp_path / "graph.ttl").write_text(rdf.serialize(format="turtle"), encoding="utf-8")
    older = kg.load(tmp_path)
    assert len(older.relations) == len(kg.load(saved).relations)
    assert set(older.issues["id"]) == set(kg.load(saved).issues["id"])
    assert older.to_html().count("<script") == 3


def test_loaded_graph_saves_the_same_files(loaded, tmp_path, cli_out):
    loaded.save(tmp_path)
    same_files(tmp_path, cli_out)


def test_load_a_turtle_file(graph, saved, tmp_path):
    assert repr(kg.load(saved / "graph.ttl")) == repr(graph)
    bare = tmp_path / "seed.ttl"
    shutil.copy(saved / "graph.ttl", bare)
    alone = kg.load(bare)
    assert alone.corpus == graph.corpus
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(alone, name), getattr(graph, name))
    assert "<iframe" in alone._repr_html_()
    with pytest.raises(KgError, match="no such build folder"):
        kg.load(tmp_path / "missing")
    with pytest.raises(KgError, match="no graph.ttl"):
        kg.load(tmp_path)
    (tmp_path / "bad.ttl").write_text("not turtle", encoding="utf-8")
    with pytest.raises(KgError, match="cannot parse graph"):
        kg.load(tmp_path / "bad.ttl")
    (tmp_path / "other.ttl").write_text('<urn:a> a <https://w3id.org/kg-negotiation/ontology#Event> .\n')
    with pytest.raises(KgError, match="not a graph written by kg build"):
        kg.load(tmp_path / "other.ttl")


def test_query_by_name(graph, saved):
    requests = graph.query("requests")
    assert list(requests.columns) == ["source", "target", "issue", "mode", "date", "reports", "event"]
    assert ("actor:BLINKEN", "actor:HAMAS") in set(zip(requests["source"], requests["target"]))
    csv_rows = run(saved / "graph.ttl", name="requests", fmt="csv").splitlines()
    assert len(csv_rows) == len(requests) + 1  # the same rows as `kg query --name requests`
    timeline = graph.query("timeline", actor="HAMAS")
    assert len(timeline) and set(timeline["actor"]) == {"actor:HAMAS"}
    by_file = graph.query(ROOT / "kg" / "data" / "queries" / "requests.rq")
    pd.testing.assert_frame_equal(by_file, requests)
    with pytest.raises(KgError, match="no named query 'request'"):
        graph.query("request")


def test_query_by_sparql(graph):
    counts = graph.query("""
        PREFIX kg: <https://w3id.org/kg-negotiation/ontology#>
        SELECT ?plover (COUNT(?ev) AS ?n) WHERE { ?e kg:plover ?plover ; kg:evidence ?ev } GROUP BY ?plover""")
    by_type = dict(zip(counts["plover"], counts["n"]))
    assert by_type == {f"plover:{k}": v for k, v in graph.relations["plover"].value_counts().items()}
    assert graph.query("ASK { ?s a kg:Actor }")["boolean"].tolist() == [True]
    triples = graph.query("CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a kg:Actor ; rdfs:label ?l }")
    assert list(triples.columns) == ["subject", "predicate", "object"] and len(triples) == len(graph.actors)
    with pytest.raises(KgError, match="not allowed"):
        graph.query("DELETE WHERE { ?s ?p ?o }")


def test_repr_is_one_summary_line(graph, cli_out):
    summary = json.loads((cli_out / "summary.json").read_text())
    n = len(summary["articles"])
    assert repr(graph) == (f"<KnowledgeGraph: {n} article{'s' * (n != 1)}, {summary['actors']} actors, "
                           f"{summary['relations']} relations, {summary['issues']} issues>")


def test_show_and_repr_html_embed_the_offline_page(graph, monkeypatch):
    shown = []
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    graph.show()
    assert len(shown) == 1
    for markup in (shown[0].data, graph._repr_html_()):
        match = re.search(r'<iframe srcdoc="([^"]*)"[^>]*></iframe>', markup)
        assert match, markup[:200]
        assert html.unescape(match.group(1)) == graph.to_html()
        assert 'sandbox="allow-scripts"' in markup and "width: 100%" in markup
        assert not re.search(r"https?://", markup, re.I)
    graph.show(top=3, height=400)
    assert "height: 400px" in shown[-1].data
    assert html.escape(graph.to_html(top=3), quote=True) in shown[-1].data != shown[0].data


def test_build_options_and_bad_documents(tmp_path):
    (tmp_path / "a.txt").write_text(TINY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    with pytest.warns(UserWarning, match="empty file"):
        g = kg.build(tmp_path, published="2024-05-01")
    assert repr(g).startswith("<KnowledgeGraph: 1 article, ")
    assert g.relations["date"].dt.strftime("%Y-%m-%d").tolist() == ["2024-05-01"] * len(g.relations)
    with pytest.raises(KgError, match="empty file"):
        kg.build(tmp_path, strict=True)
    with pytest.raises(KgError, match="YYYY-MM-DD"):
        kg.build(tmp_path, published="May 1")
    with pytest.raises(KgError, match="no such file"):
        kg.build([tmp_path / "a.txt", tmp_path / "nope.txt"])


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("progress", "ci", "tty", "bar"), [
    (None, None, True, True), (None, "true", True, False), (None, None, False, False), (True, "true", False, True),
    (False, None, True, False),
])
def test_progress_bar_only_on_a_terminal_outside_ci(tmp_path, monkeypatch, progress, ci, tty, bar):
    (tmp_path / "a.txt").write_text(TINY, encoding="utf-8")
    err = _Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    if ci:
        monkeypatch.setenv("CI", ci)
    else:
        monkeypatch.delenv("CI", raising=False)
    kg.build(tmp_path, published="2024-05-01", progress=progress)
    assert ("kg build" in err.getvalue()) is bar


def test_knowledge_graph_is_a_view_over_one_corpus(graph):
    assert isinstance(graph.corpus, Corpus)
    with pytest.raises(TypeError):
        kg.KnowledgeGraph()  # type: ignore[call-arg]


def test_import_kg_stays_light():
    code = "import kg, sys; print(sorted(m for m in ('spacy', 'pandas', 'kg.api') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"
