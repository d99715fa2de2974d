"""A pick-up: a supervisor takes excess cash from an open drawer to the safe, counted by unit.

Both names are recorded. At the counter (the cashier signed in) the supervisor types their user
name and password here, for this pick-up only; on the supervisor screen the signed-in supervisor
is the one answering, unless the drawer is their own (then another supervisor approves).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from cashier_app.money import format_amount
from cashier_app.services import drawers
from cashier_app.services.drawers import PickupResult, SessionView
from cashier_app.ui.cash_count_table import CashCountTable
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.supervisor_approval import SupervisorCredentials, approve_then
from cashier_app.ui.widgets import button_row, label

SUPERVISOR = "supervisor"  # the role's name (the window does not import the models)


def needs_credentials(context: CounterContext, cashier_id: int) -> bool:
    """Whether a supervisor must type their password: the signed-in user cannot answer alone."""
    actor = context.actor
    return not actor.has(SUPERVISOR) or actor.user_id == cashier_id


class PickupDialog(QDialog):
    picked_up = Signal(object)  # PickupResult

    def __init__(self, context: CounterContext, session: SessionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickupDialog")
        self.setWindowTitle(self.tr("Pick-up to the safe"))
        self._context, self.session = context, session
        self.jobs = JobRunner(self)
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(6)
        layout.addWidget(label(tr("Pick-up to the safe"), "dialog-title"))
        layout.addWidget(label(tr("Drawer of {0} at {1} · float {2}").format(
            session.cashier, session.station, format_amount(session.opening_float)), "caption", "pickupSession"))
        hint = label(tr("Count the cash taken out of the drawer, by bill and coin. The supervisor and the cashier "
                        "are both recorded."), "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = CashCountTable(self, tr("Cash taken to the safe"))
        layout.addWidget(self.table)
        layout.addLayout(self.table.total_row)
        self.credentials = SupervisorCredentials(layout, "pickupError", self)
        self.credentials.set_visible(needs_credentials(context, session.cashier_id))
        self.cancel = QPushButton(tr("Cancel   Esc"), objectName="pickupCancel")
        self.confirm = QPushButton(tr("Record pick-up"), objectName="pickupConfirm")
        self.confirm.setProperty("role", "primary")
        layout.addLayout(button_row(None, self.cancel, self.confirm))
        self.cancel.clicked.connect(self.reject)
        self.confirm.clicked.connect(self.submit)
        self.credentials.password.returnPressed.connect(self.submit)
        self.table.changed.connect(self.credentials.error.clear_error)
        self.table.focus_first()

    def submit(self) -> None:
        if self.jobs.busy:
            return
        self.table.clear_errors()
        self.credentials.error.clear_error()
        ctx, session = self._context, self.session
        args = (ctx.db, ctx.actor, session.id, self.table.quantities())
        if self.credentials.box.isVisibleTo(self):
            credentials = self.credentials.read()
            if credentials is None:
                return
            self._set_busy(True)
            self.jobs.run(approve_then, ctx.db, ctx.actor.station, *credentials, drawers.PICKUP_ACTION,
                          session.cashier_id, drawers.record_pickup, *args,
                          on_done=self._on_done, on_error=self._on_refused)
        else:
            self._set_busy(True)
            self.jobs.run(drawers.record_pickup, *args, on_done=self._on_done, on_error=self._on_refused)

    def _on_done(self, result: PickupResult) -> None:
        self._set_busy(False)
        self.picked_up.emit(result)
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = error_message(exc)
        field = getattr(exc, "field", "")
        if self.table.show_refusal(field, message):
            return
        if field == "units":
            self.table.group_errors["bills"].show_error(message)
            self.table.focus_first()
            return
        self.credentials.refused(message, exc)

    def _set_busy(self, busy: bool) -> None:
        self.confirm.setEnabled(not busy)
        self.confirm.setText(self.tr("Recording…") if busy else self.tr("Record pick-up"))

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self.jobs.wait_for_done(10_000)
        super().done(result)
