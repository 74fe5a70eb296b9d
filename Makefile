# Two commands for a fresh machine: `make run` and `make test`. Everything else is a building block.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: install run test test-postgres lint format migrate demo bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,redis]"
	touch $@

install: $(BIN)/.installed

migrate: install
	mkdir -p var
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --noinput

demo: migrate
	DJANGO_DEBUG=1 $(BIN)/python manage.py load_demo

# The portal on the embedded SQLite database with the demo data, at http://127.0.0.1:$(PORT)/; the links in its
# emails and invitations point there too (settings: SITE_URL, else the address on PORT).
run: demo
	DJANGO_DEBUG=1 PORT=$(PORT) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The whole suite (browser tests are skipped, with the reason, where /usr/bin/chromium is absent).
test: install
	$(BIN)/pytest $(PYTEST_ARGS)

# The same suite against a throw-away PostgreSQL server (Debian's postgresql package must be installed).
test-postgres: install
	bash .ci/with-postgres.sh $(MAKE) test

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install
	bash bench/run.sh

clean:
	rm -rf $(VENV) var
