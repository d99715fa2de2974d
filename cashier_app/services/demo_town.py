"""The demo town as rows: customers, accounts, bank drafts, bills, bill lines and usage readings.

``Town`` makes row tuples (columns in ``COLUMNS`` order) with ids it assigns itself, drawing
every choice from one ``random.Random`` in a fixed order, hence deterministic. The rows are
what the database stores: money in integer cents (what the Cents column type keeps; the demo
works in cents from the start, so no Decimal round trip per value), dates and times already
passed through the dialect's own bind processors. Bills come from demo_bills.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from cryptography.fernet import Fernet
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

from cashier_app import city_time
from cashier_app.models import Account, AccountStatus, Bill
from cashier_app.services.demo_bills import BillMaker
from cashier_app.services.demo_names import (
    DEMO_ACCOUNTS, DEMO_CUSTOMER, NEARBY_TOWNS, NumberSeries, business_name, person_name, phone_number,
    routing_number, street_address,
)
from cashier_app.services.search_keys import address_keys, fold, name_keys

_DAY = dt.timedelta(days=1)
# Accounts per customer, each count repeated by its share (one ``choice`` gives the right odds).
_HOUSEHOLD_ACCOUNTS = (1,) * 84 + (2,) * 12 + (3,) * 3 + (4,)
_BUSINESS_ACCOUNTS = (1,) * 45 + (2,) * 30 + (3,) * 15 + (4,) * 10
_BANK_NAMES = ("First Citizens Bank", "Truist", "Wells Fargo", "Bank of America", "Fifth Third Bank",
               "State Employees' Credit Union", "Piedmont Federal")
# Columns of each table in the order of the row tuples, tables in foreign-key order.
COLUMNS = {
    "customers": ("id", "customer_number", "last_name", "first_name", "mailing_address1", "mailing_address2",
                  "city", "state", "zip_code", "phone", "email", "name_key", "name_key_first", "phone_digits"),
    "accounts": ("id", "account_number", "customer_id", "service_address", "services", "status", "cash_only",
                 "extract_balance", "balance_as_of", "payments_through", "address_key", "street_key"),
    "draft_enrollments": ("id", "account_id", "routing_number", "bank_account_encrypted", "bank_account_last4",
                          "bank_account_type", "signed_on", "status", "ended_on", "enrolled_by_id", "created_at",
                          "name_on_account", "bank_name", "phone", "email", "signed_form_received",
                          "voided_check_received", "form_location", "retention_until", "activated_on",
                          "ended_reason", "ended_by_id", "replaces_id"),
    "bills": ("id", "account_id", "bill_date", "due_date", "draft_date", "amount", "final_bill"),
    "bill_lines": ("id", "bill_id", "service", "amount"),
    "usage_readings": ("id", "account_id", "service", "period_start", "period_end", "quantity", "unit"),
}


def number_ranges(accounts: int) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    """(customer numbers, customers' first account numbers, further account numbers) as (low, high).

    Up to a million accounts: 6-digit customer and 7-digit account numbers (Renée O'Brien is
    customer 100001 with accounts 1000001 and 6000001). A larger town needs 8 digits for both
    (Renée keeps customer number 100001; her accounts are 10000001 and 60000001).
    """
    if accounts <= 1_000_000:
        return (100_001, 999_999), (1_000_001, 5_999_999), (6_000_001, 9_999_999)
    return (10_000_001, 99_999_999), (10_000_001, 59_999_999), (60_000_001, 99_999_999)


def six_am_eastern(day: dt.date) -> dt.datetime:
    """06:00 at City Hall on ``day``, as an aware UTC datetime."""
    return city_time.at_local(day, dt.time(6))


def _stored_form(column_type: TypeEngine, dialect: Dialect) -> Callable[[Any], Any]:
    """The function that turns a value into what the driver gets, as SQLAlchemy itself would."""
    return column_type.dialect_impl(dialect).bind_processor(dialect) or (lambda value: value)


class Town:
    """Builds the demo town a chunk at a time; ``take_rows`` hands over each table's new rows."""

    def __init__(self, rng: random.Random, today: dt.date, months: int, accounts: int,
                 first_ids: dict[str, int], cipher: Fernet, dialect: Dialect) -> None:
        self.rng, self.today, self.months, self.total, self.cipher = rng, today, months, accounts, cipher
        self.date = _stored_form(Bill.__table__.c.bill_date.type, dialect)
        self.as_of = _stored_form(Account.__table__.c.balance_as_of.type, dialect)(six_am_eastern(today))
        # The demo billing system cut its balances this morning with every posting export up to yesterday's.
        self.payments_through = self.date(today - _DAY)
        self.ids = dict(first_ids)
        self.rows: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
        self.counts = dict.fromkeys(("customers", "accounts", "bills", "bill_lines", "usage_readings",
                                     "drafted", "cash_only"), 0)
        customers, first_accounts, more_accounts = number_ranges(accounts)
        self.customer_numbers = NumberSeries(rng, *customers, accounts)
        self.first_account_numbers = NumberSeries(rng, *first_accounts, accounts)
        self.more_account_numbers = NumberSeries(rng, *more_accounts, accounts)
        self.banks = [routing_number(rng) for _ in range(15)]  # customers share a few local banks
        self.bank_names = dict(zip(self.banks, _BANK_NAMES * 3))
        self.bill_maker = BillMaker(rng, today, months, self.date, self.rows, self.ids, self.counts)
        self.names: dict[tuple[str, str], tuple[str, str, str]] = {}
        self.street_keys: dict[str, tuple[str, str]] = {}

    @property
    def accounts_made(self) -> int:
        return self.counts["accounts"]

    def build(self, upto: int) -> None:
        """Add customers (each with all their accounts) until ``upto`` accounts exist."""
        while self.counts["accounts"] < upto:
            self._customer()

    def take_rows(self, table: str) -> list[tuple]:
        """The rows made for ``table`` since the last call (columns as in COLUMNS)."""
        rows, self.rows[table] = self.rows[table], []
        return rows

    def _id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table] - 1

    def _customer(self) -> None:
        rng, left = self.rng, self.total - self.counts["accounts"]
        demo, business = self.counts["customers"] == 0, False
        if demo:
            number, last, first, phone, email = DEMO_CUSTOMER
            self.customer_numbers.take()
            places = [(address, zip_code, address_keys(address), services)
                      for address, zip_code, services in DEMO_ACCOUNTS]
        else:
            business = rng.random() < 0.04
            last, first = (business_name(rng), "") if business else person_name(rng)
            # Landlords and businesses hold several accounts; most households hold one.
            count = rng.choice(_BUSINESS_ACCOUNTS if business else _HOUSEHOLD_ACCOUNTS)
            places = [self._place(self._services(business)) for _ in range(count)]
            number, phone = self.customer_numbers.take(), phone_number(rng)
            email = self._email(last, first) if rng.random() < (0.60 if business else 0.35) else ""
        places = places[:left]
        mailing, city, state, zip_code = self._mailing(*places[0][:2], demo)
        customer_id = self._id("customers")
        self.rows["customers"].append((customer_id, number, last, first, mailing, "", city, state, zip_code,
                                       phone, email, *self._name(last, first)[:2], phone.replace("-", "")))
        self.counts["customers"] += 1
        for index, (address, _zip, keys, services) in enumerate(places):
            self._account(customer_id, address, keys, services, business, first_of_customer=index == 0,
                          demo=demo, holder=f"{first} {last}".strip())

    def _place(self, services: tuple[str, ...]) -> tuple[str, str, tuple[str, str], tuple[str, ...]]:
        """(service address, ZIP code, its lookup keys, services) of a new account."""
        house, street, unit, zip_code = street_address(self.rng)
        if street not in self.street_keys:
            self.street_keys[street] = address_keys(street)
        whole, bare = self.street_keys[street]
        # Same keys as address_keys(address) (the tests check it), without folding every address.
        unit_key = f" {unit.upper()}" if unit else ""
        address = f"{house} {street} {unit}" if unit else f"{house} {street}"
        return address, zip_code, (f"{house} {whole}{unit_key}", f"{bare}{unit_key}"), services

    def _name(self, last: str, first: str) -> tuple[str, str, str]:
        """(name_key, name_key_first, e-mail name) of a customer name; names repeat, so fold each once."""
        found = self.names.get((last, first))
        if found is None:
            # Keys keep any script; an e-mail name takes their ASCII letters (the demo's names have them).
            local = ".".join(fold(part).replace(" ", "").lower().encode("ascii", "ignore").decode()
                             for part in (first, last) if part)
            found = self.names[(last, first)] = (*name_keys(last, first), local)
        return found

    def _mailing(self, address: str, zip_code: str, demo: bool) -> tuple[str, str, str, str]:
        # Bills usually go to the service address; some owners live out of town.
        if demo or self.rng.random() < 0.93:
            return address, "Shelby", "NC", zip_code
        town, state, town_zip = self.rng.choice(NEARBY_TOWNS)
        return f"PO Box {self.rng.randrange(1, 3000)}", town, state, town_zip

    def _email(self, last: str, first: str) -> str:
        local = self._name(last, first)[2]
        return f"{local}{self.rng.randrange(100) if self.rng.random() < 0.3 else ''}@example.com"

    def _services(self, business: bool) -> tuple[str, ...]:
        roll, chosen = self.rng.random, []
        if roll() < 0.97:  # the City is the electric provider for nearly everyone
            chosen.append("electric")
        water = roll()
        if water < 0.89:
            chosen += ["water", "sewer"] if water < 0.85 else ["water"]  # a few are on septic tanks
        if roll() < (0.45 if business else 0.33):
            chosen.append("gas")
        if roll() < (0.30 if business else 0.90):  # most businesses use private haulers
            chosen.append("refuse")
        return tuple(chosen) or ("electric",)

    def _account(self, customer_id: int, address: str, keys: tuple[str, str], services: tuple[str, ...],
                 business: bool, *, first_of_customer: bool, demo: bool, holder: str) -> None:
        rng = self.rng
        numbers = self.first_account_numbers if first_of_customer else self.more_account_numbers
        account_id, number = self._id("accounts"), numbers.take()
        status, months_back, roll = AccountStatus.ACTIVE, 0, 1.0 if demo else rng.random()
        if roll < 0.015:  # moved out: the final bill went out in the last few months
            status, months_back = AccountStatus.FINAL, rng.randrange(4)
        elif roll < 0.025:  # final bill long ago, balance settled, account closed
            status, months_back = AccountStatus.INACTIVE, rng.randrange(6, 13)
        active = status is AccountStatus.ACTIVE
        cash_only = active and not demo and rng.random() < 0.005  # after returned checks
        drafted = active and not (demo or cash_only) and rng.random() < 0.082
        drafted_on = self._enroll(account_id, holder) if drafted else None
        latest, previous, draft_date = self.bill_maker.add(account_id, services, business, months_back,
                                                           drafted_on, final=not active)
        balance = self._balance(status, latest, previous, draft_date, demo)
        self.rows["accounts"].append((account_id, number, customer_id, address, ",".join(services), status.value,
                                      cash_only, balance, self.as_of, self.payments_through, *keys))
        self.counts["accounts"] += 1
        self.counts["cash_only"] += cash_only

    def _balance(self, status: AccountStatus, latest: int, previous: int, draft_date: dt.date | None,
                 demo: bool) -> int:
        """The extract balance in cents: mostly the current bill, unpaid."""
        if status is AccountStatus.INACTIVE:
            return 0
        if status is AccountStatus.FINAL:
            return latest if self.rng.random() < 0.4 else 0
        if draft_date is not None:  # the bank draft pays the bill on its draft date
            return 0 if draft_date < self.today else latest
        roll = 0.0 if demo else self.rng.random()
        if roll < 0.78:
            return latest
        if roll < 0.92:
            return 0  # already paid
        if roll < 0.985:
            return latest + previous  # past due: last month's bill is still open
        return -self.rng.randrange(100, 6001)  # overpaid: a small credit

    def _enroll(self, account_id: int, holder: str) -> dt.date:
        """A bank draft enrollment signed some time ago; returns the day it was signed."""
        rng = self.rng
        signed_on = self.today - rng.randrange(20, 8 * 365) * _DAY
        digits = rng.randrange(8, 13)
        bank_account = str(rng.randrange(10 ** (digits - 1), 10 ** digits))
        routing = rng.choice(self.banks)
        self.rows["draft_enrollments"].append((
            self._id("draft_enrollments"), account_id, routing,
            self.cipher.encrypt(bank_account.encode("ascii")), bank_account[-4:],
            "savings" if rng.random() < 0.1 else "checking", self.date(signed_on), "active", None, None, self.as_of,
            holder[:60], self.bank_names[routing], "", "", True, True, "Drafts binder, City Hall", None,
            self.date(signed_on + 10 * _DAY), "", None, None,
        ))
        self.counts["drafted"] += 1
        return signed_on
