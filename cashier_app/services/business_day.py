"""The business date: the one place that says what "today" is at the counter.

A business date is the station's local calendar date. Drawer sessions carry the date they were
opened for; a payment takes its session's date; a closed date takes no more payments or voids.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from cashier_app.models import DayClose


def today() -> dt.date:
    """Today's business date (the station's local date)."""
    return dt.datetime.now().astimezone().date()


def is_closed(session: Session, day: dt.date) -> bool:
    """Whether a supervisor closed this business date (inside the caller's transaction)."""
    return session.scalar(select(DayClose.id).where(DayClose.business_date == day)) is not None


def long_date(day: dt.date) -> str:
    """A date as people read it at the counter: "Wed Nov 25, 2026"."""
    return f"{day:%a %b} {day.day}, {day.year}"
