"""The window takes its amount limit from the money.cap setting, like the services (issue 10,
item 5). Before, every amount field refused more than $100,000.00 whatever the setting, and a
mailed-check batch whose tape totalled more could not be opened."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from cashier_app.services.settings import set_setting
from tests.ui.conftest import find, open_account, open_window, post_and_wait, press, tender_amount, text_of
from tests.ui.test_payment import stored_payment


def raise_cap(db, admin, value="$250,000.00"):
    set_setting(db, admin, "money.cap", value)


def test_amounts_up_to_the_raised_cap_are_taken_and_above_it_refused(qtbot, counter_db, station_config, admin,
                                                                      monkeypatch):
    db = counter_db[0]
    raise_cap(db, admin)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = open_window(qtbot, db, station_config)
    open_account(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F3)  # the amount applied
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "150000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text_of(window, "totalDue") == "$150,000.00")
    press(qtbot, window, Qt.Key.Key_F5)
    tender_amount(window).clear()
    qtbot.keyClicks(tender_amount(window), "250000.01")
    press(qtbot, window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "$250,000.00" in text_of(window, "tenderAmountError"))
    tender_amount(window).clear()
    qtbot.keyClicks(tender_amount(window), "150000")
    post_and_wait(qtbot, window, "S1-000001")
    _p, allocations, tenders = stored_payment(db, "S1-000001")
    assert allocations[0][1] == Decimal("150000.00") and tenders[0][1] == Decimal("150000.00")
    window.close()


def test_a_batch_control_total_has_no_per_check_cap(qtbot, window, counter_db):
    press(qtbot, window, Qt.Key.Key_F8)
    dialog = window.flow.mailed
    control = find(dialog, QLineEdit, "batchControlTotal")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is control)
    qtbot.keyClicks(control, "312,500.00")  # the tape of a big day's mail
    qtbot.keyClick(control, Qt.Key.Key_Return)
    account = find(dialog, QLineEdit, "batchAccount")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is account)
    assert dialog.control_total == Decimal("312500.00")
    assert not find(dialog, QLabel, "batchOpenError").isVisible()
