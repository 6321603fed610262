# Everything runs from a local virtual environment in .venv, made on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,encrypt]'
	touch $(STAMP)

## demo: log a few sample applications into a throwaway database and show them
demo: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" sh scripts/demo.sh

## test: lint, format check, types, then the whole suite under coverage (see CONTRIBUTING.md)
test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	rm -f .coverage .coverage.*
	$(BIN)/coverage run -m pytest -q
	$(BIN)/coverage combine -q
	$(BIN)/coverage report --skip-covered --sort=cover

## bench: start-up time and memory against a bare interpreter and a minimal Typer app; review on ten years of data; import of 10,000 rows; list of 5,000; log and review on an encrypted file
bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/review_bench.py
	$(BIN)/python bench/import_bench.py
	$(BIN)/python bench/list_bench.py
	$(BIN)/python bench/encryption_bench.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis .coverage .coverage.* htmlcov
