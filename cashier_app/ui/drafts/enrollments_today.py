"""The supervisor's "Enrollments today" page (a tab of the Bank draft dialog): the day's enrollments
taken at the counter and the ones that ended, with who, the bank's last 4 digits, where the paper
form is filed and whether the scans are in. Another day can be picked."""
from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QVBoxLayout, QWidget

from cashier_app import city_time
from cashier_app.services import business_day
from cashier_app.services.drafts import enrollments_taken
from cashier_app.services.drafts.enrollments_taken import EnrollmentTaken
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.widgets import ErrorLabel, label, list_table, push_button


class TakenColumn(enum.IntEnum):
    TIME = 0
    WHAT = 1
    ACCOUNT = 2
    CUSTOMER = 3
    BANK = 4
    STATUS = 5
    BY = 6
    FILED = 7
    SCANS = 8


class EnrollmentsTakenModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EnrollmentTaken] = []

    def set_rows(self, rows: Iterable[EnrollmentTaken]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> EnrollmentTaken:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(TakenColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or \
                not 0 <= section < len(TakenColumn):
            return None
        return {TakenColumn.TIME: self.tr("Time"), TakenColumn.WHAT: self.tr("What"),
                TakenColumn.ACCOUNT: self.tr("Account"), TakenColumn.CUSTOMER: self.tr("Customer"),
                TakenColumn.BANK: self.tr("Bank account"), TakenColumn.STATUS: self.tr("Status now"),
                TakenColumn.BY: self.tr("By"), TakenColumn.FILED: self.tr("Form filed at"),
                TakenColumn.SCANS: self.tr("Scans")}[TakenColumn(section)]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r, column = self._rows[index.row()], TakenColumn(index.column())
        if column == TakenColumn.TIME:
            return city_time.local(r.at).strftime("%I:%M %p").lstrip("0") if r.at else ""
        if column == TakenColumn.WHAT:
            if r.what == enrollments_taken.ENDED:
                return self.tr("ended: {0}").format(r.ended_reason or self.tr("no reason"))
            return self.tr("new bank") if r.replaces_id else self.tr("enrolled")
        if column == TakenColumn.ACCOUNT:
            return r.account_number
        if column == TakenColumn.CUSTOMER:
            return r.customer_name
        if column == TakenColumn.BANK:
            return f"{r.bank_name} {r.account_type} ****{r.last4}".strip()
        if column == TakenColumn.STATUS:
            return {"pending": self.tr("pending prenote"), "active": self.tr("active"),
                    "ended": self.tr("ended")}.get(r.status, r.status)
        if column == TakenColumn.BY:
            return r.by
        if column == TakenColumn.FILED:
            return r.form_location or self.tr("— not said")
        return str(r.scans) if r.scans else self.tr("none")


class EnrollmentsTodayPage(QWidget):
    """Give it to ``BankDraftDialog.add_page(page, title)``; it reads the day when shown."""

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollmentsTodayPage")
        self._context = context
        self._seq = 0
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Bank draft enrollments of"), "field-caption"))
        self.day = QDateEdit(objectName="enrollmentsDay")
        self.day.setDisplayFormat("MM/dd/yyyy")
        self.day.setCalendarPopup(True)
        today = business_day.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        row.addWidget(self.day)
        self.refresh_button = push_button(self.tr("Refresh"), "enrollmentsRefresh", self.tr("Read the day again"))
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        self.summary = label("", "caption", "enrollmentsSummary")
        row.addWidget(self.summary)
        layout.addLayout(row)
        self.model = EnrollmentsTakenModel(self)
        self.table = list_table("enrollmentsTable", self.model, TakenColumn.CUSTOMER, row_height=28)
        layout.addWidget(self.table, 1)
        self.error = ErrorLabel("enrollmentsError")
        layout.addWidget(self.error)
        self.refresh_button.clicked.connect(self.refresh)
        self.day.dateChanged.connect(lambda _d: self.refresh())

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self._seq += 1
        seq, ctx = self._seq, self._context
        picked = self.day.date().toPython()
        self.error.clear_error()
        ctx.jobs.run(enrollments_taken.enrollments_taken, ctx.db, ctx.actor, picked,
                     on_done=lambda rows: self._on_rows(seq, rows),
                     on_error=lambda exc: self.error.show_error(error_message(exc)))

    def _on_rows(self, seq: int, rows: list[EnrollmentTaken]) -> None:
        if seq != self._seq:
            return
        self.model.set_rows(rows)
        taken = sum(1 for r in rows if r.what == enrollments_taken.TAKEN)
        ended = len(rows) - taken
        missing = sum(1 for r in rows if r.what == enrollments_taken.TAKEN and not r.form_location)
        text = self.tr("{0} taken, {1} ended").format(taken, ended)
        if missing:
            text += " · " + self.tr("{0} without where the form is filed").format(missing)
        self.summary.setText(text)
