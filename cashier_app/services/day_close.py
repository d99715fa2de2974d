"""Closing a business date: a supervisor, once every drawer session of that date is closed.

The close records the head of the audit chain at that moment (the day report prints it); after it,
the date takes no drawer session, payment or void. A date is closed once only.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import DayClose, DrawerSession, DrawerState, Role, Station, User
from cashier_app.services import business_day
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event
from cashier_app.services.people import name_of, shown_name
from cashier_app.services.refusal import Refused


class DayCloseRefused(Refused):
    """A day close that cannot be done; nothing was changed."""


@dataclass(frozen=True)
class DayClosed:
    business_date: dt.date
    closed_by: str  # the full name (services.people)
    closed_at: dt.datetime
    audit_head: str


@requires(Role.SUPERVISOR)
def close_day(db: Database, actor: Actor, day: dt.date) -> DayClosed:
    """Close ``day`` for good. Refused when it is already closed, in the future, or when any drawer
    session of that date is not closed (each is named)."""
    if day > business_day.today():
        raise DayCloseRefused(_t("{0} has not come yet.").format(business_day.long_date(day)), "date")
    try:
        with db.write() as s:
            business_day.hold_for_close(s, day)
            if business_day.is_closed(s, day):
                raise DayCloseRefused(_t("{0} is already closed.").format(business_day.long_date(day)), "date")
            unclosed = s.execute(
                select(Station.name, User.full_name, User.username, DrawerSession.state)
                .join(Station, Station.id == DrawerSession.station_id).join(User, User.id == DrawerSession.cashier_id)
                .where(DrawerSession.business_date == day, DrawerSession.state != DrawerState.CLOSED.value)
                .order_by(Station.name, User.username)).all()
            if unclosed:
                names = ", ".join(f"{station} ({shown_name(full, login)}, {state})"
                                  for station, full, login, state in unclosed)
                raise DayCloseRefused(_t("Close every drawer of {0} first; still not closed: {1}.").format(
                                          business_day.long_date(day), names), "date")
            close = DayClose(business_date=day, closed_by_id=actor.user_id)
            s.add(close)
            s.flush()
            close.audit_head = record_event(s, actor, "day.close", "day", day.isoformat(),
                                            after={"business_date": day.isoformat()})
            s.flush()
            return DayClosed(day, name_of(s, actor.user_id) or actor.username, close.closed_at, close.audit_head)
    except IntegrityError:
        raise DayCloseRefused(_t("{0} was just closed by someone else.").format(
                                  business_day.long_date(day)), "date") from None


@requires(Role.SUPERVISOR)
def day_close_of(db: Database, actor: Actor, day: dt.date) -> DayClosed | None:
    """The close of ``day``, if it is closed."""
    with db.read() as s:
        row = s.scalar(select(DayClose).where(DayClose.business_date == day))
        if row is None:
            return None
        return DayClosed(row.business_date, name_of(s, row.closed_by_id), row.closed_at, row.audit_head)
