"""Whom a person acts for, read from the titles the text gives with the name.

Each actor named around a person's name is a clue, ranked by how it relates to the title:
an organisation the person is "of", "at" or "for", heads, or whose title it qualifies
("Evan Fowler of the Inter-Parliamentary Alliance on China", "the Zanu PF information director",
"VOA host") comes first; a country or demonym counts only with an office held for a state
("Dutch Foreign Minister", not "the Iranian American journalist"); a country after "for" is a
topic ("envoy for Syria") and comes last; countries after "in", "on", "about" or "based in" are
never affiliations. A former title yields to a current one ("now an analyst at ..."). With no
clue, an office of the state ("President X", "Justice X") is held for the country the article
is about, and a judge sits on the court it names.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.wordindex import conjuncts_of, dependents, dominates, kids_of

if TYPE_CHECKING:
    from kg.extract.mentions import Resolver

__all__ = ["read_titles", "main_state"]

_MODS = {"compound", "amod", "poss", "nmod"}
_EMPLOYER_PREPS = {"of", "at", "with", "from", "for", "to"}
_FORMER_RANK = 10


@dataclass(frozen=True, slots=True)
class Clue:
    actor: str
    rank: int  # lower is better


def main_state(res: Resolver) -> str | None:
    """The state the article is about: the one named most often, when no other is named as often."""
    counts: Counter[str] = Counter()
    for start, _, actor_id, _ in set(res.spans.values()):
        if res.kind(actor_id) == "state":
            counts[actor_id] += 1
    if res.dateline:
        counts[res.dateline] += 2  # "BEIJING —": the story is told from there
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def read_titles(res: Resolver) -> None:
    """Fill ``res.titles`` (the title words read with each person) and ``res.text_affiliation``."""
    clues: dict[str, list[Clue]] = {}
    for start, end, actor_id, _ in sorted(set(res.spans.values())):
        if res.kind(actor_id) != "person":
            continue
        name = res.doc[start:end]
        area = list(_area(res, name))
        words = [t for t in area if t.pos_ in {"NOUN", "PROPN"} and t.i not in res.spans]
        if words:
            res.titles.setdefault(actor_id, " ".join(t.text for t in sorted(words)))
        found = [c for t in area if (c := _clue(res, t, actor_id, words)) is not None] + _led_by(res, name)
        clues.setdefault(actor_id, []).extend(found or _of_employer(res, name) or _left_owner(res, name)
                                              or _fallback_of(res, _head_titles(name, words)))
        best = min(clues[actor_id], key=lambda c: c.rank, default=None)
        if best is not None:  # later persons may take this one's affiliation ("adviser to President Y")
            res.text_affiliation[actor_id] = best.actor
    for person, party in _owned_bodies(res):
        if min((c.rank for c in clues.get(person, ())), default=_FORMER_RANK) >= _FORMER_RANK:
            res.text_affiliation[person] = party  # no current title: "his party" beats a former one


def _owned_bodies(res: Resolver) -> Iterator[tuple[str, str]]:
    """"his National Congress Party", "Hemedti's RSF": a person whose name or pronoun owns an organisation
    of its own (no state organ) acts for it, unless a current title says more."""
    for start, end, actor_id, _ in sorted(set(res.spans.values())):
        actor = res.actor(actor_id)
        if actor is None or actor.kind != "organization" or actor.affiliation or actor_id in res.organ_of:
            continue
        root = res.words.span_root(start, end)
        for child in kids_of(root):
            if child.dep_ == "poss" and child.i < start:
                owner = res.spans[child.i][2] if child.i in res.spans else \
                    next(iter(res.refs(child)), None) if child.pos_ == "PRON" else None
                if owner is not None and res.kind(owner) == "person":
                    yield owner, actor_id


def _area(res: Resolver, name: Span) -> Iterator[Token]:
    """The tokens that qualify a name: its title before it, appositions, relative clauses,
    prepositions of the name, and the complement of "X is (now) an analyst at Y"."""
    root = res.words.span_root(name.start, name.end)
    yield from (t for t in root.subtree if t.i < name.start)
    if root.dep_ == "appos" or (root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= name.end):
        yield from (t for t in root.head.subtree if not (root.left_edge.i <= t.i <= root.right_edge.i))
    for dep, low, i in (d for t in res.words.toks[name.start:name.end] for d in dependents(t)):
        if not name.start <= i < name.end and (dep in {"appos", "relcl"} or dep == "prep" and low in _EMPLOYER_PREPS):
            yield from res.words.toks[i].subtree
    if root.dep_ == "appos" and root.head.i in res.spans and root.head.dep_ == "pobj" \
            and _is_title(res, root.head.head.head):
        title = root.head.head.head  # "Rwanda's ambassador to the U.N., X", X parsed as the U.N.'s apposition
        yield from (t for t in title.subtree if not (root.head.i <= t.i <= root.right_edge.i))
    if root.dep_ == "pobj" and root.head.lower_ in {"for", "to"} and _is_title(res, root.head.head):
        title = root.head.head  # "U.N. Resident Coordinator for Myanmar Andrew Kirkwood", parsed as "for" him
        yield from (t for t in title.subtree if t.i < root.head.i)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for child in kids_of(root.head):
            if child.dep_ == "attr":
                yield from child.subtree
    yield from _glued_title(res, name)


def _glued_title(res: Resolver, name: Span) -> Iterator[Token]:
    """A title right before a name that the parser did not attach to it ("North Korea's army chief of
    staff Pak Jong Chon said")."""
    toks = res.words.toks
    tok = toks[name.start - 1] if name.start else None
    root = res.words.span_root(name.start, name.end)
    for _ in range(3):
        if tok is None or tok.i in res.spans or dominates(tok, root.i, len(toks)) or dominates(root, tok.i, len(toks)):
            return
        if _is_title(res, tok):
            yield from (t for t in tok.subtree if t.i < name.start)
            return
        tok = tok.head if tok.dep_ in {"pobj", "prep", "compound"} else None


def _led_by(res: Resolver, name: Span) -> list[Clue]:
    """"The organization, led by X": X acts for the organisation; "Burkina Faso's new military regime, led by X":
    for the state so named."""
    root = res.words.span_root(name.start, name.end)
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" else None
    if verb is None or verb.lemma_ not in res.lex.of("lead-verb") or verb.dep_ not in {"acl", "relcl"}:
        return []
    refs = [r for r in res.refs(verb.head) if res.kind(r) in {"organization", "state"}]
    return [Clue(refs[0], 0)] if refs else []


def _of_employer(res: Resolver, name: Span) -> list[Clue]:
    """"expert Soli Ozel of Istanbul's Kadir Has University", read from the words when the parse lost
    them: the organisation right after "of/at" (and a place's possessive) is the employer."""
    doc, i = res.doc, name.end
    if i + 1 >= len(doc) or doc[i].lower_ not in {"of", "at"}:
        return []
    i += 1 + (doc[i + 1].lower_ == "the")
    if i + 1 < len(doc) and doc[i].ent_type_ == "GPE" and doc[i + 1].tag_ == "POS":
        i += 2
    j = i  # "of the Burundian human rights group ACAT": the name after the words that describe it
    while j < len(doc) and j - i < 5 and (doc[j].is_lower or j in res.spans
                                          and res.kind(res.spans[j][2]) == "state"):
        j += 1
    if j > i and doc[j - 1].lower_ in res.lex.of("org-descriptor"):
        i = j
    found = res.spans.get(i) if i < len(doc) else None
    return [Clue(found[2], 0)] if found and found[0] == i and res.kind(found[2]) == "organization" else []


def _left_owner(res: Resolver, name: Span) -> list[Clue]:
    """"IS deputy caliph Abu Salim", read from the words when the parse lost them: the organisation named
    right before the title words before a name (a country's demonym there is no employer)."""
    doc, i = res.doc, name.start - 1
    if i < 1 or not _is_title(res, doc[i]):
        return []
    while i >= 0 and name.start - i <= 4 and doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ"}:
        i -= 1
    found = res.spans.get(i) if i >= 0 else None
    if found is None or found[1] != i + 1 or res.kind(found[2]) != "organization":
        return []
    return [Clue(found[2], 1)]


def _head_titles(name: Span, words: list[Token]) -> list[Token]:
    """The title nouns right before or beside a name ("Justice X", "X, the judge"), not those deeper
    in a clause ("the shadow justice secretary", "emir of the group")."""
    root = name.root
    return [t for t in words if t.head.i == root.i and t.dep_ in {"compound", "appos", "nmod"}
            or (root.dep_ == "appos" and t.i == root.head.i)]


def _is_title(res: Resolver, tok: Token) -> bool:
    low = tok.lower_
    return low in res.lex.of("title") or res.lex.noun(low)[0] == "person" or low.rstrip("s") in res.lex.of("title")


def _titled(res: Resolver, noun: Token, person: str, climb: bool) -> bool:
    """A title, the name itself, or a noun in a title's complement ("vice president of studies at X")."""
    for _ in range(3 if climb else 1):
        if any(_is_title(res, n) for n in (noun, *conjuncts_of(noun))) or noun.i in res.spans and res.spans[noun.i][2] == person:
            return True
        if noun.dep_ != "pobj":
            return False
        noun = noun.head.head
    return False


def _governor(res: Resolver, tok: Token) -> tuple[str, Token]:
    """How a token hangs from the noun it qualifies: ("mod", noun), ("of", noun), ("lead", verb) ...;
    "United Nations-appointed rapporteur" is a modifier of the title."""
    while tok.dep_ in {"conj", "appos"}:
        tok = tok.head
    if tok.dep_ in _MODS:
        return "mod", tok.head
    if tok.dep_ == "npadvmod" and tok.head.dep_ == "amod" and tok.head.lemma_ in res.lex.of("agent-participle"):
        return "mod", tok.head.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.lower_, tok.head.head
    if tok.dep_ == "dobj":
        return "lead", tok.head
    return "", tok.head


def _former(res: Resolver, noun: Token) -> bool:
    return any(low in res.lex.of("former") for _, low, _ in dependents(noun)) or noun.lower_.startswith("ex-")


def _clue(res: Resolver, tok: Token, person: str, words: list[Token]) -> Clue | None:
    """The clue one token gives, or None."""
    ref = _ref(res, tok)
    if ref is None or ref == person:
        return None
    how, gov = _governor(res, tok)
    if how == "mod" and gov.dep_ == "pobj" and gov.head.dep_ == "prep" and (res.lex.noun(gov.lower_)[0] == "state" or (
            gov.head.lower_ in {"of", "for"} and _is_title(res, gov.head.head) and not _is_title(res, gov))
            or _own_name(res, gov, person) and _is_title(res, gov.head.head)):
        how, gov = gov.head.lower_, gov.head.head  # "a spokesman for the Kenyan government": for Kenya; "a member
        # of the RSF negotiating team": of the RSF
        how = "of" if how == "in" else how  # "an official in the Sudanese government": of Sudan
    while how == "mod" and not _is_title(res, gov) and gov.dep_ in {"compound", "nmod"} and gov.head.i > gov.i:
        gov = gov.head  # "North Korea's army chief of staff"
    titled = _titled(res, gov, person, climb=how not in {"mod", "lead", ""}) or (
        gov.dep_ == "relcl" and how in {"for", "of"})
    rank = _rank(res, ref, how, gov, titled, words)
    if rank is None:
        return None
    if res.kind(ref) == "person":
        ref = res._affiliation_of(ref)
        if ref is None or ref == person:
            return None
    parent = _parent(res, tok)
    if parent and res.kind(ref) == "organization":
        ref, rank = parent, rank - 1  # "the Hudson Institute's Center for ...": the institute
    past = _former(res, gov) or (how == "mod" and any(_former(res, t) for t in gov.ancestors if t.i in res.spans
                                                       and res.spans[t.i][2] == person))
    return Clue(ref, rank + (_FORMER_RANK if past else 0))


def _own_name(res: Resolver, tok: Token, person: str) -> bool:
    """The token is in the person's own name: "U.S. Ambassador to Serbia Christopher Hill", parsed with
    "Serbia" on "Hill" as the object of "to", hangs from "to", not from the name."""
    span = res.spans.get(tok.i)
    return span is not None and span[2] == person


def _parent(res: Resolver, tok: Token) -> str | None:
    """The organisation that owns another one named at ``tok`` ("the Hudson Institute's Center")."""
    for child in kids_of(tok):
        if child.dep_ == "poss" and child.i in res.spans and res.kind(res.spans[child.i][2]) == "organization":
            return res.spans[child.i][2]
    return None


def _ref(res: Resolver, tok: Token) -> str | None:
    """The actor a token names: a name's actor (once, at the name's head), the organisation a common
    noun stands for ("the association's director", "the court's president"), or the body a possessive
    refers back to ("its spokesman", "the group's leader")."""
    if tok.i in res.spans:
        start, end, actor_id, _ = res.spans[tok.i]
        outside = not (start <= tok.head.i < end) or tok.head.i == tok.i
        return actor_id if outside and res.kind(actor_id) != "group" else None
    named = res.last_named_org(tok) if tok.pos_ == "NOUN" and tok.lower_ in res.lex.of("org-head") \
        and tok.dep_ in {"poss", "pobj"} else None
    if named or tok.dep_ != "poss":
        return named
    # "Its spokesman, X", "the group's leader, X": the body the word refers back to
    return next((r for r in res.refs(tok) if res.kind(r) in {"organization", "state"}), None)


def _rank(res: Resolver, ref: str, how: str, gov: Token, titled: bool, words: list[Token]) -> int | None:
    kind = res.kind(ref)
    if how == "lead":
        return 0 if gov.lemma_ in res.lex.of("lead-verb") and kind != "person" else None
    if not titled or how in {"", "in", "on", "about", "over", "near", "across", "inside"}:
        return None
    if kind == "person":
        return 2 if how in {"mod", "to", "of", "for"} else None
    if kind != "state":  # "director of the X Center at the Y Institute": Y, the institution
        return {"for": 2, "to": 2, "at": -1}.get(how, 0) if how in {"mod", *_EMPLOYER_PREPS} else None
    if any(t.lower_ in res.lex.of("dissent") for t in words):
        return None  # "Belarusian opposition leader X": a Belarusian, not acting for Belarus
    if how == "mod" and gov.i in res.spans:  # "Hungary's Viktor Orban"
        return 1
    state_title = any(t.lower_ in res.lex.of("state-title") or t.lower_.rstrip("s") in res.lex.of("state-title")
                      for t in words)
    if how in {"mod", "of"}:
        return 1 if state_title else None
    return 3 if how == "for" else None


def _fallback_of(res: Resolver, words: list[Token]) -> list[Clue]:
    """The fallback clues of the title words; of a former title ("former President X") they rank as past."""
    past = _FORMER_RANK if any(_former(res, t) for t in words) else 0
    return [Clue(c.actor, c.rank + past) for c in _fallback(res, words)]


def _fallback(res: Resolver, words: list[Token]) -> list[Clue]:
    """No clue: a prosecutor works for the prosecutors the article names; a judge sits on the court it
    names; an office of the state is held for the state the article is about."""
    lows = {t.lower_ for t in words} | {c.lower_ for t in words for c in kids_of(t) if c.dep_ == "compound"}
    office = next((w + "s" for w in sorted(lows) if w + "s" in res.lex.of("accuser")), None)
    if office and (body := res.last_named_org(None, office)):
        return [Clue(body, 5)]  # "federal prosecutor Jacob Gutwillig" and the prosecutors the article names
    if lows & res.lex.of("court-title"):
        court = res.last_named_org(None, "court")
        if court:
            return [Clue(court, 5)]
    if lows & res.lex.of("domestic-title"):
        state = main_state(res)
        if state:
            return [Clue(state, 6)]
    return []
