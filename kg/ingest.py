"""Paths -> articles: .txt/.md files, folders of them, and .jsonl corpora."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.dates import dateline, parse_iso
from kg.errors import Errors, Problem, Warnings
from kg.model import Article
from kg.text import normalise as _normalise

__all__ = ["read_articles", "parse_date", "TEXT_SUFFIXES", "Problem"]

TEXT_SUFFIXES = (".txt", ".md")


def parse_date(value: object, where: str = "") -> date | None:
    """Read an ISO date (``YYYY-MM-DD``, or the date part of a timestamp)."""
    try:
        return parse_iso(value)
    except ValueError:
        raise Errors.BAD_DATE(where=where, value=value) from None


_MAGIC = {b"%PDF": "PDF", b"\x89PNG": "PNG", b"PK\x03\x04": "zip", b"GIF8": "GIF", b"\xff\xd8\xff": "JPEG",
          b"\x1f\x8b": "gzip", b"\xd0\xcf\x11\xe0": "MS Office", b"\x7fELF": "executable"}


def _binary(raw: bytes) -> str | None:
    for magic, name in _MAGIC.items():
        if raw.startswith(magic):
            return name
    return "binary" if b"\x00" in raw[:8192] else None


def _decode(raw: bytes, where: str, warn) -> str:
    """UTF-8 (a BOM is dropped), UTF-16 with a BOM, else cp1252 or latin-1 with a warning."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _normalise(raw.decode("utf-16"))
        except UnicodeDecodeError:
            raise Errors.BAD_UTF16(where=where) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text, encoding = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = raw.decode("latin-1"), "latin-1"
        warn(Warnings.NOT_UTF8.format(where=where, byte=raw[exc.start], offset=exc.start, encoding=encoding))
    return _normalise(text)


def _sidecar(path: Path) -> dict:
    meta = path.with_name(path.stem + ".meta.json")
    if not meta.exists():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise Errors.SIDECAR_NOT_JSON(path=meta, error=exc.__class__.__name__) from None
    if not isinstance(data, dict):
        raise Errors.SIDECAR_NOT_OBJECT(path=meta)
    return data


def _text_file(path: Path, published: date | None, warn) -> Article:
    raw = path.read_bytes()
    kind = None if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else _binary(raw)
    if kind:
        raise Errors.BINARY_FILE(path=path, kind=kind, expected="text")
    text = _decode(raw, f"{path}: ", warn)
    if not text.strip():
        raise Errors.EMPTY_FILE(path=path, detail=" (only white space)" if raw else "")
    meta = _sidecar(path)
    day = parse_date(meta.get("published"), f"{path}: ") or published or dateline(text)
    strings = {k: _normalise(v) if isinstance(v := meta.get(k), str) and v.strip() else None
               for k in ("title", "source", "url")}
    doc_id = meta.get("id")
    doc_id = str(doc_id) if isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool) else ""
    return Article(
        id=_normalise(doc_id) if doc_id.strip() else path.stem, text=text, title=strings["title"], published=day,
        source=strings["source"], url=strings["url"], path=str(path),
    )


_JSON_TYPES = {int: "a number", float: "a number", bool: "true or false", list: "a list", dict: "an object"}


def _record(line: str, where: str, path: Path, published: date | None) -> Article:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise Errors.MALFORMED_JSON(where=where, detail=f"{exc.msg} at column {exc.colno}") from None
    except ValueError as exc:  # e.g. a number too long to convert
        raise Errors.MALFORMED_JSON(where=where, detail=exc) from None
    if not isinstance(rec, dict):
        raise Errors.NOT_AN_OBJECT(where=where)
    text = rec.get("text")
    if "text" not in rec or text is None:
        raise Errors.NO_TEXT(where=where, detail=" (a non-empty string 'text' is required)")
    if not isinstance(text, str):
        raise Errors.NO_TEXT(where=where, detail=f": 'text' is {_JSON_TYPES.get(type(text), 'not a string')}, "
                                                     "not a string")
    if not text.strip():
        raise Errors.NO_TEXT(where=where, detail=" ('text' is empty)")
    doc_id = rec.get("id")
    if doc_id in (None, "") or isinstance(doc_id, (dict, list, bool)):
        raise Errors.NO_ID(where=where)
    day = parse_date(rec.get("published"), where)
    meta = {k: _normalise(v) if isinstance(v := rec.get(k), str) else None for k in ("title", "source", "url")}
    text = _normalise(text)
    return Article(id=_normalise(str(doc_id)), text=text, published=day or published or dateline(text),
                   path=str(path), **meta)


def _jsonl(path: Path, published: date | None, warn, strict: bool) -> Iterator[tuple[str, Article]]:
    """``(where, article)`` for each record; ``where`` is ``"PATH:LINE: "``."""
    noted: list[str] = []

    def note_once(message: str) -> None:  # one encoding warning for a file, at its first such line
        if not noted:
            noted.append(message)
            warn(message)

    with path.open("rb") as fh:
        head = fh.read(8192)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise Errors.JSONL_UTF16(path=path)
        kind = _binary(head)
        if kind:
            raise Errors.BINARY_FILE(path=path, kind=kind, expected="JSON Lines")
        fh.seek(0)
        records = 0
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}: "
            line = _decode(raw, where, note_once).strip()
            if not line:
                continue
            records += 1
            try:
                yield where, _record(line, where, path, published)
            except Problem as exc:
                if strict:
                    raise
                warn(str(exc))
    if not records:
        raise Errors.EMPTY_FILE(path=path, detail=" (no JSON records)")


def _expand(paths: list[Path]) -> Iterator[Path]:
    for path in paths:  # every named path must exist before any is read
        if not path.exists():
            raise Errors.NO_SUCH_PATH(path=path)
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
    Messages start with ``PATH: `` (``PATH:LINE: `` in JSON Lines). Text that
    is not UTF-8 is read as cp1252 (else latin-1) and ``warn`` is told, in
    either mode; line ends become ``\n``, so offsets index the normalised text.
    """
    warn = warn or (lambda message: None)
    seen: dict[str, str] = {}
    for path in _expand([Path(p) for p in paths]):
        try:
            suffix = path.suffix.lower()
            if suffix not in (*TEXT_SUFFIXES, ".jsonl"):
                raise Errors.UNKNOWN_FILE_TYPE(path=path)
            items = (_jsonl(path, published, warn, strict) if suffix == ".jsonl"
                     else [(f"{path}: ", _text_file(path, published, warn))])
            for where, art in items:
                if art.id in seen:
                    problem = Errors.DUPLICATE_ID(where=where, id=art.id, first=seen[art.id])
                    if strict:
                        raise problem
                    warn(str(problem))
                    continue
                seen[art.id] = where[:-2]
                yield art
        except Problem as exc:
            if strict:
                raise
            warn(str(exc))
        except OSError as exc:
            if strict:
                raise Errors.CANNOT_READ(path=path, reason=exc.strerror or exc) from None
            warn(str(Errors.CANNOT_READ(path=path, reason=exc.strerror or exc)))
