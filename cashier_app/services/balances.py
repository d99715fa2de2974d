"""Account balances (DESIGN.md invariant 5), computed in one place.

balance = balance in the last billing extract
          - allocations of payments the billing system had not received when it computed that
            balance (voided ones excluded)
          + charges (fees, reversals) it had not received.

The billing system learns of counter payments and charges only from the posting export. So a
payment or charge counts as received when it was exported and the extract says it includes that
export: its business date is on or before the account's ``payments_through`` date. An extract
that does not say (``payments_through`` empty) falls back to "exported before ``balance_as_of``".
Posting time plays no part: a payment posted before the extract was cut but not yet exported is
still subtracted (docs/formats.md, "accounts").
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import and_, bindparam, exists, func, or_, select
from sqlalchemy.orm import Session

from cashier_app.models import Account, Allocation, Charge, Payment, Void
from cashier_app.money import ZERO
from cashier_app.services.driver_statements import DriverQuery


# Row locks taken in id order, so two writers touching several accounts never wait on each other in
# a cycle, and two stations paying different accounts never wait at all. SQLite writers already hold
# the database's write lock (BEGIN IMMEDIATE), so the statement is a no-op there.
_LOCK_ACCOUNTS = (select(Account.id).where(Account.id.in_(bindparam("ids", expanding=True)))
                  .order_by(Account.id).with_for_update(key_share=True))


def lock_accounts(session: Session, account_ids) -> None:  # noqa: ANN001 - any iterable of ids
    """Serialize every change to these accounts' balances until the caller's transaction ends.

    Call it before reading a balance that is written down (a receipt's previous balance) or
    before adding what changes one (a void, a reversal): under PostgreSQL's read committed, the
    balance read *after* the lock sees every change committed by the writer that held it before.
    """
    ids = sorted(set(account_ids))
    if ids and session.get_bind().dialect.name != "sqlite":
        session.execute(_LOCK_ACCOUNTS, {"ids": ids}).all()


_accounts, _allocations, _payments, _voids, _charges = (
    Account.__table__, Allocation.__table__, Payment.__table__, Void.__table__, Charge.__table__)


def _not_received(exported_at, business_date):  # noqa: ANN001, ANN202 - SQL expression
    """Not yet in the account's extract balance (see the module's docstring)."""
    through, as_of = _accounts.c.payments_through, _accounts.c.balance_as_of
    return or_(
        exported_at.is_(None),
        and_(through.is_not(None), business_date > through),
        and_(through.is_(None), or_(as_of.is_(None), exported_at > as_of)),
    )


def _balance_sums():  # noqa: ANN202 - (paid, charged) correlated to accounts
    # SUM over a money column keeps the money type, so the sums come back as Decimal dollars.
    # Built on the tables' columns (no ORM work per execution). A voided payment is left out with
    # NOT EXISTS (one void per payment at most): PostgreSQL estimates an anti-join well, where the
    # outer join's "void id IS NULL" made it scan every payment for each account (bench_stations).
    paid = (
        select(func.sum(_allocations.c.amount))
        .join(_payments, _payments.c.id == _allocations.c.payment_id)
        .where(_allocations.c.account_id == _accounts.c.id,
               ~exists().where(_voids.c.payment_id == _payments.c.id),
               _not_received(_payments.c.exported_at, _payments.c.business_date))
        .correlate(_accounts)
        .scalar_subquery()
    )
    charged = (
        select(func.sum(_charges.c.amount))
        .where(_charges.c.account_id == _accounts.c.id,
               _not_received(_charges.c.exported_at, _charges.c.business_date))
        .correlate(_accounts)
        .scalar_subquery()
    )
    return paid, charged


def current_balances(session: Session, account_ids: list[int]) -> dict[int, Decimal]:
    """Current balance of each account id given (ids that do not exist are left out)."""
    ids = sorted(set(account_ids))
    if not ids:
        return {}
    paid, charged = _balance_sums()
    rows = session.execute(select(_accounts.c.id, _accounts.c.extract_balance, paid, charged)
                           .where(_accounts.c.id.in_(ids)))
    return {account_id: _balance(extract, p, c) for account_id, extract, p, c in rows}


def _balance(extract: Decimal, paid: Decimal | None, charged: Decimal | None) -> Decimal:
    """The extract's balance, less what it has not received, plus charges it has not received."""
    return extract - (paid or ZERO) + (charged or ZERO)


def _accounts_with_sums(ids):  # noqa: ANN001, ANN202 - the accounts' id clause
    paid, charged = _balance_sums()
    return (select(_accounts.c.id, _accounts.c.account_number, _accounts.c.cash_only, _accounts.c.extract_balance,
                   paid, charged)
            .where(ids))


# Built once: posting runs it for every payment (on the driver's cursor, one SQL text
# per number of accounts: services/driver_statements.py)
_ACCOUNTS_WITH_SUMS = DriverQuery(lambda ids: _accounts_with_sums(_accounts.c.id.in_(ids)), listed="ids")


def accounts_with_balances(session: Session, account_ids: list[int]) -> dict[int, tuple[Any, Decimal]]:
    """What posting needs of the accounts, in one query: for each id found, a row (id,
    account_number, cash_only) and the account's current balance."""
    return balances_found(ask_accounts_with_balances(session, account_ids))


def ask_accounts_with_balances(session: Session, account_ids: list[int]):  # noqa: ANN201 - sent
    """``accounts_with_balances`` in two steps, so that its query can travel with others
    (services/pipelined.py): this sends it, ``balances_found`` reads its answer."""
    return _ACCOUNTS_WITH_SUMS.send(session, {"ids": sorted(set(account_ids))})


def balances_found(sent) -> dict[int, tuple[Any, Decimal]]:  # noqa: ANN001
    rows = _ACCOUNTS_WITH_SUMS.read(sent)
    return {r.id: (r, _balance(r.extract_balance, r[4], r[5])) for r in rows}


def current_balance(session: Session, account_id: int) -> Decimal:
    """Current balance of one account (zero for an unknown id)."""
    return current_balances(session, [account_id]).get(account_id, ZERO)
