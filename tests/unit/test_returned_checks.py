"""Returned checks (NSF): reversal, fee, cash-only after repeated returns, the notice, the export."""
from __future__ import annotations

import csv
import re
import datetime as dt
import subprocess
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cashier_app.models import Account, AuditEvent, Charge, ReturnedItem, Role
from cashier_app.services import business_day
from cashier_app.services.access import AccessDenied, system_actor
from cashier_app.services.approvals import approve
from cashier_app.services.audit import verify_chain
from cashier_app.services.balances import current_balance
from cashier_app.services.day_close import close_day
from cashier_app.services.posting_export import export_payments
from cashier_app.services.returned_checks import (
    ReturnRefused, find_checks, months_before, record_returned_check, write_notice,
)
from cashier_app.services.settings import set_setting
from cashier_app.services.voids import void_payment
from tests.day_support import close_today
from tests.factories import make_user
from tests.printing_support import cash, check, money_order, open_counter, pay

D = Decimal


def tender_ids(db, actor, text):
    return {c.receipt_number: c.tender_id for c in find_checks(db, actor, text)}


@pytest.fixture
def closed(db, monkeypatch):
    """Yesterday (the real today) is closed with four payments; the business date is now the next day."""
    counter = open_counter(db)
    supervisor = make_user(db, "sam", roles=(Role.SUPERVISOR,))
    payments = {
        "split": pay(counter, {counter.account_id: "100.00", counter.second_account_id: "50.00"},
                     check("150.00", "5521")),
        "mixed": pay(counter, {counter.account_id: "20.00"}, cash("5.00"), check("15.00", "777")),
        "cash": pay(counter, {counter.account_id: "1.00"}, cash("1.00")),
        "order": pay(counter, {counter.account_id: "2.00"}, money_order("2.00")),
        "voided": pay(counter, {counter.second_account_id: "3.00"}, check("3.00", "9001")),
    }
    void_payment(db, counter.cashier, payments["voided"].payment_id, "wrong account",
                 approve(db, "sam", "correct-horse-42", "payment.void", counter.cashier))
    day = close_today(db, supervisor, counter.cashier)
    next_day = day + dt.timedelta(days=1)
    monkeypatch.setattr(business_day, "today", lambda: next_day)
    return counter, supervisor, day, next_day, payments


def changed(db):
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Charge)),
                s.scalar(select(func.count()).select_from(ReturnedItem)))


def test_find_checks_by_check_number_account_or_amount(db, closed):
    counter, sam, day, _, payments = closed
    by_number = find_checks(db, sam, " 5521 ")
    assert len(by_number) == 1
    found = by_number[0]
    assert (found.receipt_number, found.check_number, found.amount, found.business_date) == (
        payments["split"].receipt_number, "5521", D("150.00"), day)
    assert found.account_numbers == ("1000001", "1000002") and found.customer_name == "Renée O'Brien"
    assert not found.voided and not found.returned
    assert [c.receipt_number for c in find_checks(db, sam, "$150.00")] == [payments["split"].receipt_number]
    assert [c.receipt_number for c in find_checks(db, sam, "15.00")] == [payments["mixed"].receipt_number]
    # by account: checks only, newest first, the voided one flagged
    on_second = find_checks(db, sam, "1000002")
    assert [(c.check_number, c.voided) for c in on_second] == [("9001", True), ("5521", False)]
    assert find_checks(db, sam, "nothing-like-it") == []
    with pytest.raises(ReturnRefused, match="Enter a check number"):
        find_checks(db, sam, "  ")
    with pytest.raises(ReturnRefused):
        find_checks(db, sam, "$12.345")
    with pytest.raises(AccessDenied):
        find_checks(db, counter.cashier, "5521")


def test_a_returned_check_reverses_charges_the_fee_and_is_audited(db, closed):
    counter, sam, day, next_day, payments = closed
    before = (current_balance_of(db, counter.account_id), current_balance_of(db, counter.second_account_id))
    tender_id = tender_ids(db, sam, "5521")[payments["split"].receipt_number]
    result = record_returned_check(db, sam, tender_id, "  NSF   insufficient funds ")
    assert (result.receipt_number, result.reversed, result.fee) == (payments["split"].receipt_number, D("150.00"),
                                                                    D("25.00"))
    assert result.account_numbers == ("1000001", "1000002") and result.cash_only_now == ()
    after = (current_balance_of(db, counter.account_id), current_balance_of(db, counter.second_account_id))
    assert after[0] - before[0] == D("125.00")  # 100.00 reversed + 25.00 fee
    assert after[1] - before[1] == D("50.00")
    with db.read() as s:
        charges = s.scalars(select(Charge).order_by(Charge.id)).all()
        assert [(c.kind, c.account_id, c.amount, c.business_date) for c in charges] == [
            ("reversal", counter.account_id, D("100.00"), next_day),
            ("reversal", counter.second_account_id, D("50.00"), next_day),
            ("returned_check_fee", counter.account_id, D("25.00"), next_day),
        ]
        assert all(c.payment_id == payments["split"].payment_id and c.created_by_id == sam.user_id for c in charges)
        item = s.get(ReturnedItem, result.returned_item_id)
        assert (item.reason, item.returned_on, item.recorded_by_id, item.fee_charge_id) == (
            "NSF insufficient funds", next_day, sam.user_id, charges[2].id)
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "payment.returned_check"))
        assert event.user_id == sam.user_id and event.after["fee"] == "25.00"
        assert verify_chain(s).first_broken_id is None
    assert [c.returned for c in find_checks(db, sam, "5521")] == [True]


def current_balance_of(db, account_id):
    with db.read() as s:
        return current_balance(s, account_id)


def test_only_the_returned_check_is_reversed_when_the_payment_had_cash_too(db, closed):
    counter, sam, _, _, payments = closed
    tender_id = tender_ids(db, sam, "777")[payments["mixed"].receipt_number]
    result = record_returned_check(db, sam, tender_id, "NSF")
    assert (result.reversed, result.fee) == (D("15.00"), D("25.00"))
    with db.read() as s:
        assert [(c.kind, c.amount) for c in s.scalars(select(Charge).order_by(Charge.id))] == [
            ("reversal", D("15.00")), ("returned_check_fee", D("25.00"))]


@pytest.mark.parametrize("which, message", [
    ("voided", "was voided"),
    ("cash", "is cash, not a check"),
    ("order", "is a money order, not a check"),
])
def test_refused_tenders_change_nothing(db, closed, which, message):
    _, sam, _, _, payments = closed
    with db.read() as s:
        from cashier_app.models import Tender
        tender_id = s.scalar(select(Tender.id).where(Tender.payment_id == payments[which].payment_id))
    with pytest.raises(ReturnRefused, match=message) as refused:
        record_returned_check(db, sam, tender_id, "NSF")
    assert refused.value.field == "tender"
    assert changed(db) == (0, 0)


def test_a_check_returned_twice_is_refused(db, closed):
    _, sam, _, _, payments = closed
    tender_id = tender_ids(db, sam, "5521")[payments["split"].receipt_number]
    record_returned_check(db, sam, tender_id, "NSF")
    with pytest.raises(ReturnRefused, match="already recorded"):
        record_returned_check(db, sam, tender_id, "NSF")
    assert changed(db) == (3, 1)


def test_blank_reason_and_unknown_check_are_refused(db, closed):
    _, sam, _, _, payments = closed
    tender_id = tender_ids(db, sam, "5521")[payments["split"].receipt_number]
    with pytest.raises(ReturnRefused, match="reason") as refused:
        record_returned_check(db, sam, tender_id, "   ")
    assert refused.value.field == "reason"
    with pytest.raises(ReturnRefused, match="does not exist"):
        record_returned_check(db, sam, 999_999, "NSF")
    assert changed(db) == (0, 0)


def test_a_check_of_a_day_not_yet_closed_is_refused(db):
    counter = open_counter(db)
    sam = make_user(db, "sam", roles=(Role.SUPERVISOR,))
    posted = pay(counter, {counter.account_id: "40.00"}, check("40.00", "123"))
    tender_id = tender_ids(db, sam, "123")[posted.receipt_number]
    with pytest.raises(ReturnRefused, match="not closed yet: void the payment"):
        record_returned_check(db, sam, tender_id, "NSF")
    assert changed(db) == (0, 0)


def test_the_supervisor_may_not_be_the_payments_cashier(db, monkeypatch):
    counter = open_counter(db)
    pat = make_user(db, "pat", roles=(Role.SUPERVISOR, Role.CASHIER))
    sam = make_user(db, "sam", roles=(Role.SUPERVISOR,))
    posted = pay(counter, {counter.account_id: "40.00"}, check("40.00", "123"), actor=pat)
    day = close_today(db, sam, counter.cashier, pat)
    monkeypatch.setattr(business_day, "today", lambda: day + dt.timedelta(days=1))
    tender_id = tender_ids(db, pat, "123")[posted.receipt_number]
    with pytest.raises(ReturnRefused, match="another supervisor") as refused:
        record_returned_check(db, pat, tender_id, "NSF")
    assert refused.value.field == "supervisor"
    assert changed(db) == (0, 0)
    with pytest.raises(AccessDenied):
        record_returned_check(db, counter.cashier, tender_id, "NSF")
    assert record_returned_check(db, sam, tender_id, "NSF").reversed == D("40.00")


def test_a_closed_business_date_takes_no_return(db, closed, monkeypatch):
    _, sam, day, _, payments = closed
    monkeypatch.setattr(business_day, "today", lambda: day)  # the return would be dated the closed day
    tender_id = tender_ids(db, sam, "5521")[payments["split"].receipt_number]
    with pytest.raises(ReturnRefused, match="already closed") as refused:
        record_returned_check(db, sam, tender_id, "NSF")
    assert refused.value.field == "date"
    assert changed(db) == (0, 0)


def test_the_second_return_in_twelve_months_makes_the_account_cash_only(db, closed):
    counter, sam, _, _, payments = closed
    first = record_returned_check(db, sam, tender_ids(db, sam, "777")[payments["mixed"].receipt_number], "NSF")
    assert first.cash_only_now == ()
    second = record_returned_check(db, sam, tender_ids(db, sam, "5521")[payments["split"].receipt_number], "NSF")
    assert second.cash_only_now == ("1000001",)  # 1000002 has one return only
    with db.read() as s:
        assert s.get(Account, counter.account_id).cash_only
        assert not s.get(Account, counter.second_account_id).cash_only
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "account.cash_only"))
        assert (event.entity_id, event.before, event.after["returned_checks"]) == (
            str(counter.account_id), {"cash_only": False}, 2)


def test_returns_older_than_the_window_do_not_count_and_the_settings_apply(db, closed):
    counter, sam, _, next_day, payments = closed
    set_setting(db, system_actor(), "returned_check.fee", "35.00")
    first = record_returned_check(db, sam, tender_ids(db, sam, "777")[payments["mixed"].receipt_number], "NSF")
    assert first.fee == D("35.00")
    with db.write() as s:  # pretend the first return is 13 months old
        s.get(ReturnedItem, first.returned_item_id).returned_on = months_before(next_day, 13)
    second = record_returned_check(db, sam, tender_ids(db, sam, "5521")[payments["split"].receipt_number], "NSF")
    assert second.cash_only_now == ()
    with db.read() as s:
        assert not s.get(Account, counter.account_id).cash_only


def test_no_fee_charge_when_the_fee_is_zero_and_a_longer_window_counts_old_returns(db, closed):
    _, sam, _, next_day, payments = closed
    set_setting(db, system_actor(), "returned_check.fee", "0.00")
    set_setting(db, system_actor(), "returned_check.window_months", 24)
    first = record_returned_check(db, sam, tender_ids(db, sam, "777")[payments["mixed"].receipt_number], "NSF")
    assert first.fee == D("0.00")
    with db.write() as s:
        item = s.get(ReturnedItem, first.returned_item_id)
        assert item.fee_charge_id is None
        item.returned_on = months_before(next_day, 13)
    second = record_returned_check(db, sam, tender_ids(db, sam, "5521")[payments["split"].receipt_number], "NSF")
    assert second.cash_only_now == ("1000001",)
    with db.read() as s:
        assert [c.kind for c in s.scalars(select(Charge))] == ["reversal"] * 3


def test_months_before_keeps_the_day_or_takes_the_months_last():
    assert months_before(dt.date(2026, 11, 25), 12) == dt.date(2025, 11, 25)
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 2) == dt.date(2025, 11, 15)


def test_reversal_and_fee_appear_in_the_next_days_export(db, closed, tmp_path):
    _, sam, day, next_day, payments = closed
    export_payments(db, sam, day, tmp_path / "day1.csv")
    record_returned_check(db, sam, tender_ids(db, sam, "5521")[payments["split"].receipt_number], "NSF")
    close_day(db, sam, next_day)
    result = export_payments(db, sam, next_day, tmp_path / "day2.csv")
    assert (result.rows, result.total) == (3, D("-175.00"))
    with open(tmp_path / "day2.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["entry_type"], r["account_number"], r["amount"], r["receipt_number"], r["check_numbers"])
            for r in rows[:-1]] == [
        ("reversal", "1000001", "-100.00", payments["split"].receipt_number, "5521"),
        ("reversal", "1000002", "-50.00", payments["split"].receipt_number, "5521"),
        ("returned_check_fee", "1000001", "-25.00", payments["split"].receipt_number, "5521"),
    ]
    assert rows[-1]["amount"] == "-175.00" and rows[-1]["reference"] == "3"
    assert all(r["business_date"] == next_day.isoformat() for r in rows)


def test_the_notice_is_a_letter_to_the_mailing_address(db, closed, tmp_path):
    _, sam, _, _, payments = closed
    record_returned_check(db, sam, tender_ids(db, sam, "777")[payments["mixed"].receipt_number], "NSF")
    result = record_returned_check(db, sam, tender_ids(db, sam, "5521")[payments["split"].receipt_number],
                                   "Insufficient funds")
    out = write_notice(db, sam, result.returned_item_id, tmp_path / "notice.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("City of Shelby", "Notice of returned check", "Renée O'Brien", "412 W Marion St",
                     "Shelby, NC 28150", "5521", "$150.00", "$25.00", "1000001", "1000002", "CASH-ONLY",
                     payments["split"].receipt_number, "Insufficient funds"):
        assert expected in text, expected
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts" in info and re.search(r"Pages:\s+1\n", info)
    with pytest.raises(ReturnRefused):
        write_notice(db, sam, 999, tmp_path / "none.pdf")
