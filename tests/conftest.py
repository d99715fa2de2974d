"""Shared fixtures: a fresh, migrated database per test on SQLite, and on PostgreSQL too when
CASHIER_TEST_PG_URL is set. In CI (CI=true) a missing PostgreSQL is an error, not a skip."""
from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest
from sqlalchemy import text

from cashier_app.db import Database, make_engine, upgrade
from cashier_app.models import Base, Role
from cashier_app.services.access import Actor

PG_URL = os.environ.get("CASHIER_TEST_PG_URL", "")
if os.environ.get("CI") == "true" and not PG_URL:
    raise pytest.UsageError("CI=true but CASHIER_TEST_PG_URL is not set: PostgreSQL tests must run in CI")

BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(autouse=True)
def cashier_home(tmp_path, monkeypatch):
    """Every test gets its own home folder (config, audit key, receipts)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CASHIER_HOME", str(home))
    monkeypatch.delenv("CASHIER_AUDIT_KEY_FILE", raising=False)
    monkeypatch.delenv("CASHIER_DB_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database(make_engine(str(path)))
    upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_migrated():
    """A schema of this test run's own (parallel runs on one server do not meet), migrated once."""
    schema = f"test_{os.getpid()}"
    admin_db = Database(make_engine(PG_URL))
    with admin_db.engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    db = Database(make_engine(url))
    upgrade(db)
    yield db, url
    db.dispose()
    with admin_db.engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    admin_db.dispose()


def _pg_clean(db: Database) -> None:
    """Empty every table and start every id over, as a fresh database. Only the tables a test
    filled are emptied, by DELETE, children first (TRUNCATE of all 33 took 0.11 s a test; this
    about 0.015 s), and every sequence of the schema is set back to 1."""
    tables = Base.metadata.sorted_tables
    probe = " UNION ALL ".join(f"SELECT {i} FROM (SELECT 1 FROM {t.name} LIMIT 1) AS t{i}" for i, t in enumerate(tables))
    with db.engine.begin() as conn:
        filled = {tables[i] for (i,) in conn.execute(text(probe))}
        for table in reversed(tables):
            if table in filled:
                conn.execute(table.delete())
        conn.execute(text("SELECT setval(c.oid, 1, false) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                          " WHERE c.relkind = 'S' AND n.nspname = current_schema()"))


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path, sqlite_template):
    """URL of a fresh, migrated, empty database (SQLite file, or the PostgreSQL test database)."""
    if request.param == "sqlite":
        path = tmp_path / "cashier.db"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    pg, url = request.getfixturevalue("pg_migrated")
    _pg_clean(pg)
    return url


@pytest.fixture
def db(db_url):
    database = Database(make_engine(db_url))
    yield database
    database.dispose()


@pytest.fixture
def admin() -> Actor:
    return Actor(None, "test-admin", frozenset({Role.ADMINISTRATOR.value}), "S1")


@pytest.fixture(autouse=True)
def fast_passwords(request, monkeypatch):
    """Cheap argon2 parameters in every test (argon2id all the same), except those marked
    ``real_passwords``: a real hash or check costs about 0.15 s here, and a window test signs in
    and makes two users. Processes a test starts (tests/integration/poster.py) hash for real."""
    if request.node.get_closest_marker("real_passwords"):
        return
    from argon2 import PasswordHasher

    from cashier_app.services import users

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
