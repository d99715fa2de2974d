"""Monthly bills with their per-service lines, and metered usage readings."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cashier_app.models.base import Base

SERVICES = ("electric", "water", "sewer", "gas", "refuse")
UNITS = {"electric": "kWh", "water": "gal", "sewer": "gal", "gas": "CCF"}


class Bill(Base):
    """One monthly statement of an account."""

    __tablename__ = "bills"
    __table_args__ = (UniqueConstraint("account_id", "bill_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # (account_id, bill_date) is unique, and that index also serves lookups by account.
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    bill_date: Mapped[dt.date]
    due_date: Mapped[dt.date]
    draft_date: Mapped[dt.date | None]
    amount: Mapped[Decimal]  # current charges on this bill
    final_bill: Mapped[bool] = mapped_column(default=False)

    lines: Mapped[list[BillLine]] = relationship(
        back_populates="bill", cascade="all, delete-orphan", order_by="BillLine.service"
    )


class BillLine(Base):
    """The charge for one service on one bill."""

    __tablename__ = "bill_lines"
    __table_args__ = (UniqueConstraint("bill_id", "service"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"))
    service: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal]

    bill: Mapped[Bill] = relationship(back_populates="lines")


class UsageReading(Base):
    """Metered quantity of one service over one period (kWh, gallons, CCF)."""

    __tablename__ = "usage_readings"
    __table_args__ = (UniqueConstraint("account_id", "service", "period_end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))  # served by the unique index
    service: Mapped[str] = mapped_column(String(20))
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]
    quantity: Mapped[int]
    unit: Mapped[str] = mapped_column(String(8))
