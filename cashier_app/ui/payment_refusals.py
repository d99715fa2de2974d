"""Where a refused payment is explained: next to the field the payments service named.

PaymentRefused.field is "allocation:<i>[:amount]", "tender:<i>[:<field>]", "tenders" or "";
DrawerRefused.field "drawer" (no open drawer session of today) is said under Post, and the window
offers to open the drawer.
a listed tender named by the refusal comes back into the tender editor, so its field can show it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from cashier_app.services.drawers import DrawerRefused
from cashier_app.services.payments import PaymentRefused
from cashier_app.ui.errors import error_message


def show_refusal(panel, exc: BaseException) -> None:  # noqa: ANN001 - a PaymentPanel
    v, message = panel.view, error_message(exc)
    where = exc.field if isinstance(exc, (PaymentRefused, DrawerRefused)) else ""
    if where == "drawer":  # no open drawer session of today: said under Post, and the drawer is offered
        v.post_error.show_error(message)
        panel.drawer_refused.emit(message)
    elif where.startswith("allocation"):
        v.allocation_error.show_error(message)
        parts = where.split(":")
        if len(parts) > 1 and parts[1].isdigit():
            panel.select_allocation(int(parts[1]))
        v.allocations.setFocus()
    elif where.startswith("tender:"):
        _show_tender_error(panel, where, message)
    elif where == "tenders":
        v.editor.show_field_error("amount", message)
        v.editor.amount_focus()
    else:
        v.post_error.show_error(message)


def _show_tender_error(panel, where: str, message: str) -> None:  # noqa: ANN001
    parts = where.split(":")
    index, field = int(parts[1]), parts[2] if len(parts) > 2 else ""
    v = panel.view
    if index < v.tenders_model.rowCount():
        typed = None if v.editor.is_empty() else v.editor.read()
        if typed is not None:
            v.tenders_model.add(typed)  # what was being typed joins the list: nothing is lost
        v.editor.load(v.tenders_model.take(index))
    v.editor.show_field_error(field, message).setFocus()


def database_notice(panel) -> str:  # noqa: ANN001
    """What to say near Post about the database ("" when all is well)."""
    tr = panel.tr  # `tr(` is what pyside6-lupdate collects (docs/TRANSLATING.md)
    if panel.database_lost and (panel.waiting_for_database or panel.has_payment()):
        return tr("Database unavailable — the payment is kept on screen. It posts when the database "
                  "answers again, or press F12 to try now.")
    if panel.waiting_for_database:
        return tr("Not posted yet: waiting for the database. F12 tries again.")
    return ""


def ask_to_accept_credit(panel, question: str) -> bool:  # noqa: ANN001
    """The service's over-payment question, put to the cashier: True to post with the credit."""
    tr = panel.tr
    answer = QMessageBox.question(
        panel, tr("Leave a credit?"),
        tr("{0}?\n\nYes posts the payment and leaves the credit on the account.").format(question.rstrip("?.")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_despite_draft(panel, warning: str) -> bool:  # noqa: ANN001
    """The bank-draft warning (a bill of the account is in a draft run), put to the cashier before
    posting: True to post anyway."""
    tr = panel.tr
    answer = QMessageBox.question(
        panel, tr("Bill in a bank draft run"),
        tr("{0}\n\nPost this payment anyway?").format(warning),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
