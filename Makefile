# Two entry points for a fresh Debian machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test lint typecheck migrate clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Installs, migrates, ingests and scores the sample articles, then serves the queue on localhost.
run: install
	bash scripts/run-demo.sh

# Installs, starts throwaway PostgreSQL and Redis servers on loopback (when installed), runs every test.
test: install
	bash scripts/with-services.sh bash scripts/test-all.sh

lint: install
	$(BIN)/ruff check .

typecheck: install
	$(BIN)/mypy threads moderation app config.py

migrate: install
	$(BIN)/flask db upgrade

clean:
	rm -rf $(VENV) instance .pytest_cache .mypy_cache .ruff_cache
