"""The "Returns" page of the supervisor's bank draft dialog: apply the bank's return / NOC file, or
record a return the bank phoned in (trace number and reason code), and read what was done.

The services (``services/drafts/returns.py``) apply and write the notice letters on a worker thread;
the page shows the report: a summary line and one row per entry of the file.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget,
)

from cashier_app.services import business_day
from cashier_app.services.drafts import returns
from cashier_app.services.drafts.returns import ReturnsReport
from cashier_app.ui import supervisor_files
from cashier_app.ui.context import CounterContext
from cashier_app.ui.drafts.returns_models import ReturnColumn, ReturnsReportModel
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import ErrorLabel, label, list_table, push_button


def apply_and_write_notices(db, actor, path: Path) -> tuple[ReturnsReport, str]:  # noqa: ANN001
    """On a worker thread: apply the file, then write its notices (a notice that fails leaves the
    returns applied, and says so)."""
    report = returns.apply_return_file(db, actor, Path(path))
    return _with_notices(db, actor, report)


def record_by_hand(db, actor, trace: str, code: str, note: str) -> tuple[ReturnsReport, str]:  # noqa: ANN001
    report = returns.record_return_by_hand(db, actor, trace, code, note)
    return _with_notices(db, actor, report)


def _with_notices(db, actor, report: ReturnsReport) -> tuple[ReturnsReport, str]:  # noqa: ANN001
    try:
        folder = supervisor_files.reports_dir(business_day.today())
        return returns.write_return_notices(db, actor, report, folder), ""
    except Exception as exc:  # noqa: BLE001 - said on screen; the returns themselves are applied
        return report, error_message(exc)


class ReturnsPage(QWidget):
    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnsPage")
        self._context = context
        self.jobs = JobRunner(self)
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(label(tr("Returns and corrections from the bank"), "dialog-title"))
        hint = label(tr("Each return is applied once, matched by the draft's trace number: reading the same file "
                        "again changes nothing. A file with an error is refused whole."), "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        row = QHBoxLayout()
        self.file_field = QLineEdit(objectName="returnsFileField")
        self.file_field.setPlaceholderText(tr("The bank's return file (.ach, .txt)"))
        self.file_field.setAccessibleName(tr("Return file"))
        self.choose = push_button(tr("Choose file…"), "returnsChooseButton", tr("Pick the return file the bank sent"))
        self.apply = push_button(tr("Apply return file"), "applyReturnsButton",
                                 tr("Reverse the returned drafts, charge the fees, end or correct the enrollments, "
                                    "and write the notice letters"), "danger")
        row.addWidget(self.file_field, 1)
        row.addWidget(self.choose)
        row.addWidget(self.apply)
        layout.addLayout(row)
        self.file_error = ErrorLabel("returnsFileError")
        layout.addWidget(self.file_error)

        by_hand = QGroupBox(tr("A return phoned in by the bank"), objectName="returnByHandBox")
        grid = QGridLayout(by_hand)
        self.trace_field = QLineEdit(objectName="returnTraceField", maxLength=20)
        self.trace_field.setPlaceholderText(tr("Trace number (15 digits, from the run's report)"))
        self.code_field = QLineEdit(objectName="returnCodeField", maxLength=3)
        self.code_field.setPlaceholderText(tr("R01"))
        self.code_field.setMaximumWidth(80)
        self.note_field = QLineEdit(objectName="returnNoteField", maxLength=60)
        self.note_field.setPlaceholderText(tr("Who called, when (optional)"))
        self.record = push_button(tr("Record return"), "recordReturnButton",
                                  tr("Apply this one return like a line of a return file"), "danger")
        grid.addWidget(label(tr("Trace number")), 0, 0)
        grid.addWidget(label(tr("Reason code")), 0, 1)
        grid.addWidget(label(tr("Note")), 0, 2)
        grid.addWidget(self.trace_field, 1, 0)
        grid.addWidget(self.code_field, 1, 1)
        grid.addWidget(self.note_field, 1, 2)
        grid.addWidget(self.record, 1, 3)
        self.trace_error = ErrorLabel("returnTraceError")
        self.code_error = ErrorLabel("returnCodeError")
        grid.addWidget(self.trace_error, 2, 0)
        grid.addWidget(self.code_error, 2, 1, 1, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 2)
        layout.addWidget(by_hand)

        self.summary = label("", "notice-ok", "returnsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = ErrorLabel("returnsError")
        layout.addWidget(self.error)
        self.model = ReturnsReportModel(self)
        self.table = list_table("returnsReportTable", self.model, ReturnColumn.DONE, row_height=26)
        layout.addWidget(self.table, 1)

        self.choose.clicked.connect(self.choose_file)
        self.apply.clicked.connect(self.apply_file)
        self.file_field.returnPressed.connect(self.apply_file)
        self.file_field.textEdited.connect(lambda _t: self.file_error.clear_error())
        self.record.clicked.connect(self.record_return)
        self.code_field.returnPressed.connect(self.record_return)
        self.trace_field.textEdited.connect(lambda _t: self.trace_error.clear_error())
        self.code_field.textEdited.connect(lambda _t: self.code_error.clear_error())
        self.jobs.busy_changed.connect(self._busy)

    # -- actions ---------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The bank's return file"), "",
                                              self.tr("ACH files (*.ach *.txt *.ret);;All files (*)"))
        if name:
            self.file_field.setText(name)
            self.file_error.clear_error()

    def apply_file(self) -> None:
        if self.jobs.busy:
            return
        path = self.file_field.text().strip()
        if not path:
            self.file_error.show_error(self.tr("Choose the return file first."))
            return
        self._start()
        ctx = self._context
        self.jobs.run(apply_and_write_notices, ctx.db, ctx.actor, Path(path), on_done=self._on_applied,
                      on_error=self._on_refused)

    def record_return(self) -> None:
        if self.jobs.busy:
            return
        self._start()
        ctx = self._context
        self.jobs.run(record_by_hand, ctx.db, ctx.actor, self.trace_field.text(), self.code_field.text(),
                      self.note_field.text(), on_done=self._on_recorded, on_error=self._on_refused)

    # -- answers ---------------------------------------------------------------------------------
    def _start(self) -> None:
        for error in (self.file_error, self.trace_error, self.code_error, self.error):
            error.clear_error()
        self.summary.setText(self.tr("Applying…"))

    def _on_applied(self, answer: tuple[ReturnsReport, str]) -> None:
        report, problem = answer
        self._show(report, problem)

    def _on_recorded(self, answer: tuple[ReturnsReport, str]) -> None:
        report, problem = answer
        self._show(report, problem)
        self.trace_field.clear()
        self.code_field.clear()
        self.note_field.clear()

    def _show(self, report: ReturnsReport, problem: str) -> None:
        self.model.set_rows(report.lines)
        text = self.tr("{0}: {1} returns and {2} corrections applied; {3} reversed, {4} in fees, "
                       "{5} enrollments ended; {6} already applied, {7} unknown, {8} not applied.").format(
            report.source, report.count(returns.APPLIED, "R"), report.count(returns.APPLIED, "C"),
            _money(report.reversed_total), _money(report.fees_total), report.enrollments_ended,
            report.count(returns.ALREADY), report.count(returns.UNKNOWN), report.count(returns.NOT_APPLIED))
        if report.notices:
            text += " " + self.tr("{0} notice letters in {1}").format(len(report.notices), report.notices[0].parent)
        self.summary.setText(text)
        if problem:
            self.error.show_error(self.tr("The notice letters could not be written: {0}").format(problem))

    def _on_refused(self, exc: BaseException) -> None:
        self.summary.clear()
        field = getattr(exc, "field", "")
        target = {"trace_number": self.trace_error, "code": self.code_error, "file": self.file_error}.get(field,
                                                                                                         self.error)
        target.show_error(error_message(exc))

    def _busy(self, busy: bool) -> None:
        for widget in (self.apply, self.record, self.choose):
            widget.setEnabled(not busy)

    def wait_for_done(self, ms: int = 10_000) -> None:
        self.jobs.wait_for_done(ms)


def _money(value) -> str:  # noqa: ANN001
    from cashier_app.money import format_amount

    return format_amount(value)
