"""When an event happened: explicit dates, weekdays and "last week" against the publication date."""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

__all__ = ["date_of", "resolve"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_EXPLICIT = re.compile(r"^(?:on )?(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:,?\s+(\d{4}))?$", re.I)


def resolve(phrase: str, published: date | None) -> tuple[date | None, str]:
    """Resolve a date phrase: ``("Tuesday", 2024-05-01) -> (2024-04-30, "relative")``."""
    text = " ".join(phrase.lower().split())
    text = re.sub(r"^(on|last|this|earlier|late|early)\s+", "", text)
    m = _EXPLICIT.match(text)
    if m:
        year = int(m.group(3)) if m.group(3) else (published.year if published else None)
        if year is None:
            return None, "unknown"
        try:
            day = date(year, _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)))
        except ValueError:
            return None, "unknown"
        if not m.group(3) and published and day > published + timedelta(days=31):
            day = day.replace(year=year - 1)
        return day, "explicit"
    if published is None:
        return None, "unknown"
    first = text.split()[0] if text else ""
    if first in _WEEKDAYS:
        back = (published.weekday() - _WEEKDAYS.index(first)) % 7
        return published - timedelta(days=back), "relative"
    if text in {"yesterday"}:
        return published - timedelta(days=1), "relative"
    if text in {"today", "tonight"}:
        return published, "relative"
    if text == "week" or phrase.lower().strip() == "last week":
        return published - timedelta(days=7), "relative"
    return None, "unknown"


def date_of(tok: Token, published: date | None) -> tuple[date | None, str]:
    """The date stated for the clause of ``tok``, else the publication date."""
    clause = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    for t in (clause, tok):
        for child in t.children:
            cands = [child] + [g for g in child.children if g.dep_ == "pobj"] if child.dep_ in {"prep", "npadvmod", "pobj"} else []
            for c in cands:
                if c.ent_type_ == "DATE" or c.lower_ in {"yesterday", "today", "week"}:
                    phrase = " ".join(x.text for x in c.subtree if x.ent_type_ == "DATE" or x.i == c.i)
                    day, how = resolve(phrase, published)
                    if day:
                        return day, how
    if published is not None:
        return published, "published"
    return None, "unknown"
