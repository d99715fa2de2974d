"""Drawer sessions: one cashier at one station, from opening float to counted close."""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cashier_app.models.base import Base, utcnow


class DrawerState(enum.StrEnum):
    OPEN = "open"
    COUNTED = "counted"  # cashier counted, waiting for a supervisor
    CLOSED = "closed"  # supervisor accepted the count (and any over/short)


class DrawerSession(Base):
    __tablename__ = "drawer_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), index=True)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    business_date: Mapped[dt.date] = mapped_column(index=True)
    opening_float: Mapped[Decimal]
    state: Mapped[str] = mapped_column(String(10), default=DrawerState.OPEN.value)
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    counted_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    counts: Mapped[list[DrawerCount]] = relationship(back_populates="drawer_session")
    pickups: Mapped[list[CashPickup]] = relationship(back_populates="drawer_session")


class DrawerCount(Base):
    """Counted quantity of one denomination (cash) or one tender total (checks, money orders)."""

    __tablename__ = "drawer_counts"
    __table_args__ = (UniqueConstraint("session_id", "tender_kind", "denomination"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("drawer_sessions.id"))
    tender_kind: Mapped[str] = mapped_column(String(12))
    denomination: Mapped[Decimal | None]  # e.g. 20.00; None for a tender total
    quantity: Mapped[int] = mapped_column(default=0)
    amount: Mapped[Decimal]

    drawer_session: Mapped[DrawerSession] = relationship(back_populates="counts")


class CashPickup(Base):
    """Cash taken out of a drawer during the day by a supervisor."""

    __tablename__ = "cash_pickups"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("drawer_sessions.id"), index=True)
    amount: Mapped[Decimal]
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    taken_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    drawer_session: Mapped[DrawerSession] = relationship(back_populates="pickups")


class DayClose(Base):
    """A supervisor's close of one business date."""

    __tablename__ = "day_closes"

    id: Mapped[int] = mapped_column(primary_key=True)
    business_date: Mapped[dt.date] = mapped_column(unique=True)
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    audit_head: Mapped[str] = mapped_column(String(64), default="")
