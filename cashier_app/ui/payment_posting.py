"""Posting one payment through the payments service, safely repeatable.

The client token is made when a payment starts and kept until it posts, so a double F12, Enter
held down, or a retry after the database came back all give the same one payment (the service is
idempotent by token). A post that failed because the database could not be reached is kept and
tried again, with the same token, when the cashier posts again or the database answers again.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cashier_app.i18n import long_date
from cashier_app.money import format_amount
from cashier_app.services import payments
from cashier_app.services.drafts import run_report
from cashier_app.services.payments import PaymentRefused, PaymentRequest, PostedPayment, new_client_token
from cashier_app.ui import main_thread_gc
from cashier_app.ui.after_paint import after_paint
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import is_connection_error

def asks_to_accept_credit(exc: BaseException) -> bool:
    """The service refused an amount above what is owed until the cashier confirms the credit."""
    if not isinstance(exc, PaymentRefused):
        return False
    return exc.needs_confirmation


def draft_warning(found: list) -> str:  # noqa: ANN001 - DraftedBill rows
    """The window's copy of ``draft_rules.counter_warning``, one sentence per bill in a run."""
    tr = lambda text: QCoreApplication.translate("PaymentPoster", text)  # noqa: E731
    return "\n".join(tr("Account {0}: this account's bill is already in a bank draft run: {1} will be drafted on "
                        "{2}. A payment today is extra, kept as a credit on the account.").format(
        b.account_number, format_amount(b.amount), long_date(b.draft_date))
        for b in found)


def make_request(token: str, allocations: tuple, tenders: tuple, accept_credit: bool = False) -> PaymentRequest:
    return PaymentRequest(token, allocations, tenders, accept_credit=accept_credit)


@dataclasses.dataclass(frozen=True)
class InDraftRun:
    """The answer instead of a post: a bill of these accounts is in an open bank draft run."""

    bills: list


def check_drafts_then_post(db, actor, request: PaymentRequest, check_drafts: bool):  # noqa: ANN001, ANN201
    """One background job from F12 to the posted payment (one hop to a worker thread and back, not
    two): the bank-draft check, then the post unless a bill is in a draft run (``InDraftRun``).
    A draft check that fails does not stop the post: the post itself says what is wrong."""
    if check_drafts:
        try:
            found = run_report.bill_in_open_run(db, actor, [a.account_id for a in request.allocations])
        except Exception:  # noqa: BLE001 - as before: the post tells the cashier
            found = []
        if found:
            return InDraftRun(found)
    # Looked up at call time, so a test can stand in for the service. The window prints the receipt
    # right after (payment_panel's print run, in this process): its job is claimed with the post.
    return payments.post_payment(db, actor, request, print_here=True)


class PaymentPoster(QObject):
    posting_changed = Signal(bool)
    posted = Signal(object)  # PostedPayment
    refused = Signal(object)  # the exception (PaymentRefused, AccessDenied, ...)
    credit_question = Signal(str, object)  # the service's question, the request to post again if yes
    unavailable = Signal()  # the database could not be reached; the request waits for a retry
    draft_question = Signal(str, object)  # a bill is in a bank draft run: the warning, the request to post if yes

    def __init__(self, context: CounterContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.token = new_client_token()
        self.posting = False
        self.waiting: PaymentRequest | None = None  # kept after the database was unavailable
        self._draft_confirmed = ""  # the token whose bank-draft warning the cashier has accepted

    def new_payment(self) -> None:
        """A new customer's payment: a new token (the one before it is posted or dropped)."""
        self.token = new_client_token()
        self.waiting = None

    def post(self, request: PaymentRequest) -> bool:
        """Post ``request`` in the background; False (nothing done) while a post is on its way."""
        if self.posting:
            return False
        if request.client_token != self.token:
            raise ValueError("a request must carry the payment's token")
        self._set_posting(True)
        ctx = self._context
        # First, in the same job: is a bill of these accounts in a draft run (unless the cashier said post anyway)?
        ctx.jobs.run(check_drafts_then_post, ctx.db, ctx.actor, request, self._draft_confirmed != request.client_token,
                     on_done=lambda answer: self._on_answer(request, answer),
                     on_error=lambda exc: self._on_failed(request, exc))
        return True

    def post_despite_draft(self, request: PaymentRequest) -> bool:
        """The cashier read the bank-draft warning and posts anyway."""
        self._draft_confirmed = request.client_token
        return self.post(request)

    def _on_answer(self, request: PaymentRequest, answer: PostedPayment | InDraftRun) -> None:
        if isinstance(answer, InDraftRun):
            self._set_posting(False)
            self.draft_question.emit(draft_warning(answer.bills), request)
            return
        self._on_posted(answer)

    def retry(self) -> bool:
        """Post the request kept when the database was unavailable (same token); False if none."""
        if self.waiting is None or self.posting:
            return False
        return self.post(self.waiting)

    def _set_posting(self, posting: bool) -> None:
        self.posting = posting
        self.posting_changed.emit(posting)
        if posting:
            main_thread_gc.hold()  # no collection pause between F12 and the cleared form on screen
        else:
            after_paint(main_thread_gc.release)

    def _on_posted(self, posted: PostedPayment) -> None:
        self.waiting = None
        self.token = new_client_token()  # the next payment is a new one
        self._set_posting(False)
        self.posted.emit(posted)

    def _on_failed(self, request: PaymentRequest, exc: BaseException) -> None:
        self._set_posting(False)
        if is_connection_error(exc):
            self.waiting = request  # it may even have committed: the same token finds it
            self.unavailable.emit()
            return
        self.waiting = None
        if asks_to_accept_credit(exc) and not request.accept_credit:
            self.credit_question.emit(str(exc), dataclasses.replace(request, accept_credit=True))
            return
        self.refused.emit(exc)
