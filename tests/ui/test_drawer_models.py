"""The drawer table models without a view (qtmodeltester checks the Qt contract)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from cashier_app.services.drawers import BalanceLine, CountItem, SessionView
from cashier_app.services.returned_checks import ReturnableCheck
from cashier_app.ui.drawer_models import (
    BalanceColumn, BalancesModel, CountItemsModel, ItemColumn, SessionColumn, SessionsModel, over_short_text,
)
from cashier_app.ui.returned_checks_models import CheckColumn, ReturnableChecksModel

NOW = dt.datetime(2026, 11, 25, 15, 0, tzinfo=dt.timezone.utc)
CASH = BalanceLine("cash", Decimal("88.45"), Decimal("83.45"), Decimal("-5.00"), 0, 0)
CHECKS = BalanceLine("check", Decimal("100.00"), Decimal("100.00"), Decimal("0.00"), 1, 1)


def session(state="counted", balances=(CASH, CHECKS)) -> SessionView:
    return SessionView(7, "S1", 3, "Dana", dt.date(2026, 11, 25), state, Decimal("100.00"), NOW, NOW, None, 2,
                       Decimal("100.00"), balances, state == "counted", "", "")


def test_over_short_text():
    assert [over_short_text(Decimal(v)) for v in ("1.25", "-0.50", "0")] == ["+$1.25", "−$0.50", "$0.00"]


def test_sessions_model(qtmodeltester):
    model = SessionsModel()
    model.set_rows([session(), session("open", ())])
    qtmodeltester.check(model)
    text = lambda r, c: model.data(model.index(r, c))  # noqa: E731
    assert text(0, SessionColumn.STATE) == "Counted — waiting for approval"
    assert text(0, SessionColumn.OVER_SHORT) == "−$5.00"
    assert text(1, SessionColumn.OVER_SHORT) == ""  # no figure before the count
    assert text(0, SessionColumn.FLOAT) == "$100.00" and model.row_of(7) == 0


def test_balances_model(qtmodeltester):
    model = BalancesModel()
    model.set_rows([CASH, CHECKS])
    qtmodeltester.check(model)
    assert [model.data(model.index(0, c)) for c in BalanceColumn] == ["Cash", "$88.45", "$83.45", "−$5.00", ""]
    assert model.data(model.index(1, BalanceColumn.ITEMS)) == "1 / 1"


def test_count_items_model_ticks(qtmodeltester):
    model = CountItemsModel()
    model.set_rows([CountItem(11, "check", "1234", Decimal("100.00"), "S1-000001", "1000001"),
                    CountItem(12, "money_order", "MO-9", Decimal("20.00"), "S1-000002", "1000002")])
    qtmodeltester.check(model)
    index = model.index(1, ItemColumn.TICK)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.ticked() == [12]
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(1, ItemColumn.KIND)) == "Money order"


def test_returnable_checks_model(qtmodeltester):
    model = ReturnableChecksModel()
    model.set_rows([ReturnableCheck(1, 11, "S1-000001", dt.date(2026, 11, 20), "1234", Decimal("100.00"),
                                    ("1000001", "1000002"), "Renée O'Brien", False, True)])
    qtmodeltester.check(model)
    assert model.data(model.index(0, CheckColumn.ACCOUNTS)) == "1000001, 1000002"
    assert model.data(model.index(0, CheckColumn.STATUS)) == "Returned"
