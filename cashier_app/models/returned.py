"""Returned items: NSF checks and returned drafts, and the charges (fees) they cause."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from cashier_app.models.base import Base, utcnow


class Charge(Base):
    """A charge added to an account after the billing extract (e.g. a returned check fee)."""

    __tablename__ = "charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "returned_check_fee", "reversal", ...
    amount: Mapped[Decimal]  # positive: the account owes more
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), index=True)  # the payment reversed
    tender_id: Mapped[int | None] = mapped_column(ForeignKey("tenders.id"), index=True)  # the returned check
    description: Mapped[str] = mapped_column(String(200), default="")
    posted_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    business_date: Mapped[dt.date]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    exported_at: Mapped[dt.datetime | None]  # sent to the billing system in a posting export


class ReturnedItem(Base):
    """A check (or draft) the bank refused after the day closed."""

    __tablename__ = "returned_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A payment may have several checks, each returned on its own: the check is what is returned once.
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), index=True)
    tender_id: Mapped[int | None] = mapped_column(ForeignKey("tenders.id"), unique=True)  # the check returned
    draft_entry_id: Mapped[int | None] = mapped_column(ForeignKey("draft_entries.id"), unique=True)
    reason_code: Mapped[str] = mapped_column(String(10), default="")  # e.g. R01
    reason: Mapped[str] = mapped_column(String(200), default="")
    returned_on: Mapped[dt.date]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    fee_charge_id: Mapped[int | None] = mapped_column(ForeignKey("charges.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
