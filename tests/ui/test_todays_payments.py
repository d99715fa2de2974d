"""Today's payments (F9): find, reprint (REPRINT), void with a supervisor on the spot (VOID)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from cashier_app.ui.todays_payments import TodaysPaymentsDialog
from cashier_app.ui.void_dialog import VoidDialog
from tests.ui.conftest import SUPERVISOR_PASSWORD, find, open_account, post_and_wait, press, tender_amount, text_of


def post_cash(qtbot, window, account="1000001", cash="150", receipt="S1-000001", applied=None):
    open_account(qtbot, window, account)
    if applied is not None:  # a partial payment
        window.payment.view.allocations_model.set_applied(0, Decimal(applied))
    qtbot.keyClicks(tender_amount(window), cash)
    post_and_wait(qtbot, window, receipt)


def open_payments(qtbot, window) -> TodaysPaymentsDialog:
    press(qtbot, window, Qt.Key.Key_F9)
    dialog = window.flow.todays
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.model.rowCount() > 0)
    return dialog


def void_dialog(qtbot, dialog: TodaysPaymentsDialog) -> VoidDialog:
    qtbot.keyClick(dialog.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.void_dialog is not None and dialog.void_dialog.isVisible())
    return dialog.void_dialog


def test_search_by_receipt_account_or_amount_and_reprint(qtbot, window, station_config):
    post_cash(qtbot, window)
    post_cash(qtbot, window, "2000001", "50.00", "S1-000002", applied="50.00")
    dialog = open_payments(qtbot, window)
    assert [dialog.model.payment(r).receipt_number for r in range(2)] == ["S1-000002", "S1-000001"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is find(dialog, QLineEdit, "paymentSearch"))
    for typed, found in (("1", "S1-000001"), ("2000001", "S1-000002"), ("50.00", "S1-000002")):
        search = find(dialog, QLineEdit, "paymentSearch")
        search.clear()
        qtbot.keyClicks(search, typed)
        qtbot.keyClick(search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda found=found: dialog.model.rowCount() == 1
                        and dialog.model.payment(0).receipt_number == found)
    qtbot.keyClick(dialog.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    copy = station_config.resolved_receipts_dir() / "S1-000002-REPRINT.txt"
    qtbot.waitUntil(copy.exists)
    assert "REPRINT" in copy.read_text(encoding="utf-8")
    assert text_of(dialog, "paymentsNotice") == "Reprint of S1-000002 sent to the printer."


def test_void_needs_a_reason_and_the_right_supervisor_password(qtbot, window, station_config):
    post_cash(qtbot, window)
    qtbot.waitUntil(lambda: text_of(window, "accountBalance") == "$0.00")
    dialog = open_payments(qtbot, window)
    voiding = void_dialog(qtbot, dialog)
    find(voiding, QPushButton, "voidConfirm").click()
    assert text_of(voiding, "voidReasonError") == "Say why the payment is voided."

    qtbot.keyClicks(find(voiding, QLineEdit, "voidReason"), "Wrong account")
    qtbot.keyClicks(find(voiding, QLineEdit, "supervisorUser"), "boss")
    qtbot.keyClicks(find(voiding, QLineEdit, "supervisorPassword"), "not-the-password")
    qtbot.keyClick(find(voiding, QLineEdit, "supervisorPassword"), Qt.Key.Key_Return)
    error = find(voiding, QLabel, "voidError")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Wrong user name or password."
    assert voiding.isVisible() and not dialog.model.payment(0).voided
    assert find(voiding, QLineEdit, "voidReason").text() == "Wrong account"  # nothing else lost

    qtbot.keyClicks(find(voiding, QLineEdit, "supervisorPassword"), SUPERVISOR_PASSWORD)
    qtbot.keyClick(find(voiding, QLineEdit, "supervisorPassword"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not voiding.isVisible())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.model.payment(0).voided)
    assert dialog.model.data(dialog.model.index(0, 5)) == "VOID"
    assert text_of(dialog, "paymentsNotice") == "Receipt S1-000001 is void; the VOID receipt is printing."
    assert not find(dialog, QPushButton, "voidButton").isEnabled()
    void_copy = station_config.resolved_receipts_dir() / "S1-000001-VOID.txt"
    qtbot.waitUntil(void_copy.exists)
    qtbot.waitUntil(lambda: text_of(window, "accountBalance") == "$128.45")  # the balance comes back


def test_the_cashier_cannot_approve_their_own_void(qtbot, window):
    post_cash(qtbot, window)
    voiding = void_dialog(qtbot, open_payments(qtbot, window))
    voiding.reason.setText("Typo")
    voiding.supervisor.setText("cashier")
    voiding.password.setText("correct-horse-42")
    voiding.submit()
    qtbot.waitUntil(voiding.error.isVisible)
    assert "not a supervisor" in voiding.error.text()


def test_a_payment_taken_by_another_cashier_of_the_station_can_be_voided(qtbot, window, db):
    """The approval concerns the payment's own cashier, not whoever is signed in."""
    from cashier_app.models import Role
    from cashier_app.services.payments import (
        AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
    )
    from tests.factories import make_user

    other = make_user(db, "relief", roles=(Role.CASHIER,), password="evening-shift-77")
    account_id = _account_id(db, "1000001")
    post_payment(db, other, PaymentRequest(new_client_token(), (AllocationRequest(account_id, Decimal("10.00")),),
                                           (TenderRequest("cash", Decimal("10.00")),)))
    dialog = open_payments(qtbot, window)
    voiding = void_dialog(qtbot, dialog)
    qtbot.keyClicks(find(voiding, QLineEdit, "voidReason"), "Keyed by the relief cashier")
    qtbot.keyClicks(find(voiding, QLineEdit, "supervisorUser"), "boss")
    qtbot.keyClicks(find(voiding, QLineEdit, "supervisorPassword"), SUPERVISOR_PASSWORD)
    qtbot.keyClick(find(voiding, QLineEdit, "supervisorPassword"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.model.payment(0).voided)


def _account_id(db, number):
    from cashier_app.services.lookup import account_id_by_number

    with db.read() as s:
        return account_id_by_number(s, number)
