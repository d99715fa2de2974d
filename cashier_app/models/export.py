"""Posting exports: each file of a closed day's payments sent to the billing system."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from cashier_app.models.base import Base, utcnow


class PaymentExport(Base):
    __tablename__ = "payment_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    business_date: Mapped[dt.date] = mapped_column(index=True)
    exported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    exported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # None: the command line
    exported_by: Mapped[str] = mapped_column(String(80), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    rows: Mapped[int] = mapped_column(default=0)
    total: Mapped[Decimal]
    again: Mapped[bool] = mapped_column(default=False)  # a re-export of rows already sent
    sha256: Mapped[str] = mapped_column(String(64), default="")
