"""Shared pieces of the bank draft enrollment tests: a fixed City clock, a customer with two accounts
(and another customer), and a good form."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cashier_app import city_time
from cashier_app.models import Bill, Role
from cashier_app.services import accounts
from cashier_app.services.drafts.enrollment_form import EnrollmentForm
from tests.factories import make_account, make_station, make_user

NOW = dt.datetime(2026, 11, 10, 16, 0, tzinfo=dt.timezone.utc)  # Tuesday, 11 AM in Shelby
TODAY = dt.date(2026, 11, 10)
ACCOUNT_NUMBER = "001234567890"  # what must never show: stored encrypted, shown as ****7890


@pytest.fixture
def city_clock(monkeypatch):
    monkeypatch.setattr(city_time, "clock", lambda: NOW)


@pytest.fixture
def enrolling(db, city_clock):
    make_station(db)
    cashier = make_user(db, "cashier", drawer=False)
    boss = make_user(db, "boss", roles=(Role.SUPERVISOR,), drawer=False)
    ids = {"main": make_account(db), "second": make_account(db, "1000002", "100001", address="9 Grover St"),
           "other": make_account(db, "2000001", "200001", "Smith", "Alice")}
    with db.write() as s:
        s.execute(Bill.__table__.update().values(draft_date=None))
    return db, cashier, boss, ids


def form(*account_ids: int, **changes) -> EnrollmentForm:
    base = EnrollmentForm(account_ids=account_ids, bank_account_name="Renee O'Brien", bank_name="First Bank",
                          routing_number="053000196", account_number=ACCOUNT_NUMBER,
                          account_number_again=ACCOUNT_NUMBER, account_type="checking", phone="704-555-0142",
                          email="renee@example.com", signed_on=TODAY - dt.timedelta(days=2), form_received=True,
                          voided_check_received=True)
    return dataclasses.replace(base, **changes)


def customer_of(db, account_id: int) -> int:
    with db.read() as s:
        return accounts.load_account_view(s, account_id).customer_id


