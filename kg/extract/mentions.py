"""Doc -> actor references: dictionary names, NER, titles, pronouns and role nouns.

The :class:`Resolver` holds what one document says about its actors; its
``refs(token)`` answers "which actors does this noun phrase stand for?".
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from kg.actors import ActorDict, de_facto_authorities
from kg.extract.anaphora import (BODY_CLASSES, OTHER_SIDE, PARTIES, counted, org_noun, person_set, speaker_it, speaker_they,
                                 speakers_forces, speakers_org, state_set)
from kg.extract.descriptors import descriptors, named_org
from kg.extract.groups import find_groups, find_named_groups, find_regional_forces, find_regional_governments, quantity_refs
from kg.extract.names import NameFinder
from kg.extract.offices import find_offices
from kg.extract.organs import acted_in, bare_subject, find_organs, legal_seat, located, scene, seated
from kg.extract.titles import main_state, read_titles
from kg.extract.wordindex import WordIndex, conjuncts_of, dependents, kids_of, subject_verb
from kg.lexicon import Lexicon
from kg.model import Actor, Mention

__all__ = ["Resolver", "PARTIES", "OTHER_SIDE", "quote_open"]

def quote_open(text: str) -> bool:
    """Does ``text`` leave a quotation open: more opening than closing curly marks, or, with no curly
    marks at all, an odd number of straight ones?"""
    if "“" in text or "”" in text:
        return text.count("“") > text.count("”")
    return text.count('"') % 2 == 1


_MOD_DEPS = {"compound", "amod", "nmod", "poss", "nn"}
_PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUNS_THING = {"it", "its", "itself"}
_PRONOUNS_PLURAL = {"they", "them", "their", "theirs"}
_BODY_KINDS = frozenset({"state", "organization", "group"})  # speakers that issue words for themselves
_AIMED = {"on", "at", "against", "upon"}  # prepositions that aim a blow at what they name
_FOREIGN = {"foreign", "multinational", "international", "enemy"}  # forces of other states than where they
# are, or of the other side ("the army said enemy soldiers shelled El Fasher")
_ARMY = {"army", "military"}  # singular nouns of a state's armed forces as a whole
_RULING = {"government", "authorities", "administration", "regime"}  # nouns for whoever governs a state
_REGIMES = frozenset({"regime", "dictatorship", "junta"})  # words that call a state's rulers so
_COMPASS = {"North", "South"}  # hints of "the North", "the South": a state named so, only when capitalised
_CENTRAL = {"federal", "central", "national"}  # levels of government that rule the whole state
_JUNTA = {"coup", "junta", "military"}  # words that make leaders the armed forces ruling a state ("the coup leaders")
_SURNAME_PARTICLES = re.compile(r"^(al|el|al-|el-|bin|ibn|abu|de|van|von|der)[-\s]?", re.I)


def _default_lexicon() -> Lexicon:
    from kg.lexicon import load_lexicon

    return load_lexicon()


_POSSESSIVE = re.compile(r"'s$")


@lru_cache(maxsize=1 << 16)
def _plain(text: str) -> str:
    """A name with straight apostrophes and no possessive ending (the same names are read in every article)."""
    return _POSSESSIVE.sub("", text.replace("’", "'").strip())


_LOOKBACK = 2000  # earlier mentions an anaphor may refer to (bounds the work on huge texts)


def _controller(verb: Token) -> list[Token]:
    """Who does what an infinitive with no subject of its own names: the object of the verb it completes ("urged
    Hamas to accept"), else that verb's subject ("Erdogan called Aliyev to congratulate him")."""
    head = verb.head
    objects = [c for c in kids_of(head) if c.dep_ in {"dobj", "oprd"}] if verb.dep_ == "xcomp" else []
    return objects or [c for c in kids_of(head) if c.dep_ in {"nsubj", "nsubjpass"}]


@lru_cache(maxsize=1)
def _de_facto_rulers() -> frozenset[str]:
    """Every actor kg/data/authorities.tsv names as ruling a state de facto (read once)."""
    return frozenset(a for authorities in de_facto_authorities().values() for a, _, _ in authorities)


def _plural_verb(subj: Token) -> bool:
    """Does a name take a plural verb as its subject ("the RSF have dug in", "the Houthis were")?"""
    verb = subj.head
    return subj.tag_ == "NNP" and (verb.tag_ == "VBP" or any(c.dep_ == "aux" and c.tag_ == "VBP" for c in kids_of(verb))
                                   or verb.lower_ == "were" or any(c.dep_ == "aux" and c.lower_ == "were" for c in kids_of(verb)))


@dataclass
class Resolver:
    """What one document says about its actors."""

    doc: Doc
    actors: ActorDict
    doc_id: str
    published: date | None = None
    lex: Lexicon = field(default_factory=lambda: _default_lexicon())
    found: dict[str, Actor] = field(default_factory=dict)  # actors made from this text
    spans: dict[int, tuple[int, int, str, str]] = field(default_factory=dict)  # token -> (start, end, id, how)
    order: list[tuple[int, str, str]] = field(default_factory=list)  # (token, actor id, how) in reading order
    text_affiliation: dict[str, str] = field(default_factory=dict)  # person id -> actor id
    titles: dict[str, str] = field(default_factory=dict)  # person id -> title words read in text
    organ_of: dict[str, str] = field(default_factory=dict)  # organ found in the text -> its state
    also: dict[int, tuple[str, ...]] = field(default_factory=dict)  # a token naming two actors ("U.S.-Russian")
    inner: dict[int, str] = field(default_factory=dict)  # a state named inside an organ's or group's name
    parties: tuple[str, ...] = ()
    dateline: str | None = None  # the state whose city the story is datelined in ("BEIJING —")
    _descriptors: dict[str, set[str]] | None = None
    _genders: dict[str, str] | None = None
    _told: set[int] | None = None  # tokens that name whom a statement is told to
    _kinds: dict[str, str] = field(default_factory=dict)  # actor id -> kind, once known
    _affs: dict[tuple, str | None] = field(default_factory=dict)  # affiliations worked out

    def __post_init__(self) -> None:
        self.words = WordIndex(self.doc)
        self._match_names()
        self._home_organs()
        self._order_mentions()  # a first reading order, for the nouns below ("the country's police")
        find_organs(self)
        find_offices(self)
        find_named_groups(self)
        find_groups(self)
        find_regional_forces(self)
        find_regional_governments(self)
        self._read_titles()
        self._order_mentions()
        self.__dict__["_ready"] = True
        self.__dict__["_refs_of"] = {}  # token -> refs, from now on
        self.__dict__["_refs_all_of"] = {}  # token -> refs of it and its conjuncts, from now on

    # -- names ----------------------------------------------------------------
    def _add_span(self, start: int, end: int, actor_id: str, how: str) -> None:
        for i in range(start, end):
            old = self.spans.get(i)
            if old is not None and old[0] == i and old[2] != actor_id and self.kind(old[2]) == "state":
                self.inner[i] = old[2]  # "Chinese" in "Chinese coast guard" still names China
            self.spans[i] = (start, end, actor_id, how)

    def _match_names(self) -> None:
        """Dictionary and NER names (kg.extract.names), then surnames and given names used later."""
        names = NameFinder(self.doc, self.actors, self.lex, self.words).run()
        self.found.update(names.found)
        self.organ_of.update(names.organ_of)
        self.also.update(names.also)
        for i, name in names.names.items():
            self.spans[i] = (name.start, name.end, name.actor, name.how)
        self._match_short_names()

    def _home_organs(self) -> None:
        """An organ named without its country belongs to the capital it is "in" ("a Foreign Ministry
        spokeswoman in Beijing"), else to the state of the dateline's city (not an army or force: "the Karen
        National Liberation Army" in a story from Yangon is no Myanmar army), else, for courts, parliaments and police, to the state the article
        is about ("the High Court")."""
        home = None
        for start, end, actor_id, _ in sorted(set(self.spans.values())):
            actor = self.found.get(actor_id)
            if actor is None or actor.kind != "organization" or actor_id in self.organ_of:
                continue
            root = self.words.span_root(start, end)
            headed = actor.label.split()[-1].lower() in self.lex.of("organ")  # "Ministry of Foreign Affairs": only
            if not headed and root.lower_ not in self.lex.of("organ"):  # with its state or capital named
                continue
            if body := self._body_owner(root, start):
                self._body_organ(actor_id, body)  # "ECOWAS's Mediation and Security Council": a body's organ
                continue
            armed = self.lex.noun(actor.label.split()[-1].lower())[0] == "forces"  # no dateline makes an army a state's
            capital = self._state_owner(root, start) or self._capital_near(root) or (
                None if armed or not headed else self.dateline)
            if not capital and self._foreign_office(actor.label):
                capital = self._lead_state()  # "Turkey condemned the attack in Kabul ..., the Foreign Ministry said"
            if not capital and actor.label.split()[-1].lower() in self.lex.of("home-organ"):
                home = home or main_state(self)
            if capital or home:
                self._place_organ(actor_id, capital or home)

    def _foreign_office(self, label: str) -> bool:
        """Is an organ's name that of a foreign ministry ("the Foreign Ministry"), which speaks abroad for its state?"""
        words = label.lower().split()
        return "foreign" in words and words[-1] in self.lex.of("home-organ")

    def _lead_state(self) -> str | None:
        """The state that is the subject of the article's first sentence ("Turkey on Monday condemned a suicide attack
        in Afghanistan's capital"): whose foreign ministry an unowned "Foreign Ministry" is."""
        first = next(iter(self.doc.sents), None)
        subjects = [c for c in (first.root.children if first is not None else ()) if c.dep_ == "nsubj"]
        span = self.spans.get(subjects[0].i) if subjects else None
        return span[2] if span and self.kind(span[2]) == "state" else None

    def _place_organ(self, actor_id: str, state: str) -> None:
        """An organ named without its country is that state's: the dictionary's organ whose name ends
        with it ("Foreign Ministry" in Beijing is "Chinese Foreign Ministry"), else an organ of its
        own keyed by the state, so that one text's "High Court" is not another's."""
        label = self.found[actor_id].label
        known = self._known_organ(state, label)
        if known is None:
            known = f"{state}_{actor_id}"
            owner = self.actor(state)
            self.found.setdefault(known, Actor(known, f"{label} ({owner.label if owner else state})", "organization",
                                               (label,), origin="ner"))
            self.organ_of[known] = state
        self._respan(actor_id, known)

    def _state_owner(self, root: Token, start: int) -> str | None:
        """"Japan's Defense Ministry", "the Japanese Defense Ministry": the state named right before an organ."""
        for mod in kids_of(root):
            span = self.spans.get(mod.i)
            if mod.i < start and mod.dep_ in {"poss", "amod", "compound"} and span and self.kind(span[2]) == "state":
                return span[2]
        before = self.spans.get(start - 1)  # "Vietnamese Foreign Ministry spokeswoman": the parse hangs the
        if before is not None and self.words.toks[start - 1].pos_ in {"ADJ", "PROPN"} \
                and self.kind(before[2]) == "state":  # demonym on the title
            return before[2]
        return None

    def _body_owner(self, root: Token, start: int) -> str | None:
        """The international body or other organisation named before an organ's name as its owner ("ECOWAS's
        Mediation and Security Council"), unless it rules a state de facto ("the Taliban's Interior Ministry" is
        Afghanistan's)."""
        return next((span[2] for mod in kids_of(root) if mod.i < start and mod.dep_ == "poss"
                     and (span := self.spans.get(mod.i)) is not None and self.kind(span[2]) == "organization"
                     and span[2] not in _de_facto_rulers()), None)

    def _body_organ(self, actor_id: str, body: str) -> None:
        """An organ named with the body that owns it is the dictionary's organ of that body whose name ends with it
        ("the African Union's Peace and Security Council"), else an organ of no state."""
        if known := self._known_organ(body, self.found[actor_id].label):
            self._respan(actor_id, known)

    def _respan(self, actor_id: str, known: str) -> None:
        """Let every name span of ``actor_id`` stand for ``known`` instead."""
        for i, (start, end, other, how) in list(self.spans.items()):
            if other == actor_id:
                self.spans[i] = (start, end, known, how)

    def _known_organ(self, owner: str, label: str) -> str | None:
        """The dictionary's organ of ``owner`` whose name ends with ``label`` ("Foreign Ministry" of China is the
        Chinese Foreign Ministry), or None."""
        low = label.lower()
        return next((a.id for a in self.actors.organizations_of(owner)
                     if any(n.lower().endswith(low) for n in (a.label, *a.aliases))), None)

    def _capital_near(self, root: Token) -> str | None:
        """The state whose capital a name, or the noun it qualifies, is "in"."""
        for tok in (root, root.head):
            for prep in kids_of(tok):
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for obj in kids_of(prep):
                        if obj.dep_ == "pobj" and obj.text in self.actors.capitals:
                            return self.actors.capitals[obj.text]
        return None

    def _match_short_names(self) -> None:
        """A person's surname or given name used alone ("Hindi" for "Suhail al-Hindi"), also where the
        NER took it for a name of its own."""
        short = self._short_names()
        for i, pos in enumerate(self.words.pos):  # read as numbers: spaCy makes a new token at each look
            span = self.spans.get(i)
            if span is None and pos == PROPN:
                key = _plain(self.words.toks[i].text)
                if key in short and len(key) > 2:
                    self._add_span(i, i + 1, short[key], "surname")
            elif span is not None and span[0] == i and span[2] in self.found and self.found[span[2]].origin == "ner":
                key = _plain(self.words.span_text(span[0], span[1]))
                if key in short and short[key] != span[2] and key.count(" ") == 0:
                    self._add_span(span[0], span[1], short[key], "surname")

    def _short_names(self) -> dict[str, str]:
        """Surnames (last word, with and without its particle), then given names, of each person's
        full names; a surname two persons share is the one named first (family members are named in
        full), and a surname beats a given name."""
        full = [(_plain(name).split(), actor_id) for start, end, actor_id, how in sorted(set(self.spans.values()))
                if self.kind(actor_id) == "person" and how == "name"
                for name in self._person_names(actor_id, self.words.span_text(start, end))]
        short: dict[str, str] = {}
        for parts, actor_id in full:
            if len(parts) > 1:
                for part in {parts[-1], _SURNAME_PARTICLES.sub("", parts[-1])}:
                    short.setdefault(part, actor_id)
        for parts, actor_id in full:  # "Ocampo" of "Luis Moreno-Ocampo"; "Al-Houthi" opening a sentence
            if len(parts) > 1 and "-" in parts[-1] and parts[-1].split("-")[0][:1].isupper():
                short.setdefault(parts[-1].rsplit("-", 1)[1], actor_id)
            elif len(parts) > 1 and _SURNAME_PARTICLES.match(parts[-1]) and parts[-1][:1].islower():
                short.setdefault(parts[-1][:1].upper() + parts[-1][1:], actor_id)
        for parts, actor_id in full:
            if len(parts) > 1 and parts[0] not in short:
                short[parts[0]] = actor_id
        return short

    def _person_names(self, actor_id: str, text: str) -> list[str]:
        actor = self.actor(actor_id)
        return [text, *((actor.label, *actor.aliases) if actor else ())]

    @property
    def home(self) -> str | None:
        """The state the article is set in, if one stands out (:func:`kg.extract.parties.home_state`)."""
        if not self.__dict__.get("_ready"):
            return None  # not before every mention is read
        if "_home" not in self.__dict__:
            from kg.extract.parties import home_state

            self.__dict__["_home"] = None  # no recursion while it is computed
            self.__dict__["_home"] = home_state(self)
        return self.__dict__["_home"]

    def actor(self, actor_id: str) -> Actor | None:
        return self.found.get(actor_id) or self.actors.get(actor_id)

    def kind(self, actor_id: str) -> str:
        known = self._kinds.get(actor_id)
        if known is not None:
            return known
        if actor_id in (PARTIES, OTHER_SIDE):
            return "group"
        a = self.actor(actor_id)
        if a is None:
            return "group"
        self._kinds[actor_id] = a.kind  # an actor's kind never changes (asked about 500 times per article)
        return a.kind

    # -- titles and affiliations -------------------------------------------
    def _read_titles(self) -> None:
        """Affiliations stated with a name (kg.extract.titles): "Egypt's Foreign Minister Sameh Shoukry"."""
        read_titles(self)

    def last_named_org(self, tok: Token | None, noun: str = "", before: bool = False) -> str | None:
        """The organisation a common noun stands for (kg.extract.descriptors)."""
        return named_org(self, tok, noun, before)

    def descriptors(self) -> dict[str, set[str]]:
        """The common nouns the text puts beside each organisation's name, read once."""
        if self._descriptors is None:
            self._descriptors = descriptors(self)
        return self._descriptors

    def ruler(self, state: str) -> str:
        """Who governs ``state`` in this article: the organisation that rules it de facto on the article's
        date when the article names it (the Taliban in Afghanistan), else the state itself."""
        day = self.published
        for actor, start, end in de_facto_authorities().get(state, ()):
            if (day is None or (start is None or start <= day) and (end is None or day <= end)) and any(
                    a == actor for _, a, _ in self.order):
                return actor
        return state

    def _affiliation_of(self, actor_id: str) -> str | None:
        if actor_id in self.text_affiliation:
            return self.text_affiliation[actor_id]
        if actor_id in self.actors:
            return self.actors.affiliation(actor_id, self.published)
        return None

    def affiliation(self, actor_id: str) -> str | None:
        """What the actor acts for in this article: the dictionary role on the date, else the text.
        A person acting for a state organ (a ministry, the Kremlin) acts for its state; a judge for
        the court. Worked out once per actor while the actors and organs read stay the same."""
        key = (actor_id, len(self.found), len(self.organ_of), len(self.text_affiliation))
        if key not in self._affs:
            self._affs[key] = self._acts_for(actor_id)
        return self._affs[key]

    def _acts_for(self, actor_id: str) -> str | None:
        aff = self._affiliation(actor_id)
        if self.kind(actor_id) != "person":
            return aff
        for _ in range(4):  # a committee of a chamber of a congress of a state; a judge sits on a court
            organ = self.actor(aff) if aff else None
            if organ is not None and set(organ.label.lower().split()) & self.lex.of("judicial"):
                break
            if organ is not None and organ.category == "organs" and organ.affiliation:
                aff = organ.affiliation
            elif aff in self.organ_of and self._governmental(aff):
                aff = self.organ_of[aff]
            else:
                break
        return aff

    def _governmental(self, organ_id: str) -> bool:
        """An organ a person serves its owner through (a ministry, the army), not a body of its own that
        the person belongs to (a council of studies, a committee)."""
        organ = self.actor(organ_id)
        words = set(organ.label.lower().replace("(", " ").split()) if organ else set()
        return bool(words & self.lex.of("government-organ"))

    def _affiliation(self, actor_id: str) -> str | None:
        if actor_id in self.actors:
            actor = self.actors[actor_id]
            if actor.roles and actor.role_on(self.published):
                return self.actors.affiliation(actor_id, self.published)
            return self.text_affiliation.get(actor_id) or actor.affiliation or self.actors.affiliation(actor_id, self.published)
        return self.text_affiliation.get(actor_id) or self.organ_of.get(actor_id)

    # -- reading order and coreference --------------------------------------
    def _order_mentions(self) -> None:
        self.order = [(i, state, "demonym") for i, state in sorted(self.inner.items())]
        seen = set()
        for i in sorted(self.spans):
            start, end, actor_id, how = self.spans[i]
            if start not in seen:
                seen.add(start)
                self.order.append((start, actor_id, how))
        for tok in self.words.tokens(self.lex.nouns_of("parties", "person")):
            if tok.i in self.spans or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            cls, hint = self.lex.noun(tok.lower_)
            if cls == "parties" and self.refs(tok) == (PARTIES,):  # "the two delegations" ... "praised them"
                self.order.append((tok.i, PARTIES, "role"))
            if cls == "person" and self._definite(tok) and not self._modifier_actors(tok):
                ref = self._last(tok.i, {"person"}, hint=hint)
                if ref:
                    self.order.append((tok.i, ref, "role"))
        self.order.sort()

    def _definite(self, tok: Token) -> bool:
        """"the premier", "the secretary-general" (whose "the" the parser may hang on "secretary")."""
        if any(dep == "det" and low in {"the", "this", "that"} for dep, low, _ in dependents(tok)):
            return True
        joined = tok.i >= 2 and self.doc[tok.i - 1].text == "-" and not self.doc[tok.i - 2].whitespace_
        return joined and self.doc[tok.i - 2].head.i == tok.i and self._definite(self.doc[tok.i - 2])

    def _last(self, i: int, kinds: set[str], hint: str = "", categories: set[str] | None = None,
              skip: set[int] = frozenset(), unlike: frozenset[str] = frozenset()) -> str | None:
        """The last actor of one of ``kinds`` referred to before token ``i`` (demonyms only for states),
        not one of ``unlike``.

        Only the last :data:`_LOOKBACK` mentions are looked at, so huge texts take linear time.
        """
        fallback = None
        kind_of: dict[str, str] = {}
        looked = 0
        for j, actor_id, how in reversed(self.order):
            if j >= i or j in skip or actor_id in unlike:
                continue
            looked += 1
            if looked > _LOOKBACK:
                break
            if how == "demonym" and kinds != {"state"}:
                continue
            if actor_id not in kind_of:
                kind_of[actor_id] = self.kind(actor_id)
            if kind_of[actor_id] not in kinds:
                continue
            actor = self.actor(actor_id)
            if categories is not None and (actor is None or (actor.category or "") not in categories):
                if not (actor and actor.origin == "ner" and "ner" in categories):
                    continue
            fits = self._fits(actor, hint) if hint and actor is not None else True
            if fits is None:  # an office not known: only if no one named holds it
                fallback = fallback or actor_id
            elif fits:
                return actor_id
        return fallback

    def _fits(self, actor: Actor, hint: str) -> bool | None:
        """Does ``actor`` fit a noun's hint: a state whose names hold it ("the kingdom": "Kingdom of Saudi Arabia"),
        a person whose office holds it? None for a person whose office is not known."""
        if actor.kind == "state":
            return any(hint.lower() in a.lower() for a in actor.aliases)
        role = actor.role_on(self.published)
        office = actor.label if actor.origin == "text" else ""  # "Israel's defense minister"
        title = " ".join(filter(None, [role.title if role else "", self.titles.get(actor.id, ""), office]))
        if not title.strip() or " " in hint and title.lower() == hint.lower().rsplit(" ", 1)[-1]:
            return None  # (or only "minister" read for "the foreign minister": which one, not known)
        return hint.lower() in title.lower() or (hint == "Prime Minister" and "premier" in title.lower())

    def _modifier_actors(self, tok: Token, of: bool = True, pronouns: bool = True) -> list[str]:
        """Actors named in a noun's modifiers: "Israeli leaders", "the Hamas official", "officials of X",
        "a Kenya-U.S. base"."""
        out: list[str] = []
        portfolio: list[str] = []  # "the U.N. envoy for Syria" acts for the U.N.; "a spokesman for Hamas"
        for dep, low, i in dependents(tok):
            into = out
            if dep in _MOD_DEPS:
                toks = [self.words.toks[i], *self.words.toks[i].conjuncts]
                toks += [h for t in toks for h in self._hyphened(t)]
            elif of and dep == "prep" and (low == "of" or low in {"for", "from"} and self.lex.noun(tok.lower_)[0] == "person"
                                           or low == "from" and self.lex.noun(tok.lower_)[0] == "parties"):
                toks = [t for d, _, j in dependents(self.words.toks[i]) if d == "pobj"
                        for t in (self.words.toks[j], *self.words.toks[j].conjuncts)]
                into = out if low != "for" else portfolio
            else:
                continue
            for t in toks:
                for ref in self._token_refs(t, pronouns):
                    if ref not in into:
                        into.append(ref)
        return self._group_over_seat(tok, out) or portfolio

    def _body_named_on(self, tok: Token) -> tuple[str, ...]:
        """The organisations a forces noun's compound modifiers name ("African Union soldiers", "NATO troops"):
        read only on a possessor ("an African Union soldiers' base"; as a subject it cost precision on an evaluation
        half)."""
        return tuple(dict.fromkeys(r for c in kids_of(tok) if c.dep_ == "compound" for r in self.refs(c)
                                   if self.kind(r) == "organization"))

    def _from_body(self, tok: Token) -> tuple[str, ...]:
        """The organisations a forces noun is "from" ("warplanes from the Saudi-led coalition"): whose forces they
        are (not a state's: "troops from Afghanistan" may be troops leaving it)."""
        refs = tuple(r for c in kids_of(tok) if c.dep_ == "prep" and c.lower_ == "from"
                     for o in kids_of(c) if o.dep_ == "pobj" for r in self.refs_all(o))
        return refs if refs and all(self.kind(r) == "organization" for r in refs) else ()

    def _from_actor(self, tok: Token) -> bool:
        """Does ``tok`` have a "from" naming an actor ("troops from Afghanistan"; not "troops from the Golani Brigade",
        a unit no actor names)?"""
        return any(c.dep_ == "prep" and c.lower_ == "from" and any(self.refs_all(o) for o in kids_of(c) if o.dep_ == "pobj")
                   for c in kids_of(tok))

    def _group_over_seat(self, tok: Token, found: list[str]) -> list[str]:
        """"Yemen's Houthi group", "Somalia's al-Shabab militants": an armed group named beside a state that owns the
        noun is the actor; the state is only where it is."""
        if len(found) < 2:
            return found
        groups = [r for r in found if (a := self.actor(r)) is not None and a.category == "armed_groups"]
        if not groups or not (self.lex.noun(tok.lower_)[0] or self.lex.noun(tok.lemma_)[0]):  # (not "Israel's
            # Hezbollah offensive": Israel's act against the group)
            return found
        seats = {r for c in kids_of(tok) if c.dep_ == "poss" for r in self.refs(c) if self.kind(r) == "state"}
        return [r for r in found if r not in seats]

    def _token_refs(self, tok: Token, pronouns: bool) -> tuple[str, ...]:
        if tok.i in self.spans:
            return self.also.get(tok.i) or (self.spans[tok.i][2],)
        if pronouns and tok.dep_ == "poss" and tok.lower_ in _PRONOUNS_PERSON | _PRONOUNS_THING | _PRONOUNS_PLURAL | {"whose"}:
            return self.refs(tok)
        if tok.dep_ in {"pobj", "poss"}:  # "diplomats from the three countries", "the two countries' ministers"
            return state_set(self, tok) or org_noun(self, tok) or self._sides_people(tok) or (
                self.refs(tok) if tok.dep_ == "poss" and self.lex.noun(tok.lower_)[0] in BODY_CLASSES - {"state"}
                or tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.pos_ == "NOUN" else ()) or (
                self._owner_named(tok) if tok.dep_ == "poss" and self.lex.noun(tok.lower_)[0] == "state" else ())
            # "the army's high command", "the ministry's spokesman", "a spokesman for the U.N. secretary-general": the
            # body or person the noun stands for; "the Iranian government's execution of the protester": Iran
        if tok.dep_ == "nmod" and tok.pos_ == "NOUN" and tok.conjuncts:  # "The Ethiopian government and rebel leaders
            return self.refs(tok)  # accepted", the parser hanging the first of the joined subjects on the last
        if tok.dep_ == "amod" and tok.head.lemma_ in self.lex.of("document"):
            return self._body_on_force(tok)  # "a military statement said"
        if tok.dep_ == "compound":  # "a ministry spokesperson"; "Venezuelan government assets" (the parser hanging
            return org_noun(self, tok) or self._owner_named(tok) or self._body_on_force(tok)  # "Venezuelan" on
        return ()  # "government"): the government's owner

    def _body_on_force(self, tok: Token) -> tuple[str, ...]:
        """"Three civilians were killed in junta airstrikes", "army shelling hit the market", "a police crackdown": a
        bare common noun of a state's rulers, organ or forces compounded on a noun of force or coercion stands for that
        body, as "the junta" or "the army" would; so it does on a text it issues ("an army statement said")."""
        cls, hint = self.lex.noun(tok.lower_)
        if cls not in {"organ", "forces", "state"} or tok.tag_ not in {"NN", "JJ", "NNP"} or not (
                tok.text.islower() or tok.is_sent_start) or any(
                True for _ in tok.children) or not (any(
                c.plover in {"ASSAULT", "COERCE"} for c in self.lex.candidates(tok.head.lemma_, "N"))
                or tok.head.lemma_ in self.lex.of("document")):
            return ()
        if tok.head.lemma_ in self.lex.of("document"):  # "an army statement said", "a government statement": the
            return self._home_body(cls)  # home state's (the article's own army, whatever article the statement has)
        return self._forces_refs(tok, []) if cls == "forces" else self._definite_refs(tok, cls, hint)

    def _home_body(self, cls: str) -> tuple[str, ...]:
        """The forces or the rulers of the state the story is set in, for a bare noun of them; none for an organ."""
        if not self.home or cls == "organ":
            return ()
        return (self.actors.armed_forces(self.home) or self.home,) if cls == "forces" else (self.ruler(self.home),)

    def _owner_named(self, tok: Token) -> tuple[str, ...]:
        """The actors an adjective names before a noun ("Venezuelan government", "the Iranian government's")."""
        return tuple(r for dep, _, i in dependents(tok) if dep == "amod" for r in self._token_refs(self.words.toks[i], False))

    def _hyphened(self, tok: Token) -> list[Token]:
        """A modifier joined to another by a hyphen ("Kenya-U.S.", "Sino-Russian")."""
        toks = self.words.toks
        deps = _MOD_DEPS | {"npadvmod"} if tok.lower_ in {"led", "owned", "flagged", "operated"} else _MOD_DEPS  # "the
        # Hamas-led attack", "a Greek-owned tanker"
        return [toks[i] for dep, _, i in dependents(tok) if dep in deps and i + 2 == tok.i and toks[i + 1].text == "-"]

    def _populace(self, tok: Token) -> tuple[str, ...]:
        """"The Afghan people", "the people of Myanmar": a state's population, a group of its own."""
        if tok.lower_ not in self.lex.of("populace"):
            return ()
        named = [c for c in kids_of(tok) if c.dep_ in {"amod", "compound"}] + [
            o for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "of" for o in kids_of(p) if o.dep_ == "pobj"]
        states = [self.spans[c.i][2] for c in named if c.i in self.spans and self.kind(self.spans[c.i][2]) == "state"]
        if not states and not named and self.home and tok.lower_ == "people" and self._definite(tok) \
                and tok.dep_ in {"dobj", "pobj", "nsubj"}:
            return (self.people(self.home),)  # "stand with the people" in a story set in one country: its people
        return (self.people(states[0]),) if states else ()

    def _opposition(self, tok: Token) -> tuple[str, ...]:
        """"The opposition", "Kenya's opposition", "the Thai opposition": the political opposition of the state
        named, else of the state the story is set in, a group of its own ("opposition lawmakers" are a group
        of theirs, see groups.py)."""
        if not (tok.lower_ == "opposition" and tok.dep_ not in {"compound", "amod"} and any(
                c.dep_ in {"det", "poss", "amod", "compound"} for c in kids_of(tok)) or self._opposition_parties(tok)):
            return ()
        named = [self.spans[c.i][2] for c in kids_of(tok) if c.i in self.spans and self.kind(self.spans[c.i][2]) == "state"]
        named += [where] if tok.lower_ != "opposition" and (where := located(self, tok)) else []  # "parties in Georgia"
        described = None if named else self.last_named_org(tok, "opposition")  # "the opposition Unitary Platform"
        if described:
            return (described,)
        state = named[0] if named else self.home or self._leaders_state(tok)
        if not state:
            return ()
        actor_id = f"{state}_OPPOSITION"
        if actor_id not in self.found:
            label = f"{self._adjective(state)} opposition"
            self.found[actor_id] = Actor(actor_id, label, "group", (label,), origin="text")
        said = f"{self._adjective(state)} opposition {tok.lower_}"  # "Georgian opposition parties"
        if tok.lower_ != "opposition" and said not in self.found[actor_id].aliases:
            self.found[actor_id] = replace(self.found[actor_id], aliases=(*self.found[actor_id].aliases, said))
        return (actor_id,)

    def _opposition_parties(self, tok: Token) -> bool:
        """"Opposition parties denounced the decision", "the opposition groups": the political opposition named by
        its parties, with no name of its own beside the noun (not "the opposition party BNP")."""
        kids = kids_of(tok)
        return tok.lower_ in self.lex.of("opposition-head") and tok.i not in self.spans \
            and any(c.lower_ == "opposition" and c.dep_ in {"compound", "amod"} for c in kids) \
            and not any(c.dep_ == "appos" or c.i in self.spans and self.kind(self.spans[c.i][2]) != "state" for c in kids)

    def _leaders_state(self, tok: Token) -> str | None:
        """The one state the persons named in the sentence act for ("the government of President Nicolas
        Maduro and the opposition"), else the state of the one opposition the text has named before."""
        sent = self.words.sent(tok)
        states = {self.affiliation(a) for i, (_, _, a, _) in self.spans.items() if sent.start <= i < sent.end
                  and self.kind(a) == "person"} - {None}
        states = {s for s in states if self.kind(s) == "state"}
        if len(states) == 1:
            return states.pop()
        before = {a[: -len("_OPPOSITION")] for a in self.found if a.endswith("_OPPOSITION")}
        return before.pop() if len(before) == 1 else None

    def people(self, state_id: str) -> str:
        """A population named by a plural demonym ("Palestinians"): a group actor of its own."""
        actor_id = f"{state_id}_PEOPLE"
        if actor_id not in self.found:
            state = self.actor(state_id)
            also = (f"people of {state.label}",) if state else ()  # "the people of Myanmar"
            self.found[actor_id] = Actor(actor_id, f"{self._adjective(state_id)} people", "group", tuple(
                d for d in (state.demonyms if state else ()) if d.endswith("s")) + also, origin="text")
        return actor_id

    def _adjective(self, state_id: str) -> str:
        """The state's adjective ("Kenyan"), else its name."""
        state = self.actor(state_id)
        return next((d for d in (state.demonyms if state else ()) if not d.endswith("s") and d[:1].isupper()),
                    state.label if state else state_id)

    def last_persons(self, i: int, n: int, hint: str = "", unlike: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """The last ``n`` persons named before token ``i``, subjects first ("the two men"), holding
        the office ``hint`` names when it is given ("the prime ministers"); those of its own sentence first
        ("Burhan met Sisi, and the two leaders discussed the crisis"); none of ``unlike`` ("Lourenco said he
        would host the two leaders": not Lourenco)."""
        start = self.words.sent(self.doc[i]).start
        here = list(dict.fromkeys(a for j, a, _ in self.order if start <= j < i and self.kind(a) == "person"
                                  and (not hint or self._holds(a, hint)) and a not in unlike))
        if len(here) >= n:
            return tuple(here[-n:])
        for subjects_only in (True, False):
            out: list[str] = []
            for j, actor_id, how in reversed(self.order):
                if j < i and self.kind(actor_id) == "person" and actor_id not in out and actor_id not in unlike:
                    if subjects_only and not self._is_subject(j) or hint and not self._holds(actor_id, hint):
                        continue
                    out.append(actor_id)
                    if len(out) == n:
                        return tuple(reversed(out))
        return ()

    def _holds(self, actor_id: str, hint: str) -> bool:
        actor = self.actor(actor_id)
        role = actor.role_on(self.published) if actor else None
        title = " ".join(filter(None, [role.title if role else "", self.titles.get(actor_id, "")])).lower()
        return hint.lower() in title or (hint == "Prime Minister" and "premier" in title)

    def _is_subject(self, j: int) -> bool:
        start, end = self.spans[j][:2] if j in self.spans else (j, j + 1)
        root = self.words.span_root(start, end)
        while root.dep_ == "conj":
            root = root.head
        return root.dep_ in {"nsubj", "nsubjpass"}

    def refs(self, tok: Token) -> tuple[str, ...]:
        """The actors a token (the head of a noun phrase) stands for, or ``()``; worked out once per token
        when every mention is read (the rules ask of the same tokens again and again)."""
        memo = self.__dict__.get("_refs_of")
        if memo is None:
            return self._refs(tok)
        found = memo.get(tok.i)
        if found is None:
            found = memo[tok.i] = self._refs(tok)
        return found

    def _refs(self, tok: Token) -> tuple[str, ...]:
        span = self.spans.get(tok.i)
        if span:
            return self._span_refs(tok, span)
        plural = person_set(self, tok) or state_set(self, tok) or org_noun(self, tok)
        if plural:
            return plural  # "the two men", "the three nations", "the regional body"
        if told := self._your_state(tok):
            return told  # '"We will go along with your country," Trump told Starmer': Britain
        if tok.lower_ == "each" and tok.dep_ == "nsubj" and (pair := self._each_of_pair(tok)):
            return pair  # "Kurti and Vucic failed to agree, with each blaming the other"
        if tok.lower_ in self.lex.of("partitive") and (part := self._partitive(tok)):
            return part  # "some of the RSF fighters", "many of whom"
        if tok.pos_ == "NUM" and (part := counted(self, tok)):
            return part  # "40 of them", "the 40 were deported"
        if tok.pos_ == "PRON" or tok.lower_ in _PRONOUNS_PERSON | _PRONOUNS_THING | _PRONOUNS_PLURAL | {"whose"} or (
                tok.lower_ == "that" and tok.dep_ == "nsubj"):  # ("militias that Washington says are behind it", the
            return self._pronoun_refs(tok)  # subject "that" tagged a conjunction)
        quantity = quantity_refs(self, tok) or self._populace(tok) or self._opposition(tok)
        if quantity:
            return quantity
        if named := self._appos_names(tok):
            return named
        if (named := self._appos_of_title_object(tok)) is not None:
            return named  # "The U.N. envoy for Libya, Hanna Tetteh, met ...", the name hung on "Libya"
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.i in self.spans and tok.head.i < tok.i:
            return self._span_refs(tok.head, self.spans[tok.head.i])  # "China, North Korea's main ally, ..."
        nxt = self.spans.get(tok.i + 1)
        if nxt and nxt[0] == tok.i + 1 and self.kind(nxt[2]) == "person" and self.lex.noun(tok.lower_)[0] == "person":
            return (nxt[2],)  # "army chief Abdel Fattah al-Burhan" parsed apart: the title is the name's
        if tok.dep_ == "conj":  # "A and an armed group, the SDF": the name is the last conjunct's
            for child in kids_of(tok.head):
                if child.dep_ == "appos" and child.i > tok.i and child.i in self.spans:
                    return (self.spans[child.i][2],)
            if (named := self._appos_hung_higher(tok)) is not None:
                return named
        cls, hint = self.lex.noun(tok.lower_)
        if not cls and tok.i >= 2 and self.doc[tok.i - 1].text == "-" and not self.doc[tok.i - 2].whitespace_:
            cls, hint = self.lex.noun(f"{self.doc[tok.i - 2].lower_}-{tok.lower_}")  # "secretary-general"
        return self._accused(tok) if cls == "accused" else self._noun_refs(tok, cls, hint) if cls else ()

    def _appos_names(self, tok: Token) -> tuple[str, ...]:
        """"his French counterpart Stéphane Séjourné", "its allies Burkina Faso and Niger": the name set beside a
        noun, with the names joined to it (not "A and B, the X")."""
        for dep, _, i in dependents(tok):
            if dep == "appos" and i in self.spans and not any(d == "conj" and j < i for d, _, j in dependents(tok)) \
                    and not self._names_conjunct(self.doc[i]):
                return tuple(dict.fromkeys([self.spans[i][2]] + [self.spans[c.i][2] for c in conjuncts_of(self.doc[i])
                                                                 if c.i in self.spans and c.pos_ == "PROPN"]))
        return ()

    def _appos_of_title_object(self, tok: Token) -> tuple[str, ...] | None:
        """"The U.N. special envoy for Myanmar, Julie Bishop, condemned ...": a person's name set off by commas after
        an office noun's "for", "to" or "on" phrase, that the parser hung on the place or body that phrase names, is
        the office holder's name (a state or body is no person)."""
        if not (self.lex.noun(tok.lower_)[0] == "person" or tok.lower_ in self.lex.of("state-title")) or tok.tag_ != "NN":
            return None
        for prep in kids_of(tok):
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "to", "on", "of"}:
                continue  # (and "of": "The head of the IAEA, Rafael Grossi, urged ...")
            for obj in kids_of(prep):
                name = next((c for c in kids_of(obj) if c.dep_ == "appos" and c.i in self.spans
                             and self.kind(self.spans[c.i][2]) == "person" and self.doc[c.left_edge.i - 1].text == ","),
                            None)
                body = obj if obj.i in self.spans else next(  # "the U.N. mission": the body its modifier names
                    (c for c in kids_of(obj) if c.dep_ == "compound" and c.i in self.spans), obj)
                if obj.dep_ == "pobj" and body.i in self.spans and self.kind(self.spans[body.i][2]) != "person" and name:
                    return (self.spans[name.i][2],)
        return None

    def _appos_hung_higher(self, tok: Token) -> tuple[str, ...] | None:
        """"agreements between Syria's authorities and an armed group, the Syrian Democratic Forces": a name set
        right after the last conjunct, a group noun, that the parser hung on a word above it names the group."""
        after = tok.right_edge.i + 1
        if after + 1 >= len(self.doc) or self.doc[after].text != "," or self.lex.noun(tok.lower_)[0] != "group":
            return None
        name = self.doc[after + 1]
        while name.dep_ != "appos" and name.head.i > name.i:  # "the Syrian Democratic Forces": up to its head word
            name = name.head
        if name.dep_ != "appos" or name.i not in self.spans or name.left_edge.i != after + 1 \
                or not any(a.i == name.head.i for a in tok.ancestors):
            return None
        return (self.spans[name.i][2],)

    def _names_conjunct(self, name: Token) -> bool:
        """Is an appositive name the one :meth:`_appos_hung_higher` gives a group noun below its head ("Talks
        between A and a rebel group, the TPLF, resumed": the TPLF is the group, not the talks)?"""
        return any(t.dep_ == "conj" and t.right_edge.i + 2 == name.left_edge.i and self._appos_hung_higher(t)
                   for t in name.head.subtree if t.i < name.i)

    def _span_refs(self, tok: Token, span: tuple[int, int, str, str]) -> tuple[str, ...]:
        """A name: its actor; a plural demonym as a noun ("Palestinians") names the people."""
        if span[3] == "demonym" and tok.tag_ in {"NNS", "NNPS"} and tok.dep_ not in {"amod", "compound", "nmod"} \
                and self.kind(span[2]) == "state":
            return (self.people(span[2]),)
        if self.kind(span[2]) == "group" and tok.lower_ in self.lex.of("regional-collective") and not any(
                c.dep_ == "compound" and c.pos_ == "NOUN" for c in kids_of(tok)) and (  # ("Sudan peace mediators")
                sent_by := self._modifier_actors(tok, of=False)):
            return tuple(sent_by)  # "Egyptian and Qatari mediators": Egypt and Qatar, not the group of mediators
        if self.kind(span[2]) == "group" and (a := self.found.get(span[2])) is not None and a.origin == "text" and (
                side := self._our_side(tok) or self._members_of(tok)):
            return tuple(side)  # '"Our fighters shot down two drones," Hamas said': Hamas's, not a group of fighters
        return self.also.get(tok.i) or (span[2],)

    def _members_of(self, tok: Token) -> list[str]:
        """The organisation a group of people named "from" or "of" it belongs to ("gunmen from the Islamic State
        West Africa Province", "fighters from Hamas"): they act for it (not "journalists from Reuters": a news outlet
        only reports)."""
        if self.lex.noun(tok.lower_)[0] != "group":
            return []  # (armed people only: "supporters of the PTI" are not the PTI)
        return [r for dep, low, i in dependents(tok) if dep == "prep" and low in {"from", "of"}
                for d, _, j in dependents(self.words.toks[i]) if d == "pobj"
                for r in self.refs_all(self.words.toks[j]) if self.kind(r) == "organization" and not self.lex.outlet(r)]

    def _pronoun_refs(self, tok: Token) -> tuple[str, ...]:
        """He, she, it, they, who, whose: the actor the pronoun refers back to."""
        low = tok.lower_
        if (named := self._bracketed(tok)) is not None:
            return named  # '"everything they (Russia) say"': the name the writer put in brackets after it
        if low == "both" and tok.dep_ in {"nsubj", "nsubjpass"}:
            return self._both(tok)
        if low in {"who", "whom", "which", "that", "whose"} and (relative := self._relative_refs(tok)) is not None:
            return relative
        if low in {"his", "her", "him"} and (known := self._judged_person(tok) or self._addressed_before(tok)):
            return known  # ("Erdogan called his Russian counterpart, urging him to extend the deal": the counterpart)
        if low in _PRONOUNS_PERSON:
            unlike = self._unlike(low) | self._quoting(tok) | self._own_subject(tok)
            ref = self._clause_subject(tok, unlike) or self._previous_subject(tok, unlike) or self._last(
                tok.i, {"person"}, unlike=unlike)
        elif low in {"us", "our", "ours", "you", "your", "yours"}:  # '"He accused us of abuses," Mujahid said': the
            return (self._addressee if low[0] == "y" else self._quoting_side)(tok)  # Taliban; "you": whom it is told to
        elif low in _PRONOUNS_THING and (said := speaker_it(self, tok)) is not None:
            return said
        elif tok.dep_ == "poss" and (same := self._pronoun_subject(tok) or self._teller_of_content(tok)):
            return same  # "said it was recalling its ambassador"; "Hamas rejected it, its spokesman said"
        elif low in _PRONOUNS_THING and tok.dep_ == "poss" and (above := self._subject_above(tok)):
            return above  # "China never condemned the invasion, and its partnership with Russia grew"
        elif low == "it" and tok.head.dep_ == "conj" and (above := self._subject_above(tok)) and self._one_body(tok.head):
            return above  # "Ethiopia's government did not respond to VOA's request, but it has dismissed ..."
        elif low in _PRONOUNS_THING:  # ("strikes on its facilities": not the striker's)
            ref = self._verb_subject_for(tok, dealt) if (dealt := self._dealers(tok)) else self._previous_body(tok)
            ref = ref or self._last_body(tok, dealt)
        elif low in _PRONOUNS_PLURAL and speaker_they(self, tok):
            return speaker_they(self, tok)
        elif low in _PRONOUNS_PLURAL and (above := self._subject_above(tok) or self._joint_owner(tok)
                                          or self._objects_above(tok) or self._previous_subjects(tok)):
            return above
        elif low in _PRONOUNS_PLURAL:
            return self._plural_refs(tok)
        else:
            ref = None
        return (ref,) if ref else ()

    def _bracketed(self, tok: Token) -> tuple[str, ...] | None:
        """The actor a pronoun is told to be by a name in brackets right after it ("they (Russia)", "he (Putin)")."""
        doc = self.doc
        if tok.i + 3 >= len(doc) or doc[tok.i + 1].text != "(":
            return None
        close = next((t.i for t in doc[tok.i + 2: tok.i + 8] if t.text == ")"), None)
        if close is None:
            return None
        refs = tuple(dict.fromkeys(r for t in doc[tok.i + 2: close] for r in self.refs(t) if t.pos_ == "PROPN"))
        return refs or None

    def _media(self) -> frozenset[str]:
        """The news media named in the text: "they" does not refer back to them ("told AFP ... 'They will'")."""
        return frozenset(a for _, a, _ in self.order if self.lex.outlet(a))

    @staticmethod
    def _object_of(tok: Token) -> Token:
        """The word whose object ``tok`` is, through a part of it ("turned 40 of them over": turned): its subject
        is not what an object pronoun stands for."""
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ in {"dobj", "nsubjpass"}:
            return head.head.head  # ("Thailand turned 40 of them over": not Thailand)
        return head

    def _dealers(self, tok: Token) -> frozenset[str]:
        """"Israeli and U.S. strikes on its nuclear facilities": "its" in whom a blow is aimed at is not the one
        the blow's noun names as its dealer (nor the subject of a verb of force: "Russia attacked its power grid")."""
        owned = tok.head
        if (verb := self._struck_by(tok)) is not None:
            return frozenset(r for c in kids_of(subject_verb(verb)) if c.dep_ == "nsubj" for r in self.refs_all(c)
                             or self._modifier_actors(c, of=False, pronouns=False))  # ("U.S. and British jets")
        if tok.dep_ != "poss" or owned.dep_ != "pobj" or owned.head.lower_ not in {"on", "against"}:
            return frozenset()
        return frozenset(self._modifier_actors(owned.head.head, of=False, pronouns=False))

    def _struck_by(self, tok: Token) -> Token | None:
        """The verb of force whose object, or whom its preposition aims it at, ``tok`` owns ("Russia attacked its
        power grid", "Afghan forces fired on its border posts", "fired rockets at its northern towns"): a side
        does not strike its own, so "its" or "their" there is another's."""
        owned = tok.head
        if tok.dep_ != "poss" or tok.lower_ not in {"its", "their"} or owned.dep_ not in {"dobj", "pobj"} \
                or owned.lemma_ in self.lex.of("arms"):
            return None  # ("North Korea fired its latest ballistic missile": the weapon is the striker's own)
        verb = owned.head
        if owned.dep_ == "pobj":
            verb = verb.head.head if verb.head.dep_ == "dobj" else verb.head  # ("fired rockets at its towns")
            if owned.head.lower_ not in _AIMED:
                return None
        return verb if self._blow_verb(verb, owned, {"ASSAULT"}) else None

    def _object_before(self, tok: Token) -> tuple[str, ...]:
        """"The court dissolved the party and banned its leaders", "Beijing sanctioned two U.S. firms and froze their
        assets": "its" or "their" owning the object of a blow or a restriction joined to a verb before it is that
        verb's object, when that names the actor (or actors) the pronoun fits."""
        owned = tok.head
        if tok.lower_ not in {"its", "their"} or owned.dep_ != "dobj" or owned.head.dep_ != "conj":
            return ()
        verb, first = owned.head, owned.head.head
        if first.pos_ != "VERB" or not self._blow_verb(verb, owned, {"ASSAULT", "COERCE", "SANCTION"}):
            return ()
        obj = next((c for c in kids_of(first) if c.dep_ == "dobj"), None)
        return self._owner_of(obj, tok) if obj is not None else ()

    def _blow_verb(self, verb: Token, owned: Token, types: set[str]) -> bool:
        """Is ``verb`` a verb of one of ``types`` (with a subject, its own or that of the verb it is joined to) whose
        object ``owned`` is not the blow itself ("launched its largest attack")?"""
        force = verb.pos_ == "VERB" and any(c.plover in types and owned.lemma_ not in c.words
                                            for c in self.lex.candidates(verb.lemma_, "V"))
        kids = {k.lemma_ for k in kids_of(owned)}  # ("Russia launched its aggression": its own; not "its base")
        act = any(c.event and set(c.words[1:]) <= kids for c in self.lex.candidates(owned.lemma_, "N"))
        return force and not act and any(c.dep_ == "nsubj" for c in kids_of(subject_verb(verb)))

    def _verb_subject_for(self, tok: Token, unlike: frozenset[str]) -> str | None:
        """The state or organisation that is the subject of the verb a phrase holding ``tok`` hangs from ("Iran
        suspended cooperation after Israeli strikes on its facilities": Iran), if it is not one of ``unlike``."""
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        refs = [r for c in kids_of(verb) if c.dep_ == "nsubj" for r in self.refs(c)] if verb is not None else []
        return refs[0] if len(refs) == 1 and refs[0] not in unlike and self.kind(refs[0]) in {"state", "organization"} \
            else None

    def _each_of_pair(self, tok: Token) -> tuple[str, ...]:
        """"each" as the subject of a clause hung on a verb (", with each blaming the other"): each of that verb's
        subjects, when it has several."""
        verb = tok.head.head.head if tok.head.dep_ == "pcomp" else tok.head.head
        if tok.head.dep_ not in {"pcomp", "advcl"} or verb.pos_ not in {"VERB", "AUX"}:
            return ()
        pair = tuple(r for c in kids_of(verb) if c.dep_ == "nsubj" for r in self.refs_all(c))
        return pair if len(pair) >= 2 else ()

    def _antecedent_refs(self, tok: Token, head: Token) -> tuple[str, ...]:
        """What a relative pronoun stands for (``head``, the noun its clause hangs on): "Saudi Arabia and the United
        States, which": both; never a conjunct the parser hangs after it ("persons who provide support, the adviser,
        Bolton said": not the adviser)."""
        if tok.i == head.i + 1:
            return self.refs(head)
        return tuple(dict.fromkeys(r for t in (head, *conjuncts_of(head)) if t.i < tok.i for r in self.refs(t)))

    def _who_person(self, head: Token) -> tuple[str, ...]:
        """The person "who" stands for when the parser hangs the clause on an organisation named in his title
        ("a journalist for Radio Liberty, who"): the person that title is apposed to; else nothing."""
        if any(self.kind(r) == "person" for r in self.refs(head)) or head.dep_ != "pobj":
            return ()
        title = head.head.head
        if title.dep_ == "appos" and (refs := self.refs(title.head)) and all(self.kind(r) == "person" for r in refs):
            return refs
        return ()

    def _pronoun_subject(self, tok: Token) -> tuple[str, ...]:
        """"It said it was recalling its ambassador", "the United States ... has kept its troops there": "its"
        owning the object of a verb is the verb's subject (of the verb it is joined to, when it has none),
        when that is "it" or a state or organisation ("their": "they" or several)."""
        owned = tok.head
        if before := self._object_before(tok):
            return before  # ("dissolved the party and banned its leaders")
        if owned.dep_ not in {"dobj", "pobj"} or tok.lower_ not in {"its", "their"} or self._struck_by(tok) is not None:
            return ()  # ("Russia attacked its power grid": another's, :meth:`_dealers`)
        verb = owned.head.head if owned.dep_ == "pobj" else owned.head
        if owned.dep_ == "pobj" and owned.head.lower_ in {"for", "over"} and (judged := self._judged_for(tok, verb)):
            return judged  # "condemned Rwanda for its support of the M23": Rwanda's
        verb = subject_verb(verb)
        subj = next((c for c in kids_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None and verb.dep_ == "xcomp":  # "the group vowed to continue its attacks": the group's; "urged
            head = verb.head  # Hamas to end its attacks": Hamas's (whom the verb above moves to act)
            subj = next((c for c in kids_of(head) if c.dep_ == "dobj"), None) if head.lemma_ in self.lex.of("control") \
                else next((c for c in kids_of(subject_verb(head)) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.lower_ in _PRONOUNS_PERSON | {"who", "which", "that"}:
            return ()  # ("militants who had attacked its troops": not the militants')
        if subj.lower_ in {"it", "they"}:
            return self.refs_all(subj) if subj.lower_ == {"its": "it", "their": "they"}[tok.lower_] else ()
        return self._owner_of(subj, tok)

    def _teller_of_content(self, tok: Token) -> tuple[str, ...]:
        """"Hamas will not accept the deal, its spokesman said", "Iran will respond, its foreign minister said": "its"
        owning the subject of a verb of saying told after what is said is the state or body that the said clause is
        about (its subject), not the last actor named in it."""
        owner = tok.head
        verb = owner.head
        if tok.lower_ not in {"its", "their"} or owner.dep_ != "nsubj" or verb.lemma_ not in self.lex.of("speech"):
            return ()
        said = next((c for c in kids_of(verb) if c.dep_ == "ccomp" and c.i < owner.i), None)
        subj = next((c for c in kids_of(said) if c.dep_ in {"nsubj", "nsubjpass"}), None) if said is not None else None
        refs = tuple(r for r in self.refs_all(subj) if self.kind(r) in {"state", "organization"}) if subj is not None else ()
        return refs if len(refs) == 1 or tok.lower_ == "their" else ()

    def _judged_for(self, tok: Token, verb: Token) -> tuple[str, ...]:
        """"Kenya thanked Qatar for its role", "the U.S. condemned Rwanda for its support", "thanked Trump for his
        mediation": the possessive in what someone is judged for is the one judged (the verb's object), when it fits."""
        obj = next((c for c in kids_of(verb) if c.dep_ == "dobj" and c.i < tok.i), None)
        aimed = [o for p in kids_of(verb) if p.dep_ == "prep" and p.lower_ == "at" and p.i < tok.i for o in kids_of(p)
                 if o.dep_ == "pobj"]  # "took aim at Orban over his visit to Moscow", "lashed out at Russia over its role"
        for judged in ([obj] if obj is not None else []) + aimed:
            if owner := self._owner_of(judged, tok):
                return owner
        return self._measure_target(tok, verb, obj)

    def _measure_target(self, tok: Token, verb: Token, obj: Token | None) -> tuple[str, ...]:
        """"Washington imposed sanctions against Tehran for its nuclear program", "the EU called for sanctions against
        Russia for its invasion", "imposed tariffs on China for its trade practices": a measure laid or called for
        "against" or "on" someone for what "its" names is laid on that one, not on whoever lays it."""
        called = [o for p in kids_of(verb) if p.dep_ == "prep" and p.lower_ == "for" and p.i < tok.i
                  for o in kids_of(p) if o.dep_ == "pobj"]  # ("called for sanctions against Russia")
        for host in [*([obj] if obj is not None else []), *called, verb]:
            for p in kids_of(host):
                if p.dep_ == "prep" and p.lower_ in {"against", "on"} and p.i < tok.i:
                    for o in kids_of(p):
                        if o.dep_ == "pobj" and (owner := self._owner_of(o, tok)):
                            return owner
        return ()

    def _judged_person(self, tok: Token) -> tuple[str, ...]:
        """"Aliyev thanked Trump for his mediation", "praised Ruto for her role", "took aim at Orban over his visit":
        "his" or "her" in what a person is judged for is that person (the verb's object, or whom it is aimed "at")."""
        owned = tok.head
        if tok.dep_ != "poss" or owned.dep_ != "pobj" or owned.head.lower_ not in {"for", "over"}:
            return ()  # ("criticized Netanyahu over his handling of the war")
        return self._judged_for(tok, owned.head.head)

    def _relative_refs(self, tok: Token) -> tuple[str, ...] | None:
        """Who, which, that and whose of a relative clause: the antecedent; None for another use of the word."""
        low = tok.lower_
        if low == "who" and tok.head.dep_ == "relcl" and (person := self._who_person(tok.head.head)):
            return person  # "Ihar Losik, a journalist for Radio Liberty, who was sentenced": Losik
        if low in {"who", "whom", "which", "that"} and tok.head.dep_ == "relcl":
            return self._antecedent_refs(tok, tok.head.head)  # ("the Houthis, whom Washington blames")
        if low in {"who", "which", "that"} and tok.head.dep_ == "ccomp" and tok.head.head.dep_ == "relcl" \
                and tok.i < tok.head.head.i:  # "Hezbollah, which Israel says fired the rockets": the subject of
            return self._antecedent_refs(tok, tok.head.head.head)  # what the relative clause's verb says
        part = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if low in {"whom", "which"} and part is not None and part.lower_ in self.lex.of("partitive") \
                and part.i >= 2 and self.doc[part.i - 1].text == "," and part.dep_ in {"nsubj", "nsubjpass"}:
            before = part.head.head if part.head.dep_ == "relcl" else self.doc[part.i - 2]  # (not "Khan" of "supporters
            refs = self.refs_all(before)  # of Khan, many of whom"); "protesters, some of whom threw rocks": the protesters (people,
            return tuple(r for r in refs if low == "which" or self.kind(r) != "state")  # for "whom": not "Cairo")
        if low == "whose":  # "Erdogan, whose government has sent drones"
            anc = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            return self.refs(anc.head) if anc is not None else ()
        return None

    def _both(self, tok: Token) -> tuple[str, ...]:
        """"The army and the RSF agreed to a truce, but both accused each other": the two the clause above names,
        else the parties; "both were sentenced": whom, the text does not say."""
        above = self._subject_above(tok)
        return above if len(above) >= 2 else (PARTIES,) * (tok.dep_ == "nsubj")

    def _owner_of(self, noun: Token, pronoun: Token) -> tuple[str, ...]:
        """The actors ``noun`` names when they may own the possessive ``pronoun``: states, organisations or groups,
        one for "its", several (or a plural noun) for "their"; one person for "his" or "her"."""
        if pronoun.lower_ in {"his", "her"}:
            refs = self.refs(noun)
            return refs if len(refs) == 1 and self.kind(refs[0]) == "person" else ()
        refs = self.refs_all(noun)
        fits = refs and all(self.kind(r) in {"state", "organization", "group"} for r in refs)
        plural = len(refs) > 1 or noun.tag_ in {"NNS", "NNPS"}
        return refs if fits and plural == (pronoun.lower_ == "their") else ()

    def _armed_group_forces(self, noun: Token, pronoun: Token) -> tuple[str, ...]:
        """"The Taliban said their forces had killed 12 militants", "the Houthis said their fighters ...": an armed
        group named as one, spoken of as many, owns the fighters "their" names in what it says."""
        refs = self.refs_all(noun)
        if pronoun.lower_ != "their" or len(refs) != 1 or self.lex.noun(pronoun.head.lower_)[0] not in {"forces", "group"}:
            return ()
        return refs if (a := self.actor(refs[0])) is not None and a.category == "armed_groups" else ()

    def _subject_above(self, tok: Token) -> tuple[str, ...]:
        """"Taliban officials do not respond to VOA because they have imposed a ban": "they" in a clause
        of cause or time, or in a second clause, is the subject of the clause it hangs from; so is "its" that
        owns the subject of what a body says ("the army said its forces killed 30 jihadists")."""
        owned = tok.head if tok.dep_ == "poss" and tok.head.dep_ in {"nsubj", "nsubjpass"} else tok  # "its partnership"
        verb = owned.head
        said = verb.dep_ == "ccomp" and owned is not tok and verb.head.lemma_ in self.lex.of("speech")
        if owned.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ not in {"advcl", "conj"} and not said \
                or verb.head.i == verb.i:
            return ()
        subj = next((c for c in kids_of(verb.head) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
        if subj is None or subj.lower_ in _PRONOUNS_PLURAL:
            return ()
        if said:  # ("the United Nations says their treatment may amount to crimes": not the U.N.'s)
            return self._owner_of(subj, tok) or self._armed_group_forces(subj, tok)
        refs = self.refs_all(subj)
        return refs if refs and all(self.kind(r) in {"organization", "state", "group"} for r in refs) else ()

    def _one_body(self, verb: Token) -> bool:
        """Is the subject of the clause that ``verb`` is joined to one state or organisation, named in the singular?"""
        subj = next((c for c in kids_of(verb.head) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        refs = self.refs_all(subj) if subj is not None and subj.tag_ not in {"NNS", "NNPS"} else ()
        return len(refs) == 1 and self.kind(refs[0]) in {"state", "organization"}

    def _objects_above(self, tok: Token) -> tuple[str, ...]:
        """"Rubio called Bayramov and Mirzoyan to congratulate them": "them" as the object of a purpose clause is
        whom the verb above it names as its objects, when it names several."""
        if tok.lower_ == "their":
            return self._plural_object_above(tok)
        if tok.lower_ != "them" or tok.dep_ not in {"dobj", "pobj"}:
            return ()
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        if verb.dep_ not in {"xcomp", "advcl"}:
            return ()
        obj = next((c for c in kids_of(verb.head) if c.dep_ == "dobj"), None)
        refs = self.refs_all(obj) if obj is not None else ()
        return refs if len(refs) > 1 else ()

    def _plural_object_above(self, tok: Token) -> tuple[str, ...]:
        """"sanctioned nine U.S. defense companies, freezing their assets", "struck Hamas fighters, destroying their
        tunnels": "their" in a participle clause hung on a verb is that verb's plural object, whose the object is."""
        if tok.lower_ != "their" or tok.dep_ != "poss" or tok.head.dep_ not in {"dobj", "pobj"} or any(
                c.lower_ == "own" for c in kids_of(tok.head)):
            return ()  # ("repelled RSF attacks, praising their own soldiers": the army's)
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
        while verb is not None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head  # "freezing their assets and banning their executives"
        if verb is None or verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return ()
        obj = next((c for c in kids_of(verb.head) if c.dep_ == "dobj" and c.tag_ == "NNS" and c.i < tok.i), None)
        if obj is None:
            return ()
        return self.refs_all(obj) or tuple(self._modifier_actors(obj, pronouns=False))

    def _joint_owner(self, tok: Token) -> tuple[str, ...]:
        """"India and France pledged to deepen their cooperation": "their" in the clause of a subject
        that names several actors is all of them."""
        if tok.lower_ != "their":
            return ()
        below = tok
        for verb in tok.ancestors:
            subj = next((c for c in kids_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i
                         and not c.left_edge.i <= tok.i <= c.right_edge.i), None)  # (not a subject "their" is part of:
            # '"Our soldiers and their commanders say ..."')
            if below.dep_ == "xcomp":  # "urged X and Y to honor their commitments": X and Y
                subj = next((c for c in kids_of(verb) if c.dep_ == "dobj" and c.i < tok.i), subj)
            below = verb
            if subj is not None:
                refs = self.refs_all(subj)
                return refs if len(refs) > 1 and all(self.kind(r) in {"organization", "state", "group"}
                                                     for r in refs) else ()
        return ()

    def _addressees(self, tok: Token) -> set[int]:
        """Whom statements are told to ("told VOA it had been working", "told VOA. Its ..."): the medium
        that receives a statement is not what "it" stands for. Read once per document."""
        if self._told is None:
            speech = self.lex.of("speech")
            self._told = {t.i for v in self.words.tokens(lemmas={w.lower() for w in speech})
                          if v.lemma_ in speech and v.pos_ in {"VERB", "AUX"}
                          for c in kids_of(v) if c.dep_ in {"dobj", "dative"} for t in c.subtree}
        return self._told

    def _noun_refs(self, tok: Token, cls: str, hint: str) -> tuple[str, ...]:
        """A common noun of nouns.tsv: "Israeli officials", "the premier", "both sides", "the army"."""
        mods = self._owner_mods(tok, cls)
        if cls == "parties":
            return _parties_refs(tok, mods)
        if cls == "group" or cls in {"person", "forces"} and not mods and self._armed_people(tok):
            return self._group_refs(tok, mods)  # "the rebels", "the guerrilla commanders", "the paramilitary forces"
        if tok.lower_ == "generals" or cls == "person" and tok.tag_ == "NNS" and any(
                c.dep_ in {"amod", "compound"} and c.lower_ in _JUNTA for c in kids_of(tok)):
            return self._junta_refs(tok, mods)  # "the generals", "the coup leaders": the armed forces that rule
        if cls in {"forces", "state"} and self._dissenting(tok):
            return self._dissenters(tok, cls)  # "the resistance forces", "the shadow government": no state's
        if cls == "forces":
            return self._forces_refs(tok, mods)
        if mods and cls == "state" and tok.lower_ in _RULING:  # "Afghan authorities": the Taliban, since 2021
            return tuple(dict.fromkeys(self._led_state(m) or m for m in mods))
        if mods:
            return tuple(m for m in mods if self.kind(m) != "person") or tuple(
                a for m in mods if (a := self.affiliation(m)))
        if cls == "state" and (where := located(self, tok) or tok.lower_ in _RULING and seated(self, tok)):
            return (where,)  # "authorities in Kenya", "accused the government in Kabul of ..."
        if cls == "person" and (where := self._officials_in(tok)):
            return (where,)  # "officials in Seoul", "an official in Baghdad"
        if cls == "person" and (rulers := self._government_people(tok)):
            return rulers  # "Government officials said": the rulers of the state the story is set in
        if cls == "person" and tok.tag_ in {"NNS", "NNPS"}:
            return self._same_noun_before(tok) if self._definite(tok) else ()  # "the officials": not one person
        if cls == "person" and (posts := self._posted_at(tok, hint)):
            return posts  # "the top diplomat at the Pakistan embassy"
        if cls == "state" and bare_subject(tok) and not self._definite(tok) and (where := acted_in(self, tok)):
            return (self.ruler(where),)  # "Authorities detained 20 protesters in Nairobi": Kenya's
        if cls == "state" and bare_subject(tok) and not self._definite(tok):
            return (self.ruler(self.home),) if self.home else ()  # "Authorities said": a story set in one country's own
        return self._definite_refs(tok, cls, hint) if self._definite(tok) else ()

    def _owner_mods(self, tok: Token, cls: str) -> list[str]:
        """The actors a noun's modifiers name, less groups of people for an organ, forces or rulers ("the arrest by
        police of three journalists", with "of" hung on "police": journalists own no police)."""
        if cls in {"forces", "group"} and (ours := self._our_side(tok)):
            return ours  # '"Our forces destroyed three tanks," the army said': the speaker's forces (not whoever "our"
            # would refer back to by itself)
        mods = self._modifier_actors(tok) or (self._leaders(tok) if cls == "person" else [])
        if not mods and cls in {"forces", "state"}:
            mods = self._country_owner(tok)
        return [m for m in mods if self.kind(m) != "group"] if cls in {"organ", "forces", "state"} else mods

    def _country_owner(self, tok: Token) -> list[str]:
        """"The country's authorities", "the kingdom's army": a state noun that owns a noun of rulers or forces
        names their state, as it does an organ's ("the country's police")."""
        return [r for c in kids_of(tok) if c.dep_ == "poss" and c.i not in self.spans
                and self.lex.noun(c.lower_)[0] == "state" for r in self.refs(c) if self.kind(r) == "state"]

    def _leaders(self, tok: Token) -> list[str]:
        """"A delegation led by Foreign Minister Ishaq Dar", "a team headed by the envoy": who leads a body of
        people that no modifier names is whom it acts for."""
        return [r for c in kids_of(tok) if c.dep_ == "acl" and c.lemma_ in {"lead", "head"}
                for p in kids_of(c) if p.dep_ == "agent" for o in kids_of(p) if o.dep_ == "pobj"
                for r in self.refs_all(o)]

    def _accused(self, tok: Token) -> tuple[str, ...]:
        """"A court sentenced dozens of opposition figures ... The defendants have denied the charges": "the
        defendants" are whom the last verb of a trial named before them (charged, tried, sentenced) was done to."""
        if not self._definite(tok):
            return ()
        for prev in reversed(self.doc[max(0, tok.i - 400): tok.i]):
            if prev.pos_ == "VERB" and prev.lemma_ in self.lex.of("trial-verb"):
                done_to = [r for c in kids_of(prev) if c.dep_ in {"dobj", "nsubjpass"} for r in self.refs_all(c)]
                if done_to:
                    return tuple(dict.fromkeys(done_to))
        return ()

    def _officials_in(self, tok: Token) -> str | None:
        """"Officials in Seoul urged Pyongyang", "a senior official in Baghdad said": unnamed officials of a state
        told only by the capital or state they are "in" speak for it (not "foreign diplomats in Beijing", a group
        of others, nor "opposition officials in Harare", nor a title of one's own, "the minister in Kyiv")."""
        if tok.lower_ not in self.lex.of("state-title") or self.lex.noun(tok.lower_)[1] and self._definite(tok) or any(
                c.dep_ in {"compound", "poss", "nmod"} and not (c.dep_ == "compound" and c.lower_ in _RULING)
                or c.dep_ == "amod" and c.lower_ in self.lex.of("regional-adjective") for c in kids_of(tok)):
            return None  # (but "a government spokesman in Kigali": the government's, Rwanda's)
        return located(self, tok)

    def _government_people(self, tok: Token) -> tuple[str, ...]:
        """"Government officials", "an administration spokesman", "local officials", "a police official": unnamed
        officials of a government, or of a level or service of government ("home-official"), that no modifier
        names speak for the rulers of the state the story is set in (no one when none stands out)."""
        gov = next((c for c in kids_of(tok) if c.dep_ == "compound" and c.lower_ in _RULING and c.i < tok.i), None)
        if gov is None and tok.lemma_ == "official":  # (not "urged security counterparts": others')
            gov = next((c for c in kids_of(tok) if c.dep_ in {"amod", "compound"} and c.i < tok.i
                        and c.lower_ in self.lex.of("home-official")), None)
        if gov is None or self._modifier_actors(gov) or any(c.dep_ in {"det", "poss"} for c in kids_of(gov)):
            return ()
        return (self.ruler(self.home),) if self.home else ()

    def _level_rulers(self, tok: Token) -> tuple[str, ...] | None:
        """"The federal government", "the central government": the rulers of the state the story is set in (or
        told from); "the regional government": no state's rulers (None: no level named)."""
        level = next((c.lower_ for c in kids_of(tok) if c.dep_ in {"amod", "compound"} and c.text.islower()
                      and c.lower_ in self.lex.of("organ-level") | _CENTRAL), None)  # ("the state government")
        if level is None:
            return None
        home = self.home or self.dateline
        return (self.ruler(home),) if level in _CENTRAL and home else ()

    def _definite_refs(self, tok: Token, cls: str, hint: str) -> tuple[str, ...]:
        """"The government", "the premier", "the court": the home state's rulers, the last one so named or
        of that kind; a court's the state the article's trials are in, if told elsewhere (no one, if unknown)."""
        if hint in _COMPASS and not tok.text[:1].isupper():
            return ()  # "the North" of a Korean story is North Korea; "floods in the north" are in a region
        if cls == "state" and tok.lower_ in {"government", "administration"} and (
                level := self._level_rulers(tok)) is not None:
            return level  # "the federal government", "the regional government" (but "the local authorities")
        if tok.lower_ == "regime" and (named := self._regime_named_before(tok)):
            return named  # "the Maduro dictatorship ... held illegally by the regime": Venezuela's, not the home state's
        if cls == "state" and self.home and tok.lower_ in _RULING:
            return (self.ruler(self.home),)  # "the government" of a story set in one country is its own
        if cls == "organ" and (seat := legal_seat(self, tok)):
            return tuple(filter(None, seat))  # "the court" of a story whose trial is in New York
        if (cls == "organ" or tok.lower_ in _RULING) and (same := self._same_body_before(tok)):
            return same  # "Myanmar's generals ... the junta ... the United States ... the junta": still Myanmar's
        unlike = self._own_subject(tok) if cls == "person" or tok.dep_ in {"pobj", "dative"} and (
            tok.head.lower_ == "to") else frozenset()  # "Thailand sent aid to the country"
        if cls == "state" and not hint and self.home and self.home not in unlike:
            return (self.home,)  # "Niger's junta expelled the French ambassador ... the country": Niger
        if cls == "person" and (sort := self._sort_of_person(tok)):
            ref = self._last(tok.i, {"person"}, hint=sort, unlike=unlike)  # "the opposition leader": one the text
            fits = self._fits(self.actor(ref), sort) if ref and self.actor(ref) else False  # called so (or only
            if fits and self._fellow_holder(tok, ref, sort, unlike):  # "Qureshi called on his counterpart Faisal ...
                return ()  # the foreign minister met Rouhani": which of the two, the text does not say
            return (ref,) if fits or fits is None and self.titles.get(ref) else ()  # "minister"), not any leader
        ref = self._last(tok.i, {"person"} if cls == "person" else {"state"}, hint=hint, unlike=unlike)
        if ref and cls == "person" and hint and self._fellow_holder(tok, ref, hint, unlike):
            return ()  # "Ruto met Museveni ... The president urged": which of the two presidents, the text does not say
        return (ref,) if ref else ()

    def _regime_named_before(self, tok: Token) -> tuple[str, ...]:
        """The rulers of the state whose regime, dictatorship or junta the text named last with its owner ("the Maduro
        dictatorship", "Assad's regime", "the Iranian regime")."""
        states = [s for s in self._same_noun_before(tok, _REGIMES) if self.kind(s) == "state"]
        return (self.ruler(states[0]),) if states else ()

    def _sort_of_person(self, tok: Token) -> str:
        """The office a person noun names with the common nouns compounded right before it, or words of dissent ("the
        opposition leader", "the rebel commander", "the army chief": "opposition leader"), or ""."""
        mods = [c for c in kids_of(tok) if c.i not in self.spans and c.text.islower() and (
            c.dep_ == "compound" and c.tag_ == "NN" or c.dep_ == "amod" and c.lower_ in self.lex.of("dissent") | self.lex.of("portfolio"))]
        if not mods or mods[-1].i != tok.i - 1:
            return ""
        return " ".join(t.text for t in self.doc[mods[0].i: tok.i + 1])

    def _fellow_holder(self, tok: Token, ref: str, hint: str, unlike: frozenset[str]) -> bool:
        """Is another person who holds the office ``hint`` names named in the sentence that last named ``ref``?"""
        last = max((j for j, a, _ in self.order if a == ref and j < tok.i), default=None)
        if last is None:
            return False
        sent = self.words.sent(self.doc[last])
        return any(a != ref and a not in unlike and self.kind(a) == "person" and (actor := self.actor(a)) is not None
                   and self._fits(actor, hint) for j, a, _ in self.order if sent.start <= j < min(sent.end, tok.i))

    def _posted_at(self, tok: Token, hint: str) -> tuple[str, ...]:
        """An office noun "at", "of" or "from" a body ("the top diplomat at the Pakistan embassy", also with "at"
        hung on the verb right after the noun) is an official of it, not the last holder of the office named,
        unless that one serves it."""
        preps = [c for c in kids_of(tok) if c.dep_ == "prep"] + [
            c for c in kids_of(tok.head) if c.dep_ == "prep" and c.i == tok.right_edge.i + 1 and tok.dep_ == "dobj"]
        posts = tuple(r for c in preps if c.lower_ in {"at", "of", "from"}
                      for o in kids_of(c) if o.dep_ == "pobj" for r in self.refs_all(o)
                      if self.kind(r) in {"organization", "state"})
        last = self._last(tok.i, {"person"}, hint=hint) if posts else None
        ours = set(posts) | {a for p in posts if (a := self.affiliation(p))}
        return (last,) if last and self.affiliation(last) in ours else posts

    def _sides_people(self, tok: Token) -> tuple[str, ...]:
        """"The two sides' negotiators", "negotiators from both sides": people of the parties are the parties."""
        owner = tok.head.head if tok.dep_ == "pobj" else tok.head
        if self.lex.noun(tok.lower_)[0] != "parties" or self.lex.noun(owner.lower_)[0] != "person":
            return ()
        return self.refs(tok)

    def _led_state(self, actor_id: str) -> str | None:
        """"Afghan authorities" (the Taliban, since 2021), "Maduro's government": who rules the state named,
        or the state a person acts for."""
        state = self.affiliation(actor_id) if self.kind(actor_id) == "person" else actor_id
        return self.ruler(state) if state and self.kind(state) == "state" else None

    def _last_forces_state(self, i: int) -> str | None:
        """The state whose armed forces, or a body of them ("Mali's military junta"), were named last before token
        ``i`` ("Sudan's army ... Egypt, which backs the army": Sudan's), if any were in the last :data:`_LOOKBACK`
        mentions."""
        for j, actor_id, _ in [m for m in self.order if m[0] < i][-_LOOKBACK:][::-1]:
            for army in (actor_id, self.affiliation(actor_id)):
                actor = self.actor(army) if army else None
                state = actor.affiliation if actor is not None and actor.kind == "organization" else None
                if state and self.actors.armed_forces(state) == army:
                    return state
        return None

    def _forces_refs(self, tok: Token, mods: list[str]) -> tuple[str, ...]:
        """"Israeli troops"; "the army" (of the state its clause is set in: "In Burkina Faso, the army said";
        else the army the story first called so, else the last state's); "security forces" (the home state's).
        "Rebel forces" are the armed group last named, never a state's; "foreign troops in Somalia" are no state's
        named."""
        if not mods and any(c.dep_ in {"amod", "compound"} and c.lower_ in _FOREIGN for c in kids_of(tok)):
            return ()
        if not mods and (body := self._from_body(tok)):
            return body  # "warplanes from the Saudi-led coalition", "troops from the AU mission": that body's
        if not mods and not self._definite(tok) and not self._from_actor(tok) \
                and (said := speakers_forces(self, tok)):  # (not "troops from Afghanistan opened fire", its speaker's)
            return said  # "a spokesman for the army said troops had killed 12 militants": the army's troops
        if mods and any(c.dep_ == "poss" for c in kids_of(tok)) and all(self.kind(m) in {"organization", "group"} for m in mods):
            return tuple(mods)  # "the army's high command", "Hamas's fighters": the body's own forces are the body
        if tok.dep_ == "poss" and mods and set(mods) == set(named := self._body_named_on(tok)):
            return named  # "an African Union soldiers' base": the AU's (not "UN-backed forces", backed by it)
        if not mods and self._definite(tok) and (where := scene(self, tok)):
            return (self.actors.armed_forces(where) or where,)
        if not mods and self._definite(tok) and (same := self._same_body_before(tok)):
            return same
        states = [m for m in mods if self.kind(m) == "state"] or (
            [r] if self._definite(tok) and (r := self._last_forces_state(tok.i) or self.home or self._last(tok.i, {"state"}))
            else []) or (
            [self.home] if self.home and not mods and tok.tag_ == "NNS" else [])
        return tuple(self.actors.armed_forces(s) or s for s in states)

    def _group_refs(self, tok: Token, mods: list[str]) -> tuple[str, ...]:
        """"The rebels": the group last called "rebels" ("M23 rebels"), else the armed group named last ("the
        paramilitary forces": one of the dictionary's); "a rival group" is a new one."""
        if not self._definite(tok) and not mods or self._motion(tok):
            return ()
        if not mods and (own := speakers_org(self, tok)):
            return own  # "Houthi spokesman Yahya Sarea said the group would continue its attacks": his group
        same = () if mods else [a for a in self._same_noun_before(tok) if self.kind(a) == "organization"]
        armed = {"armed_groups"} if self.lex.noun(tok.lower_)[0] == "forces" else {"armed_groups", "ner", "user"}
        ref = same[0] if same else self._last_armed_group(tok.i, armed)  # ("the paramilitary forces": an armed
        return (ref,) if ref else ()  # group the dictionary knows, not any body the tagger found, such as a rights group)

    def _motion(self, tok: Token) -> bool:
        """"Restrictions on the movement of people and goods", "on Palestinians' movement": a group noun owned by, or
        "of", people or things (no person, no armed group) names what they do, not a group (but "the rebels of M23")."""
        owners = [c for c in kids_of(tok) if c.dep_ == "poss"] + [
            o for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "of" for o in kids_of(p) if o.dep_ == "pobj"]
        return bool(owners) and not any(self.kind(r) == "person" or (a := self.actor(r)) is not None and a.category
                                        == "armed_groups" for o in owners for r in self.refs_all(o))  # ("al-Sharaa's
        # movement": his)

    def _armed_people(self, tok: Token) -> bool:
        """"The rebel leaders", "the guerrilla commanders", "the militia leaders": people named by a word of an armed
        group ("rebels", "militia"), with "the", stand for the armed group named before ("rebel leaders in Kordofan",
        with no "the", are new to the story)."""
        return tok.tag_ == "NNS" and self._definite(tok) and any(
            c.dep_ in {"amod", "compound"} and c.lower_ not in {"group", "movement"} and "group" in {
                self.lex.noun(c.lower_)[0], self.lex.noun(c.lower_ + "s")[0]} for c in kids_of(tok))

    def _junta_refs(self, tok: Token, mods: list[str]) -> tuple[str, ...]:
        """"The generals", "the coup leaders", "Mali's military leaders": the armed forces of the state named, else
        the junta or a state's armed forces named last ("Burkina Faso's junta expelled three French diplomats. The
        coup leaders accused Paris": the junta, not France); never retired or former ones."""
        if any(c.lower_ in self.lex.of("former") for c in kids_of(tok)):
            return ()
        if mods:
            return self._forces_refs(tok, mods)
        if not self._definite(tok):
            return ()
        coup = any(c.lower_ == "coup" for c in kids_of(tok))  # ("Turkey's army crushed the coup attempt. The coup
        for _, actor_id, _ in reversed([m for m in self.order if m[0] < tok.i][-_LOOKBACK:]):  # leaders ...": no army
            actor = self.actor(actor_id)
            state = self.affiliation(actor_id) if actor is not None and actor.kind == "organization" else None
            if state and (not coup and self.actors.armed_forces(state) == actor_id or "junta" in actor.label.lower()):
                return (actor_id,)
        return ()

    def _dissenting(self, tok: Token) -> bool:
        """"Rebel forces", "the resistance forces", "Myanmar's shadow government": a word of standing against a
        state's rulers on a forces or government noun."""
        return any(c.dep_ in {"amod", "compound"} and c.lower_ in self.lex.of("dissent") for c in kids_of(tok))

    def _dissenters(self, tok: Token, cls: str) -> tuple[str, ...]:
        """Forces or a government that stand against a state's rulers: the armed group named last ("rebel
        forces"), the organisation named before as a government ("the National Unity Government ... the shadow
        government"), else no one (never the state's own army or government)."""
        if self._modifier_actors(tok) and cls == "forces":
            return ()
        if cls == "forces":
            ref = self._last_armed_group(tok.i, categories={"armed_groups", "user"})
        else:
            ref = self.last_named_org(tok, tok.lower_, before=True)
        return (ref,) if ref else ()

    def _last_armed_group(self, i: int, categories: frozenset[str] | set[str] = frozenset({"armed_groups", "ner", "user"})
                          ) -> str | None:
        """The armed group named last before token ``i`` that is no state's own army ("Sudan's army and a rival
        paramilitary group ... the paramilitary group" is not the army)."""
        armies = frozenset(a for _, a, _ in self.order if (s := self.affiliation(a)) and self.kind(s) == "state"
                           and self.actors.armed_forces(s) == a)
        return self._last(i, {"organization"}, categories=set(categories), unlike=armies)

    def _same_body_before(self, tok: Token) -> tuple[str, ...]:
        """"Sudan's army ... Egypt, which backs the army": "the army" (also "the junta", "the regime"), with nothing
        naming whose, is whose it was when the story first said it so ("the military" and "the army" are one)."""
        words = _ARMY if tok.lower_ in _ARMY else {tok.lower_}  # "the military ... the army": one army
        first = next((t for t in self.words.tokens(words, span=self.doc[max(0, tok.i - 2000): tok.i])
                      if t.i < tok.i and self._definite(t) and not self._modifier_actors(t)), None)
        return self.refs(first) if first is not None else ()

    def _same_noun_before(self, tok: Token, words: frozenset[str] | set[str] = frozenset()) -> tuple[str, ...]:
        """"Iraqi officials said ... The officials also said": whom the same plural noun (or one of ``words``) named
        last."""
        for prev in reversed(list(self.words.tokens(words or {tok.lower_}, span=self.doc[max(0, tok.i - 400): tok.i]))):
            if prev.i < tok.i and (mods := self._modifier_actors(prev)):
                return tuple(m for m in mods if self.kind(m) != "person") or tuple(
                    a for m in mods if (a := self.affiliation(m)))
        return ()

    def _unlike(self, pronoun: str) -> frozenset[str]:
        """The persons a gendered pronoun cannot stand for."""
        want = _GENDER.get(pronoun)
        return frozenset(a for a, g in self.genders().items() if want and g != want)

    def _subject_before(self, tok: Token) -> Token | None:
        """The main subject of the sentence before, when ``tok`` opens its own sentence as the subject of the main
        verb (a pronoun there goes on with what the sentence before was about, not with whatever it named last);
        a passive subject counts ("Blinken is expected to meet Sisi ... He will then meet Netanyahu")."""
        sent = self.words.sent(tok)
        if tok.dep_ != "nsubj" or tok.head.i != self.words.root(tok).i or sent.start == 0:
            return None
        return next((c for c in kids_of(self.words.root(self.doc[sent.start - 1])) if c.dep_ in {"nsubj", "nsubjpass"}),
                    None)

    def _previous_subject(self, tok: Token, unlike: frozenset[str], kind: str | set[str] = "person") -> str | None:
        """"Eritrea's minister Yemane dismissed Abiy's remarks. He said ...": "he" goes on with the person the sentence
        before was about; "they" with a group ("Thousands of Sudanese protested. They demanded")."""
        subj = self._subject_before(tok)
        refs = self.refs(subj) if subj is not None else ()
        if not refs and subj is not None and subj.lemma_ in self.lex.of("document"):  # "An AU statement said ... It
            refs = tuple(self._modifier_actors(subj))  # said": the AU, who issued it
        kinds = {kind} if isinstance(kind, str) else kind
        return refs[0] if len(refs) == 1 and self.kind(refs[0]) in kinds and refs[0] not in unlike else None

    def _previous_plural(self, tok: Token) -> str | None:
        """"The militants denied the army's claim. They vowed ...": "they" opening a sentence goes on with the
        plural noun the sentence before was about, when that noun names one body (a group, state or organisation);
        so does "them" as an object when that was a name taking a plural verb ("the RSF have dug in ... The army has
        used artillery to dislodge them")."""
        if (named := self._named_plural_before(tok)) is not None:
            refs = self.refs(named)
            return refs[0] if len(refs) == 1 and self.kind(refs[0]) in {"group", "organization"} else None
        subj = self._subject_before(tok)
        if subj is None or subj.tag_ not in {"NNS", "NNPS"} and not _plural_verb(subj):
            return None  # ("the Houthis were ... They")
        return self._previous_subject(tok, frozenset(), {"group", "organization", "state"})

    def _last_plural(self, tok: Token) -> str | None:
        """The last body named before "they", not the subject of the clause "them" is the object in."""
        skip = {t.i for s in kids_of(self._object_of(tok)) if s.dep_ in {"nsubj", "nsubjpass"} for t in s.subtree} \
            if tok.dep_ in {"dobj", "pobj", "dative"} else set()
        return self._last(tok.i, {"organization", "state", "group"}, skip=skip,
                          unlike=self._singular_speaker(tok) | self._media() | self._subject_side(tok))

    def _plural_refs(self, tok: Token) -> tuple[str, ...]:
        """"They" with nothing in its own sentence to go on with: members a participle's noun names, the group the
        sentence before was about, a plural noun before, or the last body named (not after plural things)."""
        if members := self._doers_named_as_members(tok):
            return members
        ref = self._previous_subject(tok, frozenset(), "group") or self._previous_plural(tok) or (
            None if self._plural_things_before(tok) else self._last_plural(tok))
        return (ref,) if ref else ()

    def _doers_named_as_members(self, tok: Token) -> tuple[str, ...]:
        """"countries such as Russia, Pakistan and Venezuela expressing their support": "their" in what a participle
        on a plural noun says is every actor the noun names "such as", "including" or "like"."""
        verb = tok.head.head if tok.dep_ == "poss" else tok.head
        if verb.dep_ != "acl" or verb.tag_ not in {"VBG", "VBN"} or verb.head.tag_ != "NNS":
            return ()
        preps = [p for p in kids_of(verb.head) if p.dep_ == "prep" and p.lower_ in {"as", "including", "like"}]
        return tuple(dict.fromkeys(r for p in preps for o in kids_of(p) if o.dep_ == "pobj" for r in self.refs_all(o)))

    def _plural_things_before(self, tok: Token) -> bool:
        """"The EU froze the assets of prosecutors and judges. They were also banned from travel": "they" opening a
        sentence after one whose subject is one body goes on with a plural noun of it that names no actor, not with
        the last body named."""
        sent = self.words.sent(tok)
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.i != self.words.root(tok).i or sent.start == 0:
            return False
        subj = next((c for c in kids_of(self.words.root(self.doc[sent.start - 1])) if c.dep_ in {"nsubj", "nsubjpass"}),
                    None)
        if subj is None or subj.tag_ in {"NNS", "NNPS"} or subj.conjuncts or subj.lower_ in _PRONOUNS_PLURAL:
            return False
        sent = self.words.sent(subj)
        return any(t.tag_ == "NNS" and t.dep_ in {"dobj", "pobj", "conj"} and not self.refs_all(t)
                   and not self._modifier_actors(t) for t in sent)

    def _named_plural_before(self, tok: Token) -> Token | None:
        """The main subject of the sentence before "them" as an object, when it is a name taking a plural verb."""
        sent = self.words.sent(tok)
        if tok.lower_ != "them" or tok.dep_ not in {"dobj", "pobj"} or sent.start == 0:
            return None
        subj = next((c for c in kids_of(self.words.root(self.doc[sent.start - 1])) if c.dep_ == "nsubj"), None)
        mine = self._subject_side(tok)
        return subj if subj is not None and _plural_verb(subj) and not set(self.refs(subj)) & mine else None

    def _subject_side(self, tok: Token) -> frozenset[str]:
        """"The junta accused them of killing civilians": a plural object pronoun is neither the subject of its verb
        nor whom that subject acts for (not Myanmar, whose junta it is)."""
        mine = self._own_subject(tok) | self._dealers(tok)  # ("jets had bombed their positions": not the jets' side)
        return mine | frozenset(a for r in mine if (a := self.affiliation(r)))

    def _last_body(self, tok: Token, dealt: frozenset[str]) -> str | None:
        """The last state or organisation named before "it", unless "it" goes on with a thing; never the subject of
        its own clause when it is an object ("Beijing had assured it that ...": not Beijing)."""
        if self._previous_thing(tok) or self._previous_object_thing(tok) or self._main_thing(tok) or self._above_thing(tok):
            return None
        return self._last(tok.i, {"organization", "state"}, skip=self._addressees(tok), unlike=dealt | self._own_subject(
            tok) | self._issuers(tok) | self._relative_head(tok))

    def _relative_head(self, tok: Token) -> frozenset[str]:
        """"Hezbollah, which it holds responsible for the launches": "it" as the subject of a relative clause is not
        the actor the clause hangs on."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "relcl" or tok.head.head.i >= tok.i or not any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in kids_of(tok.head)):
            return frozenset()  # (only beside a relative pronoun read as a second subject)
        return frozenset(r for r in self.refs_all(tok.head.head))

    def _issuers(self, tok: Token) -> frozenset[str]:
        """"Russia vetoed a U.N. Security Council resolution condemning its invasion": "its" in what a document says
        is not the document's issuer, whose words they are."""
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)  # ("demanding an end to its war")
        if tok.dep_ != "poss" or verb is None or verb.dep_ != "acl" or verb.head.lemma_ not in self.lex.of("document"):
            return frozenset()
        return frozenset(self._modifier_actors(verb.head, pronouns=False))

    def _previous_object_thing(self, tok: Token) -> bool:
        """"Armenia and Azerbaijan initialled a peace treaty. ... the two leaders would sign it": "it" as an object goes
        on with the thing the sentence before did something to (an object naming no actor), not with the last body."""
        sent = self.words.sent(tok)
        if tok.dep_ != "dobj" or sent.start == 0 or any(  # ("urged it to", "accused it of": whom, not what)
                c.dep_ in {"xcomp", "ccomp", "prep", "dative"} and c.i > tok.i for c in kids_of(tok.head)):
            return False
        verb = self.words.root(self.doc[sent.start - 1])
        return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not self.refs_all(c) and not self._modifier_actors(c)
                   for c in kids_of(verb))

    def _main_thing(self, tok: Token) -> bool:
        """"A draft resolution condemning Israel was not adopted after the United States voted against it": "it" as an
        object in a clause under a main clause whose subject is a thing naming no actor goes on with that thing."""
        root = self.words.root(tok)
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if tok.dep_ not in {"dobj", "pobj"} or verb is None or verb.i == root.i:
            return False
        return any(s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ == "NOUN" and not self.refs_all(s)
                   and not self._modifier_actors(s) for s in kids_of(root))

    def _above_thing(self, tok: Token) -> bool:
        """"Another ship was attacked after it violated a ban": "it" as the subject of a clause hung on a verb whose
        subject is one thing naming no actor goes on with that thing (not with the last state named before)."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "advcl":
            return False
        return any(s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ == "NN" and not self.refs_all(s) and not s.conjuncts
                   and s.lemma_ not in self.lex.of("document") and not self._modifier_actors(s)
                   for s in kids_of(tok.head.head))

    def _previous_thing(self, tok: Token) -> bool:
        """"The conflict turned into a proxy war between Saudi Arabia and Iran. It has killed ...": "it" opening a
        sentence goes on with the thing the sentence before was about (a common noun naming no actor, nor a
        statement that speaks for one), not with the actor it named last."""
        subj = self._subject_before(tok)
        return subj is not None and subj.pos_ == "NOUN" and not self.refs_all(subj) \
            and subj.lemma_ not in self.lex.of("document") and not self._modifier_actors(subj)

    def _previous_body(self, tok: Token) -> str | None:
        """"The Lebanese army said it had deployed troops ... It urged residents": "it" opening a sentence goes on with
        the organisation or state the sentence before was about (not the subject of its own clause when an object)."""
        return self._clause_before_subject(tok) or self._previous_subject(tok, self._own_subject(tok), {
            "organization", "state"})

    def _clause_before_subject(self, tok: Token) -> str | None:
        """"While Ankara opposes sanctions on Moscow and has ties with both Russia and Ukraine, it criticized the
        invasion": "it" as the subject after a clause set before it goes on with that clause's subject, when that is
        one state or organisation (not the last one the clause names)."""
        if tok.lower_ != "it" or tok.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        before = [c for c in kids_of(tok.head) if c.dep_ == "advcl" and c.i < tok.i]
        refs = [r for c in before[:1] for s in kids_of(c) if s.dep_ in {"nsubj", "nsubjpass"} for r in self.refs_all(s)]
        return refs[0] if len(refs) == 1 and self.kind(refs[0]) in {"organization", "state"} else None

    def _previous_subjects(self, tok: Token) -> tuple[str, ...]:
        """"They" opening a sentence as the subject of its main verb goes on with the sentence before when that
        sentence's main subject names several actors ("The U.S. and the U.N. condemned Thailand. They say ...")."""
        stand = self._main_subject_place(tok)
        subj = self._subject_before(stand) if stand is not None else None
        refs = self.refs_all(subj) if subj is not None and (subj.conjuncts or subj.tag_ == "NNS") else ()
        return refs if len(refs) > 1 else ()  # (or a plural noun naming them: "The foreign ministers of France and
        # Germany visited Kyiv. They pledged ...")

    def _main_subject_place(self, tok: Token) -> Token | None:
        """The main subject "they" or "their" stands in for: "They say ...", "Their partnership has grown" (the subject
        it owns), "Pashinian's office said they discussed a treaty" (told by one speaker, not of itself: the main
        subject's place, as if the sentence opened with it)."""
        if tok.lower_ == "their" and tok.dep_ == "poss" and tok.head.dep_ == "nsubj":
            tok = tok.head
        elif tok.lower_ != "they":
            return None
        verb = tok.head
        if tok.dep_ == "nsubj" and verb.dep_ == "ccomp" and verb.head.i == self.words.root(tok).i \
                and verb.head.lemma_ in self.lex.of("speech"):
            said = next((c for c in kids_of(verb.head) if c.dep_ == "nsubj"), None)
            return said if said is not None and said.tag_ in {"NN", "NNP"} else None  # (or after: "They discussed a
            # treaty, Pashinian's office said")
        return tok

    def _singular_speaker(self, tok: Token) -> frozenset[str]:
        """"The United Nations says their treatment may amount to crimes": a plural possessive in what one state or
        body says is not that speaker's (it would say "its")."""
        clause = next((a for a in tok.ancestors if a.dep_ == "ccomp"), None)
        if tok.dep_ != "poss" or clause is None or clause.head.lemma_ not in self.lex.of("speech"):
            return frozenset()
        subj = next((c for c in kids_of(clause.head) if c.dep_ == "nsubj"), None)
        refs = self.refs_all(subj) if subj is not None and subj.tag_ in {"NN", "NNP"} else ()
        return frozenset(refs) if len(refs) == 1 and self.kind(refs[0]) in {"state", "organization"} else frozenset()

    def _own_subject(self, tok: Token) -> frozenset[str]:
        """"Erdogan spoke with Putin and urged him to agree", "Tiani told the delegation": "him" or a role noun as
        an object is never the subject of its own clause (of the verb it is joined to, when it has none)."""
        if tok.dep_ not in {"dobj", "dative", "pobj"}:
            return frozenset()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "Qatar hosted talks between the two governments"
            verb = verb.head
        verb = subject_verb(verb)
        subjects = [c for c in kids_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and verb.dep_ in {"advcl", "xcomp"} and (any(c.lower_ == "to" for c in kids_of(verb))
                                                             or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            subjects = _controller(verb)  # "Erdogan called Aliyev to congratulate him", "Macron called Putin,
            # urging him to end the war": not Erdogan, not Macron
        return frozenset(r for c in subjects for r in self.refs_all(c))

    def _quoting(self, tok: Token, kinds: frozenset[str] = frozenset({"person"})) -> frozenset[str]:
        """Who says the quotation ``tok`` stands in ('"He is not someone we trust," Mujahid said'): a
        speaker calls himself "I", so "he" inside his words is someone else."""
        sent = self.words.sent(tok)
        if not quote_open(self.words.text[sent.start_char:tok.idx]):
            return frozenset()
        speech = self.lex.of("speech")
        return frozenset(r for v in sent if v.lemma_ in speech and v.pos_ == "VERB"
                         for s in kids_of(v) if s.dep_ == "nsubj" and s.i > tok.i and s.left_edge.i > tok.i
                         for r in self.refs_all(s) if self.kind(r) in kinds)  # (not '"Our forces say ...,"': the
        # words' own subject, which "our" is part of)

    def _quoting_side(self, tok: Token) -> tuple[str, ...]:
        """The side of whoever says the quotation "us" or "our" stands in: what the speaker acts for,
        else the speaker; a body that issues the words ('"Our forces repelled the assault," the army said')
        speaks for itself."""
        said = self._quoting(tok) or self._quoting(tok, _BODY_KINDS)
        return tuple(dict.fromkeys(self.affiliation(r) or r for r in sorted(said))) or self._fragment_side(tok)

    def _your_state(self, tok: Token) -> tuple[str, ...]:
        """A quoted "your country": the state of whom the words are told to (:meth:`_addressee`), or ()."""
        yours = [c for c in kids_of(tok) if c.dep_ == "poss" and c.lower_ == "your"]
        return self._addressee(yours[0]) if yours and self.lex.noun(tok.lower_)[0] == "state" else ()

    def _addressee(self, tok: Token) -> tuple[str, ...]:
        """Whom a quotation "you" or "your" stands in is told to: the one actor the verb of saying after it names as
        its object ('"We support you," Xi told Lula'; also the last sentence of a longer quotation; never a news medium),
        else no one."""
        sent = self.words.sent(tok)
        before, after = self.words.text[sent.start_char:tok.idx], self.words.text[tok.idx:sent.end_char]
        if not quote_open(before) and (any(q in before for q in '"“”') or not any(q in after for q in '"”')):
            return ()
        speech = self.lex.of("speech")
        told = tuple(dict.fromkeys(r for v in sent if v.lemma_ in speech and v.pos_ == "VERB" and v.i > tok.i
                                   for o in kids_of(v) if o.dep_ in {"dobj", "dative"} for r in self.refs_all(o)
                                   if not self.lex.outlet(r)))  # (not '"You cannot negotiate with terrorists,"
        if len(told) != 1:  # Netanyahu told CNN': a medium is told the words, it is not whom they are about)
            return ()
        if tok.dep_ == "poss" and self.lex.noun(tok.head.lower_)[0] == "state":
            return tuple(self.affiliation(r) or r for r in told)  # "your country": the addressee's state
        return told

    def _our_side(self, tok: Token) -> list[str]:
        """The side a quoted "our" before a noun of forces, fighters or country stands for ('"Our fighters shot down
        two drones," the group said'): the side of whoever says the words."""
        ours = [c for c in kids_of(tok) if c.dep_ == "poss" and c.lower_ == "our"]
        return list(self._quoting_side(ours[0])) if ours else []

    def _fragment_side(self, tok: Token) -> tuple[str, ...]:
        """'The RSF claimed the army "launched an assault upon our forces' positions"': "our" in a few quoted words
        inside what a speaker is told to say is the speaker's side (the subject of the verb of saying before it)."""
        sent = self.words.sent(tok)
        opened = self.words.text.rfind('"', sent.start_char, tok.idx)
        if opened < 0 or not quote_open(self.words.text[sent.start_char:tok.idx]):
            return ()
        speech = self.lex.of("speech")
        refs = [r for v in sent if v.lemma_ in speech and v.pos_ == "VERB" and v.idx < opened
                for s in kids_of(v) if s.dep_ == "nsubj" for r in self.refs_all(s)]
        return tuple(dict.fromkeys(self.affiliation(r) or r for r in refs)) if len(set(refs)) == 1 else ()

    def _gendered(self, tok: Token) -> str | None:
        """"She": the last person not known to be a man ("spokesman", "Mr.")."""
        return self._last(tok.i, {"person"}, unlike=self._unlike(tok.lower_))

    def genders(self) -> dict[str, str]:
        """Persons whose title, honorific or given name says he or she ("spokeswoman", "Mr.", "Theresa Lazaro"),
        read once."""
        if self._genders is None:
            self._genders = {}
            male, female = self.lex.of("male-title") | self.lex.of("male-name"), \
                self.lex.of("female-title") | self.lex.of("female-name")
            said: dict[str, set[str]] = {a: set(t.lower().split()) for a, t in self.titles.items()}
            for start, end, actor_id, _ in set(self.spans.values()):  # "King Abdullah": a title inside the name,
                if self.kind(actor_id) == "person":  # or the office the dictionary gives ("King of Jordan")
                    role = (actor := self.actor(actor_id)) and actor.role_on(self.published)
                    said.setdefault(actor_id, set()).update(w.lower_ for w in self.doc[start:end] if not self._given(w))
                    said[actor_id].update(role.title.lower().split() if role and role.title else ())
                    said[actor_id].update(self._given_name(actor_id))
            for actor_id, words in said.items():
                if words & male and not words & female:
                    self._genders[actor_id] = "m"
                elif words & female and not words & male:
                    self._genders[actor_id] = "f"
        return self._genders

    def _given(self, word: Token) -> bool:
        """Is the word a given name (read only as a person's first name, not wherever it stands in a name)?"""
        return word.lower_ in self.lex.of("male-name") or word.lower_ in self.lex.of("female-name")

    def _given_name(self, actor_id: str) -> tuple[str, ...]:
        """The first word of a person's name of two words or more ("theresa" of "Theresa Lazaro")."""
        actor = self.actor(actor_id)
        words = actor.label.split() if actor is not None else []
        return (words[0].lower(),) if len(words) > 1 else ()

    def _clause_subject(self, tok: Token, unlike: frozenset[str] = frozenset()) -> str | None:
        """A person pronoun in a subordinate clause binds to the person subject above it
        ("Borrell announced after the session with X, which he mediated": he = Borrell)."""
        seen, below = {tok.i}, tok
        for anc in tok.ancestors:
            fronted = below.dep_ in {"prep", "advcl"} and below.i < anc.i
            below = anc
            for child in kids_of(anc):
                if fronted and child.dep_ == "nsubj" and child.i > tok.i and child.i in self.spans \
                        and self.kind(self.spans[child.i][2]) == "person" and self.spans[child.i][2] not in unlike:
                    return self.spans[child.i][2]  # "During his visit to Beijing, Lula met Xi": Lula's visit
                if child.dep_ in {"nsubj", "nsubjpass"} and child.i not in seen and child.i < tok.i and not any(
                        a.i == child.i for a in tok.ancestors):
                    if child.lower_ in _PRONOUNS_PERSON:
                        seen.add(child.i)
                        refs = self.refs(child)
                    elif child.i in self.spans:
                        refs = (self.spans[child.i][2],)
                    else:  # "Sudan's army chief arrived in Cairo, where he met Sisi": the chief, read as the army
                        # he stands for, not a person named in an earlier sentence (but "the Israeli leader ..., he",
                        # read as Israel, is the Israeli leader told before)
                        office = child.tag_ == "NN" and self.lex.noun(child.lower_)[0] == "person"
                        refs = self.refs(child)[:1] if office else ()
                        if refs and refs[0] not in unlike and self.kind(refs[0]) != "state":
                            return refs[0]
                    if refs and self.kind(refs[0]) == "person" and refs[0] not in unlike:
                        return refs[0]
                    return None
        return None

    def _addressed_before(self, tok: Token) -> tuple[str, ...]:
        """"Him" as the object of a participle clause ("..., urging him to") whose verb's own object is a person noun
        ("called his Russian counterpart", "met the Egyptian foreign minister"): what that object names, even a state
        when the person is not named (else the usual reading: "Macron called Putin, urging him" is Putin)."""
        verb = tok.head
        if tok.dep_ != "dobj" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return ()
        obj = next((c for c in kids_of(verb.head) if c.dep_ == "dobj"), None)
        if obj is None or obj.i in self.spans or self.lex.noun(obj.lower_)[0] != "person" or obj.tag_ != "NN":
            return ()
        return self.refs(obj)

    def _partitive(self, tok: Token) -> tuple[str, ...]:
        """"Some of the RSF fighters", "many of the protesters": the part stands for the whole."""
        return next((refs for dep, low, i in dependents(tok) if dep == "prep" and low == "of"
                     for d2, _, j in dependents(self.words.toks[i]) if d2 == "pobj"
                     and (refs := self.refs_all(self.words.toks[j]))), ())

    def refs_all(self, tok: Token) -> tuple[str, ...]:
        """``refs`` over a token and its conjuncts ("Egypt and Qatar"); once per token when ``refs`` is."""
        memo = self.__dict__.get("_refs_all_of")
        found = memo.get(tok.i) if memo is not None else None
        if found is None:
            out: list[str] = []
            named = tuple(c for a in kids_of(tok) if a.dep_ == "appos" and a.pos_ == "PROPN" for c in conjuncts_of(a)) \
                if tok.pos_ == "NOUN" else ()  # "Army chief Burhan and RSF commander Daglo": the parse joins Daglo to Burhan
            for t in (tok, *conjuncts_of(tok), *named, *self._joined_inside(tok), *_sibling_after_and(tok)):
                if t.i != tok.i and self._speaker_misjoined(t):
                    continue
                t = _possessed(t) if t.i != tok.i else t  # "A and Kosovo’s Prime Minister Kurti": Kurti
                for r in self.refs(t):
                    if r not in out:
                        out.append(r)
            found = tuple(out)
            if memo is not None:
                memo[tok.i] = found
        return found

    def _speaker_misjoined(self, conj: Token) -> bool:
        """"a meeting between Zelenskyy and Putin, Ukrainian Defense Minister Rustem Umerov said": a conjunct set off by
        a comma right before a verb of saying that has no subject is that verb's speaker, misparsed as one more."""
        doc = conj.doc
        after, before = conj.i + 1, conj.left_edge.i - 1
        if after >= len(doc) or before < 0 or doc[before].text != "," or conj.dep_ != "conj":
            return False
        verb = doc[after]
        return verb.pos_ == "VERB" and verb.lemma_ in self.lex.of("speech") and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in kids_of(verb))

    def _joined_inside(self, tok: Token) -> tuple[Token, ...]:
        """"spoke with Pakistan's Ishaq Dar and India's Jaishankar", "met Iranian Foreign Minister Abbas Araghchi and
        U.S. envoy Steve Witkoff": a name joined by "and" to the name that heads the phrase, that the parser hung
        below that name's own words (a modifier, not a conjunct), is a conjunct all the same."""
        span = self.spans.get(tok.i)
        if span is None or span[0] < 2 or tok.i != span[1] - 1:
            return ()
        start = span[0]
        while start > tok.left_edge.i and self.doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ", "PART", "DET"} \
                and self.doc[start - 1].lower_ != "and":  # the words of this name's own phrase ("India's", "U.S. envoy")
            start -= 1
        cc = self.doc[start - 1]
        before = self.spans.get(cc.i - 1)
        if cc.lower_ != "and" or cc.dep_ != "cc" or cc.i <= tok.left_edge.i or before is None or before[1] != cc.i:
            return ()
        name = self.doc[cc.i - 1]
        return (name,) if name.pos_ == "PROPN" and name.dep_ not in {"conj", "poss"} else ()

    def mentions(self) -> Iterator[Mention]:
        """Every name-like reference, for counting and for the aliases read in the text."""
        seen = set()
        toks = self.words.toks
        for i in sorted(self.spans):
            start, end, actor_id, how = self.spans[i]
            if start in seen:
                continue
            seen.add(start)
            first, last = toks[start], toks[end - 1]
            start_char, end_char = first.idx, last.idx + len(last)
            yield Mention(self.doc_id, actor_id, start_char, end_char, self.words.text[start_char:end_char], how)


def _sibling_after_and(tok: Token) -> tuple[Token, ...]:
    """"received Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff", parsed as two objects with the
    "and" left at the end of the first: the second object is the first one's conjunct."""
    end = tok.right_edge
    if end.lower_ != "and" or end.dep_ != "cc" or tok.dep_ not in {"dobj", "pobj", "nsubj"}:
        return ()
    return tuple(s for s in kids_of(tok.head) if s.dep_ == tok.dep_ and s.left_edge.i == end.i + 1)


def _possessed(tok: Token) -> Token:
    """A conjunct that owns what follows it ("Vucic and Kosovo’s Prime Minister Kurti", the parser joining
    "Kosovo" to "Vucic"): the noun it owns, the last of the words after its "’s" that lean to the right."""
    case = next((c for c in kids_of(tok) if c.tag_ == "POS"), None)
    if case is None or case.i + 1 >= len(tok.doc):
        return tok
    owned = tok.doc[case.i + 1]
    while owned.head.i > owned.i:
        owned = owned.head
    return owned if owned.pos_ == "PROPN" and owned.i != tok.i else tok


def _parties_refs(tok: Token, mods: list[str]) -> tuple[str, ...]:
    """"Both sides", "the two camps": the parties to the conflict; "the other side"; "the Sudanese side" (one side);
    "delegations from Israel and Hamas": the sides named."""
    if any(c.lower_ == "other" for c in kids_of(tok)):
        return (OTHER_SIDE,)  # "the other side": opposite whoever speaks of it
    if tok.tag_ == "NN" and any(c.dep_ in {"amod", "compound"} for c in kids_of(tok)) or len(mods) >= 2 and not any(
            c.dep_ == "prep" for c in kids_of(tok)):
        return tuple(mods)  # "the Sudanese side": one side, not both ("the European side": unknown); "the Israeli
        # and Palestinian sides": the two named
    if tok.i > 0 and any(c.lower_ in {"both", "all", "two", "each", "the"} for c in kids_of(tok)):
        return (PARTIES,)
    return tuple(mods) if any(c.dep_ == "prep" and c.lower_ == "from" for c in kids_of(tok)) else ()
