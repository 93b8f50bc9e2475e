"""graph.ttl holds all of a corpus: :func:`kg.rdf.read_corpus` is the inverse of :func:`kg.rdf.to_rdf`.

The corpus here sets every field of every record to a value other than its default, and a
test checks that it does: a field added to a record (Article, Actor, Role, Relation, Position,
Issue) fails here until graph.ttl carries it.
"""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph import Corpus, Issue, canonical_actor, to_networkx
from kg.html import render_html
from kg.model import Actor, Article, Position, Relation, Role
from kg.rdf import read_corpus, to_rdf, to_turtle
from kg.turtle import write_turtle
from kg.validate import validate_graph

#: Fields a corpus never keeps (:func:`kg.graph.assemble` drops them).
NOT_KEPT = {(Article, "text"), (Article, "path")}


def full_corpus() -> Corpus:
    day = date(2024, 5, 1)
    articles = (Article("a/1", "", title="Talks in Cairo", published=day, source="AFP", url="urn:x:a1"),
                Article("b 2", "", title="Deal near", published=date(2024, 5, 3), source="Reuters", url="urn:x:b2"))
    blinken = Actor("BLINKEN", "Antony Blinken", "person", aliases=("Blinken", "Tony Blinken"), demonyms=("Blinkenite",),
                    capitals=("Foggy Bottom",), affiliation="USA",
                    roles=(Role("Deputy Secretary", "USA", date(2015, 1, 9), date(2017, 1, 20)),
                           Role("Secretary of State", "USA", date(2021, 1, 26), date(2025, 1, 20))),
                    wikidata="Q7168", category="persons", origin="user")
    usa = Actor("USA", "United States", "state", aliases=("US", "U.S."), demonyms=("American",), capitals=("Washington",),
                affiliation="UN", roles=(Role("Member", "UN", date(1945, 10, 24), date(2099, 1, 1)),), wikidata="Q30",
                category="states", origin="text")
    hamas = Actor("HAMAS", "Hamas", "organization", aliases=("Hamas movement",), demonyms=("Hamasi",),
                  capitals=("Gaza City",), affiliation="USA", roles=(Role("Party", "USA", day, day),),
                  wikidata="Q4384", category="armed_groups", origin="ner")
    actors = {a.id: canonical_actor(a) for a in (blinken, hamas, usa)}  # as assemble keeps them
    relations = (
        Relation("a/1", "BLINKEN", "REQUEST", "HAMAS", "urged", "Blinken urged Hamas \"now\" to accept the truce plan.",
                 0, 52, 8, 13, issue="the truce plan", place="Cairo", date=day, date_how="explicit", mode="future",
                 confidence=0.75, rule="verb-cue", extra=(("voice", "active"), ("quote", 'a "b"'))),
        Relation("b 2", "BLINKEN", "REQUEST", "HAMAS", "called on", "He called on Hamas.", 10, 29, 13, 22,
                 issue="a deal", place="Doha", date=day, date_how="relative", mode="hypothetical", confidence=0.6,
                 rule="pronoun", extra=(("x", "y"),)),
        Relation("b 2", "HAMAS", "REJECT", "USA", "rejected", "Hamas rejected it.", 30, 48, 36, 44, issue="it",
                 place="Gaza", date=date(2024, 5, 2), date_how="relative", mode="negated", confidence=0.9,
                 rule="verb-cue", extra=(("k", "v"),)),
    )
    issues = (Issue("I1", "Gaza truce plan", "proposal", "deal", "Gaza", ("HAMAS", "USA"), day, date(2024, 5, 3),
                    ("the truce plan", "a deal", "A plan | with a bar"), ("a/1", "b 2"), proposer="USA"),)
    stances = (Position("a/1", "BLINKEN", "I1", "supports", "future", day, "Blinken urged Hamas \"now\" to accept the truce plan.",
                        0, "urged", 8, 13, rule="control"),
               Position("b 2", "HAMAS", "I1", "opposes", "asserted", date(2024, 5, 2), "Hamas rejected it.", 30,
                        "rejected", 36, 44, rule="verb-cue"))
    return Corpus(actors=actors, affiliation={"BLINKEN": "USA", "HAMAS": "USA"},
                  aliases={"BLINKEN": ("Blinken", "Mr Blinken"), "HAMAS": ("the group",), "USA": ("US", "Washington")},
                  mentions={"BLINKEN": 3, "HAMAS": 4, "USA": 2},
                  docs={"BLINKEN": ("a/1", "b 2"), "HAMAS": ("a/1", "b 2"), "USA": ("b 2",)},
                  relations=relations, articles=articles, issues=issues, stances=stances)


def _records(corpus: Corpus) -> list:
    return [*corpus.articles, *corpus.actors.values(), *(r for a in corpus.actors.values() for r in a.roles),
            *corpus.relations, *corpus.issues, *corpus.stances]


def test_the_sample_sets_every_field():
    """Every field of every record type holds a value other than its default (or None, or empty)."""
    seen = set()
    for record in _records(full_corpus()):
        for f in dataclasses.fields(record):
            if (type(record), f.name) in NOT_KEPT:
                continue
            value = getattr(record, f.name)
            default = f.default if f.default is not dataclasses.MISSING else None
            assert value not in (None, "", (), default), f"{type(record).__name__}.{f.name} is not set in the sample"
            seen.add(type(record))
    assert seen == {Article, Actor, Role, Relation, Issue, Position}


def test_read_corpus_gives_back_every_field():
    corpus = full_corpus()
    back = read_corpus(to_rdf(corpus))
    for name in ("articles", "actors", "affiliation", "aliases", "mentions", "docs", "relations", "issues", "stances"):
        assert getattr(back, name) == getattr(corpus, name), name
    assert back == corpus


def test_through_turtle_text_too(tmp_path):
    corpus = full_corpus()
    (tmp_path / "graph.ttl").write_text(to_turtle(corpus), encoding="utf-8")
    back = read_corpus(tmp_path)
    assert back == corpus
    assert render_html(to_networkx(back)) == render_html(to_networkx(corpus))
    assert to_turtle(back) == to_turtle(corpus)


def test_turtle_of_the_rdflib_graph_is_the_same_text():
    """graph.ttl's literals are made by the writer itself, not by rdflib: writing the rdflib graph of the
    same corpus gives the very same text, so both make every literal (dates, decimals, integers,
    quotes to escape) alike."""
    corpus = full_corpus()
    g = to_rdf(corpus)
    assert write_turtle(g) == to_turtle(corpus)
    assert isomorphic(Graph().parse(data=to_turtle(corpus), format="turtle"), g)


def test_the_written_graph_reads_back_as_written():
    """Writing what was read gives the same graph (the reader leaves nothing of the graph behind)."""
    g = to_rdf(full_corpus())
    assert isomorphic(to_rdf(read_corpus(g)), g)


def test_the_written_graph_conforms_to_the_shapes():
    conforms, report = validate_graph(to_rdf(full_corpus()))
    assert conforms, report


def test_issue_phrases_keep_their_order():
    corpus = full_corpus()
    issue = dataclasses.replace(corpus.issues[0], mentions=("zeta", "alpha", "mu"))
    back = read_corpus(to_rdf(dataclasses.replace(corpus, issues=(issue,))))
    assert back.issues[0].mentions == ("zeta", "alpha", "mu")


@pytest.mark.parametrize("text", ["", "<urn:a> <urn:b> <urn:c> .", "@prefix kg: <https://w3id.org/kg-negotiation/ontology#> .\n"
                                  "<urn:e> a kg:Event ."])
def test_a_graph_that_is_no_build(text):
    from kg.errors import KgError

    g = Graph().parse(data=text, format="turtle")
    if "Event" in text:
        with pytest.raises(KgError, match="not a graph written by kg build"):
            read_corpus(g)
    else:
        assert read_corpus(g) == Corpus({}, {}, {}, {}, {}, (), ())
