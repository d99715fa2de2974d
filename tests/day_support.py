"""Helpers for tests that need a closed business day: count and close every drawer, then close."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cashier_app.models import DrawerState
from cashier_app.services import business_day
from cashier_app.services.access import Actor
from cashier_app.services.day_close import close_day
from cashier_app.services.drawers import ItemCount, approve_difference, items_to_tick, my_session, submit_count


def close_drawer(db, cashier: Actor, supervisor: Actor) -> None:
    """Count the cashier's open drawer (every check and money order ticked, cash left uncounted)
    and have the supervisor approve the difference when one is left."""
    view = my_session(db, cashier)
    if view is None:
        return
    items = items_to_tick(db, cashier, view.id)
    checks = [i for i in items if i.kind == "check"]
    orders = [i for i in items if i.kind == "money_order"]
    counted = submit_count(db, cashier, view.id, {},
                           ItemCount(len(checks), str(sum((i.amount for i in checks), Decimal("0.00")))),
                           ItemCount(len(orders), str(sum((i.amount for i in orders), Decimal("0.00")))),
                           ticked=[i.tender_id for i in items])
    if counted.state != DrawerState.CLOSED.value:
        approve_difference(db, supervisor, view.id, "test: cash not counted")


def close_today(db, supervisor: Actor, *cashiers: Actor) -> dt.date:
    """Close every given cashier's drawer, then the business day; returns the day closed."""
    for cashier in cashiers:
        close_drawer(db, cashier, supervisor)
    day = business_day.today()
    close_day(db, supervisor, day)
    return day
