"""Drawer sessions: the expected-cash rule, opening, pick-ups, the blind count, approval, day close."""
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from cashier_app.models import AuditEvent, CashPickup, DayClose, DrawerBalance, DrawerCount, DrawerSession, Role
from cashier_app.services import business_day
from cashier_app.services.access import AccessDenied
from cashier_app.services.approvals import approve
from cashier_app.services.audit import verify_chain
from cashier_app.services.cash_units import CountRefused
from cashier_app.services.day_close import DayCloseRefused, close_day
from cashier_app.services.drawers import (
    DIFFERENCE_ACTION, PICKUP_ACTION, CashFlow, DrawerRefused, ItemCount, approve_difference, expected_cash,
    items_to_tick, my_session, open_session, record_pickup, sessions_of_day, submit_count,
)
from cashier_app.services.voids import VoidRefused, void_payment
from tests.factories import make_station, make_user, open_drawer
from tests.printing_support import cash, check, money_order, open_counter, pay

D = Decimal
PW = "correct-horse-42"


# -- the arithmetic ------------------------------------------------------------------------------------
def test_expected_cash_counts_tendered_minus_change_not_tendered():
    # $100 float; a $42.10 bill paid with three twenties: $60 in, $17.90 out.
    assert expected_cash(D("100.00"), [CashFlow(D("60.00"), D("17.90"), False)], []) == D("142.10")


def test_expected_cash_leaves_out_voided_payments_and_pickups():
    flows = [CashFlow(D("60.00"), D("17.90"), False),  # kept: +42.10
             CashFlow(D("50.00"), D("5.00"), True),  # voided: the customer took the $45 back
             CashFlow(D("0.00"), D("0.00"), False)]  # paid by check: no cash
    assert expected_cash(D("100.00"), flows, [D("100.00")]) == D("42.10")


@given(st.lists(st.tuples(st.integers(0, 50_000), st.integers(0, 5_000), st.booleans()), max_size=30),
       st.lists(st.integers(1, 20_000), max_size=4))
def test_expected_cash_is_float_plus_kept_payments_net_cash_minus_pickups(flows, pickups):
    cents = Decimal("0.01")
    payments = [CashFlow(D(t) * cents, D(min(c, t)) * cents, v) for t, c, v in flows]
    kept = sum((p.cash_tendered - p.change for p in payments if not p.voided), D("0"))
    assert expected_cash(D("50.00"), payments, [D(p) * cents for p in pickups]) == (
        D("50.00") + kept - sum((D(p) * cents for p in pickups), D("0")))


# -- a day at the counter --------------------------------------------------------------------------------
@pytest.fixture
def counter(db):
    c = open_counter(db)  # the cashier's drawer is open with a $100.00 float
    c.supervisor  # noqa: B018 - made now
    make_user(db, "kim", roles=(Role.SUPERVISOR,), station="S1")
    return c


def session_id(counter) -> int:
    return my_session(counter.db, counter.cashier).id


def test_opening_records_the_float_by_unit_and_one_session_only(db):
    make_station(db)
    cashier = make_user(db, drawer=False)
    opened = open_session(db, cashier, {"$20": "4", "25c": 40, "roll-1c": "2", "$1": ""})
    assert (opened.opening_float, opened.state, opened.station) == (D("91.00"), "open", "S1")
    with pytest.raises(DrawerRefused, match="already have a drawer session"):
        open_session(db, cashier, {"$20": 5})
    with db.read() as s:
        rows = {(c.unit, c.quantity, c.amount) for c in s.scalars(select(DrawerCount))}
        assert rows == {("$20", 4, D("80.00")), ("25c", 40, D("10.00")), ("roll-1c", 2, D("1.00"))}
        assert s.scalar(select(func.count(DrawerSession.id))) == 1


@pytest.mark.parametrize("quantities, field", [({"$20": "-3"}, "unit:$20"), ({"$5": "2.5"}, "unit:$5"),
                                               ({"10c": "ten"}, "unit:10c"), ({"$3": 1}, "unit:$3")])
def test_bad_counts_are_refused_at_their_field_and_change_nothing(db, quantities, field):
    make_station(db)
    cashier = make_user(db, drawer=False)
    with pytest.raises(CountRefused) as refused:
        open_session(db, cashier, quantities)
    assert refused.value.field == field
    with db.read() as s:
        assert s.scalar(select(func.count(DrawerSession.id))) == 0


def test_no_payment_without_an_open_drawer(db):
    make_station(db)
    c = open_counter(db)
    other = make_user(db, "lee", drawer=False)
    with pytest.raises(DrawerRefused) as refused:
        pay(c, {c.account_id: "10.00"}, cash("10.00"), actor=other)
    assert refused.value.field == "drawer"


def test_a_drawer_left_open_from_yesterday_takes_no_payment_today(db, monkeypatch):
    make_station(db)
    c = open_counter(db)
    late = make_user(db, "lee", drawer=False)
    open_drawer(db, late, business_date=business_day.today() - dt.timedelta(days=1))
    with pytest.raises(DrawerRefused, match="count and close it"):
        pay(c, {c.account_id: "10.00"}, cash("10.00"), actor=late)


def test_pickup_lowers_expected_cash_and_names_both_people(counter):
    db = counter.db
    pay(counter, {counter.account_id: "128.45"}, cash("200.00"))  # drawer: 100 + 128.45
    sid = session_id(counter)
    with pytest.raises(AccessDenied):  # the cashier alone cannot take cash out
        record_pickup(db, counter.cashier, sid, {"$100": 1})
    with pytest.raises(DrawerRefused, match="should hold only"):
        record_pickup(db, counter.supervisor, sid, {"$100": 3})
    approval = approve(db, "super", PW, PICKUP_ACTION, counter.cashier)
    done = record_pickup(db, counter.cashier, sid, {"$100": 1, "$20": 1}, approval)
    assert (done.amount, done.supervisor, done.cashier) == (D("120.00"), "Super", "Cashier")
    with db.read() as s:
        pickup = s.scalar(select(CashPickup))
        assert (pickup.supervisor_id, pickup.cashier_id) == (counter.supervisor.user_id, counter.cashier.user_id)
        assert {(line.unit, line.quantity) for line in pickup.lines} == {("$100", 1), ("$20", 1)}
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == PICKUP_ACTION))
        assert (event.user_id, event.approver_id) == (counter.cashier.user_id, counter.supervisor.user_id)
    # expected now 100 + 128.45 - 120 = 108.45: counting exactly that closes the drawer
    closed = submit_count(db, counter.cashier, sid, {"$100": 1, "$5": 1, "$1": 3, "25c": 1, "10c": 2},
                          ItemCount(), ItemCount())
    cash_line = closed.balances[0]
    assert (cash_line.expected, cash_line.counted, cash_line.difference, closed.state) == (
        D("108.45"), D("108.45"), D("0.00"), "closed")


def test_blind_count_with_change_and_a_void_closes_when_it_balances(counter):
    db = counter.db
    kept = pay(counter, {counter.account_id: "42.10"}, cash("60.00"))  # +42.10 cash
    voided = pay(counter, {counter.second_account_id: "45.00"}, cash("50.00"))  # voided below
    pay(counter, {counter.second_account_id: "19.10"}, check("19.10", "5512"))
    pay(counter, {counter.account_id: "30.00"}, money_order("30.00", "MO-9"))
    void_payment(db, counter.cashier, voided.payment_id, "wrong account",
                 approve(db, "super", PW, "payment.void", counter.cashier))
    sid = session_id(counter)
    items = items_to_tick(db, counter.cashier, sid)
    assert [(i.kind, i.number, i.amount) for i in items] == [("check", "5512", D("19.10")),
                                                            ("money_order", "MO-9", D("30.00"))]
    view = submit_count(db, counter.cashier, sid, {"$100": 1, "$20": 2, "$1": 2, "10c": 1},
                        ItemCount(1, "19.10"), ItemCount("1", "$30.00"), ticked=[i.tender_id for i in items])
    assert view.state == "closed" and kept.receipt_number
    assert [(b.kind, b.expected, b.counted, b.difference) for b in view.balances] == [
        ("cash", D("142.10"), D("142.10"), D("0.00")), ("check", D("19.10"), D("19.10"), D("0.00")),
        ("money_order", D("30.00"), D("30.00"), D("0.00"))]
    with pytest.raises(DrawerRefused, match="closed"):  # a closed session is read-only
        submit_count(db, counter.cashier, sid, {"$100": 2}, ItemCount(), ItemCount())
    with pytest.raises(DrawerRefused):
        record_pickup(db, counter.supervisor, sid, {"$1": 1})
    with pytest.raises(VoidRefused, match="no longer be voided"):
        void_payment(db, counter.cashier, kept.payment_id, "late", approve(db, "super", PW, "payment.void",
                                                                           counter.cashier))


def test_a_short_drawer_waits_for_another_supervisor_and_keeps_the_difference(counter):
    db = counter.db
    pay(counter, {counter.account_id: "50.00"}, cash("50.00"))
    sid = session_id(counter)
    view = submit_count(db, counter.cashier, sid, {"$100": 1, "$20": 2}, ItemCount(), ItemCount())  # $10 short
    assert view.state == "counted" and view.needs_approval and view.balances[0].difference == D("-10.00")
    with pytest.raises(DrawerRefused) as refused:
        approve_difference(db, counter.supervisor, sid, "   ")
    assert refused.value.field == "note"
    with pytest.raises(AccessDenied):  # the cashier cannot approve their own drawer
        approve(db, "cashier", PW, DIFFERENCE_ACTION, counter.cashier)
    done = approve_difference(db, counter.cashier, sid, "Ten missing; counted twice",
                              approve(db, "kim", PW, DIFFERENCE_ACTION, counter.cashier))
    assert (done.state, done.approved_by, done.over_short) == ("closed", "Kim", D("-10.00"))
    with db.read() as s:
        assert s.scalar(select(DrawerBalance.difference).where(DrawerBalance.tender_kind == "cash")) == D("-10.00")
        assert verify_chain(s).first_broken_id is None


def test_a_supervisor_cannot_approve_their_own_drawer(counter):
    db = counter.db
    boss = counter.supervisor  # also a cashier, with their own drawer
    open_drawer(db, boss)
    sid = my_session(db, boss).id
    submit_count(db, boss, sid, {"$20": 4}, ItemCount(), ItemCount())  # $20 short
    with pytest.raises(AccessDenied, match="own"):
        approve_difference(db, boss, sid, "my own drawer")
    with db.read() as s:
        assert s.get(DrawerSession, sid).state == "counted"


def test_an_unticked_check_needs_approval_even_when_the_totals_match(counter):
    db = counter.db
    pay(counter, {counter.account_id: "20.00"}, check("20.00", "1001"))
    sid = session_id(counter)
    view = submit_count(db, counter.cashier, sid, {"$100": 1}, ItemCount(1, "20.00"), ItemCount(), ticked=[])
    assert view.state == "counted"
    assert (view.missing_items, view.threshold, view.above_threshold) == (1, D("1.00"), ())  # the words' facts


def test_day_close_waits_for_every_drawer_then_closes_once(counter):
    db = counter.db
    today = business_day.today()
    pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    with pytest.raises(DayCloseRefused, match=r"S1 \(Cashier, open\)"):
        close_day(db, counter.supervisor, today)
    with pytest.raises(AccessDenied):
        close_day(db, counter.cashier, today)
    submit_count(db, counter.cashier, session_id(counter), {"$100": 1, "$10": 1}, ItemCount(), ItemCount())
    closed = close_day(db, counter.supervisor, today)
    with pytest.raises(DayCloseRefused, match="already closed"):
        close_day(db, counter.supervisor, today)
    with db.read() as s:
        assert s.scalar(select(DayClose.audit_head)) == closed.audit_head == verify_chain(s).head
    with pytest.raises(DrawerRefused, match="is closed"):  # no drawer opens on a closed date
        open_drawer(db, counter.cashier)
    assert [v.state for v in sessions_of_day(db, counter.supervisor)] == ["closed"]


def test_two_stations_sessions_never_mix(db):
    make_station(db)
    make_station(db, "S2", "S2")
    c = open_counter(db)
    lee = make_user(db, "lee", station="S2")
    pay(c, {c.account_id: "10.00"}, cash("10.00"))
    pay(c, {c.account_id: "5.00"}, cash("5.00"), actor=lee)
    one = submit_count(db, c.cashier, my_session(db, c.cashier).id, {"$100": 1, "$10": 1}, ItemCount(), ItemCount())
    assert (one.station, one.balances[0].expected, one.state) == ("S1", D("110.00"), "closed")
    assert my_session(db, lee).state == "open"


def test_a_supervisor_counts_for_an_absent_cashier_and_another_approves(counter):
    db = counter.db
    pay(counter, {counter.account_id: "20.00"}, cash("20.00"))
    sid = session_id(counter)
    view = submit_count(db, counter.supervisor, sid, {"$100": 1, "$10": 1}, ItemCount(), ItemCount())  # $10 short
    assert view.state == "counted"
    with db.read() as s:
        assert s.get(DrawerSession, sid).counted_by_id == counter.supervisor.user_id
    with pytest.raises(AccessDenied, match="counted this drawer"):
        approve_difference(db, counter.supervisor, sid, "counted it myself")
    kim = make_user(db, "kim2", roles=(Role.SUPERVISOR,), station="S1")
    assert approve_difference(db, kim, sid, "recounted with Super").state == "closed"
