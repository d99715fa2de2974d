"""Void one payment: the cashier gives the reason, a supervisor approves on the spot.

The supervisor's user name and password make a one-shot approval (services.approvals.approve)
for this void only; services.voids.void_payment uses it up. Both run in one background job.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from cashier_app.money import format_amount
from cashier_app.services import voids
from cashier_app.services.payment_search import PaymentSummary
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.supervisor_approval import SupervisorCredentials, approve_then
from cashier_app.ui.widgets import ErrorLabel, button_row, captioned_field, label

VOID_ACTION = "payment.void"
MIN_REASON = 3


def approve_and_void(db, actor, supervisor: str, password: str, payment: PaymentSummary, reason: str):  # noqa: ANN001, ANN201
    """The supervisor's one-shot approval for this payment's cashier, then the void (on a worker thread)."""
    return approve_then(db, actor.station, supervisor, password, VOID_ACTION, payment.cashier_id,
                        voids.void_payment, db, actor, payment.payment_id, reason)


class VoidDialog(QDialog):
    voided = Signal(object)  # the PaymentSummary voided

    def __init__(self, context: CounterContext, payment: PaymentSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("Void receipt {0}").format(payment.receipt_number))
        self._context, self.payment = context, payment
        self.jobs = JobRunner(self)
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(4)
        layout.addWidget(label(tr("Void receipt {0}").format(payment.receipt_number), "dialog-title"))
        summary = label(tr("{0} · accounts {1} · {2}").format(format_amount(payment.total), ", ".join(payment.accounts),
                                                             payment.tenders), "caption", "voidSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        note = label(tr("The receipt number stays used; a VOID receipt prints. A supervisor approves this void "
                        "only."), "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addSpacing(6)
        self.reason = captioned_field(layout, tr("Reason (required)"), "voidReason", 200)
        self.reason.setPlaceholderText(tr("e.g. wrong account, customer changed their mind"))
        self.reason_error = ErrorLabel("voidReasonError")
        layout.addWidget(self.reason_error)
        self.credentials = SupervisorCredentials(layout, "voidError", self)
        self.supervisor, self.password, self.error = (self.credentials.user, self.credentials.password,
                                                      self.credentials.error)
        layout.addSpacing(6)
        self.cancel = QPushButton(tr("Cancel   Esc"), objectName="voidCancel")
        self.confirm = QPushButton(tr("Void payment"), objectName="voidConfirm")
        self.confirm.setProperty("role", "danger")
        self.confirm.setToolTip(tr("Check the supervisor's password and void (Enter in the password)"))
        layout.addLayout(button_row(None, self.cancel, self.confirm))
        self.setMinimumWidth(460)
        self.cancel.clicked.connect(self.reject)
        self.confirm.clicked.connect(self.submit)
        self.reason.returnPressed.connect(self.supervisor.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.reason.textEdited.connect(lambda _t: self.reason_error.clear_error())
        self.reason.setFocus()

    def submit(self) -> None:
        if self.jobs.busy:
            return
        reason = self.reason.text().strip()
        if len(reason) < MIN_REASON:
            self.reason_error.show_error(self.tr("Say why the payment is voided."))
            self.reason.setFocus()
            return
        credentials = self.credentials.read()
        if credentials is None:
            return
        self._set_busy(True)
        ctx = self._context
        self.jobs.run(approve_and_void, ctx.db, ctx.actor, *credentials,
                      self.payment, reason, on_done=self._on_voided, on_error=self._on_refused)

    def _on_voided(self, _result: object) -> None:
        self._set_busy(False)
        self.voided.emit(self.payment)
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, voids.VoidRefused) and exc.field == "reason":
            self.password.clear()
            self.reason_error.show_error(error_message(exc))
            self.reason.setFocus()
            return
        self.credentials.refused(error_message(exc), exc)

    def _set_busy(self, busy: bool) -> None:
        self.confirm.setEnabled(not busy)
        self.confirm.setText(self.tr("Checking…") if busy else self.tr("Void payment"))

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self.jobs.wait_for_done(10_000)  # the database must outlive a check in progress
        super().done(result)
