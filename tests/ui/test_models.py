"""Table models of the counter screens, without a view (qtmodeltester checks the Qt contract)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from cashier_app.services.accounts import BillSummary, UsagePoint
from cashier_app.services.lookup import AccountHit
from cashier_app.services.payment_search import PaymentSummary
from cashier_app.services.payments import TenderRequest
from cashier_app.ui.models import (
    HIT_ROLE, AccountHitsModel, BillColumn, BillHistoryModel, HitColumn, UsageColumn, UsageHistoryModel,
)
from cashier_app.ui.payment_list_models import (
    BatchCheck, BatchChecksModel, BatchColumn, PaymentColumn, TodaysPaymentsModel,
)
from cashier_app.ui.payment_models import AllocationColumn, AllocationRow, AllocationsModel, TenderColumn, TendersModel
from cashier_app.ui.usage_chart import UsageChart

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


# -- the payment being taken, posted payments, the usage chart -----------------------------------

def test_allocations_model_edits_the_amount_applied(qtmodeltester):
    model = AllocationsModel()
    model.set_rows([AllocationRow(1, "1000001", "Renée O'Brien", D("128.45"), D("128.45")),
                    AllocationRow(2, "1000002", "9 Grover St", D("60.00"), D("60.00"), cash_only=True)])
    qtmodeltester.check(model)
    refused = []
    model.amount_refused.connect(lambda row, message: refused.append((row, message)))
    applied = model.index(0, AllocationColumn.APPLIED)
    assert model.flags(applied) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, AllocationColumn.DUE)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(applied, Qt.ItemDataRole.EditRole) == "128.45"
    assert model.setData(applied, "150")
    assert model.total() == D("210.00") and text(model, 0, AllocationColumn.APPLIED) == "$150.00"
    assert "credit of $21.55" in text(model, 0, AllocationColumn.APPLIED, Qt.ItemDataRole.ToolTipRole)
    assert not model.setData(applied, "12.345") and refused == [(0, "Amounts have at most two decimals (cents).")]
    assert model.add(AllocationRow(2, "1000002", "again", D("1"), D("1"))) == 1  # no second row for it
    model.remove(1)
    assert [r.account_number for r in model.rows()] == ["1000001"]


def test_tenders_model(qtmodeltester):
    model = TendersModel()
    model.set_tenders([TenderRequest("check", D("100.00"), check_number="1234", bank_account="1234567890"),
                       TenderRequest("money_order", D("20.00"), serial_number="MO-1", issuer="USPS"),
                       TenderRequest("cash", D("5.00"))])
    qtmodeltester.check(model)
    assert [text(model, r, TenderColumn.KIND) for r in range(3)] == ["Check", "Money order", "Cash"]
    assert text(model, 0, TenderColumn.DETAIL) == "#1234 ····7890"
    assert text(model, 1, TenderColumn.DETAIL) == "#MO-1 · USPS"
    assert model.take(0).check_number == "1234" and model.rowCount() == 2


def test_todays_payments_model(qtmodeltester):
    model = TodaysPaymentsModel()
    posted = dt.datetime(2026, 11, 25, 14, 5, tzinfo=dt.timezone.utc)
    model.set_payments([
        PaymentSummary(2, "S1-000002", posted, "S1", "Cashier", 1, ("1000001", "1000002"), D("188.45"), D("200.00"),
                       D("11.55"), "Check #1234 $100.00, Cash $100.00", False),
        PaymentSummary(1, "S1-000001", posted, "S1", "Cashier", 1, ("2000001",), D("50.00"), D("50.00"), D("0.00"),
                       "Cash $50.00", True),
    ])
    qtmodeltester.check(model)
    assert text(model, 0, PaymentColumn.ACCOUNTS) == "1000001, 1000002"
    assert text(model, 0, PaymentColumn.TOTAL) == "$188.45"
    assert text(model, 1, PaymentColumn.STATUS) == "VOID" and text(model, 0, PaymentColumn.STATUS) == "posted"
    assert model.row_of("S1-000001") == 1


def test_batch_checks_model(qtmodeltester):
    model = BatchChecksModel()
    model.add(BatchCheck("1000001", "Renée O'Brien", "2001", D("128.45"), "S1-000001"))
    model.add(BatchCheck("2000001", "Alice Smith", "2002", D("150.00"), "S1-000002"))
    qtmodeltester.check(model)
    assert text(model, 0, BatchColumn.CHECK) == "#2002"  # newest first
    assert text(model, 1, BatchColumn.AMOUNT) == "$128.45"


def test_usage_chart_paints_one_chart_per_metered_service(qtbot):
    chart = UsageChart()
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    chart.set_usage(USAGE)
    assert chart.services() == ["electric", "water"]
    image = chart.grab().toImage()
    assert not image.isNull()
    colors = {image.pixelColor(x, y).name() for x in range(0, 600, 3) for y in range(0, 260, 3)}
    assert "#1d3f66" in colors  # the newest bar of each service
    chart.set_usage([])
    assert chart.services() == []


@pytest.mark.parametrize("width", [150, 190, 260, 600])
def test_usage_chart_month_labels_never_collide_or_leave_the_chart(qtbot, width):
    """At 1280x720 the labels used to run into each other (issue 12): now they are skipped instead."""
    import datetime as dt

    from PySide6.QtGui import QFontMetrics

    from cashier_app.services.accounts import UsagePoint as Point
    from cashier_app.ui.usage_chart import MONTHS, month_labels

    chart = UsageChart()
    qtbot.addWidget(chart)
    points = [Point("electric", dt.date(2024, 11, 1) + dt.timedelta(days=30 * i), 900 + i, "kWh")
              for i in range(MONTHS)]
    metrics = QFontMetrics(chart.font())
    left, right = 30.0, float(width)
    labels = month_labels(points, metrics, left, right, (right - left) / MONTHS, 0, 100.0)
    assert labels and labels[0][1] == points[-1].period_end.strftime("%b")  # the newest always
    spans = sorted((rect.left(), rect.right()) for rect, _text in labels)
    assert all(a_right < b_left for (_a, a_right), (b_left, _b) in zip(spans, spans[1:]))
    assert all(left - 2 <= start and end <= right + 0.5 for start, end in spans)
    assert all(rect.width() >= metrics.horizontalAdvance(text) for rect, text in labels)
