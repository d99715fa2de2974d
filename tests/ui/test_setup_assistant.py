"""The setup assistant on this PC's own database: every page, every refusal where it was typed,
nothing written before Finish (Cancel on any page leaves the home empty), and Finish writes what
``cashier-app init`` writes, then the sign-in opens."""
from __future__ import annotations

import io
import sys
import tomllib

import pytest
from sqlalchemy import select

from cashier_app import config as cfg
from cashier_app.cli import main as cli_main
from cashier_app.db import open_database
from cashier_app.models import Station
from cashier_app.services.users import authenticate
from cashier_app.ui.login_dialog import LoginDialog
from cashier_app.ui.setup.first_run import FirstRun
from cashier_app.ui.setup.page import SetupAnswers
from tests.ui.setup_support import (
    ADMIN_PASSWORD, error_text, home_files, open_assistant, page_name, press_next, visible_errors,
)

PAGES = ["setupDatabasePage", "setupStationPage", "setupPrinterPage", "setupAdminPage", "setupKeysPage",
         "setupFinishPage"]


def walk_to(qtbot, assistant, target: str) -> None:
    """Next through the pages with good answers until ``target`` is shown."""
    while page_name(assistant) != target:
        if page_name(assistant) == "setupAdminPage":
            admin = assistant.pages[3]
            admin.password.setText(ADMIN_PASSWORD)
            admin.again.setText(ADMIN_PASSWORD)
        here = page_name(assistant)
        assert press_next(qtbot, assistant) != here, visible_errors(assistant)


@pytest.mark.parametrize("page", PAGES)
def test_cancel_on_any_page_writes_nothing(qtbot, cashier_home, page):
    assistant = open_assistant(qtbot)
    walk_to(qtbot, assistant, page)
    assistant.cancel.click()
    assert not assistant.isVisible()
    assert home_files(cashier_home) == []


def test_every_page_then_finish_writes_the_station_and_opens_the_sign_in(qtbot, cashier_home):
    first = FirstRun(SetupAnswers())
    assistant = first.assistant
    qtbot.addWidget(assistant)
    first.start()
    assert page_name(assistant) == "setupDatabasePage" and assistant.pages[0].local.isChecked()
    assert assistant.step.text() == "Step 1 of 6: Database"
    assert press_next(qtbot, assistant) == "setupStationPage"
    station = assistant.pages[1]
    assert station.name.text() == "S1" and "first station" in station.in_use.text()
    station.name.setText("Front desk")
    station.prefix.setText("fd1")
    assert press_next(qtbot, assistant) == "setupPrinterPage"
    printer = assistant.pages[2]
    assert printer.chosen() == "file" and "Receipt files" in printer.description.text()
    assert press_next(qtbot, assistant) == "setupAdminPage"
    assert assistant.step.text() == "Step 4 of 6: First administrator"
    assert press_next(qtbot, assistant) == "setupAdminPage"  # refused: no password yet
    assert error_text(assistant, "setupAdminPasswordError").startswith("A password needs at least 10")
    admin = assistant.pages[3]
    admin.password.setText(ADMIN_PASSWORD)
    admin.again.setText(ADMIN_PASSWORD)
    assert press_next(qtbot, assistant) == "setupKeysPage"
    keys = assistant.pages[4]
    assert keys.make.isChecked() and keys.make.isEnabled() and not keys.audit_file.isVisible()
    assert press_next(qtbot, assistant) == "setupFinishPage"
    summary = assistant.pages[5].summary
    assert "A new database" in summary.text() and "Station Front desk, receipts FD1-000001" in summary.text()
    assert home_files(cashier_home) == []  # nothing before Finish
    with qtbot.waitSignal(assistant.set_up, timeout=30_000):
        assistant.next.click()
    qtbot.waitUntil(lambda: first.counter is not None and isinstance(first.counter.login, LoginDialog)
                    and first.counter.login.isVisible())
    assert not assistant.isVisible()
    config = cfg.load_station_config()
    assert (config.station, config.receipt_prefix, config.printer, config.db_url) == ("Front desk", "FD1", "file", "")
    assert {"station.toml", "cashier.db", "audit.key", "draft.key"} <= set(home_files(cashier_home))
    db = first.assistant.result.db
    assert authenticate(db, "admin", ADMIN_PASSWORD, "Front desk").username == "admin"
    first.counter.login.rejected.disconnect()  # Quit would end the test's event loops (QCoreApplication.exit)
    first.counter.login.reject()


def test_finish_writes_what_init_writes(qtbot, cashier_home, tmp_path, monkeypatch):
    assistant = open_assistant(qtbot)
    walk_to(qtbot, assistant, "setupFinishPage")
    with qtbot.waitSignal(assistant.set_up, timeout=30_000):
        assistant.next.click()
    by_assistant = home_files(cashier_home), (cashier_home / "station.toml").read_text()
    other = tmp_path / "init-home"
    other.mkdir()
    monkeypatch.setenv("CASHIER_HOME", str(other))
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert cli_main(["init"]) == 0
    assert home_files(other) == by_assistant[0]
    assert tomllib.loads((other / "station.toml").read_text()) == tomllib.loads(by_assistant[1])
    for home in (cashier_home, other):
        db = open_database(f"sqlite:///{home / 'cashier.db'}")
        with db.read() as s:
            assert [(st.name, st.receipt_prefix) for st in s.scalars(select(Station))] == [("S1", "S1")]
        assert authenticate(db, "admin", ADMIN_PASSWORD, "S1").username == "admin"
        db.dispose()


def test_station_page_refusals_are_shown_under_their_field(qtbot, cashier_home):
    assistant = open_assistant(qtbot)
    walk_to(qtbot, assistant, "setupStationPage")
    page = assistant.pages[1]
    page.name.setText("")
    assert press_next(qtbot, assistant) == "setupStationPage"
    assert "A station name is 1 to 40" in error_text(assistant, "setupStationNameError")
    page.name.setText("S1")
    page.prefix.setText("S-1")
    assert press_next(qtbot, assistant) == "setupStationPage"
    assert "1 to 8 letters or digits" in error_text(assistant, "setupReceiptPrefixError")
    assert not error_text(assistant, "setupStationNameError")
    assert home_files(cashier_home) == []


def test_admin_page_refusals(qtbot, cashier_home):
    assistant = open_assistant(qtbot)
    walk_to(qtbot, assistant, "setupAdminPage")
    page = assistant.pages[3]
    for user, password, again, error, words in (
            ("", ADMIN_PASSWORD, ADMIN_PASSWORD, "setupAdminUserError", "A user name is 1 to 40"),
            ("admin", "password123", "password123", "setupAdminPasswordError", "most common"),
            ("oakley", "oakley-tall-9", "oakley-tall-9", "setupAdminPasswordError", "must not contain the user"),
            ("admin", ADMIN_PASSWORD, ADMIN_PASSWORD + "x", "setupAdminAgainError", "differ")):
        page.user.setText(user)
        page.password.setText(password)
        page.again.setText(again)
        assert press_next(qtbot, assistant) == "setupAdminPage"
        assert words in error_text(assistant, error), visible_errors(assistant)
    assert home_files(cashier_home) == []


def test_a_database_newer_than_the_app_is_refused_on_the_database_page(qtbot, cashier_home):
    db = open_database(str(cashier_home / "cashier.db"))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    db.dispose()
    before = home_files(cashier_home)
    assistant = open_assistant(qtbot)
    assistant.pages[0].test.click()
    qtbot.waitUntil(lambda: not assistant.jobs.busy)
    assert "the database is newer than this app" in error_text(assistant, "setupLocalError").lower()
    assert press_next(qtbot, assistant) == "setupDatabasePage"
    assert home_files(cashier_home) == before


def test_a_printer_profile_that_fails_its_test_says_so_on_the_printer_page(qtbot, cashier_home, monkeypatch):
    printers = cashier_home.parent / "printers-of-admin"
    printers.mkdir()
    (printers / "nowhere.toml").write_text('name = "Nowhere"\nconnection = "network"\nhost = "127.0.0.1"\n'
                                           'port = 1\ntimeout_seconds = 1\n')
    (printers / "broken.toml").write_text('name = "Broken"\nconnection = "telepathy"\n')
    from cashier_app.receipts import profiles
    from cashier_app.services.setup import printer_check

    for module in (profiles, printer_check):
        monkeypatch.setattr(module, "profile_dirs", lambda: [printers, cfg.project_printers_dir()])
    assistant = open_assistant(qtbot)
    walk_to(qtbot, assistant, "setupPrinterPage")
    page = assistant.pages[2]
    page.profile.setCurrentIndex(page.profile.findData("broken"))
    assert "connection" in error_text(assistant, "setupPrinterError")
    assert press_next(qtbot, assistant) == "setupPrinterPage"  # a profile that cannot be read: refused
    page.profile.setCurrentIndex(page.profile.findData("nowhere"))
    page.test_page.click()
    qtbot.waitUntil(lambda: not assistant.jobs.busy, timeout=20_000)
    assert "Test page not printed" in error_text(assistant, "setupPrinterError")
    page.drawer.click()
    qtbot.waitUntil(lambda: not assistant.jobs.busy, timeout=20_000)
    assert "The drawer did not open" in error_text(assistant, "setupPrinterError")
    assert home_files(cashier_home) == []
    page.profile.setCurrentIndex(page.profile.findData("file"))
    page.test_page.click()
    qtbot.waitUntil(lambda: not assistant.jobs.busy, timeout=20_000)
    assert page.result.isVisible() and "Test page printed" in page.result.text()
    page.drawer.click()
    qtbot.waitUntil(lambda: not assistant.jobs.busy, timeout=20_000)
    assert "Drawer opened" in page.result.text()
    assert press_next(qtbot, assistant) == "setupAdminPage"


def test_the_window_without_a_station_config_opens_the_assistant(monkeypatch, cashier_home):
    from cashier_app import window_main
    from cashier_app.ui.setup import first_run

    opened = []
    monkeypatch.setattr(first_run, "run_first_setup", lambda station="", config_path=None: opened.append(station) or 0)
    assert window_main.main([]) == 0 and cli_main(["--station", "S3"]) == 0
    assert opened == ["", "S3"]


def test_every_widget_of_the_assistant_is_named_and_documented(qtbot, cashier_home):
    from tests.ui.test_object_names import check_names

    assistant = open_assistant(qtbot)
    walk_to(qtbot, assistant, "setupFinishPage")
    check_names([assistant])


def test_a_prefix_taken_before_finish_goes_back_to_the_station_page_and_keeps_nothing(qtbot, cashier_home):
    assistant = open_assistant(qtbot)
    walk_to(qtbot, assistant, "setupFinishPage")
    db = open_database(str(cashier_home / "cashier.db"))  # meanwhile, another station took S1
    from tests.factories import make_station

    make_station(db, "Back office", "S1")
    db.dispose()
    before = home_files(cashier_home)
    assistant.next.click()
    qtbot.waitUntil(lambda: not assistant.jobs.busy, timeout=30_000)
    assert page_name(assistant) == "setupStationPage" and assistant.result is None
    assert "'Back office' (receipt prefix S1) is already set up" in error_text(assistant, "setupReceiptPrefixError")
    assert home_files(cashier_home) == before  # no keys, no station.toml
    assistant.pages[1].name.setText("S2")
    assistant.pages[1].prefix.setText("S2")
    walk_to(qtbot, assistant, "setupFinishPage")
    with qtbot.waitSignal(assistant.set_up, timeout=30_000):
        assistant.next.click()
    assert cfg.load_station_config().receipt_prefix == "S2"
