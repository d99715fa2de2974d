"""A bill stub scanned into the lookup field (a keyboard-wedge scanner types it, then Enter)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from cashier_app.services.stubs import stub_barcode
from tests.ui.conftest import find, payment_count, post_and_wait, tender_amount, text_of

DUE = dt.date(2026, 12, 3)


def scan(qtbot, window, barcode: str) -> None:
    field = find(window, QLineEdit, "lookupField")
    qtbot.keyClicks(field, barcode)  # the scanner types fast, then Enter
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_scanning_a_stub_opens_the_account_with_the_stub_amount_and_posts(qtbot, window, counter_db):
    scan(qtbot, window, stub_barcode("1000001", Decimal("100.00"), DUE))
    qtbot.waitUntil(lambda: window.payment.has_payment())
    assert text_of(window, "customerName") == "Renée O'Brien"
    rows = window.payment.view.allocations_model.rows()
    assert [(r.account_number, r.applied, r.due) for r in rows] == [("1000001", Decimal("100.00"), Decimal("128.45"))]
    assert find(window, QLineEdit, "lookupField").text() == ""  # ready for the next scan
    assert window.lookup.model.rowCount() == 0  # the barcode was never searched as a name
    qtbot.keyClicks(tender_amount(window), "100")
    post_and_wait(qtbot, window, "S1-000001")
    assert payment_count(counter_db[0]) == 1


def test_a_second_stub_adds_its_account_to_the_same_payment(qtbot, window):
    scan(qtbot, window, stub_barcode("1000001", Decimal("128.45"), DUE))
    qtbot.waitUntil(lambda: window.payment.has_payment())
    token = window.payment.poster.token
    scan(qtbot, window, stub_barcode("2000001", Decimal("40.00"), DUE))
    qtbot.waitUntil(lambda: window.payment.view.allocations_model.rowCount() == 2)
    assert text_of(window, "totalDue") == "$168.45"
    assert window.payment.poster.token == token


def test_an_unreadable_stub_says_so_under_the_field_and_opens_nothing(qtbot, window):
    good = stub_barcode("1000001", Decimal("128.45"), DUE)
    damaged = good[:-1] + str((int(good[-1]) + 1) % 10)  # a misread digit: the check digit fails
    scan(qtbot, window, damaged)
    error = find(window, QLabel, "lookupError")
    qtbot.waitUntil(error.isVisible)
    assert error.text().startswith("This bill stub could not be read:")
    assert "check digit" in error.text()
    assert window.account.current is None and not window.payment.has_payment()


def test_a_stub_for_an_account_not_on_file_says_which(qtbot, window):
    scan(qtbot, window, stub_barcode("7777777", Decimal("10.00"), DUE))
    error = find(window, QLabel, "lookupError")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "The bill stub is for account 7777777, which is not on file."
