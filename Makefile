# qfieldsync_plus — one entry point. `make demo` and `make test` work on a fresh Debian machine.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
export QT_QPA_PLATFORM ?= offscreen
EXAMPLE := examples/bees/bees.qgs

.PHONY: deps venv demo test test-trixie test-cloud postgres clean transup package

deps:  ## install QGIS and the rest from Debian packages when missing
	@bash .ci/install-deps.sh

$(PY): requirements-dev.txt
	/usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q -r requirements-dev.txt
	@touch $(PY)

venv: deps $(PY)

DEMO_PACKAGE := build/demo-package

demo: venv  ## check the bundled example project, print its layer table, and package it for QField
	$(PY) -m qfieldsync_plus process-projectfile $(EXAMPLE)
	$(PY) -m qfieldsync_plus package $(EXAMPLE) --out $(DEMO_PACKAGE) --force --backup-existing
	@echo "QField package written to $(abspath $(DEMO_PACKAGE))"

postgres:  ## start the throwaway PostgreSQL/PostGIS server used by the tests
	@bash .ci/postgres.sh

test: venv postgres  ## run the whole test suite
	$(PY) -m pytest -q

test-trixie: deps postgres  ## run the suite on QGIS 3.40 in a cached Debian 13 root (root; PYTEST_ARGS=...)
	bash .ci/trixie.sh $(PYTEST_ARGS)

PLUGIN_TS := $(wildcard qfieldsync_plus/i18n/*.ts)

transup:  ## refresh the .ts translation files from the code (pylupdate5), keeping translations
	@mkdir -p build
	pylupdate5 -noobsolete $$(find qfieldsync_plus -name '*.py' -not -path '*/__pycache__/*' | sort) -ts build/extracted.ts
	/usr/bin/python3 tools/update_translations.py build/extracted.ts $(PLUGIN_TS)

package:  ## build dist/qfieldsync_plus-<version>.zip for "Install from ZIP" (compiles translations)
	/usr/bin/python3 tools/build_package.py

test-cloud: venv  ## run the QFieldCloud tests (loopback server, no network)
	$(PY) -m pytest -q tests/cloud

clean:
	rm -rf $(VENV) dist build .pytest_cache
