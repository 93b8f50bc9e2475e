"""Where each word of a document is, read in one pass: a rule that looks for a few words (a word
class, a lexicon's head words) visits those tokens only, not every token of the document."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

__all__ = ["WordIndex", "dependents"]

#: Each document's dependents, read once per token (see :func:`dependents`).
_DEPENDENTS: WeakKeyDictionary[Doc, list] = WeakKeyDictionary()


def dependents(tok: Token) -> list[tuple[str, str, int]]:
    """(relation, lower-case word, position) of each child of ``tok``, read once per document: the argument
    and clause finders walk the same children many times, and spaCy makes new tokens at each walk."""
    table = _DEPENDENTS.get(tok.doc)
    if table is None or len(table) != len(tok.doc):  # new, or retokenized since
        table = _DEPENDENTS[tok.doc] = [None] * len(tok.doc)
    kids = table[tok.i]
    if kids is None:
        kids = table[tok.i] = [(c.dep_, c.lower_, c.i) for c in tok.children]
    return kids


class WordIndex:
    """Token positions by lower-case form and by lower-case lemma."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lower: dict[str, list[int]] = {}
        self.lemma: dict[str, list[int]] = {}
        for tok in doc:
            self.lower.setdefault(tok.lower_, []).append(tok.i)
            self.lemma.setdefault(tok.lemma_.lower(), []).append(tok.i)
        self._found: dict[tuple[frozenset[str], frozenset[str]], list[int]] = {}

    def tokens(self, words: Iterable[str] = (), lemmas: Iterable[str] = (), span: Span | None = None) -> list[Token]:
        """The tokens whose lower-case form is one of ``words`` or whose lemma is one of ``lemmas``, in
        text order (only those of ``span`` if given)."""
        key = (frozenset(words), frozenset(lemmas))
        found = self._found.get(key)
        if found is None:
            at = {i for w in _common(self.lower, key[0]) for i in self.lower[w]}
            at.update(i for w in _common(self.lemma, key[1]) for i in self.lemma[w])
            found = self._found[key] = sorted(at)
        if span is not None:
            found = found[bisect_left(found, span.start):bisect_left(found, span.end)]
        return [self.doc[i] for i in found]

    def containing(self, text: str) -> list[Token]:
        """The tokens whose text holds ``text`` ("-" for hyphenated words), in text order."""
        return [self.doc[i] for i in sorted(i for w in self.lower if text in w for i in self.lower[w])]


def _common(index: dict[str, list[int]], words: frozenset[str]) -> list[str]:
    """The words of ``words`` in ``index``, looked up from the smaller side."""
    if len(words) > len(index):
        return [w for w in index if w in words]
    return [w for w in words if w in index]
