#!/usr/bin/env python3
"""Extraction quality on the shared gold articles, fast enough to run after every change.

    python benchmarks/eval_extraction.py [--shared ../shared] [--out DIR] [--by-type] [--errors odd|even|all]

Builds the seed, the dev articles and the dev-voa stories in one corpus with the
built-in dictionary (parses are kept in a DocBin cache keyed by the text and the model,
so only extraction runs again), writes the CSV files to --out (by default a fresh temporary
folder of this run, removed afterwards, so that runs at the same time never score each
other's files) and prints the scorer's
figures for the seed, dev, dev-voa and its odd and even halves side by side. Rules are
written from the errors of the odd half and checked on the even half: a large gap
between the halves means a change learned answers, not a method.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy.tokens import DocBin  # noqa: E402

from kg.actors import load_dictionary  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.graph import assemble  # noqa: E402
from kg.ingest import read_articles  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.nlp import DEFAULT_MODEL, clean_text, load_pipeline, parse  # noqa: E402
from kg.tables import actors_csv, issues_csv, positions_csv, relations_csv  # noqa: E402


def parsed(articles, model: str, cache: Path) -> list[tuple]:
    """(article, Doc) pairs; Docs come from ``cache`` when the same text was parsed before."""
    nlp = load_pipeline(model)
    meta = nlp.meta
    rules = sorted(nlp.tokenizer.rules or {})  # the tokenizer's special cases (kg.nlp adds some) decide the parse too
    pipes = hashlib.sha256((ROOT / "kg" / "nlp.py").read_bytes()).hexdigest()  # and so do kg.nlp's own components
    key = hashlib.sha256(json.dumps([model, meta.get("version"), rules, pipes,
                                     [clean_text(a.text) for a in articles]]).encode()).hexdigest()
    path = cache / f"{key[:24]}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        return list(zip(articles, docs))
    pairs = list(parse(articles, model))
    bin_ = DocBin(store_user_data=True)
    for _, doc in pairs:
        bin_.add(doc)
    cache.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(f".{os.getpid()}.part")  # written whole, then renamed: a run never reads half a cache
    bin_.to_disk(part)
    os.replace(part, path)
    return pairs


def score(shared: Path, golds: list[str], out: Path, *extra: str) -> str:
    proc = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), *golds, "--pred", str(out), *extra],
                          capture_output=True, text=True)
    return proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, help="keep the CSV files here (default: a temporary folder, removed)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/kg-eval-parses"))
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--by-type", action="store_true")
    ap.add_argument("--errors", choices=["odd", "even", "all"])
    a = ap.parse_args()
    if a.out is not None:
        report(a)
        return
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        a.out = Path(tmp)
        report(a)


def report(a: argparse.Namespace) -> None:
    """Build all gold articles, write the CSV files to ``a.out`` and print the figures."""
    ev = a.shared / "eval"
    sets = [ROOT / "seeds", ev / "dev", ev / "dev-voa"]
    articles = list(read_articles(sets))
    pairs = parsed(articles, a.model, a.cache)
    actors, lexicon = load_dictionary(), load_lexicon()
    corpus = assemble((extract(art, doc, actors, lexicon) for art, doc in pairs), actors)
    a.out.mkdir(parents=True, exist_ok=True)
    for name, text in (("actors.csv", actors_csv(corpus)), ("relations.csv", relations_csv(corpus)),
                       ("issues.csv", issues_csv(corpus)), ("positions.csv", positions_csv(corpus))):
        (a.out / name).write_text(text, encoding="utf-8")
    voa = sorted(str(p) for p in (ev / "dev-voa").glob("*.gold.json"))
    halves = {"odd": [p for p in voa if int(Path(p).name[1:3]) % 2], "even": [p for p in voa if not int(Path(p).name[1:3]) % 2]}
    rows = {"seed": [str(ev / "seed-000.gold.json")], "dev": [str(ev / "dev")],
            "s+dev": [str(ev / "seed-000.gold.json"), str(ev / "dev")], "voa": voa, **halves}
    print(f"{'set':6} {'lenient P/R/F1':>22} {'strict F1':>9} {'actors R':>8} {'affil':>9} {'positions P/R/F1':>20}")
    for name, golds in rows.items():
        r = json.loads(score(a.shared, golds, a.out, "--json"))
        le, st, af, po = r["events_lenient"], r["events_strict"], r["affiliation"], r["positions"] or {}
        print(f"{name:6} {le['precision']:6.3f} {le['recall']:6.3f} {le['f1']:6.3f}   {st['f1']:7.3f} "
              f"{r['actors']['recall']:8.3f} {af['correct']:4}/{af['checked']:<4} "
              f"{po.get('precision', 0):6.3f} {po.get('recall', 0):6.3f} {po.get('f1', 0):6.3f}")
    if a.by_type:
        print(score(a.shared, voa, a.out, "--by-type").split("articles")[0])
    if a.errors:
        print(score(a.shared, voa if a.errors == "all" else halves[a.errors], a.out, "--show-errors"))


if __name__ == "__main__":
    main()
