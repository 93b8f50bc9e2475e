"""The extractor stays small named rules over data (issue 12): no long functions in kg/extract/,
and no lists of open-class words in its code (they belong in kg/data/)."""
from __future__ import annotations

import ast
import calendar

from spacy.lang.en.stop_words import STOP_WORDS

from conftest import ROOT

EXTRACT = sorted((ROOT / "kg" / "extract").glob("*.py"))
MAX_LINES = 40


def _grammar_words(nlp) -> set[str]:
    """Dependency labels, tags and POS names: grammar, which may stay in code."""
    labels = {"ROOT"} | set(nlp.get_pipe("parser").labels) | set(nlp.get_pipe("tagger").labels)
    labels |= {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
               "SCONJ", "SYM", "VERB", "X", "GPE", "LOC", "FAC", "ORG", "PERSON", "NORP", "DATE"}
    return labels


#: Closed classes that are not stop words: month and weekday names.
CALENDAR = {m.lower() for m in calendar.month_name[1:]} | {d.lower() for d in calendar.day_name}


def open_class(value: object, grammar: set[str]) -> bool:
    """A word of an open class: not grammar, not a stop word, not a code in capitals (PLOVER types)."""
    return (isinstance(value, str) and value.replace("-", "").isalpha() and value not in grammar
            and not value.isupper() and value.lower() not in STOP_WORDS | CALENDAR)


def _literals(tree: ast.AST):
    """List, set and tuple literals, except ``__all__``."""
    skip = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)}
    return [n for n in ast.walk(tree) if isinstance(n, (ast.List, ast.Set, ast.Tuple)) and id(n) not in skip]


def test_extract_modules_exist():
    assert len(EXTRACT) >= 8, [p.name for p in EXTRACT]


def test_no_function_in_kg_extract_is_longer_than_40_lines():
    long = []
    for path in EXTRACT:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_LINES:
                    long.append(f"{path.name}:{node.lineno} {node.name} ({lines} lines)")
    assert not long, long


def test_no_literal_lists_of_open_class_words_in_kg_extract(nlp):
    grammar = _grammar_words(nlp)
    found = []
    for path in EXTRACT:
        for node in _literals(ast.parse(path.read_text(encoding="utf-8"))):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and open_class(e.value, grammar)]
            if len(words) >= 5:
                found.append(f"{path.name}:{node.lineno} {words}")
    assert not found, found


def test_the_checker_sees_a_word_list(nlp):
    tree = ast.parse('SPEECH = {"tell", "announce", "insist", "stress", "argue"}\n'
                     'DEPS = {"nsubj", "dobj", "prep", "pobj", "amod"}\n__all__ = ["warn", "urge", "ask", "press", "plead"]')
    grammar = _grammar_words(nlp)
    sets = _literals(tree)
    counts = [sum(open_class(e.value, grammar) for e in s.elts) for s in sets]
    assert counts == [5, 0]
