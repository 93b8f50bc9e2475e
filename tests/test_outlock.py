"""One writer per output folder: a second build (or kg html) into a busy folder fails at once with
exit code 7, the folder ends holding one complete build, and a killed build never blocks the next."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from kg.errors import EXIT_BUSY
from kg.folderlock import folder_lock
from kg.pipeline import OUTPUT_FILES, write_outputs

DEV = ROOT / "tests" / "data" / "dev"
SEEDS = ROOT / "seeds"
BUSY = "another kg build or kg html is writing to this folder"


def kg(*args: object, cache: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "KG_DEBUG"} | {"KG_CACHE_DIR": str(cache)}
    return subprocess.Popen([sys.executable, "-m", "kg", *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run(*args: object, cache: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    proc = kg(*args, cache=cache)
    out, err = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def articles(out: Path) -> dict[str, set[str]]:
    """The articles each output file names: summary.json, relations.csv and graph.ttl."""
    summary = {a["id"] for a in json.loads((out / "summary.json").read_text(encoding="utf-8"))["articles"]}
    relations = {r["doc"] for r in csv.DictReader(io.StringIO((out / "relations.csv").read_text(encoding="utf-8")))}
    from rdflib import Graph, URIRef

    g = Graph().parse(out / "graph.ttl", format="turtle")
    graph = {str(o) for o in g.objects(None, URIRef("https://schema.org/identifier"))}
    return {"summary.json": summary, "relations.csv": relations, "graph.ttl": graph}


def stems(folder: Path) -> set[str]:
    return {p.name.split(".")[0] for p in folder.iterdir() if p.suffix in (".txt", ".md")}


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("kg-cache")


def test_a_held_folder_is_refused_at_once(tmp_path, cache):
    """While this process holds the folder, kg build and kg html fail with exit 7 and one line,
    touching nothing; once it lets go, they work."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text('<urn:a> <urn:b> "c" .\n', encoding="utf-8")
    before = snapshot(out)
    with folder_lock(out):
        for args in (("build", SEEDS, "--out", out), ("html", out)):
            started = time.monotonic()
            proc = run(*args, cache=cache)
            assert proc.returncode == EXIT_BUSY, proc.stderr
            assert proc.stderr == f"kg: error: {out}: {BUSY}; wait for it to finish or choose another output folder\n"
            assert time.monotonic() - started < 30  # at once: no article is read
            assert snapshot(out) == before
    proc = run("html", out, cache=cache)
    assert proc.returncode == 0, proc.stderr


def test_the_lock_is_re_entrant_and_leaves_nothing(tmp_path):
    out = tmp_path / "a" / "b"
    with folder_lock(out):
        assert write_outputs({"x.txt": "x\n"}, out) == [out / "x.txt"]  # the build's own write goes through
    assert snapshot(out) == {"x.txt": b"x\n"}  # no lock file is left in the folder
    with folder_lock(tmp_path / "c" / "d"):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]  # folders made for nothing are removed


def test_a_writer_killed_outright_leaves_nothing_behind_the_next_one(tmp_path):
    """Temporary files and spare backups that a SIGKILL left are removed by the next writer."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("old a\n", encoding="utf-8")
    (out / ".a.txt.k2x9_q1z.tmp").write_text("half", encoding="utf-8")  # a temporary file
    os.link(out / "a.txt", out / ".a.txt.0badc0de.bak")  # a backup that is just a second name
    (out / "b.txt").write_text("old b\n", encoding="utf-8")
    (out / ".b.txt.12345678.bak").write_text("the only copy of something\n", encoding="utf-8")
    (out / ".notes.txt.abcdefgh.tmp").write_text("not ours\n", encoding="utf-8")
    write_outputs({"a.txt": "new a\n", "b.txt": "new b\n"}, out)
    assert sorted(p.name for p in out.iterdir()) == [".b.txt.12345678.bak", ".notes.txt.abcdefgh.tmp",
                                                      "a.txt", "b.txt"]


@pytest.mark.slow
def test_two_builds_started_together_into_one_folder(tmp_path, cache):
    """The scenario of the issue: dev and seeds built into one --out at the same moment. One fails
    at once with exit 7 and says why; the folder holds exactly the other's complete build."""
    out = tmp_path / "out"
    jobs = {"dev": kg("build", DEV, "--out", out, "--no-cache", cache=cache),
            "seeds": kg("build", SEEDS, "--out", out, "--no-cache", cache=cache)}
    done = {name: job.communicate(timeout=600) for name, job in jobs.items()}
    codes = {name: job.returncode for name, job in jobs.items()}
    print(f"two builds into one folder: exit codes {codes}")
    assert sorted(codes.values()) == [0, EXIT_BUSY], done
    winner = next(name for name, code in codes.items() if code == 0)
    loser = next(name for name, code in codes.items() if code == EXIT_BUSY)
    assert done[loser][1] == f"kg: error: {out}: {BUSY}; wait for it to finish or choose another output folder\n"
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
    expected = stems(DEV if winner == "dev" else SEEDS)
    found = articles(out)
    assert found["summary.json"] == expected
    assert found["relations.csv"] <= expected and found["relations.csv"]
    assert found["graph.ttl"] == expected


@pytest.mark.slow
def test_sigkill_leaves_old_or_new_outputs_and_never_blocks_the_next_build(tmp_path, cache):
    """A build of dev over a build of seeds, killed with SIGKILL at several moments: the folder holds
    the old outputs or the complete new ones, nothing else, and the next build is not blocked."""
    old_out, new_out = tmp_path / "old", tmp_path / "new"
    assert run("build", SEEDS, "--out", old_out, cache=cache).returncode == 0
    assert run("build", DEV, "--out", new_out, cache=cache).returncode == 0  # the same bytes a good build writes
    old, new = snapshot(old_out), snapshot(new_out)
    out = tmp_path / "out"
    outcomes = []
    for delay in (0.2, 1.0, 2.0, 3.0, 4.5, 6.0):
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(old_out, out)
        job = kg("build", DEV, "--out", out, "--no-cache", cache=cache)
        time.sleep(delay)
        job.send_signal(signal.SIGKILL)
        job.communicate(timeout=60)
        now = snapshot(out)
        outcomes.append((delay, "old" if now == old else "new" if now == new else "MIXED"))
        assert now in (old, new), f"killed after {delay} s: {sorted(now)}"
        with folder_lock(out):  # the killed build's lock is gone: this would raise if not
            pass
    print(f"SIGKILL outcomes: {outcomes}")
    proc = run("build", DEV, "--out", out, cache=cache)  # and a real build goes through
    assert proc.returncode == 0, proc.stderr
    assert snapshot(out) == new
