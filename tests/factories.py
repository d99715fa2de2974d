"""Small builders of test data through the models (services are tested, not bypassed)."""
from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

from cashier_app.db import Database
from sqlalchemy import select

from cashier_app.models import Account, Bill, BillLine, Customer, Role, Station
from cashier_app.services.access import Actor, system_actor
from cashier_app.services.audit import record_event
from cashier_app.services.drawers import open_session
from cashier_app.services.importing import import_files
from cashier_app.services.search_keys import address_keys, name_keys, phone_digits
from cashier_app.services.stations import ensure_station
from cashier_app.services.users import _add_user

AS_OF = dt.datetime(2026, 11, 1, 11, 0, tzinfo=dt.timezone.utc)


def make_station(db: Database, name: str = "S1", prefix: str = "S1") -> None:
    with db.write() as s:
        ensure_station(s, name, prefix)


def make_user(db: Database, username: str = "cashier", roles=(Role.CASHIER,), station: str = "S1",
              password: str = "correct-horse-42", drawer: bool = True) -> Actor:
    """A user; a cashier also gets an open drawer session at ``station`` (a $100 float) when that
    station exists, unless ``drawer`` is False."""
    with db.write() as s:
        user = _add_user(s, username, password, [str(r) for r in roles], username.title(), True)
        # as users.create_user does: every user has its audit event (audit verify checks it)
        record_event(s, system_actor(station), "user.create", "user", user.id,
                     after={"username": user.username, "roles": sorted(user.role_names)})
        actor = Actor(user.id, user.username, user.role_names, station)
        has_station = s.scalar(select(Station.id).where(Station.name == station)) is not None
    if drawer and has_station and actor.has(Role.CASHIER):
        open_drawer(db, actor)
    return actor


FLOAT = {"$20": 3, "$10": 2, "$5": 3, "$1": 5}  # $100.00


def open_drawer(db: Database, actor: Actor, quantities: dict | None = None, business_date: dt.date | None = None):
    """Open the actor's drawer session with a $100 float (or the quantities given)."""
    return open_session(db, actor, FLOAT if quantities is None else quantities, business_date)


def make_account(db: Database, account_number: str = "1000001", customer_number: str = "100001",
                 last: str = "O'Brien", first: str = "Renée", address: str = "412 W Marion St",
                 phone: str = "704-555-0142", balance: str = "128.45", cash_only: bool = False,
                 as_of: dt.datetime = AS_OF, bills: int = 0) -> int:
    with db.write() as s:
        customer = s.query(Customer).filter_by(customer_number=customer_number).one_or_none()
        if customer is None:
            nk, nf = name_keys(last, first)
            customer = Customer(customer_number=customer_number, last_name=last, first_name=first,
                                mailing_address1=address, city="Shelby", state="NC", zip_code="28150",
                                phone=phone, name_key=nk, name_key_first=nf, phone_digits=phone_digits(phone))
            s.add(customer)
            s.flush()
        whole, street = address_keys(address)
        account = Account(account_number=account_number, customer_id=customer.id, service_address=address,
                          services="electric,water,sewer", cash_only=cash_only,
                          extract_balance=Decimal(balance), balance_as_of=as_of,
                          address_key=whole, street_key=street)
        s.add(account)
        s.flush()
        for i in range(bills):
            day = dt.date(2026, 10, 5) - dt.timedelta(days=30 * i)
            bill = Bill(account_id=account.id, bill_date=day, due_date=day + dt.timedelta(days=20),
                        amount=Decimal("100.00"))
            bill.lines = [BillLine(service="electric", amount=Decimal("60.00")),
                          BillLine(service="water", amount=Decimal("40.00"))]
            s.add(bill)
        return account.id


def import_names(db: Database, actor: Actor, folder: Path, names: list[tuple[str, str, str]]) -> None:
    """Customers (number, last name, first name) imported through the billing-system import, each
    with one account (account number: 9 and the customer number)."""
    customers, accounts = folder / "customers.csv", folder / "accounts.csv"
    with customers.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["customer_number", "last_name", "first_name"])
        writer.writerows(names)
    with accounts.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["account_number", "customer_number", "service_address", "services", "status",
                         "cash_only", "balance", "balance_as_of"])
        writer.writerows([f"9{number}", number, f"{i + 1} Main St", "water", "active", "N", "0.00", "2026-11-01"]
                         for i, (number, _last, _first) in enumerate(names))
    report = import_files(db, actor, [customers, accounts], rejects_path=folder / "rejects.csv")
    assert report.rows_rejected == 0
