"""When an event happened: the date phrase of a clause, resolved against the publication date.

The phrases themselves are resolved by :func:`kg.dates.resolve` (dateparser and dateutil).
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from kg.dates import resolve
from kg.extract.wordindex import kids_of

__all__ = ["date_of", "resolve"]

_BARE = {"yesterday", "today", "tonight", "week"}  # date words the model does not always tag as DATE


def _phrase(tok: Token) -> str:
    """The date phrase headed by ``tok``: its DATE tokens, or its whole subtree when it is not tagged."""
    if tok.ent_type_ == "DATE":
        return " ".join(x.text for x in tok.subtree if x.ent_type_ == "DATE" or x.i == tok.i)
    return " ".join(x.text for x in tok.subtree)


def date_of(tok: Token, published: date | None) -> tuple[date | None, str]:
    """The date stated for the clause of ``tok``, else the publication date."""
    clause = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for t in (clause, tok):
        for kid in kids_of(t):
            if kid.dep_ not in {"prep", "npadvmod", "pobj"}:
                continue
            for c in [kid] + [o for o in kids_of(kid) if o.dep_ == "pobj"]:
                if c.ent_type_ == "DATE" or c.lower_ in _BARE:
                    day, how = resolve(_phrase(c), published)
                    if day:
                        return day, how
    if published is not None:
        return published, "published"
    return None, "unknown"
