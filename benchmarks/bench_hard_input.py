#!/usr/bin/env python3
"""Hard input for `kg build`: one huge article with no sentence break, and a folder of thousands of tiny files.

    .venv/bin/python benchmarks/bench_hard_input.py [--megabytes 2] [--files 3000]

1. Writes about ``--megabytes`` MB of lower-case news words with no punctuation and no line break
   (one "sentence" for the parser unless kg cuts it), and times ``kg build`` on it in a fresh process with
   a fresh cache, against bare ``nlp.pipe`` over the same text cut into the same pieces kg parses
   (``kg.nlp.chunks``): the baseline the build's time is divided by.
2. Writes ``--files`` one-line articles in nested folders and times ``kg build`` on the folder against
   bare ``nlp.pipe`` over the same lines.

The build's time includes starting the process and loading the model (a few seconds), which dominates on
small input; the bare baseline starts with the model loaded.

Prints times and ratios, not verdicts: nothing here asserts a time (the tests in tests/test_faults.py
check that such input is built correctly, not how fast).
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.nlp import DEFAULT_MODEL, chunks, clean_text, load_pipeline  # noqa: E402

WORDS = ("the minister said talks on the ceasefire would resume in cairo after qatar and egypt urged both sides "
         "to accept a truce while the army shelled the border town and rebels rejected the plan").split()


def unbroken_text(megabytes: float, seed: int = 11) -> str:
    """Words drawn with a fixed seed, joined by single spaces: no punctuation, no line break."""
    rng = random.Random(seed)
    out, size = [], 0
    while size < megabytes * 1_000_000:
        word = rng.choice(WORDS)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)


def build(path: Path, workdir: Path) -> tuple[float, int]:
    """Seconds of ``kg build PATH`` in a fresh process with a fresh cache, and its exit code."""
    env = {**os.environ, "KG_CACHE_DIR": str(workdir / "cache")}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(path), "--out", str(workdir / "out"), "--strict"],
                          env=env, capture_output=True, text=True)
    return time.perf_counter() - start, proc.returncode


def bare(texts: list[str]) -> float:
    nlp = load_pipeline(DEFAULT_MODEL)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - start


def report(name: str, base: float, took: float, code: int) -> None:
    print(f"{name}: bare nlp.pipe {base:7.1f} s | kg build {took:7.1f} s (exit {code}) | "
          f"ratio kg/bare time {took / base:5.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--megabytes", type=float, default=2.0)
    ap.add_argument("--files", type=int, default=3000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        text = unbroken_text(args.megabytes)
        (work / "huge").mkdir()
        (work / "huge" / "dump.txt").write_text(text, encoding="utf-8")
        base = bare(chunks(clean_text(text)))
        took, code = build(work / "huge" / "dump.txt", work / "huge")
        report(f"{len(text) / 1e6:.1f} MB with no sentence break", base, took, code)
        lines = [f"Egypt urged Hamas to accept truce plan number {i}.\n" for i in range(args.files)]
        for i, line in enumerate(lines):
            sub = work / "many" / f"batch{i // 500}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"a{i:05d}.txt").write_text(line, encoding="utf-8")
        base = bare(lines)
        took, code = build(work / "many", work / "many-out")
        report(f"{args.files:,} one-line files", base, took, code)


if __name__ == "__main__":
    main()
