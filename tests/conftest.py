"""Shared fixtures: the spaCy pipeline, a coder for short texts, and the seed and seed + dev builds.

Every build of the session goes through one private cache folder (``KG_CACHE_DIR``, set
here for this process and every process it starts), so tests never write to
``~/.cache/kg`` and each corpus is parsed once: the seed build and the seed + dev build
are made here once per session, in this process, and shared by every module that
needs a built graph.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
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
DEV = DATA / "dev"  # a copy of ../shared/eval/dev
SEED = ROOT / "seeds" / "000_bf2008ecd91dc87d.txt"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked ``large`` (a minute or more each) run first: with ``make test``'s workers
    (pytest-xdist) the longest test then starts at once, while the other worker takes the rest,
    instead of starting last and keeping the run going alone. The rest keep their order."""
    items.sort(key=lambda item: item.get_closest_marker("large") is None)


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The session's own result cache, for builds in this process and in the processes it starts."""
    folder = tmp_path_factory.mktemp("kg-cache")
    before = os.environ.get("KG_CACHE_DIR")
    os.environ["KG_CACHE_DIR"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("KG_CACHE_DIR", None)
    else:
        os.environ["KG_CACHE_DIR"] = before


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


@dataclass(frozen=True)
class Build:
    """One build of the session: the corpus, and the folder ``kg build`` wrote for it."""

    corpus: object
    out: Path

    @property
    def ttl(self) -> Path:
        return self.out / "graph.ttl"

    def files(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(self.out.iterdir())}


def _build(tmp_path_factory: pytest.TempPathFactory, name: str, *paths: Path) -> Build:
    """What ``kg build PATHS --out OUT`` does, in this process (the model is loaded once)."""
    from kg.pipeline import build_corpus, render_outputs, write_outputs

    out = tmp_path_factory.mktemp(f"build-{name}") / "out"
    corpus = build_corpus(list(paths))
    write_outputs(render_outputs(corpus), out)
    return Build(corpus, out)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path) -> Build:
    """seeds/ built once."""
    return _build(tmp_path_factory, "seed", ROOT / "seeds")


@pytest.fixture(scope="session")
def seed_dev_build(tmp_path_factory: pytest.TempPathFactory, cache_dir: Path) -> Build:
    """seeds/ and the dev articles (tests/data/dev, a copy of ../shared/eval/dev) built once."""
    return _build(tmp_path_factory, "seed-dev", ROOT / "seeds", DEV)


@pytest.fixture(scope="session")
def seed_ttl(seed_build: Build) -> Path:
    return seed_build.ttl


@pytest.fixture(scope="session")
def seed_dev_ttl(seed_dev_build: Build) -> Path:
    return seed_dev_build.ttl
