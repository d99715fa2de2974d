"""The database password: kept out of station.toml, never printed, masked in every message."""
from __future__ import annotations

import stat

import pytest
from sqlalchemy.engine import make_url

from cashier_app import config
from cashier_app.db import DatabaseError, make_engine, shown_url
from tests.integration.test_cli import PASSWORD, one_line, run


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_init_keeps_the_database_password_out_of_the_config_and_the_terminal(db_url, capsys, monkeypatch,
                                                                             cashier_home):
    given = make_url(db_url)
    code, out, err = run(capsys, monkeypatch, "--db", db_url, "init", stdin=PASSWORD + "\n")
    assert code == 0, err
    kept = config.load_station_config()
    assert make_url(kept.db_url).password is None and "password=" not in kept.db_url
    if given.password:  # PostgreSQL: the password went to the owner-only pgpass file libpq reads
        assert f":{given.password}@" not in out + err and ":***@" in out  # (the test user's password is its name)
        assert (cashier_home / "station.toml").read_text().count(given.password) == kept.db_url.count(given.password)
        pgpass = config.pgpass_path()
        assert _mode(pgpass) == 0o600
        assert pgpass.read_text().rstrip("\n").rsplit(":", 1)[1] == given.password
    # a plain command (no --db, no CASHIER_DB_URL) opens the database with what init kept
    code, out, err = run(capsys, monkeypatch, "user", "list")
    assert code == 0 and "admin" in out, err


def test_a_bad_url_is_refused_with_its_password_masked(capsys, monkeypatch):
    for url in ("postgresql://cashier:s3cret-Pw@dbhost:notaport/cashier", "nosuch://cashier:s3cret-Pw@dbhost/x"):
        code, out, err = run(capsys, monkeypatch, "--db", url, "user", "list")
        line = one_line(err)
        assert code == 1 and "s3cret-Pw" not in out + err and "cashier:***@dbhost" in line, line
        with pytest.raises(DatabaseError) as caught:
            make_engine(url)
        assert "s3cret-Pw" not in str(caught.value)


@pytest.mark.parametrize("url, shown", [
    ("postgresql://cashier:s3cret@dbhost/cashier", "postgresql+psycopg://cashier:***@dbhost/cashier"),
    ("postgresql://cashier@dbhost/cashier?password=s3cret", "postgresql+psycopg://cashier@dbhost/cashier?password=***"),
    ("postgresql://cashier:s3cret@dbhost:port/x", "postgresql://cashier:***@dbhost:port/x"),
    ("sqlite:///home/cashier.db", "sqlite:///home/cashier.db"),
])
def test_shown_urls_have_no_password(url, shown):
    assert shown_url(url) == shown

