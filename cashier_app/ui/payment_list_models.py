"""Table models of posted payments: today's payments (reprint, void) and a mailed-check batch."""
from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from cashier_app import city_time
from cashier_app.money import format_amount
from cashier_app.services.payment_search import PaymentSummary
from cashier_app.ui.models import Index

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_VOID = QColor("#b3261e")


class PaymentColumn(enum.IntEnum):
    RECEIPT = 0
    TIME = enum.auto()
    ACCOUNTS = enum.auto()
    TENDERS = enum.auto()
    TOTAL = enum.auto()
    STATUS = enum.auto()


class TodaysPaymentsModel(QAbstractTableModel):
    """Payments of the day, newest first; a voided one says VOID in red and keeps its number."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._payments: list[PaymentSummary] = []

    def set_payments(self, payments: Iterable[PaymentSummary]) -> None:
        self.beginResetModel()
        self._payments = list(payments)
        self.endResetModel()

    def payment(self, row: int) -> PaymentSummary:
        return self._payments[row]

    def row_of(self, receipt_number: str) -> int:
        return next((i for i, p in enumerate(self._payments) if p.receipt_number == receipt_number), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._payments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(PaymentColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201 - Qt variant
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PaymentColumn):
            return None
        column = PaymentColumn(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == PaymentColumn.TOTAL else _LEFT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {PaymentColumn.RECEIPT: self.tr("Receipt"), PaymentColumn.TIME: self.tr("Time"),
                PaymentColumn.ACCOUNTS: self.tr("Accounts"), PaymentColumn.TENDERS: self.tr("Tenders"),
                PaymentColumn.TOTAL: self.tr("Total"), PaymentColumn.STATUS: self.tr("Status")}[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._payments):
            return None
        p, column = self._payments[index.row()], PaymentColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PaymentColumn.RECEIPT:
                return p.receipt_number
            if column == PaymentColumn.TIME:
                local = city_time.local(p.posted_at)
                return local.strftime("%I:%M %p").lstrip("0")
            if column == PaymentColumn.ACCOUNTS:
                return ", ".join(p.accounts)
            if column == PaymentColumn.TENDERS:
                return p.tenders
            if column == PaymentColumn.TOTAL:
                return format_amount(p.total)
            return self.tr("VOID") if p.voided else self.tr("posted")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == PaymentColumn.TOTAL else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and p.voided:
            return _VOID
        if role == Qt.ItemDataRole.FontRole and (p.voided and column == PaymentColumn.STATUS
                                                 or column == PaymentColumn.RECEIPT):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("Receipt {0} · station {1} · cashier {2}").format(p.receipt_number, p.station, p.cashier),
                     self.tr("Tendered {0} · change {1}").format(format_amount(p.tendered), format_amount(p.change))]
            if p.voided:
                lines.append(self.tr("Voided: the receipt number stays used"))
            return "\n".join(lines)
        return None


@dataclass(frozen=True)
class BatchCheck:
    """One mailed check posted in the batch on screen."""

    account_number: str
    customer_name: str
    check_number: str
    amount: Decimal
    receipt_number: str


class BatchColumn(enum.IntEnum):
    ACCOUNT = 0
    CHECK = enum.auto()
    AMOUNT = enum.auto()
    RECEIPT = enum.auto()


class BatchChecksModel(QAbstractTableModel):
    """The checks of the batch posted so far, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checks: list[BatchCheck] = []

    def add(self, check: BatchCheck) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._checks.insert(0, check)
        self.endInsertRows()

    def set_checks(self, checks: Iterable[BatchCheck]) -> None:
        self.beginResetModel()
        self._checks = list(checks)
        self.endResetModel()

    def checks(self) -> list[BatchCheck]:
        return list(self._checks)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._checks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(BatchColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(BatchColumn):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == BatchColumn.AMOUNT else _LEFT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {BatchColumn.ACCOUNT: self.tr("Account"), BatchColumn.CHECK: self.tr("Check"),
                  BatchColumn.AMOUNT: self.tr("Amount"), BatchColumn.RECEIPT: self.tr("Receipt")}
        return titles[BatchColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._checks):
            return None
        check, column = self._checks[index.row()], BatchColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {BatchColumn.ACCOUNT: f"{check.account_number}  {check.customer_name}",
                    BatchColumn.CHECK: f"#{check.check_number}", BatchColumn.AMOUNT: format_amount(check.amount),
                    BatchColumn.RECEIPT: check.receipt_number}[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == BatchColumn.AMOUNT else _LEFT
        return None
