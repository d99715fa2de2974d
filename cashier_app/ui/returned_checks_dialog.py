"""Returned checks (NSF): find the check by number, account or amount, record the bank's return.

services.returned_checks.record_returned_check reverses the payment and charges the fee; the
notice to the customer is then written as a PDF under the station's home and opened.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cashier_app.money import format_amount
from cashier_app.services import business_day, returned_checks
from cashier_app.services.returned_checks import ReturnableCheck, ReturnResult
from cashier_app.ui import supervisor_files
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.returned_checks_models import CheckColumn, ReturnableChecksModel
from cashier_app.ui.widgets import ErrorLabel, button_row, captioned_field, label, list_table


def record_and_write_notice(db, actor, tender_id: int, reason: str) -> tuple[ReturnResult, Path | None, str]:  # noqa: ANN001
    """On a worker thread: the return, then its notice (a notice that fails leaves the return recorded)."""
    result = returned_checks.record_returned_check(db, actor, tender_id, reason)
    out = supervisor_files.new_file(business_day.today(), f"returned-check-{result.receipt_number}", ".pdf")
    try:
        return result, returned_checks.write_notice(db, actor, result.returned_item_id, out), ""
    except Exception as exc:  # noqa: BLE001 - said on screen; the return itself is recorded
        return result, None, error_message(exc)


class ReturnedChecksDialog(QDialog):
    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnedChecksDialog")
        self.setWindowTitle(self.tr("Returned checks"))
        self._context = context
        self._seq = 0
        self.jobs = JobRunner(self)
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addWidget(label(tr("Returned checks (NSF)"), "dialog-title"))
        row = QHBoxLayout()
        self.search = QLineEdit(objectName="returnedSearch")
        self.search.setProperty("role", "lookup-input")
        self.search.setMaxLength(40)
        self.search.setPlaceholderText(tr("Check number, account number or amount, then Enter"))
        self.search.setAccessibleName(tr("Find the check"))
        self.find = QPushButton(tr("Find"), objectName="returnedFindButton")
        row.addWidget(self.search, 1)
        row.addWidget(self.find)
        layout.addLayout(row)
        self.search_error = ErrorLabel("returnedSearchError")
        layout.addWidget(self.search_error)
        self.model = ReturnableChecksModel(self)
        self.table = list_table("returnedResults", self.model, CheckColumn.CUSTOMER, row_height=28)
        layout.addWidget(self.table, 1)
        self.reason = captioned_field(layout, tr("The bank's reason"), "returnedReason", 200)
        self.reason.setPlaceholderText(tr("e.g. NSF — insufficient funds; account closed; stop payment"))
        self.reason_error = ErrorLabel("returnedReasonError")
        layout.addWidget(self.reason_error)
        self.error = ErrorLabel("returnedError")
        layout.addWidget(self.error)
        self.result = label("", "notice-ok", "returnedResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.record = QPushButton(tr("Record returned check"), objectName="recordReturnedButton")
        self.record.setProperty("role", "danger")
        self.record.setToolTip(tr("Reverse the selected check's payment, charge the fee and write the notice"))
        self.close_button = QPushButton(tr("Close   Esc"), objectName="returnedClose")
        self.find.setAutoDefault(False)
        layout.addLayout(button_row(self.record, None, self.close_button))
        self.search.returnPressed.connect(self.find_checks)
        self.find.clicked.connect(self.find_checks)
        self.record.clicked.connect(self.record_selected)
        self.reason.returnPressed.connect(self.record_selected)
        self.reason.textEdited.connect(lambda _t: self.reason_error.clear_error())
        self.close_button.clicked.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.jobs.busy_changed.connect(lambda _busy: self._update_buttons())
        self.resize(920, 560)
        self._update_buttons()

    def open_fresh(self) -> None:
        self.result.clear()
        self.error.clear_error()
        self.open()
        self.search.setFocus()
        self.search.selectAll()

    def selected(self) -> ReturnableCheck | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def find_checks(self) -> None:
        self._seq += 1
        seq, ctx = self._seq, self._context
        self.search_error.clear_error()
        ctx.jobs.run(returned_checks.find_checks, ctx.db, ctx.actor, self.search.text().strip(),
                     on_done=lambda found: self._on_found(seq, found),
                     on_error=lambda exc: self._on_search_refused(seq, exc))

    def record_selected(self) -> None:
        check = self.selected()
        if self.jobs.busy:
            return
        if check is None or check.returned or check.voided:
            self.error.show_error(self.tr("Choose a check that is neither voided nor already returned."))
            return
        self.error.clear_error()
        self.reason_error.clear_error()
        self.record.setEnabled(False)
        ctx = self._context
        self.jobs.run(record_and_write_notice, ctx.db, ctx.actor, check.tender_id, self.reason.text(),
                      on_done=self._on_recorded, on_error=self._on_record_refused)

    def _on_found(self, seq: int, found: list[ReturnableCheck]) -> None:
        if seq != self._seq:
            return
        self.model.set_rows(found)
        if found:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()
        else:
            self.search_error.show_error(self.tr("No check matches."))
        self._update_buttons()

    def _on_search_refused(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            self.search_error.show_error(error_message(exc))
            self.search.setFocus()

    def _on_recorded(self, answer: tuple[ReturnResult, Path | None, str]) -> None:
        result, notice, problem = answer
        text = self.tr("Returned check recorded for receipt {0}: {1} reversed, fee {2}.").format(
            result.receipt_number, format_amount(result.reversed), format_amount(result.fee))
        if result.cash_only_now:
            text += " " + self.tr("Now cash only: {0}.").format(", ".join(result.cash_only_now))
        if notice is not None:
            text += " " + self.tr("Notice to the customer: {0}").format(notice)
            supervisor_files.open_file(notice)
        self.result.setText(text)
        if problem:
            self.error.show_error(self.tr("The notice could not be written: {0}").format(problem))
        self.reason.clear()
        self.find_checks()

    def _on_record_refused(self, exc: BaseException) -> None:
        self._update_buttons()
        if getattr(exc, "field", "") == "reason":
            self.reason_error.show_error(error_message(exc))
            self.reason.setFocus()
            return
        self.error.show_error(error_message(exc))

    def _update_buttons(self) -> None:
        check = self.selected()
        self.record.setEnabled(check is not None and not check.returned and not check.voided and not self.jobs.busy)

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self.jobs.wait_for_done(10_000)
        super().done(result)
