"""kg: news articles about peace talks -> a typed, sourced, merged knowledge graph."""
from __future__ import annotations

__version__ = "0.1.0"
