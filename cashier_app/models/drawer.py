"""Drawer sessions: one cashier at one station, from opening float to counted close, and the
supervisor's close of a business date."""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cashier_app.models.base import Base, utcnow


class DrawerState(enum.StrEnum):
    OPEN = "open"
    COUNTED = "counted"  # blind count entered; a difference above the threshold waits for a supervisor
    CLOSED = "closed"  # balanced (or the difference approved): read-only from now on


class CountPhase(enum.StrEnum):
    OPENING = "opening"  # the opening float
    CLOSING = "closing"  # the blind count at close


class DrawerSession(Base):
    __tablename__ = "drawer_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), index=True)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    business_date: Mapped[dt.date] = mapped_column(index=True)
    opening_float: Mapped[Decimal]
    state: Mapped[str] = mapped_column(String(10), default=DrawerState.OPEN.value)
    # "<station id>:<cashier id>" while the session is not closed, NULL after: the database itself
    # refuses a second unclosed session of one cashier at one station (NULLs never collide).
    open_key: Mapped[str | None] = mapped_column(String(40), unique=True)
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    counted_at: Mapped[dt.datetime | None]
    counted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # the cashier, or a supervisor for them
    closed_at: Mapped[dt.datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # a difference's approver
    difference_note: Mapped[str] = mapped_column(String(500), default="")

    counts: Mapped[list[DrawerCount]] = relationship(back_populates="drawer_session")
    pickups: Mapped[list[CashPickup]] = relationship(back_populates="drawer_session")
    balances: Mapped[list[DrawerBalance]] = relationship(back_populates="drawer_session")


class DrawerCount(Base):
    """Counted quantity of one cash unit ("$20", "25c", "roll-25c") or, for checks and money orders,
    the number and total of the items (unit "")."""

    __tablename__ = "drawer_counts"
    __table_args__ = (UniqueConstraint("session_id", "phase", "tender_kind", "unit"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("drawer_sessions.id"))
    phase: Mapped[str] = mapped_column(String(8))
    tender_kind: Mapped[str] = mapped_column(String(12))
    unit: Mapped[str] = mapped_column(String(12), default="")
    quantity: Mapped[int] = mapped_column(default=0)
    amount: Mapped[Decimal]

    drawer_session: Mapped[DrawerSession] = relationship(back_populates="counts")


class CountedItem(Base):
    """A check or money order the cashier ticked as present in the drawer at the blind count."""

    __tablename__ = "counted_items"
    __table_args__ = (UniqueConstraint("session_id", "tender_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("drawer_sessions.id"), index=True)
    tender_id: Mapped[int] = mapped_column(ForeignKey("tenders.id"))


class DrawerBalance(Base):
    """Expected against counted for one tender kind of a closed count, recorded as it was."""

    __tablename__ = "drawer_balances"
    __table_args__ = (UniqueConstraint("session_id", "tender_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("drawer_sessions.id"))
    tender_kind: Mapped[str] = mapped_column(String(12))
    expected: Mapped[Decimal]
    counted: Mapped[Decimal]
    difference: Mapped[Decimal]  # counted - expected: positive is over, negative is short
    expected_items: Mapped[int] = mapped_column(default=0)
    counted_items: Mapped[int] = mapped_column(default=0)

    drawer_session: Mapped[DrawerSession] = relationship(back_populates="balances")


class CashPickup(Base):
    """Cash taken out of a drawer during the day by a supervisor, to the safe."""

    __tablename__ = "cash_pickups"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("drawer_sessions.id"), index=True)
    amount: Mapped[Decimal]
    supervisor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # who handed it over
    taken_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    drawer_session: Mapped[DrawerSession] = relationship(back_populates="pickups")
    lines: Mapped[list[CashPickupLine]] = relationship(back_populates="pickup", order_by="CashPickupLine.id")


class CashPickupLine(Base):
    """One cash unit of a pick-up."""

    __tablename__ = "cash_pickup_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    pickup_id: Mapped[int] = mapped_column(ForeignKey("cash_pickups.id"), index=True)
    unit: Mapped[str] = mapped_column(String(12))
    quantity: Mapped[int]
    amount: Mapped[Decimal]

    pickup: Mapped[CashPickup] = relationship(back_populates="lines")


class DayClose(Base):
    """A supervisor's close of one business date."""

    __tablename__ = "day_closes"

    id: Mapped[int] = mapped_column(primary_key=True)
    business_date: Mapped[dt.date] = mapped_column(unique=True)
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    audit_head: Mapped[str] = mapped_column(String(64), default="")
