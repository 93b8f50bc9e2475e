"""Paths -> articles: .txt/.md files, folders of them, and .jsonl corpora."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import KgError
from kg.model import Article

__all__ = ["read_articles", "parse_date", "TEXT_SUFFIXES", "Problem"]

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


_MAGIC = {b"%PDF": "PDF", b"\x89PNG": "PNG", b"PK\x03\x04": "zip", b"GIF8": "GIF", b"\xff\xd8\xff": "JPEG",
          b"\x1f\x8b": "gzip", b"\xd0\xcf\x11\xe0": "MS Office", b"\x7fELF": "executable"}


class Problem(KgError):
    """A problem with one document: skipped with a warning, or fatal under ``--strict``."""


def _binary(raw: bytes) -> str | None:
    for magic, name in _MAGIC.items():
        if raw.startswith(magic):
            return name
    return "binary" if b"\x00" in raw[:8192] else None


def _decode(raw: bytes, where: str, warn) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        warn(f"{where}not UTF-8; read as cp1252")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sidecar(path: Path) -> dict:
    meta = path.with_name(path.stem + ".meta.json")
    if not meta.exists():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise Problem(f"{meta}: not valid JSON ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise Problem(f"{meta}: expected a JSON object")
    return data


def _text_file(path: Path, published: date | None, warn) -> Article:
    raw = path.read_bytes()
    kind = _binary(raw)
    if kind:
        raise Problem(f"{path}: {kind} file, not text")
    text = _decode(raw, f"{path}: ", warn)
    if not text.strip():
        raise Problem(f"{path}: empty file")
    meta = _sidecar(path)
    try:
        day = parse_date(meta.get("published"), f"{path}: ") or published or _dateline(text)
    except KgError as exc:
        raise Problem(str(exc)) from None
    return Article(
        id=str(meta.get("id") or path.stem), text=text, title=meta.get("title"), published=day,
        source=meta.get("source"), url=meta.get("url"), path=str(path),
    )


def _record(line: str, where: str, path: Path, published: date | None) -> Article:
    try:
        rec = json.loads(line)
    except ValueError as exc:
        raise Problem(f"{where}malformed JSON ({exc.args[0].split(':')[0]})") from None
    if not isinstance(rec, dict):
        raise Problem(f"{where}expected a JSON object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise Problem(f"{where}record has no text (a non-empty string 'text' is required)")
    doc_id = rec.get("id")
    if doc_id in (None, "") or isinstance(doc_id, (dict, list)):
        raise Problem(f"{where}record has no 'id'")
    try:
        day = parse_date(rec.get("published"), where)
    except KgError as exc:
        raise Problem(str(exc)) from None
    meta = {k: rec.get(k) if isinstance(rec.get(k), str) else None for k in ("title", "source", "url")}
    return Article(id=str(doc_id), text=text.replace("\r\n", "\n"), published=day or published or _dateline(text),
                   path=str(path), **meta)


def _jsonl(path: Path, published: date | None, warn, strict: bool) -> Iterator[Article]:
    with path.open("rb") as fh:
        head = fh.read(8192)
        kind = _binary(head)
        if kind:
            raise Problem(f"{path}: {kind} file, not JSON Lines")
        fh.seek(0)
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}: "
            line = _decode(raw, where, warn).strip()
            if not line:
                continue
            try:
                yield _record(line, where, path, published)
            except Problem as exc:
                if strict:
                    raise
                warn(str(exc))


def _expand(paths: list[Path]) -> Iterator[Path]:
    for path in paths:  # every named path must exist before any is read
        if not path.exists():
            raise KgError(f"{path}: no such file or folder")
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in (*TEXT_SUFFIXES, ".jsonl"):
                    yield child
        else:
            yield path


def read_articles(paths: Iterable[str | Path], published: date | None = None, *, strict: bool = True,
                  warn=None) -> Iterator[Article]:
    """Yield the articles under ``paths`` in a stable order; ids must be unique.

    ``published`` is the date of plain files that give none themselves
    (sidecar ``NAME.meta.json``, or a wire dateline on the first line).
    A problem with one document raises :class:`Problem` when ``strict``;
    otherwise ``warn(message)`` is called and the document is skipped.
    """
    warn = warn or (lambda message: None)
    seen: dict[str, str] = {}
    for path in _expand([Path(p) for p in paths]):
        try:
            suffix = path.suffix.lower()
            if suffix not in (*TEXT_SUFFIXES, ".jsonl"):
                raise Problem(f"{path}: unknown file type (expected .txt, .md or .jsonl)")
            items = _jsonl(path, published, warn, strict) if suffix == ".jsonl" else [_text_file(path, published, warn)]
            for art in items:
                if art.id in seen:
                    problem = Problem(f"{path}: duplicate document id {art.id!r} (first in {seen[art.id]})")
                    if strict:
                        raise problem
                    warn(str(problem))
                    continue
                seen[art.id] = str(path)
                yield art
        except Problem as exc:
            if strict:
                raise
            warn(str(exc))
        except OSError as exc:
            if strict:
                raise Problem(f"{path}: cannot read ({exc.strerror or exc})") from None
            warn(f"{path}: cannot read ({exc.strerror or exc})")
