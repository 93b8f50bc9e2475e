"""Plural role nouns and descriptors that refer back to actors named before: "both leaders",
"the prime ministers", "the three nations", "the trio", "those countries", "the regional body",
and "they" as the subject of what a group said it would do.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.en.lex_attrs import _num_words
from spacy.tokens import Token

from kg.extract.descriptors import last_org
from kg.extract.wordindex import conjuncts_of, kids_of, subject_verb

if TYPE_CHECKING:
    from kg.extract.mentions import Resolver

__all__ = ["BODY_CLASSES", "count", "person_set", "state_set", "org_noun", "speaker_they", "speaker_it", "speakers_org", "speakers_forces",
           "counted"]

#: Classes of actor nouns (nouns.tsv) that stand for a body: "it" may stand for one, and its parts and people act for it.
BODY_CLASSES = frozenset({"state", "forces", "organ", "group"})

PARTIES = "@PARTIES"  # placeholder for "both sides": resolved once the document is read
OTHER_SIDE = "@OTHER"  # the party opposite the source, resolved once the parties are known
_LOOK_SENTENCES = 3  # how far back a conjoined set of states may be
_LOOK_PAIR = 10  # how far back two persons named together may be ("both leaders" after the summit they held)


def count(res: Resolver, tok: Token) -> int | None:
    """How many a plural noun says it names: "the three nations" 3, "both leaders" 2, "the trio" 3."""
    if tok.lower_ == "trio":
        return 3
    for child in kids_of(tok):
        if child.lower_ in {"both", "two", "pair"}:
            return 2
        if child.dep_ == "nummod" and child.like_num:
            number = _number(child.lower_)
            if number:
                return number
    return None


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _num_words.index(word) if word in _num_words[:20] else None


def counted(res: Resolver, tok: Token) -> tuple[str, ...]:
    """"40 of them", "three of the journalists": a number of people is the group it is a part of; "the 40",
    "all eight", "the three" (a number standing alone with a determiner) are the group last counted with that
    number ("the eight Uyghurs", "40 of them"), when it was a body of people, not states or persons."""
    number = _number(tok.lower_) if tok.pos_ == "NUM" and tok.dep_ not in {"nummod", "quantmod", "compound"} else None
    if number is None:
        return ()
    if part := _part_of(res, tok):
        return part
    if not _determined(tok):
        return ()
    for before in reversed(res.words.toks[:tok.i]):
        if before.like_num and _number(before.lower_) == number:
            refs = res.refs(before.head) if before.dep_ == "nummod" else _part_of(res, before)
            return refs if _people(res, refs) else ()
    return ()


def _part_of(res: Resolver, tok: Token) -> tuple[str, ...]:
    """"40 of them", "three of the protesters": the group of people "of" names."""
    refs = next((refs for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "of"
                 for o in kids_of(p) if o.dep_ == "pobj" and (refs := res.refs_all(o))), ())
    return refs if _people(res, refs) else ()


def _people(res: Resolver, refs: tuple[str, ...]) -> bool:
    """Are ``refs`` a body of people that can be counted (not a state, nor one person)?"""
    return bool(refs) and all(res.kind(r) not in {"state", "person"} for r in refs)


def _determined(tok: Token) -> bool:
    return any(c.dep_ in {"det", "predet"} and c.lower_ in {"the", "both", "these", "those", "all"}
               or c.lower_ == "both" for c in kids_of(tok))


def person_set(res: Resolver, tok: Token) -> tuple[str, ...]:
    """"Both leaders", "the two presidents", "the prime ministers": the persons named last, with the
    office when the noun names one."""
    if tok.lower_ not in res.lex.of("person-plural") or res._modifier_actors(tok):
        return ()
    n = count(res, tok)
    hint = _hint(res, tok)
    if not _determined(tok) or n is None and not hint:
        return ()  # "three opposition leaders" are new to the story; "the three leaders" are not
    unlike = res._own_subject(tok) | _reporter(res, tok)
    if not hint and n in {None, 2} and (pair := _last_pair(res, tok, unlike)):
        return pair  # "Yoon and Kishida met in Tokyo ... Blinken praised both leaders": the two named together
    found = res.last_persons(tok.i, n or 2, hint, unlike)
    if n == 2 and not hint and len(found) != 2:
        return _led_pair(res, tok)  # "Ethiopia and Somalia agreed ... Erdogan praised both leaders": the two states
    return found if n is None or len(found) == n else ()


def _led_pair(res: Resolver, tok: Token) -> tuple[str, ...]:
    """The two states named together in the last few sentences, whose leaders "both leaders" are when no two persons
    were named."""
    for sent in reversed([s for s in res.words.sents() if s.start <= tok.i][-_LOOK_SENTENCES:]):
        group = _conjoined(res, sent.start, min(sent.end, tok.i))
        if group:
            return group if len(group) == 2 else ()
    return ()


def _last_pair(res: Resolver, tok: Token, unlike: frozenset[str]) -> tuple[str, ...]:
    """The last two persons named together ("A and B") in the sentences up to ``tok``."""
    for sent in reversed([s for s in res.words.sents() if s.start <= tok.i][-_LOOK_PAIR:]):
        group = tuple(p for p in _conjoined(res, sent.start, min(sent.end, tok.i), "person") if p not in unlike)
        if len(group) == 2:
            return group
    return ()


def _reporter(res: Resolver, tok: Token) -> frozenset[str]:
    """"Borrell said both leaders had agreed to meet": whoever tells what the persons did is not one of them."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ccomp" or verb.head.lemma_ not in res.lex.of("speech"):
        return frozenset()
    return frozenset(r for c in kids_of(verb.head) if c.dep_ == "nsubj" for r in res.refs(c))


def _hint(res: Resolver, tok: Token) -> str:
    """The office a plural role noun names ("prime ministers" -> "Prime Minister")."""
    singular = tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_
    hint = res.lex.noun(singular)[1]
    prefix = [c.text.title() for c in tok.lefts if c.dep_ in {"compound", "amod"} and c.i not in res.spans
              and not c.is_stop and c.lower_ not in res.lex.of("former")]
    return " ".join([*prefix, hint]) if hint and prefix else hint


def state_set(res: Resolver, tok: Token) -> tuple[str, ...]:
    """"The three nations", "those countries", "the trio", "both countries": the states named last
    together ("Mali, Burkina Faso and Niger"); counted ("the three countries"), a set of that many named
    together up to ten sentences back."""
    if tok.lower_ not in res.lex.of("state-plural") or not _determined(tok):
        return ()
    mods = res._modifier_actors(tok)
    if mods:
        return tuple(mods)
    n = count(res, tok)
    if n in {None, 2} and tok.dep_ == "pobj" and tok.head.lower_ == "between":
        return (PARTIES,)  # "the worst fighting between the neighbors": the two sides of the story
    sents = [s for s in res.words.sents() if s.start <= tok.i][-(_LOOK_PAIR if n and n > 2 else _LOOK_SENTENCES):]
    for k, sent in enumerate(reversed(sents)):
        group = _conjoined(res, sent.start, min(sent.end, tok.i))
        if len(group) >= 2 and (n is None and k < _LOOK_SENTENCES or len(group) == n):
            return group  # ("the three countries that had abstained": the three named as abstaining, further back)
    if n == 2:  # "Qatar hosted talks between the two governments": the two sides of the story
        return (PARTIES,)
    return ()  # (the last three states named one by one are no set the text counts)


def _conjoined(res: Resolver, start: int, end: int, kind: str = "state") -> tuple[str, ...]:
    """The last set of actors of one ``kind`` (states unless told) joined by "and"/"," between two tokens."""
    best: tuple[str, ...] = ()
    for i in range(start, end):
        span = res.spans.get(i)
        if not span or span[0] != i or res.kind(span[2]) != kind:
            continue
        head = res.words.span_root(span[0], span[1])
        while head.dep_ == "conj" or head.dep_ == "appos" and _of_kind(res, head.head, kind):
            head = head.head
        members = _listed(res, head, kind)
        group = tuple(dict.fromkeys(res.spans[t.i][2] for t in members if t.i in res.spans
                                    and res.kind(res.spans[t.i][2]) == kind and t.i < end))
        if len(group) >= 2:
            best = group
    return best


def _of_kind(res: Resolver, tok: Token, kind: str) -> bool:
    return tok.i in res.spans and res.kind(res.spans[tok.i][2]) == kind


def _listed(res: Resolver, head: Token, kind: str) -> list[Token]:
    """``head`` and the words listed with it: its conjuncts, and an actor of the same kind the parser hung on
    it as an apposition ("Mali, Burkina Faso and Niger", with "Burkina Faso" read as one)."""
    members = [head]
    for t in members:
        members += [c for c in (*conjuncts_of(t), *kids_of(t)) if c not in members and (
            c.dep_ == "conj" or c.dep_ == "appos" and _of_kind(res, c, kind))]
    return members


def org_noun(res: Resolver, tok: Token) -> tuple[str, ...]:
    """"The bloc", "the regional body", "the alliance": the organisation named last that the noun
    fits (its name or a description holds the noun), else the last organisation named."""
    if tok.lower_ not in res.lex.of("org-noun"):
        return ()
    if tok.dep_ == "compound" and res.lex.noun(tok.head.lower_)[0] == "person" and not _determined(tok):
        ref = res.last_named_org(tok, before=True)  # "a ministry spokesperson": the ministry named before
        return (ref,) if ref else ()
    if not _determined(tok):
        return ()
    ref = res.last_named_org(tok, before=True) or (  # "the information ministry" is no broadcaster named before
        last_org(res, tok.i) if tok.lower_ not in res.lex.of("organ") else None)
    return (ref,) if ref else ()


def speakers_org(res: Resolver, tok: Token) -> tuple[str, ...]:
    """The armed group that says what "the group" or "the rebels" (``tok``, the subject of what is said) do: the
    speaker, or the one the speaking person acts for (not a rights group, the U.N. or a state's organ reporting what
    "the group" did)."""
    verb = _saying_verb(res, tok)
    subjects = [s for s in _speaker_words(verb) if s.dep_ == "nsubj"] if verb is not None else []
    if not subjects or res.__dict__.get("_asking_speaker"):
        return ()  # ("The rebels said they had captured the town, their spokesman said": "their" asks of "the rebels")
    res.__dict__["_asking_speaker"] = True
    try:
        found = [r if res.kind(r) == "organization" else res.affiliation(r) if res.kind(r) == "person" else None
                 for s in subjects for r in res.refs_all(s)]
    finally:
        res.__dict__["_asking_speaker"] = False
    return tuple(dict.fromkeys(o for o in found if o and (a := res.actor(o)) is not None
                               and a.category == "armed_groups"))


def speakers_forces(res: Resolver, tok: Token) -> tuple[str, ...]:
    """The armed forces that say what bare "troops" or "soldiers" (``tok``, the subject of what is said) do: "a
    spokesman for the army said troops had killed 12 militants", "the military said soldiers repelled the attack"
    (the speaker, or the force a speaking person acts for)."""
    verb = _saying_verb(res, tok)
    subjects = [s for s in _speaker_words(verb) if s.dep_ == "nsubj"] if verb is not None else []
    found = [r if res.kind(r) == "organization" else res.affiliation(r) if res.kind(r) == "person" else None
             for s in subjects for r in res.refs_all(s) or _issuer(res, s)]
    return tuple(dict.fromkeys(o for o in found if o and (a := res.actor(o)) is not None and a.kind == "organization"
                               and res.lex.noun(a.label.split()[-1].lower())[0] == "forces"))


def _issuer(res: Resolver, paper: Token) -> tuple[str, ...]:
    """Who issued a document that speaks ("a statement from the Nigerian army said", "a statement issued by the
    army said"): the actors named "from" or "by" on it."""
    if paper.lemma_ not in res.lex.of("document"):
        return ()
    preps = [p for p in kids_of(paper) if p.dep_ == "prep" and p.lower_ in {"from", "by"}]
    preps += [p for x in kids_of(paper) if x.dep_ == "acl" for p in kids_of(x) if p.dep_ in {"agent", "prep"} and p.lower_ == "by"]
    return tuple(r for p in preps for o in kids_of(p) if o.dep_ == "pobj" for r in res.refs_all(o))


def speaker_they(res: Resolver, tok: Token) -> tuple[str, ...]:
    """"They" as the subject of what a plural speaker says ("the ministers said they would meet"):
    the speaker."""
    verb = _saying_verb(res, tok) if tok.lower_ == "they" else None
    if verb is None:
        return ()
    for subj in _speaker_words(verb):
        if subj.dep_ == "nsubj" and (subj.tag_ in {"NNS", "NNPS"} or conjuncts_of(subj) or subj.tag_ == "NNP" and (
                refs := res.refs_all(subj)) and all(res.kind(r) in {"organization", "group"} for r in refs)):
            return res.refs_all(subj)  # ("The Houthis ... say they will", the name tagged singular: a body speaks)
    return ()


def speaker_it(res: Resolver, tok: Token) -> tuple[str, ...] | None:
    """"It" as the subject of what a state, body or army says ("the military said it killed 20
    militants"): the speaker; no one when the speaker is a body no actor is found for ("the rebel
    command said it had repelled an attack": not the last organisation named); None when it is no such "it"."""
    verb = _saying_verb(res, tok) if tok.lower_ == "it" else None
    if verb is None:
        return None
    for subj in _speaker_words(verb):
        if subj.dep_ == "nsubj" and subj.tag_ in {"NN", "NNP"}:
            refs = res.refs_all(subj)
            if refs and all(res.kind(r) in {"state", "organization", "group"} for r in refs):
                return refs
            return () if not refs and res.lex.noun(subj.lower_)[0] in BODY_CLASSES else None
    return None


def _speaker_words(verb: Token) -> list[Token]:
    """The words around a saying verb, or around the verb it is joined to when it has no subject of its own
    ("the government accused Rwanda and said it was recalling its ambassador")."""
    return list(kids_of(subject_verb(verb)))


def _saying_verb(res: Resolver, tok: Token) -> Token | None:
    """The verb of saying, warning or vowing whose content clause ``tok`` is the subject of, or the one told
    by it ("the government said Beijing had assured it that ...": whom Beijing assured is the speaker), or None."""
    told = tok.dep_ in {"dobj", "dative"} and tok.head.dep_ == "ccomp" and (_says(res, tok.head) or any(
        c.dep_ == "ccomp" and c.i > tok.i for c in kids_of(tok.head)))  # "assured it that ...": its addressee
    if tok.dep_ not in {"nsubj", "nsubjpass"} and not told:
        return None
    clause = tok.head
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
        clause = clause.head
    return clause.head if clause.dep_ == "ccomp" and (_says(res, clause.head) or _what_named(res, clause)) else None


def _what_named(res: Resolver, verb: Token) -> bool:
    """"Iran denounced what it called Israeli aggression": "what it called X" says how the subject of the verb above
    names the thing; "it" there is that subject."""
    return verb.lemma_ in res.lex.of("naming") and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in kids_of(verb))


def _says(res: Resolver, verb: Token) -> bool:
    """A verb of saying, warning or vowing ("warned that it would respond", "vowed that they would")."""
    return verb.lemma_ in res.lex.of("speech") or any(
        cue.flags & {"speech", "warn", "pledge"} for cue in res.lex.candidates(verb.lemma_.lower(), "V"))
