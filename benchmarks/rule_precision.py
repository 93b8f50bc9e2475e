#!/usr/bin/env python3
"""Precision of each extraction rule on gold articles: how many of the events a rule made match a gold
event (lenient, same sentence), by the `rule` column of relations.csv.

    python benchmarks/rule_precision.py OUT GOLD [GOLD ...] [--show RULE]

With --show, the events that RULE made are listed, each marked + (matches gold) or - (does not).

Uses the scorer's own matching (../shared/eval/score.py), so the counts add up to its figures.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    argv = sys.argv[1:]
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    if show:
        del argv[argv.index("--show"):argv.index("--show") + 2]
    out, golds = Path(argv[0]), argv[1:]
    sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
    import score  # the scorer, for its matching

    pred = score.Pred(out)
    rules: dict[tuple, list[str]] = {}
    for row in csv.DictReader((out / "relations.csv").open(encoding="utf-8")):
        key = (Path(row["doc"]).stem, row["source"], row["plover"], row["target"], " ".join(row["sentence"].split()))
        rules.setdefault(key, []).append(row["rule"])
    tp, fp = Counter(), Counter()
    for g in score.load_gold(golds):
        actors = {a["id"]: a for a in g["actors"]}

        def gset(aid):
            if aid is None:
                return None
            s = score.gold_names(actors[aid])
            if actors[aid].get("affiliation"):
                s |= score.gold_names(actors[actors[aid]["affiliation"]])
            return s

        doc = Path(g["text_file"]).stem
        unmatched = list(range(len(g["events"])))
        seen: Counter = Counter()
        for src, typ, tgt, sent in pred.relations.get(doc, []):
            key = (doc, src, typ, tgt, sent)
            rule = rules[key][seen[key] % len(rules[key])]
            seen[key] += 1
            ps, pt = pred.up(src), (pred.up(tgt) if tgt else set())
            hit = next((i for i in unmatched if g["events"][i]["type"] == typ and ps & gset(g["events"][i]["source"])
                        and score.same_sentence(sent, g["events"][i]["sentence"])
                        and (gset(g["events"][i].get("target")) is None or pt & gset(g["events"][i].get("target")))),
                       None)
            if rule == show:
                print("+" if hit is not None else "-", doc[:3], src, typ, tgt, "|", sent[:160])
            if hit is None:
                fp[rule] += 1
            else:
                unmatched.remove(hit)
                tp[rule] += 1
    for rule in sorted(set(tp) | set(fp), key=lambda r: -(tp[r] + fp[r])):
        n = tp[rule] + fp[rule]
        print(f"{rule:28} {tp[rule]:4} / {n:4}  precision {tp[rule] / n:.2f}")


if __name__ == "__main__":
    main()
