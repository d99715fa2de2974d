"""Bank-draft payments in the day's figures: in balances, in the day report's own "bank drafts"
section and nowhere in the counter's totals, receipts, drawers or deposit slip, and in the posting
export with their channel and tender. A receipt preview names the tender."""
from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from cashier_app.services.day_report import day_report, write_day_report
from cashier_app.services.deposit_slip import deposit_slip
from cashier_app.services.drafts.run_changes import void_run
from cashier_app.services.drafts.runs import make_run
from cashier_app.services.posting_export import export_payments
from cashier_app.services.receipts import receipt_preview
from tests.day_support import close_today
from tests.draft_run_support import DRAFT_DATE, TODAY, draft_office, enrolled_account
from tests.factories import make_account, make_user
from tests.unit.test_draft_runs import pay_at_counter


@pytest.fixture
def day_with_drafts(db, admin, monkeypatch, tmp_path):
    sup = draft_office(db, admin, monkeypatch)
    enrolled_account(db, 1, balance="100.00")
    enrolled_account(db, 2, balance="55.55", bill="60.00")
    walk_in = make_account(db, "1000001", "100001", balance="20.00")
    cashier = make_user(db, "cashier")
    pay_at_counter(db, walk_in, "20.00", cashier)
    run = make_run(db, sup, DRAFT_DATE, tmp_path / "run.ach")
    return sup, cashier, run


def test_the_day_report_keeps_drafts_apart(db, day_with_drafts, tmp_path):
    sup, _cashier, run = day_with_drafts
    report = day_report(db, sup, TODAY)
    assert (report.payments, report.total) == (1, Decimal("20.00"))  # the counter's only
    assert {t.kind: t.amount for t in report.tenders}["cash"] == report.tendered_total == Decimal("20.00")
    assert [r.station for r in report.receipts] == ["S1"] and report.receipts_without_gap
    assert [s.name for s in report.stations] == ["S1"] and report.stations[0].total == Decimal("20.00")
    assert (report.drafts.payments, report.drafts.total) == (2, Decimal("155.55"))
    assert [(r.run_id, r.debits, r.total, r.status) for r in report.drafts.runs] == [
        (run.run_id, 2, Decimal("155.55"), "created")]
    pdf = write_day_report(db, sup, TODAY, tmp_path / "day.pdf")
    assert pdf.stat().st_size > 1000
    rows = list(csv.DictReader(open(write_day_report(db, sup, TODAY, tmp_path / "day.csv"), encoding="utf-8")))
    assert {(r["section"], r["key"], r["amount"]) for r in rows} >= {
        ("summary", "bank_drafts", "155.55"), ("draft_run", str(run.run_id), "155.55"), ("summary", "payments", "20.00")}


def test_a_voided_run_is_not_a_counter_void(db, day_with_drafts):
    sup, _cashier, run = day_with_drafts
    void_run(db, sup, run.run_id, "wrong file")
    report = day_report(db, sup, TODAY)
    assert report.voids == () and report.voided == 0
    assert (report.drafts.payments, report.drafts.voided, report.drafts.voided_total) == (0, 2, Decimal("155.55"))


def test_the_day_closes_the_slip_leaves_drafts_out_and_the_export_carries_them(db, day_with_drafts, tmp_path):
    sup, cashier, run = day_with_drafts
    close_today(db, sup, cashier)
    slip = deposit_slip(db, sup, TODAY)
    assert slip.checks.items == () and slip.money_orders.items == ()
    out = export_payments(db, sup, TODAY, tmp_path / "posting.csv")
    rows = list(csv.DictReader(open(out.path, encoding="utf-8")))
    drafts = [r for r in rows if r["channel"] == "draft"]
    assert sorted((r["receipt_number"], r["account_number"], r["amount"], r["tenders"]) for r in drafts) == [
        (f"D{run.run_id}-000001", "2000001", "100.00", "bank_draft"),
        (f"D{run.run_id}-000002", "2000002", "55.55", "bank_draft")]
    assert rows[-1]["entry_type"] == "trailer" and rows[-1]["amount"] == "175.55"


def test_a_draft_receipt_names_its_tender(db, day_with_drafts):
    sup, _cashier, run = day_with_drafts
    text = receipt_preview(db, sup, f"D{run.run_id}-000001")
    tender_lines = [line for line in text.splitlines() if "$100.00" in line and "Account" not in line]
    assert any(line.strip().startswith("Bank draft") for line in tender_lines), text
    assert not any(line.strip().startswith("Cash ") for line in text.splitlines()), text


def test_todays_payments_at_the_counter_leave_the_drafts_out(db, day_with_drafts):
    from cashier_app.services.payment_search import todays_payments

    sup, cashier, _run = day_with_drafts
    assert [p.accounts for p in todays_payments(db, cashier)] == [("1000001",)]
