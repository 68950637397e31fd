# Politely — the two commands a newcomer needs are `make run` and `make test`.
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

# The first Python that is new enough for Django 6 (3.12+); pyenv's shims honour .python-version.
PYTHON := $(shell for p in python3.13 python3.12 python3 python; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; \
	then command -v $$p; break; fi; done)

.PHONY: install run test lint format screenshots mutation check-python clean

install: $(STAMP)

check-python:
	@if [ -z "$(PYTHON)" ]; then \
		echo "Politely needs Python 3.12 or newer; found: $$(python3 --version 2>&1 || echo 'no python3')."; \
		echo "Install Python 3.13 (for example 'pyenv install 3.13') and run make again."; \
		exit 1; \
	fi

# Reinstalls only when pyproject.toml changed; a failed install leaves no stamp, so the next run retries.
$(STAMP): pyproject.toml | check-python
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --noinput
	PORT=$(PORT) DJANGO_DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_DEBUG=1 $(BIN)/mypy
	$(BIN)/djlint templates --lint

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Regenerates docs/screenshots/ from the demo data (a throwaway database and server; needs Chromium).
screenshots: install
	$(BIN)/python tools/screenshots.py

# Mutation testing of the pure core (declines/core) against the fast tests in tests/core: by hand,
# not in CI; docs/mutation.md says how to read it. Each run starts afresh in mutants/, on one
# worker at the lowest priority, since the machine is shared. Narrow it with mutant-name globs:
#   make mutation MUTANTS='declines.core.nudges.* declines.core.exports.*'
MUTANTS ?=
mutation: install
	rm -rf mutants
	nice -n 19 $(BIN)/mutmut run --max-children 1 $(MUTANTS)
	@echo "Killed per module, timeouts included (mutmut results lists the survivors):"
	@$(BIN)/mutmut results --all true \
		| sed -nE 's/^ *(declines\.core\.[a-z_.]*)\.x[^.]*: (.*)$$/\1 \2/p' \
		| awk '$$2 != "not" { n[$$1]++; if ($$2 == "killed" || $$2 == "timeout") k[$$1]++ } \
			END { for (m in n) printf "  %-34s %4d/%-4d %5.1f%%\n", m, k[m], n[m], 100 * k[m] / n[m] }' \
		| sort

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache mutants
