"""Named SPARQL queries on a large synthetic kg graph: rdflib against oxigraph.

Builds a synthetic corpus (actors with kinds, affiliations and aliases; articles;
PLOVER-coded relations merged into events with evidence), turns it into RDF with
kg's own ``kg.rdf.to_rdf`` so the graph has exactly the shape of a real build,
writes it as N-Triples, loads the file into both backends, and times named
queries on each. rdflib runs in a forked child that is stopped after
``--timeout`` seconds; oxigraph's time is the best of three runs. Both must give
the same rows.

    .venv/bin/python benchmarks/bench_sparql.py                  # >= 1,000,000 triples
    .venv/bin/python benchmarks/bench_sparql.py --triples 200000 --timeout 120

A script, not a test: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import hashlib
import multiprocessing as mp
import os
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.lexicon import plover  # noqa: E402
from kg.model import Actor, Article, Relation  # noqa: E402
from kg.query import Backend, execute, format_result, named_queries, open_backend, resolve  # noqa: E402

KINDS = ("state", "organization", "person", "group")
MODES = ("asserted",) * 8 + ("future", "hypothetical")
CUES = {"AGREE": "agreed", "CONSULT": ("met", "hosted", "mediated", "talks"), "SUPPORT": "welcomed", "CONCEDE": "released", "COOPERATE": "joined",
        "AID": "sent aid to", "RETREAT": "withdrew from", "REQUEST": "urged", "ACCUSE": "accused",
        "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested", "SANCTION": "sanctioned",
        "MOBILIZE": "deployed", "COERCE": "arrested", "ASSAULT": "attacked"}
ISSUES = ("a truce plan", "the hostage deal", "a ceasefire", "the border crossing", "new sanctions", None, None)
PLACES = ("Cairo", "Doha", "Geneva", "Oslo", None, None, None)


class SyntheticCorpus:
    """What ``kg.rdf.to_rdf`` reads from a ``kg.graph.Corpus``: actors, articles and relations.

    ``docs`` gives each actor the articles of its relations (``doc schema:mentions actor``, as a
    build writes). Issues and positions are left empty (none of the benchmarked queries reads
    them); any other collection ``to_rdf`` may come to read is empty too.
    """

    issues: tuple = ()
    stances: tuple = ()

    def __init__(self, actors, affiliation, aliases, mentions, articles, relations, docs):
        self.actors, self.affiliation, self.aliases = actors, affiliation, aliases
        self.mentions, self.articles, self.relations, self.docs = mentions, articles, relations, docs

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return ()

    def events(self) -> dict[str, list[Relation]]:
        from kg.graph import event_id

        out: dict[str, list[Relation]] = defaultdict(list)
        for r in self.relations:
            out[event_id(r.source, r.plover, r.target, r.date, r.doc, r.start)].append(r)
        return dict(sorted(out.items()))


def synthetic_corpus(n_relations: int, seed: int = 7) -> SyntheticCorpus:
    rng = random.Random(seed)
    n_actors = max(200, n_relations // 25)
    n_docs = max(50, n_relations // 10)
    actors, affiliation, aliases = {}, {}, {}
    for i in range(n_actors):
        aid = f"A{i:05d}"
        kind = KINDS[i % 4]
        actors[aid] = Actor(aid, f"Actor {i}", kind, wikidata=f"Q{1000 + i}" if i % 3 == 0 else None)
        aliases[aid] = tuple(f"Alias {i}-{k}" for k in range(i % 3))
        if kind == "person" or (kind == "organization" and i % 8 == 1):
            affiliation[aid] = f"A{rng.randrange(0, n_actors, 4):05d}"  # a state
    ids = list(actors)
    weights = list(__import__("itertools").accumulate(1.0 / (k + 1) ** 0.8 for k in range(n_actors)))
    start = date(2023, 1, 1)
    articles = tuple(Article(f"doc{d:06d}", "", title=f"Synthetic article {d}",
                             published=start + timedelta(days=d % 900), source="SYN")
                     for d in range(n_docs))
    types = list(plover())
    relations, mentions, docs = [], Counter(), defaultdict(set)
    for n in range(n_relations):
        src, tgt = rng.choices(ids, cum_weights=weights, k=2)
        ptype = rng.choice(types)
        target = None if (src == tgt or rng.random() < 0.3) else tgt
        art = articles[rng.randrange(n_docs)]
        pos = rng.randrange(0, 4000)
        cue = CUES[ptype] if isinstance(CUES[ptype], str) else rng.choice(CUES[ptype])
        sentence = f"{actors[src].label} {cue} {actors[tgt].label if target else 'the plan'} (synthetic {n})."
        day = art.published - timedelta(days=rng.choice((0, 0, 0, 1, 2)))
        relations.append(Relation(
            doc=art.id, source=src, plover=ptype, target=target, cue=cue, sentence=sentence,
            sent_start=pos, sent_end=pos + len(sentence), start=pos + 8, end=pos + 8 + len(cue),
            issue=rng.choice(ISSUES), place=rng.choice(PLACES), date=day,
            date_how="published" if day == art.published else "relative", mode=rng.choice(MODES),
            confidence=rng.choice((0.5, 0.6, 0.7, 0.8))))
        mentions[src] += 1
        docs[src].add(art.id)
        if target:
            mentions[target] += 1
            docs[target].add(art.id)
    for aid in ids:
        mentions.setdefault(aid, 0)
    used = {r.source for r in relations} | {r.target for r in relations if r.target} | set(affiliation.values())
    keep = {a: actors[a] for a in ids if a in used}
    return SyntheticCorpus(keep, {a: b for a, b in affiliation.items() if a in keep}, aliases, mentions,
                           articles, tuple(relations), {a: tuple(sorted(docs[a])) for a in keep})


def build_graph(min_triples: int, seed: int) -> tuple[Path, int, SyntheticCorpus]:
    from kg.rdf import to_rdf

    n = max(1000, min_triples // 20)
    while True:
        corpus = synthetic_corpus(n, seed)
        g = to_rdf(corpus)
        if len(g) >= min_triples:
            break
        n = int(n * min_triples / len(g) * 1.02) + 1
    path = Path(tempfile.mkdtemp(prefix="kg-bench-")) / "graph.nt"
    g.serialize(path, format="nt", encoding="utf-8")
    return path, len(g), corpus


def digest(backend: Backend, query) -> tuple[float, int, str, float]:
    """Wall seconds, rows, a digest of the rows as CSV, and the CPU seconds of this process."""
    t, cpu = time.perf_counter(), time.process_time()
    result = execute(backend, query)
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    return seconds, len(result.rows), hashlib.sha256(format_result(result, "csv").encode()).hexdigest(), cpu


def _child(conn, backend, query) -> None:  # runs in a forked process
    try:
        conn.send(("ok", digest(backend, query)))
    except BaseException as exc:  # report, never hang the parent
        conn.send(("error", repr(exc)))


def timed_in_child(backend: Backend, query, timeout: float):
    """Run one query in a forked copy of this process; None if it ran past ``timeout``."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, backend, query))
    proc.start()
    try:
        if parent.poll(timeout):
            status, value = parent.recv()
            if status == "error":
                raise RuntimeError(value)
            return value
        return None
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="at least this many triples")
    ap.add_argument("--timeout", type=float, default=600, help="stop an rdflib query after this many seconds")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--queries", nargs="+", help="named queries to time (default: all of them)")
    args = ap.parse_args(argv)

    t = time.perf_counter()
    path, n_triples, corpus = build_graph(args.triples, args.seed)
    events = corpus.events()
    hub = Counter((r.source, r.plover, r.target) for r in corpus.relations if r.target).most_common(1)[0][0]
    print(f"synthetic kg graph: {n_triples:,} triples; {len(corpus.actors):,} actors, {len(corpus.articles):,} "
          f"articles, {len(events):,} events, {len(corpus.relations):,} pieces of evidence "
          f"(built and written as N-Triples in {time.perf_counter() - t:.1f} s)")
    del corpus, events

    loads = {}
    backends = {}
    for name in ("oxigraph", "rdflib"):
        t = time.perf_counter()
        backends[name] = open_backend(path, name)
        loads[name] = time.perf_counter() - t
    counts = {name: len(b) for name, b in backends.items()}
    print(f"python {sys.version.split()[0]}; graph file {path.stat().st_size / 1e6:.0f} MB; triples loaded: "
          f"rdflib {counts['rdflib']:,}, oxigraph {counts['oxigraph']:,}")
    print()
    print(f"{'':<16}{'rows':>8}  {'rdflib':>10}  {'oxigraph':>10}  {'ratio':>8}  same rows  {'oxigraph cpu':>12}")
    print(f"{'load file':<16}{'':>8}  {loads['rdflib']:>9.2f}s  {loads['oxigraph']:>9.2f}s  "
          f"{loads['rdflib'] / loads['oxigraph']:>7.0f}x")
    params = {"evidence": {"source": hub[0], "type": hub[1], "target": hub[2]}, "timeline": {"actor": hub[0]}}
    for name in args.queries or list(named_queries()):
        q = resolve(name=name, params=params.get(name, {}))
        runs = [digest(backends["oxigraph"], q) for _ in range(3)]
        ox_s, ox_cpu = min(r[0] for r in runs), min(r[3] for r in runs)
        _, rows, ox_digest, _ = runs[0]
        rd = timed_in_child(backends["rdflib"], q, args.timeout)
        label = name + (" *" if name in params else "")
        if rd is None:
            print(f"{label:<16}{rows:>8}  {'>' + format(args.timeout, '.0f') + 's':>10}  {ox_s:>9.3f}s  "
                  f"{'>' + format(args.timeout / ox_s, '.0f') + 'x':>8}  (rdflib stopped at the time limit)")
            continue
        rd_s, rd_rows, rd_digest, _ = rd
        print(f"{label:<16}{rows:>8}  {rd_s:>9.2f}s  {ox_s:>9.3f}s  {rd_s / ox_s:>7.0f}x  "
              f"{'yes' if rd_digest == ox_digest and rd_rows == rows else 'NO':<9}  {ox_cpu:>11.3f}s")
    print()
    print("times are kg.query.execute(): the query plus turning its rows into rdflib terms")
    print("rdflib: one run in a forked child; oxigraph: best of 3 runs (wall clock; its CPU time, best of 3, "
          f"beside it, as this machine may be shared; load average {os.getloadavg()[0]:.1f}); "
          f"* = with --param {', '.join(f'{k}={v}' for k, v in params['evidence'].items())} "
          f"(the busiest edge) / actor={hub[0]}")
    path.unlink()
    path.parent.rmdir()


if __name__ == "__main__":
    main()
