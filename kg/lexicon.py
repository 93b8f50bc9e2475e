"""The cue lexicon (kg/data/cues.tsv) and the PLOVER scheme (kg/data/plover.tsv)."""
from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import Errors

__all__ = ["Cue", "Lexicon", "PloverType", "plover", "load_lexicon"]


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad: str
    score: float
    cameo: str
    cameo_also: str
    definition: str


@dataclass(frozen=True, slots=True)
class Cue:
    """``words[0]`` is the lemma of the cue word; the rest must be lemmas of its dependents."""

    words: tuple[str, ...]
    pos: str  # V or N
    plover: str
    position: str = ""
    flags: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return " ".join(self.words)


@cache
def plover() -> dict[str, PloverType]:
    """The 16 PLOVER event types with quad class, conflict-cooperation score and CAMEO root."""
    text = (resources.files("kg") / "data" / "plover.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return {r["type"]: PloverType(r["type"], r["quad"], float(r["score"]), r["cameo"], r["cameo_also"], r["definition"]) for r in rows}


def _parse(lines: Iterable[str], where: str) -> list[Cue]:
    cues = []
    types = plover()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("cue\t"):
            continue
        cols = line.rstrip("\n").split("\t") + ["", "", ""]
        words, pos, typ, position, flags = cols[0].split(), cols[1].strip().upper(), cols[2].strip().upper(), cols[3].strip(), cols[4].strip()
        if not words or pos not in {"V", "N"} or typ not in types:
            raise Errors.BAD_CUE_LINE(where=f"{where}:{n}")
        if position and position not in {"supports", "opposes", "proposes", "undecided"}:
            raise Errors.UNKNOWN_POSITION(where=f"{where}:{n}", position=position)
        cues.append(Cue(tuple(w.lower() for w in words), pos, typ, position, frozenset(f for f in flags.split(",") if f)))
    return cues


@dataclass(frozen=True)
class Lexicon:
    """Cues by (head lemma, part of speech), longest first."""

    index: dict[tuple[str, str], tuple[Cue, ...]]

    def candidates(self, lemma: str, pos: str) -> tuple[Cue, ...]:
        return self.index.get((lemma, pos), ())

    def __hash__(self) -> int:
        return id(self)


@cache
def _builtin() -> tuple[Cue, ...]:
    text = (resources.files("kg") / "data" / "cues.tsv").read_text(encoding="utf-8")
    return tuple(_parse(text.splitlines(), "cues.tsv"))


def load_lexicon(user_files: Iterable[str | Path] = ()) -> Lexicon:
    """The built-in cues, with a user's cue files added; a user's cue replaces a built-in one."""
    cues = {(c.words, c.pos): c for c in _builtin()}
    for path in user_files:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError):
            raise Errors.UNREADABLE_CUE_FILE(path=path) from None
        for cue in _parse(lines, str(path)):
            cues[(cue.words, cue.pos)] = cue
    index: dict[tuple[str, str], list[Cue]] = {}
    for cue in cues.values():
        index.setdefault((cue.words[0], cue.pos), []).append(cue)
    return Lexicon({k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in index.items()})
