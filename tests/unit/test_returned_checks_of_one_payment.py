"""One payment made with several checks: each check can come back on its own, in any order
(issue 10, item 2). Before, the second was refused ("A returned check is already recorded for
receipt ...") and its money stayed credited, and export rows named the payment's first check."""
from __future__ import annotations

import csv
import datetime as dt
import itertools
import subprocess
from decimal import Decimal

import pytest
from sqlalchemy import select

from cashier_app.models import Charge
from cashier_app.services import business_day
from cashier_app.services.balances import current_balance
from cashier_app.services.day_close import close_day
from cashier_app.services.posting_export import export_payments
from cashier_app.services.returned_checks import (
    FEE, REVERSAL, ReturnRefused, find_checks, record_returned_check, write_notice,
)
from tests.day_support import close_today
from tests.factories import make_user
from tests.printing_support import check, open_counter, pay

D = Decimal
CHECKS = {"1001": "40.00", "2002": "60.00", "3003": "25.00"}  # $125.00 paid: $90.00 and $35.00


def paid_with_three_checks(db, monkeypatch):
    counter = open_counter(db)
    sam = make_user(db, "sam", roles=("supervisor",))
    with db.read() as s:
        before = {a: current_balance(s, a) for a in (counter.account_id, counter.second_account_id)}
    posted = pay(counter, {counter.account_id: "90.00", counter.second_account_id: "35.00"},
                 *(check(amount, number) for number, amount in CHECKS.items()))
    day = close_today(db, sam, counter.cashier)
    next_day = day + dt.timedelta(days=1)
    monkeypatch.setattr(business_day, "today", lambda: next_day)
    tenders = {c.check_number: c.tender_id for c in find_checks(db, sam, "1000001")
               if c.receipt_number == posted.receipt_number}
    return counter, sam, posted, before, tenders, day, next_day


@pytest.mark.parametrize("order", list(itertools.permutations(CHECKS)))
def test_every_check_of_a_payment_comes_back_in_any_order(db, monkeypatch, order):
    counter, sam, posted, before, tenders, _, _ = paid_with_three_checks(db, monkeypatch)
    assert set(tenders) == set(CHECKS)
    for n, number in enumerate(order, start=1):
        result = record_returned_check(db, sam, tenders[number], "NSF")
        assert (result.reversed, result.fee) == (D(CHECKS[number]), D("25.00"))
        flags = {c.check_number: c.returned for c in find_checks(db, sam, number)}
        assert flags == {number: True}
        shown = {c.check_number: c.returned for c in find_checks(db, sam, "1000001")}
        assert shown == {x: x in order[:n] for x in CHECKS}  # which checks of the receipt are returned
    with db.read() as s:
        charges = s.scalars(select(Charge)).all()
        after = {a: current_balance(s, a) for a in before}
    reversed_by_account = {a: sum((c.amount for c in charges if c.kind == REVERSAL and c.account_id == a), D(0))
                           for a in before}
    assert reversed_by_account == {counter.account_id: D("90.00"), counter.second_account_id: D("35.00")}
    for number, amount in CHECKS.items():
        assert sum((c.amount for c in charges if c.kind == REVERSAL and c.tender_id == tenders[number]),
                   D(0)) == D(amount)
        assert [c.amount for c in charges if c.kind == FEE and c.tender_id == tenders[number]] == [D("25.00")]
    # Every dollar paid came back and three fees were added: the balances are as before, plus the fees.
    assert after == {counter.account_id: before[counter.account_id] + D("75.00"),
                     counter.second_account_id: before[counter.second_account_id]}
    with pytest.raises(ReturnRefused, match="already recorded as returned"):
        record_returned_check(db, sam, tenders[order[0]], "NSF")


def test_export_rows_and_notice_name_the_check_that_came_back(db, monkeypatch, tmp_path):
    counter, sam, posted, _, tenders, day, next_day = paid_with_three_checks(db, monkeypatch)
    export_payments(db, sam, day, tmp_path / "day1.csv")
    record_returned_check(db, sam, tenders["2002"], "NSF")
    second = record_returned_check(db, sam, tenders["3003"], "Account closed")
    close_day(db, sam, next_day)
    export_payments(db, sam, next_day, tmp_path / "day2.csv")
    with open(tmp_path / "day2.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[:-1]
    assert [(r["entry_type"], r["amount"], r["check_numbers"]) for r in rows] == [
        ("reversal", "-60.00", "2002"), ("returned_check_fee", "-25.00", "2002"),
        ("reversal", "-25.00", "3003"), ("returned_check_fee", "-25.00", "3003"),
    ]
    out = write_notice(db, sam, second.returned_item_id, tmp_path / "notice.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "3003" in text and "2002" not in text
    assert "$25.00" in text and "$60.00" not in text


def test_every_returned_check_of_a_payment_needs_its_own_audit_event(db, monkeypatch):
    """audit verify counts one event per returned check, so deleting the second one's is caught."""
    from sqlalchemy import delete

    from cashier_app.models import AuditEvent
    from cashier_app.services.audit_facts import missing_events

    _, sam, _, _, tenders, _, _ = paid_with_three_checks(db, monkeypatch)
    record_returned_check(db, sam, tenders["1001"], "NSF")
    record_returned_check(db, sam, tenders["2002"], "NSF")
    with db.read() as s:
        assert missing_events(s) == []
    with db.write() as s:
        last = s.scalar(select(AuditEvent.id).where(AuditEvent.action == "payment.returned_check")
                        .order_by(AuditEvent.id.desc()).limit(1))
        s.execute(delete(AuditEvent).where(AuditEvent.id == last))
    with db.read() as s:
        assert [gap.fact.label for gap in missing_events(s)] == ["returned checks"]
