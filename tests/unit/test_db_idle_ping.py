"""PostgreSQL: a pooled connection is pinged before use only after being idle a while (one round trip
less per transaction for a busy station); a connection the server dropped meanwhile is replaced."""
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from cashier_app import db as db_module
from cashier_app.db import Database, make_engine
from tests.conftest import BACKENDS

#: PostgreSQL only (SQLite has no server to drop a connection); CI always has it (tests/conftest.py).
pytestmark = pytest.mark.parametrize("db_url", [b for b in BACKENDS if b == "postgresql"], indirect=True)


@pytest.fixture
def pg(db_url):
    database = Database(make_engine(db_url))
    yield database
    database.dispose()


def backend(database):
    with database.read() as s:
        return s.scalar(text("SELECT pg_backend_pid()"))


def drop_on_server(db_url, pid):
    other = Database(make_engine(db_url))
    try:
        with other.write() as s:
            s.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        other.dispose()


def test_a_connection_dropped_while_idle_is_replaced_before_the_first_statement(pg, db_url, monkeypatch):
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE_SECONDS", 0.0)  # every checkout counts as idle
    first = backend(pg)
    drop_on_server(db_url, first)
    assert backend(pg) != first  # pinged, found dead, connected again: no error


def test_a_busy_connection_is_not_pinged_and_a_drop_is_found_by_the_statement_then_replaced(pg, db_url,
                                                                                           monkeypatch):
    monkeypatch.setattr(db_module, "PING_AFTER_IDLE_SECONDS", 3600.0)  # never idle enough
    first = backend(pg)
    drop_on_server(db_url, first)
    # No ping: the statement itself finds the dropped connection (as the window's lost-connection
    # path expects: the post is kept and tried again with its token, docs/RELIABILITY.md).
    with pytest.raises(DBAPIError) as caught:
        backend(pg)
    assert caught.value.connection_invalidated
    assert backend(pg) != first  # the pool connected again
