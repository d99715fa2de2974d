"""Table models of the counter screens, without a view (qtmodeltester checks the Qt contract)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from cashier_app.services.accounts import BillSummary, UsagePoint
from cashier_app.services.lookup import AccountHit
from cashier_app.ui.models import (
    HIT_ROLE, AccountHitsModel, BillColumn, BillHistoryModel, HitColumn, UsageColumn, UsageHistoryModel,
)

D = Decimal
HITS = [
    AccountHit(1, "1000001", "100001", "Renée O'Brien", "412 W Marion St", "704-555-0142", "active", False),
    AccountHit(2, "1000002", "100001", "Renée O'Brien", "9 Grover St", "", "final", True),
]
BILLS = [
    BillSummary(dt.date(2026, 10, 5), dt.date(2026, 10, 25), dt.date(2026, 10, 20), D("100.00"),
                (("electric", D("60.00")), ("water", D("40.00"))), True),
    BillSummary(dt.date(2026, 9, 5), dt.date(2026, 9, 25), None, D("1234.50"), (("electric", D("1234.50")),), False),
]
USAGE = [
    UsagePoint("electric", dt.date(2026, 9, 30), 1074, "kWh"),
    UsagePoint("water", dt.date(2026, 9, 30), 3500, "gal"),
    UsagePoint("electric", dt.date(2026, 8, 31), 1427, "kWh"),
]


def text(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_account_hits_model(qtmodeltester):
    model = AccountHitsModel()
    model.set_hits(HITS)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == len(HitColumn)
    assert text(model, 0, HitColumn.ACCOUNT) == "1000001"
    assert text(model, 1, HitColumn.ADDRESS) == "9 Grover St (Final)"
    assert "Cash only" in text(model, 1, HitColumn.ACCOUNT, Qt.ItemDataRole.ToolTipRole)
    assert text(model, 0, HitColumn.ACCOUNT, HIT_ROLE) == HITS[0]
    model.set_hits([])
    assert model.rowCount() == 0


def test_bill_history_model(qtmodeltester):
    model = BillHistoryModel()
    model.set_bills(BILLS)
    qtmodeltester.check(model)
    assert model.headerData(BillColumn.GAS, Qt.Orientation.Horizontal) == "Gas"
    assert text(model, 0, BillColumn.BILL_DATE) == "10/05/2026 final"
    assert text(model, 0, BillColumn.AMOUNT) == "$100.00"
    assert text(model, 0, BillColumn.WATER) == "$40.00"
    assert text(model, 1, BillColumn.WATER) == ""  # no water on that bill
    assert text(model, 1, BillColumn.AMOUNT) == "$1,234.50"
    tooltip = text(model, 0, BillColumn.AMOUNT, Qt.ItemDataRole.ToolTipRole)
    assert "Due 10/25/2026" in tooltip and "Bank draft on 10/20/2026" in tooltip


def test_usage_history_model(qtmodeltester):
    model = UsageHistoryModel()
    model.set_usage(USAGE)
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # two reading periods, newest first
    assert text(model, 0, UsageColumn.PERIOD_END) == "09/30/2026"
    assert text(model, 0, UsageColumn.ELECTRIC) == "1,074"
    assert text(model, 1, UsageColumn.WATER) == ""
    assert model.headerData(UsageColumn.ELECTRIC, Qt.Orientation.Horizontal) == "Electric (kWh)"
    assert model.services() == {"electric", "water"}
