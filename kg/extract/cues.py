"""Finding cues: the lexicon entries a document's words stand for, looked up once per token."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from spacy.tokens import Span, Token

from kg.extract.names import verb_forms
from kg.extract.wordindex import WordIndex, dependents, kids_of
from kg.lexicon import Cue, Lexicon

__all__ = ["CueHit", "CueIndex", "find_cue"]

_NOT_CUE_PARTICLES = {"ahead", "forward"}  # "press ahead", "press on with": no request
_PARTICLE_DEPS = {"prt", "prep", "advmod"}  # ("pressed ahead with": "ahead" parsed as an adverb)
_SKIP_DEPS = {"conj", "cc", "ccomp", "advcl", "parataxis", "relcl"}
_REACH_DEPS = {"prep", "prt", "dobj", "pobj", "xcomp", "agent"}
_COMPOUND_PREPS = {"out": {"of"}, "away": {"from"}}  # two-word prepositions whose object a cue may name
_AMOUNTS = {"MONEY", "QUANTITY", "CARDINAL"}
_WHEN = {"DATE", "TIME"}
_TIME_PREPS = {"after", "before", "following", "since", "upon", "while"}  # "told reporters after meeting X"
_ROUNDS = {"round", "series"}  # a number of what the cue's next word names ("a round of talks")


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found in a document: its head token, the entry, and the words it spans."""

    tok: Token
    cue: Cue
    end_tok: Token  # last token of the cue phrase
    parts: tuple[int, ...] = ()  # the other words of a multiword cue

    @property
    def span(self) -> tuple[int, int]:
        """Character offsets from the head word to the last word of the cue."""
        return self.tok.idx, self.end_tok.idx + len(self.end_tok.text)


def _pos(tok: Token) -> str:
    pos = tok.pos_  # (read once: spaCy looks the name up at each read)
    if pos in {"VERB", "AUX"}:
        return "V"
    return "N" if pos in {"NOUN", "PROPN"} else "A" if pos == "ADJ" else ""


def _pool(tok: Token) -> dict[str, int]:
    """The words a multiword cue headed by ``tok`` may take its other words from: its dependents (and its
    prepositions', particles' and objects'), as the index of the first of them with each lemma or lower-case form."""
    kids = list(kids_of(tok))  # spaCy makes the tokens anew at each walk
    near = [c for c in kids if c.dep_ not in _SKIP_DEPS and not _dated(c)]
    if any(c.dep_ == "dobj" for c in near):  # "Ukrainian forces use attack helicopters": with an object of its
        near = [c for c in near if c.dep_ != "nsubj"]  # own, the verb's subject is no word of its cue ("use force")
    near += [c for c in kids if c.dep_ == "ccomp" and _verbless(c)]  # "holds Hamas responsible", "declared the
    # ambassador persona non grata": a clause with no verb of its own
    pool = near + [g for c in near if c.dep_ in _REACH_DEPS for g in kids_of(c)  # (not the verb of a relative clause:
                   if g.dep_ != "relcl" and not _gerund_after(g, tok) and not _second_word(c, g)  # "held drills, which
                   and (g.dep_ == "aux" or not _infinitive(c))]  # the North calls rehearsals" holds no call)
    pool += [o for c in near if c.lower_ in _COMPOUND_PREPS for p in kids_of(c)  # "pulled out of the talks": the
             if p.lower_ in _COMPOUND_PREPS[c.lower_] for o in kids_of(p) if o.dep_ == "pobj"]  # object of "out of"
    pool += [o for c in near if c.dep_ == "dobj" and (c.like_num or c.ent_type_ in _AMOUNTS or c.lemma_ in _ROUNDS)
             for p in kids_of(c) if p.dep_ == "prep" and p.lower_ in {"in", "of"} for o in kids_of(p)]  # "provide $50
    # million in aid", "held a new round of talks"
    pool += [q for c in near if c.dep_ == "dobj" for n in kids_of(c) if n.dep_ == "nummod" for q in kids_of(n)
             if q.dep_ == "quantmod" and q.i == tok.i + 1]  # "handed over 32 prisoners", "over" read as "more than"
    if tok.dep_ == "relcl":  # "the sanctions Washington has imposed": the noun is the verb's object
        pool.append(tok.head)
    pool += [m for c in kids if c.dep_ == "advcl" or c.dep_ in {"relcl", "acl"} and tok.pos_ == "NOUN"  # "called
             for m in kids_of(c) if m.dep_ == "mark"]  # for X to", "the EU's call for Russia to withdraw"
    if tok.pos_ in {"VERB", "AUX"}:  # "On Wednesday, Macron called ...": a fronted preposition is no particle,
        pool = [t for t in pool if not (t.dep_ in {"prep", "prt"} and t.head.i == tok.i and (  # nor one of a
            t.i < tok.i or any(o.ent_type_ in _WHEN for o in kids_of(t) if o.dep_ == "pobj")))]  # date ("called
    first: dict[str, int] = {}  # X on Monday" is no "call on")
    for t in pool:
        first.setdefault(t.lemma_.lower(), t.i)
        first.setdefault(t.lower_, t.i)
    return first


def _infinitive(tok: Token) -> bool:
    """"the government moved to disarm regional forces": the words of an infinitive are its own, no word of the
    verb it completes (but its "to" is: "told Hungary to comply")."""
    return tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids_of(tok))


def _verbless(clause: Token) -> bool:
    """Is a complement clause one with no verb of its own ("Hamas responsible", "the ambassador persona non grata",
    where "persona" may be tagged a verb), not a content clause ("that talks would resume")?"""
    return clause.pos_ in {"ADJ", "NOUN"} or clause.tag_ not in {"VBD", "VBZ", "VBP", "VBG", "VBN"} and not any(
        c.dep_ in {"aux", "auxpass", "mark", "neg"} for c in kids_of(clause))


def _gerund_after(word: Token, tok: Token) -> bool:
    """"told reporters after meeting Rama", "Macron called Zelenskyy after the strike": a gerund or noun after a
    preposition of time is an act of its own, no word of the cue ("told a meeting", "call a strike"); nor is what a
    preposition before a verb governs ("After their meeting, the two leaders told reporters")."""
    prep = word.head
    return prep.dep_ == "prep" and (word.dep_ in {"pcomp", "pobj"} and prep.lower_ in _TIME_PREPS
                                    or prep.i < tok.i == prep.head.i and tok.pos_ in {"VERB", "AUX"})


def _second_word(prep: Token, word: Token) -> bool:
    """"spoke face to face, according to IRNA", "due to pressure": the second word of a two-word preposition whose
    first is no preposition of its own (a verb's or an adjective's form) is no particle of the cue ("speak to")."""
    return prep.dep_ == "prep" and prep.tag_ != "IN" and word.dep_ in {"prep", "pcomp"} and word.tag_ == "IN"


def _dated(prep: Token) -> bool:
    """"fired his minister on Friday": a preposition whose object is a date is no particle of a cue."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in kids_of(prep))


def _match(tok: Token, cue: Cue, pool: dict[str, int]) -> CueHit | None:
    """The cue headed by ``tok`` when its other words are in its ``pool`` (:func:`_pool`)."""
    last, parts = tok.i, []
    for word in cue.words[1:]:
        hit = pool.get(word)
        if hit is None:
            return None
        parts.append(hit)
        last = max(last, hit)
    return CueHit(tok, cue, tok if last == tok.i else tok.doc[last], tuple(parts))


@lru_cache(maxsize=8)
def _head_words(lexicon: Lexicon) -> frozenset[str]:
    heads = {word for word, _ in lexicon.index}
    plurals = {w[:-1] + "ies" if w.endswith("y") else w + "s" for w, pos in lexicon.index if pos == "N"}  # (see find_cue)
    return frozenset(heads | plurals | {form for form, lemma in verb_forms().items() if lemma in heads}
                     | set(_regular_forms(lexicon)))


@lru_cache(maxsize=8)
def _regular_forms(lexicon: Lexicon) -> dict[str, str]:
    """The regular inflections of each verb cue's head word ("boycotts", "staged", "fined", "waging"), for the
    verbs the lemmatizer gets wrong ("fined" -> "fin", "staged" -> "stag", "boycotts" left as it is)."""
    out: dict[str, str] = {}
    for w in sorted(w for w, pos in lexicon.index if pos == "V" and w.isalpha() and len(w) > 2):
        stem = w[:-1] if w.endswith("e") else w
        forms = {w + "s", w + "es", stem + "ed", stem + "ing", w + w[-1] + "ed", w + w[-1] + "ing"}
        if w.endswith("y") and w[-2] not in "aeiou":
            forms |= {w[:-1] + "ies", w[:-1] + "ied"}
        for form in forms:
            out.setdefault(form, w)
    return out


def find_cue(tok: Token, lexicon: Lexicon, words: WordIndex | None = None) -> CueHit | None:
    """The longest lexicon cue headed by ``tok`` whose other words are its dependents (``words``, the
    document's index if given, rules out at once the cues whose other words the document lacks)."""
    pos = _pos(tok)
    if not pos:
        return None
    cues = (pos == "V" and _stative(tok, lexicon)) or lexicon.candidates(tok.lemma_.lower(), pos) or lexicon.candidates(
        tok.lower_, pos) or (
        pos == "V" and lexicon.candidates(verb_forms().get(tok.lower_, ""), pos)) or (  # "retook", tagged as present
        pos == "V" and lexicon.candidates(_regular_forms(lexicon).get(tok.lower_, ""), pos)) or (  # "fined" ("fin")
        tok.dep_ == "acomp" and tok.tag_ == "VBN" and lexicon.candidates(tok.lower_, "A")) or (  # "was concerned about"
        tok.tag_ == "NNPS" and tok.is_sent_start and lexicon.candidates(_singular(tok.lower_), pos))  # "Negotiations
    # between Britain and Mauritius began": a plural opening a sentence, tagged as a name, keeps its case as lemma
    if not cues:
        return None
    if pos == "N" and tok.ent_type_ == "DATE" and tok.text[:1].isupper():
        return None  # "since March": a month, not a march
    if pos == "N" and tok.head.lower_ == "in" and tok.dep_ == "pobj" and tok.lemma_.lower() in lexicon.of("idiom-in") \
            and not any(dep in {"det", "poss"} for dep, _, _ in dependents(tok)):
        return None  # "officials in charge of trade"
    if pos == "V" and any(dep in _PARTICLE_DEPS and low in _NOT_CUE_PARTICLES and i > tok.i and not _when(tok.doc[i])
                          for dep, low, i in dependents(tok)):
        return None  # (but "Ahead of the talks, Tiani warned ECOWAS": a fronted "ahead of" is when)
    if words is not None and len(cues[0].words) > 1:
        cues = _possible(cues, words)
    pool = _pool(tok) if cues and len(cues[0].words) > 1 else {}  # longest first: one word each, no other words
    hits: list[CueHit] = []
    for cue in cues:  # longest first
        if hits and len(cue.words) < len(hits[0].cue.words):
            break
        hits += [h for h in (_match(tok, cue, pool),) if h is not None]
    hit = min(hits, key=lambda h: (any(tok.doc[i].dep_ == "compound" for i in h.parts),
                                   max((abs(i - tok.i) for i in h.parts), default=0)), default=None)
    # of two cues as long, the one whose words are nearer ("suspended aid to Niger, following similar measures"),
    # its words heads rather than modifiers of a noun ("sent two aircraft carriers": carriers, not aircraft)
    if hit is not None:
        return None if pos == "V" and _noun_says_otherwise(hit, lexicon) else hit
    return None


def _when(particle: Token) -> bool:
    """"called up reservists ahead of a possible offensive": "ahead of" with its noun says when, not how (unlike
    "pressed ahead with the plan", "move forward")."""
    return particle.lower_ == "ahead" and any(c.dep_ == "prep" and c.lower_ == "of" for c in particle.children)


def _stative(tok: Token, lexicon: Lexicon) -> tuple[Cue, ...]:
    """"Egypt is opposed to the plan", "it is committed to peace": a participle the parser read as a passive with no
    doer, that the lexicon has as an adjective of a stand, is that adjective (said of its subject); feelings ("was
    appalled at") are read by statements.voiced_feelings."""
    if tok.tag_ != "VBN" or not any(dep == "auxpass" for dep, _, _ in dependents(tok)) or any(
            dep == "agent" for dep, _, _ in dependents(tok)):
        return ()
    return tuple(c for c in lexicon.candidates(tok.lower_, "A") if c.plover != "ACCUSE")


def _possible(cues: tuple[Cue, ...], words: WordIndex) -> tuple[Cue, ...]:
    """The cues whose other words the document has somewhere, as a word or a lemma (no other cue can match):
    worked out once per document and head word, since the written-out cues of a word class ("deliver <arms>")
    are many."""
    memo = words.memo.setdefault("cues", {})
    found = memo.get(id(cues))
    if found is None:
        present = memo.get("words")
        if present is None:
            present = memo["words"] = words.lower.keys() | words.lemma.keys()
        found = memo[id(cues)] = tuple(compress(cues, map(present.issuperset, _other_words(cues))))
    return found


_OTHER_WORDS: dict[int, tuple[tuple[Cue, ...], tuple[frozenset[str], ...]]] = {}


def _other_words(cues: tuple[Cue, ...]) -> tuple[frozenset[str], ...]:
    """The other words of each cue (all but the head word), made once per lexicon entry: a document asks
    whether it has them all with one subset test per cue."""
    known = _OTHER_WORDS.get(id(cues))
    if known is None or known[0] is not cues:  # (the tuple kept with its id, which no other tuple can then take)
        known = _OTHER_WORDS[id(cues)] = (cues, tuple(frozenset(c.words[1:]) for c in cues))
    return known[1]


def _singular(word: str) -> str:
    """"negotiations" -> "negotiation", "hostilities" -> "hostility": a plural's singular, for nouns that the
    lemmatizer left alone."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _noun_says_otherwise(hit: CueHit, lexicon: Lexicon) -> bool:
    """"launched a hunger strike": a verb that only carries out what its noun names ("launched a strike" is the
    strike's event) gives way when the noun heads a longer cue of another type ("hunger strike", a protest).
    A verb that does something to the noun keeps its cue ("lift the travel ban")."""
    for i in hit.parts:
        tok = hit.tok.doc[i]
        if tok.pos_ != "NOUN":
            continue
        alone = [c for c in lexicon.candidates(tok.lemma_.lower(), "N") if len(c.words) == 1]
        if alone and alone[0].plover == hit.cue.plover and (own := find_cue(tok, lexicon)) is not None \
                and len(own.cue.words) > 1 and own.cue.plover != hit.cue.plover:
            return True
    return False


class CueIndex:
    """Every cue of a document, found once. Words of a multiword cue ("held talks": "talks")
    are no cues of their own; cues with no event type only state positions."""

    def __init__(self, words: WordIndex, lexicon: Lexicon, names: frozenset[int] = frozenset()) -> None:
        """``names``: tokens inside a name of several words, which hold no cue ("the Working Group on
        Arbitrary Detention", "the African Union Support Mission")."""
        self.hits: dict[int, CueHit] = {}
        self.consumed: set[int] = set()
        heads = _head_words(lexicon)  # only a token whose word or lemma heads a cue can be one
        for tok in words.tokens(heads, heads):
            hit = find_cue(tok, lexicon, words) if tok.i not in names else None
            if hit is not None:
                self.hits[tok.i] = hit
                if hit.cue.event:
                    self.consumed.update(hit.parts)
                    self.consumed.update(c.i for i in hit.parts if words.toks[i].pos_ == "NOUN"
                                         for c in words.toks[i].conjuncts
                                         if c.pos_ == "NOUN")  # "suspended aid and budgetary support": both suspended
        self._order = list(self.hits)  # the cues' positions, in text order
        self._events = {i: hit for i, hit in self.hits.items() if hit.cue.event}  # (asked of many tokens per cue)

    def at(self, tok: Token) -> CueHit | None:
        """The event cue headed by ``tok`` (even when it is part of a longer cue), or None."""
        return self._events.get(tok.i)

    def any_of(self, plover: str, start: int, end: int) -> bool:
        """Is there an event cue of type ``plover`` among tokens ``start`` to ``end`` (not included)?"""
        order = self._order
        return any(self._events.get(i) is not None and self._events[i].cue.plover == plover
                   for i in order[bisect_left(order, start):bisect_left(order, end)])

    def stance(self, tok: Token) -> CueHit | None:
        """The cue of ``tok`` that states a position but no event, or None."""
        hit = self.hits.get(tok.i)
        return hit if hit is not None and not hit.cue.event else None

    def heads(self, sent: Span) -> Iterator[CueHit]:
        """The cues of a sentence to code, in text order."""
        order = self._order
        for i in order[bisect_left(order, sent.start):bisect_left(order, sent.end)]:
            if i not in self.consumed:
                yield self.hits[i]
