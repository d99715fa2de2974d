"""The counter window end to end: sign in, find, view, post cash, print the receipt, clear."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from cashier_app.ui import app as app_module
from cashier_app.ui.app import CounterApp, run_window
from cashier_app.ui.login_dialog import LoginDialog
from cashier_app.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORD, payment_count


def find(window, kind, name):
    widget = window.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def open_account(qtbot, window, typed="1000001", balance="$128.45"):
    field = find(window, QLineEdit, "lookupField")
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(window, QLabel, "accountBalance").text() == balance)


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


def test_signing_in_opens_the_counter_window(qtbot, counter_db, station_config):
    counter = CounterApp(counter_db[0], station_config)
    counter.start()
    qtbot.addWidget(counter.login)
    qtbot.keyClicks(find(counter.login, QLineEdit, "loginUser"), "cashier")
    qtbot.keyClicks(find(counter.login, QLineEdit, "loginPassword"), PASSWORD)
    qtbot.keyClick(find(counter.login, QLineEdit, "loginPassword"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.window is not None and counter.window.isVisible())
    window = counter.window
    qtbot.addWidget(window)
    assert find(window, QLabel, "statusStation").text() == "Station S1"
    assert find(window, QLabel, "statusCashier").text() == "Cashier: cashier"
    assert find(window, QLabel, "statusPrinter").text() == "Printer: online"
    assert find(window, QLabel, "statusDatabase").text() == "Database: connected"
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

def test_account_number_and_enter_shows_the_account_with_its_balance(qtbot, window):
    open_account(qtbot, window)
    assert find(window, QLabel, "customerName").text() == "Renée O'Brien"
    assert "as of 11/01/2026" in find(window, QLabel, "accountBalanceAsOf").text()
    assert find(window, QLineEdit, "amountApplied").text() == "128.45"  # the amount due
    assert QApplication.focusWidget() is find(window, QLineEdit, "cashTendered")
    history = window.account.view.history_model
    assert history.rowCount() == 3


def test_name_prefix_lists_hits_and_arrow_enter_picks_one(qtbot, window):
    field = find(window, QLineEdit, "lookupField")
    qtbot.keyClicks(field, "Smi")
    results = window.lookup.model
    qtbot.waitUntil(lambda: results.rowCount() == 3)
    assert [results.hit(r).customer_name for r in range(3)] == ["Alice Smith", "Bob Smith", "Carl Smithson"]
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(window, QLabel, "customerName").text() == "Bob Smith")
    assert window.account.current.account_number == "2000002"


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
    assert find(window, QLineEdit, "amountApplied").text() == ""
    assert not find(window, QPushButton, "postButton").isEnabled()


# -- payment ------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, message", [
    ("12.345", "Amounts have at most two decimals (cents)."),
    ("abc", "“abc” is not an amount; type digits like 12.50."),
], ids=["three-decimals", "letters"])
def test_bad_amount_is_shown_next_to_the_field_and_posts_nothing(qtbot, window, counter_db, typed, message):
    open_account(qtbot, window)
    applied = find(window, QLineEdit, "amountApplied")
    applied.clear()
    qtbot.keyClicks(applied, typed)
    qtbot.keyClicks(find(window, QLineEdit, "cashTendered"), "200")
    qtbot.keyClick(applied, Qt.Key.Key_F12)
    error = find(window, QLabel, "amountAppliedError")
    assert error.isVisible() and error.text() == message
    assert not window.jobs.busy and payment_count(counter_db[0]) == 0
    assert QApplication.focusWidget() is applied


def test_cash_short_of_the_amount_is_refused_next_to_the_field(qtbot, window, counter_db):
    open_account(qtbot, window)
    tendered = find(window, QLineEdit, "cashTendered")
    qtbot.keyClicks(tendered, "100")
    assert find(window, QLabel, "changeDue").text() == "$0.00"
    assert find(window, QLabel, "changeCaption").text() == "cash is $28.45 short"
    find(window, QPushButton, "postButton").click()
    error = find(window, QLabel, "cashTenderedError")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Tendered $100.00 is less than the total $128.45."
    assert payment_count(counter_db[0]) == 0
    assert find(window, QPushButton, "postButton").isEnabled()


@pytest.mark.parametrize("how", ["button", "f12"])
def test_posting_twice_quickly_makes_one_payment_and_prints_its_receipt(qtbot, window, counter_db,
                                                                       station_config, how):
    db, _ = counter_db
    open_account(qtbot, window)
    tendered = find(window, QLineEdit, "cashTendered")
    qtbot.keyClicks(tendered, "150")
    assert find(window, QLabel, "changeDue").text() == "$21.55"
    token = window.payment._token
    post = find(window, QPushButton, "postButton")
    for _ in range(2):
        if how == "button":
            qtbot.mouseClick(post, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(tendered, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: find(window, QLabel, "lastReceipt").text() == "S1-000001")
    assert find(window, QLabel, "changeDue").text() == "$21.55"
    qtbot.waitUntil(lambda: find(window, QLabel, "accountBalance").text() == "$0.00")
    qtbot.waitUntil(lambda: find(window, QLabel, "receiptPrintState").text() == "Printed")
    receipt = station_config.resolved_receipts_dir() / "S1-000001.txt"
    text = receipt.read_text(encoding="utf-8")
    assert "S1-000001" in text
    assert any(line.startswith("Convenience fee") and line.endswith("$0.00") for line in text.splitlines())
    assert payment_count(db) == 1
    # Cleared for the next customer: a new token, empty fields, the cursor in the lookup field.
    assert window.payment._token != token
    assert tendered.text() == "" and find(window, QLineEdit, "lookupField").text() == ""
    assert QApplication.focusWidget() is find(window, QLineEdit, "lookupField")
    assert find(window, QLabel, "statusPrinter").text() == "Printer: online"


def test_the_next_customer_gets_the_next_receipt_number(qtbot, window, counter_db):
    open_account(qtbot, window)
    qtbot.keyClicks(find(window, QLineEdit, "cashTendered"), "128.45")
    window.payment.post()
    qtbot.waitUntil(lambda: find(window, QLabel, "lastReceipt").text() == "S1-000001")
    field = find(window, QLineEdit, "lookupField")
    qtbot.keyClicks(field, "2000001")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(window, QLabel, "customerName").text() == "Alice Smith")
    assert find(window, QLabel, "changeDue").text() == "$0.00"  # the last customer's change is gone
    qtbot.keyClicks(find(window, QLineEdit, "cashTendered"), "200")
    qtbot.keyClick(find(window, QLineEdit, "cashTendered"), Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: find(window, QLabel, "lastReceipt").text() == "S1-000002")
    assert find(window, QLabel, "changeDue").text() == "$71.55"
    assert payment_count(counter_db[0]) == 2


def test_a_receipt_that_cannot_print_waits_and_the_cashier_sees_it(qtbot, counter_db, tmp_path):
    from cashier_app.config import StationConfig
    from cashier_app.services.users import authenticate

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the receipts folder should be")
    db, _ = counter_db
    window = MainWindow(db, StationConfig(receipts_dir=str(blocked)), authenticate(db, "cashier", PASSWORD, "S1"))
    qtbot.addWidget(window)
    window.show()
    assert find(window, QLabel, "statusPrinter").text() == "Printer: offline"
    open_account(qtbot, window)
    qtbot.keyClicks(find(window, QLineEdit, "cashTendered"), "200")
    window.payment.post()
    qtbot.waitUntil(lambda: find(window, QLabel, "receiptPrintState").text().startswith("Not printed"))
    assert find(window, QLabel, "lastReceipt").text() == "S1-000001"  # posted all the same
    assert find(window, QLabel, "statusPrinter").text() == "Printer: offline · 1 receipt waiting"
    window.close()


def test_opening_another_account_starts_a_new_payment(qtbot, window):
    open_account(qtbot, window)
    first = window.payment._token
    window.open_account(window.account.current.account_id)  # the same customer again: same payment
    qtbot.waitUntil(lambda: not window.jobs.busy)
    assert window.payment._token == first
    field = find(window, QLineEdit, "lookupField")
    field.clear()
    qtbot.keyClicks(field, "2000002")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find(window, QLabel, "customerName").text() == "Bob Smith")
    assert window.payment._token != first
