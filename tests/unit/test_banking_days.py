"""The banking calendar: the Federal Reserve's published 2026-2028 holidays exactly (the Saturday
and Sunday rules), weekends and long-weekend chains, the effective entry date, the lead-time
refusal at its boundary, short notice at 9/10/11 days, and properties over any date."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cashier_app.ach.banking_days import (
    FIRST_YEAR,
    SHORT_NOTICE_DAYS,
    add_banking_days,
    banking_days_between,
    earliest_draft_date,
    effective_entry_date,
    federal_reserve_holidays,
    is_banking_day,
    lead_time_refusal,
    next_banking_day,
    short_notice,
)

D = dt.date
ONE_DAY = dt.timedelta(days=1)

# As published by the Federal Reserve Board, "K.8 - Holidays Observed by the Federal Reserve System
# 2026-2030" (federalreserve.gov/aboutthefed/k8.htm, last update December 31, 2025), marks kept:
# "*" Saturday: the Reserve Banks are open the Friday before (July 3, 2026, June 18, 2027,
# December 24, 2027, November 10, 2028; the page also names "December 31, 2028", which must mean
# December 31, 2027, the Friday before Saturday January 1, 2028); "**" Sunday: the Reserve Banks
# are closed the Monday after (July 5, 2027).
PUBLISHED = {
    2026: ["January 1", "January 19", "February 16", "May 25", "June 19", "July 4*",
           "September 7", "October 12", "November 11", "November 26", "December 25"],
    2027: ["January 1", "January 18", "February 15", "May 31", "June 19*", "July 4**",
           "September 6", "October 11", "November 11", "November 25", "December 25*"],
    2028: ["January 1*", "January 17", "February 21", "May 29", "June 19", "July 4",
           "September 4", "October 9", "November 11*", "November 23", "December 25"],
}
# The footnotes' days, named by the page itself.
OPEN_FRIDAYS = [D(2026, 7, 3), D(2027, 6, 18), D(2027, 12, 24), D(2027, 12, 31), D(2028, 11, 10)]
CLOSED_MONDAYS = [D(2027, 7, 5)]


def published(year: int) -> list[tuple[dt.date, str]]:
    """The page's dates of ``year`` with their mark ("", "*" or "**")."""
    days = []
    for text in PUBLISHED[year]:
        mark = text[len(text.rstrip("*")):]
        days.append((dt.datetime.strptime(f"{text.rstrip('*')} {year}", "%B %d %Y").date(), mark))
    return days


def closed_weekdays(year: int) -> set[dt.date]:
    """Every Monday-Friday of ``year`` that is not a banking day, found by asking each day."""
    day, closed = D(year, 1, 1), set()
    while day.year == year:
        if day.weekday() < 5 and not is_banking_day(day):
            closed.add(day)
        day += ONE_DAY
    return closed


@pytest.mark.parametrize("year", sorted(PUBLISHED))
def test_the_published_marks_are_the_weekends_they_say(year):
    for day, mark in published(year):
        assert mark == {5: "*", 6: "**"}.get(day.weekday(), ""), day


@pytest.mark.parametrize("year", sorted(PUBLISHED))
def test_the_closed_weekdays_of_a_year_are_exactly_the_published_holidays(year):
    expected = set()
    for day, mark in published(year):
        if mark == "**":
            expected.add(day + ONE_DAY)  # Sunday: the Monday after closes
        elif mark == "":
            expected.add(day)
    assert closed_weekdays(year) == expected
    assert len(expected) == 11 - sum(mark == "*" for _, mark in published(year))


@pytest.mark.parametrize("year", sorted(PUBLISHED))
def test_the_holiday_list_gives_each_published_date_where_banks_see_it(year):
    listed = federal_reserve_holidays(year)
    expected = [day + ONE_DAY if mark == "**" else day for day, mark in published(year)]
    assert sorted(listed) == sorted(expected)
    assert len(listed) == 11


def test_the_holidays_are_named_in_the_feds_words():
    assert federal_reserve_holidays(2027) == {
        D(2027, 1, 1): "New Year's Day",
        D(2027, 1, 18): "Birthday of Martin Luther King, Jr.",
        D(2027, 2, 15): "Washington's Birthday",
        D(2027, 5, 31): "Memorial Day",
        D(2027, 6, 19): "Juneteenth National Independence Day",
        D(2027, 7, 5): "Independence Day (observed)",
        D(2027, 9, 6): "Labor Day",
        D(2027, 10, 11): "Columbus Day",
        D(2027, 11, 11): "Veterans Day",
        D(2027, 11, 25): "Thanksgiving Day",
        D(2027, 12, 25): "Christmas Day",
    }


@pytest.mark.parametrize("friday", OPEN_FRIDAYS)
def test_a_saturday_holiday_leaves_the_friday_before_a_banking_day(friday):
    assert friday.weekday() == 4
    assert is_banking_day(friday)
    assert next_banking_day(friday) == friday
    assert not is_banking_day(friday + ONE_DAY)


@pytest.mark.parametrize("monday", CLOSED_MONDAYS)
def test_a_sunday_holiday_closes_the_monday_after(monday):
    assert monday.weekday() == 0
    assert not is_banking_day(monday)
    assert next_banking_day(monday - 2 * ONE_DAY) == monday + ONE_DAY  # Saturday July 3 -> Tuesday


def test_weekends_are_not_banking_days_and_ordinary_weekdays_are():
    week = [D(2026, 3, 9) + n * ONE_DAY for n in range(7)]  # Monday 9 to Sunday 15 March 2026
    assert [is_banking_day(day) for day in week] == [True] * 5 + [False] * 2
    assert next_banking_day(D(2026, 3, 14)) == D(2026, 3, 16)  # Saturday -> Monday
    assert next_banking_day(D(2026, 3, 15)) == D(2026, 3, 16)  # Sunday -> Monday
    assert next_banking_day(D(2026, 3, 11)) == D(2026, 3, 11)  # a banking day is itself


@pytest.mark.parametrize(("day", "settles"), [
    (D(2026, 11, 26), D(2026, 11, 27)),  # Thanksgiving Thursday: the Friday after is open
    (D(2026, 12, 25), D(2026, 12, 28)),  # Christmas on a Friday: Friday, weekend -> Monday
    (D(2026, 12, 26), D(2026, 12, 28)),
    (D(2028, 12, 23), D(2028, 12, 26)),  # Christmas on a Monday: Saturday -> Tuesday
    (D(2028, 12, 25), D(2028, 12, 26)),
    (D(2027, 1, 1), D(2027, 1, 4)),      # New Year's Day on a Friday
    (D(2027, 7, 3), D(2027, 7, 6)),      # Independence Day on a Sunday: Saturday -> Tuesday
    (D(2027, 12, 25), D(2027, 12, 27)),  # Christmas on a Saturday: Monday is open
    (D(2028, 1, 1), D(2028, 1, 3)),      # New Year's Day on a Saturday
    (D(2026, 1, 17), D(2026, 1, 20)),    # Martin Luther King Jr. Day weekend
    (D(2026, 9, 5), D(2026, 9, 8)),      # Labor Day weekend
])
def test_long_weekend_chains_move_the_effective_entry_date(day, settles):
    assert effective_entry_date(day) == settles
    assert next_banking_day(day) == settles


def test_a_sunday_holiday_at_the_year_end_closes_the_monday_of_the_same_year():
    assert federal_reserve_holidays(2033)[D(2033, 12, 26)] == "Christmas Day (observed)"
    assert next_banking_day(D(2032, 12, 31)) == D(2032, 12, 31)  # a Friday; Jan 1 2033 is Saturday
    assert next_banking_day(D(2033, 1, 1)) == D(2033, 1, 3)


def test_banking_days_are_added_and_counted_across_holidays():
    wednesday = D(2026, 11, 25)  # the day before Thanksgiving
    assert add_banking_days(wednesday, 0) == wednesday
    assert add_banking_days(wednesday, 1) == D(2026, 11, 27)
    assert add_banking_days(wednesday, 2) == D(2026, 11, 30)
    assert banking_days_between(wednesday, D(2026, 11, 30)) == 2
    assert banking_days_between(wednesday, D(2026, 11, 29)) == 1
    assert banking_days_between(D(2026, 11, 30), wednesday) == 0
    assert add_banking_days(D(2026, 11, 28), 1) == D(2026, 11, 30)  # from a Saturday


def test_the_lead_time_boundary():
    wednesday = D(2026, 11, 18)
    assert earliest_draft_date(wednesday, 2) == D(2026, 11, 20)
    assert lead_time_refusal(wednesday, D(2026, 11, 20), 2) is None  # exactly 2 banking days
    assert lead_time_refusal(wednesday, D(2026, 11, 23), 2) is None
    refusal = lead_time_refusal(wednesday, D(2026, 11, 19), 2)  # 1 banking day
    assert refusal == ("the draft date Thursday 2026-11-19 is too close: the bank needs the file 2 "
                       "banking days before the drafts settle; the earliest draft date for a run made "
                       "Wednesday 2026-11-18 is Friday 2026-11-20")
    assert lead_time_refusal(wednesday, wednesday, 2) is not None
    assert lead_time_refusal(wednesday, D(2026, 11, 1), 2) is not None  # a date already past


def test_the_lead_time_counts_banking_days_over_a_holiday_and_a_weekend():
    tuesday = D(2026, 11, 24)  # Wednesday 25 is the first banking day after, Friday 27 the second
    assert earliest_draft_date(tuesday, 2) == D(2026, 11, 27)
    assert "earliest draft date for a run made Tuesday 2026-11-24 is Friday 2026-11-27" in \
        lead_time_refusal(tuesday, D(2026, 11, 25), 2)
    # Thanksgiving itself as the draft date settles Friday: far enough.
    assert lead_time_refusal(tuesday, D(2026, 11, 26), 2) is None
    friday = D(2026, 11, 20)
    refusal = lead_time_refusal(friday, D(2026, 11, 21), 2)
    assert refusal.startswith("the draft date Saturday 2026-11-21 (the drafts would settle Monday "
                              "2026-11-23) is too close")
    assert refusal.endswith("is Tuesday 2026-11-24")


def test_a_run_made_on_a_weekend_counts_from_the_next_banking_day():
    saturday = D(2026, 11, 21)  # the bank takes the file Monday 23
    assert earliest_draft_date(saturday, 2) == D(2026, 11, 25)
    assert lead_time_refusal(saturday, D(2026, 11, 24), 2) is not None
    assert lead_time_refusal(saturday, D(2026, 11, 25), 2) is None


def test_a_lead_time_of_one_and_of_zero():
    wednesday = D(2026, 11, 18)
    assert "needs the file 1 banking day before" in lead_time_refusal(wednesday, wednesday, 1)
    assert lead_time_refusal(wednesday, D(2026, 11, 19), 1) is None
    assert lead_time_refusal(wednesday, wednesday, 0) is None
    assert lead_time_refusal(wednesday, D(2026, 11, 17), 0) is not None


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True, None])
def test_a_lead_time_that_is_not_a_count_is_refused(bad):
    with pytest.raises(ValueError, match="whole number of banking days"):
        lead_time_refusal(D(2026, 11, 18), D(2026, 11, 30), bad)
    with pytest.raises(ValueError):
        add_banking_days(D(2026, 11, 18), bad)


@pytest.mark.parametrize(("days_after", "short"), [(9, True), (10, False), (11, False),
                                                   (0, True), (-3, True)])
def test_short_notice_at_nine_ten_and_eleven_days(days_after, short):
    bill_date = D(2026, 10, 28)
    draft_date = bill_date + dt.timedelta(days=days_after)
    assert SHORT_NOTICE_DAYS == 10
    assert short_notice(bill_date, draft_date) is short


def test_short_notice_counts_calendar_days_across_a_month_end():
    assert short_notice(D(2026, 2, 20), D(2026, 3, 1))  # 9 days (February 2026 has 28)
    assert not short_notice(D(2026, 2, 20), D(2026, 3, 2))
    assert short_notice(D(2026, 2, 20), D(2026, 3, 2), days=11)


def test_a_year_before_the_calendar_is_refused():
    with pytest.raises(ValueError, match="starts in 2022"):
        is_banking_day(D(FIRST_YEAR - 1, 12, 31))
    with pytest.raises(ValueError, match="starts in 2022"):
        federal_reserve_holidays(2021)
    assert federal_reserve_holidays(2022)[D(2022, 6, 20)] == \
        "Juneteenth National Independence Day (observed)"


DAYS = st.dates(min_value=D(FIRST_YEAR, 1, 1), max_value=D(2100, 12, 31))


@given(DAYS)
def test_next_banking_day_is_the_first_banking_day_on_or_after_the_day(day):
    found = next_banking_day(day)
    assert is_banking_day(found)
    assert found >= day
    skipped = day
    while skipped < found:
        assert not is_banking_day(skipped)
        skipped += ONE_DAY
    assert (found - day).days <= 3  # longest: a Saturday before a Monday holiday


@given(DAYS, st.integers(min_value=0, max_value=30))
def test_adding_banking_days_is_counted_back_by_banking_days_between(day, count):
    later = add_banking_days(day, count)
    assert banking_days_between(day, later) == count
    assert count == 0 or is_banking_day(later)
    assert count == 0 or banking_days_between(day, later - ONE_DAY) == count - 1


@given(DAYS, st.integers(min_value=-5, max_value=30), st.integers(min_value=0, max_value=5))
def test_a_run_is_refused_exactly_when_its_drafts_settle_before_the_earliest_date(today, ahead, lead):
    draft_date = today + dt.timedelta(days=ahead)
    earliest = earliest_draft_date(today, lead)
    refusal = lead_time_refusal(today, draft_date, lead)
    assert (refusal is None) == (effective_entry_date(draft_date) >= earliest)
    assert is_banking_day(earliest)
    assert lead_time_refusal(today, earliest, lead) is None
    if refusal is not None:
        assert f"earliest draft date for a run made {today:%A} {today.isoformat()} is " \
               f"{earliest:%A} {earliest.isoformat()}" in refusal
