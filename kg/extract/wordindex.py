"""Where each word of a document is, read in one pass: a rule that looks for a few words (a word
class, a lexicon's head words) visits those tokens only, not every token of the document."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

__all__ = ["WordIndex"]


class WordIndex:
    """Token positions by lower-case form and by lower-case lemma."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lower: dict[str, list[int]] = {}
        self.lemma: dict[str, list[int]] = {}
        for tok in doc:
            self.lower.setdefault(tok.lower_, []).append(tok.i)
            self.lemma.setdefault(tok.lemma_.lower(), []).append(tok.i)

    def tokens(self, words: Iterable[str] = (), lemmas: Iterable[str] = (), span: Span | None = None) -> list[Token]:
        """The tokens whose lower-case form is one of ``words`` or whose lemma is one of ``lemmas``, in
        text order (only those of ``span`` if given)."""
        found = {i for w in _common(self.lower, words) for i in self.lower[w]}
        found.update(i for w in _common(self.lemma, lemmas) for i in self.lemma[w])
        if span is not None:
            found = {i for i in found if span.start <= i < span.end}
        return [self.doc[i] for i in sorted(found)]

    def containing(self, text: str) -> list[Token]:
        """The tokens whose text holds ``text`` ("-" for hyphenated words), in text order."""
        return [self.doc[i] for i in sorted(i for w in self.lower if text in w for i in self.lower[w])]


def _common(index: dict[str, list[int]], words: Iterable[str]) -> list[str]:
    """The words of ``words`` in ``index``, looked up from the smaller side."""
    if isinstance(words, (set, frozenset)) and len(words) > len(index):
        return [w for w in index if w in words]
    return [w for w in words if w in index]
