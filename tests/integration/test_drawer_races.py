"""Two connections acting on one drawer or one business date at the same moment (issue 10, item 6):
a void during the drawer's count, a day close during a drawer opening, two pick-ups from one
drawer. The first writer is held inside its transaction (just before its audit event) while the
second runs on its own connection: the second must wait and then see what the first did.

On PostgreSQL these took no lock before: the void went into a drawer already being counted (its
count never saw it), a drawer opened on a date being closed, and two pick-ups took more cash than
the drawer held. SQLite writers queue on the database's write lock and always held.
"""
from __future__ import annotations

import threading
import time
from decimal import Decimal

from sqlalchemy import func, select

from cashier_app.db import Database, make_engine
from cashier_app.models import CashPickup, DrawerBalance, DrawerSession, Role, Void
from cashier_app.services import business_day, day_close, drawers
from cashier_app.services.approvals import approve
from cashier_app.services.day_close import close_day
from cashier_app.services.drawers import DrawerRefused, ItemCount, my_session, open_session, record_pickup
from cashier_app.services.voids import VoidRefused, void_payment
from tests.day_support import close_drawer
from tests.factories import FLOAT, make_station, make_user
from tests.printing_support import cash, open_counter, pay

D = Decimal
HOLD = 1.0  # seconds the first writer stays inside its transaction


def hold_first_writer(monkeypatch, module, name="record_event"):
    """Make the first call of ``module.name`` (inside the first writer's transaction) wait HOLD
    seconds; returns an event set when it is there."""
    real, inside, calls = getattr(module, name), threading.Event(), []

    def held(*args, **kwargs):
        result = real(*args, **kwargs)
        if not calls:
            calls.append(1)
            inside.set()
            time.sleep(HOLD)
        return result

    monkeypatch.setattr(module, name, held)
    return inside


def first_then_second(db_url, first, second):
    """Run ``first`` in a thread on its own connection; once it is inside its transaction run
    ``second`` on another; return what each returned or raised."""
    results = {}

    def run(key, job):
        station_db = Database(make_engine(db_url))
        try:
            results[key] = job(station_db)
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            results[key] = exc
        finally:
            station_db.dispose()

    thread = threading.Thread(target=run, args=("first", first))
    thread.start()
    assert inside_events[-1].wait(10), "the first writer never reached its transaction"
    run("second", second)
    thread.join(30)
    return results["first"], results["second"]


inside_events: list[threading.Event] = []


def test_a_void_during_the_drawers_count_waits_and_is_refused(db, db_url, monkeypatch):
    counter = open_counter(db)
    counter.supervisor  # noqa: B018 - made now: the approval below needs "super"
    posted = pay(counter, {counter.account_id: "20.00"}, cash("20.00"))
    session_id = my_session(db, counter.cashier).id
    approval = approve(db, "super", "correct-horse-42", "payment.void", counter.cashier)
    inside_events.append(hold_first_writer(monkeypatch, drawers))
    counted, voided = first_then_second(
        db_url,
        lambda d: drawers.submit_count(d, counter.cashier, session_id, {"$100": 1, "$20": 1}, ItemCount(0, "0"),
                                       ItemCount(0, "0")),
        lambda d: void_payment(d, counter.cashier, posted.payment_id, "wrong account", approval))
    assert not isinstance(counted, Exception), counted
    assert isinstance(voided, VoidRefused) and "already counted" in str(voided)
    with db.read() as s:
        assert s.scalar(select(func.count(Void.id))) == 0
        cash_line = s.scalar(select(DrawerBalance).where(DrawerBalance.session_id == session_id,
                                                         DrawerBalance.tender_kind == "cash"))
    assert (cash_line.expected, cash_line.difference) == (D("120.00"), D("0.00"))


def test_a_day_close_during_a_drawer_opening_never_leaves_a_drawer_open_on_a_closed_date(db, db_url, monkeypatch):
    counter = open_counter(db)
    boss = make_user(db, "boss", roles=(Role.SUPERVISOR,))
    close_drawer(db, counter.cashier, boss)  # the only drawer of the day is closed: the day may close
    make_station(db, "S2", "S2")
    late = make_user(db, "late", station="S2", drawer=False)
    inside_events.append(hold_first_writer(monkeypatch, day_close))
    today = business_day.today()
    closed, opened = first_then_second(db_url, lambda d: close_day(d, boss, today),
                                       lambda d: open_session(d, late, FLOAT))
    assert not isinstance(closed, Exception), closed
    assert isinstance(opened, DrawerRefused) and "is closed" in str(opened)
    with db.read() as s:
        assert s.scalar(select(func.count(DrawerSession.id)).where(DrawerSession.business_date == today,
                                                                   DrawerSession.state != "closed")) == 0


def test_two_pick_ups_at_once_never_take_more_than_the_drawer_holds(db, db_url, monkeypatch):
    counter = open_counter(db)
    boss = make_user(db, "boss", roles=(Role.SUPERVISOR,))
    pay(counter, {counter.account_id: "100.00"}, cash("100.00"))  # $200.00 of cash in the drawer
    session_id = my_session(db, counter.cashier).id
    inside_events.append(hold_first_writer(monkeypatch, drawers))
    one, two = first_then_second(db_url, lambda d: record_pickup(d, boss, session_id, {"$100": 1, "$50": 1}),
                                 lambda d: record_pickup(d, boss, session_id, {"$100": 1}))
    assert not isinstance(one, Exception), one
    assert isinstance(two, DrawerRefused) and "should hold only $50.00" in str(two)
    with db.read() as s:
        assert s.scalar(select(func.sum(CashPickup.amount))) == D("150.00")
