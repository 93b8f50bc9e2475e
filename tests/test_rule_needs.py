"""``rules_for`` (kg/extract/rules.py) leaves out, for each cue, the rules whose ``NEEDS`` it lacks: those
rules must be ones that would have returned None, so the events and the ``kg explain`` trace are the same."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_rules import CASES

from kg.extract import read, rules
from kg.lexicon import load_lexicon
from kg.model import Article
from kg.nlp import clean_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reader(nlp, dictionary):
    lexicon = load_lexicon()
    return lambda text: read(Article("t", text, published=date(2024, 5, 1)), nlp(clean_text(text)), dictionary, lexicon)


def test_a_rule_left_out_for_a_cue_would_have_returned_none(reader, monkeypatch):
    """``rules_for`` leaves out the rules whose ``NEEDS`` a cue lacks: run anyway, on the rule cases and the
    dev texts, each of them returns None for such a cue (so the events and the trace are the same)."""
    checked = []

    def watched(rule):
        def run(ctx, d):
            out = rule(ctx, d)
            if not rules._has(d.hit.cue, *rules.NEEDS[rule]):
                checked.append(rule.__name__)
                assert out is None, (rule.__name__, d.hit.tok.text, d.hit.cue)
            return out
        run.__name__ = rule.__name__
        return run

    every = {event: tuple(watched(r) if r in rules.NEEDS else r for r in (rules.EVENT_RULES if event else rules.STANCE_RULES))
             for event in (True, False)}
    monkeypatch.setattr(rules, "rules_for", lambda cue: every[cue.event])
    dev = sorted((Path(__file__).parent / "data" / "dev").glob("*.txt"))
    for text in [case[0] for case in CASES.values()] + [p.read_text() for p in dev]:
        reader(text)
    assert set(checked) == {r.__name__ for r in rules.NEEDS}
