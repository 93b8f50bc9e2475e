#!/usr/bin/env python3
"""Why the gold events of the dev-voa stories were missed, by reason, from the extractor's own trace.

    python benchmarks/diagnose.py [--half odd|even|all] [--type TYPE] [--show N]

For each gold event the build did not match, the sentence's cues are read again
(kg.extract.read, the same reading `kg explain` prints) and the miss is put in one bin:
no cue of the gold type in the sentence; a cue of that type stopped by a rule (the
rule's name); or coded with other actors. Prints the bins by count and, with --show, examples.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_extraction import parsed  # noqa: E402

from kg.actors import load_dictionary  # noqa: E402
from kg.extract import read  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.nlp import DEFAULT_MODEL  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--half", choices=["odd", "even", "all"], default="odd")
    ap.add_argument("--type")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/kg-eval-parses"))
    a = ap.parse_args()
    ev = a.shared / "eval"
    articles = list(read_articles([ROOT / "seeds", ev / "dev", ev / "dev-voa"]))
    pairs = {art.id: (art, doc) for art, doc in parsed(articles, DEFAULT_MODEL, a.cache)}
    actors, lexicon = load_dictionary(), load_lexicon()
    bins: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for gold_file in sorted((ev / "dev-voa").glob("*.gold.json")):
        n = int(gold_file.name[1:3])
        if (a.half == "odd" and n % 2 == 0) or (a.half == "even" and n % 2):
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        art, doc = pairs[Path(gold["text_file"]).stem]
        reading = read(art, doc, actors, lexicon)
        for e in gold["events"]:
            if a.type and e["type"] != a.type:
                continue
            g = " ".join(e["sentence"].split())
            outs = [o for o in reading.outcomes if g[:60] in " ".join(o.hit.tok.sent.text.split())]
            same = [o for o in outs if o.hit.cue.plover == e["type"] or any(r.plover == e["type"] for r in o.relations)]
            if not same:
                key = "no cue of the type"
            elif any(o.relations for o in same):
                key = "coded (other actors or matched)"
            else:
                key = "stopped by " + Counter(o.stopped_by or "-" for o in same).most_common(1)[0][0]
            bins[key] += 1
            examples[key].append(f"{e['type']} {e['source']}->{e.get('target')} [{e['cue'][:40]}] {g[:110]}")
    for key, count in bins.most_common():
        print(f"{count:5}  {key}")
        for x in examples[key][:a.show]:
            print("         ", x)


if __name__ == "__main__":
    main()
