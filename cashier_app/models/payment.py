"""Payments: one receipt, its allocations to accounts, its tenders, and a possible void.

A posted payment is never updated; corrections are new rows that point at it.
"""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cashier_app.models.base import Base, utcnow


class TenderKind(enum.StrEnum):
    CASH = "cash"
    CHECK = "check"
    MONEY_ORDER = "money_order"
    BANK_DRAFT = "bank_draft"  # recorded by a draft run only, never typed at the counter


#: What a cashier may take at the counter or from the mail.
COUNTER_TENDERS = frozenset({TenderKind.CASH.value, TenderKind.CHECK.value, TenderKind.MONEY_ORDER.value})


class PaymentChannel(enum.StrEnum):
    COUNTER = "counter"
    MAIL = "mail"  # mailed checks / lockbox batch: no drawer cash
    DRAFT = "draft"  # a bank draft run: no drawer, no receipt printer


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_token: Mapped[str] = mapped_column(String(64), unique=True)  # idempotent posting
    receipt_number: Mapped[str] = mapped_column(String(24), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), index=True)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    drawer_session_id: Mapped[int | None] = mapped_column(ForeignKey("drawer_sessions.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("payment_batches.id"), index=True)
    channel: Mapped[str] = mapped_column(String(10), default=PaymentChannel.COUNTER.value)
    business_date: Mapped[dt.date] = mapped_column(index=True)
    posted_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    total: Mapped[Decimal]  # sum of allocations
    tendered: Mapped[Decimal]  # sum of tenders
    change: Mapped[Decimal]  # cash handed back
    fee: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))  # counter payments are fee-free
    exported_at: Mapped[dt.datetime | None]

    allocations: Mapped[list[Allocation]] = relationship(back_populates="payment", order_by="Allocation.id")
    tenders: Mapped[list[Tender]] = relationship(back_populates="payment", order_by="Tender.id")
    void: Mapped[Void | None] = relationship(back_populates="payment")


class Allocation(Base):
    """The part of a payment applied to one account."""

    __tablename__ = "allocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    amount: Mapped[Decimal]
    balance_before: Mapped[Decimal]  # as shown to the cashier when posted

    payment: Mapped[Payment] = relationship(back_populates="allocations")


class Tender(Base):
    """How (part of) a payment was made: cash, check or money order."""

    __tablename__ = "tenders"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    amount: Mapped[Decimal]
    check_number: Mapped[str | None] = mapped_column(String(20))
    routing_number: Mapped[str | None] = mapped_column(String(9))
    bank_account_last4: Mapped[str | None] = mapped_column(String(4))
    serial_number: Mapped[str | None] = mapped_column(String(30))  # money order
    issuer: Mapped[str | None] = mapped_column(String(60))  # money order

    payment: Mapped[Payment] = relationship(back_populates="tenders")


class Void(Base):
    """Same-day cancellation of a payment, approved by a supervisor."""

    __tablename__ = "voids"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), unique=True)
    reason: Mapped[str] = mapped_column(String(200))
    voided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    voided_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    payment: Mapped[Payment] = relationship(back_populates="void")


class PaymentBatch(Base):
    """A batch of mailed checks (or a lockbox file) balanced against one control total."""

    __tablename__ = "payment_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    source: Mapped[str] = mapped_column(String(200), default="")  # file name for lockbox
    control_total: Mapped[Decimal | None]
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[dt.datetime | None]
