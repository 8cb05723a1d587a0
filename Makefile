# The two commands of the README: `make run` and `make test`. Everything else is their parts.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python backend/manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test migrate demo lint browser admin-password measure

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

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

migrate: install
	@echo "Migrating the database..."
	@$(MANAGE) migrate --noinput --verbosity 0

demo: migrate
	@$(MANAGE) load_demo --port $(PORT)

run: demo
	@$(MANAGE) local_admin
	@echo ""
	@echo "Turn To is starting. Ctrl-C stops it."
	@echo "  Campaign site:  http://$(HOST):$(PORT)/"
	@echo "  Clinic site:    http://clinic.localhost:$(PORT)/"
	@echo "  Admin:          http://$(HOST):$(PORT)/admin/"
	@echo "  API:            http://$(HOST):$(PORT)/api/v2/site/  and  /api/v2/pages/"
	@echo ""
	@exec $(MANAGE) runserver $(HOST):$(PORT)

admin-password: install
	$(MANAGE) changepassword admin

measure: demo
	$(MANAGE) measure_api

browser:
	@scripts/ensure-chromium.sh $(BIN)/python

lint: install-test
	$(BIN)/ruff check backend tests && $(BIN)/ruff format --check backend tests

test: install-test browser lint
	$(BIN)/python -m pytest
	@scripts/test-postgres.sh $(BIN)/python
