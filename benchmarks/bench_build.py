#!/usr/bin/env python3
"""How close is `kg build` to the spaCy parse it stands on? Prints ratios, not verdicts.

    python benchmarks/bench_build.py [--n 2000] [--batch-size 64] [--rounds 4] [--rebuild 1000] [--memory 500,2000]

1. Makes a corpus of N articles from the texts in the repository (seeds/ and
   tests/data/dev/), each with its own id, date and a varied first line.
2. Times bare ``nlp.pipe`` (same model, same batch size, same texts) against the
   full build (parse, extract, merge) and the exports (Turtle, HTML, CSV), and
   prints words per second of both and their ratio, and beside it the ratio of CPU
   time: this process's and its children's (with --n-process 1, kg parses here and a
   helper process extracts, see kg/handoff.py; the helper's CPU counts;
   KG_ONE_PROCESS=1 times the build in one process). The corpus is taken in
   --rounds slices, each timed bare and then built, so that a burst of load on a
   shared machine falls on both sides alike.
3. Peak memory (max RSS) of a full build for each size in --memory, each in a
   fresh process, side by side.
4. Incremental rebuild: builds --rebuild articles with an empty cache, changes
   one article, builds again, and prints both times and their ratio.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.actors import load_dictionary  # noqa: E402
from kg.pipeline import build_corpus  # noqa: E402
from kg.cache import ResultCache, pipeline_version  # noqa: E402
from kg.graph import assemble, to_networkx  # noqa: E402
from kg.html import render_html  # noqa: E402
from kg.lexicon import load_lexicon  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.nlp import DEFAULT_MODEL, clean_text, load_pipeline  # noqa: E402
from kg.rdf import to_turtle  # noqa: E402
from kg.runner import results  # noqa: E402
from kg.tables import actors_csv, issues_csv, positions_csv, relations_csv  # noqa: E402

LEADS = ["", "Officials said talks would go on. ", "Diplomats met again on Monday. ", "The talks resumed. "]


def corpus(n: int, seed: int = 7) -> list[Article]:
    """N articles from the repository's texts, with varied ids, dates and a varied first sentence."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "dev").glob("*.txt"))]
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    out = []
    for i in range(n):
        body = clean_text(texts[i % len(texts)]).strip()
        out.append(Article(f"a{i:05d}", rng.choice(LEADS) + body, published=start + timedelta(days=i % 1500)))
    return out


def write_jsonl(arts: list[Article], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps({"id": a.id, "text": a.text, "published": a.published.isoformat()}) + "\n")


def cpu_time() -> float:
    """CPU seconds of this process and of its children that have ended (the build's helper is joined at its end)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(fn):
    t = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t


def throughput(n: int, batch_size: int, model: str, rounds: int = 4) -> None:
    """Bare ``nlp.pipe`` against the full build on the same texts. The corpus is taken in ``rounds``
    slices, each parsed bare and then built, so that a burst of load on a shared machine falls on both
    sides alike; the build's results are merged at the end (counted in its time)."""
    arts = corpus(n)
    nlp = load_pipeline(model)
    list(nlp.pipe([a.text for a in arts[:20]], batch_size=batch_size))  # warm up
    actors, lexicon = load_dictionary(), load_lexicon()
    words = 0
    t_parse = t_build = c_parse = c_build = own_build = 0.0
    found = []
    step = -(-n // max(1, rounds))
    for k in range(0, n, step):
        part = arts[k:k + step]
        c, t0 = cpu_time(), time.perf_counter()
        for doc in nlp.pipe((a.text for a in part), batch_size=batch_size):
            words += sum(1 for t in doc if not t.is_space)
        t1, c1, own = time.perf_counter(), cpu_time(), time.process_time()
        found += results(part, actors, lexicon, model=model, batch_size=batch_size)
        t2, c2, own = time.perf_counter(), cpu_time(), time.process_time() - own
        t_parse, t_build, c_parse, c_build = t_parse + t1 - t0, t_build + t2 - t1, c_parse + c1 - c, c_build + c2 - c1
        own_build += own
        print(f"  round {k // step + 1}: bare {t1 - t0:6.1f} s, kg {t2 - t1:6.1f} s, "
              f"ratio {(t1 - t0) / (t2 - t1):.2f}; "
              f"CPU bare {c1 - c:6.1f} s, kg {c2 - c1:6.1f} s ({own:.1f} s here), ratio {(c1 - c) / (c2 - c1):.2f}")
    c = time.process_time()
    corp, t_merge = timed(lambda: assemble(iter(found), actors))
    merge_cpu = time.process_time() - c
    t_build, c_build, own_build = t_build + t_merge, c_build + merge_cpu, own_build + merge_cpu
    _, t_ttl = timed(lambda: to_turtle(corp))
    _, t_html = timed(lambda: render_html(to_networkx(corp)))
    _, t_csv = timed(lambda: (actors_csv(corp), relations_csv(corp), issues_csv(corp), positions_csv(corp)))
    print(f"articles {n}, words {words}, batch size {batch_size}, model {model}")
    print("                     wall        words/s   CPU (all)  CPU (this process)")
    print(f"  bare nlp.pipe      {t_parse:8.1f} s  {words / t_parse:9.0f}  {c_parse:8.1f} s  {c_parse:8.1f} s")
    print(f"  kg build (extract) {t_build:8.1f} s  {words / t_build:9.0f}  {c_build:8.1f} s  {own_build:8.1f} s")
    print(f"  ratio kg/bare      {t_parse / t_build:8.2f}              {c_parse / c_build:8.2f}    "
          f"{c_parse / own_build:8.2f}")
    print("  (wall: throughput of kg build / throughput of nlp.pipe; CPU (all): every CPU second the build\n"
          "   costs, its helper process's too, less sensitive to other processes; CPU (this process): the\n"
          "   parsing process's alone, what bounds the build's throughput when a spare core is free)")
    print(f"  exports: Turtle {t_ttl:.2f} s, HTML {t_html:.2f} s, CSV {t_csv:.2f} s "
          f"({len(corp.actors)} actors, {len(corp.relations)} relations)")


def peak_memory(n: int, model: str) -> None:
    """Run in a fresh process: build n articles (no cache) and print the peak RSS in MiB."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        write_jsonl(corpus(n), src)
        corp = build_corpus([src], model=model, batch_size=64)
        to_turtle(corp)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def memory(sizes: list[int], model: str) -> None:
    peaks = {}
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--peak", str(n), "--model", model], capture_output=True,
                             text=True, check=True)
        peaks[n] = float(out.stdout.strip().splitlines()[-1])
    base = peaks[sizes[0]]
    print("peak memory (max RSS of a fresh build process, parse to Turtle):")
    for n, mib in peaks.items():
        print(f"  {n:6d} articles  {mib:8.0f} MiB  ratio to {sizes[0]}: {mib / base:.2f}")


def rebuild(n: int, model: str) -> None:
    arts = corpus(n, seed=11)
    actors, lexicon = load_dictionary(), load_lexicon()
    version = pipeline_version(model, load_pipeline(model).meta, actors, lexicon)
    with tempfile.TemporaryDirectory() as tmp:
        cache = ResultCache(tmp, version)
        _, first = timed(lambda: assemble(results(arts, actors, lexicon, model=model, batch_size=64, cache=cache),
                                          actors))
        changed = list(arts)
        changed[n // 2] = Article(changed[n // 2].id, changed[n // 2].text + "\n\nEgypt later hosted Hamas.",
                                  published=changed[n // 2].published)
        cache = ResultCache(tmp, version)
        _, second = timed(lambda: assemble(results(changed, actors, lexicon, model=model, batch_size=64, cache=cache),
                                           actors))
    print(f"incremental rebuild of {n} articles with one changed:")
    print(f"  first build {first:8.1f} s, rebuild {second:6.1f} s ({cache.misses} parsed, {cache.hits} from cache)")
    print(f"  rebuild / first build: {second / first:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="articles for the throughput run")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=4, help="slices of the corpus timed bare, then built, in turn")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--memory", default="500,2000", help="comma-separated corpus sizes; empty to skip")
    ap.add_argument("--rebuild", type=int, default=1000, help="articles for the rebuild run; 0 to skip")
    ap.add_argument("--peak", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    os.environ.setdefault("CI", "1")  # no progress bars
    if a.peak:
        peak_memory(a.peak, a.model)
        return
    throughput(a.n, a.batch_size, a.model, a.rounds)
    if a.memory:
        memory([int(x) for x in a.memory.split(",")], a.model)
    if a.rebuild:
        rebuild(a.rebuild, a.model)


if __name__ == "__main__":
    main()
