"""Graphs built once per test session, shared by the SPARQL, validation and serve tests.

Import the fixtures into a test module (``from _graphs import seed_ttl``); the
build itself is cached here, so each graph is built once however many modules
use it.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

DEV = ROOT / "tests" / "data" / "dev"  # a copy of ../shared/eval/dev
_built: dict[str, Path] = {}


def build_graph(tmp_path_factory: pytest.TempPathFactory, name: str, *paths: Path) -> Path:
    """Run ``kg build PATHS --out TMP`` once per session and return TMP/graph.ttl."""
    if name not in _built:
        out = tmp_path_factory.mktemp(f"build-{name}")
        proc = subprocess.run([sys.executable, "-m", "kg", "build", *map(str, paths), "--out", str(out)],
                              capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert proc.returncode == 0, proc.stderr
        _built[name] = out / "graph.ttl"
    return _built[name]


@pytest.fixture(scope="session")
def seed_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """graph.ttl built from seeds/."""
    return build_graph(tmp_path_factory, "seed", ROOT / "seeds")


@pytest.fixture(scope="session")
def seed_dev_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """graph.ttl built from seeds/ and the dev articles (tests/data/dev, a copy of ../shared/eval/dev)."""
    return build_graph(tmp_path_factory, "seed-dev", ROOT / "seeds", DEV)
