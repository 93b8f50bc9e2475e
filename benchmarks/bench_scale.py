#!/usr/bin/env python3
"""A year of news on one machine: every stage of `kg` on N synthetic articles and M actors.

    .venv/bin/python benchmarks/bench_scale.py [--articles 4000] [--actors 3000] [--keep DIR]
                                              [--one-process] [--skip-library] [--skip-cli]
                                              [--browser] [--screenshot PNG]
    .venv/bin/python benchmarks/bench_scale.py --page OUT/graph.html [--screenshot PNG]

1. Generates, with a fixed seed, a corpus of N wire-style articles (a dateline, the
   sides, mediators and officials of one region, urging, rejecting, mediating,
   threatening, truce plans, offensives, quotes) about M invented actors (states with
   demonyms and capitals, organizations, armed groups, persons with offices), and
   writes the actors as a user dictionary in the ``--actors`` JSONL format.
2. Times one-process bare ``nlp.pipe`` over the same texts (same model and batch size):
   the baseline every other figure is divided by.
3. Times the library stages in this process: parse and extract (``kg.runner.results``
   with the default ``n_process="auto"``), merge (``kg.graph.assemble``), networkx,
   Turtle, the page (``render_html``) and the CSV tables.
4. Runs the whole ``kg build`` command with default options (a fresh cache folder),
   then ``kg html`` on that build's ``graph.ttl``, each in a fresh process, with its time
   and peak memory (the sum over the process and its workers, sampled, and the largest
   single process); ``--one-process`` also runs ``kg build --n-process 1`` and checks
   that its files are byte-identical.
5. ``--browser`` opens the built ``graph.html`` in Debian's headless Chromium (/usr/bin/chromium,
   driven by Playwright; every request but the page's own is blocked) three times and gives its
   size, the time until ``window.kgReady`` (``window.kgReadyAt``, from the start of navigation)
   and until the first frame after it is painted, and the time from a click on each filter
   checkbox to the second animation frame after it (the redrawn graph on screen), and from
   "show more" (on the second load, as the page opened); ``--screenshot PNG`` saves the opening view (1400x900). ``--page FILE`` does only
   this, on a page already built (for example ``--keep DIR``'s ``DIR/out/graph.html``).
6. Times bare ``nlp.pipe`` again at the end. Every stage is given in wall-clock and in
   CPU seconds (its worker processes' included), each over the baseline's: on a shared
   machine the wall-clock ratios move with the load (compare the two baselines), the
   CPU ratios much less.

Prints ratios, not verdicts: nothing here asserts a time.
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
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "tr", "st",
          "sh", "th", "kh", "vl", "zh", "h", "j")
VOWELS = ("a", "e", "i", "o", "u", "a", "e", "o", "ai", "ei", "ou", "ia")
CODAS = ("", "", "", "n", "r", "l", "s", "k", "m", "sk", "nd", "rt", "v")
STATE_FORMS = ("Republic of {}", "State of {}", "Federation of {}", "Kingdom of {}")
ORG_FORMS = ("{} Unity Council", "{} Regional Bloc", "Council of {}", "{} Monitoring Mission", "{} Development Union",
             "{} Peace Commission", "{} Cooperation Forum", "League of {}")
GROUP_FORMS = ("{} Liberation Front", "{} Popular Movement", "{} Resistance Brigades", "{} National Army",
               "{} Freedom Party", "{} Salvation Front")
STATE_TITLES = ("Foreign Minister", "President", "Prime Minister", "Defence Minister", "envoy", "Interior Minister",
                "chief negotiator", "Deputy Foreign Minister")
OTHER_TITLES = ("spokesman", "leader", "commander", "chairman", "envoy", "negotiator", "secretary-general")
ISSUE_WORDS = ("truce plan", "ceasefire deal", "peace proposal", "prisoner exchange", "hostage deal",
               "roadmap for talks", "power-sharing agreement", "humanitarian pause")


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + (rng.choice(CODAS) if k == syllables - 1 else "")
                   for k in range(syllables)).capitalize()


class Names:
    """Invented words that are unique and clash with no name in kg's own dictionary."""

    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng, self.taken = rng, {t.casefold() for t in taken}

    def __call__(self, syllables: tuple[int, ...] = (2, 3)) -> str:
        while True:
            word = _word(self.rng, self.rng.choice(syllables))
            if len(word) >= 4 and word.casefold() not in self.taken:
                self.taken.add(word.casefold())
                return word


def make_actors(m: int, seed: int, taken: set[str]) -> tuple[list[dict], list[list[dict]]]:
    """M invented actors as dictionary records, and the same records grouped by region."""
    rng = random.Random(seed)
    names = Names(rng, taken)
    n_regions = max(1, m // 250)
    regions: list[list[dict]] = [[] for _ in range(n_regions)]
    records: list[dict] = []
    n_states, n_orgs, n_groups = max(2, m * 6 // 100), max(1, m * 12 // 100), max(1, m * 12 // 100)
    n_persons = max(0, m - n_states - n_orgs - n_groups)

    def add(rec: dict, region: int) -> dict:
        rec.setdefault("aliases", [rec["label"]])
        rec.update(region=region)
        records.append(rec)
        regions[region].append(rec)
        return rec

    for i in range(n_states):
        root = names()
        demonym = root + rng.choice(("an", "i", "ese", "ian"))
        add({"id": f"S{i:04d}", "label": root, "kind": "state", "aliases": [root, rng.choice(STATE_FORMS).format(root)],
             "demonyms": [demonym] + ([demonym + "s"] if not demonym.endswith("ese") else []),
             "capitals": [names((2, 3))]}, i % n_regions)
    for i in range(n_orgs):
        region = rng.randrange(n_regions)
        label = rng.choice(ORG_FORMS).format(names())
        add({"id": f"O{i:04d}", "label": label, "kind": "organization"}, region)
    for i in range(n_groups):
        region = rng.randrange(n_regions)
        label = rng.choice(GROUP_FORMS).format(names())
        add({"id": f"G{i:04d}", "label": label, "kind": "group"}, region)
    for i in range(n_persons):
        region = rng.randrange(n_regions)
        bodies = [r for r in regions[region] if r["kind"] != "person"] or [records[0]]
        body = rng.choice(bodies)
        first, last = names((2,)), names((2, 3))
        title = rng.choice(STATE_TITLES if body["kind"] == "state" else OTHER_TITLES)
        add({"id": f"P{i:04d}", "label": f"{first} {last}", "kind": "person", "aliases": [f"{first} {last}", last],
             "affiliation": body["id"], "roles": [{"title": title, "of": body["id"], "start": "2020-01-01", "end": None}],
             "title": title}, region)
    return records, regions


def write_dictionary(records: list[dict], path: Path) -> None:
    """The actors in the ``--actors`` JSONL format (README: your own actors and cues)."""
    fields = ("id", "label", "kind", "aliases", "demonyms", "capitals", "affiliation", "roles")
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps({k: rec[k] for k in fields if k in rec}, ensure_ascii=False) + "\n")


class Story:
    """The cast of one article: two sides, a mediator, their officials and a place."""

    def __init__(self, rng: random.Random, region: list[dict], everyone: list[dict], places: list[str]) -> None:
        self.rng = rng
        bodies = [r for r in region if r["kind"] != "person"] or [r for r in everyone if r["kind"] != "person"]
        weights = [1.0 / (k + 1) for k in range(len(bodies))]  # a few actors dominate a region's news
        self.a, self.b = rng.choices(bodies, weights, k=1)[0], None
        while self.b is None or self.b is self.a:
            self.b = rng.choices(bodies, weights, k=1)[0]
        outside = [r for r in everyone if r["kind"] in ("state", "organization")]
        self.mediator = rng.choice(outside) if rng.random() < 0.5 else rng.choices(bodies, weights, k=1)[0]
        people = [r for r in region if r["kind"] == "person"]
        self.officials = {side["id"]: [p for p in people if p["affiliation"] == side["id"]] for side in
                          (self.a, self.b, self.mediator)}
        self.place = rng.choice(places)
        self.issue = rng.choice(ISSUE_WORDS)

    def name(self, side: dict) -> str:
        """A side as the text names it: its name, its demonym with a noun, or one of its officials."""
        rng = self.rng
        staff = self.officials.get(side["id"]) or []
        if staff and rng.random() < 0.45:
            p = rng.choice(staff)
            title = p["title"]
            owner = side["demonyms"][0] if side["kind"] == "state" else side["label"]
            return rng.choice((f"{owner} {title} {p['label']}", f"{side['label']}'s {title} {p['label']}"
                               if side["kind"] == "state" else p["label"]))
        if side["kind"] == "state" and rng.random() < 0.25:
            return rng.choice((f"the {side['demonyms'][0]} government", side["capitals"][0]))
        return side["label"]


def sentences(story: Story, day: date) -> list[str]:
    """Wire-style sentences about one story, in a varied order; each names the sides afresh."""
    rng, s = story.rng, story
    A, B, M = s.a["label"], s.b["label"], s.mediator["label"]
    wd, pl, iss = WEEKDAYS[day.weekday()], s.place, s.issue
    cap = (s.mediator.get("capitals") or [pl])[0]
    leads = (
        "{a} urged {B} on {wd} to accept a {pl} {iss}, despite a warning that fighting would go on.",
        "{a} rejected a {iss} proposed by {M} on {wd}, saying it ignored the demands of its people.",
        "{m} hosted talks between {A} and {B} in {cap} on {wd} on a {iss}.",
        "{a} accused {B} on {wd} of violating the {pl} ceasefire and threatened to respond.",
        "{a} and {B} signed a {iss} on {wd} after weeks of talks mediated by {M}.",
    )
    body = [
        "{b} said it would respond to the plan within days.",
        "{m} called on all sides to show restraint and return to the negotiating table.",
        "{a} threatened to launch an offensive on {pl} if the talks failed.",
        "{b} welcomed the proposal but said guarantees were needed.",
        "Officials from {A} met {m} in {pl} to discuss a prisoner exchange.",
        "{b} denied the accusations and said its forces had acted in self-defence.",
        "{m} has mediated between {A} and {B} since the war broke out last year.",
        "{a} said it was ready to withdraw its forces from {pl} under the {iss}.",
        "{M} imposed new sanctions on {B} over the attacks near {pl}.",
        "Troops loyal to {B} attacked positions held by {A} near {pl} on {wd}, witnesses said.",
        "\u201cWe will not accept any deal that ignores our demands,\u201d said {b}.",
        "\u201cThe door to dialogue remains open,\u201d {m} told reporters.",
        "{a} praised the efforts of {M} and pledged to support the {iss}.",
        "{b} asked {M} to send observers to {pl}.",
        "{a} warned {B} against any attempt to seize {pl}.",
        "{m} said both sides had agreed to a humanitarian pause in {pl}.",
        "{b} opposed the {iss}, calling it a trap.",
        "{a} released dozens of prisoners held since the fighting began, {m} said.",
    ]
    filler = [
        f"Thousands of civilians have fled {pl} since the fighting began in {rng.choice(MONTHS)}.",
        "The talks are expected to resume next week, diplomats said.",
        f"Aid agencies say food and fuel are running out in {pl}.",
        "Neither side gave details of the proposal.",
        "The fighting has killed hundreds of people this year, according to local officials.",
    ]
    rng.shuffle(body)
    chosen = [rng.choice(leads), *body[:rng.randint(5, 7)]]
    out = [t.format(a=s.name(s.a), b=s.name(s.b), m=s.name(s.mediator), A=A, B=B, M=M, wd=wd, pl=pl, iss=iss,
                    cap=cap) for t in chosen]
    return [t[0].upper() + t[1:] for t in out] + rng.sample(filler, 2)


def make_articles(n: int, regions: list[list[dict]], records: list[dict], seed: int) -> list[dict]:
    rng = random.Random(seed + 1)
    places = [_word(rng, 2) + suffix for suffix in ("", " Valley", " Province", "") for _ in range(60)]
    region_weights = [1.0 / (k + 1) ** 0.5 for k in range(len(regions))]
    start, out = date(2024, 1, 1), []
    for i in range(n):
        region = rng.choices(regions, region_weights, k=1)[0]
        day = start + timedelta(days=rng.randrange(366))
        story = Story(rng, region, records, places)
        city = story.mediator.get("capitals", [story.place])[0].upper()
        text = f"{city}, {MONTHS[day.month - 1]} {day.day}, {day.year}\n\n" + "\n\n".join(sentences(story, day))
        out.append({"id": f"w{i:05d}", "title": f"Talks on {story.place}", "published": day.isoformat(),
                    "source": "SYN", "text": text})
    return out


def make_corpus(n: int, m: int, folder: Path, seed: int = 7) -> tuple[Path, Path, list[dict]]:
    """Write ``corpus.jsonl`` and ``actors.jsonl`` into ``folder``; return their paths and the articles."""
    from kg.actors import load_dictionary

    builtin = load_dictionary()
    taken = set(builtin.names) | set(builtin.demonyms) | set(builtin.capitals)
    records, regions = make_actors(m, seed, taken)
    articles = make_articles(n, regions, records, seed)
    folder.mkdir(parents=True, exist_ok=True)
    actors_path, corpus_path = folder / "actors.jsonl", folder / "corpus.jsonl"
    write_dictionary(records, actors_path)
    with corpus_path.open("w", encoding="utf-8") as fh:
        for art in articles:
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    return corpus_path, actors_path, articles


# ------------------------------------------------------------------------------------ measuring
def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (worker processes included)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn):
    """``fn()``, its wall-clock seconds and its CPU seconds."""
    t, cpu = time.perf_counter(), _cpu()
    value = fn()
    return value, time.perf_counter() - t, _cpu() - cpu


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float, float, subprocess.CompletedProcess]:
    """Run ``cmd``; return its seconds, its CPU seconds (with its workers'), the peak of its memory
    summed over the process and its workers, the peak of its largest single process (MiB, sampled
    every 0.1 s with psutil; 0 without it), and the finished process."""
    cpu = _cpu()
    try:
        import psutil
    except ImportError:  # pragma: no cover
        psutil = None
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0.0, 0.0]

    def sample() -> None:
        try:
            root = psutil.Process(proc.pid)
        except psutil.Error:
            return
        while proc.poll() is None:
            sizes = []
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        sizes.append(p.memory_info().rss / 2**20)
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            peak[0], peak[1] = max(peak[0], sum(sizes)), max([peak[1], *sizes])
            time.sleep(0.1)

    watcher = threading.Thread(target=sample, daemon=True) if psutil else None
    if watcher:
        watcher.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - t
    if watcher:
        watcher.join()
    return seconds, _cpu() - cpu, peak[0], peak[1], subprocess.CompletedProcess(cmd, proc.returncode, out, err)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update"]
CLICK = """(id) => new Promise(done => {
    const t = performance.now();
    document.getElementById(id).click();
    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t)));
})"""

REPORTS = """(value) => new Promise(done => {
    const t = performance.now(), box = document.getElementById('filter-reports');
    box.value = value;
    box.dispatchEvent(new Event('input'));
    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t)));
})"""


def page_figures(html: Path, screenshot: Path | None, loads: int = 3) -> None:
    """The page's size, its ready time (``loads`` fresh loads) and the time of each filter click."""
    from playwright.sync_api import sync_playwright

    url = html.resolve().as_uri()
    print(f"\n  page {html.name}: {html.stat().st_size / 1e6:.1f} MB; headless Chromium, viewport 1400x900")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for k in range(loads):
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            blocked: list[str] = []
            errors: list[str] = []
            context.route("**/*", lambda route: route.continue_() if route.request.url == url
                          else (blocked.append(route.request.url), route.abort()))
            page = context.new_page()
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url)
            page.wait_for_function("() => window.kgReady === true", timeout=120_000)
            ready = page.evaluate("window.kgReadyAt")
            painted = page.evaluate("() => new Promise(done => requestAnimationFrame(() => "
                                    "requestAnimationFrame(() => done(performance.now()))))")
            shown = page.inner_text("#shown") or page.inner_text("#stats")
            print(f"  load {k + 1}: ready (window.kgReadyAt) {ready / 1000:.2f} s, first frame after it painted by "
                  f"{painted / 1000:.2f} s; {shown}; blocked requests {len(blocked)}, page errors {len(errors)}")
            if k == 0 and screenshot:
                page.mouse.move(5, 5)
                page.wait_for_timeout(300)
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                screenshot.write_bytes(page.screenshot())
                print(f"  opening view saved to {screenshot}")
            if k == 1 and page.evaluate("!!document.getElementById('show-more')"):  # as the page opened
                ms = page.evaluate(CLICK, "show-more")
                print(f"  show more: {ms:.0f} ms ({page.inner_text('#view-status')}; {page.inner_text('#shown')})")
            if k == loads - 1:
                boxes = page.evaluate("Array.from(document.querySelectorAll('#sidebar input[type=checkbox]'))"
                                      ".map(b => b.id)")
                clicks = []
                for box in boxes:
                    for _ in range(2):  # off, then on again
                        clicks.append((box, page.evaluate(CLICK, box)))
                for box, ms in clicks:
                    print(f"    click {box:<32}{ms:8.0f} ms")
                print(f"  filter clicks: {len(clicks)}, slowest {max(ms for _, ms in clicks):.0f} ms, "
                      f"median {sorted(ms for _, ms in clicks)[len(clicks) // 2]:.0f} ms")
                if page.evaluate("!!document.getElementById('filter-reports')"):
                    ms = page.evaluate(REPORTS, "1")
                    print(f"  events with at least 1 report: {ms:.0f} ms ({page.inner_text('#shown')})")
            context.close()
        browser.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", "-n", type=int, default=4000, help="articles to generate (default 4000)")
    ap.add_argument("--actors", "-m", type=int, default=3000, help="invented actors in the dictionary (default 3000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--batch-size", type=int, default=32, help="spaCy batch size, for the baseline and kg (default 32)")
    ap.add_argument("--keep", type=Path, help="write the corpus and the builds here and keep them")
    ap.add_argument("--one-process", action="store_true", help="also run kg build --n-process 1 and compare files")
    ap.add_argument("--skip-library", action="store_true", help="skip the in-process library stages")
    ap.add_argument("--skip-cli", action="store_true", help="skip the kg build / kg html commands")
    ap.add_argument("--browser", action="store_true", help="time the built page in headless Chromium")
    ap.add_argument("--screenshot", type=Path, help="with --browser: save the page's opening view here (PNG)")
    ap.add_argument("--page", type=Path, help="only time this built graph.html in headless Chromium")
    args = ap.parse_args()
    os.environ.setdefault("CI", "1")  # no progress bars
    if args.page:
        page_figures(args.page, args.screenshot)
        return

    from kg.nlp import DEFAULT_MODEL, load_pipeline
    from kg.runner import usable_cores

    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    (corpus_path, actors_path, arts), t_gen, _ = timed(lambda: make_corpus(args.articles, args.actors, work, args.seed))
    texts = [a["text"] for a in arts]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(arts)} articles, {words:,} words, {args.actors} invented actors ({t_gen:.1f} s to generate) "
          f"in {work}")
    print(f"machine: {usable_cores()} usable cores, load average {os.getloadavg()[0]:.2f}; python "
          f"{sys.version.split()[0]}; model {DEFAULT_MODEL}; batch size {args.batch_size}")

    nlp = load_pipeline(DEFAULT_MODEL)
    list(nlp.pipe(texts[:50], batch_size=args.batch_size))  # warm up

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass

    _, t_bare, c_bare = timed(bare)

    def row(name: str, seconds: float, cpu: float, note: str = "") -> None:
        print(f"  {name:<40}{seconds:8.1f} s {seconds / t_bare:6.2f}x {cpu:8.1f} s {cpu / c_bare:6.2f}x  {note}",
              flush=True)

    print(f"\n  {'stage':<40}{'wall':>10} {'/ bare':>6} {'CPU':>10} {'/ bare':>6}")
    row("bare nlp.pipe, one process (baseline)", t_bare, c_bare, f"{words / t_bare:,.0f} words/s")
    if not args.skip_library:
        from kg.actors import load_dictionary
        from kg.graph import assemble, to_networkx
        from kg.html import render_html
        from kg.ingest import read_articles
        from kg.lexicon import load_lexicon
        from kg.rdf import to_turtle
        from kg.runner import results
        from kg.tables import actors_csv, issues_csv, positions_csv, relations_csv

        actors, lexicon = load_dictionary([actors_path]), load_lexicon()
        articles = list(read_articles([corpus_path]))
        res, t, c = timed(lambda: list(results(articles, actors, lexicon, model=DEFAULT_MODEL,
                                               batch_size=args.batch_size, n_process="auto")))
        row("parse and extract (n_process=auto)", t, c, f"{usable_cores()} processes")
        corpus, t, c = timed(lambda: assemble(res, actors))
        del res
        row("merge (assemble)", t, c, f"{len(corpus.actors)} actors, {len(corpus.relations)} relations, "
                                      f"{len(corpus.issues)} issues, {len(corpus.stances)} positions")
        graph, t, c = timed(lambda: to_networkx(corpus))
        row("networkx graph", t, c, f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        ttl, t, c = timed(lambda: to_turtle(corpus))
        row("Turtle", t, c, f"{len(ttl) / 1e6:.1f} MB")
        del ttl
        page, t, c = timed(lambda: render_html(graph))
        row("page (render_html)", t, c, f"{len(page) / 1e6:.1f} MB")
        del page
        _, t, c = timed(lambda: (actors_csv(corpus), relations_csv(corpus), issues_csv(corpus),
                                 positions_csv(corpus)))
        row("CSV tables", t, c)
        print(f"  peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")
        del corpus, graph

    if not args.skip_cli:
        env = {k: v for k, v in os.environ.items() if k != "KG_DEBUG"}
        env["KG_CACHE_DIR"] = str(work / "cache")
        kg = [sys.executable, "-m", "kg"]
        print()
        out = work / "out"
        t, c, tree, largest, proc = run_measured([*kg, "build", str(corpus_path), "--actors", str(actors_path),
                                                  "--out", str(out)], env)
        if proc.returncode:
            sys.exit(f"kg build failed: {proc.stderr.strip()[-400:]}")
        row("kg build (all defaults, cold cache)", t, c, f"peak {tree:,.0f} MiB (tree), {largest:,.0f} MiB (largest)")
        sizes = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in sorted(out.iterdir()))
        print(f"    {proc.stderr.strip().splitlines()[-1]}\n    {sizes}")
        t, c, tree, largest, proc = run_measured([*kg, "html", str(out), "--out", str(work / "again.html")], env)
        if proc.returncode:
            sys.exit(f"kg html failed: {proc.stderr.strip()[-400:]}")
        row("kg html from graph.ttl", t, c, f"peak {tree:,.0f} MiB (tree), {largest:,.0f} MiB (largest)")
        if args.one_process:
            one = work / "out1"
            t, c, tree, largest, proc = run_measured([*kg, "build", str(corpus_path), "--actors", str(actors_path),
                                                      "--out", str(one), "--n-process", "1", "--no-cache"], env)
            if proc.returncode:
                sys.exit(f"kg build --n-process 1 failed: {proc.stderr.strip()[-400:]}")
            same = all((one / p.name).read_bytes() == p.read_bytes() for p in out.iterdir())
            row("kg build --n-process 1 --no-cache", t, c, f"peak {tree:,.0f} MiB; files byte-identical to the "
                                                           f"default build: {'yes' if same else 'NO'}")
        if args.browser:
            page_figures(out / "graph.html", args.screenshot)
    _, t, c = timed(bare)  # again: the machine may be shared, and its load may have changed meanwhile
    row("bare nlp.pipe again, at the end", t, c, f"load average now {os.getloadavg()[0]:.2f}")
    print("\nratios: each stage's wall-clock time, and its CPU time (with its worker processes'), over those of\n"
          "one-process bare nlp.pipe on the same texts in this run; on a shared machine compare the two baselines")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
