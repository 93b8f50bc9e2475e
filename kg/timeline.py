"""Position timelines per issue, from a corpus (built, or read back from a build folder's graph.ttl)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import Errors
from kg.tables import issue_rows, position_rows

if TYPE_CHECKING:
    from kg.graph import Corpus

__all__ = ["timeline"]


def timeline(corpus: Corpus, issue: str | None = None) -> str:
    """For each issue (or the one whose id or label contains ``issue``), who stood where and when.

    The cells are those of issues.csv and positions.csv.

    >>> from datetime import date
    >>> from kg.graph import Corpus, Issue
    >>> from kg.model import Actor, Position
    >>> plan = Issue("I1", "Gaza truce plan", "proposal", "deal", "Gaza", (), date(2024, 5, 1), date(2024, 5, 1),
    ...              ("a Gaza truce plan",), ("a1",))
    >>> urged = Position("a1", "BLINKEN", "I1", "supports", "asserted", date(2024, 5, 1),
    ...                  "Blinken urged Hamas to accept a Gaza truce plan.", 0, "urged")
    >>> blinken = Actor("BLINKEN", "Antony Blinken", "person")
    >>> corpus = Corpus({"BLINKEN": blinken}, {}, {"BLINKEN": ()}, {"BLINKEN": 1}, {"BLINKEN": ("a1",)}, (), (),
    ...                 (plan,), (urged,))
    >>> print(timeline(corpus, "truce"), end="")
    Gaza truce plan [proposal, Gaza]
      2024-05-01  Antony Blinken  supports   «urged»  [a1]
    """
    issues, positions = issue_rows(corpus), position_rows(corpus)
    if issue:
        want = issue.casefold()
        issues = [i for i in issues if want == i["id"].casefold() or want in i["label"].casefold()]
        if not issues:
            raise Errors.NO_SUCH_ISSUE(issue=issue)
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
