"""A cash payment on the open account: amount applied, cash tendered, change, post, receipt.

The client token is made when the form opens for a customer and renewed only when a post
succeeds or another customer's account opens, so a double click or a retry after an unclear
answer posts the same one payment (payments service).
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cashier_app.money import ZERO, MoneyError, format_amount
from cashier_app.services.accounts import AccountView
from cashier_app.services.payments import (
    AllocationRequest, PaymentRefused, PaymentRequest, PostedPayment, TenderRequest, new_client_token,
    post_payment,
)
from cashier_app.services.printing import PrintResult
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.payment_panel_view import PaymentPanelView
from cashier_app.ui.receipt_printing import ReceiptPrinting
from cashier_app.ui.widgets import AmountField, ErrorLabel

CASH = "cash"  # TenderKind.CASH (the UI does not import the data model)


class PaymentPanel(QWidget):
    payment_posted = Signal(object)  # PostedPayment

    def __init__(self, context: CounterContext, printing: ReceiptPrinting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._printing = printing
        self._account: AccountView | None = None
        self._token = new_client_token()
        self._posting = False
        self._posted_for: int | None = None  # account whose posted change is on show
        self.view = v = PaymentPanelView(self)
        v.post_button.clicked.connect(self.post)
        v.amount_applied.textEdited.connect(self._on_amount_edited)
        v.cash_tendered.textEdited.connect(self._on_tendered_edited)
        v.amount_applied.returnPressed.connect(self._on_amount_entered)
        v.cash_tendered.returnPressed.connect(self._on_tendered_entered)
        printing.printed.connect(self._on_printed)
        printing.failed.connect(self._on_print_failed)
        self.set_account(None)

    @property
    def posting(self) -> bool:
        return self._posting

    # -- the customer ---------------------------------------------------------------------------

    def set_account(self, account: AccountView | None) -> None:
        """Show the form for ``account`` (None: no account open); amount applied = amount due."""
        v = self.view
        same = account is not None and self._account is not None and account.account_id == self._account.account_id
        if not same:
            self._token = new_client_token()  # a payment screen for another customer: a new payment
        self._account = account
        for widget in (v.amount_applied, v.cash_tendered, v.post_button):
            widget.setEnabled(account is not None)
        self._clear_errors()
        if account is None:
            v.paying_for.setText(self.tr("Open an account to take a payment."))
            v.amount_due.setText("—")
            v.amount_applied.clear()
            v.cash_tendered.clear()
        else:
            v.paying_for.setText(self.tr("Account {0} · {1}").format(account.account_number, account.customer_name))
            v.amount_due.setText(format_amount(account.amount_due))
            v.amount_applied.set_amount(account.amount_due)
            if not same:
                v.cash_tendered.clear()
        if not (same and self._posted_for == account.account_id):
            self._posted_for = None
            self._show_change()

    def focus_entry(self) -> None:
        """Put the cursor where the cashier types next: cash tendered (or the amount if none is due)."""
        v = self.view
        field = v.cash_tendered if self._account and self._account.amount_due > 0 else v.amount_applied
        field.setFocus()
        field.selectAll()

    # -- posting --------------------------------------------------------------------------------

    def post(self) -> None:
        """Post the cash payment (F12 or the button); ignored while a post is on its way."""
        v = self.view
        if self._posting:
            return
        self._clear_errors()
        if self._account is None:
            v.post_error.show_error(self.tr("Open an account first."))
            return
        applied = self._read(v.amount_applied, v.amount_applied_error)
        tendered = self._read(v.cash_tendered, v.cash_tendered_error)
        if applied is None or tendered is None:
            field = v.amount_applied if applied is None else v.cash_tendered
            field.setFocus()
            field.selectAll()
            return
        request = PaymentRequest(self._token, (AllocationRequest(self._account.account_id, applied),),
                                 (TenderRequest(CASH, tendered),))
        self._set_posting(True)
        ctx = self._context
        ctx.jobs.run(post_payment, ctx.db, ctx.actor, request, on_done=self._on_posted, on_error=self._on_refused)

    def _read(self, field: AmountField, error: ErrorLabel) -> Decimal | None:
        try:
            return field.amount()
        except MoneyError as exc:
            error.show_error(str(exc))
            return None

    def _set_posting(self, posting: bool) -> None:
        v = self.view
        self._posting = posting
        v.post_button.setEnabled(not posting and self._account is not None)
        v.post_button.setText(self.tr("Posting…") if posting else self.tr("Post payment   F12"))
        v.amount_applied.setReadOnly(posting)
        v.cash_tendered.setReadOnly(posting)

    def _on_posted(self, posted: PostedPayment) -> None:
        v = self.view
        self._set_posting(False)
        self._token = new_client_token()  # the next payment is a new one
        self._posted_for = self._account.account_id if self._account else None
        v.cash_tendered.clear()
        v.amount_applied.clear()
        self._set_change(format_amount(posted.change),
                         self.tr("give back — receipt {0}").format(posted.receipt_number), "posted")
        v.last_receipt.setText(posted.receipt_number)
        detail = self.tr("Cash {0} · applied {1} · change {2}").format(
            format_amount(posted.tendered), format_amount(posted.total), format_amount(posted.change))
        if posted.already_posted:  # a retry after an unclear answer: the first post stands
            detail = self.tr("Already posted before this retry. {0}").format(detail)
        v.last_receipt_detail.setText(detail)
        v.print_state.setText(self.tr("Printing…"))
        self.payment_posted.emit(posted)
        self._printing.print_waiting()

    def _on_refused(self, exc: BaseException) -> None:
        self._set_posting(False)
        v = self.view
        where = getattr(exc, "field", "") if isinstance(exc, PaymentRefused) else ""
        if where.startswith("allocation") and where.endswith(":amount"):
            target, field = v.amount_applied_error, v.amount_applied
        elif where.startswith("tender"):
            target, field = v.cash_tendered_error, v.cash_tendered
        else:
            target, field = v.post_error, None
        target.show_error(error_message(exc))
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _on_printed(self, result: PrintResult) -> None:
        if result.failed or result.waiting:
            self.view.print_state.setText(self.tr("Not printed: {0} waiting. {1}").format(
                result.waiting, result.last_error).strip())
        else:
            self.view.print_state.setText(self.tr("Printed"))

    def _on_print_failed(self, message: str) -> None:
        self.view.print_state.setText(self.tr("Not printed: {0}").format(message))

    # -- editing --------------------------------------------------------------------------------

    def _on_amount_edited(self, _text: str) -> None:
        self._on_edited(self.view.amount_applied_error)

    def _on_tendered_edited(self, _text: str) -> None:
        self._on_edited(self.view.cash_tendered_error)

    def _on_edited(self, error: ErrorLabel) -> None:
        error.clear_error()
        self.view.post_error.clear_error()
        self._posted_for = None
        self._show_change()

    def _on_amount_entered(self) -> None:
        self.view.cash_tendered.setFocus()
        self.view.cash_tendered.selectAll()

    def _on_tendered_entered(self) -> None:
        self._read(self.view.cash_tendered, self.view.cash_tendered_error)

    def _show_change(self) -> None:
        """Change for what is typed so far; a grey $0.00 until both amounts read and cover each other."""
        v = self.view
        nothing = format_amount(ZERO)
        try:
            change = v.cash_tendered.amount() - v.amount_applied.amount()
        except MoneyError:
            self._set_change(nothing, "", "pending")
            return
        if change < 0:
            self._set_change(nothing, self.tr("cash is {0} short").format(format_amount(-change)), "short")
        else:
            self._set_change(format_amount(change), "", "")

    def _set_change(self, amount: str, caption: str, tone: str) -> None:
        v = self.view
        v.change_due.setText(amount)
        v.change_caption.setText(caption)
        for widget in (v.change_due, v.change_caption):
            if widget.property("tone") != tone:
                widget.setProperty("tone", tone)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def _clear_errors(self) -> None:
        for error in (self.view.amount_applied_error, self.view.cash_tendered_error, self.view.post_error):
            error.clear_error()
