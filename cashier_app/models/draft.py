"""Bank draft: enrollments from the signed form, monthly ACH runs and their entries."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from cashier_app.models.base import Base, utcnow


class DraftEnrollment(Base):
    __tablename__ = "draft_enrollments"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    routing_number: Mapped[str] = mapped_column(String(9))
    bank_account_encrypted: Mapped[bytes] = mapped_column(LargeBinary)  # key outside the database
    bank_account_last4: Mapped[str] = mapped_column(String(4))
    bank_account_type: Mapped[str] = mapped_column(String(10), default="checking")
    signed_on: Mapped[dt.date]
    active: Mapped[bool] = mapped_column(default=True)
    ended_on: Mapped[dt.date | None]
    enrolled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DraftRun(Base):
    """One NACHA PPD debit file."""

    __tablename__ = "draft_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_date: Mapped[dt.date] = mapped_column(index=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    file_name: Mapped[str] = mapped_column(String(200), default="")
    entry_count: Mapped[int] = mapped_column(default=0)
    total: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))


class DraftEntry(Base):
    __tablename__ = "draft_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("draft_runs.id"), index=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("draft_enrollments.id"))
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id"), unique=True)  # a bill is drafted once
    amount: Mapped[Decimal]
    trace_number: Mapped[str] = mapped_column(String(15), unique=True)
