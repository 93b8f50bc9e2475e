"""Property tests (hypothesis): any text reads, extracts and exports without error, and every
Turtle and CSV file written reads back.

The profile is fixed here, not in conftest: ``derandomize=True`` (the same examples on every run,
so CI is stable), a bounded number of examples, no deadline (the first parse loads the model) and
no example database written to disk.
"""
from __future__ import annotations

import csv
import io
import json
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.term import URIRef, _is_valid_uri

from kg.extract import extract
from kg.graph import assemble, to_networkx
from kg.html import render_html
from kg.ingest import Problem, read_articles
from kg.lexicon import load_lexicon
from kg.model import Article
from kg.nlp import chunks, clean_text
from kg.rdf import DOC, _safe, actor_iri, read_corpus, to_rdf, to_turtle
from kg.tables import actors_csv, issues_csv, positions_csv, relations_csv
from kg.text import clean as _clean

PROFILE = settings(derandomize=True, max_examples=40, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CHEAP = settings(PROFILE, max_examples=100)

# Words that make the extractor work: actors, cue verbs, pronouns, role nouns, dates and punctuation.
WORDS = ("Egypt Hamas Israel Qatar Blinken Netanyahu Shoukry he she they it the group the minister officials "
         "urged rejected accepted mediated threatened agreed proposed said called on demanded warned "
         "to accept a the truce ceasefire plan deal talks hostages in Cairo on Monday next week not "
         "would will may , . ; : \" ' ( ) - \n \n\n ’s ’ “ ” — … "
         "😀 مصر חמאס \u202e \x00 \x07 \t <b> </script>").split(" ")
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map(" ".join),
)
NAME = st.text(min_size=1, max_size=40)
SCHEMA_IDENTIFIER = URIRef("https://schema.org/identifier")


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.slow
@PROFILE
@given(text=TEXT)
def test_extractor_never_raises(nlp, dictionary, lexicon, text):
    res = extract(Article("t", text, published=date(2024, 5, 1)), nlp(clean_text(text)), dictionary, lexicon)
    for r in res.relations:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.cue


def _read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.slow
@PROFILE
@given(doc_id=NAME, title=st.none() | st.text(max_size=60), filler=st.text(max_size=60), tail=TEXT)
def test_every_export_reads_back(nlp, dictionary, lexicon, doc_id, title, filler, tail):
    text = f"Egypt urged Hamas to accept the {filler} plan. {tail}"
    art = Article(doc_id, text, title=title, published=date(2024, 5, 1))
    corpus = assemble([extract(art, nlp(clean_text(text)), dictionary, lexicon)], dictionary)

    ttl = to_turtle(corpus)
    g = Graph().parse(data=ttl, format="turtle")
    assert isomorphic(g, to_rdf(corpus))  # the Turtle holds the very graph it was written from
    back = read_corpus(g)
    assert isomorphic(to_rdf(back), g) and len(back.relations) == len(corpus.relations)
    assert {str(o) for o in g.objects(DOC[_safe(doc_id)], SCHEMA_IDENTIFIER)} == {_clean(doc_id)}
    assert all(_is_valid_uri(str(t)) for triple in g for t in triple if isinstance(t, URIRef))

    rows = _read_csv(relations_csv(corpus))
    assert len(rows) == len(corpus.relations)
    for row, r in zip(rows, corpus.relations):
        assert (row["doc"], row["sentence"], row["cue"], row["issue"]) == (
            _clean(r.doc), _clean(r.sentence), _clean(r.cue), _clean(r.issue))
    assert {row["id"] for row in _read_csv(actors_csv(corpus))} == set(corpus.actors)
    _read_csv(issues_csv(corpus))
    _read_csv(positions_csv(corpus))

    page = render_html(to_networkx(corpus))
    assert page.count("<script") == 3
    tag = '<script id="kg-data" type="application/json">'
    start = page.index(tag) + len(tag)
    json.loads(page[start:page.index("</script>", start)])


@CHEAP
@given(name=st.text(max_size=80))
def test_minted_iris_are_valid(name):
    assert _is_valid_uri(str(actor_iri(name))) and _is_valid_uri(str(DOC[_safe(name)]))


@CHEAP
@given(value=st.text(max_size=200))
def test_a_csv_cell_reads_back_as_cleaned(value):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([_clean(value), "x"])
    assert next(csv.reader(io.StringIO(buf.getvalue(), newline=""))) == [_clean(value), "x"]
    assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in _clean(value))


@CHEAP
@given(text=st.text(max_size=3000) | st.lists(st.sampled_from(WORDS), max_size=600).map(" ".join),
       size=st.integers(min_value=8, max_value=400))
def test_chunks_join_back_to_the_text(text, size):
    parts = chunks(text, size)
    assert "".join(parts) == text
    assert all(parts[:-1]) and all(len(p) <= size for p in parts[:-1])


@CHEAP
@given(raw=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".md", ".jsonl"]))
def test_reading_any_bytes_skips_or_reads(raw, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(raw)
        notes: list[str] = []
        arts = list(read_articles([path], strict=False, warn=notes.append))
        for art in arts:
            assert art.text.strip() and "\r" not in art.text
            art.text.encode("utf-8")  # no lone surrogate: every output file can hold it
            art.id.encode("utf-8")
        assert all(str(path) in note for note in notes)
        try:
            assert [a.id for a in read_articles([path], strict=True)] == [a.id for a in arts]
        except Problem as exc:
            assert str(path) in str(exc)
