"""The print queue: a job per receipt, written in the payment's own transaction."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cashier_app.models.base import Base, utcnow


class PrintState(enum.StrEnum):
    WAITING = "waiting"  # not sent yet: the worker sends it when the printer is ready
    SENDING = "sending"  # a worker is handing it to the printer right now
    HELD = "held"  # the printer took it but stopped before finishing; it prints it when fixed
    PRINTED = "printed"
    FAILED = "failed"  # the printer could not take it; waits for the cashier's Retry


class PrintDocument(enum.StrEnum):
    """What a print job prints: a payment's receipt, or a bank draft enrollment's confirmation."""

    RECEIPT = "receipt"
    DRAFT_CONFIRMATION = "draft_confirmation"


class PrintJob(Base):
    __tablename__ = "print_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), index=True)
    mark: Mapped[str] = mapped_column(String(12), default="")  # "", VOID, REPRINT, NSF
    document: Mapped[str] = mapped_column(String(20), default=PrintDocument.RECEIPT.value,
                                          server_default=PrintDocument.RECEIPT.value)
    enrollment_id: Mapped[int | None] = mapped_column(ForeignKey("draft_enrollments.id"))  # a draft confirmation
    state: Mapped[str] = mapped_column(String(10), default=PrintState.WAITING.value, index=True)
    open_drawer: Mapped[bool] = mapped_column(default=False)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None]  # when a worker last started handing it to the printer
    printed_at: Mapped[dt.datetime | None]
    printed_to: Mapped[str] = mapped_column(String(300), default="")  # printer name, or the PDF file
