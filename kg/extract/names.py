"""Where a text names actors: dictionary names, NER names repaired, and persons named by a title.

The longest name wins: a dictionary alias inside a longer organisation name the NER found does
not fire ("the World Uyghur Congress" is not the US Congress); that name becomes an actor of its
own, the organ of a country when it starts with the country ("Iraqi National Intelligence
Service"). NER spans are trimmed of articles, possessives and trailing common words ("Isis from"),
of a place or title glued before a person ("Myanmar Andrew Kirkwood"); one-word spans that are
ordinary English words ("Borders", "Justice") and names of places are no actors.
"""
from __future__ import annotations

import re

from bisect import bisect_left

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.actors import ActorDict, slug
from kg.extract.wordindex import WordIndex, kids_of
from kg.lexicon import Lexicon
from kg.model import Actor

__all__ = ["Name", "NameFinder", "variants", "english_word"]

_REGNAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")  # Roman numerals of a ruler or pope ("II", "XIV")

_MATCHERS: dict[tuple[int, int], PhraseMatcher] = {}
_DASHES = {"-", "—", "–", "--"}
_OPEN_QUOTES = {'"', "“", "‘", "'"}
_CLOSE_QUOTES = {'"', "”", "’", "'"}
_PLACE_PREPS = {"in", "at", "into", "near", "from", "across", "to", "toward", "towards", "inside", "outside", "around",
                "through", "within", "on"}
_PLACE_POSITION = _PLACE_PREPS - {"at", "from", "to"}  # where an NER name is a place, not an organisation
_MEASURES = {"SANCTION", "COERCE"}  # measures laid "on" someone ("sanctions on Sali Berisha")


@dataclass(frozen=True, slots=True)
class Name:
    """A stretch of text that names one actor."""

    start: int
    end: int
    actor: str
    how: str  # name | demonym | capital | surname


def variants(surface: str) -> set[str]:
    """The spellings of an alias the matcher accepts: as written, with a lower-case first letter
    ("the White House"), straight or curly apostrophes, a space for a hyphen ("al Shabab"), and an
    acronym with dots ("C.A.R.")."""
    forms = {surface}
    if surface.isalpha() and surface.isupper() and 2 <= len(surface) <= 5:
        dotted = "".join(f"{c}." for c in surface)
        forms |= {dotted, dotted[:-1]}  # "CAR" is also written "C.A.R." (and "C.A.R" before a full stop)
    if " " in surface and not surface.isupper():
        forms.add(surface[0].lower() + surface[1:])
    if "-" in surface and " " not in surface.split("-", 1)[1][:1]:
        forms |= {f.replace("-", " ") for f in forms}
    return forms | {f.replace("'", "’") for f in forms} | {f.replace("’", "'") for f in forms}


def _matcher(actors: ActorDict, vocab: Vocab) -> PhraseMatcher:
    """One PhraseMatcher over every name, demonym and capital, built once per dictionary."""
    key = id(actors), id(vocab)
    if key not in _MATCHERS:
        tokenizer = English(vocab=vocab).tokenizer
        matcher = PhraseMatcher(vocab, attr="ORTH")
        tables = {"name": actors.names, "demonym": actors.demonyms, "capital": actors.capitals}
        for how, table in tables.items():
            for surface in sorted(table):
                matcher.add(f"{how}|{table[surface]}", [tokenizer(f) for f in sorted(variants(surface))])
        _MATCHERS.clear()
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def _longest(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """spaCy's ``filter_spans`` on the matcher's (match id, start, end) triples, before any span is made:
    the longest match wins (the first of two as long), none overlaps another; in text order."""
    seen: set[int] = set()
    out = []
    for m, s, e in sorted(matches, key=lambda x: (x[2] - x[1], -x[1]), reverse=True):
        if s not in seen and e - 1 not in seen:
            out.append((m, s, e))
            seen.update(range(s, e))
    return sorted(out, key=lambda x: x[1])


@cache
def _english() -> frozenset[str]:
    """The words of the English lemmatizer's tables (nouns, verbs, adjectives, adverbs and their
    irregular forms), from the installed English model; empty when it has none."""
    words: set[str] = set()
    for lookups in _lemma_lookups():
        for table in ("lemma_index", "lemma_exc"):
            if lookups.has_table(table):
                for part in lookups.get_table(table).values():
                    words |= set(part)
    return frozenset(w for w in words if isinstance(w, str))


@cache
def verb_forms() -> dict[str, str]:
    """Irregular verb forms and their lemma ("retook" -> "retake"), from the installed English model's
    lemmatizer exceptions: for verbs the tagger reads as a present form, whose lemma is then the form."""
    out: dict[str, str] = {}
    for lookups in _lemma_lookups():
        if lookups.has_table("lemma_exc") and "verb" in lookups.get_table("lemma_exc"):
            out.update({form: lemmas[0] for form, lemmas in lookups.get_table("lemma_exc")["verb"].items() if lemmas})
    return out


def _lemma_lookups() -> tuple:
    """The lemmatizer lookup tables of the installed English model (none when it has none), read from disk
    by each cached reader above, which keeps only what it needs."""
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    from kg.nlp import DEFAULT_MODEL

    try:
        root = get_package_path(DEFAULT_MODEL)
    except (ImportError, OSError, ValueError):
        return ()
    return tuple(Lookups().from_disk(path) for path in sorted(root.glob("*/lemmatizer/lookups")))


def english_word(word: str) -> bool:
    """An ordinary English word ("Borders", "Justice", "Media"), in the singular or plural."""
    low = word.lower()
    words = _english()
    return low in words or (low.endswith("s") and (low[:-1] in words or low[:-2] in words and low.endswith("es")))


def capital(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def _joiner(tok: Token, particles: frozenset[str]) -> bool:
    """A small word that may stand inside a name ("Alliance on China", "Heart and Soul", "al-Rufay'i")."""
    return tok.is_stop or tok.text in _DASHES or tok.text in {"&", "’s", "'s"} or tok.lower_ in particles \
        or tok.tag_ == "POS"  # "the Sudan Doctors' Syndicate"


def _syllable(tok: Token) -> bool:
    """The lower-case second half of a hyphenated given name ("ho" of "Kim Yung-ho", "yeol" of
    "Yoon Suk-yeol"): glued to a hyphen that is glued to a capitalised word, inside the NER's person name
    (not "led" of "Hamas-led")."""
    doc = tok.doc
    return tok.is_alpha and tok.is_lower and tok.i >= 2 and doc[tok.i - 1].text == "-" and tok.ent_type_ == "PERSON" \
        and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].text[:1].isupper() \
        and doc[tok.i - 2].is_alpha


def ent_free(tok: Token) -> bool:
    """No entity of the NER covers the token."""
    return tok.ent_iob_ in {"O", ""}


def dateline_end(doc: Doc) -> int:
    """The token after a dateline that opens the text ("BEIRUT, Dec 1 (Reuters) -"), or 0."""
    for tok in doc[:14]:
        if (tok.text in _DASHES or tok.text == "—") and tok.i > 0 and (tok.text == "—" or doc[tok.i - 1].whitespace_):
            # a hyphen joining two words ("Kenya-U.S.") is no dateline's dash
            head = doc[: tok.i]
            if head and capital(head[0]) and not any(t.pos_ in {"VERB", "AUX"} for t in head) and (
                    head[0].is_upper and len(head[0]) > 1 or any(t.text == "(" for t in head)):
                return tok.i + 1
            return 0
        if tok.pos_ in {"VERB", "AUX"} or tok.text == ".":
            return 0
    return 0


@dataclass
class NameFinder:
    """Finds the names of one document: ``names`` (token -> Name) and ``found`` (new actors)."""

    doc: Doc
    actors: ActorDict
    lex: Lexicon
    words: WordIndex

    def __post_init__(self) -> None:
        self.names: dict[int, Name] = {}
        self.found: dict[str, Actor] = {}
        self.organ_of: dict[str, str] = {}  # a new organ -> its state ("Thai Bureau of Immigration")
        self.also: dict[int, tuple[str, ...]] = {}  # a hyphenated pair -> both actors ("U.S.-Russian")
        self._starts_of: list[int] = []  # where dictionary matches start
        self._dateline = 0  # the token after a dateline that opens the text
        self._acronyms: dict[str, str] = {}  # an acronym in brackets -> the new organisation it names
        self._ner: tuple[Span, ...] = self.doc.ents  # spaCy reads every token at each ``doc.ents``

    def run(self) -> NameFinder:
        ner = [n for n in (self._clean(e) for e in self._ents()) if n is not None]
        persons = [s for s, k in ner if k == "person"]
        titled = [(s, k) for s, k in self._titled_persons()
                  if not any(p.start <= s.start and s.end <= p.end for p in persons)]
        titled += list(self._described_orgs()) + list(self._pollsters()) + list(self._field_organs()) \
            + list(self._newswires())
        taken = {i for s, _ in titled for i in range(s.start, s.end)}
        ner = [(s, k) for s, k in ner if not any(i in taken for i in range(s.start, s.end))] + titled
        self._dictionary(ner)
        self._new_names(ner)
        self._acting_names()
        self._short_forms()
        self._initials()
        self._peoples()
        self._drop_places()
        self._hyphen_pairs()
        self._regnal_numbers()
        self._communities()
        self._region_demonyms()
        return self

    def _region_demonyms(self) -> None:
        """"The South American country", "Latin American leaders", "North African states": a demonym after a word of
        a part of the world names that part, not the state ("American" is not the United States there)."""
        toks = self.words.toks
        for start, name in list(self._starts()):
            if name.how == "demonym" and name.end - start == 1 and start > 0 \
                    and toks[start - 1].lower_ in self.lex.of("world-part") and toks[start - 1].text[:1].isupper() \
                    and start - 1 not in self.names:
                del self.names[start]

    def _communities(self) -> None:
        """"Kosovo Serb leaders", "Turkish Cypriot leader Ersin Tatar", "the Iranian American journalist": a people's
        demonym right after a state's name or demonym names a community that lives there, not either state."""
        toks = self.words.toks
        for start, name in list(self._starts()):
            nxt = self.names.get(name.end)
            if nxt is None or nxt.start != name.end or nxt.how != "demonym" or name.how not in {"name", "demonym"} \
                    or nxt.actor == name.actor or self.kind(name.actor) != "state" or self.kind(nxt.actor) != "state" \
                    or "-" in toks[name.end - 1].whitespace_ + toks[name.end].text:
                continue
            for i in range(start, nxt.end):
                del self.names[i]

    def _regnal_numbers(self) -> None:
        """"Jordan's King Abdullah II", "King Charles III": the numeral after a person's name is part of it (the
        parser makes it the head the verb hangs on)."""
        toks = self.words.toks
        for start, name in list(self._starts()):
            nxt = name.end
            if nxt < len(toks) and nxt not in self.names and _REGNAL.fullmatch(toks[nxt].text) \
                    and toks[nxt].tag_ == "NNP" and self.kind(name.actor) == "person":
                self._add(start, nxt + 1, name.actor, name.how)

    # -- dictionary -----------------------------------------------------------
    def _dictionary(self, ner: list[tuple[Span, str]]) -> None:
        matcher = _matcher(self.actors, self.doc.vocab)
        spans = [Span(self.doc, s, e, label=m) for m, s, e in _longest(matcher(self.doc))]
        skip = self._dateline = dateline_end(self.doc)
        self._starts_of = sorted(s.start for s in spans)
        named = {span.label_.split("|", 1)[1] for span in spans}
        covering: dict[int, list[tuple[Span, str]]] = {}  # token -> the NER names over it, in their order
        for n, kind in ner:
            for i in range(n.start, n.end):
                covering.setdefault(i, []).append((n, kind))
        for span in spans:
            how, actor_id = span.label_.split("|", 1)
            if span.start < skip or (how == "capital" and self._is_place(span)) or self._foreign_organ(span, named) \
                    or self._place_of(span) or self._cut_name(span) or self._other_states_organ(span) \
                    or self._glued(span) or self._birthplace(span):
                continue
            outer = next((n for n, kind in covering.get(span.start, ()) if self._swallows(n, kind, span)), None)
            if outer is not None:
                if span.start == outer.start and self.kind(actor_id) != "person" and self._organ(outer) \
                        and not any(t.lower_ in self.lex.of("insurgent-word") for t in outer):  # "Sudan Liberation Army"
                    self.organ_of[slug(outer.text)] = actor_id
                continue
            self._add(span.start, span.end, actor_id, how)
            self._bracketed_acronym(span, actor_id)
        for span in spans:
            self._spelled_out(span)

    def _birthplace(self, span: Span) -> bool:
        """"Georgia's French-born president": where a person was born names no actor of the story."""
        doc = self.doc
        return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "born"

    def _bracketed_acronym(self, span: Span, actor_id: str) -> None:
        """"The Kachin Independence Army (KIA)": an acronym in brackets after a known organisation's name,
        made of its initials, names it in the rest of the text ("KIA spokesman Naw Bu") when the dictionary
        does not know the acronym as a name of its own."""
        short = self._acronym_after(span) if self.kind(actor_id) == "organization" else None
        if short is not None and short.text not in self.actors.names:
            self._acronyms.setdefault(short.text, actor_id)

    def _glued(self, span: Span) -> bool:
        """"CSP-DPA", "Al-Fateh Qurashi", "Park Jin-woo": a match glued by a hyphen to a capitalised word that names no actor
        is a piece of a longer name, not the news agency DPA or the Fatah movement."""
        doc = self.words.toks
        before = span.start >= 2 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_ \
            and not doc[span.start - 1].whitespace_ and doc[span.start - 2]
        after = span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_ \
            and not doc[span.end].whitespace_ and doc[span.end + 1]
        return any(tok and tok.is_alpha and tok.text[:1].isupper() and not self._lookup(tok.text)
                   and (not english_word(tok.text) or tok.lower_ in self.lex.of("particle")) for tok in (before, after)) \
            or bool(after) and _syllable(after)  # "Park Jin" of "Park Jin-woo"

    def _spelled_out(self, span: Span) -> None:
        """"The Armed Forces of the Democratic Republic of Congo (FARDC)": the capitalised name right before a
        known organisation's acronym in brackets, sharing its initials, is that organisation's long name."""
        doc, toks, i = self.doc, self.words.toks, span.start - 1
        if span.end - span.start != 1 or i < 1 or toks[i].text != "(" or span.end >= len(toks) \
                or toks[span.end].text != ")":
            return
        actor_id = span.label_.split("|", 1)[1]
        if self.kind(actor_id) != "organization" or not span.text.replace("-", "").isupper():
            return
        first = self._name_run(i)
        if first is None or any(self.names.get(j) and self.names[j].actor == actor_id for j in range(first, i)):
            return
        letters = {c for c in span.text if c.isalpha()}
        initials = {t.text[0] for t in doc[first:i] if t.text[:1].isupper()}
        if len(letters & initials) >= 2 and 2 * len(letters & initials) >= len(letters):
            self._add(first, i, actor_id, "name")

    def _name_run(self, end: int) -> int | None:
        """Where the capitalised name ending right before token ``end`` starts (small words may stand inside
        it, not "and the" that joins two names), or None."""
        doc, start = self.doc, end
        sent = doc[end].sent.start
        while start > sent and end - start < 12:
            tok = doc[start - 1]
            if tok.text[:1].isupper() and not tok.is_punct or tok.is_lower and tok.is_stop and tok.lower_ != "and" \
                    or tok.lower_ == "and" and doc[start].lower_ != "the":
                start -= 1
                continue
            break
        while start < end and (not doc[start].text[:1].isupper() or doc[start].is_stop):  # "The Armed Forces"
            start += 1
        return start if end - start >= 2 and doc[end - 1].text[:1].isupper() else None

    def _cut_name(self, span: Span) -> bool:
        """"The West Bank", "the West African bloc": a match that ends inside the longer name of a place or a
        people (one entity of the NER, with the next capitalised word) is no name of its own."""
        if span.end >= len(self.words.toks) or self.words.toks[span.end - 1].ent_type_ not in {"GPE", "LOC", "NORP", "FAC"}:
            return False
        nxt = self.words.toks[span.end]
        return nxt.ent_iob_ == "I" and nxt.is_alpha and nxt.text[:1].isupper()

    def _foreign_organ(self, span: Span, named: set[str]) -> bool:
        """A one-word organ name that is also a common word ("Congress", "Senate") names that state's
        organ only in a text that names the state."""
        actor = self.actors.get(span.label_.split("|", 1)[1])
        if actor is None or actor.category != "organs" or len(span) > 1 or not span.text.istitle() \
                or not english_word(span.text) or span.text.lower() in self.lex.of("own-name"):
            return False
        state = actor.affiliation
        for _ in range(4):
            parent = self.actors.get(state)
            if parent is None or parent.category != "organs":
                break
            state = parent.affiliation
        return state not in named

    def _other_states_organ(self, span: Span) -> bool:
        """"India's Foreign Office": an organ the dictionary knows by a bare name of one state (the
        British "Foreign Office") that another state, named right before it, owns."""
        actor = self.actors.get(span.label_.split("|", 1)[1])
        doc, i = self.doc, span.start - 1
        if actor is None or actor.category != "organs" or i < 0 or span[0].text in self.actors.demonyms:
            return False
        i -= doc[i].tag_ == "POS"
        owner = self._lookup(doc[i].text) if i >= 0 else None
        return owner is not None and self.kind(owner) == "state" and owner != actor.affiliation

    def _is_place(self, span: Span) -> bool:
        """A capital or country used as the place where something happens, or a capital described as
        a city ("Khartoum, the capital of Sudan"; an attacked capital stands for its state)."""
        head = self._root(span)
        owner = head.head.head  # "lashed out at", "took a swipe at", "drew a rebuke from": the word or its object
        said = {w.lemma_ for w in (owner, *(c for c in kids_of(owner) if c.dep_ == "dobj"))}
        if head.dep_ == "pobj" and (head.head.lower_ == "at" and said & self.lex.of("aimed-at")
                                    or head.head.lower_ == "from" and said & self.lex.of("from-whom")
                                    or head.head.lower_ == "to" and said & self.lex.of("addressed-to")):
            return False  # whom it is aimed at ("lashed out at Washington"), who it comes from ("a rebuke from
            # Beijing"), whom it is addressed to ("appealed to Moscow")
        if head.dep_ == "pobj" and head.head.lower_ == "from" and head.head.head.lower_ in self.lex.nouns_of("person"):
            return False  # whom people act for ("officials from Washington", "diplomats from Moscow")
        if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS - {"on"}:
            return True
        if self._city(head):
            return True
        if head.dep_ == "poss" and head.head.lower_ in self.lex.of("place-owner"):
            return True
        return head.dep_ in {"npadvmod"} or (head.dep_ == "compound" and head.head.lower_ in self.lex.of("lodging"))

    def _place_of(self, span: Span) -> bool:
        """"The Gulf of Guinea", "the Horn of Africa", "Mocimboa da Praia": a name inside a place's name."""
        head, doc = self._root(span), self.words.toks
        if span.start >= 2 and doc[span.start - 1].is_lower and doc[span.start - 1].lower_ in self.lex.of("particle") \
                and doc[span.start - 2].text[:1].isupper() and doc[span.start - 2].is_alpha \
                and self.kind(span.label_.split("|", 1)[1]) == "state":
            return True  # a capital or country after "da", "de": the end of a town's name
        return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in self.lex.of("place-owner") \
            and head.head.head.text[:1].isupper()

    def _organ(self, name: Span) -> bool:
        return self._root(name).lower_ in self.lex.of("organ") or name[-1].lower_ in self.lex.of("organ")

    def _swallows(self, name: Span, kind: str, match: Span) -> bool:
        """A longer name holds the dictionary match: "World Uyghur Congress" holds "Congress",
        "Abbas Araghchi" holds "Abbas" (another man's surname)."""
        if not (name.start <= match.start and match.end <= name.end) or len(name) == len(match):
            return False
        if bisect_left(self._starts_of, name.end) - bisect_left(self._starts_of, name.start) > 1 \
                and any(t.lower_ in {"and", "or", "&", ","} for t in name):
            return False  # the NER glued a list together
        if kind == "organization":
            head = self._root(name)
            if head.lower_ not in self.lex.of("org-head"):  # "the United States International University-Africa"
                head = next((t for t in self.words.toks[match.end: name.end] if t.lower_ in self.lex.of("org-head")),
                            name[-1] if name[-1].lower_ in self.lex.of("org-head") else self._cause_head(name, match, head))
            return self._national_body(name) or self._cause_name(name, match) or self._demonym_named(name, match) \
                or self._spelled_whole(name, match) or self._before_head(name, match) \
                or head.lower_ in self.lex.of("org-head") and (
                not (match.start <= head.i < match.end) or any(
                    self._name_word(t) and not self._lookup(t.text) for t in self.words.toks[name.start: match.start]))
        if match.label_.split("|", 1)[0] in {"capital", "demonym"}:
            return True  # "Ana Lima" is no capital
        nxt = self.doc[match.end] if match.end < name.end else None
        if kind == "person" and match.end == name.end and len(match) == 1 and name.end - name.start >= 3 \
                and self.kind(match.label_.split("|", 1)[1]) == "organization":
            return True  # "Mohammad Yousuf Wafa" is no news agency WAFA
        return match.start == name.start and nxt is not None and self._name_word(nxt)

    def _before_head(self, name: Span, match: Span) -> bool:
        """"The Kenya Kwanza coalition", "the Myanmar Tatkon party": a name that opens with a known one, the rest name
        words that name no actor, set right before a lower-case head noun of organisations it qualifies, is one name."""
        toks, end = self.words.toks, name.end
        rest = toks[match.end: end]
        return end < len(toks) and match.start == name.start and bool(rest) and toks[end].is_lower \
            and toks[end].lower_ in self.lex.of("org-head") and self._root(name).head.i == end \
            and all(self._name_word(t) and not self._lookup(t.text) for t in rest)

    def _cause_head(self, name: Span, match: Span, head: Token) -> Token:
        """"The National Union for the Total Independence of Angola", "the Patriotic Forces for the Liberation of the
        Congo": a movement's head noun before "for" and the cause it names, the country last, which the parse does
        not make the name's head; else ``head``. Not a ministry's ("Ministry for Foreign Affairs of X")."""
        toks = self.words.toks
        return next((t for t in toks[name.start: match.start - 1] if t.lower_ in self.lex.of("org-head")
                     and t.lower_ not in self.lex.of("field-organ") and toks[t.i + 1].lower_ == "for"), head)

    def _spelled_whole(self, name: Span, match: Span) -> bool:
        """"Radio Television Afghanistan (RTA)": the acronym in brackets after the name spells the initials of all
        its capitalised words, the country's too, so the country is part of the name."""
        short = self._acronym_after(name)
        initials = "".join(t.text[0] for t in name if t.text[:1].isupper() and t.is_alpha)
        return short is not None and short.text == initials and any(t.text[:1].isupper() for t in match)

    def _demonym_named(self, name: Span, match: Span) -> bool:
        """"The Sudanese Red Crescent", "the Kenyan Red Cross": a demonym that opens an organisation's name,
        followed by two or more name words that name no actor, is part of the name."""
        rest = [t for t in self.words.toks[match.end: name.end]]
        return match.label_.split("|", 1)[0] == "demonym" and match.start == name.start and len(rest) >= 2 \
            and all(self._name_word(t) and not self._lookup(t.text) for t in rest) \
            and rest[-1].lower_ not in self.lex.of("place-noun") | self.lex.of("not-actor-head") \
            and not (name.end < len(self.doc) and self.doc[name.end].lower_ in self.lex.of("title"))  # "... Security Adviser X"

    def _cause_name(self, name: Span, match: Span) -> bool:
        """"Zimbabwe Lawyers for Human Rights", "Sudanese Women Against War": a group named by its members and
        its cause, "for", "without" or "against" between capitalised words after the match, is one name."""
        return any(t.lower_ in {"for", "without", "against"} and t.i > match.end and t.i + 1 < name.end
                   and self._name_word(self.doc[t.i - 1]) and self.doc[t.i - 1].tag_ in {"NNS", "NNPS"}
                   and capital(self.doc[t.i + 1]) for t in name)

    def _national_body(self, name: Span) -> bool:
        """"The Ethiopian Human Rights Council", "the Kenya Red Cross": a country's own body, not the
        international one whose name, without its qualifier, the dictionary knows ("Human Rights Council")."""
        states, k = set(), name.start
        while k < name.end and (found := self._lookup(self.doc[k].text)) is not None and self.kind(found) == "state":
            states.add(found)
            k += 1
        rest = self.doc[k: name.end].text
        actor = self.actors.get(self._lookup(rest) or "") if states and k < name.end else None
        return actor is not None and actor.kind == "organization" and rest != actor.label and rest in actor.label \
            and actor.affiliation not in states

    def _name_word(self, tok: Token) -> bool:
        low = tok.lower_
        return (capital(tok) and tok.is_alpha and low not in self.lex.of("title") and not self.lex.noun(low)[0]
                and low not in self.lex.of("honorific"))

    # -- NER names -------------------------------------------------------------
    def _ents(self) -> list[Span]:
        """NER entities, with an organisation cut in two at "for/of/on (the)" joined again
        ("Cambodian League" + "for the" + "Promotion and Defense of Human Rights")."""
        ents = [part for ent in self._ner for part in self._split(ent)]
        out: list[Span] = []
        for ent in ents:
            prev = out[-1] if out else None
            gap = self.doc[prev.end: ent.start] if prev is not None and prev.label_ == ent.label_ == "ORG" else None
            if gap is not None and 1 <= len(gap) <= 2 \
                    and gap[0].lower_ in {"for", "of", "on"} and all(t.lower_ in {"for", "of", "on", "the"} for t in gap) \
                    and self._root(prev).lower_ in self.lex.of("org-head"):
                out[-1] = Span(self.doc, prev.start, ent.end, label="ORG")
            else:
                out.append(ent)
        return out

    def _split(self, ent: Span) -> list[Span]:
        """Two names the NER glued with "and" ("Phnom Penh Post and Voice of Democracy"): the first
        ends with an organisation's head noun, the second starts with a capital."""
        if ent.label_ == "ORG":
            for tok in ent[1:-1]:
                if tok.lower_ == "and" and self.doc[tok.i - 1].lower_ in self.lex.of("org-head") \
                        and capital(self.doc[tok.i + 1]):
                    return [Span(self.doc, ent.start, tok.i, label="ORG"), Span(self.doc, tok.i + 1, ent.end, label="ORG")]
        return [ent]

    def _clean(self, ent: Span) -> tuple[Span, str] | None:
        """An NER person or organisation without what does not belong to the name; a "place" whose
        name ends in or is headed by an organisation's head noun is an organisation ("the East-West Center")."""
        if ent.label_ in {"LOC", "FAC"} and any(t.lower_ in self.lex.of("org-head") and t.lower_ not in
                                                 self.lex.of("place-noun") for t in (ent[-1], self._root(ent))):
            ent = Span(self.doc, ent.start, ent.end, label="ORG")  # "the Africa Center for Strategic Studies"
        if ent.label_ == "PERSON" and self._named_org(ent):
            ent = Span(self.doc, ent.start, ent.end, label="ORG")  # "the Frelimo party", "the Wagner group"
        if ent.label_ == "ORG" and (ent := self._office_field(ent)) is None:
            return None
        if ent.label_ not in {"PERSON", "ORG"} or self._ship(ent):
            return None
        doc, toks, start, end = self.doc, self.words.toks, ent.start, ent.end
        if ent.label_ == "ORG" and start >= 2 and toks[start - 1].lower_ == "and" and capital(toks[start - 2]) \
                and capital(toks[start]) and not toks[start - 2].ent_type_ and self._root(ent).lower_ in self.lex.of("org-head"):
            start -= 2  # "Heart and Soul Television"
        while start < end and (toks[start].pos_ in {"DET", "PUNCT"} or toks[start].lower_ == "the"
                               or not capital(toks[start]) and english_word(toks[start].text)
                               and not _joiner(toks[start], self.lex.of("particle"))):
            start += 1  # "as army pounds Khartoum": no name starts with a common word in lower case
        for i in range(start + 1, end):
            if not capital(toks[i]) and not _joiner(toks[i], self.lex.of("particle")) and not _syllable(toks[i]):
                end = i
                break
        while end > start and (toks[end - 1].tag_ == "POS" or toks[end - 1].is_punct
                               or not capital(toks[end - 1]) and not _syllable(toks[end - 1])):
            end -= 1
        if ent.label_ == "PERSON":
            start, end = self._person_bounds(ent, start, end)
            if end > start and self._title_qualifier(doc[start:end]):
                return None  # "Moldovan Energy" before "Minister Victor Parlicov"
        elif self._root(ent).lower_ in self.lex.of("org-head"):
            end = self._spelled_on(start, self._field_list(end))
        else:
            end = self._spelled_on(start, end)
        if end > start and toks[end - 1].lower_ in self.lex.of("honorific"):
            return None  # "Rear Adm." before "Daniel Hagari": a rank, no name ends in one
        kind = "person" if ent.label_ == "PERSON" else "organization"
        return (doc[start:end], kind) if end > start else None

    def _office_field(self, ent: Span) -> Span | None:
        """An organisation the NER reads in the field of an office ("Commissioner for Crisis Management", "Secretary-
        General for Peacekeeping Edmond Mulet"): the field's English words are no name; the name words after them,
        two or more, are the office holder's; None when nothing is left."""
        toks = self.words.toks
        if ent.start < 2 or toks[ent.start - 1].lower_ != "for" or not self._title_word(toks[ent.start - 2]):
            return ent
        start = ent.start
        while start < ent.end and capital(toks[start]) and english_word(toks[start].text):
            start += 1
        rest = toks[start: ent.end]
        if start > ent.start and len(rest) >= 2 and all(t.pos_ == "PROPN" and self._name_word(t) for t in rest):
            return Span(self.doc, start, ent.end, label="PERSON")
        return None if start == ent.end else ent

    def _ship(self, ent: Span) -> bool:
        """"the bulk carrier Propel Fortune", "the tanker Sounion": a name right after a noun of ships is a ship."""
        return ent.start > 0 and self.words.toks[ent.start - 1].lower_ in self.lex.of("vessel-noun")

    def _person_bounds(self, ent: Span, start: int, end: int) -> tuple[int, int]:
        """Where an NER person's name starts and ends, without the words that are no part of it and with
        the words the NER left out."""
        toks = self.words.toks
        while end > start + 1 and toks[end - 1].pos_ not in {"PROPN", "NOUN"} and english_word(toks[end - 1].text):
            end -= 1  # "Moise Shortly"
        while start < end - 1 and self._not_given_name(toks[start], end - start):
            start += 1  # "Myanmar Andrew Kirkwood", "Lawyer X"
        while start == ent.start and start > 0 and self._lost_given_name(toks[start - 1], end):
            start -= 1  # "Ruben" of "Ruben Dario Ortiz-Cruz", left out by the NER
        if end == ent.end and end < len(toks) and self._lost_surname(toks[end], start):
            end += 1  # "Traore" of "Karamoko Jean-Marie Traore", left out by the NER
        return start, end

    def _lost_given_name(self, tok: Token, end: int) -> bool:
        """A capitalised word the NER left before a person's name that the parse joins to it, and that
        is no title, place, people, date or known actor."""
        table = self.actors
        return tok.pos_ == "PROPN" and tok.dep_ == "compound" and ent_free(tok) and tok.head.i < end \
            and tok.is_title and tok.is_alpha and self._name_word(tok) and tok.text not in table.names \
            and tok.text not in table.demonyms and tok.text not in table.capitals

    def _lost_surname(self, tok: Token, start: int) -> bool:
        """A capitalised word the NER left after a person's name that the parse makes the head of the name's
        words, and that is no title, place, people or known actor."""
        return tok.pos_ == "PROPN" and ent_free(tok) \
            and all(t.head.i == tok.i for t in self.words.toks[start: tok.i] if t.dep_ == "compound") \
            and self.doc[tok.i - 1].dep_ == "compound" and self.doc[tok.i - 1].head.i == tok.i \
            and tok.is_title and tok.is_alpha and self._name_word(tok) and not self._lookup(tok.text)

    def _title_qualifier(self, span: Span) -> bool:
        """A country or people and a portfolio right before an office ("Moldovan Energy" + "Minister"):
        the office's qualifier, not a person."""
        table, doc = self.actors, self.doc
        first = span[0].text
        return span.end < len(doc) and doc[span.end].lower_ in self.lex.of("state-title") and (
            first in table.demonyms or first in table.names and self.kind(table.names[first]) == "state")

    def _field_list(self, end: int) -> int:
        """Where an organisation's name ends that the NER cut before the last of its fields
        ("Committee on Legal Affairs" + ", Justice and Human Rights", "Center for Studies" + "and
        Legal Consultancy", "Working Group" + "on Arbitrary Detention"): small words and capitalised
        words that name no place, date, known actor or other organisation."""
        doc, last = self.doc, end
        if end < len(doc) and doc[end].lower_ == "and" and doc[end - 1].lower_ in self.lex.of("org-head"):
            return end  # "the Phnom Penh Post and Voice of Democracy": two names
        i = end
        while i < len(doc) and i - end < 8:
            tok = doc[i]
            if capital(tok) and tok.is_alpha and tok.ent_type_ not in {"GPE", "DATE", "LOC", "PERSON", "NORP"} \
                    and tok.text not in self.actors.names and tok.lower_ not in self.lex.of("org-head"):
                last = i + 1
            elif not (tok.lower_ in {"of", "on", "for", "and", "the"} or tok.text == ","):
                break
            i += 1
        if last < len(doc) and doc[last].lower_ in self.lex.of("org-head"):
            return end  # "the Iraqi Government and the Kurdish Regional Government": another name
        return last if any(doc[j].lower_ in {"and", "on", "for", "of"} for j in range(end, last)) else end

    def _spelled_on(self, start: int, end: int) -> int:
        """Where an organisation's name ends that the NER cut before a country's name, the acronym in brackets after
        that spelling the initials of all ("Radio Television" + "Afghanistan (RTA)")."""
        toks, j = self.words.toks, end
        while j < len(toks) and j - end < 3 and capital(toks[j]) and toks[j].is_alpha:
            j += 1
        initials = "".join(t.text[0] for t in toks[start: j] if t.text[:1].isupper() and t.is_alpha)
        spelled = j > end and j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"
        return j if spelled and toks[j + 1].text == initials else end

    def _not_given_name(self, tok: Token, left: int) -> bool:
        """A title, or a country glued before a name of two words or more."""
        low = tok.lower_
        table = self.actors
        if low in self.lex.of("title") or low in self.lex.of("honorific") or self.lex.noun(low)[0]:
            return True
        before = self.doc[tok.i - 2: tok.i] if tok.i > 1 else ()  # "governor of Kandahar Mohammad Yousuf Wafa"
        return left > 2 and (tok.text in table.demonyms or tok.text in table.capitals or
                             (tok.text in table.names and self.kind(table.names[tok.text]) == "state")
                             or len(before) == 2 and before[1].lower_ in {"of", "in"}
                             and before[0].lower_ in self.lex.of("title"))

    def _titled_persons(self) -> Iterator[tuple[Span, str]]:
        """Proper nouns after a title ("adviser Mesut Casin"), or a name with a title in apposition
        ("Nop Vy, the association's director"), are a person whatever the NER says."""
        doc = self.doc
        titles = self.lex.of("title")
        heads = {t.head.i for t in self.words.tokens({"who"})}  # the clause a "who" opens ("X Y, who heads")
        for tok in (doc[i] for i in sorted(heads | {t.i for t in self.words.tokens(titles)})):
            if tok.lower_ in titles and tok.pos_ in {"NOUN", "PROPN"}:
                end = tok.i + 1
                while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text not in self.actors.names and (
                        self._name_word(doc[end]) or end + 1 < len(doc) and _joiner(doc[end], self.lex.of("particle"))
                        and not doc[end].is_stop and capital(doc[end + 1])):
                    end += 1
                if 2 <= end - tok.i - 1 <= 4 and doc[end - 1].lower_ not in self.lex.of("org-head"):
                    yield doc[tok.i + 1: end], "person"
                elif end == tok.i + 1:
                    yield from self._titled_across(end)
            if tok.head.pos_ == "PROPN" and (tok.dep_ == "appos" and tok.lower_ in self.lex.of("title") or
                                             tok.dep_ == "relcl" and any(c.lower_ == "who" for c in kids_of(tok))):
                start = next(t.i for t in doc[tok.head.left_edge.i: tok.head.i + 1]
                             if not t.is_punct and not t.is_space and t.lower_ not in self.lex.of("honorific"))  # "Dr. X, the secretary"
                name = doc[start: tok.head.i + 1]  # "Nop Vy, the director", '"...," X Y, the director, said'
                if 2 <= len(name) <= 4 and all(t.pos_ == "PROPN" and self._name_word(t) for t in name):
                    yield name, "person"
            for appos in (c for c in kids_of(tok) if tok.lower_ in titles and c.dep_ == "appos" and c.pos_ == "PROPN"):
                name = doc[appos.left_edge.i: appos.i + 1]  # "a spokeswoman for the government, Yolande Makolo"
                if 2 <= len(name) - self._hyphens(name) <= 4 and all(
                        t.pos_ == "PROPN" and self._name_word(t) or self._hyphens(t) for t in name):
                    yield name, "person"  # "an RSF spokesman, Al-Fateh Qurashi"

    def _titled_across(self, at: int) -> Iterator[tuple[Span, str]]:
        """"Ambassador to Moldova Oleg Ozerov", "envoy to the U.N. X Y": after a title, a preposition and a
        known state or body, two to four name words are a person (the NER reads "Moldova Oleg Ozerov" as one name)."""
        doc = self.doc
        if at >= len(doc) or doc[at].lower_ not in {"to", "for", "at"}:
            return
        start = at + 1 + (at + 1 < len(doc) and doc[at + 1].lower_ == "the")
        body = next((k for k in (4, 3, 2, 1) if start + k <= len(doc) and (found := self._lookup(doc[start: start + k].text))
                     and self.kind(found) in {"state", "organization"}), None)
        end = first = start + (body or 0)
        while body and end < len(doc) and end - first < 4 and doc[end].pos_ == "PROPN" and self._name_word(doc[end]) \
                and doc[end].text not in self.actors.names:
            end += 1
        if body and end - first >= 2:
            yield doc[first:end], "person"

    def _hyphens(self, where: Span | Token) -> int:
        """How many hyphens glue the words of a name ("Al-Fateh"), where no space stands beside them."""
        doc = self.doc
        return sum(1 for t in ([where] if isinstance(where, Token) else where) if t.text == "-" and 0 < t.i
                   and not t.whitespace_ and not doc[t.i - 1].whitespace_ and t.i + 1 < len(doc) and capital(doc[t.i + 1]))

    def _described_orgs(self) -> Iterator[tuple[Span, str]]:
        """A name right after a noun that describes an organisation ("media association Pressnet",
        "broadcaster TOLOnews", "the rights group Adalah Watch", "pollster Ipsos") is an organisation."""
        doc = self.doc
        for tok in self.words.tokens(self.lex.of("org-descriptor")):
            if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.text.isupper()):
                continue  # "the NGO Global Witness": an acronym the tagger takes for a name
            quoted = self._quoted_name(tok.i + 1)
            if quoted is not None:
                yield quoted, "organization"
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 4 and self._org_word(doc[end]):
                end += 1
            if end > tok.i + 1 and (tok.head.i in range(tok.i + 1, end) or doc[end - 1].head.i == tok.i
                                    or self._whole_entity(doc[tok.i + 1: end])):
                yield doc[tok.i + 1: self._glued_end(end)], "organization"  # "the group Hefazat-e-Islam"

    def _glued_end(self, end: int) -> int:
        """Where a name ending right before token ``end`` ends with the words glued to it by hyphens ("Hefazat" +
        "-e-Islam"), when the last of them is capitalised."""
        doc, j = self.doc, end
        while j < len(doc) and not doc[j - 1].whitespace_ and (doc[j].text in _DASHES or doc[j].is_alpha):
            j += 1
        return j if j > end and doc[j - 1].is_alpha and capital(doc[j - 1]) else end

    def _pollsters(self) -> Iterator[tuple[Span, str]]:
        """A one-word name right before a noun of what an organisation makes ("One Ipsos survey found",
        "a YouGov poll") is an organisation, unless it names a place, a people or a known actor."""
        for tok in self.words.tokens(self.lex.of("org-product")):
            name = self.doc[tok.i - 1] if tok.i else None
            if name is not None and tok.pos_ == "NOUN" and name.pos_ == "PROPN" and name.head.i == tok.i \
                    and name.ent_type_ not in {"GPE", "LOC", "DATE"} and self._org_word(name) \
                    and not (tok.i > 1 and self.doc[tok.i - 2].pos_ == "PROPN"):
                yield self.doc[name.i: tok.i], "organization"

    def _newswires(self) -> Iterator[tuple[Span, str]]:
        """"Iran's judiciary-affiliated Mizan news agency": a name the dictionary does not know right before "news
        agency" or "news service" in lower case is, with that phrase, a news outlet."""
        doc = self.doc
        for tok in self.words.tokens(self.lex.of("newswire")):
            start = tok.i - 1
            if start < 1 or doc[start].lower_ != "news" or not tok.is_lower or not doc[start].is_lower:
                continue
            while start > 0 and start - tok.i > -5 and doc[start - 1].pos_ == "PROPN" and self._org_word(doc[start - 1]) \
                    and doc[start - 1].ent_type_ not in {"GPE", "LOC", "DATE", "NORP"}:
                start -= 1
            if start < tok.i - 1 and not self._lookup(doc[start: tok.i - 1].text):
                yield doc[start: tok.i + 1], "organization"

    def _field_organs(self) -> Iterator[tuple[Span, str]]:
        """"The ministry of finance and strategic planning", "the department of foreign affairs": an organ
        named in lower case by its fields (lower-case nouns and adjectives after "of", no article) is an
        organisation."""
        for tok in self.words.tokens(self.lex.of("field-organ")):
            of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            field = next((c for c in kids_of(of) if c.dep_ == "pobj"), None) if of is not None and tok.is_lower else None
            if field is None or of.i != tok.i + 1:
                continue
            words = self.doc[of.i + 1: field.right_edge.i + 1]
            if 1 <= len(words) <= 6 and all(t.is_lower and (t.pos_ in {"NOUN", "ADJ"} or t.lower_ == "and") for t in words):
                yield self.doc[tok.i: words.end], "organization"

    def _whole_entity(self, span: Span) -> bool:
        """The NER's name of something, whole ("pollster Ipsos" when the parse does not join the two)."""
        ent = span[0].ent_type_ in {"ORG", "PERSON", "NORP"} and span[0].ent_iob_ == "B"
        return ent and all(t.ent_iob_ == "I" for t in span[1:]) and (
            span.end == len(self.doc) or self.doc[span.end].ent_iob_ != "I")

    def _quoted_name(self, at: int) -> Span | None:
        """The capitalised words in quotation marks that open at token ``at`` ('the group "Chagossian
        Voices," which'), without the punctuation before the closing mark."""
        doc = self.doc
        if at >= len(doc) or doc[at].text not in _OPEN_QUOTES:
            return None
        end = next((i for i in range(at + 1, min(at + 9, len(doc))) if doc[i].text in _CLOSE_QUOTES), None)
        if end is None:
            return None
        while end > at + 1 and doc[end - 1].is_punct:
            end -= 1
        words = doc[at + 1: end]
        if not words or not capital(words[0]) or any(
                not capital(t) and not _joiner(t, self.lex.of("particle")) for t in words):
            return None
        return words

    def _org_word(self, tok: Token) -> bool:
        return (capital(tok) and tok.text not in self.actors.names and tok.text not in self.actors.demonyms
                and (tok.pos_ == "PROPN" or not english_word(tok.text)) and self._name_word(tok))

    def _new_names(self, ner: list[tuple[Span, str]]) -> None:
        """NER names the dictionary does not cover become actors of their own."""
        for span, kind in sorted(ner, key=lambda x: x[0].start):
            if any(i in self.names for i in range(span.start, span.end)) or span.start < self._dateline \
                    or not self._actor_like(span, kind):
                continue  # "BEIRUT, Dec 1 (Reuters) -": the dateline's place and agency are no actors
            text = span.text if not span[0].is_lower else " ".join(
                t.text if t.lower_ in {"of", "and"} else t.text.capitalize() for t in span)  # "ministry of finance"
            owner = self._owner_state(span) if kind == "organization" else None
            actor_id = self._acronyms.get(text, slug(f"{owner or ''} {text}"))
            short = self._acronym_after(span) if kind == "organization" else None
            if actor_id not in self.actors and actor_id not in self.found:
                aliases = (text,) if short is None else (text, short.text)
                self.found[actor_id] = Actor(actor_id, text, kind, aliases, origin="ner")
            self._add(span.start, span.end, actor_id, "name")
            if owner is not None and actor_id in self.found:
                self.organ_of.setdefault(actor_id, owner)
            if short is not None and actor_id in self.found:
                self._acronyms.setdefault(short.text, actor_id)
        spelled = self.words.tokens({short.lower() for short in self._acronyms}) if self._acronyms else []
        for tok in (t for t in spelled if t.i >= self._dateline):
            if tok.text in self._acronyms and tok.i not in self.names:
                self._add(tok.i, tok.i + 1, self._acronyms[tok.text], "name")

    def _acting_names(self) -> None:
        """"Puntland accused the government", "Ansaru claimed the kidnapping": a capitalised name that no dictionary or
        NER reading makes an actor (the NER reads no name there, or a place), the subject of a verb only a body of people
        does, is an organisation; the same words name it wherever else they stand as such a subject."""
        subjects = [c for verb in self.words.tokens(lemmas=self.lex.of("agent-verb")) if verb.pos_ == "VERB"
                    for c in kids_of(verb) if c.dep_ == "nsubj"]
        for subj in subjects + [c for s in subjects for c in kids_of(s) if c.dep_ == "conj"]:  # "Jubaland and Puntland"
            izafe = self._izafe_name(subj)
            if izafe is not None and subj.i >= self._dateline:
                self._add_acting(izafe)
                continue
            if subj.i < self._dateline or not self._unread(subj) \
                    or any(c.dep_ in {"det", "poss", "amod", "nummod"} for c in kids_of(subj)):
                continue
            start = subj.i
            while start > 0 and self.doc[start - 1].dep_ == "compound" and self.doc[start - 1].head.i == subj.i \
                    and self._unread(self.doc[start - 1]):
                start -= 1
            span = self.doc[start: subj.i + 1]
            if start != subj.left_edge.i or self._surname(span) or self._in_longer(span):
                continue  # "the Kokang Ansaru": words before the name that belong to no name
            self._add_acting(span)

    def _add_acting(self, span: Span) -> None:
        actor_id = slug(span.text)
        if actor_id not in self.actors and actor_id not in self.found:
            self.found[actor_id] = Actor(actor_id, span.text, "organization", (span.text,), origin="ner")
        self._add(span.start, span.end, actor_id, "name")
        if len(span) == 1:
            self._acting_again(span[0], actor_id)

    def _izafe_name(self, last: Token) -> Span | None:
        """"Tehreek-e-Labbaik said", "Sipah-e-Sahaba claimed": capitalised words joined by the Persian and Urdu link "-e-"
        in one word of the text, that no name covers, ending at ``last``: the name of a movement (the parse splits it)."""
        doc, start = self.doc, last.i
        while start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].text in _DASHES or doc[start - 1].is_alpha):
            start -= 1
        span = doc[start: last.i + 1]
        words = [t for t in span if t.text not in _DASHES]
        if len(span) < 5 or (last.i + 1 < len(doc) and not last.whitespace_ and doc[last.i + 1].is_alpha) \
                or any(t.i in self.names for t in span) or any(not t.whitespace_ and t.text not in _DASHES for t in span[:-1]
                                                               if doc[t.i + 1].text not in _DASHES):
            return None
        links = words[1::2]
        return span if all(t.lower_ in self.lex.of("izafe") for t in links) and all(
            capital(t) and t.is_alpha and not self._lookup(t.text) for t in words[::2]) else None

    def _acting_again(self, name: Token, actor_id: str) -> None:
        """"Puntland rejected the plan ... talks with Puntland": the name found acting names the same organisation where
        it stands again as a clause's argument or an owner, not as a place ("in Puntland") or a modifier."""
        for tok in self.words.tokens({name.lower_}):
            first = tok
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # "in Jubaland and Puntland": where the first stands
            if tok.text == name.text and tok.i not in self.names and tok.i >= self._dateline and not self._place_use(
                    self.doc[first.i: first.i + 1]) and first.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"} \
                    and not self._in_longer(self.doc[tok.i: tok.i + 1]):
                self._add(tok.i, tok.i + 1, actor_id, "name")

    def _in_longer(self, span: Span) -> bool:
        """"Jamaat-e-Islami", "Ahmed Ansaru": a name glued by a hyphen to the words around it, or with a name word
        or another name right before or after it, is a piece of a longer name."""
        doc = self.doc
        before = doc[span.start - 1] if span.start else None
        after = doc[span.end] if span.end < len(doc) else None
        glued = before is not None and not before.whitespace_ or after is not None and not doc[span.end - 1].whitespace_ \
            and after.text in _DASHES
        return glued or any(t is not None and (t.i in self.names or t.pos_ == "PROPN" and capital(t)) for t in (before, after))

    def _surname(self, span: Span) -> bool:
        """"Frankie Bontemps and Maxwell Evenor ... Evenor said": the words stand elsewhere in the text after another
        capitalised word or a hyphen glued to one, the end of a longer name, or as the NER's person (a surname)."""
        doc = self.doc
        return any(tok.i != span.start and tok.i > 0 and doc[tok.i: tok.i + len(span)].text == span.text and (
            tok.ent_type_ == "PERSON" or capital(doc[tok.i - 1]) and doc[tok.i - 1].pos_ == "PROPN"
            or self._hyphens(doc[tok.i - 1])) for tok in self.words.tokens({span[0].lower_}))  # "Luis Moreno-Ocampo"

    def _unread(self, tok: Token) -> bool:
        """A capitalised proper noun no reading names an actor by: no dictionary or NER name, no English word, no
        person, organisation, people, date or number of the NER."""
        return tok.i not in self.names and tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title \
            and tok.ent_type_ in {"", "GPE", "LOC"} and not english_word(tok.text) and self._name_word(tok) \
            and not self._lookup(tok.text) and tok.text not in self.actors.capitals

    def _short_forms(self) -> None:
        """"The Election Commission of Pakistan ... the Election Commission", "the Pakistan Supreme Court ... a
        Supreme Court judgment": a new organisation's name that is another one's of the text without its state
        ("of Pakistan", "Pakistan") is that one, not a body of its own."""
        used = {name.actor for name in self.names.values()}
        for short_id, short in list(self.found.items()):
            if short.kind != "organization" or short_id not in used:
                continue
            longer = {actor_id for actor_id in used if actor_id != short_id and self.kind(actor_id) == "organization"
                      and any(self._state_qualified(n, short.label) for n in self._names_of(actor_id))}
            if len(longer) != 1:
                continue
            whole = next(iter(longer))
            for i, name in list(self.names.items()):
                if name.actor == short_id:
                    self.names[i] = Name(name.start, name.end, whole, name.how)
            del self.found[short_id]
            self.organ_of.pop(short_id, None)

    def _names_of(self, actor_id: str) -> tuple[str, ...]:
        actor = self.found.get(actor_id) or self.actors.get(actor_id)
        return (actor.label, *actor.aliases) if actor else ()

    def _state_qualified(self, name: str, short: str) -> bool:
        """"Election Commission of Pakistan" or "Pakistan Supreme Court" of "Election Commission", "Supreme Court"."""
        for rest in (name[: -len(short) - 1] if name.endswith(f" {short}") else None,
                     name[len(short) + 4:].removeprefix("the ") if name.startswith(f"{short} of ") else None):
            found = self._lookup(rest) if rest else None
            if found is not None and self.kind(found) == "state":
                return True
        return False

    def _initials(self) -> None:
        """"The National Resistance Front ... NRF spokesman X": a word in capitals before a title, that no actor
        is named by, made of the initials of the capitalised words of one organisation named before it, names that one."""
        toks, first, seen = self.words.toks, {}, {}
        for start, name in self._starts():
            words = [t.text for t in toks[start: name.end] if t.text[:1].isupper() and t.is_alpha]
            if name.how == "name" and len(words) >= 2 and self.kind(name.actor) == "organization":
                key = "".join(w[0] for w in words)
                first.setdefault(key, start)
                seen.setdefault(key, set()).add(name.actor)
        spelled = self.words.tokens({key.lower() for key in seen}) if seen else []  # (the words spelled so)
        for tok in (t for t in spelled if t.i >= self._dateline):
            owners = seen.get(tok.text, ())
            if len(owners) == 1 and tok.i not in self.names and first[tok.text] < tok.i and tok.is_upper \
                    and tok.is_alpha and not self._lookup(tok.text) and tok.i + 1 < len(toks) \
                    and toks[tok.i + 1].lower_ in self.lex.of("title"):
                self._add(tok.i, tok.i + 1, next(iter(owners)), "name")

    def _owner_state(self, span: Span) -> str | None:
        """"South Korea's Joint Chiefs of Staff": the state whose possessive stands before a new organ's name;
        "the Election Commission of Pakistan", "the Central Bank of Nigeria": the state an organ is named "of"."""
        i = span.start - 2
        if i >= 0 and self.doc[i + 1].tag_ == "POS" and i in self.names \
                and self.kind(self.names[i].actor) == "state" and self._organ(span):
            return self.names[i].actor
        organ, of, state = span.text.partition(" of ")
        found = self._lookup(state.removeprefix("the ")) if of else None
        if found is not None and self.kind(found) == "state" and self.lex.noun(organ.lower())[0] == "organ":
            return found
        return None

    def _acronym_after(self, span: Span) -> Token | None:
        """"The Union of Forces for Democracy and Development (UFDD)": the acronym in brackets right after
        a new organisation's name, made of its capitalised words' initials, is another name of it."""
        doc, i = self.doc, span.end
        if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")" or i + 1 in self.names:
            return None
        short = doc[i + 1].text
        initials = {t.text[0] for t in span if t.text[:1].isupper()}
        letters = [c for c in short if c.isalpha()]
        return doc[i + 1] if 2 <= len(letters) <= 8 and short.isupper() and set(letters) <= initials else None

    def _peoples(self) -> None:
        """"Deported 40 Uyghurs", "attacked the Kurds": a people the dictionary does not know, named by a
        plural noun of its own (not "Uyghur activists"), is a group."""
        for ent in self._ner:
            if ent.end - ent.start != 1:
                continue
            tok = self.words.toks[ent.start]
            people = ent.label_ == "NORP" or ent.label_ == "GPE" and tok.pos_ == "NOUN"  # "40 Uyghurs" read as a place
            if not people or len(ent) != 1 or tok.i in self.names or tok.pos_ not in {"NOUN", "PROPN"} \
                    or tok.tag_ not in {"NNS", "NNPS"} or tok.dep_ in {"amod", "compound", "nmod", "poss"} \
                    or ent.start < self._dateline:
                continue
            actor_id = slug(tok.text)
            if actor_id not in self.actors and actor_id not in self.found:
                self.found[actor_id] = Actor(actor_id, tok.text, "group", (tok.text,), origin="ner")
            self._add(tok.i, tok.i + 1, actor_id, "name")
        self._peoples_again()

    def _peoples_again(self) -> None:
        """"the eight ethnic minority Uyghurs", "sending Uyghurs back": a people found once is the same people
        wherever its plural noun stands alone, also where the NER did not tag it."""
        peoples = {a.label: i for i, a in self.found.items() if a.origin == "ner" and " " not in a.label and (
            a.kind == "group" or a.kind == "organization" and a.label.endswith("s"))}  # the NER's "Uyghurs" (ORG)
        spelled = self.words.tokens({label.lower() for label in peoples}) if peoples else []
        for tok in (t for t in spelled if t.i >= self._dateline):
            if tok.text in peoples and tok.i not in self.names and tok.tag_ in {"NNS", "NNPS", "NNP"} \
                    and tok.dep_ not in {"amod", "compound", "nmod", "poss"}:
                self._add(tok.i, tok.i + 1, peoples[tok.text], "name")

    def _actor_like(self, span: Span, kind: str) -> bool:
        """Not a fragment, a title's qualifier, a bare acronym or a place."""
        described = span.start > 0 and self.doc[span.start - 1].lower_ in self.lex.of("org-descriptor") \
            and span.text.isupper()  # "the Chadian rebel group FACT"
        if len(span) == 1 and not described and (
                not self._titled_one(span[0]) if kind == "person" else english_word(span.text)
                or len(span.text) <= 3 and span.text.isupper() and not self._named_org(span)):
            return False  # a bare "PDP" is no actor; "the opposition PDP party" is
        if kind == "person" and sum(not t.is_punct for t in span) > 5:
            return False  # ("Abdallah Makki Muslih al-Rufay'i" is five words)
        head = self._root(span)
        if span[-1].lower_ in self.lex.of("place-noun") or span[-1].lower_ in self.lex.of("not-actor-head"):
            return False  # "Boni Forest", "the Maritime Traffic Safety Law"
        if len(span) == 1 and (span[0].pos_ == "ADJ" or len([p for p in span.text.split("-") if self._lookup(p)]) > 1):
            return False  # "Social-Democratic"; "U.S.-Japan" names two actors
        of_field = len(span) > 2 and span[1].lower_ in {"of", "for"}  # "Department of Justice" is a body
        if kind == "organization" and any(self._title_word(t) and t.lower_ not in self.lex.of("org-head")
                                          for t in (span[:1] if of_field and span[0].lower_ in self.lex.of("org-head")
                                                    else (span[-1], *span[:of_field]))):
            return False  # "National Security Advisor", "Minister of Communication" are offices
        if kind == "organization" and head.dep_ in {"compound", "nmod", "amod"} and head.head.i >= span.end \
                and len(span) == 1 and head.head.lower_ not in self.lex.of("org-product") \
                and not self._named_org(span):
            return False
        return not (kind == "organization" and head.dep_ == "pobj" and head.head.head.lower_ in self.lex.of("office")
                    and span.start == head.head.i + 1)  # "Minister of Foreign Affairs", not "of the Council"

    def _title_word(self, tok: Token) -> bool:
        """A title, or titles in the plural ("Heads" of "ECOWAS Heads of State")."""
        return tok.lower_ in self.lex.of("title") or tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in self.lex.of("title")

    def _titled_one(self, tok: Token) -> bool:
        """"Said Suharto, a spokesman for the movement": a one-word name with a title in apposition,
        where the text first names that person."""
        return tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and tok.is_title and any(
            c.dep_ == "appos" and c.lower_ in self.lex.of("title") and c.i > tok.i + 1 for c in kids_of(tok)) \
            and not any(t.text == tok.text for t in self.words.toks[: tok.i])

    def _named_org(self, span: Span) -> bool:
        """"A move the Ennahdha party called a coup": a one-word organisation name right before a
        lower-case head noun of organisations names that organisation."""
        head = self._root(span).head
        return len(span) == 1 and head.i == span.end and head.is_lower and head.lower_ in self.lex.of("org-head") \
            and not english_word(span.text)

    def _drop_places(self) -> None:
        """A name the NER took for an organisation or person that the text uses as a place and never
        as the subject or owner of anything ("the base on Diego Garcia", "the towns of X and Y"), or
        only ever as what is attacked ("attacked El Fasher"), is no actor."""
        uses: dict[str, list[str]] = {}
        for start, name in self._starts():
            if name.actor in self.found:
                uses.setdefault(name.actor, []).append(self._use(self.doc[start:name.end]))
        for actor_id, kinds in uses.items():
            if "place" in kinds and not {"subject", "other-org"} & set(kinds) or set(kinds) == {"attacked"}:
                del self.found[actor_id]
                self.names = {i: n for i, n in self.names.items() if n.actor != actor_id}

    def _use(self, span: Span) -> str:
        """How a name is used: "place", "subject" (of a verb, or an owner), "other-org" (an organisation's
        name), or "other"."""
        if span[-1].lower_ in self.lex.of("org-head"):
            return "other-org"
        if self._measure_on_person(span):
            return "other"
        if self._place_use(span):
            return "place"
        head = self._root(span)
        if self._attacked(head) and self.kind(self.names[span.start].actor) == "organization" \
                and not any(t.is_upper for t in span):
            return "attacked"  # a person killed is no place, nor is an acronym ("attacked the ADF")
        return "subject" if head.dep_ in {"nsubj", "nsubjpass", "poss", "agent"} or (
            head.dep_ == "pobj" and head.head.lower_ == "by") else "other"

    def _measure_on_person(self, span: Span) -> bool:
        """"Sanctions on Sali Berisha", "a travel ban on Ihar Losik": a person a measure is laid on is no place."""
        head = self._root(span)
        if self.kind(self.names[span.start].actor) != "person" or head.dep_ != "pobj" or head.head.lower_ != "on":
            return False
        return any(c.plover in _MEASURES for c in self.lex.candidates(head.head.head.lemma_.lower(), "N"))

    def _place_use(self, span: Span) -> bool:
        head = self._root(span)
        if head.dep_ == "pobj" and head.head.lower_ in _PLACE_POSITION or self._city(head):
            return True
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in self.lex.of("place-noun"):
            return True
        return head.dep_ in {"compound", "appos"} and head.head.lower_ in self.lex.of("place-noun")

    def _city(self, head: Token) -> bool:
        """A name described as a town or city ("Goma, the largest city in eastern Congo", "Khartoum, the
        capital of Sudan")."""
        places = self.lex.of("place-noun") | self.lex.of("place-owner")
        return any(c.dep_ == "appos" and c.lower_ in places for c in kids_of(head))

    def _attacked(self, head: Token) -> bool:
        """The object of a verb of assault ("attacked El Fasher")."""
        return head.dep_ == "dobj" and head.head.pos_ == "VERB" and any(
            c.words == (head.head.lemma_,) and c.plover == "ASSAULT" for c in self.lex.candidates(head.head.lemma_, "V"))

    # -- hyphenated pairs ---------------------------------------------------------
    def _hyphen_pairs(self) -> None:
        """"U.S.-Russian talks", "Kenya-U.S. base": one token or a hyphen joins two actors."""
        for tok in self.words.containing("-"):
            if tok.text == "-" and 0 < tok.i < len(self.doc) - 1 and not self.doc[tok.i - 1].whitespace_ \
                    and not tok.whitespace_ and tok.i - 1 in self.names and tok.i + 1 in self.names:
                before, after = self.names[tok.i - 1], self.names[tok.i + 1]
                self._affiliate(self.doc[before.start: after.end], [before.actor, after.actor])
            if tok.i in self.names or "-" not in tok.text.strip("-"):
                continue
            parts = tok.text.split("-")
            found = [a for part in parts if (a := self._lookup(part))]
            if len(found) == 2 and self._affiliate(tok, found):
                continue
            if len(found) == 1 and len(parts) == 2 and self._split_pair(tok, parts, found[0]):
                continue  # "U.S.-South Korean drills"
            if len(found) == 2 and found[0] != found[1]:
                self._add(tok.i, tok.i + 1, found[0], "demonym")
                self.also[tok.i] = tuple(found)
            elif len(parts) == 2 and len(found) == 1 and parts[1].lower() in self.lex.of("agent-suffix"):
                self._add(tok.i, tok.i + 1, found[0], "demonym")  # "U.S.-led coalition"

    def _split_pair(self, tok: Token, parts: list[str], first: str) -> bool:
        """"U.S.-South Korean drills", "U.S.-North Korea talks": the hyphen joins an actor to a name of two words
        whose second word is the next token."""
        nxt = tok.i + 1
        if nxt >= len(self.doc) or nxt in self.names or self._lookup(parts[0]) != first or not tok.whitespace_:
            return False
        second = self._lookup(f"{parts[1]} {self.doc[nxt].text}")
        if not second or second == first:
            return False
        self._add(tok.i, nxt + 1, first, "demonym")
        self.also[tok.i] = self.also[nxt] = (first, second)
        return True

    def _affiliate(self, name: Token | Span, found: list[str]) -> bool:
        """"IS-Somalia" as a name of its own (not "IS-Somalia ties"): the group's branch in that country."""
        span = name if isinstance(name, Span) else self.doc[name.i: name.i + 1]
        if self._root(span).dep_ in {"amod", "compound", "nmod"} or self.kind(found[0]) != "organization" \
                or self.kind(found[1]) != "state":
            return False
        actor_id = slug(span.text)
        self.found.setdefault(actor_id, Actor(actor_id, span.text, "organization", (span.text,), origin="ner"))
        self.organ_of[actor_id] = found[0]
        self._add(span.start, span.end, actor_id, "name")
        return True

    def _root(self, span: Span) -> Token:
        """``span.root``, without the walk for a name of one word (most of the dictionary's matches)."""
        return self.words.span_root(span.start, span.end)

    def _lookup(self, text: str) -> str | None:
        table = self.actors
        return table.names.get(text) or table.demonyms.get(text)

    # -- helpers ---------------------------------------------------------------
    def _add(self, start: int, end: int, actor_id: str, how: str) -> None:
        name = Name(start, end, actor_id, how)
        for i in range(start, end):
            self.names[i] = name

    def _starts(self) -> Iterator[tuple[int, Name]]:
        seen = set()
        for i in sorted(self.names):
            name = self.names[i]
            if name.start not in seen:
                seen.add(name.start)
                yield name.start, name

    def kind(self, actor_id: str) -> str:
        actor = self.found.get(actor_id) or self.actors.get(actor_id)
        return actor.kind if actor else "group"
