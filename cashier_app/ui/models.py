"""Table models of the counter screens, each with a column enum (tests use them without a view)."""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cashier_app.money import format_amount
from cashier_app.services.accounts import BillSummary, UsagePoint
from cashier_app.services.lookup import AccountHit
from cashier_app.ui.formats import date_text, service_name, status_name

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the AccountHit of a lookup row


class HitColumn(enum.IntEnum):
    ACCOUNT = 0
    CUSTOMER = enum.auto()
    ADDRESS = enum.auto()


class AccountHitsModel(QAbstractTableModel):
    """The lookup results: one row per account found."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[AccountHit] = []

    def set_hits(self, hits: Iterable[AccountHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> AccountHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HitColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201 - Qt variant
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {HitColumn.ACCOUNT: self.tr("Account"), HitColumn.CUSTOMER: self.tr("Customer"),
                  HitColumn.ADDRESS: self.tr("Service address")}
        return titles.get(HitColumn(section)) if 0 <= section < len(HitColumn) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        if role == HIT_ROLE:  # first: the delegate asks for it for every row it paints
            return self._hits[index.row()]
        hit, column = self._hits[index.row()], HitColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == HitColumn.ACCOUNT:
                return hit.account_number
            if column == HitColumn.CUSTOMER:
                return hit.customer_name
            return hit.service_address + ("" if hit.status == "active" else f" ({status_name(hit.status)})")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [hit.customer_name, hit.service_address,
                     self.tr("Account {0} · Customer {1}").format(hit.account_number, hit.customer_number)]
            if hit.phone:
                lines.append(hit.phone)
            if hit.cash_only:
                lines.append(self.tr("Cash only"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.customer_name}, {hit.service_address}, {self.tr('account')} {hit.account_number}"
        if role == Qt.ItemDataRole.ForegroundRole and hit.status != "active":
            return Qt.GlobalColor.darkGray
        return None


class BillColumn(enum.IntEnum):
    BILL_DATE = 0  # the due date and draft date are in the row's tooltip
    AMOUNT = enum.auto()
    ELECTRIC = enum.auto()
    WATER = enum.auto()
    SEWER = enum.auto()
    GAS = enum.auto()
    REFUSE = enum.auto()


#: The charge columns and the service each one shows (a view hides services an account lacks).
BILL_SERVICE_COLUMNS = {BillColumn.ELECTRIC: "electric", BillColumn.WATER: "water", BillColumn.SEWER: "sewer",
                        BillColumn.GAS: "gas", BillColumn.REFUSE: "refuse"}


class BillHistoryModel(QAbstractTableModel):
    """Billing history of one account, newest bill first, one column per service charged."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bills: list[BillSummary] = []
        self._charges: list[dict[str, Decimal]] = []

    def set_bills(self, bills: Sequence[BillSummary]) -> None:
        self.beginResetModel()
        self._bills = list(bills)
        self._charges = [dict(b.lines) for b in self._bills]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._bills)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(BillColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(BillColumn):
            return None
        column = BillColumn(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == BillColumn.BILL_DATE else _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column in BILL_SERVICE_COLUMNS:
            return service_name(BILL_SERVICE_COLUMNS[column], short=True)
        return self.tr("Bill date") if column == BillColumn.BILL_DATE else self.tr("Amount")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._bills):
            return None
        row, column = index.row(), BillColumn(index.column())
        bill = self._bills[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == BillColumn.BILL_DATE:
                return date_text(bill.bill_date) + (self.tr(" final") if bill.final_bill else "")
            if column == BillColumn.AMOUNT:
                return format_amount(bill.amount)
            charge = self._charges[row].get(BILL_SERVICE_COLUMNS[column])
            return "" if charge is None else format_amount(charge)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == BillColumn.BILL_DATE else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(bill)
        if role == Qt.ItemDataRole.FontRole and (bill.final_bill or column == BillColumn.AMOUNT):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, bill: BillSummary) -> str:
        lines = [self.tr("Bill of {0}: {1}").format(date_text(bill.bill_date), format_amount(bill.amount)),
                 self.tr("Due {0}").format(date_text(bill.due_date))]
        if bill.draft_date:
            lines.append(self.tr("Bank draft on {0}").format(date_text(bill.draft_date)))
        if bill.final_bill:
            lines.append(self.tr("Final bill"))
        return "\n".join(lines)


class UsageColumn(enum.IntEnum):
    PERIOD_END = 0
    ELECTRIC = enum.auto()
    WATER = enum.auto()
    SEWER = enum.auto()
    GAS = enum.auto()


USAGE_SERVICE_COLUMNS = {UsageColumn.ELECTRIC: "electric", UsageColumn.WATER: "water",
                         UsageColumn.SEWER: "sewer", UsageColumn.GAS: "gas"}


class UsageHistoryModel(QAbstractTableModel):
    """Metered usage of one account: one row per reading period, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._periods: list[dt.date] = []
        self._readings: dict[tuple[dt.date, str], UsagePoint] = {}
        self._units: dict[str, str] = {}

    def set_usage(self, usage: Iterable[UsagePoint]) -> None:
        self.beginResetModel()
        self._readings = {(u.period_end, u.service): u for u in usage}
        self._units = {u.service: u.unit for u in self._readings.values()}
        self._periods = sorted({period for period, _ in self._readings}, reverse=True)
        self.endResetModel()

    def services(self) -> set[str]:
        return {service for _, service in self._readings}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._periods)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(UsageColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(UsageColumn):
            return None
        column = UsageColumn(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == UsageColumn.PERIOD_END else _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == UsageColumn.PERIOD_END:
            return self.tr("Period ending")
        service = USAGE_SERVICE_COLUMNS[column]
        unit = self._units.get(service)
        return f"{service_name(service, short=True)} ({unit})" if unit else service_name(service, short=True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._periods):
            return None
        period, column = self._periods[index.row()], UsageColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == UsageColumn.PERIOD_END else _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == UsageColumn.PERIOD_END:
            return date_text(period)
        reading = self._readings.get((period, USAGE_SERVICE_COLUMNS[column]))
        return "" if reading is None else f"{reading.quantity:,}"
