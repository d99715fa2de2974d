"""Mailed checks (F8): one batch of checks that came by mail, balanced against the adding-machine
tape. Each check is stub scan (or account number), check number, amount, Enter; the running count
and total show against the control total; closing the batch shows the difference.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cashier_app.money import ZERO, MoneyError, format_amount
from cashier_app.services import batches, stubs
from cashier_app.services.batches import BatchSummary
from cashier_app.services.lookup import AccountHit, find_accounts
from cashier_app.services.payments import PostedPayment, new_client_token
from cashier_app.ui.context import CounterContext, MoneyLimit
from cashier_app.ui.errors import error_message
from cashier_app.ui.mailed_checks_view import MailedChecksView
from cashier_app.ui.payment_list_models import BatchCheck, BatchColumn
from cashier_app.ui.payment_posting import asks_to_accept_credit
from cashier_app.ui.status_bar import set_tone


class MailedChecksDialog(QDialog):
    check_posted = Signal(object)  # PostedPayment

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailedChecksDialog")
        self.setWindowTitle(self.tr("Mailed checks batch"))
        self._context = context
        self.batch_id: int | None = None
        self.control_total: Decimal | None = None
        self._account: AccountHit | None = None
        self._token = new_client_token()  # one per check; kept until that check posts
        self._busy = False
        self.view = v = MailedChecksView(self)
        v.amount.limit = context.limit  # one check: the window's money.cap
        v.control_total.limit = MoneyLimit(cap=None)  # the tape's total of many checks: no cap
        v.open_button.clicked.connect(self.open_batch)
        v.control_total.returnPressed.connect(self.open_batch)
        v.account_field.returnPressed.connect(self.find_account)
        v.account_field.textEdited.connect(self._on_account_edited)
        v.check_number.returnPressed.connect(v.amount.setFocus)
        v.amount.returnPressed.connect(self.post_check)
        v.post_button.clicked.connect(self.post_check)
        v.close_batch_button.clicked.connect(self.close_batch)
        v.done_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Shift+Return"), self, self.close_batch)
        self.resize(760, 560)
        self._show_totals()
        v.close_batch_button.setEnabled(False)

    def start(self) -> None:
        """Show the dialog: a new batch asks its control total first; an open one goes on."""
        self.open()
        self.activateWindow()
        v = self.view
        (v.control_total if self.batch_id is None else v.account_field).setFocus()

    # -- the batch ------------------------------------------------------------------------------

    def open_batch(self) -> None:
        v = self.view
        text = v.control_total.text().strip()
        try:
            control = v.control_total.amount() if text else None
        except MoneyError as exc:
            v.open_error.show_error(str(exc))
            return
        ctx = self._context
        ctx.jobs.run(batches.open_batch, ctx.db, ctx.actor, control, "counter",
                     on_done=lambda batch_id: self._on_opened(batch_id, control),
                     on_error=lambda exc: v.open_error.show_error(error_message(exc)))

    def _on_opened(self, batch_id: int, control: Decimal | None) -> None:
        v = self.view
        self.batch_id, self.control_total = batch_id, control
        v.model.set_checks([])
        v.result.hide()
        v.pages.setCurrentWidget(v.entry_page)
        v.close_batch_button.setEnabled(True)
        self._show_totals()
        v.account_field.setFocus()

    def close_batch(self) -> None:
        if self.batch_id is None or self._busy:
            return
        ctx = self._context
        ctx.jobs.run(batches.close_batch, ctx.db, ctx.actor, self.batch_id, on_done=self._on_closed,
                     on_error=lambda exc: self.view.entry_error.show_error(error_message(exc)))

    def _on_closed(self, summary: BatchSummary) -> None:
        v = self.view
        self.batch_id = None
        v.close_batch_button.setEnabled(False)
        text = self.tr("Batch closed: {0} checks, {1}.").format(summary.count, format_amount(summary.total))
        if summary.control_total is not None:
            difference = summary.difference if summary.difference is not None else summary.total - summary.control_total
            text += " " + (self.tr("It matches the control total.") if difference == ZERO else self.tr(
                "Control total {0}: difference {1}.").format(format_amount(summary.control_total),
                                                              format_amount(difference)))
        v.result.setText(text)
        v.result.show()
        v.done_button.setFocus()

    # -- one check ------------------------------------------------------------------------------

    def find_account(self) -> None:
        v = self.view
        text = v.account_field.text().strip()
        if not text:
            return
        try:
            scan = stubs.parse_stub(text) if stubs.looks_like_stub(text) else None
        except NotImplementedError:
            scan = None
        except stubs.StubError as exc:
            v.entry_error.show_error(self.tr("This bill stub could not be read: {0}").format(exc))
            v.account_field.selectAll()
            return
        number = scan.account_number if scan else text
        ctx = self._context
        ctx.jobs.run(find_accounts, ctx.db, ctx.actor, number,
                     on_done=lambda hits: self._on_hits(number, scan, hits),
                     on_error=lambda exc: v.entry_error.show_error(error_message(exc)))

    def _on_hits(self, number: str, scan: stubs.StubScan | None, hits: list[AccountHit]) -> None:
        v = self.view
        exact = [h for h in hits if h.account_number == number]
        hit = exact[0] if exact else hits[0] if len(hits) == 1 else None
        if hit is None:
            v.entry_error.show_error(self.tr("No single account matches “{0}”: type the account number or scan "
                                             "the stub.").format(number))
            v.account_field.selectAll()
            return
        self._account = hit
        self._token = new_client_token()
        v.entry_error.clear_error()
        v.account_label.setText(f"{hit.account_number} · {hit.customer_name} · {hit.service_address}")
        if scan is not None:
            v.amount.set_amount(scan.amount_due)
        v.check_number.setFocus()

    def post_check(self, accept_credit: bool = False) -> None:
        v = self.view
        if self._busy or self.batch_id is None:
            return
        if self._account is None:
            v.entry_error.show_error(self.tr("Scan the stub or type the account number first."))
            v.account_field.setFocus()
            return
        try:
            amount = v.amount.amount()
        except MoneyError as exc:
            v.entry_error.show_error(str(exc))
            v.amount.setFocus()
            return
        self._busy = True
        ctx, account, check_number = self._context, self._account, v.check_number.text().strip()
        ctx.jobs.run(batches.post_mailed_check, ctx.db, ctx.actor, self.batch_id, account.account_id, check_number,
                     amount, self._token, accept_credit=accept_credit,
                     on_done=lambda posted: self._on_check_posted(account, check_number, posted),
                     on_error=self._on_check_refused)

    def _on_check_posted(self, account: AccountHit, check_number: str, posted: PostedPayment) -> None:
        v = self.view
        self._busy = False
        if not posted.already_posted:
            v.model.add(BatchCheck(account.account_number, account.customer_name, check_number, posted.total,
                                   posted.receipt_number))
            for column in (BatchColumn.CHECK, BatchColumn.AMOUNT, BatchColumn.RECEIPT):
                v.table.resizeColumnToContents(column)
        self._account, self._token = None, new_client_token()
        for field in (v.account_field, v.check_number, v.amount):
            field.clear()
        v.account_label.clear()
        v.entry_error.clear_error()
        self._show_totals()
        self.check_posted.emit(posted)
        v.account_field.setFocus()

    def _on_check_refused(self, exc: BaseException) -> None:
        v = self.view
        self._busy = False
        if asks_to_accept_credit(exc):
            answer = QMessageBox.question(
                self, self.tr("Leave a credit?"), self.tr("{0}?").format(str(exc).rstrip("?.")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.post_check(accept_credit=True)
                return
        v.entry_error.show_error(error_message(exc))
        field = getattr(exc, "field", "")
        target = v.check_number if "check_number" in field else v.amount if "amount" in field else v.account_field
        target.setFocus()

    def _on_account_edited(self, _text: str) -> None:
        self._account = None
        self.view.account_label.clear()
        self.view.entry_error.clear_error()

    def _show_totals(self) -> None:
        v = self.view
        checks = v.model.checks()
        total = sum((c.amount for c in checks), ZERO)
        v.count.setText(str(len(checks)))
        v.total.setText(format_amount(total))
        v.control.setText(format_amount(self.control_total) if self.control_total is not None else "—")
        if self.control_total is None:
            set_tone(v.difference, "—", "")
        else:
            difference = total - self.control_total
            set_tone(v.difference, format_amount(difference), "" if difference == ZERO else "short")

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter belongs to the fields; it never closes the dialog
        super().keyPressEvent(event)
