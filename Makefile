# Two entry points: `make demo` and `make test`. Both build .venv from the pinned lock.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): requirements.lock requirements-dev.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -r requirements.lock -r requirements-dev.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	rm -f concord.db
	$(BIN)/concord ingest examples/
	$(BIN)/concord summary
	$(BIN)/concord conflicts

# ruff, then mypy over src, bench and tests (its settings: [tool.mypy] in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# The whole suite twice: on SQLite files, then on a private PostgreSQL server.
test: $(STAMP) lint
	bash scripts/ensure-chromium.sh
	$(BIN)/python -m pytest -q
	CONCORD_TEST_POSTGRES="$$(bash scripts/ensure-postgres.sh)" $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/resolve.py
	$(BIN)/python bench/growth.py 1000 10000

clean:
	rm -rf $(VENV) concord.db
