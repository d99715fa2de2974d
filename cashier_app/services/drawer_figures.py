"""The figures of a drawer session: what it should hold, what was counted, as the window shows them.

The one rule of the drawer (``expected_cash``):

    expected cash = opening float + cash tendered - change given - pick-ups
                    - (cash tendered - change) of the payments voided since

Checks and money orders are expected item by item (those of payments not voided). A tender's
over/short a cashier may close alone is ``within_threshold``. The services that open, count and
close sessions are in ``drawers.py``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cashier_app.models import CashPickup, DrawerSession, Payment, Tender, TenderKind, Void
from cashier_app.money import ZERO

TENDER_KINDS = (TenderKind.CASH.value, TenderKind.CHECK.value, TenderKind.MONEY_ORDER.value)


# -- the arithmetic ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class CashFlow:
    """What one payment did to the cash in the drawer."""

    cash_tendered: Decimal
    change: Decimal
    voided: bool


def expected_cash(opening_float: Decimal, payments: Iterable[CashFlow], pickups: Iterable[Decimal]) -> Decimal:
    """Expected cash = float + cash tendered - change - pick-ups - voided payments' (cash - change).

    The change is handed out of the drawer, so a payment adds what was tendered in cash minus the
    change, never the tendered amount alone; a voided payment's cash went back to the customer.
    """
    total = opening_float
    for p in payments:
        total += p.cash_tendered - p.change
        if p.voided:
            total -= p.cash_tendered - p.change
    return total - sum(pickups, ZERO)


@dataclass(frozen=True)
class Expected:
    amount: Decimal
    items: int = 0


def expected_in_drawer(s: Session, session: DrawerSession) -> dict[str, Expected]:
    """Expected figures of one session per tender kind (inside the caller's transaction)."""
    voided = select(Void.id).where(Void.payment_id == Payment.id).exists()
    cash_in = (select(func.coalesce(func.sum(Tender.amount), ZERO))
               .where(Tender.payment_id == Payment.id, Tender.kind == TenderKind.CASH.value)
               .correlate(Payment).scalar_subquery())
    flows = [CashFlow(cash or ZERO, change, bool(was_voided)) for change, was_voided, cash in s.execute(
        select(Payment.change, voided, cash_in).where(Payment.drawer_session_id == session.id))]
    pickups = s.scalars(select(CashPickup.amount).where(CashPickup.session_id == session.id)).all()
    figures = {"cash": Expected(expected_cash(session.opening_float, flows, pickups))}
    for kind in ("check", "money_order"):
        amount, items = s.execute(
            select(func.sum(Tender.amount), func.count(Tender.id)).join(Payment, Payment.id == Tender.payment_id)
            .where(Payment.drawer_session_id == session.id, Tender.kind == kind, ~voided)).one()
        figures[kind] = Expected(amount or ZERO, items)
    return figures


# -- what the window shows ---------------------------------------------------------------------------
@dataclass(frozen=True)
class BalanceLine:
    kind: str
    expected: Decimal
    counted: Decimal
    difference: Decimal  # counted - expected: over is positive, short negative
    expected_items: int
    counted_items: int


@dataclass(frozen=True)
class SessionView:
    id: int
    station: str
    cashier_id: int
    cashier: str
    business_date: dt.date
    state: str
    opening_float: Decimal
    opened_at: dt.datetime
    counted_at: dt.datetime | None
    closed_at: dt.datetime | None
    payments: int  # not voided: the day report's count (voided payments are counted apart there)
    pickups: Decimal
    balances: tuple[BalanceLine, ...]  # empty until the blind count
    needs_approval: bool
    approved_by: str
    note: str
    threshold: Decimal = ZERO  # the difference a cashier may close alone, per tender (the setting now)
    missing_items: int = 0  # checks and money orders expected but not ticked at the count

    @property
    def over_short(self) -> Decimal:
        return sum((b.difference for b in self.balances), ZERO)

    @property
    def above_threshold(self) -> tuple[str, ...]:
        """The tender kinds whose difference is above the threshold."""
        return tuple(b.kind for b in self.balances if not within_threshold(b.difference, self.threshold))


def within_threshold(difference: Decimal, threshold: Decimal) -> bool:
    """The rule: a tender's over/short a cashier may close alone (either way, up to the threshold)."""
    return abs(difference) <= threshold


@dataclass(frozen=True)
class CountItem:
    """A check or money order the system expects in the drawer, for ticking at the count."""

    tender_id: int
    kind: str
    number: str  # check number or money-order serial
    amount: Decimal
    receipt_number: str
    account_number: str


@dataclass(frozen=True)
class ItemCount:
    """The cashier's count of one kind of paper tender: how many, and their total as typed."""

    count: str | int = 0
    total: str = ""
