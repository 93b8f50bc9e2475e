"""Tests for kg.html.render_html (no browser)."""
from __future__ import annotations

import base64
import hashlib
import math
import re
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.graph import Corpus, to_networkx
from kg.html import ISSUES_PER_ACTOR, KIND_STYLE, LABEL_SIZE, OPEN_ACTORS, OPEN_LABELS, render_html
from kg.model import Actor, Article, Relation
from kg.rdf import read_corpus, to_turtle
from large_graph import large_graph
from page_payload import payload, raw

SCRIPT_BREAK = "</script><script>alert(1)</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"


def add_actor(g: nx.MultiDiGraph, key: str, label: str | None = None, kind: str = "state", **extra: Any) -> None:
    g.add_node(key, label=label or key, kind=kind, affiliation=extra.get("affiliation"),
               aliases=extra.get("aliases", []), mentions=extra.get("mentions", 1), docs=extra.get("docs", ["d1"]))


def add_event(g: nx.MultiDiGraph, u: str, v: str, plover: str = "REQUEST", quad: str = "verbal conflict",
              sentence: str = "A said something.", date: str | None = "2024-03-01", doc: str = "d1") -> None:
    g.add_edge(u, v, kind="event", plover=plover, quad=quad, mode="asserted", cue="asked", issue=None,
               date=date, confidence=0.75, evidence=[{"doc": doc, "sentence": sentence, "date": date}])


@pytest.fixture()
def graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    add_actor(g, "USA", "United States", aliases=["US"], mentions=10)
    add_actor(g, "RUS", "Russia", mentions=8)
    add_actor(g, "UKR", "Ukraine", mentions=5)
    add_actor(g, "BIDEN", "Joe Biden", kind="person", affiliation="United States")
    for day in (1, 2, 3):
        add_event(g, "USA", "RUS", sentence=f"The US asked Russia ({day}).", date=f"2024-03-0{day}")
    add_event(g, "USA", "RUS", "SANCTION", "material conflict")
    add_event(g, "RUS", "USA", "REQUEST")
    add_event(g, "RUS", "UKR", "ASSAULT", "material conflict", date=None)
    g.add_edge("BIDEN", "USA", kind="affiliation")
    return g


def test_page_is_offline(graph: nx.MultiDiGraph) -> None:
    add_event(graph, "UKR", "USA", "AID", "material cooperation",
              sentence="See https://evil.example/x.js and http://x.test/", doc="http://news.test/a")
    page = render_html(graph, title="from https://example.org")
    assert "http://" not in page.lower() and "https://" not in page.lower()
    assert not re.search(r"<(script|img|link|iframe)\b[^>]*\s(src|href)=", page, re.I)
    assert "DataView" in page and "vis-network" in page  # vis inlined
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    sentences = [ev["sentence"] for e in payload(page)["info"]["edges"].values()
                 for r in e["reports"] for ev in r["evidence"]]
    assert "See https://evil.example/x.js and http://x.test/" in sentences  # data intact once parsed


def test_hostile_strings_are_escaped(graph: nx.MultiDiGraph) -> None:
    add_actor(graph, "EVIL", SCRIPT_BREAK + IMG, kind="group", aliases=[IMG], affiliation=SCRIPT_BREAK,
              docs=[SCRIPT_BREAK])
    add_event(graph, "EVIL", "USA", "THREATEN", sentence=f"He said {SCRIPT_BREAK} and {IMG}.", doc=IMG)
    add_event(graph, "USA", "EVIL", "REJECT", sentence="\u2028line\u2029sep & <b>bold</b>")
    page = render_html(graph, title=SCRIPT_BREAK)
    for hostile in (SCRIPT_BREAK, IMG, "</script><script>", "<img", "<b>bold", "\u2028", "\u2029"):
        assert hostile not in page
    assert page.count("<script") == 3 and page.count("</script>") == 3  # only our own tags
    data = payload(page)
    assert data["info"]["nodes"]["EVIL"]["label"] == SCRIPT_BREAK + IMG
    sentences = {ev["sentence"] for e in data["info"]["edges"].values() for r in e["reports"] for ev in r["evidence"]}
    assert f"He said {SCRIPT_BREAK} and {IMG}." in sentences
    app_js = page.split('<script id="kg-data"')[1].split("</script>")[2]
    assert "textContent" in app_js and "innerHTML" not in app_js and "insertAdjacentHTML" not in app_js


def test_deterministic(graph: nx.MultiDiGraph) -> None:
    first = render_html(graph)
    assert render_html(graph) == first
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(data=True))))
    assert render_html(shuffled) == first
    big = render_html(graph, physics_limit=2)
    assert render_html(graph, physics_limit=2) == big
    assert '"randomSeed":42' in first


def test_parallel_edges_are_merged(graph: nx.MultiDiGraph) -> None:
    data = payload(render_html(graph))
    # merged by (source, target, kind, plover): USA>RUS REQUEST x3, USA>RUS SANCTION,
    # RUS>USA REQUEST, RUS>UKR ASSAULT, BIDEN>USA affiliation
    assert len(data["edges"]) == 5
    assert len(data["nodes"]) == 4
    labels = sorted(e.get("label", "") for e in data["edges"])
    assert labels == ["", "ASSAULT", "REQUEST", "REQUEST \u00d73", "SANCTION"]
    request = next(e for e in data["edges"] if e.get("label") == "REQUEST \u00d73")
    info = data["info"]["edges"][request["id"]]
    assert (info["from"], info["to"], info["count"], len(info["reports"])) == ("USA", "RUS", 3, 3)
    assert info["dates"] == ["2024-03-01", "2024-03-02", "2024-03-03"]
    affiliation = next(e for e in data["edges"] if "label" not in e)
    assert affiliation["dashes"] and not affiliation["arrows"]["to"]["enabled"]
    rels = data["info"]["nodes"]["USA"]["relations"]
    assert rels[0]["edge"] == request["id"] and rels[0]["count"] == 3


def test_top_keeps_highest_degree(graph: nx.MultiDiGraph) -> None:
    add_actor(graph, "AAA", "Isolated")
    data = payload(render_html(graph, top=2))
    assert sorted(n["id"] for n in data["nodes"]) == ["RUS", "USA"]
    assert all({e["from"], e["to"]} <= {"RUS", "USA"} for e in data["edges"])
    assert len(data["edges"]) == 3
    # ties broken by id: BIDEN and UKR both have degree 1, BIDEN sorts first
    assert sorted(n["id"] for n in payload(render_html(graph, top=3))["nodes"]) == ["BIDEN", "RUS", "USA"]
    assert len(payload(render_html(graph, top=100))["nodes"]) == 5


def test_large_graph_has_fixed_positions(graph: nx.MultiDiGraph) -> None:
    data = payload(render_html(graph, physics_limit=2))
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    small = payload(render_html(graph))
    assert small["options"]["physics"]["enabled"] is True and "x" not in small["nodes"][0]


def test_controls_and_legend(graph: nx.MultiDiGraph) -> None:
    page = render_html(graph)
    for ident in ("filter-quad-verbal-cooperation", "filter-quad-material-cooperation", "filter-quad-verbal-conflict",
                  "filter-quad-material-conflict", "filter-plover", "search", "date-from", "date-to", "evidence",
                  "legend"):
        assert f'id="{ident}"' in page
    assert 'min="2024-03-01"' in page and 'max="2024-03-03"' in page
    assert "window.kgNetwork" in page and "window.kgData" in page
    undated = nx.MultiDiGraph()
    add_actor(undated, "A")
    add_actor(undated, "B")
    add_event(undated, "A", "B", date=None)
    assert 'id="date-from"' not in render_html(undated)


def test_empty_graph() -> None:
    page = render_html(nx.MultiDiGraph())
    assert "no actors" in page
    data = payload(page)
    assert data["nodes"] == [] and data["edges"] == []
    assert page.count("<script") == 3 and "https://" not in page
    assert "no actors" in render_html(nx.MultiDiGraph([("A", "B")]), top=0)


def test_width_and_label_count_reports(graph: nx.MultiDiGraph) -> None:
    graph.add_edge("UKR", "RUS", kind="event", plover="PROTEST", quad="verbal conflict", count=4,
                   evidence=[{"doc": f"d{i}", "sentence": f"Ukraine protested ({i}).", "date": None} for i in range(4)])
    data = payload(render_html(graph))
    protest = next(e for e in data["edges"] if e.get("label", "").startswith("PROTEST"))
    single = next(e for e in data["edges"] if e.get("label") == "SANCTION")
    assert protest["label"] == "PROTEST \u00d74" and protest["width"] > single["width"]
    info = data["info"]["edges"][protest["id"]]
    assert (info["count"], info["nreports"]) == (1, 4)  # one merged event, four reports
    assert not any(n["group"].endswith("-faded") for n in data["nodes"])  # every actor here has a relation
    assert data["options"]["groups"]["state"]["color"]["background"] == KIND_STYLE["state"][1]
    add_actor(graph, "LONE", "Lonely")
    data = payload(render_html(graph))
    lone = next(n for n in data["nodes"] if n["id"] == "LONE")
    assert lone["group"] == "state-faded"  # faded: in no drawn relation
    style = data["options"]["groups"]["state-faded"]
    assert style["color"]["background"] != KIND_STYLE["state"][1] and style["font"]["color"] == "#8a8a8a"


def test_csp_admits_only_the_page_scripts(graph: nx.MultiDiGraph) -> None:
    page = render_html(graph)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src")).split()[1:]
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    blocks = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(blocks) == 2
    assert script_src == [
        "'sha256-" + base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() + "'" for b in blocks
    ]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp


def _corpus() -> Corpus:
    day = date(2024, 5, 1)
    art = Article("a1", "", title="T", published=day)  # a corpus keeps no article text
    actors = {a.id: a for a in (Actor("BLINKEN", "Antony Blinken", "person"), Actor("HAMAS", "Hamas", "group"),
                                Actor("USA", "United States", "state", aliases=("US",)))}

    def rel(src: str, plover: str, tgt: str | None, start: int, sentence: str) -> Relation:
        return Relation("a1", src, plover, tgt, "urged", sentence, 0, 99, start, start + 5, issue="a truce",
                        date=day, mode="asserted", confidence=0.75)

    relations = (rel("BLINKEN", "REQUEST", "HAMAS", 10, f"Blinken urged Hamas {IMG}."),
                 rel("BLINKEN", "REQUEST", "HAMAS", 50, "He urged it again."),
                 rel("HAMAS", "REJECT", "USA", 80, "Hamas rejected it."),
                 rel("USA", "SUPPORT", None, 90, "The US backed a truce."))
    return Corpus(actors=actors, affiliation={"BLINKEN": "USA"},
                  aliases={"BLINKEN": ("Blinken",), "HAMAS": (), "USA": ("US",)},
                  mentions={"BLINKEN": 3, "HAMAS": 2, "USA": 1},
                  docs={"BLINKEN": ("a1",), "HAMAS": ("a1",), "USA": ("a1",)},
                  relations=relations, articles=(art,))


def test_graph_ttl_reloads_as_the_built_graph(tmp_path: Path) -> None:
    corpus = _corpus()
    (tmp_path / "graph.ttl").write_text(to_turtle(corpus), encoding="utf-8")
    assert read_corpus(tmp_path) == corpus
    built, loaded = to_networkx(corpus), to_networkx(read_corpus(tmp_path / "graph.ttl"))
    assert sorted(built.edges(keys=True, data=True), key=str) == sorted(loaded.edges(keys=True, data=True), key=str)
    assert dict(built.nodes(data=True)) == dict(loaded.nodes(data=True))
    assert render_html(loaded) == render_html(built)
    with pytest.raises(KgError, match="no such graph file"):
        read_corpus(tmp_path / "missing")
    (tmp_path / "bad.ttl").write_text("not turtle", encoding="utf-8")
    with pytest.raises(KgError, match="cannot parse graph"):
        read_corpus(tmp_path / "bad.ttl")


def test_kg_html_command(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text(to_turtle(_corpus()), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["html", str(tmp_path), "--top", "2"])
    assert result.exit_code == 0, result.output
    assert sorted(n["id"] for n in payload((tmp_path / "graph.html").read_text(encoding="utf-8"))["nodes"]) == [
        "BLINKEN", "HAMAS"]
    result = runner.invoke(app, ["html", str(tmp_path / "graph.ttl"), "--out", str(tmp_path / "x.html")])
    assert result.exit_code == 0 and (tmp_path / "x.html").is_file()
    assert runner.invoke(app, ["html", str(tmp_path / "nowhere")]).exit_code == 3
    assert runner.invoke(app, ["html", str(tmp_path), "--top", "0"]).exit_code == 2


def test_issues_and_positions(graph: nx.MultiDiGraph) -> None:
    graph.add_node("I1", label="Gaza truce plan", kind="issue", issue_kind="proposal", proposer="United States",
                   aliases=["the plan"], mentions=3, docs=["d1"], first="2024-03-01", last="2024-03-02")
    for day in (1, 2):
        graph.add_edge("USA", "I1", kind="position", position="supports", mode="asserted", date=f"2024-03-0{day}",
                       evidence=[{"doc": "d1", "sentence": f"The US backs the plan ({day}).", "date": None}])
    graph.add_edge("RUS", "I1", kind="position", position="opposes", evidence=[])
    page = render_html(graph)
    data = payload(page)
    positions = [e for e in data["info"]["edges"].values() if e["kind"] == "position"]
    found = sorted((e["from"], e["type"], e["count"]) for e in positions)
    assert found == [("RUS", "opposes", 1), ("USA", "supports", 2)]
    supports = next(e for e in data["edges"] if e.get("label") == "supports \u00d72")
    assert supports["dashes"] and data["info"]["edges"][supports["id"]]["dates"] == ["2024-03-01", "2024-03-02"]
    assert ["proposed by", "United States"] in data["info"]["nodes"]["I1"]["facts"]
    assert 'id="filter-kind-position"' in page and "4 actors \u00b7 1 issues" in page
    assert ">supports</div>" in page and ">opposes</div>" in page and "sw-hexagon" in page
    assert 'class="sw sw-hexagon"' in page
    assert 'class="sw sw-hexagon"' not in render_html(nx.MultiDiGraph([("A", "B")]))  # no issue, no row


def test_small_graphs_draw_everything(graph: nx.MultiDiGraph) -> None:
    page = render_html(graph)
    data = payload(page)
    assert data["view"] is None and 'id="show-more"' not in page
    assert 'id="filter-reports" min="1" step="1" value="1"' in page  # every event drawn


def test_large_graph_opens_on_the_most_connected_actors_and_their_issues() -> None:
    graph = large_graph()
    page = render_html(graph)
    data = payload(page)
    view, ids = data["view"], [n["id"] for n in data["nodes"]]
    assert (view["actors"], view["issues"]) == (OPEN_ACTORS, ISSUES_PER_ACTOR) and 'id="show-more"' in page
    steps = [[ids[n] for n in step] for step in view["steps"]]
    assert sorted(n for step in steps for n in step) == sorted(ids)  # every node is shown at some step
    actors = [n for n in graph if graph.nodes[n]["kind"] != "issue"]
    top = sorted(actors, key=lambda n: (-graph.degree(n), n))[:OPEN_ACTORS]
    first = [n for n in steps[0] if graph.nodes[n]["kind"] != "issue"]
    assert first == top
    issues = [n for n in steps[0] if graph.nodes[n]["kind"] == "issue"]
    # each issue shown is one that an actor shown takes the most positions on; at most ISSUES_PER_ACTOR each
    stated: dict[str, dict[str, int]] = {}
    for u, v, d in graph.edges(data=True):
        if d["kind"] == "position":
            stated.setdefault(u, {}).setdefault(v, 0)
            stated[u][v] += 1
    best = {issue for a in top for issue, _ in sorted(stated.get(a, {}).items(),
                                                      key=lambda kv: (-kv[1], -graph.degree(kv[0]), kv[0]))[:ISSUES_PER_ACTOR]}
    assert set(issues) == best and 0 < len(issues) <= ISSUES_PER_ACTOR * OPEN_ACTORS
    assert all(len([n for n in step if graph.nodes[n]["kind"] != "issue"]) <= OPEN_ACTORS for step in steps)
    # every node has a position, and the first step's drawing is its own (later steps lie outside it)
    xy = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    assert len(xy) == len(ids) and data["options"]["physics"]["enabled"] is False
    inner = [xy[n] for n in steps[0]]
    cx, cy = sum(x for x, _ in inner) / len(inner), sum(y for _, y in inner) / len(inner)
    reach = max(math.hypot(x - cx, y - cy) for x, y in inner)
    assert all(math.hypot(x - cx, y - cy) > reach for x, y in (xy[n] for step in steps[1:] for n in step))
    assert render_html(graph) == page  # deterministic


def test_the_opening_draws_the_events_reported_most() -> None:
    graph = large_graph()
    page = render_html(graph)
    data = payload(page)
    first = {data["nodes"][n]["id"] for n in data["view"]["steps"][0]}
    least = data["view"]["minReports"]
    assert least > 1 and f'id="filter-reports" min="1" step="1" value="{least}"' in page
    shown = [e for e in data["info"]["edges"].values() if e["kind"] == "event" and {e["from"], e["to"]} <= first]
    assert sum(e["nreports"] >= least for e in shown) <= 2 * len(first) < sum(e["nreports"] >= least - 1 for e in shown)


def test_the_opening_labels_the_most_connected_actors_large() -> None:
    graph = large_graph()
    data = payload(render_html(graph))
    view, ids = data["view"], [n["id"] for n in data["nodes"]]
    first = [ids[n] for n in view["steps"][0]]
    labelled = [ids[n] for n in view["labelled"]]
    assert labelled == [n for n in first if graph.nodes[n]["kind"] != "issue"][:OPEN_LABELS]
    assert view["labelSize"] == LABEL_SIZE
    fonts = {n["id"]: n.get("font") for n in data["nodes"]}
    assert all(fonts[n] == {"size": LABEL_SIZE} for n in labelled)
    assert sum(f is not None for f in fonts.values()) == OPEN_LABELS  # every other label keeps the default size
    nodes = data["options"]["nodes"]
    assert nodes["font"]["size"] < LABEL_SIZE and nodes["scaling"]["label"]["drawThreshold"] > 5  # small: hidden far out
    # sizes on a large page run from 8 to 24 px by share of the most mentions, the most mentioned node the largest
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    most = max(graph.nodes, key=lambda n: (graph.nodes[n]["mentions"], n))
    assert min(sizes.values()) >= 8 and sizes[most] == max(sizes.values()) == 24
    # no node of the opening is drawn over a large label: each has the room of a disc as wide as its label
    xy = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    for a in labelled:
        room = 0.55 * LABEL_SIZE * len(graph.nodes[a]["label"]) / 2
        near = [b for b in first if b != a and math.dist(xy[a], xy[b]) < room + sizes[b]]
        assert not near, (a, near)


def test_a_small_page_sets_no_label_sizes(graph: nx.MultiDiGraph) -> None:
    data = payload(render_html(graph))
    assert all("font" not in n for n in data["nodes"]) and "scaling" not in data["options"]["nodes"]
    assert {n["id"]: n["size"] for n in data["nodes"]}["USA"] == round(10 + 4 * math.log2(11), 2)


def test_the_edge_with_the_most_reports_is_drawn_straightest(graph: nx.MultiDiGraph) -> None:
    data = payload(render_html(graph))
    between = [e for e in data["edges"] if {e["from"], e["to"]} == {"USA", "RUS"}]
    info = data["info"]["edges"]
    roundness = sorted((e["smooth"]["roundness"], -info[e["id"]]["nreports"], e["id"]) for e in between)
    assert len(between) == 3 and info[roundness[0][2]]["nreports"] == 3  # the US's three requests
    assert len({r for r, _, _ in roundness}) == 3


def test_evidence_sentences_are_stored_once() -> None:
    page = render_html(large_graph())
    data = payload(page)
    for n in range(5):
        sentence = f"Shared sentence {n}."
        assert page.count(sentence) == 1
        kinds = {e["kind"] for e in data["info"]["edges"].values()
                 if any(ev["sentence"] == sentence for r in e["reports"] for ev in r["evidence"])}
        assert kinds == {"event", "position"}  # both edges refer to it
    strings = raw(page)["strings"]
    assert len(strings) == len(set(strings))
