"""The supervisor screen (F11): the day's drawer sessions, pick-ups, difference approvals, the day
close, the day report, the deposit slip, the posting export, returned checks and the bank draft
dialog (ui/drafts/).

Every action is a service call in the background; the services check the supervisor role (and
refuse a supervisor approving their own drawer). Files are written under the station's home
(supervisor_files) and opened in the desktop's viewer; their path is shown.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from cashier_app import city_time
from cashier_app.money import format_amount
from cashier_app.services import business_day, day_close, day_report, deposit_slip, drawers, posting_export
from cashier_app.services.day_close import DayClosed
from cashier_app.services.drawers import PickupResult, SessionView
from cashier_app.ui import supervisor_files
from cashier_app.ui.context import CounterContext
from cashier_app.ui.drafts.bank_draft_dialog import BankDraftDialog
from cashier_app.ui.errors import error_message
from cashier_app.ui.drawer_count_dialog import DrawerCountDialog
from cashier_app.ui.pickup_dialog import PickupDialog
from cashier_app.ui.returned_checks_dialog import ReturnedChecksDialog
from cashier_app.ui.supervisor_screen_view import SupervisorScreenView


class SupervisorScreen(QDialog):
    changed = Signal()  # a drawer or the day changed (the counter asks for its drawer again)

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorScreen")
        self.setWindowTitle(self.tr("Supervisor — drawers and the day"))
        self._context = context
        self._seq = 0
        self.closed_day: DayClosed | None = None
        self.pickup_dialog: PickupDialog | None = None
        self.count_dialog: DrawerCountDialog | None = None
        self.returned_dialog: ReturnedChecksDialog | None = None
        self.bank_draft_dialog: BankDraftDialog | None = None
        self.view = v = SupervisorScreenView(self)
        v.date.dateChanged.connect(lambda _d: self.refresh())
        v.refresh.clicked.connect(self.refresh)
        v.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        v.pickup.clicked.connect(self.start_pickup)
        v.count.clicked.connect(self.start_count)
        v.approve.clicked.connect(self.approve_difference)
        v.note.returnPressed.connect(self.approve_difference)
        v.note.textEdited.connect(lambda _t: v.sessions_error.clear_error())
        v.close_day.clicked.connect(self.close_day)
        v.report_pdf.clicked.connect(lambda: self.write_day_report(".pdf"))
        v.report_csv.clicked.connect(lambda: self.write_day_report(".csv"))
        v.deposit.clicked.connect(self.write_deposit_slip)
        v.export.clicked.connect(lambda: self.export_payments(False))
        v.returned.clicked.connect(self.show_returned_checks)
        v.bank_draft.clicked.connect(self.show_bank_draft)
        v.close.clicked.connect(self.reject)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.resize(1020, 680)

    @property
    def day(self) -> dt.date:
        return self.view.date.date().toPython()

    # -- public ---------------------------------------------------------------------------------

    def open_fresh(self) -> None:
        """Show today's sessions (the date back to today)."""
        v = self.view
        v.notice.clear()
        for error in (v.sessions_error, v.day_error):
            error.clear_error()
        today = business_day.today()
        if self.day != today:
            v.date.setDate(today)  # refreshes
        else:
            self.refresh()
        self.open()
        self.activateWindow()
        v.table.setFocus()

    def refresh(self) -> None:
        self._seq += 1
        seq, ctx, day = self._seq, self._context, self.day
        ctx.jobs.run(drawers.sessions_of_day, ctx.db, ctx.actor, day,
                     on_done=lambda found: self._on_sessions(seq, found),
                     on_error=lambda exc: self._on_failed(seq, exc))
        ctx.jobs.run(day_close.day_close_of, ctx.db, ctx.actor, day,
                     on_done=lambda closed: self._on_day_state(seq, closed),
                     on_error=lambda exc: self._on_failed(seq, exc))

    def selected(self) -> SessionView | None:
        index = self.view.table.currentIndex()
        return self.view.model.row(index.row()) if index.isValid() else None

    # -- drawers --------------------------------------------------------------------------------

    def start_pickup(self) -> None:
        session = self.selected()
        if session is None or session.state != "open":
            self.view.sessions_error.show_error(self.tr("Choose an open drawer in the list first."))
            return
        self.view.sessions_error.clear_error()
        self.pickup_dialog = PickupDialog(self._context, session, self)
        self.pickup_dialog.picked_up.connect(self._on_picked_up)
        self.pickup_dialog.open()

    def start_count(self) -> None:
        """The blind count of a drawer whose cashier is away, by the supervisor (who then may not
        approve its difference too: another supervisor does; the service refuses it)."""
        session = self.selected()
        if session is None or session.state != "open":
            self.view.sessions_error.show_error(self.tr("Choose an open drawer in the list first."))
            return
        self.view.sessions_error.clear_error()
        self.count_dialog = DrawerCountDialog(self._context, session, self)
        self.count_dialog.counted.connect(lambda _s: (self.changed.emit(), self.refresh()))
        self.count_dialog.closed.connect(lambda _s: (self.changed.emit(), self.refresh()))
        self.count_dialog.open()

    def approve_difference(self) -> None:
        v, session = self.view, self.selected()
        if session is None or session.state != "counted":
            v.sessions_error.show_error(self.tr("Choose a counted drawer waiting for approval first."))
            return
        note = v.note.text().strip()
        if not note:
            v.sessions_error.show_error(self.tr("Write a note on the difference before approving it."))
            v.note.setFocus()
            return
        ctx = self._context
        self._busy(v.approve, True)
        self._context.jobs.run(drawers.approve_difference, ctx.db, ctx.actor, session.id, note,
                               on_done=self._on_approved, on_error=self._on_approve_refused)

    def _on_picked_up(self, result: PickupResult) -> None:
        self.view.notice.setText(self.tr("Pick-up of {0} from {1}'s drawer recorded (supervisor: {2}).").format(
            format_amount(result.amount), result.cashier, result.supervisor))
        self.changed.emit()
        self.refresh()

    def _on_approved(self, session: SessionView) -> None:
        v = self.view
        self._busy(v.approve, False)
        v.note.clear()
        v.notice.setText(self.tr("{0}'s drawer at {1} is closed; over/short as counted, approved by {2}.").format(
            session.cashier, session.station, session.approved_by))
        self.changed.emit()
        self.refresh()

    def _on_approve_refused(self, exc: BaseException) -> None:
        self._busy(self.view.approve, False)
        self.view.sessions_error.show_error(error_message(exc))

    # -- the day --------------------------------------------------------------------------------

    def close_day(self) -> None:
        v, day = self.view, self.day
        v.day_error.clear_error()
        answer = QMessageBox.question(
            self, self.tr("Close the day?"),
            self.tr("Close {0} for good? No payment, void or drawer can be added to it afterwards.").format(
                business_day.long_date(day)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx = self._context
        self._busy(v.close_day, True)
        ctx.jobs.run(day_close.close_day, ctx.db, ctx.actor, day, on_done=self._on_day_closed,
                     on_error=lambda exc: self._on_day_refused(v.close_day, exc))

    def _on_day_closed(self, closed: DayClosed) -> None:
        self._busy(self.view.close_day, False)
        self.view.notice.setText(self.tr("{0} is closed. Print the day report and the deposit slip, then send "
                                         "the posting export.").format(business_day.long_date(closed.business_date)))
        self.changed.emit()
        self.refresh()

    def write_day_report(self, suffix: str) -> None:
        button = self.view.report_pdf if suffix == ".pdf" else self.view.report_csv
        out = supervisor_files.new_file(self.day, "day-report", suffix)
        self._write(button, day_report.write_day_report, out, self.tr("Day report written: {0}"))

    def write_deposit_slip(self) -> None:
        out = supervisor_files.new_file(self.day, "deposit-slip", ".pdf")
        self._write(self.view.deposit, deposit_slip.write_deposit_slip, out, self.tr("Deposit slip written: {0}"))

    def export_payments(self, again: bool) -> None:
        v, ctx, day = self.view, self._context, self.day
        v.day_error.clear_error()
        out = supervisor_files.new_file(day, "posting-export-again" if again else "posting-export", ".csv")
        self._busy(v.export, True)
        ctx.jobs.run(posting_export.export_payments, ctx.db, ctx.actor, day, out, again,
                     on_done=self._on_exported, on_error=self._on_export_refused)

    def _on_exported(self, result: posting_export.ExportResult) -> None:
        self._busy(self.view.export, False)
        what = self.tr("Re-export") if result.again else self.tr("Posting export")
        self.view.notice.setText(self.tr("{0} written: {1} ({2} rows, total {3}).").format(
            what, result.path, result.rows, format_amount(result.total)))
        supervisor_files.open_file(Path(result.path).parent)

    def _on_export_refused(self, exc: BaseException) -> None:
        self._busy(self.view.export, False)
        if getattr(exc, "field", "") != "again":
            self.view.day_error.show_error(error_message(exc))
            return
        answer = QMessageBox.question(
            self, self.tr("Export again?"),
            self.tr("{0}\n\nWrite every payment of the day again, marked as a re-export?").format(
                getattr(exc, "earlier_export", "") or str(exc)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.export_payments(True)
        else:
            self.view.day_error.show_error(self.tr("Not exported again."))

    def _write(self, button: QPushButton, service, out: Path, done_text: str) -> None:  # noqa: ANN001
        v, ctx = self.view, self._context
        v.day_error.clear_error()
        self._busy(button, True)

        def written(path: Path) -> None:
            self._busy(button, False)
            v.notice.setText(done_text.format(path))
            supervisor_files.open_file(Path(path))

        ctx.jobs.run(service, ctx.db, ctx.actor, self.day, out, on_done=written,
                     on_error=lambda exc: self._on_day_refused(button, exc))

    def _on_day_refused(self, button: QPushButton, exc: BaseException) -> None:
        self._busy(button, False)
        self.view.day_error.show_error(error_message(exc))

    def show_returned_checks(self) -> None:
        if self.returned_dialog is None:
            self.returned_dialog = ReturnedChecksDialog(self._context, self)
        self.returned_dialog.open_fresh()

    def show_bank_draft(self) -> None:
        if self.bank_draft_dialog is None:
            self.bank_draft_dialog = BankDraftDialog(self._context, self)
        self.bank_draft_dialog.open_fresh()

    # -- answers --------------------------------------------------------------------------------

    def _on_sessions(self, seq: int, sessions: list[SessionView]) -> None:
        if seq != self._seq:
            return
        v = self.view
        keep = self.selected()
        v.sessions_error.clear_error()
        v.model.set_rows(sessions)
        row = v.model.row_of(keep.id) if keep else -1
        if sessions:
            v.table.setCurrentIndex(v.model.index(max(row, 0), 0))
        waiting = sum(1 for s in sessions if s.state == "counted")
        still_open = sum(1 for s in sessions if s.state == "open")
        v.sessions_caption.setText(
            self.tr("No drawer session on this date.") if not sessions else
            (self.tr("1 session") if len(sessions) == 1 else self.tr("{0} sessions").format(len(sessions)))
            + self.tr(" · {0} open · {1} waiting for approval").format(still_open, waiting))
        self._update_buttons()

    def _on_day_state(self, seq: int, closed: DayClosed | None) -> None:
        if seq != self._seq:
            return
        self.closed_day = closed
        v = self.view
        if closed is None:
            v.day_state.setText(self.tr("{0} is open.").format(business_day.long_date(self.day)))
        else:
            at = city_time.local(closed.closed_at)
            v.day_state.setText(self.tr("{0} was closed by {1} at {2}.").format(
                business_day.long_date(closed.business_date), closed.closed_by, at.strftime("%I:%M %p").lstrip("0")))
        v.close_day.setEnabled(closed is None)

    def _on_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            self.view.sessions_error.show_error(error_message(exc))

    def _update_buttons(self) -> None:
        session = self.selected()
        self.view.pickup.setEnabled(session is not None and session.state == "open")
        self.view.count.setEnabled(session is not None and session.state == "open")
        self.view.approve.setEnabled(session is not None and session.state == "counted")

    def _busy(self, button: QPushButton, busy: bool) -> None:
        button.setEnabled(not busy)

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        for dialog in (self.pickup_dialog, self.count_dialog, self.returned_dialog, self.bank_draft_dialog):
            if dialog is not None and dialog.isVisible():
                dialog.reject()
        super().done(result)
