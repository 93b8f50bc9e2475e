"""Paths -> articles: .txt/.md files, folders of them, and .jsonl corpora."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import KgError
from kg.model import Article

__all__ = ["read_articles", "parse_date", "TEXT_SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".md")
_MONTHS = ("january february march april may june july august september october november december").split()
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .,'-]{1,60},\s+(" + "|".join(m.capitalize() for m in _MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\s*$"
)


def parse_date(value: object, where: str = "") -> date | None:
    """Read an ISO date (``YYYY-MM-DD``, or the date part of a timestamp)."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise KgError(f"{where}bad date {value!r}: expected YYYY-MM-DD") from None


def _dateline(text: str) -> date | None:
    """The date of a wire dateline on the first line ("BEIRUT, November 27, 2024")."""
    first = text.lstrip().split("\n", 1)[0].strip()
    m = _DATELINE.match(first)
    if not m:
        return None
    try:
        return date(int(m.group(3)), _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)))
    except ValueError:
        return None


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sidecar(path: Path) -> dict:
    meta = path.with_name(path.stem + ".meta.json")
    if not meta.exists():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KgError(f"{meta}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise KgError(f"{meta}: expected a JSON object")
    return data


def _text_file(path: Path, published: date | None) -> Article:
    text = _decode(path.read_bytes(), path)
    if not text.strip():
        raise KgError(f"{path}: empty file")
    meta = _sidecar(path)
    day = parse_date(meta.get("published"), f"{path}: ") or published or _dateline(text)
    return Article(
        id=str(meta.get("id") or path.stem), text=text, title=meta.get("title"), published=day,
        source=meta.get("source"), url=meta.get("url"), path=str(path),
    )


def _jsonl(path: Path, published: date | None) -> Iterator[Article]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            line = _decode(raw, path).strip()
            if not line:
                continue
            where = f"{path}:{n}: "
            try:
                rec = json.loads(line)
            except ValueError as exc:
                raise KgError(f"{where}malformed JSON ({exc.args[0].split(':')[0]})") from None
            if not isinstance(rec, dict):
                raise KgError(f"{where}expected a JSON object")
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                raise KgError(f"{where}record has no text (a non-empty string 'text' is required)")
            doc_id = rec.get("id")
            if doc_id in (None, ""):
                raise KgError(f"{where}record has no 'id'")
            yield Article(
                id=str(doc_id), text=text.replace("\r\n", "\n"), title=rec.get("title"),
                published=parse_date(rec.get("published"), where) or published or _dateline(text),
                source=rec.get("source"), url=rec.get("url"), path=str(path),
            )


def _expand(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if not path.exists():
            raise KgError(f"{path}: no such file or folder")
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in (*TEXT_SUFFIXES, ".jsonl"):
                    yield child
        elif path.suffix.lower() in (*TEXT_SUFFIXES, ".jsonl"):
            yield path
        else:
            raise KgError(f"{path}: unknown file type (expected .txt, .md or .jsonl)")


def read_articles(paths: Iterable[str | Path], published: date | None = None) -> Iterator[Article]:
    """Yield the articles under ``paths`` in a stable order; ids must be unique.

    ``published`` is the date of plain files that give none themselves
    (sidecar ``NAME.meta.json``, or a wire dateline on the first line).
    """
    seen: dict[str, str] = {}
    for path in _expand(Path(p) for p in paths):
        items = _jsonl(path, published) if path.suffix.lower() == ".jsonl" else [_text_file(path, published)]
        for art in items:
            if art.id in seen:
                raise KgError(f"{path}: duplicate document id {art.id!r} (also in {seen[art.id]})")
            seen[art.id] = str(path)
            yield art
