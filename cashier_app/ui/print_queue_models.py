"""Table model of the station's receipts that have not printed (the "Receipts waiting" dialog)."""
from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from cashier_app import city_time
from cashier_app.money import format_amount
from cashier_app.services.print_queue import PrintJobView
from cashier_app.ui.models import Index

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class PrintJobColumn(enum.IntEnum):
    RECEIPT = 0
    TIME = enum.auto()
    MARK = enum.auto()
    TOTAL = enum.auto()
    STATE = enum.auto()
    ATTEMPTS = enum.auto()
    PROBLEM = enum.auto()


class PrintJobsModel(QAbstractTableModel):
    """Print jobs not printed yet, oldest first, with the printer's last complaint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[PrintJobView] = []

    def set_jobs(self, jobs: Iterable[PrintJobView]) -> None:
        self.beginResetModel()
        self._jobs = list(jobs)
        self.endResetModel()

    def job(self, row: int) -> PrintJobView:
        return self._jobs[row]

    def jobs(self) -> list[PrintJobView]:
        return list(self._jobs)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(PrintJobColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201 - Qt variant
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PrintJobColumn):
            return None
        column = PrintJobColumn(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (PrintJobColumn.TOTAL, PrintJobColumn.ATTEMPTS) else _LEFT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {PrintJobColumn.RECEIPT: self.tr("Receipt"), PrintJobColumn.TIME: self.tr("Queued"),
                PrintJobColumn.MARK: self.tr("Kind"), PrintJobColumn.TOTAL: self.tr("Total"),
                PrintJobColumn.STATE: self.tr("State"), PrintJobColumn.ATTEMPTS: self.tr("Tries"),
                PrintJobColumn.PROBLEM: self.tr("Problem")}[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job, column = self._jobs[index.row()], PrintJobColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PrintJobColumn.RECEIPT:
                return job.receipt_number
            if column == PrintJobColumn.TIME:
                local = city_time.local(job.created_at)
                return local.strftime("%I:%M %p").lstrip("0")
            if column == PrintJobColumn.MARK:
                return job.mark or self.tr("receipt")
            if column == PrintJobColumn.TOTAL:
                return format_amount(job.total)
            if column == PrintJobColumn.STATE:
                return job.state
            if column == PrintJobColumn.ATTEMPTS:
                return str(job.attempts)
            return job.last_error
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (PrintJobColumn.TOTAL, PrintJobColumn.ATTEMPTS) else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column == PrintJobColumn.PROBLEM and job.last_error:
            return job.last_error
        return None
