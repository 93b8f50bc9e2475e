"""`kg explain`: the extractor's own reading of a text, sentence by sentence."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from kg.cli import app

pytestmark = pytest.mark.slow


def explain(*args: str):
    return CliRunner().invoke(app, ["explain", *args])


def test_explain_shows_the_request_its_target_and_its_rule():
    result = explain("Egypt's foreign minister urged Hamas on Monday to accept the truce plan.")
    assert result.exit_code == 0, result.output
    out = result.output
    # the minister is a person the text names by office only (CONVENTIONS), acting for Egypt
    assert "'Hamas' -> HAMAS" in out and "\"Egypt's foreign minister\" -> EGY_FOREIGN_MINISTER" in out
    assert "acts for EGY" in out
    assert re.search(r"'urged': REQUEST", out)
    assert re.search(r"=> event EGY_FOREIGN_MINISTER REQUEST HAMAS \(mode asserted, rule \w+", out), out
    assert re.search(r"'accept': AGREE.*\n\s+not coded \(rule absorbed_cue\)", out), out
    assert "=> position EGY_FOREIGN_MINISTER supports" in out


def test_explain_shows_why_a_negated_cue_is_not_coded():
    result = explain("Israel did not attack Hezbollah on Monday.")
    assert result.exit_code == 0, result.output
    assert "'attack': ASSAULT" in result.output
    assert "not coded (rule negation): negated" in result.output
    assert "=> event" not in result.output


def test_explain_a_file_uses_its_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Qatar hosted Hamas negotiators on Monday.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "2024-05-01"}', encoding="utf-8")
    result = explain("--file", str(f))
    assert result.exit_code == 0, result.output
    assert "# a (published 2024-05-01)" in result.output and "=> event QAT CONSULT HAMAS" in result.output


@pytest.mark.parametrize("args", [[], [" "], ["text", "--file", "x.txt"]])
def test_explain_usage_errors_are_one_line(args):
    result = explain(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_explain_missing_file_is_an_input_error(tmp_path):
    result = explain("--file", str(tmp_path / "nope.txt"))
    assert result.exit_code == 3 and "no such file" in result.output
