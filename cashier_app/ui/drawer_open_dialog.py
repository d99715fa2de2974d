"""Open the drawer: the cashier counts the opening float by unit before taking any cash.

services.drawers.open_session records the float at this station for today; a refused quantity is
shown at its unit, anything else under the table. Nothing is kept until the service says yes.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from cashier_app.services import drawers
from cashier_app.services.drawers import SessionView
from cashier_app.ui.cash_count_table import CashCountTable
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import ErrorLabel, button_row, label


class DrawerOpenDialog(QDialog):
    opened = Signal(object)  # the SessionView opened

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawerOpenDialog")
        self.setWindowTitle(self.tr("Open the drawer — Station {0}").format(context.actor.station))
        self._context = context
        self.jobs = JobRunner(self)
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(6)
        layout.addWidget(label(tr("Open your drawer"), "dialog-title"))
        hint = label(tr("Count the opening float in the drawer and type how many of each bill, coin and roll "
                        "there are. Payments can be taken once the drawer is open."), "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addSpacing(6)
        self.table = CashCountTable(self)
        layout.addWidget(self.table)
        layout.addLayout(self.table.total_row)
        self.error = ErrorLabel("drawerOpenError")
        layout.addWidget(self.error)
        self.cancel = QPushButton(tr("Not now   Esc"), objectName="drawerOpenCancel")
        self.cancel.setToolTip(tr("Close without opening; no payment can be posted until the drawer is open"))
        self.confirm = QPushButton(tr("Open drawer"), objectName="drawerOpenConfirm")
        self.confirm.setProperty("role", "primary")
        layout.addLayout(button_row(None, self.cancel, self.confirm))
        self.cancel.clicked.connect(self.reject)
        self.confirm.clicked.connect(self.submit)
        self.table.fields["roll-1c"].returnPressed.connect(self.confirm.setFocus)
        self.table.changed.connect(self.error.clear_error)
        self.table.focus_first()

    def submit(self) -> None:
        if self.jobs.busy:
            return
        self.table.clear_errors()
        self.error.clear_error()
        self._set_busy(True)
        ctx = self._context
        self.jobs.run(drawers.open_session, ctx.db, ctx.actor, self.table.quantities(),
                      on_done=self._on_opened, on_error=self._on_refused)

    def _on_opened(self, session: SessionView) -> None:
        self._set_busy(False)
        self.opened.emit(session)
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = error_message(exc)
        if not self.table.show_refusal(getattr(exc, "field", ""), message):
            self.error.show_error(message)

    def _set_busy(self, busy: bool) -> None:
        self.confirm.setEnabled(not busy)
        self.confirm.setText(self.tr("Opening…") if busy else self.tr("Open drawer"))

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self.jobs.wait_for_done(10_000)  # the database must outlive a call in progress
        super().done(result)
