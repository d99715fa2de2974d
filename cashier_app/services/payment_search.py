"""Finding today's payments at the counter: by receipt number, account number or amount.

A reprint of a found payment is ``print_queue.reprint_receipt(db, actor, receipt_number)``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from cashier_app.db import Database
from cashier_app.models import Account, Allocation, Payment, PaymentChannel, Role, Station, Tender, TenderKind, User
from cashier_app.money import MoneyError, format_amount, parse_amount
from cashier_app.services import business_day
from cashier_app.services.access import Actor, requires
from cashier_app.services.people import shown_name

_RECEIPT = re.compile(r"^[A-Z0-9]{1,10}-\d{1,9}$", re.ASCII)
_AMOUNT_HINTS = ("$", ".", ",")


@dataclass(frozen=True)
class PaymentSummary:
    payment_id: int
    receipt_number: str
    posted_at: dt.datetime
    station: str
    cashier: str  # full name, or the user name
    cashier_id: int  # whose payment it is (a void's approval concerns them)
    accounts: tuple[str, ...]  # account numbers, in allocation order
    total: Decimal
    tendered: Decimal
    change: Decimal
    tenders: str  # e.g. "Cash $20.00, Check #1001 $50.00"
    voided: bool


def tenders_text(tenders: list[Tender]) -> str:
    """One line naming each tender and its amount, as the payments list shows it."""
    parts = []
    for t in tenders:
        if t.kind == TenderKind.CHECK:
            label = f"Check #{t.check_number}" if t.check_number else "Check"
        elif t.kind == TenderKind.MONEY_ORDER:
            label = f"Money order #{t.serial_number}" if t.serial_number else "Money order"
        elif t.kind == TenderKind.BANK_DRAFT:
            label = f"Bank draft ****{t.bank_account_last4}" if t.bank_account_last4 else "Bank draft"
        else:
            label = "Cash"
        parts.append(f"{label} {format_amount(t.amount)}")
    return ", ".join(parts)


def _matching(text: str):  # noqa: ANN202 - a SQL condition, or None for "everything"
    raw = text.strip()
    if not raw:
        return None
    upper = raw.upper()
    by_account = Payment.id.in_(select(Allocation.payment_id).join(Account, Account.id == Allocation.account_id)
                                .where(Account.account_number == raw))
    conditions = [by_account]
    if _RECEIPT.match(upper):
        conditions.append(Payment.receipt_number == upper)
    if raw.isascii() and raw.isdigit() and len(raw) <= 9:
        conditions.append(Payment.receipt_number.like(f"%-{int(raw):06d}"))  # the number part
    if raw.startswith("$") or any(h in raw for h in _AMOUNT_HINTS) or (raw.isascii() and raw.isdigit()):
        try:
            amount = parse_amount(raw, cap=None)
        except MoneyError:
            amount = None
        if amount is not None:
            conditions += [Payment.total == amount, Payment.tendered == amount]
    return or_(*conditions)


@requires(Role.CASHIER, Role.SUPERVISOR)
def todays_payments(db: Database, actor: Actor, text: str = "", business_date: dt.date | None = None,
                    station: str | None = None, limit: int = 500) -> list[PaymentSummary]:
    """Payments of the business date (today by default), newest first, matching ``text``:
    a receipt number (full "S1-000123" or its number part "123"), an account number, or an
    amount paid or tendered ("12.50", "$12.50", "12"). Empty text lists them all.
    ``station`` narrows to one station; voided payments are listed, marked ``voided``. Bank-draft
    payments are left out: a run records thousands at once, and its report lists them."""
    day = business_date or business_day.today()
    query = (select(Payment, Station.name, User.full_name, User.username)
             .join(Station, Station.id == Payment.station_id).join(User, User.id == Payment.cashier_id)
             .where(Payment.business_date == day, Payment.channel != PaymentChannel.DRAFT.value)
             .options(selectinload(Payment.allocations), selectinload(Payment.tenders),
                      selectinload(Payment.void))
             .order_by(Payment.id.desc()).limit(limit))
    if station:
        query = query.where(Station.name == station)
    if (condition := _matching(text)) is not None:
        query = query.where(condition)
    with db.read() as s:
        rows = s.execute(query).all()
        account_ids = {a.account_id for p, *_ in rows for a in p.allocations}
        numbers = dict(s.execute(select(Account.id, Account.account_number)
                                 .where(Account.id.in_(account_ids))).all()) if account_ids else {}
        return [PaymentSummary(p.id, p.receipt_number, p.posted_at, station_name, shown_name(full_name, username),
                               p.cashier_id, tuple(numbers[a.account_id] for a in p.allocations), p.total, p.tendered,
                               p.change, tenders_text(p.tenders), p.void is not None)
                for p, station_name, full_name, username in rows]
