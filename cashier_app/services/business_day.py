"""The business date: the one place that says what "today" is at the counter.

A business date is the City's calendar date (city_time: the setting city.time_zone), whatever
zone the station PC's clock is set to. Drawer sessions carry the date they were
opened for; a payment takes its session's date; a closed date takes no more payments or voids.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.i18n import short_date
from cashier_app.models import DayClose


def today() -> dt.date:
    """Today's business date (the City's calendar date)."""
    return city_time.today()


def is_closed(session: Session, day: dt.date) -> bool:
    """Whether a supervisor closed this business date (inside the caller's transaction)."""
    return session.scalar(select(DayClose.id).where(DayClose.business_date == day)) is not None


def long_date(day: dt.date) -> str:
    """A date as people read it at the counter: "Wed Nov 25, 2026" (in French "mer. 25 nov. 2026")."""
    return short_date(day)


# Two stations must not close a date while another opens a drawer or posts a mailed check on it:
# writers that need a date open hold a shared lock on it, the day close an exclusive one, until
# their transaction ends (PostgreSQL advisory locks; SQLite writers already hold the write lock).
_DATE_LOCKS = 8446867  # namespace of the advisory locks on business dates


def _lock_date(session: Session, day: dt.date, how: str) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT {how}(:space, :day)"), {"space": _DATE_LOCKS, "day": day.toordinal()})


def hold_open(session: Session, day: dt.date) -> None:
    """Keep ``day`` from being closed until the caller's transaction ends (then check is_closed)."""
    _lock_date(session, day, "pg_advisory_xact_lock_shared")


def hold_for_close(session: Session, day: dt.date) -> None:
    """Wait for every writer holding ``day`` open, and keep new ones out until the close commits."""
    _lock_date(session, day, "pg_advisory_xact_lock")
