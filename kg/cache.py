"""A per-article cache of extraction results, keyed by the article and the pipeline's version.

Rebuilding a corpus after changing one article re-parses only that article: every
other article's :class:`~kg.extract.DocResult` is read back from disk. Entries are
JSON (:mod:`kg.codec`), so a cache folder shared by several users (``KG_CACHE_DIR``)
holds only data and runs no code when read. The pipeline version covers the spaCy
model (name and version), the actor dictionary, the cue lexicon, and every module and
data file of the kg package, found by walking the package: a new file counts at once.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, replace
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from kg.actors import ActorDict
from kg.codec import from_data, to_data
from kg.extract import DocResult
from kg.lexicon import Lexicon
from kg.model import Article

__all__ = ["ResultCache", "default_cache_dir", "pipeline_version", "package_files", "package_fingerprint"]

_FORMAT = 1  # the layout of an entry; part of the key


def default_cache_dir() -> Path:
    """``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def _walk(folder: Traversable, prefix: str) -> Iterator[tuple[str, Traversable]]:
    for entry in folder.iterdir():
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _walk(entry, name + "/")
        elif entry.is_file():
            yield name, entry


def package_files(root: Traversable | None = None) -> list[str]:
    """Every ``.py`` module of the kg package and every file under ``kg/data``, as sorted relative paths."""
    return sorted(name for name, _ in _walk(root or resources.files("kg"), "")
                  if name.endswith(".py") or name.startswith("data/"))


def package_fingerprint(root: Traversable | None = None) -> str:
    """A digest of every module and data file of the package (or of a copy of it at ``root``)."""
    h = hashlib.sha256()
    files = dict(_walk(root or resources.files("kg"), ""))
    for name in package_files(root):
        h.update(name.encode() + b"\0" + files[name].read_bytes() + b"\0")
    return h.hexdigest()


@cache
def _code_fingerprint() -> str:
    return package_fingerprint()


def pipeline_version(model: str, meta: dict, actors: ActorDict, lexicon: Lexicon) -> str:
    """A digest of everything that decides what an article extracts to."""
    h = hashlib.sha256()
    h.update(json.dumps({"model": model, "lang": meta.get("lang"), "name": meta.get("name"),
                         "version": meta.get("version"), "spacy": meta.get("spacy_version"), "format": _FORMAT},
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
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> DocResult | None:
        try:
            data = json.loads(self._path(article).read_bytes())
            result = from_data(DocResult, data)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.misses += 1
            return None
        if _article_key(result.article) != _article_key(article):
            self.misses += 1
            return None
        self.hits += 1
        return replace(result, article=article)

    def put(self, article: Article, result: DocResult) -> None:
        """Store a result; a cache that cannot be written is silently skipped."""
        path = self._path(article)
        text = json.dumps(to_data(result), separators=(",", ":"))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except OSError:
            pass
