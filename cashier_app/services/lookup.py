"""Account lookup as the cashier types: account number, customer number, name, address, phone.

Every query is an index range scan on a normalized key (see search_keys), so lookups stay fast
on a million accounts with either database.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.models import Account, Customer
from cashier_app.services.access import Actor, requires
from cashier_app.services.search_keys import KEY_LENGTH, fold, phone_digits, prefix_upper_bound

DEFAULT_LIMIT = 50
LOCAL_AREA_CODE = "704"  # a 7-digit phone typed at the counter is a Shelby number
_PHONE_LIKE = re.compile(r"^[\d\s().+-]+$", re.ASCII)
MAX_QUERY = 200  # longer input is cut; nobody types more at the counter


@dataclass(frozen=True)
class AccountHit:
    """One line of the lookup results."""

    account_id: int
    account_number: str
    customer_number: str
    customer_name: str
    service_address: str
    phone: str
    status: str
    cash_only: bool


def _hits_query() -> Select:
    return select(
        Account.id, Account.account_number, Customer.customer_number, Customer.first_name,
        Customer.last_name, Account.service_address, Customer.phone, Account.status, Account.cash_only,
    ).join(Customer, Customer.id == Account.customer_id)


def _prefix(query: Select, column, key: str) -> Select:  # noqa: ANN001 - a key column
    # Ordered by the key itself so the database walks that key's index and stops at the limit.
    return query.where(column >= key, column < prefix_upper_bound(key)).order_by(column, Account.account_number)


def _candidate_queries(text: str) -> list[Select]:
    """The queries to try, most specific first."""
    base = _hits_query()
    queries: list[Select] = []
    compact = re.sub(r"[\s-]", "", text)
    if compact.isascii() and compact.isdigit():
        queries.append(base.where(Account.account_number == compact))
        queries.append(base.where(Customer.customer_number == compact).order_by(Account.account_number))
    if _PHONE_LIKE.match(text):
        digits = phone_digits(text)
        if len(digits) == 7:
            digits = LOCAL_AREA_CODE + digits
        if len(digits) >= 7:
            queries.append(_prefix(base, Customer.phone_digits, digits))
    key = fold(text)[:KEY_LENGTH]
    if key:
        queries.append(_prefix(base, Account.address_key, key))
        if not key[0].isdigit():
            queries.append(_prefix(base, Customer.name_key, key))
            queries.append(_prefix(base, Customer.name_key_first, key))
            queries.append(_prefix(base, Account.street_key, key))
    return queries


def search_accounts(session: Session, text: str, limit: int = DEFAULT_LIMIT) -> list[AccountHit]:
    """Accounts matching what was typed, best matches first, at most ``limit``."""
    text = (text or "").strip()[:MAX_QUERY]
    if not text:
        return []
    seen: dict[int, AccountHit] = {}
    for query in _candidate_queries(text):
        for row in session.execute(query.limit(limit)):
            if row.id not in seen:
                name = f"{row.first_name} {row.last_name}".strip()
                seen[row.id] = AccountHit(row.id, row.account_number, row.customer_number, name,
                                          row.service_address, row.phone, row.status, row.cash_only)
        if len(seen) >= limit:
            break
    return list(seen.values())[:limit]


@requires()
def find_accounts(db: Database, actor: Actor, text: str, limit: int = DEFAULT_LIMIT) -> list[AccountHit]:
    """Look up accounts for the counter (any signed-in user)."""
    with db.read() as s:
        return search_accounts(s, text, limit)


def account_id_by_number(session: Session, account_number: str) -> int | None:
    return session.scalar(select(Account.id).where(Account.account_number == account_number.strip()))
