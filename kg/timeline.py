"""Position timelines per issue, read back from a build folder's issues.csv and positions.csv."""
from __future__ import annotations

import csv
from pathlib import Path

from kg.errors import EXIT_INPUT, KgError

__all__ = ["read_positions", "timeline"]


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise KgError(f"{path}: not found (run kg build first)", EXIT_INPUT)
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_positions(outdir: str | Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The issues and positions of a build folder."""
    out = Path(outdir)
    return _rows(out / "issues.csv"), _rows(out / "positions.csv")


def timeline(outdir: str | Path, issue: str | None = None) -> str:
    """For each issue (or the one whose id or label contains ``issue``), who stood where and when.

    >>> print(timeline("outputs", "truce"))  # doctest: +SKIP
    Gaza truce plan [proposal, Gaza] proposed by mediators
      2024-05-01  Antony Blinken        supports   urged  (000_bf2008ecd91dc87d)
    """
    issues, positions = read_positions(outdir)
    if issue:
        want = issue.casefold()
        issues = [i for i in issues if want == i["id"].casefold() or want in i["label"].casefold()]
        if not issues:
            raise KgError(f"no issue matches {issue!r} (see issues.csv)", EXIT_INPUT)
    lines = []
    for i in issues:
        where = ", ".join(x for x in (i["kind"], i["place"]) if x)
        head = f"{i['label']} [{where}]" + (f" proposed by {i['proposer']}" if i["proposer"] else "")
        lines.append(head)
        rows = sorted((p for p in positions if p["issue_id"] == i["id"]), key=lambda p: (p["date"], p["doc"]))
        if not rows:
            lines.append("  (no positions stated)")
        width = max((len(p["actor"]) for p in rows), default=0)
        for p in rows:
            mode = "" if p["mode"] == "asserted" else f" ({p['mode']})"
            lines.append(f"  {p['date'] or '?':10}  {p['actor']:{width}}  {p['position']:9}{mode}  «{p['cue']}»  [{p['doc']}]")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
