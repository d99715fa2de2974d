import sqlite3

import pytest

from cashier_app.db import DatabaseError, make_engine, normalize_url, open_database


def test_sqlite_runs_wal_full_sync_with_foreign_keys(tmp_path):
    db = open_database(str(tmp_path / "c.db"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_write_transactions_take_the_lock_up_front(tmp_path):
    db = open_database(str(tmp_path / "c.db"))
    with db.write():
        other = sqlite3.connect(tmp_path / "c.db", timeout=0.1, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_a_failed_write_changes_nothing(db):
    from cashier_app.models import Setting

    with pytest.raises(RuntimeError):
        with db.write() as s:
            s.add(Setting(key="login.max_failures", value=3))
            s.flush()
            raise RuntimeError("boom")
    with db.read() as s:
        assert s.get(Setting, "login.max_failures") is None


@pytest.mark.parametrize("url, message", [
    ("nosuchdb://x", "unsupported database URL"),
    ("/no/such/folder/c.db", "folder for the database does not exist"),
])
def test_bad_urls_give_one_clear_line(url, message):
    with pytest.raises(DatabaseError, match=message):
        make_engine(url)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="unreadable|not a database"):
        open_database(str(bad))


def test_normalize_url():
    assert normalize_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert normalize_url("x.db").startswith("sqlite:////")


def test_a_sqlite_file_gives_the_connection_given_back_last(tmp_path):
    """After a post, the print run reads on the connection that wrote (its page cache is current)."""
    engine = make_engine(str(tmp_path / "lifo.db"))
    first, second = engine.connect(), engine.connect()
    first_dbapi, second_dbapi = first.connection.dbapi_connection, second.connection.dbapi_connection
    first.close()
    second.close()  # given back last
    with engine.connect() as again:
        assert again.connection.dbapi_connection is second_dbapi is not first_dbapi
    engine.dispose()
