# Warmline: `make run` serves the demo on SQLite, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
export WARMLINE_DATABASE_URL ?= sqlite:///./var/warmline.db

.PHONY: install run test test-fast bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: install
	@mkdir -p var
	$(BIN)/warmline demo
	@echo ""
	@echo "  Warmline is starting on http://$(HOST):$(PORT)"
	@echo "  Demo login: admin@hearthbox.example / warmline-demo   (agents: priya@, lukas@, amelie@, grace@hearthbox.example)"
	@echo "  Agent console: http://$(HOST):$(PORT)/console   API docs: http://$(HOST):$(PORT)/docs"
	@echo ""
	$(BIN)/warmline serve --host $(HOST) --port $(PORT)

# The whole suite: unit, API on SQLite and PostgreSQL, Redis fan-out, browser tests.
test: install
	bash scripts/test.sh

# Everything but the browser and multi-process tests.
test-fast: install
	$(BIN)/pytest -q -m "not browser and not slow"

bench: install
	bash scripts/bench.sh

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy src/warmline

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
