# Two commands do everything on a fresh machine:
#   make run    set up .venv and build seeds/ into outputs/
#   make test   set up .venv and run the tests
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test setup clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

run: setup
	$(VENV)/bin/kg build seeds --out outputs

test: setup
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) outputs/*.ttl outputs/*.html outputs/*.csv outputs/*.json
