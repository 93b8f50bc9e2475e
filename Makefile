# Two commands do everything on a fresh machine:
#   make run    set up .venv and build seeds/ into outputs/
#   make test   set up .venv and run the tests
# Set-up installs exactly what requirements.lock names, each file checked against its hash;
# `make lock` writes that file again from pyproject.toml.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
LOCK := requirements.lock
LOCK_TOOLS ?= $(VENV)-lock
UV_VERSION ?= 0.13.9
# `make test` runs the tests on this many worker processes (pytest-xdist); 0 runs them in one process.
TEST_WORKERS ?= 2

.PHONY: run test setup lock clean

# A fresh .venv whenever pyproject.toml or the lock changes: only locked, hash-checked files go in.
# --only-binary and the hashes come from the lock; kg itself is then installed editable, alone.
$(VENV)/.installed: pyproject.toml $(LOCK)
	$(PYTHON) -m venv --clear $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) -m pip check
	touch $@

setup: $(VENV)/.installed

run: setup
	$(VENV)/bin/kg build seeds --out outputs

# worksteal: a worker that runs out of tests takes half of what another has queued, so the minute-long
# tests (marked large, run first: tests/conftest.py) do not hold back the tests queued behind them.
test: setup
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist worksteal

# Pin every dependency of kg (with the test extra) and of set-up, for every platform, with the
# hashes of all of their files on PyPI; versions already in the lock are kept unless they no longer
# fit pyproject.toml (LOCK_FLAGS=--upgrade takes the newest that fit).
lock:
	test -x $(LOCK_TOOLS)/bin/uv || { $(PYTHON) -m venv $(LOCK_TOOLS) && \
	  $(LOCK_TOOLS)/bin/python -m pip install --quiet uv==$(UV_VERSION); }
	$(LOCK_TOOLS)/bin/uv pip compile pyproject.toml --extra test --group pyproject.toml:setup \
	  --universal --python-version 3.11 --generate-hashes --no-build --emit-build-options \
	  --custom-compile-command 'make lock' \
	  --quiet $(LOCK_FLAGS) -o $(LOCK)

clean:
	rm -rf $(VENV) $(LOCK_TOOLS) outputs/*.ttl outputs/*.html outputs/*.csv outputs/*.json
