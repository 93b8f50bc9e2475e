"""Hostile text in articles and dictionaries reaches Turtle, CSV and HTML escaped, never as code.

Quotes, angle brackets, backslashes, newlines, control characters, emoji, right-to-left script and
very long tokens: the Turtle parses and round-trips, the CSV reads back to the values as written
(``kg.text.clean`` drops C0 control characters other than tab and newline from CSV cells and Turtle
literals), the HTML holds them only as JSON text, and every IRI is valid.
"""
from __future__ import annotations

import csv
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.term import _is_valid_uri

from kg.pipeline import build_corpus, render_outputs, write_outputs
from kg.rdf import KG, actor_iri, read_corpus, to_rdf
from kg.text import clean as _clean
from page_payload import decode

pytestmark = pytest.mark.slow  # parses the articles with the spaCy model

HOSTILE_ID = 'EVIL "<id>" {x}|^`\\ /?#%'
TEXTS = {
    'q"1<>': 'Egypt urged Nile Front to accept the "truce" <script>alert(1)</script> plan & the \\ back\\slash deal.',
    "ctl": "Qatar urged Hamas\x07 to \x00accept\x1b[31m the plan.\x7f Israel rejected the \u2028 plan\u0085 today.",
    "emoji": "Zed 😀 Party urged Israel to accept the 👨‍👩‍👧 ceasefire 🕊️ plan.",
    "rtl": "جبهة النيل urged Egypt to accept the \u202eplan\u202c. Hamas rejected the מתווה plan.",
    "long": "Egypt urged Hamas to accept the " + "y" * 60_000 + " plan. Qatar urged Israel to stop.",
    "nl": "Egypt urged Hamas to accept\nthe plan.\n\nQatar 'urged' Israel to <b>stop</b>.",
    "a/b c?d#e": "Egypt urged Israel to accept the plan ]]> --> </script><!-- \\u003c.",
}
TITLE = "<img src=x onerror=alert(1)> \"title\" & 'more'"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    actors = tmp / "actors.jsonl"
    actors.write_text("\n".join(json.dumps(r) for r in [
        {"id": HOSTILE_ID, "label": "Nile Front", "kind": "group", "aliases": ['<script>alert("x")</script>']},
        {"id": "RTL", "label": "جبهة النيل", "kind": "group"},
        {"label": "Zed 😀 Party", "kind": "group"},
    ]) + "\n", encoding="utf-8")
    corpus_file = tmp / "c.jsonl"
    corpus_file.write_text("".join(json.dumps({"id": k, "text": v, "title": TITLE, "source": "A\x00FP\n"}) + "\n"
                                   for k, v in TEXTS.items()), encoding="utf-8")
    corpus = build_corpus([corpus_file], actor_files=[actors], cache=False)
    out = tmp / "out"
    write_outputs(render_outputs(corpus), out)
    return corpus, out


def test_the_hostile_text_was_coded(built):
    corpus, _ = built
    docs = {r.doc for r in corpus.relations}
    assert set(TEXTS) <= docs
    assert any(r.target == HOSTILE_ID and "<script>" in r.sentence for r in corpus.relations)
    assert any("\x07" in r.sentence for r in corpus.relations)  # control characters reach the exporters


def test_turtle_parses_to_the_graph_written_and_reads_back(built):
    corpus, out = built
    g = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(g) > 100 and isomorphic(g, to_rdf(corpus))  # the writer escapes everything it writes
    back = read_corpus(g)
    assert isomorphic(to_rdf(back), g)  # and the reader reads all of it, control characters dropped
    assert [r.sentence for r in back.relations] == [_clean(r.sentence) for r in corpus.relations]
    sentences = {str(o) for o in g.objects(None, KG.sentence)}
    for r in corpus.relations:
        assert _clean(r.sentence) in sentences
    assert any("<script>alert(1)</script>" in s and '"truce"' in s and "\\ back\\slash" in s for s in sentences)
    assert any("😀" in s for s in sentences) and any("\u202eplan\u202c" in s for s in sentences)
    assert any("y" * 4_000 in s for s in sentences)  # very long tokens are cut where the text is parsed in pieces
    for s in sentences:
        assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in s)
    labels = {str(o) for o in g.objects(actor_iri(HOSTILE_ID), URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
    assert labels == {'<script>alert("x")</script>'}


def test_every_iri_is_valid(built):
    _, out = built
    g = Graph().parse(out / "graph.ttl", format="turtle")
    iris = {t for triple in g for t in triple if isinstance(t, URIRef)}
    assert actor_iri(HOSTILE_ID) in iris
    assert all(_is_valid_uri(str(i)) for i in iris)
    assert all(not any(ch in str(i) for ch in ' <>"{}|^`\\') for i in iris)
    try:
        import pyoxigraph
    except ImportError:  # pragma: no cover
        return
    for i in iris:
        pyoxigraph.NamedNode(str(i))  # raises on an invalid IRI
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_reads_back_the_values_as_written(built):
    corpus, out = built
    rows = _rows(out / "relations.csv")
    assert len(rows) == len(corpus.relations)
    for row, r in zip(rows, corpus.relations):
        assert row["doc"] == _clean(r.doc) and row["sentence"] == _clean(r.sentence)
        assert row["cue"] == r.cue and row["issue"] == _clean(r.issue)
        assert row["source_id"] == r.source and row["target_id"] == _clean(r.target)
    assert {row["doc"] for row in rows} == set(TEXTS)
    nl = next(row for row in rows if row["doc"] == "nl" and row["source_id"] == "QAT")
    assert nl["sentence"] == "Qatar 'urged' Israel to <b>stop</b>."
    ctl = next(row for row in rows if row["doc"] == "ctl")
    assert ctl["sentence"] == ("Qatar urged Hamas to accept[31m the plan.\x7f Israel rejected the \u2028 plan\u0085 "
                               "today.")  # \x07, \x00 and \x1b dropped; DEL, U+2028 and U+0085 kept
    actors = {row["id"]: row for row in _rows(out / "actors.csv")}
    assert actors[HOSTILE_ID]["aliases"] == '<script>alert("x")</script>'
    assert actors["RTL"]["label"] == "جبهة النيل"
    for name in ("issues.csv", "positions.csv"):
        _rows(out / name)  # parse


def test_summary_is_json(built):
    _, out = built
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert {a["id"] for a in summary["articles"]} == set(TEXTS)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in: dict | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "script":
            self._in = dict(attrs)
            self.scripts.append((self._in, ""))

    def handle_data(self, data):
        if self._in is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = None


def test_html_shows_text_never_markup(built):
    corpus, out = built
    page = (out / "graph.html").read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(page)
    assert parser.tags.count("script") == 3  # the data block and the page's own two scripts
    assert "img" not in parser.tags and "b" not in parser.tags
    for raw in ("<script>alert", "<img src=x", "</script><!--", "<b>stop"):
        assert raw not in page
    data = next(text for attrs, text in parser.scripts if attrs.get("id") == "kg-data")
    payload = decode(json.loads(data))
    info = json.dumps(payload["info"], ensure_ascii=False)
    assert '<script>alert(1)</script>' in info  # shown as text by the page
    assert "<b>stop</b>" in info and "جبهة النيل" in info and "😀" in info
    assert payload["info"]["nodes"][HOSTILE_ID]["aliases"] == ['<script>alert("x")</script>']


@pytest.mark.parametrize("name", [
    "", " ", "a b", "<script>", '"quoted"', "back\\slash", "{}|^`", "?#%/", "\x00\x07\x1f", "😀", "جبهة",
    "\u202e", "\ud800", "x" * 5000, "a\nb\tc\r",
])
def test_minted_iris_are_valid(name):
    iri = actor_iri(name)
    assert _is_valid_uri(str(iri))
    g = Graph()
    g.add((iri, URIRef("http://example.org/p"), Literal("v")))
    back = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert set(back.subjects()) == {iri}
