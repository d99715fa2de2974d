"""Table models of the payment being taken: the accounts paid and the tenders handed over."""
from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from cashier_app.money import ZERO, MoneyError, format_amount, format_plain, parse_amount
from cashier_app.ui.context import MoneyLimit
from cashier_app.services.payments import TenderRequest
from cashier_app.ui.models import Index
from cashier_app.ui.tender_kinds import tender_detail, tender_name

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class AllocationRow:
    """One account in the payment: what it owes and what the customer applies to it."""

    account_id: int
    account_number: str
    name: str  # customer name or service address, to tell the rows apart
    due: Decimal
    applied: Decimal
    cash_only: bool = False


class AllocationColumn(enum.IntEnum):
    ACCOUNT = 0
    DUE = enum.auto()
    APPLIED = enum.auto()  # editable


class AllocationsModel(QAbstractTableModel):
    """The accounts paid; the amount applied is edited in place (parsed by money.parse_amount)."""

    changed = Signal()  # rows or amounts changed
    amount_refused = Signal(int, str)  # row, why the typed amount does not read

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AllocationRow] = []
        self.limit = MoneyLimit()  # the window's money.cap (PaymentPanel shares its own)

    # -- the payment's accounts -----------------------------------------------------------------

    def rows(self) -> list[AllocationRow]:
        return list(self._rows)

    def set_rows(self, rows: Iterable[AllocationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.changed.emit()

    def add(self, row: AllocationRow) -> int:
        """Append an account (an account already in the payment keeps its row); returns its row."""
        found = self.row_of(row.account_id)
        if found >= 0:
            return found
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()
        self.changed.emit()
        return len(self._rows) - 1

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def row_of(self, account_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.account_id == account_id), -1)

    def set_applied(self, row: int, amount: Decimal) -> None:
        self._rows[row] = replace(self._rows[row], applied=amount)
        index = self.index(row, AllocationColumn.APPLIED)
        self.dataChanged.emit(index, index)
        self.changed.emit()

    def set_due(self, account_id: int, due: Decimal) -> None:
        """A fresher amount due (the account was loaded again); the amount applied stays."""
        row = self.row_of(account_id)
        if row >= 0 and self._rows[row].due != due:
            self._rows[row] = replace(self._rows[row], due=due)
            index = self.index(row, AllocationColumn.DUE)
            self.dataChanged.emit(index, index)

    def total(self) -> Decimal:
        return sum((r.applied for r in self._rows), ZERO)

    # -- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(AllocationColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201 - Qt variant
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(AllocationColumn):
            return None
        column = AllocationColumn(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == AllocationColumn.ACCOUNT else _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {AllocationColumn.ACCOUNT: self.tr("Account"), AllocationColumn.DUE: self.tr("Due"),
                AllocationColumn.APPLIED: self.tr("Applied")}[column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == AllocationColumn.APPLIED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], AllocationColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == AllocationColumn.ACCOUNT:
                return f"{row.account_number}  {row.name}"
            return format_amount(row.due if column == AllocationColumn.DUE else row.applied)
        if role == Qt.ItemDataRole.EditRole and column == AllocationColumn.APPLIED:
            return format_plain(row.applied)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == AllocationColumn.ACCOUNT else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("Account {0} · {1}").format(row.account_number, row.name)]
            if row.applied > row.due:
                lines.append(self.tr("Leaves a credit of {0}").format(format_amount(row.applied - row.due)))
            if row.cash_only:
                lines.append(self.tr("Cash only: no checks"))
            lines.append(self.tr("Type an amount to change what is applied · Del removes the account"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and column == AllocationColumn.APPLIED and row.applied > row.due:
            return Qt.GlobalColor.darkGreen  # over-payment: a credit
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: ANN001, N802
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole
                or index.column() != AllocationColumn.APPLIED or not 0 <= index.row() < len(self._rows)):
            return False
        try:
            amount = parse_amount(str(value), cap=self.limit.cap)
        except MoneyError as exc:
            self.amount_refused.emit(index.row(), str(exc))
            return False
        self.set_applied(index.row(), amount)
        return True


class TenderColumn(enum.IntEnum):
    KIND = 0
    DETAIL = enum.auto()  # check number, money-order serial
    AMOUNT = enum.auto()


class TendersModel(QAbstractTableModel):
    """Tenders added to the payment so far (the one being typed is not in here yet)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tenders: list[TenderRequest] = []

    def tenders(self) -> list[TenderRequest]:
        return list(self._tenders)

    def tender(self, row: int) -> TenderRequest:
        return self._tenders[row]

    def set_tenders(self, tenders: Iterable[TenderRequest]) -> None:
        self.beginResetModel()
        self._tenders = list(tenders)
        self.endResetModel()
        self.changed.emit()

    def add(self, tender: TenderRequest) -> None:
        self.beginInsertRows(QModelIndex(), len(self._tenders), len(self._tenders))
        self._tenders.append(tender)
        self.endInsertRows()
        self.changed.emit()

    def take(self, row: int) -> TenderRequest:
        self.beginRemoveRows(QModelIndex(), row, row)
        tender = self._tenders.pop(row)
        self.endRemoveRows()
        self.changed.emit()
        return tender

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._tenders)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(TenderColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(TenderColumn):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == TenderColumn.AMOUNT else _LEFT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {TenderColumn.KIND: self.tr("Tender"), TenderColumn.DETAIL: self.tr("Number"),
                  TenderColumn.AMOUNT: self.tr("Amount")}
        return titles[TenderColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._tenders):
            return None
        tender, column = self._tenders[index.row()], TenderColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TenderColumn.KIND:
                return tender_name(tender.kind)
            if column == TenderColumn.DETAIL:
                return tender_detail(tender)
            return format_amount(tender.amount)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == TenderColumn.AMOUNT else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Enter takes this tender back to change it · Del removes it")
        return None
