"""Dates in one place: ISO dates, wire datelines, and date phrases resolved against a publication date.

``resolve`` leaves the calendar arithmetic to libraries: weekdays to ``dateutil``'s
``relativedelta`` and uncommon phrases to ``dateparser`` with the publication date as its
base. The commonest forms ("March 3rd", "3 March 2022", "yesterday", "last week", "two days
ago") are read here, as dateparser reads them (tests compare the two), because dateparser
costs about 2 ms a phrase. What is kg's own is which phrases name one day at all: "60 days"
and "March" do not, "two days ago" and "March 3rd" do.

>>> resolve("two days ago", date(2024, 5, 1))
(datetime.date(2024, 4, 29), 'relative')
>>> resolve("March 3rd", date(2024, 5, 1))
(datetime.date(2024, 3, 3), 'explicit')
>>> dateline("BEIRUT, November 27, 2024\\n\\nA ceasefire began.")
datetime.date(2024, 11, 27)
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

__all__ = ["MONTHS", "parse_iso", "dateline", "dateline_end", "wire_dateline", "resolve", "iso"]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_DATELINE = re.compile(r"\A\s*[A-Z][A-Za-z .,'-]{1,60},\s+(" + "|".join(MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})[ \t]*(?=\n|\Z)")
#: a wire dateline that opens a story's first (or, after a title line, second) line: "KYIV, March 3 (Reuters) -",
#: "BEIRUT (AP) —", "GAZA CITY, Gaza Strip, May 1 -"
_WIRE = re.compile(
    r"(?P<city>[A-Z][A-Za-z.'’]+(?:[ -][A-Z][A-Za-z.'’]+){0,3})(?:,[ \t]+[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2})?"
    r"(?P<day>,?[ \t]+(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)?"
    r"(?:[ \t]*\((?P<agency>[A-Z][A-Za-z.&'’ -]{1,30})\))?[ \t]*[-–—]{1,2}[ \t]+")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"^(?:(last|this|next) )?(" + "|".join(_WEEKDAYS) + r")(?: (?:morning|afternoon|evening|night))?$")
_MONTH = re.compile(r"\b(?:" + "|".join(m[:3].lower() for m in MONTHS) + r")[a-z]*\.?(?=\s|,|$)")
_YEAR = re.compile(r"\b(1[89]|2[0-9])\d\d\b")
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
#: words that make a phrase a point in time rather than a stretch of it ("60 days", "this month")
_POINT = re.compile(r"\b(?:ago|yesterday|today|tonight|tomorrow|last night|(?:last|this|next) week)\b")
_LEAD = re.compile(r"^(?:on|in|at|by|earlier|later|late|early|since|until|from)\s+")
#: a month and a day, with or without a year ("march 3rd", "3 march 2024", "sept. 30, 2019"): read here, as
#: dateparser reads it, at a small part of its cost
_CALENDAR = re.compile(r"^(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)? (?P<m1>[a-z]{3,9})|(?P<m2>[a-z]{3,9})\.? (?P<d2>\d{1,2})"
                       r"(?:st|nd|rd|th)?)(?:,? (?P<y>(?:1[89]|2[0-9])\d\d))?$")
_MONTH_OF = {name: k + 1 for k, m in enumerate(MONTHS) for name in {m.lower(), m[:3].lower()}} | {"sept": 9}
#: points in time relative to the publication date, in days, read here as dateparser reads them
_RELATIVE = {"today": 0, "tonight": 0, "this week": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
             "last week": -7, "next week": 7}
_AGO = re.compile(r"^(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (day|week)s? ago$")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
_SLACK_DAYS = 31  # a day and month without a year may lie this far after the publication date


def iso(day: date | None) -> str:
    """``YYYY-MM-DD``, or ``""`` for no date."""
    return day.isoformat() if day else ""


def parse_iso(value: object) -> date | None:
    """An ISO date (``YYYY-MM-DD``, or the date part of a timestamp); None for None or ``""``.

    >>> parse_iso("2024-05-01T12:00:00Z")
    datetime.date(2024, 5, 1)
    >>> parse_iso("May 1")
    Traceback (most recent call last):
    ...
    ValueError: bad date 'May 1': expected YYYY-MM-DD
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"bad date {value!r}: expected YYYY-MM-DD") from None


def dateline(text: str) -> date | None:
    """The date of a wire dateline on the first line ("BEIRUT, November 27, 2024"), if there is one."""
    m = _DATELINE.match(text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), MONTHS.index(m.group(1)) + 1, int(m.group(2)))
    except ValueError:
        return None


def dateline_end(text: str) -> int:
    """Where a wire dateline on the first line ends (0 when there is none)."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def wire_dateline(text: str) -> tuple[int, int] | None:
    """Where a dateline that opens the story's text on its line lies ("KYIV, March 3 (Reuters) - "), as
    (start, end) offsets, on the first line or the line after a title line; None when there is none.

    >>> wire_dateline("BEIRUT (AP) — Israel struck Lebanon.")
    (0, 14)
    >>> wire_dateline("Hamas - the group - said no.") is None
    True
    """
    first = len(text) - len(text.lstrip())
    second = text.find("\n", first)
    for start in (first, *([len(text) - len(text[second:].lstrip())] if second != -1 else [])):
        m = _WIRE.match(text, start)
        if m and (m["city"].isupper() or m["agency"] or m["day"]):
            return m.start(), m.end()
    return None


def _calendar_day(text: str, year: int) -> date | None:
    """The day of "march 3rd", "3 march", "sept. 30, 2019" (lower case), in ``year`` when it names none; None for
    any other phrase (or no such day), which is left to dateparser.

    >>> _calendar_day("sept. 30, 2019", 2024), _calendar_day("3 march", 2024), _calendar_day("march 33", 2024)
    (datetime.date(2019, 9, 30), datetime.date(2024, 3, 3), None)
    """
    m = _CALENDAR.match(text)
    month = m and _MONTH_OF.get(m["m1"] or m["m2"])
    if not month:
        return None
    try:
        return date(int(m["y"] or year), month, int(m["d1"] or m["d2"]))
    except ValueError:
        return None


def _relative_day(text: str, published: date | None) -> date | None:
    """The day of "yesterday", "last week", "two days ago" (lower case) counted from ``published``; None for any
    other phrase, which is left to dateparser.

    >>> _relative_day("two days ago", date(2024, 5, 1)), _relative_day("last week", date(2024, 5, 1))
    (datetime.date(2024, 4, 29), datetime.date(2024, 4, 24))
    """
    if published is None:
        return None
    if text in _RELATIVE:
        return published + timedelta(days=_RELATIVE[text])
    m = _AGO.match(text)
    if m is None:
        return None
    n = int(m[1]) if m[1].isdigit() else _NUMBERS[m[1]]
    return published - timedelta(days=n * (7 if m[2] == "week" else 1))


def _settings(published: date) -> dict:
    return {"RELATIVE_BASE": datetime(published.year, published.month, published.day),
            "PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}


@lru_cache(maxsize=4096)
def resolve(phrase: str, published: date | None) -> tuple[date | None, str]:
    """The day a date phrase names, and how it was found: ``explicit`` (a month and day),
    ``relative`` (to the publication date) or ``unknown``.

    A bare weekday is the last such day on or before the publication date, "last Tuesday"
    the one before it; a month and day without a year is taken in the publication year
    unless that is more than a month after publication, then in the year before.

    >>> resolve("on Wednesday", date(2024, 5, 1))
    (datetime.date(2024, 5, 1), 'relative')
    >>> resolve("60 days", date(2024, 5, 1))
    (None, 'unknown')
    """
    text = " ".join(phrase.lower().replace("’", "'").split()).strip(" ,.")
    while (m := _LEAD.match(text)) is not None:
        text = text[m.end():]
    explicit = bool(_MONTH.search(text))
    if explicit and not _DAY.search(_MONTH.sub(" ", _YEAR.sub(" ", text))):
        return None, "unknown"  # a month, not a day
    if published is None and not (explicit and _YEAR.search(text)):
        return None, "unknown"
    if not explicit and (m := _WEEKDAY.match(text)):
        from dateutil.relativedelta import relativedelta, weekday

        which, name = m.groups()
        wd = weekday(_WEEKDAYS.index(name))
        if which == "next":
            return published + relativedelta(days=1, weekday=wd(+1)), "relative"
        start = published - timedelta(days=1) if which == "last" else published
        return start + relativedelta(weekday=wd(-1)), "relative"
    if not explicit and not _POINT.search(text):
        return None, "unknown"  # a stretch of time ("60 days", "this month"), not a day
    day = _calendar_day(text, (published or date(2000, 1, 1)).year) if explicit else _relative_day(text, published)
    if day is None:
        import dateparser

        found = dateparser.parse(text, languages=["en"], settings=_settings(published or date(2000, 1, 1)))
        if found is None:
            return None, "unknown"
        day = found.date()
    if explicit and published is not None and not _YEAR.search(text) and day > published + timedelta(days=_SLACK_DAYS):
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            return None, "unknown"
    return day, "explicit" if explicit else "relative"
