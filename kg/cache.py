"""A per-article cache of extraction results, keyed by the article and the pipeline's version.

Rebuilding a corpus after changing one article re-parses only that article: every
other article's :class:`~kg.extract.DocResult` is read back from disk. The
pipeline version covers the spaCy model (name and version), the actor
dictionary, the cue lexicon, the other data files and kg's own extraction code,
so changing any of them starts a fresh cache.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from dataclasses import asdict, replace
from functools import cache
from importlib import resources
from pathlib import Path

from kg.actors import ActorDict
from kg.extract import DocResult
from kg.lexicon import Lexicon
from kg.model import Article

__all__ = ["ResultCache", "default_cache_dir", "pipeline_version"]

def default_cache_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


@cache
def _code_fingerprint() -> str:
    """A digest of every module of the package and every data file (a new file counts too)."""
    h = hashlib.sha256()
    root = Path(str(resources.files("kg")))
    for path in sorted(p for p in root.rglob("*") if p.is_file() and (p.suffix == ".py" or "data" in p.parts)
                       and "__pycache__" not in p.parts):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def pipeline_version(model: str, meta: dict, actors: ActorDict, lexicon: Lexicon) -> str:
    """A digest of everything that decides what an article extracts to."""
    h = hashlib.sha256()
    h.update(json.dumps({"model": model, "lang": meta.get("lang"), "name": meta.get("name"),
                         "version": meta.get("version"), "spacy": meta.get("spacy_version")},
                        sort_keys=True).encode())
    h.update(repr(sorted(actors.actors.items())).encode())
    h.update(lexicon.digest().encode())
    h.update(_code_fingerprint().encode())
    return h.hexdigest()


def _article_key(article: Article) -> str:
    fields = asdict(article)
    fields.pop("path", None)  # moving a file does not change what it says
    return hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode("utf-8")).hexdigest()


class ResultCache:
    """Extraction results on disk under ``folder/<pipeline version>/``; unreadable entries are misses."""

    def __init__(self, folder: str | Path, version: str) -> None:
        self.folder = Path(folder) / version[:20]
        self.hits = 0
        self.misses = 0

    def _path(self, article: Article) -> Path:
        key = _article_key(article)
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, article: Article) -> DocResult | None:
        path = self._path(article)
        try:
            with path.open("rb") as fh:
                result = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
            self.misses += 1
            return None
        if not isinstance(result, DocResult) or _article_key(result.article) != _article_key(article):
            self.misses += 1
            return None
        self.hits += 1
        return replace(result, article=article)

    def put(self, article: Article, result: DocResult) -> None:
        """Store a result; a cache that cannot be written is silently skipped."""
        path = self._path(article)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass
