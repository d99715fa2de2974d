"""The counter window end to end: sign in, find, view, post cash, print the receipt, clear."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTabWidget

from cashier_app.config import StationConfig
from cashier_app.ui import app as app_module
from cashier_app.ui.app import CounterApp, run_window
from cashier_app.ui.login_dialog import LoginDialog
from cashier_app.ui.main_window import MainWindow
from cashier_app.ui.usage_chart import UsageChart
from tests.ui.conftest import (
    PASSWORD, find, open_account, open_window, payment_count, post_and_wait, post_button, press, tender_amount,
    text_of,
)

# -- sign-in ------------------------------------------------------------------------------------


def test_wrong_password_shows_the_error_in_the_dialog(qtbot, counter_db, station_config):
    db, _ = counter_db
    dialog = LoginDialog(db, station_config)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(find(dialog, QLineEdit, "loginUser"), "cashier")
    qtbot.keyClicks(find(dialog, QLineEdit, "loginPassword"), "not-my-password")
    qtbot.mouseClick(find(dialog, QPushButton, "loginButton"), Qt.MouseButton.LeftButton)
    error = find(dialog, QLabel, "loginError")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Wrong user name or password."
    assert dialog.actor is None and dialog.isVisible()
    assert find(dialog, QLineEdit, "loginPassword").text() == ""


def test_empty_user_name_is_refused_without_asking_the_database(qtbot, counter_db, station_config):
    dialog = LoginDialog(counter_db[0], station_config)
    qtbot.addWidget(dialog)
    find(dialog, QPushButton, "loginButton").click()
    assert find(dialog, QLabel, "loginError").text() == "Enter your user name."
    assert not dialog.jobs.busy


def test_signing_in_opens_the_counter_window_with_its_status_bar(qtbot, counter_db, station_config):
    counter = CounterApp(counter_db[0], station_config)
    counter.start()
    qtbot.addWidget(counter.login)
    qtbot.keyClicks(find(counter.login, QLineEdit, "loginUser"), "cashier")
    qtbot.keyClicks(find(counter.login, QLineEdit, "loginPassword"), PASSWORD)
    qtbot.keyClick(find(counter.login, QLineEdit, "loginPassword"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.window is not None and counter.window.isVisible())
    window = counter.window
    qtbot.addWidget(window)
    assert text_of(window, "statusStation") == "Station S1"
    qtbot.waitUntil(lambda: text_of(window, "statusCashier") == "Cashier: Cashier")  # the full name
    qtbot.waitUntil(lambda: text_of(window, "statusDrawer") == "Drawer open · float $100.00")
    assert text_of(window, "statusPrinter") == "Printer: online"
    assert text_of(window, "statusDatabase") == "Database: connected"
    window.close()


def test_run_window_signs_in_and_returns_the_exit_code(qtbot, counter_db, station_config, monkeypatch):
    shown = []

    def fake_exec():
        login = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible())
        find(login, QLineEdit, "loginUser").setText("cashier")
        find(login, QLineEdit, "loginPassword").setText(PASSWORD)
        find(login, QPushButton, "loginButton").click()
        qtbot.waitUntil(lambda: any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()))
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        shown.append(window)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert run_window(counter_db[0], station_config) == 0
    assert shown and QApplication.instance().styleSheet()  # resources/style.qss was loaded
    assert app_module.STYLE_SHEET.is_file()


# -- lookup and account view ------------------------------------------------------------------

def test_account_number_and_enter_shows_the_account_and_starts_its_payment(qtbot, window):
    open_account(qtbot, window)
    assert text_of(window, "customerName") == "Renée O'Brien"
    assert "as of 11/01/2026" in text_of(window, "accountBalanceAsOf")
    rows = window.payment.view.allocations_model.rows()
    assert [(r.account_number, str(r.due), str(r.applied)) for r in rows] == [("1000001", "128.45", "128.45")]
    assert text_of(window, "totalDue") == "$128.45"
    assert text_of(window, "convenienceFee") == "Convenience fee: $0.00"
    assert QApplication.focusWidget() is tender_amount(window)
    assert window.account.view.history_model.rowCount() == 3
    assert find(window, QTabWidget, "historyTabs").tabText(1) == "Usage chart"
    assert isinstance(find(window, UsageChart, "usageChart"), UsageChart)


def test_name_prefix_lists_hits_and_arrow_enter_picks_one(qtbot, window):
    field = find(window, QLineEdit, "lookupField")
    qtbot.keyClicks(field, "Smi")
    results = window.lookup.model
    qtbot.waitUntil(lambda: results.rowCount() == 3)  # for "Sm" already, or "Smi": the same three
    assert [results.hit(r).customer_name for r in range(3)] == ["Alice Smith", "Bob Smith", "Carl Smithson"]
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text_of(window, "customerName") == "Bob Smith")
    assert window.account.current.account_number == "2000002"


def test_fast_typing_runs_one_search_at_a_time_and_ends_on_the_last_text(qtbot, window, monkeypatch):
    from cashier_app.ui import lookup_panel

    searched = []
    real = lookup_panel.find_accounts
    monkeypatch.setattr(lookup_panel, "find_accounts", lambda db, actor, text: searched.append(text) or real(
        db, actor, text))
    qtbot.keyClicks(find(window, QLineEdit, "lookupField"), "Smithson")  # faster than any answer
    qtbot.waitUntil(lambda: window.lookup.model.rowCount() == 1)
    assert window.lookup.model.hit(0).customer_name == "Carl Smithson"
    assert searched == ["Sm", "Smithson"]  # the first keystroke at once, then only the newest text


def test_cash_only_account_shows_its_badge(qtbot, window):
    open_account(qtbot, window, "2000003", "$128.45")
    assert find(window, QLabel, "badgeCashOnly").isVisible()
    assert not find(window, QLabel, "badgeBankDraft").isVisible()


def test_unknown_account_says_so_next_to_the_field(qtbot, window):
    field = find(window, QLineEdit, "lookupField")
    qtbot.keyClicks(field, "9999999")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    error = find(window, QLabel, "lookupError")
    qtbot.waitUntil(error.isVisible)
    assert "9999999" in error.text()
    assert window.account.current is None


def test_escape_clears_the_screen(qtbot, window):
    open_account(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.account.current is None
    assert find(window, QLineEdit, "lookupField").text() == ""
    assert not window.payment.has_payment() and tender_amount(window).text() == ""
    assert not post_button(window).isEnabled()


# -- a cash payment -----------------------------------------------------------------------------

@pytest.mark.parametrize("typed, message", [
    ("12.345", "Amounts have at most two decimals (cents)."),
    ("abc", "“abc” is not an amount; type digits like 12.50."),
], ids=["three-decimals", "letters"])
def test_bad_amount_is_shown_next_to_the_field_and_posts_nothing(qtbot, window, counter_db, typed, message):
    open_account(qtbot, window)
    qtbot.keyClicks(tender_amount(window), typed)
    press(qtbot, window, Qt.Key.Key_F12)
    error = find(window, QLabel, "tenderAmountError")
    assert error.isVisible() and error.text() == message
    assert not window.jobs.busy and payment_count(counter_db[0]) == 0
    assert QApplication.focusWidget() is tender_amount(window)


def test_cash_short_of_the_amount_is_refused_next_to_the_field(qtbot, window, counter_db):
    open_account(qtbot, window)
    qtbot.keyClicks(tender_amount(window), "100")
    assert text_of(window, "changeDue") == "$0.00"
    assert text_of(window, "changeCaption") == "$28.45 still to pay"
    post_button(window).click()
    error = find(window, QLabel, "tenderAmountError")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Tendered $100.00 is less than the total $128.45."
    assert payment_count(counter_db[0]) == 0
    assert post_button(window).isEnabled()


def test_cash_payment_posts_prints_and_clears_for_the_next_customer(qtbot, window, counter_db, station_config):
    db, _ = counter_db
    open_account(qtbot, window)
    qtbot.keyClicks(tender_amount(window), "150")
    assert text_of(window, "changeDue") == "$21.55"
    token = window.payment.poster.token
    post_and_wait(qtbot, window, "S1-000001")
    assert text_of(window, "changeDue") == "$21.55"
    assert text_of(window, "changeCaption") == "give back — receipt S1-000001"
    qtbot.waitUntil(lambda: text_of(window, "accountBalance") == "$0.00")
    qtbot.waitUntil(lambda: text_of(window, "receiptPrintState") == "Printed")
    text = (station_config.resolved_receipts_dir() / "S1-000001.txt").read_text(encoding="utf-8")
    assert "S1-000001" in text
    assert any(line.startswith("Convenience fee") and line.endswith("$0.00") for line in text.splitlines())
    assert payment_count(db) == 1
    # Cleared for the next customer: a new token, no payment, the cursor in the lookup field.
    assert window.payment.poster.token != token and not window.payment.has_payment()
    assert tender_amount(window).text() == "" and find(window, QLineEdit, "lookupField").text() == ""
    assert QApplication.focusWidget() is find(window, QLineEdit, "lookupField")
    assert text_of(window, "statusPrinter") == "Printer: online"


def test_a_receipt_that_cannot_print_waits_and_the_cashier_sees_it(qtbot, counter_db, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the receipts folder should be")
    window = open_window(qtbot, counter_db[0], StationConfig(receipts_dir=str(blocked)))
    qtbot.waitUntil(lambda: text_of(window, "statusPrinter") == "Printer: offline")
    open_account(qtbot, window)
    qtbot.keyClicks(tender_amount(window), "200")
    post_and_wait(qtbot, window, "S1-000001")  # posted all the same
    qtbot.waitUntil(lambda: text_of(window, "receiptPrintState").startswith("Not printed"))
    qtbot.waitUntil(lambda: text_of(window, "statusPrinter") == "Printer: offline · 1 receipt waiting")
    retry = find(window, QPushButton, "retryPrintingButton")
    assert retry.isVisible()
    blocked.unlink()  # the printer is back: the folder can be made
    retry.click()
    qtbot.waitUntil(lambda: text_of(window, "receiptPrintState") == "Printed")
    assert (blocked / "S1-000001.txt").exists() and not retry.isVisible()
    qtbot.waitUntil(lambda: text_of(window, "statusPrinter") == "Printer: online")
    window.close()


def test_opening_another_account_starts_a_new_payment(qtbot, window):
    open_account(qtbot, window)
    first = window.payment.poster.token
    window.flow.open_account(window.account.current.account_id)  # the same account again: a fresh start
    qtbot.waitUntil(lambda: not window.jobs.busy)
    open_account(qtbot, window, "2000002", "$128.45")
    assert text_of(window, "customerName") == "Bob Smith"
    assert window.payment.poster.token != first
    assert [r.account_number for r in window.payment.view.allocations_model.rows()] == ["2000002"]
