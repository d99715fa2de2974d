"""Stations (counter positions) and their gapless receipt sequences."""
from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from cashier_app.models.base import Base


class Station(Base):
    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    receipt_prefix: Mapped[str] = mapped_column(String(8), unique=True)  # "S1" in S1-000123
    printer_profile: Mapped[str] = mapped_column(String(80), default="file")
    active: Mapped[bool] = mapped_column(default=True)


class ReceiptSequence(Base):
    """Next receipt number of a station; bumped in the payment's own transaction."""

    __tablename__ = "receipt_sequences"

    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), primary_key=True)
    next_number: Mapped[int] = mapped_column(default=1)
