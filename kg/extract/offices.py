"""Office holders named by their office only: "Israel's foreign minister", "the country's
president", "Thailand's king".

A person noun of nouns.tsv with a state owner (a demonym, a country, "the country's") and no name
beside it is the person who holds that office: the dictionary's holder on the article's date when
it knows one ("Israel's foreign minister" in 2025 is Gideon Sa'ar), else a person actor of its own,
labelled by the demonym and the office ("Cambodian information minister"), who acts for the state.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.actors import slug
from kg.extract.wordindex import kids_of
from kg.model import Actor

if TYPE_CHECKING:
    from kg.extract.mentions import Resolver

__all__ = ["find_offices"]

_MODS = {"compound", "amod", "poss", "nmod"}


def find_offices(res: Resolver) -> None:
    """Add a span for each office noun with a state owner and no name."""
    for tok in res.words.tokens(res.lex.nouns_of("person")):
        if tok.i in res.spans or tok.pos_ != "NOUN" \
                or tok.lower_.endswith("s") or _named(res, tok) or not _current(res, tok):
            continue
        owner, start = _owner(res, tok)
        if owner is None:
            continue
        words = [t.lower_ for t in res.words.toks[start: tok.i + 1] if t.dep_ in {"compound", "amod"} and t.i not in res.spans
                 and not t.is_stop]
        phrase = " ".join([*words, tok.lower_])
        holder = _holder(res, owner, phrase)
        if holder is None and (" " in phrase or phrase in res.lex.of("unique-office")):
            holder = _office(res, owner, phrase)
        if holder is not None:
            res._add_span(start, tok.i + 1, holder, "name" if holder in res.found else "role")


def _current(res: Resolver, tok: Token) -> bool:
    """The office's holder now, not a description ("was a Danish prime minister", "a former minister")."""
    if tok.dep_ in {"attr", "oprd", "appos"}:
        return False
    return not any(c.lower_ in {"a", "an"} or c.lower_ in res.lex.of("former") for c in kids_of(tok))


def _named(res: Resolver, tok: Token) -> bool:
    """A name goes with the office ("President X", "the minister, X", "X, the minister")."""
    if tok.dep_ in {"compound", "appos"} and tok.head.i in res.spans or tok.dep_ == "appos":
        return True
    return any(c.dep_ == "appos" or (c.dep_ == "compound" and c.i in res.spans and res.kind(res.spans[c.i][2]) == "person")
               for c in kids_of(tok)) or (tok.i + 1 < len(res.doc) and res.doc[tok.i + 1].pos_ == "PROPN")


def _owner(res: Resolver, tok: Token) -> tuple[str | None, int]:
    for mod in tok.lefts:
        if mod.dep_ not in _MODS:
            continue
        span = res.spans.get(mod.i)
        if span and res.kind(span[2]) == "state":
            return span[2], min(span[0], mod.left_edge.i)
        if mod.dep_ == "poss" and mod.i not in res.spans:  # "the country's president"
            refs = [r for r in res.refs(mod) if res.kind(r) == "state"]
            if refs:
                return refs[0], mod.left_edge.i
    return None, tok.i


def _holder(res: Resolver, state: str, phrase: str) -> str | None:
    """The dictionary's person who holds the office for ``state`` on the article's date (none when
    the date is unknown)."""
    if res.published is None:
        return None
    titles = {}
    for actor in res.actors.office_holders(state):
        role = actor.role_on(res.published) if actor.kind == "person" and actor.roles else None
        if role is not None and role.of == state:
            titles.setdefault(role.title.lower(), actor.id)
    if phrase in titles:
        return titles[phrase]  # (the prime minister before a deputy prime minister, whose title ends the same)
    return next((actor_id for title, actor_id in titles.items() if " " in phrase and title.endswith(phrase)
                 and title.split()[0] not in _UNDER), None)


#: first words of titles under the office they end with ("Deputy Prime Minister" is no prime minister)
_UNDER = frozenset({"deputy", "vice", "assistant", "under", "acting", "former"})


def _office(res: Resolver, state: str, phrase: str) -> str:
    actor_id = f"{state}_{slug(phrase)}"
    if actor_id not in res.found:
        owner = res.actor(state)
        adj = next((d for d in (owner.demonyms if owner else ()) if not d.endswith("s")), owner.label if owner else state)
        res.found[actor_id] = Actor(actor_id, f"{adj} {phrase}", "person", (), origin="text")
        res.text_affiliation[actor_id] = state
    return actor_id
