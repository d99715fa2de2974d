"""Demo data: deterministic, realistic enough for the counter, consistent, and fast to load."""
from __future__ import annotations

import datetime as dt
import shutil
import stat
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from argon2 import PasswordHasher
from cryptography.fernet import Fernet
from sqlalchemy import func, select, text
from stdnum.us import rtn

from cashier_app import config
from cashier_app.ach.banking_days import earliest_draft_date
from cashier_app.db import Database, make_engine
from cashier_app.models import (
    Account, Base, Bill, BillLine, Customer, DraftEnrollment, ReceiptSequence, Role, Station, UsageReading,
)
from cashier_app.services import users
from cashier_app.services.access import AccessDenied, Actor
from cashier_app.services.demo import (
    DEMO_DRAFT_SETTINGS,
    DEMO_ACCOUNT_NUMBER, DEMO_CUSTOMER_NUMBER, DEMO_PASSWORDS, DemoError, create_demo_station, create_demo_users,
    make_demo,
)
from cashier_app.services.demo_town import COLUMNS, six_am_eastern
from cashier_app.services.settings import DEFAULTS, get_setting
from cashier_app.services.search_keys import address_keys, name_keys, phone_digits

TODAY = dt.date(2026, 11, 25)
SMALL = {"accounts": 200, "months": 3, "today": TODAY}


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    # Demo users are hashed with argon2; the cheapest parameters keep these tests quick.
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


def _all(db: Database, model: type) -> list:
    """Every row of ``model``, detached with its columns loaded (read() rolls back at the end)."""
    with db.read() as s:
        rows = list(s.scalars(select(model).order_by(model.id)))
        s.expunge_all()
        return rows


def _dump(db: Database) -> dict[str, list[tuple]]:
    """Every demo row as plain values; bank accounts decrypted (their ciphertexts differ by design)."""
    cipher = Fernet((config.home() / "draft.key").read_bytes())
    dump = {}
    with db.read() as s:
        for name, columns in COLUMNS.items():
            table = Base.metadata.tables[name]
            rows = s.execute(select(*(table.c[c] for c in columns)).order_by(table.c.id)).all()
            if name == "draft_enrollments":
                at = columns.index("bank_account_encrypted")
                rows = [(*r[:at], cipher.decrypt(r[at]), *r[at + 1:]) for r in rows]
            dump[name] = [tuple(r) for r in rows]
    return dump


def test_demo_town_is_consistent(db, admin):
    summary = make_demo(db, admin, **SMALL)
    customers, accounts, bills = _all(db, Customer), _all(db, Account), _all(db, Bill)
    assert (summary.customers, summary.accounts, summary.bills) == (len(customers), 200, 600)
    assert 0.7 <= len(customers) / len(accounts) <= 0.9
    per_customer = Counter(a.customer_id for a in accounts)
    assert any(n >= 2 for n in per_customer.values()) and max(per_customer.values()) <= 4
    assert set(Counter(b.account_id for b in bills).values()) == {3}

    with db.read() as s:
        sums = select(BillLine.bill_id, func.sum(BillLine.amount)).group_by(BillLine.bill_id)
        line_sums = dict(s.execute(sums).all())
        assert s.scalar(select(func.count(UsageReading.id))) == summary.usage_readings
        assert s.scalar(select(func.count(BillLine.id))) == summary.bill_lines
    assert all(b.amount == line_sums[b.id] for b in bills)

    for c in customers:  # the lookup keys follow the one rule in search_keys
        assert (c.name_key, c.name_key_first) == name_keys(c.last_name, c.first_name)
        assert c.phone_digits == phone_digits(c.phone)
        assert len(c.customer_number) == 6 and c.customer_number.isdigit()
    for a in accounts:
        assert (a.address_key, a.street_key) == address_keys(a.service_address)
        assert len(a.account_number) == 7 and a.account_number.isdigit()
        assert a.balance_as_of == dt.datetime(2026, 11, 25, 11, 0, tzinfo=dt.timezone.utc)  # 06:00 EST
    names = [n for c in customers for n in (c.last_name, c.first_name)]
    assert any(not n.isascii() for n in names) and any("'" in n for n in names)
    assert len({c.customer_number for c in customers}) == len(customers)


def test_demo_account_to_remember(db, admin):
    make_demo(db, admin, **SMALL)
    with db.read() as s:
        assert (DEMO_ACCOUNT_NUMBER, DEMO_CUSTOMER_NUMBER) == ("1000001", "100001")
        account = s.scalar(select(Account).where(Account.account_number == DEMO_ACCOUNT_NUMBER))
        customer = account.customer
        assert customer.customer_number == DEMO_CUSTOMER_NUMBER
        assert customer.display_name == "Renée O'Brien"
        assert sorted(a.account_number for a in customer.accounts) == ["1000001", "6000001"]
        assert account.status == "active" and not account.cash_only
        latest = s.scalar(select(Bill).where(Bill.account_id == account.id).order_by(Bill.bill_date.desc()))
        assert account.extract_balance == latest.amount > 0  # the current bill, unpaid
        assert {line.service for line in latest.lines} == {"electric", "water", "sewer", "gas", "refuse"}


def test_bills_dates_and_money(db, admin):
    make_demo(db, admin, **SMALL)
    bills, accounts = _all(db, Bill), {a.id: a for a in _all(db, Account)}
    latest = {}
    for b in bills:
        latest[b.account_id] = max(latest.get(b.account_id, b.bill_date), b.bill_date)
    # A supervisor can make a run on the demo at once: every enrolled active account's latest bill
    # is drafted 3 to 20 days after the demo's day, past the default lead time.
    earliest = max(TODAY + dt.timedelta(days=3), earliest_draft_date(TODAY, DEFAULTS["drafts.lead_banking_days"]))
    drafted_latest = 0
    for b in bills:
        assert b.due_date == b.bill_date + dt.timedelta(days=20)
        assert b.bill_date < TODAY
        if b.bill_date == latest[b.account_id] and b.draft_date and accounts[b.account_id].status == "active":
            assert earliest <= b.draft_date <= TODAY + dt.timedelta(days=20)
            assert accounts[b.account_id].extract_balance == b.amount  # not drafted yet: owed
            drafted_latest += 1
        else:
            assert b.draft_date in (None, b.bill_date + dt.timedelta(days=15))
    assert drafted_latest > 0
    active = [d for account_id, d in latest.items() if accounts[account_id].status == "active"]
    assert all(TODAY - dt.timedelta(days=31) <= d for d in active)

    money = [b.amount for b in bills] + [a.extract_balance for a in accounts.values()]
    money += [line.amount for line in _all(db, BillLine)]
    assert all(isinstance(m, Decimal) and m.as_tuple().exponent == -2 for m in money)
    if db.is_sqlite:  # stored as integer cents, never as a real
        with db.read() as s:
            for table, column in (("bills", "amount"), ("bill_lines", "amount"), ("accounts", "extract_balance")):
                assert s.scalars(text(f"SELECT DISTINCT typeof({column}) FROM {table}")).all() == ["integer"]


def test_same_seed_and_day_give_the_same_town(db, admin, tmp_path, sqlite_template):
    make_demo(db, admin, **SMALL)
    shutil.copy(sqlite_template, tmp_path / "other.db")
    other = Database(make_engine(str(tmp_path / "other.db")))
    try:
        make_demo(other, admin, **SMALL)
        assert _dump(db) == _dump(other)
    finally:
        other.dispose()
    shutil.copy(sqlite_template, tmp_path / "third.db")
    third = Database(make_engine(str(tmp_path / "third.db")))
    try:
        make_demo(third, admin, **{**SMALL, "seed": 7})
        assert _dump(third)["customers"] != _dump(db)["customers"]
    finally:
        third.dispose()


def test_refuses_a_database_with_customers(db, admin):
    make_demo(db, admin, accounts=20, months=1, today=TODAY)
    with pytest.raises(DemoError, match="already has customers"):
        make_demo(db, admin, accounts=20, months=1, today=TODAY)
    assert len(_all(db, Account)) == 20
    with pytest.raises(DemoError):
        make_demo(db, admin, accounts=0)


def test_demo_users_sign_in_and_station_is_ready(db, admin):
    make_demo(db, admin, accounts=10, months=1, today=TODAY)
    expected = {"cashier": {"cashier"}, "supervisor": {"supervisor", "cashier"}, "admin": {"administrator"}}
    for username, password in DEMO_PASSWORDS.items():
        assert users.authenticate(db, username, password, "S1").roles == expected[username]
    assert create_demo_users(db, admin) == []  # already there: nothing to do
    with db.read() as s:
        station = s.scalar(select(Station).where(Station.name == "S1"))
        assert (station.receipt_prefix, station.printer_profile) == ("S1", "file")
        assert s.get(ReceiptSequence, station.id).next_number == 1
        station_id = station.id
    assert create_demo_station(db, admin) == station_id


def test_a_realistic_mix_of_accounts(db, admin):
    summary = make_demo(db, admin, accounts=3000, months=2, today=TODAY)
    accounts, customers = _all(db, Account), _all(db, Customer)
    statuses = Counter(a.status for a in accounts)
    assert statuses["final"] and statuses["inactive"] and statuses["active"] > 2850
    assert 0 < summary.cash_only < 40 and 0.05 < summary.drafted / summary.accounts < 0.11
    balances = [a.extract_balance for a in accounts]
    assert any(b < 0 for b in balances) and any(b == 0 for b in balances) and sum(b > 0 for b in balances) > 2000
    services = Counter(s for a in accounts for s in a.service_list)
    assert services["electric"] > 0.9 * len(accounts) and services["water"] > 0.8 * len(accounts)
    assert 0 < services["gas"] < services["refuse"]
    assert all("water" in a.service_list for a in accounts if "sewer" in a.service_list)
    assert any(c.first_name == "" for c in customers)  # businesses
    assert any(c.phone.startswith("980-") for c in customers) and any(c.email for c in customers)
    assert {c.zip_code for c in customers if c.city == "Shelby"} == {"28150", "28152"}
    with db.read() as s:
        finals = s.scalars(select(Bill.final_bill).join(Account).where(Account.status != "active")
                           .order_by(Bill.account_id, Bill.bill_date)).all()
        assert finals[1::2] == [True] * (len(finals) // 2) and not any(finals[0::2])

    key_file = config.home() / "draft.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    cipher = Fernet(key_file.read_bytes())
    enrollments = _all(db, DraftEnrollment)
    assert len(enrollments) == summary.drafted
    for e in enrollments:
        assert rtn.is_valid(e.routing_number)
        number = cipher.decrypt(e.bank_account_encrypted).decode()
        assert number.endswith(e.bank_account_last4) and number not in e.bank_account_encrypted.decode()
        assert e.status == "active" and e.name_on_account and e.bank_name and e.activated_on
    for key, value in DEMO_DRAFT_SETTINGS.items():  # a run's origin is set: it is not refused
        assert get_setting(db, key) == value
    assert rtn.is_valid(get_setting(db, "drafts.immediate_destination"))


def test_accounts_only_for_lookup_benchmarks(db, admin):
    seen = []
    summary = make_demo(db, admin, accounts=500, months=0, today=TODAY, progress=lambda *a: seen.append(a))
    assert (summary.bills, summary.usage_readings, summary.accounts) == (0, 0, 500)
    assert seen[-1] == (500, 500)
    with db.write() as s:  # ids handed out later do not collide with the demo's own (PostgreSQL sequences)
        customer = Customer(customer_number="999999", last_name="Walk-in", name_key="WALK IN",
                            name_key_first="WALK IN")
        s.add(customer)
        s.flush()
        s.add(Account(account_number="9999999", customer_id=customer.id, service_address="1 Test St",
                      address_key="1 TEST ST", street_key="TEST ST"))
        s.flush()
        assert customer.id == summary.customers + 1


def test_only_an_administrator_makes_demo_data(db):
    cashier = Actor(None, "cashier", frozenset({Role.CASHIER.value}), "S1")
    for call in (lambda: make_demo(db, cashier, accounts=5, months=0), lambda: create_demo_users(db, cashier),
                 lambda: create_demo_station(db, cashier)):
        with pytest.raises(AccessDenied):
            call()


def test_row_columns_cover_every_column():
    for name, columns in COLUMNS.items():
        assert sorted(columns) == sorted(Base.metadata.tables[name].c.keys())


def test_six_am_in_shelby_with_or_without_tzdata(monkeypatch):
    days = [dt.date(2026, 1, 15), dt.date(2026, 3, 8), dt.date(2026, 7, 4), dt.date(2026, 11, 1), TODAY]
    expected = [six_am_eastern(d) for d in days]
    assert expected[2] == dt.datetime(2026, 7, 4, 10, 0, tzinfo=dt.timezone.utc)
    eastern = ZoneInfo("America/New_York")
    assert all(e == dt.datetime.combine(d, dt.time(6), eastern) for d, e in zip(days, expected))

    from cashier_app import city_time

    monkeypatch.setattr(city_time, "_zone", city_time.USEastern())  # no tzdata: the US rule
    assert [six_am_eastern(d) for d in days] == expected
    hours = [dt.datetime(2026, 3, 8, 6, 59, tzinfo=dt.timezone.utc), dt.datetime(2026, 3, 8, 7, 1, tzinfo=dt.timezone.utc),
             dt.datetime(2026, 11, 1, 5, 30, tzinfo=dt.timezone.utc), dt.datetime(2026, 11, 1, 6, 30, tzinfo=dt.timezone.utc)]
    assert [city_time.local(h).strftime("%H:%M") for h in hours] == ["01:59", "03:01", "01:30", "01:30"]
