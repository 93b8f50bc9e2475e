"""Process plumbing without the model: how many workers, and work done in a forked process."""
from __future__ import annotations

import os
import sys
import time

import pytest

import kg.runner
from kg.errors import EXIT_SETUP, EXIT_USAGE, KgError
from kg.runner import Background, usable_cores, worker_count

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="work is forked on Linux only")


def test_n_process_auto_is_the_usable_cores():
    assert worker_count("auto") == worker_count("AUTO") == usable_cores() >= 1
    if hasattr(os, "sched_getaffinity"):
        assert usable_cores() == len(os.sched_getaffinity(0))
    assert worker_count(3) == worker_count("3") == 3
    for bad in (0, -1, "0", "-2", "many", "", 1.5, True, None):
        with pytest.raises(KgError) as err:
            worker_count(bad)
        assert err.value.code == EXIT_USAGE and "--n-process" in str(err.value)


def _pid_and(value):
    return os.getpid(), value


def _raise(message):
    raise KgError(message, EXIT_SETUP)


def _die_unless_home(home):
    if os.getpid() != home:
        os._exit(3)  # the forked process is lost without a word
    return "done here"


@linux
def test_background_runs_in_another_process(monkeypatch):
    monkeypatch.setattr(kg.runner, "usable_cores", lambda: 2)
    job = Background(_pid_and, "x" * 1_000_000)
    pid, value = job.result()
    assert pid != os.getpid() and value == "x" * 1_000_000
    with pytest.raises(KgError) as err:  # an error there is raised here, with its exit code
        Background(_raise, "bad dictionary").result()
    assert str(err.value) == "bad dictionary" and err.value.code == EXIT_SETUP
    assert Background(_die_unless_home, os.getpid()).result() == "done here"  # lost: done here instead


@linux
def test_background_close_stops_the_process(monkeypatch):
    monkeypatch.setattr(kg.runner, "usable_cores", lambda: 2)
    job = Background(time.sleep, 60)
    proc = job.proc
    start = time.monotonic()
    job.close()
    assert not proc.is_alive() and time.monotonic() - start < 10
    with pytest.raises(RuntimeError):
        job.result()


def test_one_core_computes_here(monkeypatch):
    monkeypatch.setattr(kg.runner, "usable_cores", lambda: 1)
    job = Background(_pid_and, 7)
    assert job.proc is None and job.result() == (os.getpid(), 7)


def _fake_parse_extract(batch, actors, lexicon, model, batch_size, cache=None):
    if "die" in batch:
        os._exit(9)
    if "fail" in batch:
        raise KgError(f"cannot read {batch[0]}", EXIT_SETUP)
    return [(os.getpid(), item) for item in batch]


@linux
def test_workers_keep_input_order_and_stop_cleanly(monkeypatch):
    monkeypatch.setattr(kg.runner, "_parse_extract", _fake_parse_extract)
    monkeypatch.setattr(kg.runner, "load_pipeline", lambda model: None)
    out = list(kg.runner.local_results(range(100), None, None, "model", batch_size=3, n_process=2))
    assert [item for _, item in out] == list(range(100))
    assert len({pid for pid, _ in out} - {os.getpid()}) == 2  # two worker processes did the work
    with pytest.raises(KgError) as err:  # an error in a worker is raised here, with its exit code
        list(kg.runner.local_results(["a", "b", "fail", "c"] * 5, None, None, "model", batch_size=3, n_process=2))
    assert err.value.code == EXIT_SETUP and "cannot read" in str(err.value)
    with pytest.raises(KgError) as err:  # a worker that dies is a clear error, not a hang
        list(kg.runner.local_results(["a", "b", "die", "c"] * 5, None, None, "model", batch_size=3, n_process=2))
    assert "worker process stopped" in str(err.value)
    results = kg.runner.local_results(range(100), None, None, "model", batch_size=3, n_process=2)
    next(results)
    results.close()  # the consumer stops early: the workers are stopped too
    import multiprocessing

    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


_KILLED_PARENT = """
import os, signal, sys, time
import kg.runner

kg.runner.usable_cores = lambda: 2
kg.runner.load_pipeline = lambda model: None


def parse_slowly(batch, actors, lexicon, model, batch_size, cache=None):
    time.sleep(0.5)
    return [(os.getpid(), "x" * 100_000) for _ in batch]


kg.runner._parse_extract = parse_slowly
if sys.argv[1] == "background":  # a result larger than a pipe holds, sent once the parent is gone
    job = kg.runner.Background(lambda: (time.sleep(1), "x" * 10_000_000))
elif sys.argv[1] == "helper":  # one process parses, its helper extracts a batch slowly
    import kg.handoff

    kg.handoff.usable_cores = lambda: 2
    kg.handoff.load_pipeline = lambda model: None
    class Doc:
        def to_bytes(self, exclude=()):
            return b"doc"

    kg.handoff.parse = lambda batch, model, batch_size: [(item, Doc()) for item in batch]
    kg.handoff._extract_all = lambda items, *rest: parse_slowly(items, None, None, None, None)
    results = kg.runner.local_results(range(40), None, None, "model", batch_size=2, n_process=1)
    next(results)
else:  # workers, one busy with a batch and one waiting for the next
    results = kg.runner.local_results(range(40), None, None, "model", batch_size=2, n_process=2)
    next(results)
print("forked", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@linux
@pytest.mark.parametrize("what", ["background", "workers", "helper"])
def test_forked_processes_end_when_the_parent_is_killed(what):
    """They share this script's stdout: it closes only once every one of them has ended."""
    import subprocess

    proc = subprocess.Popen([sys.executable, "-c", _KILLED_PARENT, what], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == -9 and out == "forked\n"
    assert "Traceback" not in err  # the orphans end quietly


def test_a_batch_is_read_with_few_collections_and_the_threshold_is_restored():
    import gc

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with kg.runner._few_collections():
            assert gc.get_threshold() == (kg.runner.YOUNG_OBJECTS, 10, 10)
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(0, 10, 10)  # no automatic collection stays none
        with kg.runner._few_collections():
            assert gc.get_threshold()[0] == 0
        gc.set_threshold(700, 10, 10)
        with pytest.raises(RuntimeError), kg.runner._few_collections():
            raise RuntimeError("a bad article")
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


class _FakeDoc:
    def __init__(self, item):
        self.item = item

    def to_bytes(self, exclude=()):
        return str(self.item).encode()


def _fake_parse(batch, model, batch_size):
    return [(item, _FakeDoc(item)) for item in batch]


def _fake_extract_all(items, actors, lexicon, model, cache):
    if any(data == b"die" for _, data in items):
        os._exit(9)
    if any(data == b"fail" for _, data in items):
        raise KgError("cannot read fail", EXIT_SETUP)
    return [(os.getpid(), article, data) for article, data in items]


@pytest.fixture
def handoff(monkeypatch):
    """kg.handoff with a parse and an extraction that need no model."""
    import kg.handoff

    monkeypatch.delenv("KG_ONE_PROCESS", raising=False)
    monkeypatch.setattr(kg.handoff, "usable_cores", lambda: 2)
    monkeypatch.setattr(kg.handoff, "load_pipeline", lambda model: None)
    monkeypatch.setattr(kg.handoff, "parse", _fake_parse)
    monkeypatch.setattr(kg.handoff, "_extract_all", _fake_extract_all)
    monkeypatch.setattr(kg.runner, "_parse_extract", _fake_parse_extract)
    return kg.handoff


@linux
def test_one_process_hands_extraction_to_a_helper_in_order(handoff):
    out = list(kg.runner.local_results(range(100), None, None, "model", batch_size=3, n_process=1))
    assert [(item, data) for _, item, data in out] == [(i, str(i).encode()) for i in range(100)]
    assert len({pid for pid, _, _ in out}) == 1 and out[0][0] != os.getpid()  # one helper extracted every doc
    with pytest.raises(KgError) as err:  # an error in the helper is raised here, with its exit code
        list(kg.runner.local_results(["a", "b", "fail", "c"] * 5, None, None, "model", batch_size=3, n_process=1))
    assert err.value.code == EXIT_SETUP and str(err.value) == "cannot read fail"
    with pytest.raises(KgError) as err:  # a helper that dies is a clear error, not a hang
        list(kg.runner.local_results(["a", "b", "die", "c"] * 5, None, None, "model", batch_size=3, n_process=1))
    assert "KG_ONE_PROCESS=1" in str(err.value)
    results = kg.runner.local_results(range(100), None, None, "model", batch_size=3, n_process=1)
    next(results)
    results.close()  # the consumer stops early: the helper is stopped too
    import multiprocessing

    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


@pytest.mark.parametrize("why", ["one batch", "one core", "asked"])
def test_one_process_stays_one_process(handoff, monkeypatch, why):
    n = 3 if why == "one batch" else 100
    if why == "one core":
        monkeypatch.setattr(handoff, "usable_cores", lambda: 1)
    if why == "asked":
        monkeypatch.setenv("KG_ONE_PROCESS", "1")
    out = list(kg.runner.local_results(range(n), None, None, "model", batch_size=3, n_process=1))
    assert out == [(os.getpid(), item) for item in range(n)]  # kg.runner's own parse and extract, here


def test_a_containers_cpu_quota_bounds_the_usable_cores(tmp_path):
    from kg.runner import _cgroup_cpus

    quota = tmp_path / "cpu.max"
    for text, cores in [("max 100000\n", None), ("150000 100000\n", 1), ("50000 100000\n", 1),
                        ("400000 100000\n", 4), ("junk\n", None)]:
        quota.write_text(text)
        assert _cgroup_cpus(str(quota)) == cores, text
    assert _cgroup_cpus(str(tmp_path / "absent")) is None


@linux
def test_docs_sent_as_bytes_to_the_helper_give_the_results_of_one_process(monkeypatch):
    import kg.handoff
    from kg.actors import load_dictionary
    from kg.lexicon import load_lexicon
    from kg.model import Article
    from kg.nlp import DEFAULT_MODEL

    texts = ["Egypt and Qatar urged Hamas to accept the truce plan.", "Israel rejected the proposal on Monday.",
             "Blinken met Netanyahu in Jerusalem, pressing him to agree.", "Hamas accused Israel of stalling."]
    articles = [Article(f"a{i}", text) for i, text in enumerate(texts)]
    actors, lexicon = load_dictionary(), load_lexicon()
    monkeypatch.setattr(kg.handoff, "usable_cores", lambda: 2)
    monkeypatch.delenv("KG_ONE_PROCESS", raising=False)
    handed = list(kg.runner.local_results(articles, actors, lexicon, DEFAULT_MODEL, batch_size=1, n_process=1))
    monkeypatch.setenv("KG_ONE_PROCESS", "1")
    here = list(kg.runner.local_results(articles, actors, lexicon, DEFAULT_MODEL, batch_size=1, n_process=1))
    assert handed == here and any(r.relations for r in here)
