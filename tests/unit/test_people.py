"""People are shown by their full name on screen and paper (login name only when none is on file)."""
from __future__ import annotations

import pytest
from sqlalchemy import update

from cashier_app.models import Role, User
from cashier_app.services import business_day
from cashier_app.services.approvals import approve
from cashier_app.services.day_close import DayCloseRefused, close_day, day_close_of
from cashier_app.services.day_report import day_report
from cashier_app.services.deposit_slip import deposit_slip
from cashier_app.services.drawers import ItemCount, approve_difference, my_session, record_pickup, submit_count
from cashier_app.services.payment_search import todays_payments
from cashier_app.services.people import shown_name
from cashier_app.services.receipts import build_receipt
from cashier_app.services.users import authenticate, full_name
from cashier_app.services.voids import void_payment
from tests.factories import make_user
from tests.printing_support import cash, open_counter, pay

PW = "correct-horse-42"


def _name(db, username: str, full: str) -> None:
    with db.write() as s:
        s.execute(update(User).where(User.username == username).values(full_name=full))


@pytest.fixture
def counter(db):
    c = open_counter(db)  # "cashier", drawer open with $100.00
    c.supervisor  # noqa: B018 - "super", made now
    make_user(db, "kim", roles=(Role.SUPERVISOR, Role.CASHIER), station="S1")  # with a drawer
    _name(db, "cashier", "Dana Whitfield")
    _name(db, "super", "Pat Okafor")
    _name(db, "kim", "  ")  # no full name on file: the login name is shown
    return c


def test_shown_name_is_the_full_name_else_the_login():
    assert shown_name("Dana Whitfield", "dana") == "Dana Whitfield"
    assert shown_name("", "dana") == shown_name("   ", "dana") == shown_name(None, "dana") == "dana"


def test_drawers_day_close_report_slip_receipt_and_search_name_people_in_full(counter):
    db, cashier = counter.db, counter.cashier
    supervisor = counter.supervisor
    kim = authenticate(db, "kim", PW, "S1")
    posted = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    voided = pay(counter, {counter.account_id: "5.00"}, cash("5.00"))
    void_payment(db, cashier, voided.payment_id, "wrong account", approve(db, "super", PW, "payment.void", cashier))
    sid = my_session(db, cashier).id
    picked = record_pickup(db, supervisor, sid, {"$10": 1})
    assert (picked.cashier, picked.supervisor) == ("Dana Whitfield", "Pat Okafor")
    assert full_name(db, cashier) == "Dana Whitfield" and full_name(db, kim) == "kim"

    today = business_day.today()
    with pytest.raises(DayCloseRefused, match=r"S1 \(Dana Whitfield, open\)"):
        close_day(db, supervisor, today)
    view = submit_count(db, cashier, sid, {"$20": 4, "$10": 1}, ItemCount(), ItemCount())  # $10.00 short: waits
    view = approve_difference(db, supervisor, sid, "recounted")
    assert (view.cashier, view.approved_by) == ("Dana Whitfield", "Pat Okafor")
    submit_count(db, kim, my_session(db, kim).id, {"$20": 3, "$10": 2, "$5": 3, "$1": 5}, ItemCount(), ItemCount())
    closed = close_day(db, supervisor, today)
    assert closed.closed_by == day_close_of(db, supervisor, today).closed_by == "Pat Okafor"

    report = day_report(db, supervisor, today)
    assert report.closed_by == "Pat Okafor"
    assert {s.cashier for s in report.sessions} == {"Dana Whitfield", "kim"}
    assert [(v.cashier, v.voided_by, v.approved_by) for v in report.voids] == [
        ("Dana Whitfield", "Dana Whitfield", "Pat Okafor")]
    assert deposit_slip(db, supervisor, today).closed_by == "Pat Okafor"
    with db.read() as s:
        assert build_receipt(s, posted.payment_id).cashier == "Dana Whitfield"
    assert {p.cashier for p in todays_payments(db, supervisor)} == {"Dana Whitfield"}
