"""The per-document indexes the extractor reads words and dependents from (kg.extract.wordindex)."""
from __future__ import annotations

import gc

import spacy
from spacy.tokens import Doc

from kg.extract import wordindex
from kg.extract.wordindex import WordIndex, conjuncts_of, dependents, dominates, index_of, kids_of


def _doc() -> Doc:
    # "Egypt urged Hamas . The talks resumed in Cairo ."
    words = ["Egypt", "urged", "Hamas", ".", "The", "talks", "resumed", "in", "Cairo", "."]
    heads = [1, 1, 1, 1, 5, 6, 6, 6, 7, 6]
    deps = ["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "prep", "pobj", "punct"]
    lemmas = ["Egypt", "urge", "Hamas", ".", "the", "talk", "resume", "in", "Cairo", "."]
    starts = [True, False, False, False, True, False, False, False, False, False]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, sent_starts=starts)


def test_tokens_by_word_and_lemma_in_text_order():
    doc = _doc()
    index = WordIndex(doc)
    assert [t.i for t in index.tokens({"cairo", "egypt"})] == [0, 8]
    assert [t.i for t in index.tokens(lemmas={"urge", "resume"})] == [1, 6]
    assert [t.i for t in index.tokens({"the"}, {"urge"})] == [1, 4]
    assert index.tokens({"israel"}) == []


def test_tokens_of_one_sentence():
    doc = _doc()
    index = WordIndex(doc)
    first, second = list(doc.sents)
    words = frozenset({"egypt", "cairo", "talks"})
    assert [t.i for t in index.tokens(words, span=first)] == [0]
    assert [t.i for t in index.tokens(words, span=second)] == [5, 8]
    assert [t.i for t in index.tokens(words)] == [0, 5, 8]  # the whole document again, after the sentences


def test_lemmas_that_differ_in_case_share_one_entry_in_text_order():
    words = ["US", "troops", "told", "us", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=["US", "troop", "tell", "us", "."])
    assert [t.i for t in WordIndex(doc).tokens(lemmas={"us"})] == [0, 3]
    assert WordIndex(Doc(spacy.blank("en").vocab, words=[])).tokens({"us"}) == []


def test_sentences_text_and_parts_of_speech_are_the_documents():
    doc = _doc()
    doc[1].pos_ = "VERB"
    index = WordIndex(doc)
    assert [(s.start, s.end) for s in index.sents()] == [(s.start, s.end) for s in doc.sents]
    assert [(index.sent(t).start, index.sent(t).end) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert index.text == doc.text
    assert index.pos == [t.pos for t in doc] and index.pos[1] != index.pos[0]


def test_containing():
    doc = Doc(spacy.blank("en").vocab, words=["U.S.-Russian", "talks", "-", "Kenya"])
    assert [t.text for t in WordIndex(doc).containing("-")] == ["U.S.-Russian", "-"]


def test_dependents_are_the_children_and_are_dropped_with_the_document():
    doc = _doc()
    assert dependents(doc[1]) == [("nsubj", "egypt", 0), ("dobj", "hamas", 2), ("punct", ".", 3)]
    assert dependents(doc[6]) == [(c.dep_, c.lower_, c.i) for c in doc[6].children]
    assert dependents(doc[0]) == []
    assert len(wordindex._DEPENDENTS) >= 1
    before = len(wordindex._DEPENDENTS)
    del doc
    gc.collect()
    assert len(wordindex._DEPENDENTS) == before - 1  # no document is kept alive by the table


def test_dependents_follow_a_retokenized_document():
    doc = _doc()
    assert dependents(doc[6])[0] == ("nsubj", "talks", 5)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[4:6])  # "The talks"
    assert dependents(doc[5]) == [(c.dep_, c.lower_, c.i) for c in doc[5].children]
    assert ("nsubj", "the talks", 4) in dependents(doc[5])


def _joined() -> Doc:
    # "Egypt and Qatar urged Hamas and Israel ."
    words = ["Egypt", "and", "Qatar", "urged", "Hamas", "and", "Israel", "."]
    heads = [3, 0, 0, 3, 3, 4, 4, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "dobj", "cc", "conj", "punct"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def test_kids_and_conjuncts_are_spacys_with_or_without_an_index():
    doc = _joined()
    expected = [([c.i for c in t.children], [c.i for c in t.conjuncts]) for t in doc]
    assert [([c.i for c in kids_of(t)], [c.i for c in conjuncts_of(t)]) for t in doc] == expected  # no index
    index = WordIndex(doc)
    assert [([c.i for c in kids_of(t)], [c.i for c in conjuncts_of(t)]) for t in doc] == expected
    assert kids_of(doc[3])[0] is index.toks[0]  # the index's own tokens, made once
    assert isinstance(conjuncts_of(doc[0]), tuple)


def test_index_tokens_keep_their_children_and_conjuncts_and_hold_no_cycle_once_the_index_is_gone():
    doc = _joined()
    index = WordIndex(doc)
    toks = index.toks
    expected = [([c.i for c in t.children], [c.i for c in t.conjuncts]) for t in doc]
    assert [([c.i for c in kids_of(t)], [c.i for c in conjuncts_of(t)]) for t in toks] == expected
    assert kids_of(toks[3]) is kids_of(doc[3]) and dependents(toks[3]) is dependents(toks[3])
    gc.collect()
    gc.disable()
    try:
        del index, toks
        assert gc.collect() == 0  # freed as soon as nothing holds them, not by the collector
    finally:
        gc.enable()


def test_an_index_is_found_while_it_lives_and_keeps_no_document_alive():
    doc = _joined()
    index = WordIndex(doc)
    assert index_of(doc) is index
    key = id(doc)
    del index
    gc.collect()
    assert index_of(doc) is None and key not in wordindex._INDEXES
    index = WordIndex(doc)
    before = len(wordindex._DEPENDENTS)
    del doc, index
    gc.collect()
    assert key not in wordindex._INDEXES and len(wordindex._DEPENDENTS) <= before  # (the index's tokens held the
    # document: both are gone together)


def test_has_any_word_or_lemma_in_any_case():
    index = WordIndex(_doc())
    assert index.has_any(frozenset({"Urge"})) and index.has_any(frozenset({"talks"}))
    assert not index.has_any(frozenset({"mission", "peacekeepers"}))


def test_dominates_walks_the_heads_with_or_without_an_index():
    doc = _joined()  # "Egypt and Qatar urged Hamas and Israel ."
    expected = [[j for j in range(len(doc)) if doc[j] in list(t.subtree)] for t in doc]
    assert [[j for j in range(len(doc)) if dominates(t, j)] for t in doc] == expected  # no index
    index = WordIndex(doc)
    assert index.heads() == [t.head.i for t in doc]
    assert [[j for j in range(len(doc)) if dominates(t, j)] for t in doc] == expected
    assert dominates(doc[3], 6) and dominates(doc[4], 6) and not dominates(doc[0], 4)


def test_index_tokens_read_and_walk_as_spacys_tokens():
    doc = _joined()  # "Egypt and Qatar urged Hamas and Israel ."
    doc[3].pos_, doc[3].tag_, doc[3].lemma_ = "VERB", "VBD", "urge"
    index = WordIndex(doc)
    for tok, plain in zip(index.toks, doc):
        assert tok == plain and hash(tok) == hash(plain) and tok.i == plain.i
        for attr in ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "idx"):
            assert getattr(tok, attr) == getattr(plain, attr)
        assert tok.head == plain.head
        for walk in ("children", "subtree", "conjuncts", "ancestors"):
            assert [t.i for t in getattr(tok, walk)] == [t.i for t in getattr(plain, walk)]
    assert index.toks[0].head is index.toks[3] and index.toks[0].conjuncts[0] is index.toks[2]
    assert index.toks[3].head == doc[3] and index.toks[3].head is not index.toks[3]  # (a root holds no token itself)


def test_index_tokens_read_their_words_when_the_process_tables_start_again(monkeypatch):
    monkeypatch.setattr(wordindex, "MAX_NAMES", 2)
    monkeypatch.setattr(wordindex, "_NAMES", {attr: {} for attr in wordindex._NAMES})  # every word new
    doc = _doc()
    index = WordIndex(doc)
    assert [t.text for t in index.toks] == [t.text for t in doc]
    assert [t.lemma_ for t in index.toks] == [t.lemma_ for t in doc]
    assert [t.i for t in index.tokens({"cairo", "egypt"}, {"urge"})] == [0, 1, 8]
    assert all(len(names) <= 3 for names in wordindex._NAMES.values())
