"""The day report's own "bank drafts" section: the draft runs made on a business date and the
bank-draft payments they recorded. They stay out of the drawer, cash, check and deposit figures:
no money crossed the counter (services/day_report.py leaves channel ``draft`` out of those)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.models import DraftRun, Payment, PaymentChannel, Void
from cashier_app.money import ZERO


@dataclass(frozen=True)
class DraftRunLine:
    run_id: int
    draft_date: dt.date
    effective_date: dt.date | None
    status: str
    debits: int
    prenotes: int
    total: Decimal
    created_by: str


@dataclass(frozen=True)
class DraftDay:
    """Bank drafts of one business date: the payments kept (not voided) and the runs made."""

    payments: int = 0
    total: Decimal = ZERO
    voided: int = 0
    voided_total: Decimal = ZERO
    runs: tuple[DraftRunLine, ...] = ()


def draft_day(s: Session, day: dt.date, names: dict[int, str]) -> DraftDay:
    """The section for ``day`` (two grouped queries and the day's runs)."""
    is_voided = Void.id.is_not(None)
    figures = {bool(v): (count, total or ZERO) for v, count, total in s.execute(
        select(is_voided, func.count(Payment.id), func.sum(Payment.total))
        .outerjoin(Void, Void.payment_id == Payment.id)
        .where(Payment.business_date == day, Payment.channel == PaymentChannel.DRAFT.value).group_by(is_voided))}
    start, end = city_time.day_bounds(day)
    runs = tuple(DraftRunLine(r.id, r.draft_date, r.effective_date, r.status, r.entry_count, r.prenote_count, r.total,
                              names.get(r.created_by_id, ""))
                 for r in s.scalars(select(DraftRun).where(DraftRun.created_at >= start, DraftRun.created_at < end)
                                    .order_by(DraftRun.id)))
    kept, voided = figures.get(False, (0, ZERO)), figures.get(True, (0, ZERO))
    return DraftDay(kept[0], kept[1], voided[0], voided[1], runs)
