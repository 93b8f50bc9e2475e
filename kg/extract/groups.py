"""Group actors named by a plural noun: "rights groups", "security analysts", "Palestinian
demonstrators", "tens of thousands of Sudanese".

A plural head of the ``collective`` word class (kg/data/actor_words.tsv) that is an argument of a
clause (subject, object, or the object of a preposition such as "against", "on", "by") names a
group actor labelled by its noun phrase without article, number or quantifier. A bare head the
dictionary knows ("civilians") stays the dictionary's group. "Tens of thousands of Sudanese" is
the Sudanese people (or the group after "of"), not the state.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.actors import slug
from kg.extract.names import english_word
from kg.extract.wordindex import dependents, kids_of
from kg.model import Actor

if TYPE_CHECKING:
    from kg.extract.mentions import Resolver

__all__ = ["find_groups", "find_named_groups", "find_regional_forces", "find_regional_governments", "quantity_refs"]

_ARGS = {"nsubj", "nsubjpass", "dobj", "dative", "pobj", "appos", "conj", "ROOT", "attr", "oprd"}
_PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "around", "throughout", "within"}


def find_named_groups(res: Resolver) -> None:
    """"The Twirwaneho rebels", "the Mai-Mai militia", "the Kokang army": an armed group named by a capitalised word that names
    no actor, people, English word or demonym-like adjective right before its noun is an organisation of that
    name (a place's militias are labelled with their noun: "Ituri militias")."""
    groups = res.lex.nouns_of("group")
    for tok in res.words.tokens(groups | res.lex.nouns_of("forces")):
        if tok.i in res.spans or tok.pos_ != "NOUN" or tok.lower_ not in groups and tok.tag_ != "NN":
            continue  # "the Kokang army" (one army, so named; "Puntland forces" are a region's, see below)
        army = tok.lower_ not in groups
        name = _group_name(res, tok, army)
        if name is None:
            continue
        place = army or any(t.ent_type_ in {"GPE", "LOC"} for t in name)
        label = f"{name.text} {tok.lower_}" if place else name.text
        actor_id = res.actors.names.get(label) or slug(label)
        if actor_id not in res.found and actor_id not in res.actors:
            res.found[actor_id] = Actor(actor_id, label, "organization", (label, f"{name.text} {tok.text}"), origin="text")
        res._add_span(name.start, tok.i + 1, actor_id, "name")


def _group_name(res: Resolver, tok: Token, army: bool = False) -> Span | None:
    """The capitalised words right before a group noun that modify it, when they make a name of its own (before a
    noun of one ``army``, a people's name too: "the Kokang army")."""
    start = tok.i
    while start > 0 and (res.doc[start - 1].pos_ == "PROPN" and res.doc[start - 1].text[:1].isupper()
                         or res.doc[start - 1].text == "-" and start > 1 and not res.doc[start - 1].whitespace_):
        start -= 1
    name = res.doc[start: tok.i]
    if not name or name[0].text == "-" or any(t.i in res.spans for t in name) or start <= res.words.sent(tok).start \
            or any(t.head.i != tok.i and not (name.start <= t.head.i < name.end) for t in name):
        return None
    words = [t for t in name if t.is_alpha]
    people = res.lex.of("people-name")
    if any(english_word(t.text) and not (army and t.lower_ in people) or t.lower_ in people and not army
           or t.lower_.endswith(("an", "ese", "ish"))
           or t.text in res.actors.names or t.text in res.actors.demonyms for t in words):
        return None
    return name


def find_groups(res: Resolver) -> None:
    """Add a span for each group noun phrase in an argument position."""
    regional = res.lex.of("regional-collective")
    for tok in res.words.tokens(res.lex.of("collective") | regional):
        if tok.pos_ not in {"NOUN", "PROPN"} or not _argument(tok, res.lex.of("aimed-at")):
            continue
        phrase = _phrase(res, tok)
        if tok.lower_ in regional and not _regional(res, phrase) or quantity_refs(res, tok):
            continue  # "a crowd of protesters": the protesters
        armed = _armed_of(res, tok) if phrase is not None and len(phrase) == 1 else None
        if armed is not None:
            res._add_span(tok.i, tok.i + 1, armed, "role")  # "fighters of the Wazalendo militia": the militia
            continue
        if phrase is None or len(phrase) == 1 and (tok.lower_ in res.lex.of("collective-modified")
                                                   or res.lex.noun(tok.lower_)[0] and res.refs(tok)):
            continue  # bare "groups"; "the insurgents": the armed group named before
        if any(t.lower_ in res.lex.of("unknown") for t in phrase):
            continue  # "unknown gunmen", "unidentified assailants": no one identified
        label = _label(phrase)
        if tok.i in res.spans and label == tok.lower_:
            continue  # the dictionary's group ("civilians")
        actor_id = res.actors.names.get(label) or res.actors.names.get(phrase.text) or _named_before(res, tok, label) \
            or slug(label)  # "Demonstrators" and "Western countries" are the dictionary's groups
        if actor_id not in res.found and actor_id not in res.actors:
            res.found[actor_id] = Actor(actor_id, label, "group", (label,), origin="text")
        res._add_span(phrase.start, phrase.end, actor_id, "name")
    _find_crowds(res)


def _named_before(res: Resolver, tok: Token, label: str) -> str | None:
    """"Iranian officials offered to pay Alinejad's relatives in Iran ... The relatives refused": "the" and the bare
    plural noun refer back to the group last named with the same noun and more words (or, for an armed group's noun,
    with another: "Kurdish fighters attacked a Turkish outpost. The militants killed two soldiers")."""
    if label != tok.lower_ or not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in kids_of(tok)):
        return None
    armed = res.lex.noun(tok.lower_)[0] == "group"  # "Kurdish fighters attacked ... The militants killed": one group
    for i in range(tok.i - 1, max(-1, tok.i - 400), -1):
        span = res.spans.get(i)
        if span and span[0] == i and (group := res.found.get(span[2])) is not None and group.kind == "group" \
                and group.origin == "text" and ((head := res.words.span_root(span[0], span[1]).lower_) == tok.lower_
                                                or armed and res.lex.noun(head)[0] == "group"):
            return span[2]
    return None


def _armed_of(res: Resolver, tok: Token) -> str | None:
    """The armed organisation a bare armed-group noun is "of" ("fighters of the Wazalendo militia", "militants
    of the ADF"), or None."""
    if res.lex.noun(tok.lower_)[0] != "group":
        return None
    for prep in kids_of(tok):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in (o for o in kids_of(prep) if o.dep_ == "pobj"):
                names = [obj, *(c for c in kids_of(obj) if c.dep_ == "compound")]  # "the Wazalendo militia"
                found = {res.spans[t.i][2] for t in names if t.i in res.spans}
                if len(found) == 1 and res.kind(org := found.pop()) == "organization" and not res.affiliation(org):
                    return org
    return None


def _find_crowds(res: Resolver) -> None:
    """"Hundreds of people", "tens of thousands of people" acting in a clause: a crowd, a group of its own
    labelled by the whole phrase (the people of no state named: "thousands of Sudanese" are Sudan's)."""
    quantity = res.lex.of("quantity")
    for tok in res.words.tokens(quantity):
        if tok.i in res.spans or not _argument(tok) or tok.dep_ == "pobj" and tok.head.head.lower_ in quantity:
            continue
        last = tok
        while (nxt := next((o for p in kids_of(last) if p.dep_ == "prep" and p.lower_ == "of"
                            for o in kids_of(p) if o.dep_ == "pobj"), None)) is not None and nxt.lower_ in quantity:
            last = nxt
        if nxt is None or nxt.lower_ not in res.lex.of("populace") or nxt.i in res.spans or any(
                c.dep_ in {"amod", "compound", "prep"} for c in kids_of(nxt)):
            continue
        label = res.doc[tok.i: nxt.i + 1].text
        label = label[0].lower() + label[1:]
        actor_id = res.actors.names.get(label) or slug(label)
        if actor_id not in res.found and actor_id not in res.actors:
            res.found[actor_id] = Actor(actor_id, label, "group", (label,), origin="text")
        res._add_span(tok.i, nxt.i + 1, actor_id, "name")
    _find_counted(res)


def _find_counted(res: Resolver) -> None:
    """"Killed at least 30 people", "arrested 2,400 people", "aid to 1 million people": people counted by a
    number in a clause are a group of their own, labelled by the whole phrase (as a crowd is)."""
    for tok in res.words.tokens(res.lex.of("populace")):
        if tok.i in res.spans or tok.tag_ != "NNS" or not _argument(tok):
            continue
        kids = dependents(tok)
        count = next((i for dep, _, i in kids if dep == "nummod"), None)
        if count is None or any(dep in {"amod", "compound", "poss", "det"} or dep == "prep" and low == "of"
                                for dep, low, _ in kids):
            continue  # "displaced people", "people of Gaza": not a bare count
        start = res.doc[count].left_edge.i
        label = res.doc[start: tok.i + 1].text
        label = label[0].lower() + label[1:]
        actor_id = res.actors.names.get(label) or slug(label)
        if actor_id not in res.found and actor_id not in res.actors:
            res.found[actor_id] = Actor(actor_id, label, "group", (label,), origin="text")
        res._add_span(start, tok.i + 1, actor_id, "name")


def find_regional_forces(res: Resolver) -> None:
    """"Puntland forces", "forces in Somalia's Puntland region": the forces of a region or a movement that
    is no actor of its own are an armed organisation, acting for the state that owns the region; so is its
    police ("Kashmir police")."""
    for tok in res.words.tokens(res.lex.nouns_of("forces") | {"police"}):
        if tok.i in res.spans or tok.tag_ not in {"NNS", "NNPS"} or any(c.dep_ in {"poss", "det"} for c in kids_of(tok)):
            continue
        name = _region_name(res, tok)
        if name is None:
            continue
        first = _name_start(name)  # ("Hong Kong police")
        if any(t.i in res.spans for t in res.doc[first: name.i]):
            continue
        region = res.doc[first: name.i + 1].text
        label = f"{region} {tok.lower_}"
        actor_id = res.actors.names.get(label) or slug(label)
        if actor_id not in res.found and actor_id not in res.actors:
            res.found[actor_id] = Actor(actor_id, label, "organization", (label, region), origin="text")
        owner = next((r for c in kids_of(name.head) if c.dep_ == "poss" for r in res.refs(c)
                      if res.kind(r) == "state"), None)  # "Somalia's Puntland region"
        if owner and actor_id not in res.text_affiliation:
            res.text_affiliation[actor_id] = owner
        res._add_span(min(tok.i, first), tok.i + 1, actor_id, "name")


def find_regional_governments(res: Resolver) -> None:
    """"Tigray's interim administration", "the Puntland government": the government of a region that is no
    actor of its own (a name the NER may have taken for an organisation) is an organisation, "Tigray interim
    administration", and the region's name alone stays no actor."""
    for tok in res.words.tokens(res.lex.nouns_of("state")):
        if tok.i in res.spans or tok.pos_ != "NOUN":
            continue
        names = _names_before(res, tok)
        last = names[-1] if names and all(b.i == a.i + 1 for a, b in zip(names, names[1:])) else None
        between = [t for t in res.doc[last.i + 1: tok.i] if t.tag_ != "POS"] if last is not None else None
        start, end = (_name_start(names[0]), tok.i + 1) if names else (None, None)
        name = res.doc[start: last.i + 1].text if last is not None else ""
        if not names and (after := _region_after(res, tok)):  # "the regional government of Tigray"
            names, between = [after], [t for t in res.doc[tok.left_edge.i: tok.i] if t.dep_ != "det"]
            start, end, name = (between or [tok])[0].i, after.i + 1, after.text
        if not names or between is None or any(t.pos_ not in {"ADJ", "NOUN"} or not t.is_lower for t in between):
            continue
        label = " ".join([name, *(t.text for t in between), tok.lower_])
        actor_id = res.actors.names.get(label) or slug(label)
        if actor_id not in res.found and actor_id not in res.actors:
            res.found[actor_id] = Actor(actor_id, label, "organization", (label,), origin="text")
        res._add_span(start, end, actor_id, "name")


def _names_before(res: Resolver, tok: Token) -> list[Token]:
    """The capitalised words of a region no actor holds that qualify a government noun ("the Amhara regional
    government", "the Khyber Pakhtunkhwa government", "Rakhine state authorities", the tagger may read the name as a
    common noun or an adjective); not a person's ("the Milei government")."""
    return [c for c in kids_of(tok) if c.dep_ in {"poss", "compound", "nmod", "amod"} and c.i < tok.i
            and (c.pos_ == "PROPN" or c.pos_ in {"NOUN", "ADJ"} and c.dep_ != "amod" or c.ent_type_ in {"GPE", "NORP"})
            and c.text[:1].isupper() and (c.ent_type_ != "PERSON" or c.lower_ in res.lex.of("people-name"))
            and _unknown_place(res, c)]


def _name_start(last: Token) -> int:
    """Where the capitalised name ending at ``last`` starts ("Hong Kong authorities": Hong, which the parser
    hangs on Kong)."""
    start = last.i
    while start > 0 and (prev := last.doc[start - 1]).dep_ == "compound" and prev.head.i == start \
            and prev.pos_ == "PROPN" and prev.text[:1].isupper():
        start -= 1
    return start


def _region_after(res: Resolver, tok: Token) -> Token | None:
    """The capitalised one-word name of a region no actor holds in an "of" phrase of a government noun ("the
    regional government of Tigray", "the government of Puntland"), or None; a person's name only after a word of
    the level of government ("the government of Sharif" is his state's)."""
    for o in (o for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "of" for o in kids_of(p)):
        if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.text[:1].isupper() and _unknown_place(res, o) and not any(
                c.dep_ in {"compound", "prep", "conj"} for c in kids_of(o)) and (o.ent_type_ != "PERSON" or any(
                c.dep_ == "amod" and c.lower_ in res.lex.of("organ-level") for c in kids_of(tok))):
            return o
    return None


def _unknown_place(res: Resolver, tok: Token) -> bool:
    """A capitalised word that names no actor, or only one the NER made of that word alone."""
    span = res.spans.get(tok.i)
    if span is None:
        return not english_word(tok.text) and tok.text not in res.actors.demonyms
    found = res.found.get(span[2])
    return found is not None and found.origin == "ner" and span[1] - span[0] == 1 and found.kind == "organization"


def _region_name(res: Resolver, tok: Token) -> Token | None:
    """The capitalised name of a region no actor holds before the forces noun ("Puntland forces") or after
    it ("forces in Somalia's Puntland region")."""
    before = [c for c in kids_of(tok) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1]
    after = [c for p in kids_of(tok) if p.dep_ == "prep" and p.lower_ == "in" for o in kids_of(p)
             if o.dep_ == "pobj" and o.lower_ in {"region", "state", "province"}
             for c in kids_of(o) if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for name in before + after:
        if name.i not in res.spans and name.text[:1].isupper() and name.ent_type_ in {"GPE", "LOC", "ORG", "NORP", ""}:
            return name
    return None


def _argument(tok: Token, aimed: frozenset[str] = frozenset()) -> bool:
    """A clause's argument, not a modifier of another noun or a place ("fired at protesters": whom a word
    of ``aimed`` is aimed at is an argument)."""
    if tok.dep_ not in _ARGS:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS and not (tok.head.lower_ == "at" and _aimed(tok.head, aimed)):
        return False
    return not (tok.dep_ == "conj" and not _argument(tok.head, aimed))


def _aimed(prep: Token, aimed: frozenset[str]) -> bool:
    """Is "at" aimed by a word of ``aimed``, or by its objects ("fired tear gas and stun grenades at")?"""
    head = prep.head
    for _ in range(4):
        if head.dep_ != "conj":
            break
        head = head.head
    return prep.head.lemma_ in aimed or head.dep_ == "dobj" and head.head.lemma_ in aimed


def _phrase(res: Resolver, tok: Token) -> Span | None:
    """The noun phrase a group head ends: the adjectives and nouns right before it that modify it
    ("international and local media rights organizations"), not numbers or participles ("killed
    journalists"), when no other actor but a demonym is among them ("Israeli settlers" yes, "Hamas
    fighters" no: those are Hamas)."""
    start = tok.i
    while start - 1 >= res.words.sent(tok).start and _modifier(res.doc[start - 1], tok):
        start -= 1
    if start - 2 >= res.words.sent(tok).start and res.doc[start - 1].text == "-" and res.doc[start - 2].is_alpha \
            and not res.doc[start - 2].whitespace_ and not res.doc[start - 1].whitespace_:
        start -= 2  # "Right-wing lawmakers", not "wing lawmakers"
    quantity = res.lex.of("quantity")
    while start < tok.i and (res.doc[start].is_stop or res.doc[start].is_punct or res.doc[start].like_num
                             or res.doc[start].lower_ in quantity or res.doc[start].lower_ + "s" in quantity):
        start += 1  # "two dozen countries": countries
    relational = tok.lower_ in res.lex.of("relational")
    for i in range(start, tok.i):
        span = res.spans.get(i)
        if span and not (span[3] == "demonym" or res.kind(span[2]) in {"group", "person"} or relational):
            return None  # "Hamas fighters", "Russian-backed separatists" are the actor itself ("America's allies" not)
    return res.doc[start: tok.i + 1]


def _regional(res: Resolver, phrase: Span | None) -> bool:
    """"European leaders", "Arab diplomats": a regional adjective no actor holds names the group;
    "Israeli officials" are Israel, "senior diplomats" the state they speak for."""
    if phrase is None or len(phrase) < 2 or any(t.i in res.spans or t.dep_ == "poss" for t in phrase):
        return False  # "the two countries' foreign ministers" are theirs
    if any(c.dep_ == "prep" and c.lower_ in {"of", "from"} and any(o.i in res.spans for o in kids_of(c))
           for c in kids_of(phrase[-1])):
        return False  # "the foreign ministers of Russia and Ukraine" are theirs
    return any(t.text[:1].isupper() and (t.ent_type_ in {"NORP", "LOC"} or t.pos_ == "ADJ" and not t.is_sent_start)
               or t.lower_ in res.lex.of("regional-adjective")
               for t in phrase[:-1])  # not "Hong Kong officials" (a place's own) nor "Senior officials"


def _modifier(prev: Token, head: Token) -> bool:
    """A word of the group's name: an adjective, noun or possessor under the head ("Berisha's
    opponents"), or "and"/"," between two of them."""
    if prev.ent_type_ in {"DATE", "TIME"} and prev.text[:1].isupper():
        return False  # "slammed on Wednesday countries including Japan": a day, not a word of the name
    if prev.like_num or prev.tag_ in {"VBN", "VBG", "VBD"} or head not in prev.ancestors:
        return prev.lower_ in {"and", ","} or prev.text in {"-", "–"}
    return prev.pos_ in {"ADJ", "NOUN", "PROPN", "CCONJ"} or prev.tag_ == "POS" or prev.text == ","


def _label(phrase: Span) -> str:
    text = phrase.text
    return text[0].lower() + text[1:] if text[:1].isupper() and not (len(phrase) > 1 and phrase[0].pos_ == "PROPN") \
        else text


def quantity_refs(res: Resolver, tok: Token) -> tuple[str, ...]:
    """"Tens of thousands of Sudanese", "hundreds of protesters": the group after the last "of"."""
    if tok.lower_ not in res.lex.of("quantity"):
        return ()
    for child in kids_of(tok):
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in kids_of(child):
                if obj.dep_ == "pobj":
                    if obj.lower_ in res.lex.of("quantity"):
                        return quantity_refs(res, obj)
                    span = res.spans.get(obj.i)
                    if span and span[3] == "demonym" and res.kind(span[2]) == "state":
                        return (res.people(span[2]),)  # "thousands of Sudanese"
                    return res.refs(obj)
    return ()
