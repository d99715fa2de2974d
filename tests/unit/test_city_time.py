"""The City's day, whatever zone the station PC is set to (issue 10, item 6): the business date,
a day's bounds, the day report's hours and the times on receipts are Shelby's (setting
city.time_zone, default America/New_York), under TZ=UTC and TZ=America/Los_Angeles, across
midnight and both DST changes.

Before, they used the PC's own zone: a station set to UTC started tomorrow's business date at
7 PM Shelby time, and one set to Pacific time printed receipts three hours early.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import sys
import time
from decimal import Decimal

import pytest
from sqlalchemy import update

from cashier_app import city_time
from cashier_app.cli import main
from cashier_app.models import Payment
from cashier_app.services import business_day
from cashier_app.services.day_report import day_report
from cashier_app.services.receipts import receipt_preview
from tests.printing_support import cash, open_counter, pay

UTC = dt.timezone.utc


@contextlib.contextmanager
def station(zone: str, utc_now: dt.datetime):
    """This process as a station PC whose clock is set to ``zone``, at ``utc_now``."""
    old, old_clock = os.environ.get("TZ"), city_time.clock
    os.environ["TZ"] = zone
    time.tzset()
    city_time.clock = lambda: utc_now
    try:
        yield
    finally:
        city_time.clock = old_clock
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


@pytest.fixture(autouse=True)
def city_zone_back():
    yield
    city_time.use_zone(city_time.DEFAULT_ZONE)


@pytest.mark.parametrize("pc_zone", ["UTC", "America/Los_Angeles", "Asia/Tokyo"])
@pytest.mark.parametrize("utc_now, city_date", [
    (dt.datetime(2026, 12, 1, 3, 0, tzinfo=UTC), dt.date(2026, 11, 30)),   # 10 PM in Shelby
    (dt.datetime(2026, 12, 1, 5, 30, tzinfo=UTC), dt.date(2026, 12, 1)),   # 00:30 in Shelby
    (dt.datetime(2026, 3, 8, 6, 59, tzinfo=UTC), dt.date(2026, 3, 8)),     # 01:59 EST, just before spring forward
    (dt.datetime(2026, 3, 8, 7, 1, tzinfo=UTC), dt.date(2026, 3, 8)),      # 03:01 EDT, just after
    (dt.datetime(2026, 11, 1, 3, 59, tzinfo=UTC), dt.date(2026, 10, 31)),  # 23:59 EDT, the night of fall back
    (dt.datetime(2026, 11, 1, 5, 30, tzinfo=UTC), dt.date(2026, 11, 1)),   # 01:30 EDT, the first one
    (dt.datetime(2026, 11, 1, 6, 30, tzinfo=UTC), dt.date(2026, 11, 1)),   # 01:30 EST, the second one
])
def test_the_business_date_is_the_citys_whatever_the_pc_zone(pc_zone, utc_now, city_date):
    with station(pc_zone, utc_now):
        assert business_day.today() == city_date


def test_a_day_is_23_or_25_hours_on_dst_changes():
    with station("UTC", dt.datetime(2026, 6, 1, tzinfo=UTC)):
        spring = city_time.day_bounds(dt.date(2026, 3, 8))
        fall = city_time.day_bounds(dt.date(2026, 11, 1))
        plain = city_time.day_bounds(dt.date(2026, 12, 1))
    assert spring == (dt.datetime(2026, 3, 8, 5, tzinfo=UTC), dt.datetime(2026, 3, 9, 4, tzinfo=UTC))
    assert fall == (dt.datetime(2026, 11, 1, 4, tzinfo=UTC), dt.datetime(2026, 11, 2, 5, tzinfo=UTC))
    assert plain[1] - plain[0] == dt.timedelta(hours=24)


@pytest.mark.parametrize("pc_zone", ["UTC", "America/Los_Angeles"])
def test_report_hours_and_receipt_times_are_the_citys(db, pc_zone):
    counter = open_counter(db)
    posted = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    day = business_day.today()  # the payment's business date (its drawer's)
    late = dt.datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # 1:30 AM EST, the second 1:30 of fall back
    with db.write() as s:
        s.execute(update(Payment).where(Payment.id == posted.payment_id).values(posted_at=late))
    with station(pc_zone, late):
        report = day_report(db, counter.supervisor, day)
        text = receipt_preview(db, counter.cashier, posted.receipt_number)
    # The payment keeps the business date of its drawer (the real today); its hour is Shelby's.
    assert [(h.hour, h.payments, h.amount) for h in report.by_hour] == [(1, 1, Decimal("10.00"))]
    assert "11/01/2026 01:30 AM" in text


def test_the_city_zone_is_a_setting_used_at_once_and_by_the_command_line(db, db_url, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--db", db_url, "setting", "set", "city.time_zone", "America/Chicago"]) == 0
    with station("UTC", dt.datetime(2026, 12, 1, 5, 30, tzinfo=UTC)):  # 11:30 PM in Chicago
        assert business_day.today() == dt.date(2026, 11, 30)
    city_time.use_zone(city_time.DEFAULT_ZONE)
    assert main(["--db", db_url, "setting", "list"]) == 0  # a command opening the database takes the setting
    with station("UTC", dt.datetime(2026, 12, 1, 5, 30, tzinfo=UTC)):
        assert business_day.today() == dt.date(2026, 11, 30)
    assert main(["--db", db_url, "setting", "set", "city.time_zone", "Shelby/Town Hall"]) != 0
    assert "not a time zone name" in capsys.readouterr().err
