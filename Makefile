# The two commands a newcomer types are `make demo` and `make test`; the rest are their parts.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV        ?= .venv
PY          := $(VENV)/bin/python
# ansible-test wants the collection at .../ansible_collections/<namespace>/<name>.
# Override to keep one copy per concurrent test run (make sync COLLECTION_ROOT=/tmp/x/ansible_collections/chatops/mattermost).
COLLECTION_ROOT ?= .cache/collection/ansible_collections/chatops/mattermost
export MATTERMOST_CACHE ?= $(HOME)/.cache/chatops-mattermost

.PHONY: help venv server server-stop demo test unit sanity integration sync bench changelog dist api-docs clean

help:
	@echo "make demo         start a local Mattermost server and run examples/demo.yml against it"
	@echo "make test         run every test: unit, sanity, driver and module integration"
	@echo "make server       build (once) and start the local Mattermost server"
	@echo "make server-stop  stop it"
	@echo "make changelog    write CHANGELOG.rst from changelogs/fragments"
	@echo "make api-docs     build the driver's HTML API reference into .cache/api-docs"
	@echo "make dist         build the driver's wheel and sdist (and its mattermostdriver compatibility package) into dist/"

venv: $(VENV)/.installed
$(VENV)/.installed: requirements.txt tests/requirements.txt tests/requirements-common.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r tests/requirements.txt
	touch $@

server:
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
	bash scripts/test.sh

unit: venv
	$(PY) -m pytest -q tests/unit

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
