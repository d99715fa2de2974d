"""The banking calendar of a draft run: which days banks settle ACH entries, and the run's dates.

A **banking day** is a Monday to Friday on which the Federal Reserve Banks are open. They close for
the eleven holidays of the Federal Reserve's list ("Holidays Observed by the Federal Reserve
System"): a holiday that falls on a **Sunday closes the Monday after**; one that falls on a
**Saturday does not close the Friday before** (the Reserve Banks, and so ACH, are open that Friday;
only the Board of Governors closes). The draft run's dates follow from it:

- the **effective entry date** of the drafts is the draft date printed on the bills, moved to the
  next banking day when it is not one (:func:`effective_entry_date`);
- the run is **refused** when the draft date is too close: the bank needs the file a number of
  banking days before the drafts settle (its lead time, a setting) (:func:`lead_time_refusal`,
  :func:`earliest_draft_date`);
- a bill whose draft date is **less than 10 days after its bill date** is named in the run's report:
  the bill is the customer's notice of a varying amount and should reach them 10 days before the
  draft (:func:`short_notice`).

Why a small rule table and not the ``holidays`` package (PyPI, 0.105 checked): it has no Federal
Reserve calendar (its financial calendars are stock exchanges), and its ``US`` calendar moves a
Saturday holiday to the Friday before, whatever ``observed_rule`` is passed (2026-07-03,
2027-06-18, 2027-12-24, 2027-12-31 and 2028-11-10 would be closed, but the Reserve Banks are open
on them). The Fed's rules by month and weekday are a dozen lines, tested against its published
2026-2028 dates; the page is re-checked when Congress adds a holiday (as it did for Juneteenth).

The rules are described in ``docs/formats.md`` ("Banking days and the draft run's dates").
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from cashier_app.i18n import _t, weekday_name

__all__ = [
    "FIRST_YEAR",
    "SHORT_NOTICE_DAYS",
    "add_banking_days",
    "banking_days_between",
    "earliest_draft_date",
    "effective_entry_date",
    "federal_reserve_holidays",
    "is_banking_day",
    "lead_time_refusal",
    "next_banking_day",
    "short_notice",
]

#: The calendar is the Fed's list since Juneteenth became a Federal Reserve holiday (2022).
FIRST_YEAR = 2022
#: Calendar days a varying-amount bill should reach the customer before its draft date.
SHORT_NOTICE_DAYS = 10

_ONE_DAY = dt.timedelta(days=1)
_SATURDAY, _SUNDAY = 5, 6
_MONDAY, _THURSDAY = 0, 3
_FIXED = ((1, 1, "New Year's Day"), (6, 19, "Juneteenth National Independence Day"),
          (7, 4, "Independence Day"), (11, 11, "Veterans Day"), (12, 25, "Christmas Day"))
# (month, weekday, which one: 1 = first, -1 = last, name)
_NTH_WEEKDAY = ((1, _MONDAY, 3, "Birthday of Martin Luther King, Jr."),
                (2, _MONDAY, 3, "Washington's Birthday"),
                (5, _MONDAY, -1, "Memorial Day"),
                (9, _MONDAY, 1, "Labor Day"),
                (10, _MONDAY, 2, "Columbus Day"),
                (11, _THURSDAY, 4, "Thanksgiving Day"))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - _ONE_DAY
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _check_year(year: int) -> None:
    if year < FIRST_YEAR:
        raise ValueError(f"the banking calendar starts in {FIRST_YEAR}; {year} is before it")


@lru_cache(maxsize=64)
def _holidays(year: int) -> tuple[tuple[dt.date, str], ...]:
    days = [(_nth_weekday(year, month, weekday, nth), name)
            for month, weekday, nth, name in _NTH_WEEKDAY]
    for month, day_of_month, name in _FIXED:
        day = dt.date(year, month, day_of_month)
        if day.weekday() == _SUNDAY:  # the Fed closes the Monday after; never crosses a year end
            days.append((day + _ONE_DAY, f"{name} (observed)"))
        else:  # a Saturday holiday stays on Saturday: banks are open the Friday before
            days.append((day, name))
    return tuple(sorted(days))


def federal_reserve_holidays(year: int) -> dict[dt.date, str]:
    """The Federal Reserve's holidays of ``year`` where they fall for banks: each date and its name.

    A holiday on a Sunday is given on the Monday after (named "... (observed)"); a holiday on a
    Saturday is given on that Saturday (the Friday before is a banking day). Eleven dates a year.
    ValueError for a year before :data:`FIRST_YEAR`."""
    _check_year(year)
    return dict(_holidays(year))


def is_banking_day(day: dt.date) -> bool:
    """True when ``day`` is a Monday to Friday that is not a Federal Reserve holiday (as observed).

    ValueError for a day before :data:`FIRST_YEAR`."""
    _check_year(day.year)
    return day.weekday() < _SATURDAY and all(day != holiday for holiday, _ in _holidays(day.year))


def next_banking_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a banking day, else the first banking day after it."""
    while not is_banking_day(day):
        day += _ONE_DAY
    return day


def effective_entry_date(draft_date: dt.date) -> dt.date:
    """The date the drafts of ``draft_date`` settle (the batch header's effective entry date): the
    draft date printed on the bills, moved to the next banking day on weekends and holidays."""
    return next_banking_day(draft_date)


def add_banking_days(day: dt.date, count: int) -> dt.date:
    """The ``count``-th banking day after ``day`` (``day`` itself is not counted, banking day or
    not); ``count`` 0 gives ``day``. ValueError for a negative count."""
    _check_count(count, "count")
    for _ in range(count):
        day = next_banking_day(day + _ONE_DAY)
    return day


def banking_days_between(start: dt.date, end: dt.date) -> int:
    """How many banking days fall after ``start`` up to and including ``end`` (0 when ``end`` is
    not after ``start``): ``banking_days_between(d, add_banking_days(d, n)) == n``."""
    count, day = 0, start + _ONE_DAY
    while day <= end:
        count += is_banking_day(day)
        day += _ONE_DAY
    return count


def earliest_draft_date(today: dt.date, lead_banking_days: int) -> dt.date:
    """The first draft date a run made on ``today`` can carry when the bank needs the file
    ``lead_banking_days`` banking days before the drafts settle.

    A file sent on a weekend or holiday reaches the bank on the next banking day, so the count
    starts there. ValueError for a negative lead time."""
    _check_count(lead_banking_days, "lead time")
    return add_banking_days(next_banking_day(today), lead_banking_days)


def lead_time_refusal(today: dt.date, draft_date: dt.date, lead_banking_days: int) -> str | None:
    """None when a run made on ``today`` for ``draft_date`` leaves the bank its lead time (the
    drafts' effective entry date is on or after :func:`earliest_draft_date`); otherwise the
    reason to refuse the run, naming the earliest draft date possible."""
    earliest = earliest_draft_date(today, lead_banking_days)
    settles = effective_entry_date(draft_date)
    if settles >= earliest:
        return None
    # whole sentences (in the station's language): {0} draft date, {1} settles, {2} lead, {3} today, {4} earliest
    if settles == draft_date and lead_banking_days == 1:
        said = _t("the draft date {0} is too close: the bank needs the file {2} banking day before the drafts "
                  "settle; the earliest draft date for a run made {3} is {4}")
    elif settles == draft_date:
        said = _t("the draft date {0} is too close: the bank needs the file {2} banking days before the drafts "
                  "settle; the earliest draft date for a run made {3} is {4}")
    elif lead_banking_days == 1:
        said = _t("the draft date {0} (the drafts would settle {1}) is too close: the bank needs the file {2} "
                  "banking day before the drafts settle; the earliest draft date for a run made {3} is {4}")
    else:
        said = _t("the draft date {0} (the drafts would settle {1}) is too close: the bank needs the file {2} "
                  "banking days before the drafts settle; the earliest draft date for a run made {3} is {4}")
    return said.format(_shown(draft_date), _shown(settles), lead_banking_days, _shown(today), _shown(earliest))


def short_notice(bill_date: dt.date, draft_date: dt.date, days: int = SHORT_NOTICE_DAYS) -> bool:
    """True when ``draft_date`` is less than ``days`` calendar days after ``bill_date`` (the bill
    reached the customer too late as notice of the amount): 9 days is short, 10 and 11 are not.
    A draft date on or before the bill date is short too."""
    return (draft_date - bill_date).days < days


def _check_count(value: int, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"the {what} must be a whole number of banking days, 0 or more, not {value!r}")


def _shown(day: dt.date) -> str:
    return _t("{0} {1}").format(weekday_name(day), day.isoformat())
