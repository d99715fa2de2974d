"""Account balances (DESIGN.md invariant 5), computed in one place.

balance = balance in the last billing extract
          - allocations of payments posted after the extract's as-of time (voided ones excluded)
          + charges (fees, reversals) posted after it.
"""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cashier_app.models import Account, Allocation, Charge, Payment, Void
from cashier_app.money import ZERO


def _after_extract(posted_at):  # noqa: ANN001, ANN202 - SQL expression
    return or_(Account.balance_as_of.is_(None), posted_at > Account.balance_as_of)


def current_balances(session: Session, account_ids: list[int]) -> dict[int, Decimal]:
    """Current balance of each account id given (ids that do not exist are left out)."""
    ids = sorted(set(account_ids))
    if not ids:
        return {}
    # SUM over a money column keeps the money type, so these come back as Decimal dollars.
    paid = dict(session.execute(
        select(Allocation.account_id, func.sum(Allocation.amount))
        .join(Payment, Payment.id == Allocation.payment_id)
        .join(Account, Account.id == Allocation.account_id)
        .outerjoin(Void, Void.payment_id == Payment.id)
        .where(Allocation.account_id.in_(ids), Void.id.is_(None), _after_extract(Payment.posted_at))
        .group_by(Allocation.account_id)
    ).all())
    charged = dict(session.execute(
        select(Charge.account_id, func.sum(Charge.amount))
        .join(Account, Account.id == Charge.account_id)
        .where(Charge.account_id.in_(ids), _after_extract(Charge.posted_at))
        .group_by(Charge.account_id)
    ).all())
    rows = session.execute(select(Account.id, Account.extract_balance).where(Account.id.in_(ids)))
    return {
        account_id: extract - (paid.get(account_id) or ZERO) + (charged.get(account_id) or ZERO)
        for account_id, extract in rows
    }


def current_balance(session: Session, account_id: int) -> Decimal:
    """Current balance of one account (zero for an unknown id)."""
    return current_balances(session, [account_id]).get(account_id, ZERO)
