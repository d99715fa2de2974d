# The two commands of the README:  make run  (demo window)   make test  (whole suite)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# `make run` keeps its demo data apart from a real installation's data folder.
DEMO_HOME ?= $(CURDIR)/.demo
DEMO_ACCOUNTS ?= 25000

.PHONY: run test build translations catalogue venv system-deps emupos bench bench-import bench-lookup bench-stations bench-printing bench-counter bench-day-report bench-drafts bench-startup check-migrations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed (PYTHON=...)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m pip install -q --no-deps achlens==0.1.7  # test-only NACHA validator; pyyaml comes with [test]
	touch $(STAMP)

venv: $(STAMP)

# The window's French: resources/translations/cashier_fr.ts (committed, edited by translators) is
# compiled to cashier_fr.qm (built, not committed) for run, test and build. `make catalogue`
# refreshes the .ts from the code's tr() strings (docs/TRANSLATING.md).
TS := resources/translations/cashier_fr.ts
QM := $(TS:.ts=.qm)

$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

catalogue: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -tr-function-alias tr+=_t,tr+=_n -locations none -no-obsolete $$(find cashier_app -name '*.py' | sort) -ts $(TS)

system-deps:
	@bash tools/system-deps.sh window

run: $(STAMP) translations system-deps
	@test -f "$(DEMO_HOME)/cashier.db" || CASHIER_HOME="$(DEMO_HOME)" $(VENV)/bin/cashier-app init --demo --accounts $(DEMO_ACCOUNTS)
	CASHIER_HOME="$(DEMO_HOME)" $(VENV)/bin/cashier-app

# The printer emulator (emupos, Python 3.13) lives in its own venv; tests start it themselves.
emupos:
	@bash tools/emupos-env.sh >/dev/null

test: $(STAMP) translations emupos
	@bash tools/system-deps.sh test
	$(PY) -m pytest -q --durations=20

# The installable folder dist/CashierApp (PyInstaller, build.spec), then the built program's self-test:
# a new database, the window signed in offscreen, a payment, its receipt, a day report.
build: $(STAMP) translations
	$(PY) -m pip install -q -e '.[build]'
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build.spec
	QT_QPA_PLATFORM=offscreen dist/CashierApp/CashierApp --self-test

check-migrations: $(STAMP)
	$(PY) -m pytest -q tests/integration/test_migrations.py

bench: bench-import bench-lookup bench-stations bench-printing bench-counter bench-day-report bench-drafts bench-startup

# The full monthly extract for ROWS accounts (default 1,000,000; e.g. ROWS=100000 for a quick run),
# imported then imported again; PostgreSQL when CASHIER_TEST_PG_URL is set, else SQLite
# IN_PROCESS=1: every file read in the importer's own process (no reader process), to compare;
# READERS=customers,accounts: only those kinds read in a reader process (default: all four on SQLite)
bench-import: $(STAMP)
	$(PY) bench/bench_import.py $(if $(ROWS),--accounts $(ROWS)) $(if $(IN_PROCESS),--in-process) $(if $(READERS),--readers $(READERS))

# PostgreSQL when CASHIER_TEST_PG_URL is set, else SQLite; ACCOUNTS=10000000 for the large town (default 1000000)
bench-lookup: $(STAMP)
	$(PY) bench/bench_lookup.py $(if $(ACCOUNTS),--accounts $(ACCOUNTS))

# PostgreSQL when CASHIER_TEST_PG_URL is set (e.g. CASHIER_TEST_PG_URL=$$(.ci/start-postgres)), else SQLite
# first one station alone: the CPU a post costs, the station's and the server's (bench/bench_post_cpu.py)
bench-stations: $(STAMP)
	$(PY) bench/bench_post_cpu.py
	$(PY) bench/bench_stations.py
	$(PY) bench/bench_stations.py --hot

# PostgreSQL when CASHIER_TEST_PG_URL is set (a schema of its own), else SQLite; the floor (rendering alone) beside it
bench-printing: $(STAMP) emupos
	$(PY) bench/bench_printing.py

# SQLite only: the one-station window on its own file; the post's floor is one commit's fsync on that file
bench-counter: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench_counter.py $(if $(ACCOUNTS),--accounts $(ACCOUNTS))

bench-day-report: $(STAMP)
	$(PY) bench/bench_day_report.py

# Cold start of the window program to the sign-in window, and its memory after signing in
# (dist/CashierApp when `make build` made it, else the source tree)
bench-startup: $(STAMP) translations
	$(PY) bench/bench_startup.py

# A 25,000-enrollment run and a 2,500-entry return file (bench_drafts.py runs bench_draft_returns.py)
bench-drafts: $(STAMP)
	$(PY) bench/bench_drafts.py

clean:
	rm -rf $(VENV) .emupos-venv .pytest_cache .hypothesis build dist *.egg-info
