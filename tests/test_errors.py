"""The messages users see are one catalogue (kg/errors.py): every entry is used, and no other code writes one."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT
from kg.errors import (EXIT_BUSY, EXIT_INPUT, EXIT_INTERNAL, EXIT_OUTPUT, EXIT_SETUP, EXIT_USAGE, Errors, KgError, Message,
                       Problem, Warnings)

SOURCES = {p: p.read_text(encoding="utf-8") for p in (ROOT / "kg").rglob("*.py") if p.name != "errors.py"}
ENTRIES = {name: value for name, value in vars(Errors).items() if isinstance(value, Message)}


def test_every_error_is_raised_somewhere_and_every_warning_printed():
    code = "\n".join(SOURCES.values())
    assert [name for name in ENTRIES if f"Errors.{name}(" not in code] == []
    notes = [name for name in vars(Warnings) if name.isupper()]
    assert notes and [name for name in notes if f"Warnings.{name}" not in code] == []


def test_no_message_is_written_outside_the_catalogue():
    for path, text in SOURCES.items():
        assert not re.search(r"\b(KgError|Problem)\(", text), path


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_each_message_formats_to_one_line(name):
    message = ENTRIES[name]
    err = message(**{field: f"<{field}>" if field != "seconds" else 30 for field in message.fields})
    assert isinstance(err, Problem if message.problem else KgError)
    assert err.code == message.code in {EXIT_INTERNAL, EXIT_USAGE, EXIT_INPUT, EXIT_SETUP, EXIT_OUTPUT, EXIT_BUSY}
    assert "\n" not in str(err) and "{" not in str(err).replace("{ UNDEF }", "")


def test_problems_are_input_errors_of_one_document():
    problems = {name for name, m in ENTRIES.items() if m.problem}
    assert {"EMPTY_FILE", "MALFORMED_JSON", "DUPLICATE_ID", "BINARY_FILE"} <= problems
    assert all(ENTRIES[name].code == EXIT_INPUT for name in problems - {"NOT_EXTRACTED"})
    assert ENTRIES["NOT_EXTRACTED"].code == EXIT_INTERNAL  # a bug in kg on one document: skipped, or exit 1
