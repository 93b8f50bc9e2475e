from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.actors import load_dictionary
from kg.extract import extract
from kg.lexicon import load_lexicon
from kg.model import Article
from kg.nlp import clean_text, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "seeds" / "000_bf2008ecd91dc87d.txt"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def dictionary():
    return load_dictionary()


@pytest.fixture(scope="session")
def code(nlp, dictionary):
    """Code a short text: returns a set of (source, PLOVER, target) ids."""
    lexicon = load_lexicon()

    def run(text: str, published: date | None = date(2024, 5, 1), full: bool = False):
        art = Article("t", text, published=published)
        res = extract(art, nlp(clean_text(text)), dictionary, lexicon)
        if full:
            return res
        return {(r.source, r.plover, r.target) for r in res.relations}

    return run
