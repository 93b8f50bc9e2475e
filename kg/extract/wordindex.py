"""Where each word of a document is, read in one pass: a rule that looks for a few words (a word
class, a lexicon's head words) visits those tokens only, not every token of the document."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from weakref import WeakKeyDictionary, ref

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.tokens import Doc, Span, Token

__all__ = ["IndexToken", "WordIndex", "conjuncts_of", "dependents", "dominates", "index_of", "kids_of", "subject_verb",
           "union"]

#: Each document's dependents, read once per token (see :func:`dependents`).
_DEPENDENTS: WeakKeyDictionary[Doc, list] = WeakKeyDictionary()
#: The document asked last (a weak reference) and its table: most calls ask of the same document, and
#: looking it up in ``_DEPENDENTS`` costs more than reading the table.
_LAST: list = [lambda: None, []]


#: spaCy's own ``tok.conjuncts`` (an :class:`IndexToken` reads the table it fills)
_CONJUNCTS = Token.conjuncts.__get__


def dependents(tok: Token) -> list[tuple[str, str, int]]:
    """(relation, lower-case word, position) of each child of ``tok``, read once per document: the argument
    and clause finders walk the same children many times, and spaCy makes new tokens at each walk."""
    if type(tok) is IndexToken:  # (most calls: the table is the token's own)
        kids = tok.deps
        if kids is not None:
            return kids
    doc = tok.doc
    last, table = _LAST
    if last() is not doc or len(table) != len(doc):
        table = _DEPENDENTS.get(doc)
        if table is None or len(table) != len(doc):  # new, or retokenized since
            table = _DEPENDENTS[doc] = [None] * len(doc)
        _LAST[:] = ref(doc), table
    kids = table[tok.i]
    if kids is None:
        words = _CURRENT[0]()
        if words is not None and words.doc is doc and len(words.toks) == len(doc):  # read on the index's tokens
            kids = [(c.dep_, c.lower_, c.i) for c in map(words.toks.__getitem__, words.below()[tok.i])]
        else:
            kids = [(c.dep_, c.lower_, c.i) for c in tok.children]
        table[tok.i] = kids
    if type(tok) is IndexToken:
        tok.deps = kids
    return kids


#: Each document's live :class:`WordIndex` (a weak reference, by the document's id), and the one asked last.
_INDEXES: dict[int, ref] = {}
_CURRENT: list = [lambda: None]


def index_of(doc: Doc) -> WordIndex | None:
    """The live index of ``doc`` (made for it by :class:`WordIndex`), or None."""
    found = _INDEXES.get(id(doc))
    words = found() if found is not None else None
    if words is None or words.doc is not doc or len(words.toks) != len(doc):  # (gone, another's, or retokenized)
        return None
    _CURRENT[0] = found
    return words


def kids_of(tok: Token) -> list[Token]:
    """``list(tok.children)``, made once per token from the tokens of the document's index (spaCy makes
    new tokens at each walk of ``tok.children``, about 0.3 us each); the list is shared: read it only."""
    if type(tok) is IndexToken:  # (most calls: kept on the token itself)
        found = tok.kids
        if found is not None:
            return found
    doc = tok.doc
    words = _CURRENT[0]()
    if words is None or words.doc is not doc or len(words.toks) != len(doc):
        words = index_of(doc)
        if words is None:
            return list(tok.children)
    toks = words.toks
    own = toks[tok.i]
    found = own.kids
    if found is None:
        found = own.kids = [toks[j] for _, _, j in dependents(tok)]
        words.held.append(own)
    return found


def conjuncts_of(tok: Token) -> tuple[Token, ...]:
    """``tok.conjuncts`` (which walks the tree at each call), made once per token as :func:`kids_of` is."""
    if type(tok) is IndexToken:
        found = tok.conj
        if found is not None:
            return found
    doc = tok.doc
    words = _CURRENT[0]()
    if words is None or words.doc is not doc or len(words.toks) != len(doc):
        words = index_of(doc)
        if words is None:
            return _CONJUNCTS(tok)
    toks = words.toks
    own = toks[tok.i]
    found = own.conj
    if found is None:
        found = own.conj = tuple(toks[t.i] for t in _CONJUNCTS(tok))
        words.held.append(own)
    return found


def dominates(tok: Token, i: int, steps: int = 64) -> bool:
    """Is the token at ``i`` in the subtree of ``tok`` (``tok`` itself, or below it within ``steps`` heads; with
    ``steps=len(doc)``, ``doc[i] in tok.subtree``)? Walked on the index's head positions: a walk up ``Token.head``
    makes a new token at each step, and ``tok.subtree`` a generator for each token below it."""
    words = _CURRENT[0]()
    if words is None or words.doc is not tok.doc or len(words.toks) != len(tok.doc):
        words = index_of(tok.doc)
    heads = words.heads() if words is not None else [t.head.i for t in tok.doc]
    for _ in range(steps):
        if i == tok.i:
            return True
        if heads[i] == i:
            return False
        i = heads[i]
    return False


def conj_host(verb: Token) -> Token:
    """The verb a conjunct verb is joined to: its head; but a past or present verb the parser joined to an
    infinitive ("refused to recognize the results and accused the government") is joined to the verb the
    infinitive hangs on."""
    head = verb.head
    if verb.tag_ in {"VBD", "VBZ"} and head.tag_ == "VB" and head.dep_ == "xcomp":
        return head.head
    return head


def subject_verb(verb: Token) -> Token:
    """The verb whose subject ``verb`` has: itself, or the verb it is joined to when it has no subject of its own
    ("Congo accused Rwanda and said it ...", "They came and arrested my husband")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(
            dep in {"nsubj", "nsubjpass"} for dep, _, _ in dependents(verb)):
        verb = verb.head
    return verb


class WordIndex:
    """Token positions by lower-case form and by lower-case lemma; the text and each token's part of
    speech (``pos``, spaCy's ids) as read from the document's arrays."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        table = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, SPACY, HEAD])
        cols = table[:, :6].T.tolist() if len(doc) else [[]] * 6
        orths, lowers, lemmas, self.pos = cols[:4]
        #: the position of each token's head (its own for a root)
        self._heads: list[int] = (table[:, 7].astype("int64") + numpy.arange(len(doc))).tolist()
        #: the document's tokens, made once (``doc[i]`` makes a new token at each call, about 0.25 us), each with
        #: the words and labels the rules read most (see :class:`IndexToken`)
        self.toks: list[Token] = _index_tokens(doc, cols, self._heads)
        #: ``doc.text``, which spaCy joins token by token at every call
        self.text = _join(doc.vocab.strings, orths, table[:, 6].tolist())
        toks = self.toks
        self.lower = {toks[at[0]].lower_: at for at in _positions(lowers).values()}
        self.lemma: dict[str, list[int]] = {}
        for at in _positions(lemmas).values():
            word = toks[at[0]].lemma_.lower()
            if word in self.lemma:  # two lemmas that differ in case only ("US", "us")
                at = sorted(self.lemma[word] + at)
            self.lemma[word] = at
        self._found: dict[tuple[frozenset[str], frozenset[str]], list[int]] = {}
        self._keys: tuple[frozenset[str], frozenset[str]] | None = None  # the words and lemmas, as sets
        self._sents: list[Span] = []
        self._sent_of: list[int] = []
        self._roots: dict[int, Token] = {}
        self._has: dict[frozenset[str], bool] = {}
        #: what other modules work out once per document about its words, each under a key of its own
        self.memo: dict[str, dict] = {}
        self._below: list[list[int]] | None = None
        #: the tokens that hold their children or conjuncts (see :func:`_forget`)
        self.held: list[Token] = []
        _INDEXES[id(doc)] = ref(self, lambda _, key=id(doc), held=self.held: _forget(key, held))

    def heads(self) -> list[int]:
        """The position of each token's head (its own for a root)."""
        return self._heads

    def below(self) -> list[list[int]]:
        """The positions of each token's children, in text order (spaCy's ``tok.children``), worked out once."""
        if self._below is None:
            self._below = [[] for _ in self._heads]
            for i, h in enumerate(self._heads):
                if h != i:
                    self._below[h].append(i)
        return self._below

    def sents(self) -> list[Span]:
        """The sentences of the document (``doc.sents``), made once."""
        if not self._sents and len(self.doc):
            self._sents = list(self.doc.sents)
            self._sent_of = [k for k, sent in enumerate(self._sents) for _ in range(len(sent))]
        return self._sents

    def sent(self, tok: Token) -> Span:
        """The sentence of ``tok``, as ``tok.sent`` gives it (which makes two spans and reads the whole
        document's annotation at every call)."""
        sents = self._sents or self.sents()
        return sents[self._sent_of[tok.i]]

    def sent_back(self, tok: Token, n: int) -> Span:
        """The sentence ``n`` sentences before the one of ``tok`` (the first sentence at most)."""
        sents = self._sents or self.sents()
        return sents[max(0, self._sent_of[tok.i] - n)]

    def root(self, tok: Token) -> Token:
        """The root of the sentence of ``tok`` (``tok.sent.root``, which reads every token of the sentence at
        each call), found once per sentence."""
        sents = self._sents or self.sents()
        k = self._sent_of[tok.i]
        found = self._roots.get(k)
        if found is None:
            found = self._roots[k] = self.toks[sents[k].root.i]
        return found

    def tokens(self, words: Iterable[str] = (), lemmas: Iterable[str] = (), span: Span | None = None) -> list[Token]:
        """The tokens whose lower-case form is one of ``words`` or whose lemma is one of ``lemmas``, in
        text order (only those of ``span`` if given)."""
        key = (frozenset(words), frozenset(lemmas))
        found = self._found.get(key)
        if found is None:
            if self._keys is None:  # (a set's intersection runs in C, over the smaller of the two sets)
                self._keys = frozenset(self.lower), frozenset(self.lemma)
            at = {i for w in key[0] & self._keys[0] for i in self.lower[w]}
            at.update(i for w in key[1] & self._keys[1] for i in self.lemma[w])
            found = self._found[key] = sorted(at)
        if span is not None and found:  # (most word classes are not in most sentences)
            found = found[bisect_left(found, span.start):bisect_left(found, span.end)]
        toks = self.toks
        return [toks[i] for i in found]

    def has_any(self, words: frozenset[str]) -> bool:
        """Does the document have one of ``words`` (in any case) as a word or a lemma? Answered once per
        document and word class: a rule that has nothing to find in a text says so at once, at each cue."""
        found = self._has.get(words)
        if found is None:
            lower, lemma = self.lower, self.lemma
            found = self._has[words] = any(w.lower() in lower or w.lower() in lemma for w in words)
        return found

    def span_root(self, start: int, end: int) -> Token:
        """``doc[start:end].root`` (which makes the span and walks its tokens to the top at each call), found once
        per stretch of text: the names of a text are asked about again and again."""
        if end - start == 1:
            return self.toks[start]
        roots = self.memo.setdefault("span roots", {})
        found = roots.get((start, end))
        if found is None:
            found = roots[start, end] = self.toks[self.doc[start:end].root.i]
        return found

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, read from :attr:`text` without making the span."""
        if end <= start:
            return ""
        last = self.toks[end - 1]
        return self.text[self.toks[start].idx:last.idx + len(last)]

    def containing(self, text: str) -> list[Token]:
        """The tokens whose text holds ``text`` ("-" for hyphenated words), in text order."""
        toks = self.toks
        return [toks[i] for i in sorted(i for w in self.lower if text in w for i in self.lower[w])]


class IndexToken(Token):
    """A token of a :class:`WordIndex`, which holds its words, labels and head as plain attributes (spaCy looks
    each label up in its string store at every read, ``tok.pos_`` about 0.25 us, and makes a new token at each
    ``tok.head``), and reads its conjuncts and ancestors from the index's tables. It reads as the token it
    stands for, and compares and hashes as it does."""

    #: its words and labels, its head, and what :func:`dependents`, :func:`kids_of` and :func:`conjuncts_of` found
    #: (None until asked; the children and conjuncts, which hold tokens that hold this one, are let go with the
    #: index, so that no cycle of tokens waits for the collector)
    __slots__ = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "head", "deps", "kids", "conj")

    @property
    def conjuncts(self) -> tuple[Token, ...]:
        return conjuncts_of(self)

    @property
    def ancestors(self) -> Iterator[Token]:
        tok = self
        for _ in range(len(self.doc)):
            if tok.head.i == tok.i:
                return
            tok = tok.head
            yield tok


#: Each string of a token's attributes by its id, for the process (the ids are hashes of the strings, or spaCy's
#: fixed symbols, the same in every vocabulary), read from a token the first time an id is met; a table that
#: grows past :data:`MAX_NAMES` strings starts again
_LABELS = IndexToken.__slots__[:6]
_NAMES: dict[str, dict[int, str]] = {attr: {} for attr in _LABELS}
MAX_NAMES = 200_000


def _index_tokens(doc: Doc, cols: list[list[int]], heads: list[int]) -> list[Token]:
    """The tokens of ``doc`` as :class:`IndexToken`, their attributes read from the columns of its arrays
    (ORTH, LOWER, LEMMA, POS, TAG, DEP) and their heads' positions."""
    vocab, attrs = doc.vocab, _LABELS
    text, lower, lemma, pos, tag, dep = (_NAMES[a] for a in attrs)
    toks = [IndexToken(vocab, doc, k) for k in range(len(doc))]
    for t, o, lo, le, p, tg, d in zip(toks, *cols):
        try:
            t.text, t.lower_, t.lemma_, t.pos_, t.tag_, t.dep_ = text[o], lower[lo], lemma[le], pos[p], tag[tg], dep[d]
        except KeyError:  # an id not met yet: learned from the token itself
            plain = doc[t.i]
            for attr, key in zip(attrs, (o, lo, le, p, tg, d)):
                if len(_NAMES[attr]) > MAX_NAMES:
                    _NAMES[attr].clear()
                setattr(t, attr, _NAMES[attr].setdefault(key, getattr(plain, attr)))
    for k, (t, h) in enumerate(zip(toks, heads)):
        t.head = toks[h] if h != k else doc[k]  # (a root's head is itself: a plain token, so that no token holds itself)
        t.deps = t.kids = t.conj = None
    return toks


def _forget(key: int, held: list[Token]) -> None:
    """Drop the entry of an index that is gone (unless a newer index of another document took its key), and let
    its tokens' children and conjuncts go."""
    for t in held:
        t.kids = t.conj = None
    found = _INDEXES.get(key)
    if found is not None and found() is None:
        del _INDEXES[key]


#: Each token text (and the same with its space) by its ORTH id, for the process: the id is a hash of the text,
#: the same in every vocabulary, and a dictionary reads it back quicker than spaCy's string store
_TEXTS: tuple[dict[int, str], dict[int, str]] = ({}, {})


def _join(strings, orths: list[int], spaces: list[int]) -> str:
    """The document's text from its tokens' ORTH ids and SPACY flags."""
    texts = _TEXTS
    try:
        return "".join([texts[sp][o] for o, sp in zip(orths, spaces)])
    except (KeyError, IndexError):  # a word not met yet (or a space flag other than 0 and 1): learned, then joined again
        for o, sp in zip(orths, spaces):
            texts[0].setdefault(o, strings[o])
            texts[1].setdefault(o, strings[o] + " ")
        return "".join([texts[1][o] if sp else texts[0][o] for o, sp in zip(orths, spaces)])


def _positions(values: list[int]) -> dict[int, list[int]]:
    """The positions of each value, in order."""
    out: dict[int, list[int]] = {}
    for i, v in enumerate(values):
        at = out.get(v)
        if at is None:
            out[v] = [i]
        else:
            at.append(i)
    return out


@lru_cache(maxsize=64)
def union(*classes: frozenset[str]) -> frozenset[str]:
    """The words of a few word classes together, made once: ``a | b`` makes a new set at each call, which
    :meth:`WordIndex.tokens` then hashes and compares anew (a rule asking once per sentence pays it each time)."""
    return frozenset().union(*classes)
