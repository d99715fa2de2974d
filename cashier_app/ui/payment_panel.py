"""The payment on screen: the accounts paid, the tenders, the totals, and Post.

A payment starts when an account opens (amount applied = its amount due) and may take more
accounts ("Add to payment") and several tenders. Posting goes through PaymentPoster (same client
token until it posts); the screen clears for the next customer once it has.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from cashier_app.money import ZERO
from cashier_app.services.payments import AllocationRequest, PaymentRequest, PostedPayment
from cashier_app.ui.after_paint import after_paint
from cashier_app.ui.context import CounterContext
from cashier_app.ui.last_receipt import LastReceipt
from cashier_app.ui.payment_models import AllocationColumn, AllocationRow
from cashier_app.ui.payment_panel_view import PaymentPanelView
from cashier_app.ui.payment_posting import PaymentPoster, make_request
from cashier_app.ui.payment_refusals import ask_despite_draft, ask_to_accept_credit, database_notice, show_refusal
from cashier_app.ui.payment_totals import show_totals
from cashier_app.ui.receipt_printing import ReceiptPrinting
from cashier_app.ui.table_keys import DELETE_KEYS, ENTER_KEYS, RowKeys, on_keys
from cashier_app.ui.tender_kinds import CASH, CHECK


class PaymentPanel(QWidget):
    payment_posted = Signal(object)  # PostedPayment
    drawer_refused = Signal(str)  # posting refused: no open drawer session of today (the message)

    def __init__(self, context: CounterContext, printing: ReceiptPrinting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._printing = printing
        self.poster = PaymentPoster(context, self)
        self.view = v = PaymentPanelView(self)
        v.editor.amount.limit = v.allocations_model.limit = context.limit  # the window's money.cap
        self.database_lost = False
        self._last_posted: PostedPayment | None = None  # its change stays on show until the next edit
        v.post_button.clicked.connect(self.post)
        v.allocations_model.changed.connect(self._on_changed)
        v.allocations_model.amount_refused.connect(self._on_amount_refused)
        v.tenders_model.changed.connect(self._on_changed)
        v.editor.edited.connect(self._on_changed)
        v.editor.kind_changed.connect(self._on_kind_changed)
        v.editor.add_requested.connect(self.add_tender)
        v.tenders.activated.connect(lambda index: self._take_back_tender(index.row()))
        free = lambda: not self.posting  # noqa: E731 - keys act only while no post is on its way
        RowKeys(v.allocations, on_keys(DELETE_KEYS, v.allocations_model.remove), free)
        RowKeys(v.tenders, {**on_keys(DELETE_KEYS, v.tenders_model.take), **on_keys(ENTER_KEYS, self._take_back_tender)},
                free)
        self.poster.posting_changed.connect(self._on_posting_changed)
        self.poster.posted.connect(self._on_posted)
        self.poster.refused.connect(self._on_refused)
        self.poster.credit_question.connect(self._on_credit_question)
        self.poster.draft_question.connect(self._on_draft_question)
        self.poster.unavailable.connect(self._on_unavailable)
        self.last_receipt = LastReceipt(v, printing, self)
        self.clear()

    # -- state ----------------------------------------------------------------------------------

    @property
    def posting(self) -> bool:
        return self.poster.posting

    @property
    def waiting_for_database(self) -> bool:
        return self.poster.waiting is not None

    def has_payment(self) -> bool:
        return self.view.allocations_model.rowCount() > 0

    def has_tenders(self) -> bool:
        """Money taken or being typed: a tender added, or the tender editor holds what was typed."""
        return self.view.tenders_model.rowCount() > 0 or not self.view.editor.is_empty()

    def focus_post(self) -> None:
        self.view.post_button.setFocus()

    # -- the accounts ---------------------------------------------------------------------------

    def start(self, row: AllocationRow) -> None:
        """A new payment for one account (a new customer): a new client token."""
        self.clear()
        self.view.allocations_model.set_rows([row])
        self.select_allocation(0)

    def add_account(self, row: AllocationRow) -> None:
        """Another account in the same payment (the customer pays several)."""
        if self.posting:
            return
        self._last_posted = None
        self.select_allocation(self.view.allocations_model.add(row))

    def refresh_due(self, account_id: int, due: Decimal) -> None:
        self.view.allocations_model.set_due(account_id, due)

    def clear(self) -> None:
        """Empty the form for the next customer (the last receipt stays shown)."""
        v = self.view
        self.poster.new_payment()
        v.allocations_model.set_rows([])
        v.tenders_model.set_tenders([])
        v.editor.clear()
        v.editor.set_kind(CASH)
        self._clear_errors()
        self._show_database_notice()
        self._on_changed()

    def focus_entry(self) -> None:
        self.view.editor.start()

    def choose_tender(self, kind: str) -> None:
        """F5 / F6 / F7: a cash, check or money-order tender; non-cash defaults to what is left."""
        self.view.editor.set_kind(kind, self._remaining())
        self.view.editor.start()

    def edit_applied(self) -> None:
        """F3: change the amount applied to the selected account."""
        v = self.view
        if not self.has_payment():
            return
        row = max(0, v.allocations.currentIndex().row())
        index = v.allocations_model.index(row, AllocationColumn.APPLIED)
        v.allocations.setFocus()
        v.allocations.setCurrentIndex(index)
        v.allocations.edit(index)

    def select_allocation(self, row: int) -> None:
        self.view.allocations.setCurrentIndex(self.view.allocations_model.index(row, AllocationColumn.APPLIED))

    # -- tenders --------------------------------------------------------------------------------

    def add_tender(self) -> None:
        """Enter in the amount (or Ctrl+Enter): the typed tender joins the list; the next one starts."""
        v = self.view
        if self.posting or v.editor.is_empty() and not v.editor.amount.text().strip():
            if not self.posting and self.has_payment():
                v.post_button.setFocus()
            return
        tender = v.editor.read()
        if tender is None:
            v.editor.amount_focus()
            return
        v.tenders_model.add(tender)
        v.editor.clear()
        v.editor.set_kind(CASH)
        if self._remaining() > ZERO:
            v.editor.start()
        else:
            v.post_button.setFocus()

    def _take_back_tender(self, row: int) -> None:
        if 0 <= row < self.view.tenders_model.rowCount() and not self.posting:
            self.view.editor.load(self.view.tenders_model.take(row))
            self.view.editor.amount_focus()

    # -- posting --------------------------------------------------------------------------------

    def build_request(self) -> PaymentRequest | None:
        """The payment on screen, or None (the reason shown at its field) when it cannot be read."""
        v = self.view
        if not self.has_payment():
            v.allocation_error.show_error(self.tr("Open an account first (F2)."))
            return None
        tenders = list(v.tenders_model.tenders())
        if not v.editor.is_empty() or not tenders:
            tender = v.editor.read()
            if tender is None:
                v.editor.amount_focus()
                return None
            tenders.append(tender)
        allocations = tuple(AllocationRequest(r.account_id, r.applied) for r in v.allocations_model.rows())
        return make_request(self.poster.token, allocations, tuple(tenders))

    def post(self) -> None:
        """Post the payment (F12 or the button); ignored while a post is on its way."""
        if self.posting:
            return
        self._clear_errors()
        request = self.build_request()
        if request is not None:
            self.poster.post(request)

    def retry_waiting(self) -> None:
        """The database answers again: post the kept payment (same token) once."""
        self.poster.retry()

    def set_database_lost(self, lost: bool) -> None:
        self.database_lost = lost
        self._show_database_notice()

    def _on_posting_changed(self, posting: bool) -> None:
        v = self.view
        v.post_button.setEnabled(not posting and self.has_payment())
        v.post_button.setText(self.tr("Posting…") if posting else self.tr("Post payment   F12"))
        v.editor.set_read_only(posting)
        v.allocations.setEnabled(not posting)

    def _on_posted(self, posted: PostedPayment) -> None:
        self.clear()  # a new token is made by the poster; this one is done
        self._last_posted = posted
        show_totals(self, posted=posted)
        self.last_receipt.show_posted(posted)
        self.payment_posted.emit(posted)
        # The cleared form is painted first; the receipt's print run (a worker thread that would
        # compete with the paint for Python's GIL) starts right after that frame.
        after_paint(self._printing.print_waiting)

    def _on_unavailable(self) -> None:
        self._show_database_notice()
        self.view.post_button.setFocus()

    def _on_credit_question(self, question: str, request: PaymentRequest) -> None:
        if ask_to_accept_credit(self, question):
            self.poster.post(request)
        else:
            self.view.allocation_error.show_error(self.tr("Not posted: change the amount applied (F3)."))
            self.edit_applied()

    def _on_draft_question(self, warning: str, request: PaymentRequest) -> None:
        if ask_despite_draft(self, warning):
            self.poster.post_despite_draft(request)
        else:
            self.view.post_error.show_error(self.tr("Not posted: the bill is in a bank draft run."))

    def _on_refused(self, exc: BaseException) -> None:
        show_refusal(self, exc)

    def _show_database_notice(self) -> None:
        text = database_notice(self)
        self.view.database_notice.setText(text)
        self.view.database_notice.setVisible(bool(text))

    # -- editing --------------------------------------------------------------------------------

    def _remaining(self) -> Decimal:
        v = self.view
        added = sum((t.amount for t in v.tenders_model.tenders()), ZERO)
        return max(ZERO, v.allocations_model.total() - added)

    def _on_changed(self) -> None:
        v = self.view
        if self.sender() is not None:
            self._last_posted = None
            v.post_error.clear_error()
        v.fit_tables()
        v.post_button.setEnabled(self.has_payment() and not self.posting)
        show_totals(self, posted=self._last_posted)

    def _on_kind_changed(self, kind: str) -> None:
        v = self.view
        cash_only = [r.account_number for r in v.allocations_model.rows() if r.cash_only]
        if kind == CHECK and cash_only:
            v.editor.show_field_error("", self.tr("Account {0} is cash only: checks are not accepted.").format(
                ", ".join(cash_only)))

    def _on_amount_refused(self, _row: int, message: str) -> None:
        self.view.allocation_error.show_error(message)

    def _clear_errors(self) -> None:
        v = self.view
        v.allocation_error.clear_error()
        v.post_error.clear_error()
        v.editor.clear_errors()
