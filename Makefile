# Two commands for a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= annotations.db
ANNOTATOR ?= $(shell id -un 2>/dev/null || echo annotator)
STAMP := $(VENV)/.installed

.PHONY: setup run sample test lint bench screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[model,test]'
	touch $(STAMP)

setup: $(STAMP)

## sample: the database from corpora/sample/, pre-annotated (idempotent: re-runs add nothing)
sample: setup
	$(BIN)/annotate init --db $(DB)
	$(BIN)/annotate import --db $(DB) corpora/sample/
	$(BIN)/annotate preannotate --db $(DB)

## run: set up everything and open the app on the sample corpus
run: sample
	$(BIN)/annotate tui --db $(DB) --annotator $(ANNOTATOR)

lint: setup
	$(BIN)/ruff check annotate tests bench
	$(BIN)/mypy

## test: set up and run the linter and the tests
test: lint
	$(BIN)/python -m pytest -q

## bench: speed and quality benchmarks (figures in bench/results/)
bench: setup
	$(BIN)/python -m bench.run

## screenshots: regenerate the README's SVG screenshots from the app itself
screenshots: setup
	$(BIN)/python -m annotate.tui.screenshots docs/

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
