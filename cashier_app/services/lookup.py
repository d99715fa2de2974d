"""Account lookup as the cashier types: account number, customer number, name, address, phone.

Every query is an index range scan on a normalized key (see search_keys), so lookups stay fast
on a million accounts with either database, and typed text never becomes a LIKE pattern.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from sqlalchemy import Select, bindparam, func, literal_column, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.models import Account, Customer
from cashier_app.services.access import Actor, requires
from cashier_app.services.search_keys import KEY_LENGTH, fold, phone_digits, prefix_upper_bound

DEFAULT_LIMIT = 50
LOCAL_AREA_CODE = "704"  # a 7-digit phone typed at the counter is a Shelby number
_PHONE_LIKE = re.compile(r"^[\d\s().+-]+$", re.ASCII)
MAX_QUERY = 200  # longer input is cut; nobody types more at the counter
_new_hit = tuple.__new__  # AccountHit from a tuple without the Python-level __new__ (about 1 µs a row)


class AccountHit(NamedTuple):
    """One line of the lookup results (a named tuple: built per row on every keystroke)."""

    account_id: int
    account_number: str
    customer_number: str
    customer_name: str
    service_address: str
    phone: str
    status: str
    cash_only: bool


def _hits() -> Select:
    # The columns of AccountHit in its order, the name put together by the database (names are
    # stored trimmed, so this is "first last", or the last name alone when there is no first name):
    # a row becomes a hit without a Python call per row. The limit is written in the SQL, not a
    # parameter: PostgreSQL's plan for a prepared statement then knows it stops at 50 rows.
    name = func.trim(Customer.first_name.op("||")(literal_column("' '")).op("||")(Customer.last_name))
    return select(
        Account.id, Account.account_number, Customer.customer_number, name.label("customer_name"),
        Account.service_address, Customer.phone, Account.status, Account.cash_only,
    ).join(Customer, Customer.id == Account.customer_id).limit(literal_column(str(DEFAULT_LIMIT)))


def _prefix(column) -> Select:  # noqa: ANN001 - a key column
    # Ordered by the key alone, so the database walks that key's index and stops at the limit.
    return _hits().where(column >= bindparam("low"), column < bindparam("high")).order_by(column)


# The lookups, by what the typed text may be. Built once; _driver_queries compiles them per database kind.
QUERIES: dict[str, Select] = {
    "account_number": _hits().where(Account.account_number == bindparam("value")),
    "customer_number": _hits().where(Customer.customer_number == bindparam("value")).order_by(Account.account_number),
    "phone": _prefix(Customer.phone_digits),
    "address": _prefix(Account.address_key),
    "name": _prefix(Customer.name_key),
    "name_first": _prefix(Customer.name_key_first),
    "street": _prefix(Account.street_key),
}


@dataclass(frozen=True)
class _DriverQuery:
    sql: str
    defaults: dict
    order: tuple[str, ...] | None  # parameter order for drivers with positional parameters

    def args(self, params: dict[str, str]):  # noqa: ANN201 - tuple or dict, as the driver takes
        values = {**self.defaults, **params}
        return tuple(values[name] for name in self.order) if self.order is not None else values


@cache
def _driver_queries(dialect: Dialect) -> dict[str, _DriverQuery]:
    """The queries compiled once per database kind, ready for the driver's own cursor.

    Lookups run on every keystroke; compiling once and handing the SQL straight to the driver
    keeps SQLAlchemy's per-call work (several times the query itself) out of the way.
    bench/bench_lookup.py measures the difference.
    """
    found = {}
    for kind, query in QUERIES.items():
        compiled = query.compile(dialect=dialect)
        order = tuple(compiled.positiontup) if compiled.positional else None
        found[kind] = _DriverQuery(str(compiled), dict(compiled.params), order)
    return found


def _candidates(text: str) -> list[tuple[str, dict[str, str]]]:
    """The lookups to try for ``text``, most specific first, with their parameters."""
    found: list[tuple[str, dict[str, str]]] = []
    compact = re.sub(r"[\s-]", "", text)
    if compact.isascii() and compact.isdigit():
        found += [("account_number", {"value": compact}), ("customer_number", {"value": compact})]
    if _PHONE_LIKE.match(text):
        digits = phone_digits(text)
        if len(digits) == 7:
            digits = LOCAL_AREA_CODE + digits
        if len(digits) >= 7:
            found.append(("phone", {"low": digits, "high": prefix_upper_bound(digits)}))
    key = fold(text)[:KEY_LENGTH]
    if key:
        kinds = ["address"] if key[0].isdigit() else ["address", "name", "name_first", "street"]
        found += [(kind, {"low": key, "high": prefix_upper_bound(key)}) for kind in kinds]
    return found


def search_accounts(session: Session, text: str, limit: int = DEFAULT_LIMIT) -> list[AccountHit]:
    """Accounts matching what was typed, best matches first, at most ``limit`` (up to 50)."""
    limit = min(limit, DEFAULT_LIMIT)
    text = (text or "").strip()[:MAX_QUERY]
    if not text:
        return []
    connection = session.connection()  # the session's transaction, on its own DB-API connection
    queries = _driver_queries(connection.dialect)
    cursor = connection.connection.cursor()
    seen: dict[int, AccountHit] = {}
    try:
        for kind, params in _candidates(text):
            query = queries[kind]
            cursor.execute(query.sql, query.args(params))
            for row in cursor.fetchall():
                if row[0] not in seen:  # the row is the hit (cash_only is 0 or 1 on SQLite)
                    seen[row[0]] = _new_hit(AccountHit, (*row[:7], bool(row[7])))
            if len(seen) >= limit:
                break
    finally:
        cursor.close()
    return list(seen.values())[:limit]


@requires()
def find_accounts(db: Database, actor: Actor, text: str, limit: int = DEFAULT_LIMIT) -> list[AccountHit]:
    """Look up accounts for the counter (any signed-in user)."""
    with db.read() as s:
        return search_accounts(s, text, limit)


def account_id_by_number(session: Session, account_number: str) -> int | None:
    return session.scalar(select(Account.id).where(Account.account_number == account_number.strip()))
