"""Corpus -> CSV text: actors.csv and relations.csv (columns read by eval/score.py).

The ``*_rows`` functions give each file's rows as the text of its cells, in file
order; the CSV writers and the DataFrames of :mod:`kg.api` are both made from them.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.dates import iso as _day
from kg.lexicon import plover
from kg.text import clean as _clean

if TYPE_CHECKING:
    from kg.graph import Corpus

__all__ = ["ACTOR_COLUMNS", "RELATION_COLUMNS", "ISSUE_COLUMNS", "POSITION_COLUMNS", "TABLES", "actors_csv",
           "relations_csv", "issues_csv", "positions_csv", "actor_rows", "relation_rows", "issue_rows", "position_rows"]

ACTOR_COLUMNS = ("id", "label", "kind", "affiliation", "aliases", "mentions", "docs", "wikidata")
RELATION_COLUMNS = (
    "doc", "source", "plover", "target", "cue", "issue", "sentence", "start", "end", "date", "confidence",
    "mode", "quad", "score", "cameo", "place", "date_how", "source_id", "target_id", "rule",
)


ISSUE_COLUMNS = ("id", "label", "kind", "place", "proposer", "first", "last", "mentions", "docs", "parties")
POSITION_COLUMNS = ("doc", "actor", "issue", "position", "mode", "date", "sentence", "cue", "actor_id", "issue_id",
                    "rule")


def _cells(columns: tuple[str, ...], rows: list[dict]) -> list[dict[str, str]]:
    return [{k: _clean(row.get(k)) for k in columns} for row in rows]


def _write(columns: tuple[str, ...], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    for row in rows:
        w.writerow({k: _clean(row.get(k)) for k in columns})
    return buf.getvalue()


def actors_csv(corpus: Corpus) -> str:
    """One row per actor; ``affiliation`` is the other actor's label, aliases joined with ``|``."""
    return _write(ACTOR_COLUMNS, actor_rows(corpus))


def actor_rows(corpus: Corpus) -> list[dict[str, str]]:
    """The rows of actors.csv, sorted by label."""
    rows = []
    for actor_id, actor in corpus.actors.items():
        aff = corpus.affiliation.get(actor_id)
        rows.append({
            "id": actor_id, "label": actor.label, "kind": actor.kind,
            "affiliation": corpus.actors[aff].label if aff else "",
            "aliases": "|".join(a.replace("|", "/") for a in corpus.aliases[actor_id]),
            "mentions": corpus.mentions[actor_id], "docs": "|".join(corpus.docs[actor_id]),
            "wikidata": actor.wikidata or "",
        })
    rows.sort(key=lambda r: (r["label"].casefold(), r["id"]))
    return _cells(ACTOR_COLUMNS, rows)


def relations_csv(corpus: Corpus) -> str:
    """One row per coded statement, in document and text order."""
    return _write(RELATION_COLUMNS, relation_rows(corpus))


def relation_rows(corpus: Corpus) -> list[dict[str, str]]:
    """The rows of relations.csv, in document and text order."""
    types = plover()
    label = {a: x.label for a, x in corpus.actors.items()}
    rows = []
    for r in corpus.relations:
        p = types[r.plover]
        rows.append({
            "doc": r.doc, "source": label.get(r.source, r.source), "plover": r.plover,
            "target": label.get(r.target, r.target) if r.target else "", "cue": r.cue, "issue": r.issue,
            "sentence": r.sentence, "start": r.start, "end": r.end, "date": _day(r.date),
            "confidence": f"{r.confidence:.2f}", "mode": r.mode, "quad": p.quad, "score": p.score, "cameo": p.cameo,
            "place": r.place, "date_how": r.date_how, "source_id": r.source, "target_id": r.target, "rule": r.rule,
        })
    return _cells(RELATION_COLUMNS, rows)


def issues_csv(corpus: Corpus) -> str:
    """One row per issue; ``mentions`` are the phrases that name it, joined with ``|``."""
    return _write(ISSUE_COLUMNS, issue_rows(corpus))


def issue_rows(corpus: Corpus) -> list[dict[str, str]]:
    """The rows of issues.csv, by first mention."""
    label = {a: x.label for a, x in corpus.actors.items()}
    rows = [{
        "id": i.id, "label": i.label, "kind": i.kind, "place": i.place, "proposer": label.get(i.proposer, ""),
        "first": _day(i.first), "last": _day(i.last), "mentions": "|".join(m.replace("|", "/") for m in i.mentions),
        "docs": "|".join(i.docs), "parties": "|".join(label.get(p, p) for p in i.parties),
    } for i in corpus.issues]
    rows.sort(key=lambda r: (r["first"], r["label"].casefold(), r["id"]))
    return _cells(ISSUE_COLUMNS, rows)


def positions_csv(corpus: Corpus) -> str:
    """One row per stated position: who stood where on which issue, when, and the sentence."""
    return _write(POSITION_COLUMNS, position_rows(corpus))


def position_rows(corpus: Corpus) -> list[dict[str, str]]:
    """The rows of positions.csv, in document and text order."""
    label = {a: x.label for a, x in corpus.actors.items()}
    issue = {i.id: i.label for i in corpus.issues}
    rows = [{
        "doc": p.doc, "actor": label.get(p.actor, p.actor), "issue": issue.get(p.issue, p.issue),
        "position": p.position, "mode": p.mode, "date": _day(p.date), "sentence": p.sentence, "cue": p.cue,
        "actor_id": p.actor, "issue_id": p.issue, "rule": p.rule,
    } for p in corpus.stances]
    return _cells(POSITION_COLUMNS, rows)


#: Each table's rows and columns, by name (the CSV file is NAME.csv).
TABLES: dict[str, tuple[Callable[[Corpus], list[dict[str, str]]], tuple[str, ...]]] = {
    "actors": (actor_rows, ACTOR_COLUMNS), "relations": (relation_rows, RELATION_COLUMNS),
    "issues": (issue_rows, ISSUE_COLUMNS), "positions": (position_rows, POSITION_COLUMNS),
}
