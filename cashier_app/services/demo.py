"""Demo data: a town of customers, accounts and two years of bills, built in seconds.

Everything comes from ``random.Random(seed)`` and ``today``, so the same seed and day give the
same rows (only the bank-account ciphertexts differ: Fernet picks a fresh IV each time, and the
decrypted numbers are the same). Rows go in by bulk (executemany on SQLite, COPY on PostgreSQL)
in one transaction, with ids assigned here so a bill's lines and usage readings point at it
without a round trip per row. The town itself is made in demo_town, demo_bills and demo_names.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass

from cryptography.fernet import MultiFernet
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.models import Account, Bill, BillLine, Customer, DraftEnrollment, Role, UsageReading, User
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event
from cashier_app.services.demo_names import DEMO_CUSTOMER
from cashier_app.services.drafts.draft_key import draft_cipher, ensure_key
from cashier_app.services.demo_town import COLUMNS, Town
from cashier_app.services.stations import ensure_station
from cashier_app.services.users import create_user

DEMO_PASSWORDS = {"cashier": "cashier-demo", "supervisor": "supervisor-demo", "admin": "admin-demo"}
# (user name, roles, full name) of the demo sign-ins; the passwords are DEMO_PASSWORDS.
DEMO_USERS = (
    ("cashier", (Role.CASHIER,), "Tonya Hamrick"),
    ("supervisor", (Role.SUPERVISOR, Role.CASHIER), "Darrell McSwain"),
    ("admin", (Role.ADMINISTRATOR,), "Demo Administrator"),
)
# Renée O'Brien's home account and customer number, always there for screenshots and tests;
# her second account is 6000001.
DEMO_ACCOUNT_NUMBER, DEMO_CUSTOMER_NUMBER = "1000001", DEMO_CUSTOMER[0]
MAX_ACCOUNTS = 10_000_000  # numbers get 8 digits above a million accounts (demo_town.number_ranges)
MAX_MONTHS = 120
# Tables filled with ids assigned here, in the order their foreign keys need.
_TABLES = (Customer, Account, DraftEnrollment, Bill, BillLine, UsageReading)
# Lookup indexes on names, addresses and phones are dropped during the load and built again at the
# end (same transaction): one sorted build is many times faster than a million random inserts.
_REBUILT_INDEXES = tuple(index for model in (Customer, Account) for index in model.__table__.indexes)


class DemoError(ValueError):
    """Demo data cannot be made; the message says why."""


@dataclass(frozen=True)
class DemoSummary:
    """How much demo data was made."""

    customers: int
    accounts: int
    bills: int
    bill_lines: int
    usage_readings: int
    drafted: int
    cash_only: int


@requires(Role.ADMINISTRATOR)
def make_demo(db: Database, actor: Actor, *, accounts: int = 25_000, months: int = 24, seed: int = 28150,
              today: dt.date | None = None,
              progress: Callable[[int, int], object] | None = None) -> DemoSummary:
    """Fill an empty database with a deterministic demo town, the demo users and station S1.

    ``months`` bills per account end with the latest bill date before ``today``; ``months=0``
    makes customers and accounts only (lookup benchmarks). ``progress(done, total)`` is called
    with account counts as the work goes. Refused when the database already has customers.
    """
    if not 1 <= accounts <= MAX_ACCOUNTS:
        raise DemoError(f"The demo has 1 to {MAX_ACCOUNTS:,} accounts, not {accounts:,}.")
    if not 0 <= months <= MAX_MONTHS:
        raise DemoError(f"The demo has 0 to {MAX_MONTHS} months of bills, not {months}.")
    today = today or city_time.today()
    # Bounded chunks keep memory flat: about 100k bills, lines and readings at a time.
    chunk = 10_000 if months == 0 else max(100, 12_000 // months)
    with db.write() as s:
        if s.scalar(select(Customer.id).limit(1)) is not None:
            raise DemoError("This database already has customers; demo data goes only into an empty database.")
        first_ids = {model.__tablename__: _next_id(s, model) for model in _TABLES}
        connection = s.connection()
        for index in _REBUILT_INDEXES:
            index.drop(connection)
        town = Town(random.Random(seed), today, months, accounts, first_ids, _draft_cipher(), connection.dialect)
        while town.accounts_made < accounts:
            town.build(min(accounts, town.accounts_made + chunk))
            for table in COLUMNS:
                _insert(s, table, town.take_rows(table))
            if progress is not None:
                progress(town.accounts_made, accounts)
        for index in _REBUILT_INDEXES:
            index.create(connection)
        _advance_sequences(s)
        summary = DemoSummary(**town.counts)
        record_event(s, actor, "demo.load", "database", "",
                     after={**asdict(summary), "seed": seed, "months": months, "today": today})
    create_demo_users(db, actor)
    create_demo_station(db, actor)
    create_demo_draft_settings(db, actor)
    return summary


# Made-up origin values in the shape the City's bank gives (a real bank's routing number, a
# company identification of "1" + 9 digits): enough for a supervisor to try a run on the demo.
DEMO_DRAFT_SETTINGS = {
    "drafts.immediate_destination": "053100300",
    "drafts.immediate_destination_name": "FIRST CITIZENS BANK",
    "drafts.immediate_origin": "1566000123",
    "drafts.immediate_origin_name": "CITY OF SHELBY",
    "drafts.company_name": "CITY OF SHELBY",
    "drafts.company_identification": "1566000123",
    "drafts.entry_description": "UTILITY",
    "drafts.odfi_routing": "053100300",
}


@requires(Role.ADMINISTRATOR)
def create_demo_draft_settings(db: Database, actor: Actor) -> None:
    """The demo's bank draft origin settings (each audited like any setting change)."""
    from cashier_app.services.settings import set_setting

    for key, value in DEMO_DRAFT_SETTINGS.items():
        set_setting(db, actor, key, value)


@requires(Role.ADMINISTRATOR)
def create_demo_users(db: Database, actor: Actor) -> list[str]:
    """Create the demo sign-ins of DEMO_USERS that do not exist yet; returns the names created.

    Demo mode is the one place the weak, published passwords are allowed.
    """
    with db.read() as s:
        existing = set(s.scalars(select(User.username)))
    made = []
    for username, roles, full_name in DEMO_USERS:
        if username not in existing:
            create_user(db, actor, username, DEMO_PASSWORDS[username], [str(r) for r in roles], full_name,
                        check_strength=False)
            made.append(username)
    return made


@requires(Role.ADMINISTRATOR)
def create_demo_station(db: Database, actor: Actor, name: str = "S1", receipt_prefix: str = "S1",
                        printer_profile: str = "file") -> int:
    """Station ``name`` with its receipt sequence starting at 1 (kept as is if it exists)."""
    with db.write() as s:
        station = ensure_station(s, name, receipt_prefix, printer_profile)
        record_event(s, actor, "station.ensure", "station", station.id,
                     after={"name": station.name, "receipt_prefix": station.receipt_prefix})
        return station.id


def _insert(session: Session, table: str, rows: list[tuple]) -> None:
    # Straight to the driver: at millions of rows, SQLAlchemy's per-row parameter processing
    # (dicts, Decimal -> cents, date -> text) took most of the time (about 70 s instead of 25 s
    # for 25,000 accounts on SQLite). The rows are already in stored form (see demo_town).
    if not rows:
        return
    connection = session.connection()
    columns = COLUMNS[table]
    if connection.dialect.driver == "psycopg":  # COPY: executemany costs a round trip per row
        with connection.connection.cursor() as cursor:
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        return
    mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}[connection.dialect.paramstyle]
    connection.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})", rows)


def _next_id(session: Session, model: type) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


def _advance_sequences(session: Session) -> None:
    # PostgreSQL hands out ids from a sequence that explicit ids do not move: set it past them,
    # or the next customer added at the counter would collide with a demo row.
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in _TABLES:
        table = model.__tablename__
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
        ))


def _draft_cipher() -> MultiFernet:
    """The cipher of ``draft.key`` in the home folder (made when missing), outside the database."""
    ensure_key()
    return draft_cipher()
