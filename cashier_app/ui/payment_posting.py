"""Posting one payment through the payments service, safely repeatable.

The client token is made when a payment starts and kept until it posts, so a double F12, Enter
held down, or a retry after the database came back all give the same one payment (the service is
idempotent by token). A post that failed because the database could not be reached is kept and
tried again, with the same token, when the cashier posts again or the database answers again.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal

from cashier_app.services import payments
from cashier_app.services.payments import PaymentRefused, PaymentRequest, PostedPayment, new_client_token
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import is_connection_error

def asks_to_accept_credit(exc: BaseException) -> bool:
    """The service refused an amount above what is owed until the cashier confirms the credit."""
    if not isinstance(exc, PaymentRefused):
        return False
    return exc.needs_confirmation


def make_request(token: str, allocations: tuple, tenders: tuple, accept_credit: bool = False) -> PaymentRequest:
    return PaymentRequest(token, allocations, tenders, accept_credit=accept_credit)


class PaymentPoster(QObject):
    posting_changed = Signal(bool)
    posted = Signal(object)  # PostedPayment
    refused = Signal(object)  # the exception (PaymentRefused, AccessDenied, ...)
    credit_question = Signal(str, object)  # the service's question, the request to post again if yes
    unavailable = Signal()  # the database could not be reached; the request waits for a retry

    def __init__(self, context: CounterContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.token = new_client_token()
        self.posting = False
        self.waiting: PaymentRequest | None = None  # kept after the database was unavailable

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
        # Looked up at call time, so a test can stand in for the service.
        ctx.jobs.run(payments.post_payment, ctx.db, ctx.actor, request,
                     on_done=self._on_posted, on_error=lambda exc: self._on_failed(request, exc))
        return True

    def retry(self) -> bool:
        """Post the request kept when the database was unavailable (same token); False if none."""
        if self.waiting is None or self.posting:
            return False
        return self.post(self.waiting)

    def _set_posting(self, posting: bool) -> None:
        self.posting = posting
        self.posting_changed.emit(posting)

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
