# The two commands of the README: `make run` and `make test`. Everything else is their parts.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python backend/manage.py
NPM ?= npm
FRONTEND_SOURCES := $(shell find frontend/src frontend/styles frontend/public -type f 2>/dev/null) \
	frontend/index.html frontend/build.mjs
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test migrate demo lint browser admin-password measure frontend \
	test-frontend lighthouse bench bench-directory nginx

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Turn To needs Python 3.11 or newer (found $(PYTHON))."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	@touch $@

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	@command -v $(NPM) >/dev/null || { echo "The front end needs Node.js 20+ and npm."; exit 1; }
	cd frontend && $(NPM) ci --no-audit --no-fund --loglevel=error
	@touch $@

frontend/dist/index.html: frontend/node_modules/.installed $(FRONTEND_SOURCES)
	cd frontend && node build.mjs

frontend: frontend/dist/index.html

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

migrate: install
	@echo "Migrating the database..."
	@$(MANAGE) migrate --noinput --verbosity 0

demo: migrate
	@$(MANAGE) load_demo --port $(PORT)

run: demo frontend
	@$(MANAGE) local_admin
	@echo ""
	@echo "Turn To is starting. Ctrl-C stops it."
	@echo "  Campaign site:  http://$(HOST):$(PORT)/"
	@echo "  Clinic site:    http://clinic.localhost:$(PORT)/"
	@echo "  Admin:          http://$(HOST):$(PORT)/admin/"
	@echo "  API:            http://$(HOST):$(PORT)/api/v2/site/  and  /api/v2/pages/"
	@echo "  API docs:       http://$(HOST):$(PORT)/api/docs/  (the whole public API)"
	@echo ""
	@exec $(MANAGE) runserver $(HOST):$(PORT)

admin-password: install
	$(MANAGE) changepassword admin

measure: demo
	$(MANAGE) measure_api

# Lighthouse (mobile) on three pages served the production way: gunicorn with production
# settings behind nginx from deploy/nginx/, on free ports and a throwaway database
# (scripts/lighthouse_production.py). Reports and summary.md in var/lighthouse/.
LIGHTHOUSE_RUNS ?= 5
lighthouse: install-test frontend browser nginx
	$(BIN)/python scripts/lighthouse_production.py --runs $(LIGHTHOUSE_RUNS)

browser:
	@scripts/ensure-chromium.sh $(BIN)/python

# Debian's nginx for tests/deploy (never left running as a service).
nginx:
	@scripts/ensure-nginx.sh

lint: install-test frontend/node_modules/.installed
	$(BIN)/ruff check backend tests scripts && $(BIN)/ruff format --check backend tests scripts
	$(BIN)/lint-imports
	cd frontend && node_modules/.bin/biome ci . && cd ../tests/frontend && ../../frontend/node_modules/.bin/biome ci .

test-frontend: frontend/node_modules/.installed
	cd frontend && node --test ../tests/frontend/

test: install-test browser nginx lint frontend test-frontend
	$(BIN)/python -m pytest
	@scripts/test-postgres.sh $(BIN)/python

# The API under load behind gunicorn with production settings (see scripts/bench.py), then a
# visitor's cached page while another client floods it with drawings (scripts/bench_flood.py).
# One worker's memory over 20,000 drawings: scripts/bench_v8_memory.py (by hand: ~15 minutes).
bench: install-test
	@scripts/apt-install.sh wrk
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_flood.py

# The directory query over 50,000 listings, on SQLite and PostgreSQL (scripts/bench_directory.py).
bench-directory: install-test
	$(BIN)/python scripts/bench_directory.py

# The eight everyday editor tasks in a real browser, with the steps each takes
# (scripts/editor_tasks.py; a benchmark run by hand, not a test).
.PHONY: editor-tasks
editor-tasks: install-test frontend browser
	$(BIN)/python scripts/editor_tasks.py
