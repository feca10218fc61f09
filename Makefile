# The two commands a newcomer types are `make demo` and `make test`; the rest are their parts.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV        ?= .venv
PY          := $(VENV)/bin/python
# ansible-test wants the collection at .../ansible_collections/<namespace>/<name>.
# Override to keep one copy per concurrent test run (make sync COLLECTION_ROOT=/tmp/x/ansible_collections/chatops/mattermost).
COLLECTION_ROOT ?= .cache/collection/ansible_collections/chatops/mattermost
export MATTERMOST_CACHE ?= $(HOME)/.cache/chatops-mattermost

# The tests are run by tests/utils/runner.py: `make test` runs every stage, the targets below one
# part each. LANE=2.18 or LANE=2.21 keeps one ansible-core version; TARGET=name (several: "a b")
# runs only those integration targets.
RUN_TESTS = $(PY) tests/utils/runner.py $(if $(LANE),--lane $(LANE)) $(addprefix --target ,$(TARGET))

.PHONY: help venv server server-stop demo test unit sanity integration lint sync bench changelog dist api-docs clean

help:
	@echo "make demo         start a local Mattermost server and run examples/demo.yml against it"
	@echo "make test         run every test: unit, sanity, server, integration, lint (both ansible-core lanes)"
	@echo "make unit         the unit tests (pytest tests/unit) in each lane"
	@echo "make sanity       ansible-test sanity in each lane"
	@echo "make integration  the driver's server tests and the integration targets against the server"
	@echo "                  (TARGET=mattermost_team runs one target; LANE=2.18 or 2.21 one lane, for any of these)"
	@echo "make lint         ansible-lint, the changelog against its fragments, galaxy-importer"
	@echo "make server       build (once) and start the two local Mattermost servers (9.9 and 11.4)"
	@echo "make server-stop  stop them"
	@echo "make changelog    write CHANGELOG.rst from changelogs/fragments"
	@echo "make api-docs     build the driver's HTML API reference into .cache/api-docs"
	@echo "make dist         build the driver's wheel and sdist (and its mattermostdriver compatibility package) into dist/"
	@echo "make bench        measure the driver against mattermostdriver on the server"
	@echo "make venv         make .venv with the test requirements"
	@echo "make sync         copy the checkout into a collection tree (COLLECTION_ROOT=...)"
	@echo "make clean        remove the collection copies and the test output"
	@echo "make help         this list"

venv: $(VENV)/.installed
$(VENV)/.installed: requirements.txt tests/requirements.txt tests/requirements-common.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r tests/requirements.txt
	touch $@

server: venv
	bash scripts/server.sh start

server-stop:
	bash scripts/server.sh stop

sync:
	@rm -rf $(COLLECTION_ROOT) && mkdir -p $(COLLECTION_ROOT)
	@# tests/data (the API reference, verbatim) is not part of the collection: build_ignore keeps
	@# it out of the built one, and this copy, which ansible-test checks, leaves it out too.
	@tar -c --exclude=./.git --exclude=./.venv --exclude=./.cache --exclude=./tests/output \
		--exclude=./tests/data --exclude=__pycache__ . | tar -x -C $(COLLECTION_ROOT)
	@# ansible-test lists a collection's files with git when it is inside a work tree, and this
	@# copy is inside ours but ignored: a repository of its own makes it see its files.
	@git -C $(COLLECTION_ROOT) init -q

demo: venv server
	bash scripts/demo.sh

test: venv server
	$(RUN_TESTS)

unit: venv
	$(RUN_TESTS) unit

sanity: venv
	$(RUN_TESTS) sanity

integration: venv server
	$(RUN_TESTS) server integration

lint: venv
	$(RUN_TESTS) lint

changelog: venv
	bash scripts/changelog.sh

bench: venv server
	$(PY) bench/driver.py

# The driver as Python packages (pyproject.toml, compat/pyproject.toml), built with the backend in .venv.
dist: venv
	rm -rf dist
	$(PY) -m build --no-isolation --outdir dist .
	$(PY) -m build --no-isolation --outdir dist compat
	$(PY) -m twine check --strict dist/*

api-docs: venv
	$(PY) scripts/build_api_docs.py .cache/api-docs

clean:
	rm -rf .cache tests/output dist
