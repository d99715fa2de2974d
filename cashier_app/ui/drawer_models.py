"""Table models of drawer sessions: the day's sessions, a count's balances, the items to tick.

Each has a column enum; tests use them without a view (and with qtmodeltester).
"""
from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from cashier_app.i18n import _n, _t, month_day
from cashier_app.money import ZERO, format_amount
from cashier_app.services.drawers import BalanceLine, CountItem, SessionView
from cashier_app.ui.models import Index

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_SHORT, _OVER = QColor("#b3261e"), QColor("#8a5a00")
KIND_NAMES = {"cash": _n("Cash"), "check": _n("Checks"), "money_order": _n("Money orders")}
STATE_NAMES = {"open": _n("Open"), "counted": _n("Counted — waiting for approval"), "closed": _n("Closed")}


def over_short_text(amount: Decimal) -> str:
    """+$1.25 over, −$0.50 short, $0.00 balanced."""
    if amount > ZERO:
        return f"+{format_amount(amount)}"
    if amount < ZERO:
        return f"−{format_amount(-amount)}"
    return format_amount(ZERO)


def _tone(amount: Decimal) -> QColor | None:
    return _SHORT if amount < ZERO else _OVER if amount > ZERO else None


class RowsModel(QAbstractTableModel):
    """Rows of one dataclass; subclasses give the column enum, headers and the cell text."""

    columns: type[enum.IntEnum]
    right: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rows(self) -> Sequence[Any]:
        return tuple(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201 - Qt variant
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self.right else _LEFT
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips().get(self.columns(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.right else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.color(row, column)
        return None

    def headers(self) -> list[str]:
        raise NotImplementedError

    def header_tips(self) -> dict[enum.IntEnum, str]:
        return {}

    def text(self, row: Any, column: enum.IntEnum) -> str:
        raise NotImplementedError

    def color(self, row: Any, column: enum.IntEnum) -> QColor | None:  # noqa: ARG002
        return None


class SessionColumn(enum.IntEnum):
    STATION = 0
    CASHIER = enum.auto()
    DATE = enum.auto()
    STATE = enum.auto()
    FLOAT = enum.auto()
    PAYMENTS = enum.auto()
    PICKUPS = enum.auto()
    OVER_SHORT = enum.auto()
    APPROVED_BY = enum.auto()


class SessionsModel(RowsModel):
    """Drawer sessions of a day (supervisor screen): over/short only once counted."""

    columns = SessionColumn
    right = frozenset({SessionColumn.FLOAT, SessionColumn.PAYMENTS, SessionColumn.PICKUPS, SessionColumn.OVER_SHORT})

    def headers(self) -> list[str]:
        return [self.tr("Station"), self.tr("Cashier"), self.tr("Date"), self.tr("State"), self.tr("Float"),
                self.tr("Payments"), self.tr("Pick-ups"), self.tr("Over/short"), self.tr("Approved by")]

    def header_tips(self) -> dict[enum.IntEnum, str]:
        return {SessionColumn.PAYMENTS: self.tr("Payments taken at this drawer, voided ones not counted "
                                                "(as in the day report, which counts voids apart)")}

    def text(self, s: SessionView, column: enum.IntEnum) -> str:
        return {
            SessionColumn.STATION: s.station, SessionColumn.CASHIER: s.cashier,
            SessionColumn.DATE: month_day(s.business_date),
            SessionColumn.STATE: _t(STATE_NAMES.get(s.state, s.state)),
            SessionColumn.FLOAT: format_amount(s.opening_float), SessionColumn.PAYMENTS: str(s.payments),
            SessionColumn.PICKUPS: format_amount(s.pickups) if s.pickups else "",
            SessionColumn.OVER_SHORT: over_short_text(s.over_short) if s.balances else "",
            SessionColumn.APPROVED_BY: s.approved_by,
        }[column]

    def color(self, s: SessionView, column: enum.IntEnum) -> QColor | None:
        if column == SessionColumn.OVER_SHORT and s.balances:
            return _tone(s.over_short)
        if column == SessionColumn.STATE and s.state == "counted":
            return _OVER
        return None

    def row_of(self, session_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), -1)


class BalanceColumn(enum.IntEnum):
    TENDER = 0
    EXPECTED = enum.auto()
    COUNTED = enum.auto()
    OVER_SHORT = enum.auto()
    ITEMS = enum.auto()


class BalancesModel(RowsModel):
    """Expected vs counted per tender, after the blind count."""

    columns = BalanceColumn
    right = frozenset({BalanceColumn.EXPECTED, BalanceColumn.COUNTED, BalanceColumn.OVER_SHORT, BalanceColumn.ITEMS})

    def headers(self) -> list[str]:
        return [self.tr("Tender"), self.tr("Expected"), self.tr("Counted"), self.tr("Over/short"),
                self.tr("Items counted / expected")]

    def text(self, b: BalanceLine, column: enum.IntEnum) -> str:
        return {
            BalanceColumn.TENDER: _t(KIND_NAMES[b.kind]), BalanceColumn.EXPECTED: format_amount(b.expected),
            BalanceColumn.COUNTED: format_amount(b.counted), BalanceColumn.OVER_SHORT: over_short_text(b.difference),
            BalanceColumn.ITEMS: "" if b.kind == "cash" else f"{b.counted_items} / {b.expected_items}",
        }[column]

    def color(self, b: BalanceLine, column: enum.IntEnum) -> QColor | None:
        if column == BalanceColumn.OVER_SHORT:
            return _tone(b.difference)
        if column == BalanceColumn.ITEMS and b.counted_items != b.expected_items:
            return _SHORT
        return None


class ItemColumn(enum.IntEnum):
    TICK = 0
    KIND = enum.auto()
    NUMBER = enum.auto()
    AMOUNT = enum.auto()
    RECEIPT = enum.auto()
    ACCOUNT = enum.auto()


class CountItemsModel(RowsModel):
    """The checks and money orders the system lists for the drawer; the cashier ticks each one found."""

    columns = ItemColumn
    right = frozenset({ItemColumn.AMOUNT})
    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticked: set[int] = set()

    def set_rows(self, rows: Iterable[CountItem]) -> None:
        self._ticked = set()
        super().set_rows(rows)
        self.ticks_changed.emit()

    def ticked(self) -> list[int]:
        """Tender ids ticked, in list order."""
        return [i.tender_id for i in self._rows if i.tender_id in self._ticked]

    def set_ticked(self, row: int, ticked: bool) -> None:
        item = self._rows[row]
        (self._ticked.add if ticked else self._ticked.discard)(item.tender_id)
        index = self.index(row, ItemColumn.TICK)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    def headers(self) -> list[str]:
        return [self.tr("Found"), self.tr("Kind"), self.tr("Number"), self.tr("Amount"), self.tr("Receipt"),
                self.tr("Account")]

    def text(self, item: CountItem, column: enum.IntEnum) -> str:
        return {
            ItemColumn.TICK: "", ItemColumn.KIND: self.tr("Check") if item.kind == "check" else self.tr("Money order"),
            ItemColumn.NUMBER: item.number, ItemColumn.AMOUNT: format_amount(item.amount),
            ItemColumn.RECEIPT: item.receipt_number, ItemColumn.ACCOUNT: item.account_number,
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if (role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == ItemColumn.TICK
                and 0 <= index.row() < len(self._rows)):
            ticked = self._rows[index.row()].tender_id in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ItemColumn.TICK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != ItemColumn.TICK:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_ticked(index.row(), checked)
        return True


