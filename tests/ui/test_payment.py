"""Cashier stories on the payment panel: several accounts, several tenders, change, refusals."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton
from sqlalchemy import select

from cashier_app.models import Payment
from cashier_app.ui.tender_kinds import CHECK, MONEY_ORDER
from tests.ui.conftest import (
    find, open_account, payment_count, post_and_wait, post_button, press, tender_amount, text_of,
)

ROUTING = "053000196"  # a valid routing number (check digit)


def add_other_account(qtbot, window, number="1000002"):
    button = next(b for b in window.findChildren(QPushButton, "addToPayment") if b.property("accountNumber") == number)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def stored_payment(db, receipt):
    with db.read() as s:
        p = s.scalar(select(Payment).where(Payment.receipt_number == receipt))
        return p, [(a.account_id, a.amount) for a in p.allocations], [(t.kind, t.amount, t.check_number)
                                                                      for t in p.tenders]


def test_two_accounts_paid_by_check_and_cash_give_change(qtbot, window, counter_db):
    db, ids = counter_db
    open_account(qtbot, window)
    add_other_account(qtbot, window)  # the customer's other account, one click
    assert text_of(window, "totalDue") == "$188.45"
    press(qtbot, window, Qt.Key.Key_F6)  # a check: the cursor waits for the check reader's line
    assert QApplication.focusWidget() is find(window, QLineEdit, "micrLine")
    assert tender_amount(window).text() == "188.45"  # defaults to what is left to pay
    qtbot.keyClick(find(window, QLineEdit, "micrLine"), Qt.Key.Key_Return)  # no reader: on to the number
    qtbot.keyClicks(find(window, QLineEdit, "checkNumber"), "1234")
    qtbot.keyClick(find(window, QLineEdit, "checkNumber"), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tender_amount(window)
    qtbot.keyClicks(tender_amount(window), "100")  # the amount was selected: typing replaces it
    qtbot.keyClick(tender_amount(window), Qt.Key.Key_Return)  # the check joins the tenders
    assert window.payment.view.tenders_model.rowCount() == 1
    assert QApplication.focusWidget() is tender_amount(window)  # $88.45 left: the next tender, cash
    qtbot.keyClicks(tender_amount(window), "100")
    assert text_of(window, "totalTendered") == "$200.00"
    assert text_of(window, "changeDue") == "$11.55"
    post_and_wait(qtbot, window, "S1-000001")
    assert text_of(window, "changeDue") == "$11.55"
    payment, allocations, tenders = stored_payment(db, "S1-000001")
    assert allocations == [(ids["obrien"], Decimal("128.45")), (ids["obrien2"], Decimal("60.00"))]
    assert tenders == [("check", Decimal("100.00"), "1234"), ("cash", Decimal("100.00"), None)]
    assert payment.change == Decimal("11.55")
    assert not window.payment.has_payment()


@pytest.mark.parametrize("how", ["button", "f12", "enter-held"])
def test_posting_twice_quickly_makes_one_payment(qtbot, window, counter_db, how):
    open_account(qtbot, window)
    qtbot.keyClicks(tender_amount(window), "150")
    post = post_button(window)
    for _ in range(3):
        if how == "button":
            qtbot.mouseClick(post, Qt.MouseButton.LeftButton)
        elif how == "f12":
            press(qtbot, window, Qt.Key.Key_F12)
        else:
            post.setFocus()
            qtbot.keyClick(post, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text_of(window, "lastReceipt") == "S1-000001")
    qtbot.waitUntil(lambda: not window.jobs.busy)
    assert payment_count(counter_db[0]) == 1


def test_cash_only_account_refuses_a_check_with_the_reason(qtbot, window, counter_db):
    open_account(qtbot, window, "2000003")
    press(qtbot, window, Qt.Key.Key_F6)
    message = "Account 2000003 is cash only: checks are not accepted."
    assert text_of(window, "tenderError") == message  # said at once, before anything is typed
    qtbot.keyClicks(find(window, QLineEdit, "checkNumber"), "555")
    press(qtbot, window, Qt.Key.Key_F12)
    error = find(window, QLabel, "tenderError")
    qtbot.waitUntil(lambda: not window.payment.posting and error.isVisible())
    assert error.text() == message  # the service's refusal, next to the tender
    assert payment_count(counter_db[0]) == 0
    press(qtbot, window, Qt.Key.Key_F5)  # cash instead
    qtbot.keyClicks(tender_amount(window), "130")
    post_and_wait(qtbot, window, "S1-000001")


@pytest.mark.parametrize("number, routing, field, message", [
    ("", "", "checkNumberError", "A check needs its check number (digits only)."),
    ("1001", "123456789", "routingNumberError", "The routing number is not valid (check digit)."),
], ids=["no-check-number", "bad-routing"])
def test_check_errors_show_at_their_field_and_post_nothing(qtbot, window, counter_db, number, routing, field,
                                                           message):
    open_account(qtbot, window)
    window.payment.choose_tender(CHECK)
    find(window, QLineEdit, "checkNumber").setText(number)
    find(window, QLineEdit, "routingNumber").setText(routing)
    press(qtbot, window, Qt.Key.Key_F12)
    error = find(window, QLabel, field)
    qtbot.waitUntil(error.isVisible)
    assert error.text() == message
    assert payment_count(counter_db[0]) == 0


def test_a_listed_check_with_an_error_comes_back_to_the_editor(qtbot, window):
    open_account(qtbot, window)
    window.payment.choose_tender(CHECK)
    tender_amount(window).setText("50")
    qtbot.keyClick(tender_amount(window), Qt.Key.Key_Return)  # added without a check number
    qtbot.keyClicks(tender_amount(window), "100")  # cash
    press(qtbot, window, Qt.Key.Key_F12)
    error = find(window, QLabel, "checkNumberError")
    qtbot.waitUntil(error.isVisible)
    assert window.payment.view.editor.kind == CHECK and tender_amount(window).text() == "50.00"
    assert QApplication.focusWidget() is find(window, QLineEdit, "checkNumber")


def test_the_check_reader_line_fills_the_check(qtbot, window):
    open_account(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F6)
    micr = find(window, QLineEdit, "micrLine")
    qtbot.keyClicks(micr, f"T{ROUTING}T 1234567890U 1001")
    qtbot.keyClick(micr, Qt.Key.Key_Return)
    assert find(window, QLineEdit, "routingNumber").text() == ROUTING
    assert find(window, QLineEdit, "bankAccount").text() == "1234567890"
    assert find(window, QLineEdit, "checkNumber").text() == "1001"
    assert QApplication.focusWidget() is tender_amount(window)
    micr.setText("T123456789T 1234567890U 1001")
    qtbot.keyClick(micr, Qt.Key.Key_Return)
    assert "check digit" in text_of(window, "micrLineError")


def test_money_order_needs_its_serial(qtbot, window, counter_db):
    open_account(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F7)
    press(qtbot, window, Qt.Key.Key_F12)
    error = find(window, QLabel, "moneyOrderSerialError")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "A money order needs its serial number."
    window.payment.choose_tender(MONEY_ORDER)
    qtbot.keyClicks(find(window, QLineEdit, "moneyOrderSerial"), "MO-778812")
    qtbot.keyClicks(find(window, QLineEdit, "moneyOrderIssuer"), "USPS")
    post_and_wait(qtbot, window, "S1-000001")


def test_over_payment_is_confirmed_and_left_as_credit(qtbot, window, counter_db, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    open_account(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F3)  # change the amount applied
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "200")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text_of(window, "totalDue") == "$200.00")  # the table commits after the key
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.keyClicks(tender_amount(window), "200")
    post_and_wait(qtbot, window, "S1-000001")
    assert len(asked) == 1 and "credit of $71.55" in asked[0]
    _p, allocations, _t = stored_payment(counter_db[0], "S1-000001")
    assert allocations[0][1] == Decimal("200.00")


def test_declined_credit_posts_nothing_and_goes_back_to_the_amount(qtbot, window, counter_db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    open_account(qtbot, window)
    window.payment.view.allocations_model.set_applied(0, Decimal("300.00"))
    qtbot.keyClicks(tender_amount(window), "300")
    press(qtbot, window, Qt.Key.Key_F12)
    error = find(window, QLabel, "allocationError")
    qtbot.waitUntil(error.isVisible)
    assert payment_count(counter_db[0]) == 0 and window.payment.has_payment()


def test_delete_removes_an_account_and_enter_takes_a_tender_back(qtbot, window):
    open_account(qtbot, window)
    add_other_account(qtbot, window)
    table = find(window, type(window.payment.view.allocations), "paymentAccounts")
    table.setFocus()
    table.setCurrentIndex(window.payment.view.allocations_model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [r.account_number for r in window.payment.view.allocations_model.rows()] == ["1000001"]
    qtbot.keyClicks(tender_amount(window), "20")
    qtbot.keyClick(tender_amount(window), Qt.Key.Key_Return)
    tenders = window.payment.view.tenders
    tenders.setFocus()
    tenders.setCurrentIndex(window.payment.view.tenders_model.index(0, 0))
    qtbot.keyClick(tenders, Qt.Key.Key_Return)
    assert window.payment.view.tenders_model.rowCount() == 0 and tender_amount(window).text() == "20.00"
