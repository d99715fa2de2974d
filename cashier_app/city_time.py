"""The City's clock: the one time zone every local date and hour is computed in, whatever zone the
station PC is set to (setting ``city.time_zone``, default America/New_York).

The business date, a day's bounds, the hours of the day report, the times printed on receipts and
reports, and the extract's times without an offset are all the City's. A station whose clock is
set to UTC or to Pacific time still counts Shelby's day.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "America/New_York"


def load_zone(name: str) -> dt.tzinfo:
    """The zone named ``name`` (IANA, e.g. "America/New_York"); ValueError when unknown."""
    try:
        return ZoneInfo(str(name).strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not a time zone name such as {DEFAULT_ZONE}") from None


class USEastern(dt.tzinfo):
    """US Eastern time by the rule in force since 2007 (DST from the second Sunday of March, 2 AM,
    to the first Sunday of November, 2 AM): the City's zone on a machine without the time zone
    database (tzdata is a dependency; this keeps a damaged install from shifting the day)."""

    _HOUR = dt.timedelta(hours=1)

    @staticmethod
    def _sunday_on_or_after(day: dt.date) -> dt.date:
        return day + dt.timedelta(days=(6 - day.weekday()) % 7)

    def dst(self, moment: dt.datetime | None) -> dt.timedelta:
        if moment is None:
            return dt.timedelta(0)
        wall = moment.replace(tzinfo=None)
        start = dt.datetime.combine(self._sunday_on_or_after(dt.date(wall.year, 3, 8)), dt.time(2))
        end = dt.datetime.combine(self._sunday_on_or_after(dt.date(wall.year, 11, 1)), dt.time(1))
        return self._HOUR if start <= wall < end else dt.timedelta(0)

    def utcoffset(self, moment: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(hours=-5) + self.dst(moment)

    def tzname(self, moment: dt.datetime | None) -> str:
        return "EDT" if self.dst(moment) else "EST"


try:
    _zone: dt.tzinfo = load_zone(DEFAULT_ZONE)
except ValueError:  # a bare Windows machine without the tzdata package
    _zone = USEastern()


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


clock = _utc_now  # tests move it across midnight and DST changes


def zone() -> dt.tzinfo:
    return _zone


def use_zone(name: str) -> None:
    """Use the City zone named ``name`` from now on (the window and the CLI call it at start with
    the setting's value)."""
    global _zone
    _zone = load_zone(name)


def now() -> dt.datetime:
    """The City's wall clock, aware."""
    return clock().astimezone(_zone)


def today() -> dt.date:
    """The City's calendar date now."""
    return now().date()


def local(moment: dt.datetime) -> dt.datetime:
    """A moment as the City's wall clock shows it (a naive moment is taken as UTC, as stored)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(_zone)


def local_date(moment: dt.datetime) -> dt.date:
    """The City's calendar date of a moment."""
    return local(moment).date()


def at_local(day: dt.date, time: dt.time = dt.time()) -> dt.datetime:
    """The UTC moment of a City wall-clock time on ``day`` (midnight by default)."""
    return dt.datetime.combine(day, time, _zone).astimezone(dt.timezone.utc)


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """A City calendar day as a UTC interval [start, end): 23 or 25 hours on DST change days."""
    return at_local(day), at_local(day + dt.timedelta(days=1))
