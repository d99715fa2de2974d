"""Mailed checks (F8): a batch balanced against the adding-machine tape's control total."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from sqlalchemy import select

from cashier_app.models import Payment
from cashier_app.services.stubs import stub_barcode
from tests.ui.conftest import find, press, text_of


def type_and_enter(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_batch_of_mailed_checks_balances_against_the_control_total(qtbot, window, counter_db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    press(qtbot, window, Qt.Key.Key_F8)
    dialog = window.flow.mailed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is find(dialog, QLineEdit, "batchControlTotal"))
    type_and_enter(qtbot, find(dialog, QLineEdit, "batchControlTotal"), "300.00")
    account = find(dialog, QLineEdit, "batchAccount")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is account)

    # A stub: the account and its amount due come from the scan.
    type_and_enter(qtbot, account, stub_barcode("1000001", Decimal("128.45"), dt.date(2026, 12, 3)))
    qtbot.waitUntil(lambda: text_of(dialog, "batchAccountLabel").startswith("1000001"))
    assert find(dialog, QLineEdit, "batchAmount").text() == "128.45"
    type_and_enter(qtbot, find(dialog, QLineEdit, "batchCheckNumber"), "2001")
    qtbot.keyClick(find(dialog, QLineEdit, "batchAmount"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text_of(dialog, "batchCount") == "1")
    assert text_of(dialog, "batchDifference") == "-$171.55"

    # Typed: the account number; a check without its number is refused at the field.
    type_and_enter(qtbot, account, "2000001")
    qtbot.waitUntil(lambda: text_of(dialog, "batchAccountLabel").startswith("2000001"))
    qtbot.keyClick(find(dialog, QLineEdit, "batchCheckNumber"), Qt.Key.Key_Return)
    type_and_enter(qtbot, find(dialog, QLineEdit, "batchAmount"), "150.00")  # above the $128.45 owed: credit
    error = find(dialog, QLabel, "batchEntryError")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "A check needs its check number (digits only)."
    find(dialog, QLineEdit, "batchCheckNumber").setText("2002")
    qtbot.keyClick(find(dialog, QLineEdit, "batchAmount"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text_of(dialog, "batchCount") == "2")
    assert text_of(dialog, "batchTotal") == "$278.45"
    assert text_of(dialog, "batchDifference") == "-$21.55"

    qtbot.keyClick(account, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    result = find(dialog, QLabel, "batchResult")
    qtbot.waitUntil(result.isVisible)
    assert result.text() == "Batch closed: 2 checks, $278.45. Control total $300.00: difference -$21.55."
    with counter_db[0].read() as s:
        channels = s.scalars(select(Payment.channel)).all()
    assert channels == ["mail", "mail"]
    dialog.reject()
