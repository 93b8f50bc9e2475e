"""Bad input and faults: one clear line, a documented exit code, and earlier outputs never lost.

Each fault is run as ``kg build`` into a folder that already holds a good build; the folder must
be byte-identical afterwards (and hold no temporary file) whenever the build fails. Per-document
problems are skipped with a warning by default (the good documents are built, so the outputs do
change) and fail the build under ``--strict``.

Most faults run the command in this process (typer's test runner: the model is loaded once);
each exit code is also checked once in a real ``python -m kg`` process (0, 1, 2, 3, 4, 5, 130).
The tests that feed kg very large input are marked ``large``.
"""
from __future__ import annotations

import csv
import errno
import importlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kg.pipeline import check_writable, write_outputs
from kg.cli import app
from kg.errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_OUTPUT, EXIT_SETUP, EXIT_USAGE, KgError

from conftest import ROOT

kbuild = importlib.import_module("kg.pipeline")

GOOD = "Egypt urged Hamas to accept the truce plan.\n"
OTHER = "Qatar urged Israel to accept the hostage deal.\n"


# -- helpers -------------------------------------------------------------------------------------
def kg_process(*args: object, cache: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    """``python -m kg build ARGS`` in a process of its own."""
    env = {k: v for k, v in os.environ.items() if k != "KG_DEBUG"} | {"KG_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-m", "kg", "build", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=timeout)


def kg_build(*args: object, cache: Path) -> Any:
    """``kg build ARGS`` in this process; the result has ``exit_code``, ``stdout`` and ``stderr``."""
    return CliRunner().invoke(app, ["build", *map(str, args)], env={"KG_CACHE_DIR": str(cache), "KG_DEBUG": None})


def exit_code(proc: Any) -> int:
    return getattr(proc, "returncode", getattr(proc, "exit_code", None))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (hidden ones too, so a left-over temporary file shows)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def one_error(proc: subprocess.CompletedProcess | object, code: int, *needles: str) -> str:
    """Assert the exit code and exactly one ``kg: error:`` line holding every needle; no traceback."""
    stderr = proc.stderr
    assert exit_code(proc) == code, stderr
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 1, stderr
    for needle in needles:
        assert needle in errors[0], errors[0]
    return errors[0]


def warnings(proc) -> list[str]:
    return [line for line in proc.stderr.splitlines() if line.startswith("kg: warning:")]


def built_docs(out: Path) -> list[str]:
    return [a["id"] for a in json.loads((out / "summary.json").read_text(encoding="utf-8"))["articles"]]


def relation_docs(out: Path) -> set[str]:
    return {r["doc"] for r in csv.DictReader(io.StringIO((out / "relations.csv").read_text(encoding="utf-8")))}


@pytest.fixture(scope="module")
def good_build(tmp_path_factory, cache_dir) -> Path:
    """A good build, made once; each test copies it into its own output folder."""
    src = tmp_path_factory.mktemp("good")
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    out = src / "out"
    proc = kg_process(src / "good.txt", "--out", out, cache=cache_dir)  # exit 0 in a process of its own
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines()[-1].startswith("kg: 1 articles, ")
    return out


@pytest.fixture
def prior(tmp_path, good_build) -> tuple[Path, dict[str, bytes]]:
    """An output folder holding a good build, and its bytes."""
    out = tmp_path / "out"
    shutil.copytree(good_build, out)
    return out, snapshot(out)


@pytest.fixture
def good_file(tmp_path) -> Path:
    path = tmp_path / "in" / "good.txt"
    path.parent.mkdir()
    path.write_text(GOOD, encoding="utf-8")
    return path


def check_skip_and_strict(bad: Path, good_file: Path, prior, cache: Path, message: str, where: str | None = None,
                          bad_id: str | None = None) -> None:
    """Default: exit 0, a warning naming the file, the good document built and the bad one absent.
    ``--strict``: exit 3 and one error line naming the file; the earlier outputs untouched."""
    out, before = prior
    where = where or str(bad)
    proc = kg_build(good_file, bad, "--out", out, "--strict", cache=cache)
    one_error(proc, EXIT_INPUT, where, message)
    assert snapshot(out) == before

    proc = kg_build(good_file, bad, "--out", out, cache=cache)
    assert exit_code(proc) == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert any(where in w and message in w for w in warnings(proc)), proc.stderr
    assert "skipped 1 bad document(s)" in proc.stderr.splitlines()[-1]
    assert built_docs(out) == ["good"]
    assert relation_docs(out) == {"good"}
    if bad_id:
        assert bad_id not in built_docs(out)


slow = pytest.mark.slow  # these run builds that parse with the spaCy model


# -- input faults ----------------------------------------------------------------------------------
@slow
def test_missing_path(tmp_path, good_file, prior, cache_dir):
    out, before = prior
    for extra in ((), ("--strict",)):
        proc = kg_build(good_file, tmp_path / "nope.txt", "--out", out, *extra, cache=cache_dir)
        one_error(proc, EXIT_INPUT, str(tmp_path / "nope.txt"), "no such file or folder")
        assert snapshot(out) == before
    proc = kg_process(good_file, tmp_path / "nope.txt", "--out", out, cache=cache_dir)  # exit 3 in a process
    one_error(proc, EXIT_INPUT, str(tmp_path / "nope.txt"), "no such file or folder")
    assert proc.stderr.strip().count("\n") == 0
    assert snapshot(out) == before


@slow
def test_usage_errors(tmp_path, good_file, prior, cache_dir):
    out, before = prior
    proc = kg_process(good_file, "--out", out, "--top", "0", cache=cache_dir)  # exit 2 in a process
    one_error(proc, EXIT_USAGE, "--top take a whole number of at least 1")
    for args, words in ((("--published", "May 1"), "--published 'May 1': expected YYYY-MM-DD"),
                        (("--batch-size", "0"), "whole number")):
        one_error(kg_build(good_file, "--out", out, *args, cache=cache_dir), EXIT_USAGE, words)
    assert snapshot(out) == before


@slow
@pytest.mark.parametrize("content, message", [(b"", "empty file"), (b"  \n\t\r\n \n", "empty file (only white space)")])
def test_empty_or_blank_file(tmp_path, good_file, prior, cache_dir, content, message):
    bad = tmp_path / "in" / "blank.txt"
    bad.write_bytes(content)
    check_skip_and_strict(bad, good_file, prior, cache_dir, message, bad_id="blank")


@pytest.mark.parametrize("name, content, kind", [
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF file, not text"),
    ("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", "PNG file, not text"),
    ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip file, not text"),
    ("corpus.jsonl", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip file, not JSON Lines"),
    ("blob.txt", b"abc\x00\x01\x02\x03def", "binary file, not text"),
])
@slow
def test_binary_file(tmp_path, good_file, prior, cache_dir, name, content, kind):
    bad = tmp_path / "in" / name
    bad.write_bytes(content)
    check_skip_and_strict(bad, good_file, prior, cache_dir, kind)


@slow
def test_cp1252_text_is_read_with_a_warning(tmp_path, prior, cache_dir):
    out, _ = prior
    bad = tmp_path / "in" / "cp.txt"
    bad.parent.mkdir()
    raw = "Egypt urged Hamas to accept the truce plan in Montréal, the minister’s office said.\n".encode("cp1252")
    bad.write_bytes(raw)
    for extra in ((), ("--strict",)):  # a note, not a problem: --strict builds it too
        proc = kg_build(bad, "--out", out, *extra, cache=cache_dir)
        assert exit_code(proc) == 0, proc.stderr
        at = raw.index(b"\xe9")
        assert warnings(proc) == [f"kg: warning: {bad}: not UTF-8 (byte 0xe9 at offset {at}); read as cp1252"]
        assert "skipped" not in proc.stderr
        rows = list(csv.DictReader(io.StringIO((out / "relations.csv").read_text(encoding="utf-8"))))
        assert rows and rows[0]["doc"] == "cp"
        assert "Montréal, the minister’s office said." in rows[0]["sentence"]
        assert (rows[0]["source_id"], rows[0]["plover"], rows[0]["target_id"]) == ("EGY", "REQUEST", "HAMAS")


@slow
def test_utf8_bom_is_dropped_silently(tmp_path, prior, cache_dir):
    out, _ = prior
    path = tmp_path / "in" / "bom.txt"
    path.parent.mkdir()
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    proc = kg_build(path, "--out", out, "--strict", cache=cache_dir)
    assert exit_code(proc) == 0 and not warnings(proc), proc.stderr
    for f in out.iterdir():
        assert "\ufeff".encode("utf-8") not in f.read_bytes(), f.name
    rows = list(csv.DictReader(io.StringIO((out / "relations.csv").read_text(encoding="utf-8"))))
    assert rows and all(GOOD[int(r["start"]):int(r["end"])] == r["cue"] for r in rows)
    assert rows[0]["start"] == "6"  # counted without the BOM


@slow
def test_windows_line_endings_offsets_index_the_normalised_text(tmp_path, prior, cache_dir):
    """Offsets refer to the text after CRLF and CR are normalised to LF (documented in the README)."""
    out, _ = prior
    raw = "DOHA, May 2, 2024\r\n\r\nQatar met Egypt on Thursday.\r\nEgypt urged Hamas to accept the truce plan.\r\n"
    path = tmp_path / "in" / "crlf.txt"
    path.parent.mkdir()
    path.write_bytes(raw.encode("utf-8"))
    proc = kg_build(path, "--out", out, "--strict", cache=cache_dir)
    assert exit_code(proc) == 0 and not warnings(proc), proc.stderr
    text = raw.replace("\r\n", "\n")
    rows = list(csv.DictReader(io.StringIO((out / "relations.csv").read_text(encoding="utf-8"))))
    assert len(rows) >= 2
    for r in rows:
        assert text[int(r["start"]):int(r["end"])] == r["cue"]
        assert r["sentence"] in text and "\r" not in r["sentence"]
    assert json.loads((out / "summary.json").read_text())["articles"] == [{"id": "crlf", "published": "2024-05-02"}]
    for f in out.iterdir():
        assert b"\r" not in f.read_bytes(), f.name


@slow
def test_malformed_jsonl_line(tmp_path, good_file, prior, cache_dir):
    bad = tmp_path / "in" / "c.jsonl"
    bad.write_text(json.dumps({"id": "j1", "text": OTHER}) + "\n{\"id\": \"j2\", \"text\": \"trunc\n", encoding="utf-8")
    out, before = prior
    proc = kg_build(good_file, bad, "--out", out, "--strict", cache=cache_dir)
    one_error(proc, EXIT_INPUT, f"{bad}:2:", "malformed JSON")
    assert snapshot(out) == before
    proc = kg_build(good_file, bad, "--out", out, cache=cache_dir)
    assert exit_code(proc) == 0, proc.stderr
    assert [w for w in warnings(proc) if f"{bad}:2: malformed JSON" in w], proc.stderr
    assert built_docs(out) == ["good", "j1"]  # the good record of the same file is built
    assert relation_docs(out) == {"good", "j1"}


@pytest.mark.parametrize("record, message", [
    ({"id": "j2"}, "record has no text"),
    ({"id": "j2", "text": None}, "record has no text"),
    ({"id": "j2", "text": 42}, "'text' is a number, not a string"),
    ({"id": "j2", "text": ["a", "b"]}, "'text' is a list, not a string"),
    ({"id": "j2", "text": "   "}, "'text' is empty"),
])
@slow
def test_jsonl_record_without_text(tmp_path, good_file, prior, cache_dir, record, message):
    bad = tmp_path / "in" / "c.jsonl"
    bad.write_text(json.dumps({"id": "j1", "text": OTHER}) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    out, before = prior
    proc = kg_build(good_file, bad, "--out", out, "--strict", cache=cache_dir)
    one_error(proc, EXIT_INPUT, f"{bad}:2:", message)
    assert snapshot(out) == before
    proc = kg_build(good_file, bad, "--out", out, cache=cache_dir)
    assert exit_code(proc) == 0, proc.stderr
    assert [w for w in warnings(proc) if f"{bad}:2: " in w and message in w], proc.stderr
    assert built_docs(out) == ["good", "j1"]


@slow
def test_duplicate_document_ids(tmp_path, good_file, prior, cache_dir):
    bad = tmp_path / "in" / "dup.jsonl"
    bad.write_text(json.dumps({"id": "j1", "text": OTHER}) + "\n" + json.dumps({"id": "good", "text": OTHER}) + "\n",
                   encoding="utf-8")
    out, before = prior
    proc = kg_build(good_file, bad, "--out", out, "--strict", cache=cache_dir)
    one_error(proc, EXIT_INPUT, f"{bad}:2:", "duplicate document id 'good'", f"first in {good_file}")
    assert snapshot(out) == before
    proc = kg_build(good_file, bad, "--out", out, cache=cache_dir)
    assert exit_code(proc) == 0, proc.stderr
    assert [w for w in warnings(proc) if f"{bad}:2: duplicate document id 'good'" in w], proc.stderr
    assert built_docs(out) == ["good", "j1"]  # the first one wins
    rels = list(csv.DictReader(io.StringIO((out / "relations.csv").read_text(encoding="utf-8"))))
    assert {(r["doc"], r["source_id"]) for r in rels} == {("good", "EGY"), ("j1", "QAT")}


@slow
def test_unknown_file_type(tmp_path, good_file, prior, cache_dir):
    bad = tmp_path / "in" / "notes.docx"
    bad.write_bytes(b"PK\x03\x04 a word file")
    check_skip_and_strict(bad, good_file, prior, cache_dir, "unknown file type (expected .txt, .md or .jsonl)")


@slow
def test_only_bad_documents_is_an_input_error(tmp_path, prior, cache_dir):
    out, before = prior
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    proc = kg_build(bad, "--out", out, cache=cache_dir)
    one_error(proc, EXIT_INPUT, "no articles to build")
    assert snapshot(out) == before


@slow
def test_a_bug_reading_one_article_skips_it_with_a_warning(monkeypatch, tmp_path, good_file, prior):
    """An exception inside extraction (a bug in kg, such as a RecursionError on one odd sentence) costs that
    article only: a one-line warning naming it, the others built; ``--strict`` makes it one error line, exit 1,
    with the earlier outputs unchanged. The failed article is not kept in the result cache."""
    runner = importlib.import_module("kg.runner")
    real = runner.extract

    def buggy(article, *args):
        if article.id == "bad":
            raise RecursionError("maximum recursion depth exceeded\nwhile reading")
        return real(article, *args)

    monkeypatch.setattr(runner, "extract", buggy)
    bad = tmp_path / "in" / "bad.txt"
    bad.write_text(OTHER, encoding="utf-8")
    out, before = prior
    cache = tmp_path / "cache"
    proc = kg_build(good_file, bad, "--out", out, "--strict", cache=cache)
    one_error(proc, EXIT_INTERNAL, "bad: internal error while reading it (RecursionError: maximum recursion depth "
                                   "exceeded while reading)")
    assert snapshot(out) == before
    proc = kg_build(good_file, bad, "--out", out, cache=cache)
    assert exit_code(proc) == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert [w for w in warnings(proc) if "bad: internal error while reading it (RecursionError" in w], proc.stderr
    assert "skipped 1 bad document(s)" in proc.stderr.splitlines()[-1]
    assert built_docs(out) == ["good"] and relation_docs(out) == {"good"}
    monkeypatch.setattr(runner, "extract", real)  # mended: the article is read, not taken from the cache
    proc = kg_build(good_file, bad, "--out", out, cache=cache)
    assert exit_code(proc) == 0 and not warnings(proc), proc.stderr
    assert built_docs(out) == ["bad", "good"] and relation_docs(out) == {"bad", "good"}


@slow
@pytest.mark.large
def test_huge_article_without_sentence_breaks(tmp_path, cache_dir):
    """About 2 MB of words with no punctuation and no line break is built, with every cue where it was read
    (how long it takes is measured by benchmarks/bench_hard_input.py, not here)."""
    words = ("egypt urged hamas to accept the truce plan while qatar and israel held talks officials said the "
             "minister in cairo spoke about ceasefire and hostages release later").split()
    text = " ".join(words[(i * 7 + i // 13) % len(words)] for i in range(330_000))[:2_000_000]
    path = tmp_path / "dump.txt"
    path.write_text(text, encoding="utf-8")
    proc = kg_build(path, "--out", tmp_path / "out", "--strict", cache=tmp_path / "cache")
    assert exit_code(proc) == 0, proc.stderr
    assert built_docs(tmp_path / "out") == ["dump"]
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out" / "relations.csv").read_text(encoding="utf-8"))))
    assert rows and all(text[int(r["start"]):int(r["end"])] == r["cue"] for r in rows)


@slow
@pytest.mark.large
def test_folder_of_thousands_of_files(tmp_path, cache_dir):
    folder = tmp_path / "many"
    for i in range(3000):
        sub = folder / f"batch{i // 500}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{i:04d}.txt").write_text(f"Egypt urged Hamas to accept truce plan number {i}.\n", encoding="utf-8")
    proc = kg_build(folder, "--out", tmp_path / "out", "--strict", cache=tmp_path / "cache")
    assert exit_code(proc) == 0, proc.stderr
    docs = built_docs(tmp_path / "out")
    assert len(docs) == 3000 and docs[0] == "a0000" and docs[-1] == "a2999"  # (timed by benchmarks/bench_hard_input.py)


# -- nothing lost: setup faults fail before any output is touched -------------------------------------
@slow
def test_missing_or_wrong_model(tmp_path, good_file, prior, cache_dir):
    out, before = prior
    proc = kg_process(good_file, "--out", out, "--model", "no_such_model", cache=cache_dir)  # exit 4 in a process
    one_error(proc, EXIT_SETUP, "'no_such_model' is not installed", "pip install", "--model")
    assert snapshot(out) == before
    proc = kg_build(good_file, "--out", out, "--model", "kg", cache=cache_dir)  # a package, but no pipeline
    one_error(proc, EXIT_SETUP, "'kg' is not a spaCy pipeline", "--model")
    assert snapshot(out) == before
    fresh = tmp_path / "fresh" / "out"
    proc = kg_build(good_file, "--out", fresh, "--model", "no_such_model", cache=cache_dir)
    one_error(proc, EXIT_SETUP)
    assert not fresh.parent.exists()  # nothing was created


@slow
def test_pipeline_without_parser(tmp_path, good_file, prior, cache_dir):
    import spacy

    blank = tmp_path / "blank-model"
    spacy.blank("en").to_disk(blank)
    out, before = prior
    proc = kg_build(good_file, "--out", out, "--model", blank, cache=cache_dir)
    one_error(proc, EXIT_SETUP, "lacks ner, parser", "name a full pipeline with --model")
    assert snapshot(out) == before


@slow
def test_output_folder_under_a_file(tmp_path, good_file, cache_dir):
    """Tests run as root, where a chmod'ed folder is still writable: a path under a file fails for everyone."""
    blocker = tmp_path / "somefile"
    blocker.write_text("keep me\n", encoding="utf-8")
    for out, run in ((blocker / "sub", kg_process), (blocker, kg_build)):  # exit 5 in a process
        proc = run(good_file, "--out", out, cache=cache_dir)
        one_error(proc, EXIT_OUTPUT, str(out), f"{blocker} is a file, not a folder", "give --out a folder")
    assert blocker.read_text(encoding="utf-8") == "keep me\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "somefile"]


@pytest.mark.parametrize("content, name, message", [
    ('{"label": "Nile Front", "kind": "group"}\n{"label": "Broken"\n', "user.jsonl", "user.jsonl:2: malformed JSON"),
    ('{"label": "Nile Front", "kind": "planet"}\n', "user.jsonl", "kind must be one of"),
    ("name,type\nNile Front,group\n", "user.csv", "CSV needs the columns label, kind"),
    ('{"label": "Nile Front", "kind": "group", "affiliation": "Atlantis"}\n', "user.jsonl", "unknown affiliation"),
    (None, "missing.jsonl", "actor file not found (check the --actors path)"),
])
@slow
def test_bad_actors_file(tmp_path, good_file, prior, cache_dir, content, name, message):
    out, before = prior
    actors = tmp_path / name
    if content is not None:
        actors.write_text(content, encoding="utf-8")
    proc = kg_build(good_file, "--out", out, "--actors", actors, cache=cache_dir)
    one_error(proc, EXIT_SETUP, str(actors), message)
    assert snapshot(out) == before


@slow
@pytest.mark.large
def test_ctrl_c_during_a_build(tmp_path, prior, cache_dir):
    """SIGINT while articles are being parsed: exit 130, one line, the earlier outputs as they were."""
    if not Path("/proc/self/fd").exists():
        pytest.skip("needs /proc to see when the build is reading")
    out, before = prior
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:  # the JSONL file stays open while its articles are parsed
        for i in range(3000):
            fh.write(json.dumps({"id": f"n{i}", "text": f"Egypt urged Hamas to accept plan {i}. " * 20}) + "\n")
    env = {k: v for k, v in os.environ.items() if k != "KG_DEBUG"} | {"KG_CACHE_DIR": str(tmp_path / "cache")}
    # A shell starts background jobs with SIGINT ignored, and the ignoring is inherited: give the build
    # the default disposition, as a terminal would, or the test measures nothing but its own timeout.
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            fds = Path(f"/proc/{proc.pid}/fd")
            try:
                if any(os.readlink(fd) == str(corpus) for fd in fds.iterdir()):
                    break
            except OSError:
                pass
            time.sleep(0.05)
        time.sleep(1.0)
        assert proc.poll() is None, "the build ended before it could be interrupted"
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1] == "kg: interrupted; earlier outputs are unchanged"
    assert snapshot(out) == before


# -- nothing lost: faults while writing (library functions and the CLI in-process) -------------------
FILES = {"a.txt": "new a\n", "b.txt": "new b\n", "c.txt": "new c\n", "d.txt": "new d\n"}


@pytest.fixture
def old_outputs(tmp_path) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):  # d.txt is new
        (out / name).write_text(f"old {name}\n", encoding="utf-8")
    return out, snapshot(out)


def _fail_on(n: int, exc: BaseException, real):
    calls = {"n": 0}

    def fake(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == n:
            raise exc
        return real(*args, **kwargs)

    return fake


@pytest.mark.parametrize("n", [1, 3, 4])
def test_disk_full_while_renaming(monkeypatch, old_outputs, n):
    out, before = old_outputs
    monkeypatch.setattr(os, "replace", _fail_on(n, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), os.replace))
    with pytest.raises(KgError) as err:
        write_outputs(FILES, out)
    assert err.value.code == EXIT_OUTPUT
    assert str(err.value) == f"{out}: cannot write outputs (No space left on device); earlier outputs are unchanged"
    monkeypatch.undo()
    assert snapshot(out) == before


@pytest.mark.parametrize("n", [1, 3])
def test_disk_full_while_writing(monkeypatch, old_outputs, n):
    out, before = old_outputs
    monkeypatch.setattr(os, "fsync", _fail_on(n, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), os.fsync))
    with pytest.raises(KgError, match="No space left on device") as err:
        write_outputs(FILES, out)
    assert err.value.code == EXIT_OUTPUT
    monkeypatch.undo()
    assert snapshot(out) == before


def test_exception_while_writing(old_outputs):
    out, before = old_outputs
    with pytest.raises(UnicodeEncodeError):  # the third file cannot be encoded
        write_outputs({"a.txt": "new a\n", "b.txt": "new b\n", "c.txt": "bad \ud800\n"}, out)
    assert snapshot(out) == before


def test_ctrl_c_while_renaming(monkeypatch, old_outputs):
    out, before = old_outputs
    monkeypatch.setattr(os, "replace", _fail_on(3, KeyboardInterrupt(), os.replace))
    with pytest.raises(KeyboardInterrupt):
        write_outputs(FILES, out)
    monkeypatch.undo()
    assert snapshot(out) == before


def test_a_good_write_replaces_every_file_and_leaves_nothing_else(old_outputs):
    out, _ = old_outputs
    assert [p.name for p in write_outputs(FILES, out)] == sorted(FILES)
    assert snapshot(out) == {name: text.encode() for name, text in FILES.items()}


def test_check_writable_creates_nothing(tmp_path):
    check_writable(tmp_path / "a" / "b")
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def corpus():
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "good.txt"
        path.write_text(GOOD, encoding="utf-8")
        return kbuild.build_corpus([path], cache=False)


@slow
def test_exception_while_rendering_keeps_outputs(monkeypatch, prior, corpus):
    out, before = prior

    def boom(*args, **kwargs):
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(kbuild, "render_html", boom)
    with pytest.raises(RuntimeError):
        write_outputs(kbuild.render_outputs(corpus), out)
    assert snapshot(out) == before


def _cli(monkeypatch, corpus, out: Path, **patches):
    """``kg build`` in this process, on a ready corpus, with attributes of kg.pipeline patched."""
    monkeypatch.setattr(kbuild, "build_corpus", lambda *a, **k: corpus)
    for name, value in patches.items():
        monkeypatch.setattr(kbuild, name, value)
    return CliRunner().invoke(app, ["build", "whatever.txt", "--out", str(out)])


@slow
def test_cli_renderer_bug_is_one_line(monkeypatch, prior, corpus, good_file, cache_dir):
    out, before = prior

    def boom(*args, **kwargs):
        raise RuntimeError("renderer failed\nwith two lines")

    result = _cli(monkeypatch, corpus, out, render_html=boom)
    line = one_error(result, EXIT_INTERNAL, "internal error (RuntimeError: renderer failed with two lines)",
                     "KG_DEBUG=1")
    assert "earlier outputs are unchanged" in line
    assert snapshot(out) == before
    bug = ("import sys, kg.pipeline as p\n"
           "def boom(*a, **k):\n    raise RuntimeError('renderer failed')\n"
           "p.render_html = boom\nsys.argv[0] = 'kg'\nfrom kg.cli import main\nmain()\n")
    env = {k: v for k, v in os.environ.items() if k != "KG_DEBUG"} | {"KG_CACHE_DIR": str(cache_dir)}
    proc = subprocess.run([sys.executable, "-c", bug, "build", str(good_file), "--out", str(out)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=600)  # exit 1 in a process
    one_error(proc, EXIT_INTERNAL, "internal error (RuntimeError: renderer failed)")
    assert snapshot(out) == before


@slow
def test_cli_disk_full_is_one_line(monkeypatch, prior, corpus):
    out, before = prior
    monkeypatch.setattr(os, "replace", _fail_on(4, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), os.replace))
    result = _cli(monkeypatch, corpus, out)
    monkeypatch.undo()
    one_error(result, EXIT_OUTPUT, str(out), "No space left on device", "earlier outputs are unchanged")
    assert snapshot(out) == before


@slow
@pytest.mark.parametrize("where", ["build_corpus", "replace"])
def test_cli_ctrl_c_exits_130(monkeypatch, prior, corpus, where):
    out, before = prior
    if where == "build_corpus":
        def interrupted(*args, **kwargs):
            raise KeyboardInterrupt

        monkeypatch.setattr(kbuild, "build_corpus", interrupted)
        result = CliRunner().invoke(app, ["build", "whatever.txt", "--out", str(out)])
    else:
        monkeypatch.setattr(os, "replace", _fail_on(5, KeyboardInterrupt(), os.replace))
        result = _cli(monkeypatch, corpus, out)
    monkeypatch.undo()
    assert result.exit_code == 130, result.output
    assert result.stderr.strip() == "kg: interrupted; earlier outputs are unchanged"
    assert snapshot(out) == before


# -- reading: the decisions behind the messages (no model needed) -------------------------------------
def test_encodings_and_line_ends(tmp_path):
    from kg.ingest import read_articles

    (tmp_path / "a.txt").write_bytes("Caf\u00e9 \u2019quoted\u2019\r\nnext\rline".encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(b"undefined in cp1252: \x81\x8d \xe9")  # falls back to latin-1
    (tmp_path / "c.txt").write_bytes("UTF-16 text \u00e9".encode("utf-16"))
    (tmp_path / "d.txt").write_bytes(b"\xef\xbb\xbfwith a BOM")
    notes: list[str] = []
    a, b, c, d = read_articles([tmp_path], warn=notes.append)
    assert a.text == "Caf\u00e9 \u2019quoted\u2019\nnext\nline"
    assert b.text == "undefined in cp1252: \x81\x8d \u00e9"
    assert c.text == "UTF-16 text \u00e9" and d.text == "with a BOM"
    assert notes == [f"{tmp_path / 'a.txt'}: not UTF-8 (byte 0xe9 at offset 3); read as cp1252",
                     f"{tmp_path / 'b.txt'}: not UTF-8 (byte 0x81 at offset 21); read as latin-1"]


def test_jsonl_details(tmp_path):
    from kg.ingest import Problem, read_articles

    path = tmp_path / "c.jsonl"
    lines = [b'{"id": "a", "text": "caf\xe9"}', b'{"id": "b", "text": "na\xefve"}',
             b'{"id": 7, "text": "x\\ud800y\\r\\nz", "title": 5}', b"[1, 2]", b'{"id": true, "text": "t"}']
    path.write_bytes(b"\n".join(lines) + b"\n")
    notes: list[str] = []
    arts = list(read_articles([path], strict=False, warn=notes.append))
    assert [(a.id, a.text, a.title) for a in arts] == [("a", "caf\u00e9", None), ("b", "na\u00efve", None),
                                                     ("7", "x\ufffdy\nz", None)]
    assert notes == [f"{path}:1: not UTF-8 (byte 0xe9 at offset 24); read as cp1252",  # once a file
                     f"{path}:4: expected a JSON object",
                     f"{path}:5: record has no 'id' (a string or number is required)"]
    (tmp_path / "e.jsonl").write_text("\n  \n", encoding="utf-8")
    with pytest.raises(Problem, match=r"e.jsonl: empty file \(no JSON records\)"):
        list(read_articles([tmp_path / "e.jsonl"]))
    (tmp_path / "u.jsonl").write_bytes('{"id": "u", "text": "t"}\n'.encode("utf-16"))
    with pytest.raises(Problem, match="UTF-16 text; JSON Lines must be UTF-8"):
        list(read_articles([tmp_path / "u.jsonl"]))


def test_sidecar_values_must_be_strings(tmp_path):
    from kg.ingest import read_articles

    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"id": 12, "title": ["x"], "source": "AFP\\r\\n"}', encoding="utf-8")
    (art,) = read_articles([tmp_path])
    assert (art.id, art.title, art.source) == ("12", None, "AFP\n")
