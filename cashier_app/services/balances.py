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

from sqlalchemy import and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from cashier_app.models import Account, Allocation, Charge, Payment, Void
from cashier_app.money import ZERO


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


def _not_received(exported_at, business_date):  # noqa: ANN001, ANN202 - SQL expression
    """Not yet in the account's extract balance (see the module's docstring)."""
    return or_(
        exported_at.is_(None),
        and_(Account.payments_through.is_not(None), business_date > Account.payments_through),
        and_(Account.payments_through.is_(None),
             or_(Account.balance_as_of.is_(None), exported_at > Account.balance_as_of)),
    )


def _balance_sums():  # noqa: ANN202 - (paid, charged) correlated to Account
    # SUM over a money column keeps the money type, so the sums come back as Decimal dollars.
    paid = (
        select(func.sum(Allocation.amount))
        .join(Payment, Payment.id == Allocation.payment_id)
        .outerjoin(Void, Void.payment_id == Payment.id)
        .where(Allocation.account_id == Account.id, Void.id.is_(None),
               _not_received(Payment.exported_at, Payment.business_date))
        .correlate(Account)
        .scalar_subquery()
    )
    charged = (
        select(func.sum(Charge.amount))
        .where(Charge.account_id == Account.id, _not_received(Charge.exported_at, Charge.business_date))
        .correlate(Account)
        .scalar_subquery()
    )
    return paid, charged


def current_balances(session: Session, account_ids: list[int]) -> dict[int, Decimal]:
    """Current balance of each account id given (ids that do not exist are left out)."""
    ids = sorted(set(account_ids))
    if not ids:
        return {}
    paid, charged = _balance_sums()
    rows = session.execute(select(Account.id, Account.extract_balance, paid, charged).where(Account.id.in_(ids)))
    return {account_id: extract - (p or ZERO) + (c or ZERO) for account_id, extract, p, c in rows}


def _accounts_with_sums():  # noqa: ANN202 - a select
    paid, charged = _balance_sums()
    return select(Account, paid, charged).where(Account.id.in_(bindparam("ids", expanding=True)))


_ACCOUNTS_WITH_SUMS = _accounts_with_sums()  # built once: posting runs it for every payment


def accounts_with_balances(session: Session, account_ids: list[int]) -> dict[int, tuple[Account, Decimal]]:
    """The accounts and their current balances in one query (what posting needs)."""
    ids = sorted(set(account_ids))
    if not ids:
        return {}
    rows = session.execute(_ACCOUNTS_WITH_SUMS, {"ids": ids})
    return {a.id: (a, a.extract_balance - (p or ZERO) + (c or ZERO)) for a, p, c in rows}


def current_balance(session: Session, account_id: int) -> Decimal:
    """Current balance of one account (zero for an unknown id)."""
    return current_balances(session, [account_id]).get(account_id, ZERO)
