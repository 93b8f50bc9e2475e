"""Incremental builds (the result cache), builds in several processes and builds on a Dask cluster
give the same outputs."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from conftest import DATA, ROOT
from kg.actors import load_dictionary
from kg.cache import ResultCache, package_files, package_fingerprint, pipeline_version
from kg.codec import from_data, to_data
from kg.extract import DocResult
from kg.graph import assemble
from kg.ingest import read_articles
from kg.lexicon import load_lexicon
from kg.nlp import DEFAULT_MODEL, load_pipeline
from kg.pipeline import build_corpus, render_outputs
from kg.errors import EXIT_USAGE
from kg.runner import results

pytestmark = pytest.mark.slow
PATHS = [ROOT / "seeds", DATA / "dev"]


@pytest.fixture(scope="module")
def local_outputs(seed_dev_build) -> dict[str, str]:
    """The files of the session's seed + dev build, by name."""
    return {name: data.decode("utf-8") for name, data in seed_dev_build.files().items()}


def test_rebuild_parses_only_the_changed_article(tmp_path, local_outputs):
    actors, lexicon = load_dictionary(), load_lexicon()
    version = pipeline_version(DEFAULT_MODEL, load_pipeline().meta, actors, lexicon)
    arts = list(read_articles(PATHS))
    cache = ResultCache(tmp_path, version)
    first = assemble(results(arts, actors, lexicon, model=DEFAULT_MODEL, cache=cache), actors)
    assert (cache.hits, cache.misses) == (0, len(arts))
    assert render_outputs(first) == local_outputs  # a cold cache changes nothing
    entries = sorted(tmp_path.rglob("*.json"))
    assert len(entries) == len(arts) and not list(tmp_path.rglob("*.pickle"))
    changed = [replace(a, text=a.text + "\n\nQatar later hosted Hamas.") if a.id == "d03-iran-oman" else a for a in arts]
    cache = ResultCache(tmp_path, version)
    again = assemble(results(changed, actors, lexicon, model=DEFAULT_MODEL, cache=cache), actors)
    assert (cache.hits, cache.misses) == (len(arts) - 1, 1)
    assert any(r.doc == "d03-iran-oman" and r.source == "QAT" for r in again.relations)
    cache = ResultCache(tmp_path, version)
    assert render_outputs(assemble(results(arts, actors, lexicon, model=DEFAULT_MODEL, cache=cache), actors)) == \
        local_outputs  # read back from the cache: the same files
    assert cache.misses == 0


def test_cache_entries_are_data_and_round_trip_every_field(nlp, dictionary):
    """An entry is JSON that reads back into the very result, nested records, dates and tuples included."""
    lexicon = load_lexicon()
    from kg.extract import extract
    from kg.nlp import clean_text

    seen = set()
    for art in read_articles(PATHS):
        res = extract(art, nlp(clean_text(art.text)), dictionary, lexicon)
        data = json.loads(json.dumps(to_data(res)))
        assert from_data(DocResult, data) == res, art.id
        seen |= {type(x).__name__ for group in (res.relations, res.positions, res.issues, res.mentions, res.actors)
                 for x in group}
    assert {"Relation", "Position", "IssueMention", "Mention", "Actor"} <= seen


def test_unreadable_or_foreign_entries_are_misses(tmp_path, seed_build):
    arts = list(read_articles([ROOT / "seeds"]))
    actors, lexicon = load_dictionary(), load_lexicon()
    cache = ResultCache(tmp_path, "v1")
    list(results(arts, actors, lexicon, model=DEFAULT_MODEL, cache=cache))
    (entry,) = tmp_path.rglob("*.json")
    for text in ("not json", '{"article": 1}', json.dumps({"__reduce__": ["os.system", ["true"]]})):
        entry.write_text(text, encoding="utf-8")
        other = ResultCache(tmp_path, "v1")
        assert other.get(arts[0]) is None and other.misses == 1


def test_a_new_pipeline_version_misses(tmp_path):
    arts = list(read_articles([ROOT / "seeds"]))
    actors, lexicon = load_dictionary(), load_lexicon()
    meta = load_pipeline().meta
    list(results(arts, actors, lexicon, model=DEFAULT_MODEL, cache=ResultCache(tmp_path, "v1")))
    other = ResultCache(tmp_path, "v2")
    list(results(arts, actors, lexicon, model=DEFAULT_MODEL, cache=other))
    assert other.hits == 0 and other.misses == len(arts)
    user = tmp_path / "u.csv"
    user.write_text("label,kind\nNile Front,group\n", encoding="utf-8")
    assert pipeline_version(DEFAULT_MODEL, meta, load_dictionary([user]), lexicon) != pipeline_version(
        DEFAULT_MODEL, meta, actors, lexicon)


def test_the_version_covers_every_module_and_data_file():
    kg_dir = ROOT / "kg"
    on_disk = sorted(p.relative_to(kg_dir).as_posix() for p in kg_dir.rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts and (p.suffix == ".py" or p.parts[len(kg_dir.parts)] == "data"))
    assert package_files() == on_disk
    assert {"extract/rules.py", "extract/dates.py", "cache.py", "data/cues.tsv", "data/html/page.html"} <= set(on_disk)


def test_a_new_file_changes_the_version(tmp_path):
    """A module added under kg/extract/, or a data file, starts a fresh cache without anyone listing it."""
    import shutil

    pkg = tmp_path / "kg"
    shutil.copytree(ROOT / "kg", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    before = package_fingerprint(pkg)
    assert before == package_fingerprint()  # the copy is the package
    (pkg / "extract" / "new_rule.py").write_text("RULE = 1\n", encoding="utf-8")
    assert package_fingerprint(pkg) != before
    (pkg / "extract" / "new_rule.py").unlink()
    (pkg / "extract" / "notes.txt").write_text("not code\n", encoding="utf-8")
    assert package_fingerprint(pkg) == before  # only modules and data count
    (pkg / "data" / "queries" / "extra.rq").write_text("SELECT * {}\n", encoding="utf-8")
    assert package_fingerprint(pkg) != before


def test_cli_cache_and_no_cache_and_processes_give_identical_files(tmp_path):
    outs = []
    one = ["--no-cache", "--n-process", "1", "--batch-size", "2"]
    cached = ["--cache-dir", str(tmp_path / "c")]
    for n, (flags, env) in enumerate(((cached, {}), (cached, {}), (one, {"KG_ONE_PROCESS": "1"}),
                                      (one, {"KG_ONE_PROCESS": "0"}),  # parsed here, extracted in a helper
                                      (["--no-cache", "--n-process", "2", "--batch-size", "2"], {}))):
        out = tmp_path / f"o{n}"
        subprocess.run([sys.executable, "-m", "kg", "build", *map(str, PATHS), "--out", str(out), *flags],
                       check=True, capture_output=True, cwd=ROOT, env={**os.environ, **env})
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outs[0] == outs[1] == outs[2] == outs[3] == outs[4]
    assert any((tmp_path / "c").rglob("*.json"))


def test_processes_and_the_order_of_results_do_not_change_the_outputs(tmp_path, local_outputs):
    one = build_corpus(PATHS, cache=False, n_process=1, batch_size=2)
    assert render_outputs(one) == local_outputs
    two = build_corpus(PATHS, cache=tmp_path, n_process=2, batch_size=2)  # five tasks on two worker processes
    assert render_outputs(two) == local_outputs
    handed = build_corpus(PATHS, cache=tmp_path / "h", n_process=1, batch_size=2)  # parsed here, extracted in a helper
    assert render_outputs(handed) == local_outputs
    assert len(list((tmp_path / "h").rglob("*.json"))) == len(list(read_articles(PATHS)))  # the helper stored them
    actors, lexicon = load_dictionary(), load_lexicon()
    cache = ResultCache(tmp_path, pipeline_version(DEFAULT_MODEL, load_pipeline().meta, actors, lexicon))
    arts = list(read_articles(PATHS))
    again = list(results(arts, actors, lexicon, model=DEFAULT_MODEL, n_process=2, batch_size=2, cache=cache))
    assert (cache.hits, cache.misses) == (len(arts), 0)  # the workers stored what they parsed
    assert render_outputs(assemble(reversed(again), actors)) == local_outputs  # merging ignores the order


def test_turtle_written_beside_the_page_is_the_same(monkeypatch, local_outputs):
    import kg.pipeline
    import kg.runner

    corpus = build_corpus(PATHS, cache=False)
    monkeypatch.setattr(kg.runner, "usable_cores", lambda: 1)  # everything in this process
    assert render_outputs(corpus) == local_outputs
    monkeypatch.setattr(kg.runner, "usable_cores", lambda: 2)

    def broken(corpus):
        raise RuntimeError("turtle writer failed")

    monkeypatch.setattr(kg.pipeline, "to_turtle", broken)
    with pytest.raises(RuntimeError, match="turtle writer failed"):
        render_outputs(corpus)


def test_cli_bad_n_process_is_a_usage_error(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--out", str(tmp_path / "o"),
                           "--n-process", "none"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == EXIT_USAGE and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == "kg: error: --n-process 'none': expected 'auto' or a whole number of at least 1"
    assert not (tmp_path / "o").exists()


@pytest.mark.dask
def test_dask_two_workers_match_the_local_build(local_outputs):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        corpus = build_corpus(PATHS, cache=False, dask=cluster.scheduler_address)
    assert render_outputs(corpus) == local_outputs


@pytest.mark.dask
def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--out", str(tmp_path),
                           "--no-cache", "--dask", "tcp://127.0.0.1:9"], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 4 and "Dask scheduler" in proc.stderr and "Traceback" not in proc.stderr


def test_one_node_per_actor_over_many_articles(local_outputs):
    """No name or alias belongs to two actors once the seed and the dev articles are merged."""
    import csv
    import io

    owners: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(local_outputs["actors.csv"])):
        for name in [row["label"], *filter(None, row["aliases"].split("|"))]:
            owners.setdefault(name.casefold().removeprefix("the "), set()).add(row["id"])
    assert {n: ids for n, ids in owners.items() if len(ids) > 1} == {}
