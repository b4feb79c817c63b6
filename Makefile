# sectorbrief — two commands on a fresh machine: `make demo`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint typecheck clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sectorbrief build --out out

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest -n 2 -m 'not timing'
	$(BIN)/pytest -m timing

bench: $(STAMP)
	-$(BIN)/pip install -q -e '.[bench]'
	# an installed package runs from bytecode; an editable one where PYTHONDONTWRITEBYTECODE is set
	# would recompile every module in every timed process, so compile once before timing
	$(BIN)/python -m compileall -q src
	$(BIN)/python scripts/bench.py

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
