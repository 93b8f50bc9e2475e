"""Dates in one place: date phrases resolved against the publication date, ISO dates and wire datelines."""
from __future__ import annotations

from datetime import date

import pytest

from kg.dates import dateline, dateline_end, parse_iso, resolve
from kg.nlp import clean_text

WED = date(2024, 5, 1)  # a Wednesday


@pytest.mark.parametrize("phrase, published, expect, how", [
    # the six phrases
    ("this week", WED, WED, "relative"),
    ("earlier this week", WED, WED, "relative"),
    ("two days ago", WED, date(2024, 4, 29), "relative"),
    ("3 March", WED, date(2024, 3, 3), "explicit"),
    ("March 3rd", WED, date(2024, 3, 3), "explicit"),
    ("last Tuesday", WED, date(2024, 4, 30), "relative"),
    # weekdays: the last such day on or before publication; "last" is strictly before, "next" after
    ("Tuesday", WED, date(2024, 4, 30), "relative"),
    ("on Wednesday", WED, WED, "relative"),
    ("last Wednesday", WED, date(2024, 4, 24), "relative"),
    ("next Monday", WED, date(2024, 5, 6), "relative"),
    ("Thursday night", WED, date(2024, 4, 25), "relative"),
    ("late Tuesday", WED, date(2024, 4, 30), "relative"),
    # relative words
    ("yesterday", WED, date(2024, 4, 30), "relative"),
    ("today", WED, WED, "relative"),
    ("tonight", WED, WED, "relative"),
    ("last week", WED, date(2024, 4, 24), "relative"),
    ("a week ago", WED, date(2024, 4, 24), "relative"),
    # a month and day: in the publication year unless that is over a month after publication
    ("March 10", date(2020, 3, 1), date(2020, 3, 10), "explicit"),
    ("February 27", date(2023, 3, 19), date(2023, 2, 27), "explicit"),
    ("Nov. 27", WED, date(2023, 11, 27), "explicit"),
    ("27 November 2023", WED, date(2023, 11, 27), "explicit"),
    ("on May 2, 2024", None, date(2024, 5, 2), "explicit"),
    # not one day
    ("60 days", WED, None, "unknown"),
    ("14 months", WED, None, "unknown"),
    ("March", WED, None, "unknown"),
    ("March 2024", WED, None, "unknown"),
    ("earlier this year", WED, None, "unknown"),
    ("this month", WED, None, "unknown"),
    ("Tuesday", None, None, "unknown"),
    ("two days ago", None, None, "unknown"),
])
def test_resolve(phrase, published, expect, how):
    assert resolve(phrase, published) == (expect, how)


def test_parse_iso():
    assert parse_iso("2024-05-01") == WED
    assert parse_iso("2024-05-01T10:00:00+02:00") == WED
    assert parse_iso(WED) == WED and parse_iso(None) is None and parse_iso("") is None
    with pytest.raises(ValueError, match="expected YYYY-MM-DD"):
        parse_iso("May 1")


@pytest.mark.parametrize("text, day", [
    ("BEIRUT, November 27, 2024\n\nA ceasefire began.", date(2024, 11, 27)),
    ("  \nDOHA, May 2, 2024 \nQatar met Egypt.", date(2024, 5, 2)),
    ("WASHINGTON, D.C., January 5, 2025", date(2025, 1, 5)),
    ("BEIRUT, Someday 27, 2024\n\nA ceasefire began.", None),
    ("BEIRUT, February 30, 2024\n\nA ceasefire began.", None),
    ("A ceasefire began in BEIRUT, November 27, 2024.\n", None),
])
def test_dateline(text, day):
    assert dateline(text) == day
    if day:
        assert text[:dateline_end(text)].strip().endswith(str(day.year))


def test_the_dateline_is_blanked_before_parsing_and_offsets_are_kept():
    text = "DOHA, May 2, 2024\nQatar met Egypt."
    cleaned = clean_text(text)
    assert cleaned == " " * len("DOHA, May 2, 2024") + "\nQatar met Egypt."
    assert len(cleaned) == len(text)


@pytest.mark.parametrize("text, blank", [
    ("KYIV, March 3 (Reuters) - Zelenskyy met Macron.", "KYIV, March 3 (Reuters) - "),
    ("BEIRUT (AP) — Israel struck Lebanon.", "BEIRUT (AP) — "),
    ("Jerusalem (AFP) - Israel struck Lebanon.", "Jerusalem (AFP) - "),
    ("Israel strikes Lebanon\nGAZA CITY, Gaza Strip, May 1 - Israel struck.", "GAZA CITY, Gaza Strip, May 1 - "),
    ("Hamas - the group in Gaza - said no.", ""),
    ("Egypt, Qatar - and the U.S. - mediated.", ""),
])
def test_a_wire_dateline_in_the_story_line_is_blanked(text, blank):
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert cleaned == (text.replace(blank, " " * len(blank), 1) if blank else text)


def test_a_month_and_day_is_read_as_dateparser_reads_it():
    """The calendar fast path ("march 3rd", "3 march 2022", "sept. 30, 2019") gives dateparser's day."""
    import dateparser

    from kg.dates import _calendar_day, _settings

    checked = 0
    for pub in (date(2024, 5, 1), date(2019, 1, 15), date(2020, 2, 29)):
        for month in ("january", "feb", "march", "sept", "sep.", "dec"):
            for day in (1, 3, 29, 31):
                for text in (f"{month} {day}", f"{day}th {month}", f"{month} {day}, 2019", f"{day} {month} 2022"):
                    fast = _calendar_day(text, pub.year)
                    if fast is None:
                        continue
                    checked += 1
                    assert fast == dateparser.parse(text, languages=["en"], settings=_settings(pub)).date(), text
    assert checked > 200
    assert _calendar_day("march 32", 2024) is None and _calendar_day("two days ago", 2024) is None


def test_a_point_relative_to_publication_is_read_as_dateparser_reads_it():
    """The relative fast path ("yesterday", "last week", "two days ago") gives dateparser's day."""
    from datetime import timedelta

    import dateparser

    from kg.dates import _relative_day, _settings

    phrases = ["today", "tonight", "this week", "yesterday", "last night", "tomorrow", "last week", "next week",
               "two days ago", "3 days ago", "a week ago", "ten weeks ago", "one week ago"]
    for k in range(0, 400, 37):
        pub = date(2019, 12, 20) + timedelta(days=k)
        for text in phrases:
            fast = _relative_day(text, pub)
            assert fast is not None, text
            assert fast == dateparser.parse(text, languages=["en"], settings=_settings(pub)).date(), (text, pub)
    assert _relative_day("60 days", WED) is None and _relative_day("yesterday", None) is None
