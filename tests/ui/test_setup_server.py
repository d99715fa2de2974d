"""The setup assistant with a PostgreSQL server: Test connection says what is wrong on the field to
fix, a new database is set up at Finish only (password in pgpass, never in station.toml), and a
second station joins a database the first made with ``cashier-app init``: its name and prefix
refused when taken, no administrator page, the first station's keys required and checked."""
from __future__ import annotations

import io
import secrets
import socket
import sys

from sqlalchemy import select

from cashier_app import config as cfg
from cashier_app.cli import main as cli_main
from cashier_app.db import open_database
from cashier_app.models import Station
from cashier_app.services.audit import verify_chain
from cashier_app.services.setup.database_probe import ServerAddress
from cashier_app.services.users import authenticate
from tests.ui.setup_support import (
    ADMIN_PASSWORD, error_text, fill_server, fresh_pg, home_files, open_assistant, press_next,  # noqa: F401 - fixtures
    tables_of, visible_errors,
)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def connection_tested(qtbot, assistant) -> None:  # noqa: ANN001
    assistant.pages[0].test.click()
    qtbot.waitUntil(lambda: not assistant.jobs.busy, timeout=20_000)


def test_test_connection_says_what_is_wrong_on_the_field_to_fix(qtbot, fresh_pg, cashier_home):
    assistant = open_assistant(qtbot)
    good = fresh_pg
    cases = [
        (ServerAddress(good.host, closed_port(), good.database, good.user, good.password), "setupHostError",
         "no database server listens on port"),
        (ServerAddress("no-such-server.invalid", good.port, good.database, good.user, good.password),
         "setupHostError", "No computer named 'no-such-server.invalid'"),
        (ServerAddress(good.host, good.port, good.database, good.user, "not-the-password"), "setupPasswordError",
         "refused the password"),
        (ServerAddress(good.host, good.port, "no_such_db_here", good.user, good.password), "setupDatabaseNameError",
         "no database 'no_such_db_here'"),
        (ServerAddress(good.host, good.port, "", good.user, good.password), "setupDatabaseNameError",
         "Type the database's name"),
    ]
    for address, error, words in cases:
        fill_server(assistant, address)
        connection_tested(qtbot, assistant)
        assert words in error_text(assistant, error), (address.host, visible_errors(assistant))
        assert "not-the-password" not in str(visible_errors(assistant))
        assert press_next(qtbot, assistant) == "setupDatabasePage"
    fill_server(assistant, good)
    connection_tested(qtbot, assistant)
    assert not visible_errors(assistant)
    assert "A new, empty database" in assistant.pages[0].result.text()
    assert tables_of(good) == [] and home_files(cashier_home) == []


def test_a_new_server_database_is_made_at_finish_with_its_password_in_pgpass(qtbot, fresh_pg, cashier_home):
    assistant = open_assistant(qtbot)
    fill_server(assistant, fresh_pg)
    assert press_next(qtbot, assistant) == "setupStationPage"
    assert press_next(qtbot, assistant) == "setupPrinterPage"
    assert press_next(qtbot, assistant) == "setupAdminPage"
    assistant.pages[3].password.setText(ADMIN_PASSWORD)
    assistant.pages[3].again.setText(ADMIN_PASSWORD)
    assert press_next(qtbot, assistant) == "setupKeysPage"
    assert press_next(qtbot, assistant) == "setupFinishPage"
    assistant.cancel.click()  # cancelled on the last page: nothing at all
    assert tables_of(fresh_pg) == [] and home_files(cashier_home) == []

    assistant = open_assistant(qtbot)
    fill_server(assistant, fresh_pg)
    for _ in range(3):
        press_next(qtbot, assistant)
    assistant.pages[3].password.setText(ADMIN_PASSWORD)
    assistant.pages[3].again.setText(ADMIN_PASSWORD)
    press_next(qtbot, assistant)
    assert press_next(qtbot, assistant) == "setupFinishPage"
    assert "pgpass: the PostgreSQL password" in assistant.pages[5].summary.text()
    with qtbot.waitSignal(assistant.set_up, timeout=30_000):
        assistant.next.click()
    text = (cashier_home / "station.toml").read_text()
    assert f":{fresh_pg.password}@" not in text and fresh_pg.database in cfg.load_station_config().db_url
    assert fresh_pg.password in cfg.pgpass_path().read_text()
    assert {"station.toml", "pgpass", "audit.key", "draft.key"} <= set(home_files(cashier_home))
    db = open_database(cfg.load_station_config().resolved_db_url(), passfile=cfg.pgpass_path())
    assert authenticate(db, "admin", ADMIN_PASSWORD, "S1").username == "admin"
    db.dispose()
    assistant.result.db.dispose()


def test_a_second_station_joins_a_database_the_first_made_with_init(qtbot, fresh_pg, cashier_home, tmp_path,
                                                                    monkeypatch):
    first_home = tmp_path / "first-station"
    first_home.mkdir()
    monkeypatch.setenv("CASHIER_HOME", str(first_home))
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert cli_main(["--db", fresh_pg.url(), "init"]) == 0
    monkeypatch.setenv("CASHIER_HOME", str(cashier_home))

    assistant = open_assistant(qtbot)
    fill_server(assistant, fresh_pg)
    connection_tested(qtbot, assistant)
    assert "This station joins it" in assistant.pages[0].result.text() and "S1 (S1)" in assistant.pages[0].result.text()
    assert press_next(qtbot, assistant) == "setupStationPage"
    station = assistant.pages[1]
    assert station.name.text() == "S2" and "S1 (S1-…)" in station.in_use.text()
    station.name.setText("S1")
    assert press_next(qtbot, assistant) == "setupStationPage"
    assert "already set up in this database" in error_text(assistant, "setupStationNameError")
    station.name.setText("S2")
    station.prefix.setText("s1")
    assert press_next(qtbot, assistant) == "setupStationPage"
    assert "Station 'S1' already prints receipts S1-" in error_text(assistant, "setupReceiptPrefixError")
    station.prefix.setText("S2")
    assert press_next(qtbot, assistant) == "setupPrinterPage"
    assert press_next(qtbot, assistant) == "setupKeysPage"  # the database has its administrator
    assert assistant.step.text() == "Step 4 of 5: Keys"
    keys = assistant.pages[4]
    assert keys.copy.isChecked() and not keys.make.isEnabled()
    assert press_next(qtbot, assistant) == "setupKeysPage"
    assert "Choose the first station's file" in error_text(assistant, "setupAuditKeyError")
    stranger = tmp_path / "other-audit.key"
    stranger.write_text(secrets.token_hex(32))
    keys.audit_file.setText(str(stranger))
    keys.draft_file.setText(str(first_home / "draft.key"))
    assert press_next(qtbot, assistant) == "setupKeysPage"
    assert "does not match this database's audit trail" in error_text(assistant, "setupAuditKeyError")
    keys.audit_file.setText(str(first_home / "audit.key"))
    keys.draft_file.setText(str(tmp_path / "missing.key"))
    assert press_next(qtbot, assistant) == "setupKeysPage"
    assert "No bank-draft key" in error_text(assistant, "setupDraftKeyError")
    keys.draft_file.setText(str(first_home / "draft.key"))
    assert press_next(qtbot, assistant) == "setupFinishPage"
    assert home_files(cashier_home) == []
    with qtbot.waitSignal(assistant.set_up, timeout=30_000):
        assistant.next.click()
    for name in ("audit.key", "draft.key"):
        assert (cashier_home / name).read_bytes() == (first_home / name).read_bytes()
    config = cfg.load_station_config()
    assert (config.station, config.receipt_prefix) == ("S2", "S2") and f":{fresh_pg.password}@" not in config.db_url
    db = assistant.result.db
    with db.read() as s:
        assert sorted((st.name, st.receipt_prefix) for st in s.scalars(select(Station))) == [("S1", "S1"), ("S2", "S2")]
        assert verify_chain(s).first_broken_id is None
    assert authenticate(db, "admin", ADMIN_PASSWORD, "S2").station == "S2"  # the first station's administrator
    db.dispose()
