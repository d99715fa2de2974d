"""No sale: open the cash drawer without a payment. A reason, and for a cashier a supervisor on
the spot (services.approvals.approve for NO_SALE), then services.cash_drawer.open_drawer_no_sale
through the station's receipt printer. Audited by the service whether or not the drawer opened."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cashier_app.models import Role
from cashier_app.receipts.station_printer import ReceiptPrinter
from cashier_app.services import approvals, cash_drawer
from cashier_app.services.access import AccessDenied
from cashier_app.services.users import UserError
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import ErrorLabel, button_row, captioned_field, label

MIN_REASON = 3


def approve_and_open(db, actor, printer, reason: str, supervisor: str, password: str):  # noqa: ANN001, ANN201
    """On a worker thread: the supervisor's one-shot approval (a cashier needs it), then the drawer."""
    approval = None
    if not actor.has(Role.SUPERVISOR):
        approval = approvals.approve(db, supervisor, password, cash_drawer.NO_SALE, actor, actor.station)
    return cash_drawer.open_drawer_no_sale(db, actor, printer, reason, approval)


class NoSaleDialog(QDialog):
    opened_drawer = Signal(object)  # the DrawerOpening

    def __init__(self, context: CounterContext, printer: ReceiptPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noSaleDialog")
        self.setWindowTitle(self.tr("No sale — open the cash drawer"))
        self._context, self._printer = context, printer
        self.jobs = JobRunner(self)
        self.needs_supervisor = not context.actor.has(Role.SUPERVISOR)
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(4)
        layout.addWidget(label(tr("No sale"), "dialog-title"))
        note = label(tr("Opens the cash drawer without a payment. The opening is recorded with the reason "
                        "and the supervisor who approved it.") if self.needs_supervisor
                     else tr("Opens the cash drawer without a payment. The opening is recorded with the reason."),
                     "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.reason = captioned_field(layout, tr("Reason (required)"), "noSaleReason", 200)
        self.reason.setPlaceholderText(tr("e.g. change for the next drawer, a coin stuck"))
        self.supervisor = captioned_field(layout, tr("Supervisor user name"), "noSaleSupervisor", 40)
        self.password = captioned_field(layout, tr("Supervisor password"), "noSalePassword", 200)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.supervisor, self.password):
            field.setEnabled(self.needs_supervisor)
        self.error = ErrorLabel("noSaleError")
        layout.addWidget(self.error)
        self.cancel = QPushButton(tr("Cancel   Esc"), objectName="noSaleCancel")
        self.confirm = QPushButton(tr("Open drawer"), objectName="noSaleConfirm")
        layout.addLayout(button_row(None, self.cancel, self.confirm))
        self.setMinimumWidth(440)
        self.cancel.clicked.connect(self.reject)
        self.confirm.clicked.connect(self.submit)
        self.reason.returnPressed.connect(self.supervisor.setFocus if self.needs_supervisor else self.submit)
        self.supervisor.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.password.textEdited.connect(lambda _t: self.error.clear_error())
        self.reason.setFocus()

    def submit(self) -> None:
        if self.jobs.busy:
            return
        reason, supervisor = self.reason.text().strip(), self.supervisor.text().strip()
        if len(reason) < MIN_REASON:
            self.error.show_error(self.tr("Say why the drawer is opened."))
            self.reason.setFocus()
            return
        if self.needs_supervisor and (not supervisor or not self.password.text()):
            self.error.show_error(self.tr("A supervisor types their user name and password."))
            (self.password if supervisor else self.supervisor).setFocus()
            return
        self._set_busy(True)
        ctx = self._context
        self.jobs.run(approve_and_open, ctx.db, ctx.actor, self._printer, reason, supervisor, self.password.text(),
                      on_done=self._on_done, on_error=self._on_refused)

    def _on_done(self, opening: cash_drawer.DrawerOpening) -> None:
        self._set_busy(False)
        self.opened_drawer.emit(opening)
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.error.show_error(error_message(exc))
        if isinstance(exc, (UserError, AccessDenied)):
            self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.confirm.setEnabled(not busy)
        self.confirm.setText(self.tr("Checking…") if busy else self.tr("Open drawer"))

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self.jobs.wait_for_done(10_000)  # the database must outlive a check in progress
        super().done(result)
