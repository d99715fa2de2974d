"""Bank draft: enrollments from the signed form, their scans, monthly ACH runs, entries, corrections.

An enrollment's ``status`` is ``pending`` (its prenote is not yet settled), ``active`` (its bills are
drafted) or ``ended`` (cancelled, replaced, or ended by a bank return; ``ended_reason`` says which).
Bank account numbers and scans are stored encrypted with the key in ``draft.key`` outside the
database (``services/drafts/draft_key.py``); only the last 4 digits are stored in clear.
"""
from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, false, text, true
from sqlalchemy.orm import Mapped, mapped_column

from cashier_app.models.base import Base, utcnow


class EnrollmentStatus(enum.StrEnum):
    PENDING = "pending"  # prenote not yet settled: bills are not drafted yet
    ACTIVE = "active"
    ENDED = "ended"


class RunStatus(enum.StrEnum):
    CREATED = "created"  # file written, not yet sent to the bank: may be voided
    SENT = "sent"  # the supervisor sent it to the bank: final
    VOIDED = "voided"  # never sent; its payments are voided with it


class EntryKind(enum.StrEnum):
    DEBIT = "debit"
    PRENOTE = "prenote"


class DraftEnrollment(Base):
    __tablename__ = "draft_enrollments"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default=EnrollmentStatus.PENDING.value,
                                        server_default=EnrollmentStatus.PENDING.value, index=True)
    name_on_account: Mapped[str] = mapped_column(String(60), default="", server_default="")
    bank_name: Mapped[str] = mapped_column(String(60), default="", server_default="")
    routing_number: Mapped[str] = mapped_column(String(9))
    bank_account_encrypted: Mapped[bytes] = mapped_column(LargeBinary)  # key outside the database
    bank_account_last4: Mapped[str] = mapped_column(String(4))
    bank_account_type: Mapped[str] = mapped_column(String(10), default="checking")
    phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    email: Mapped[str] = mapped_column(String(120), default="", server_default="")
    signed_on: Mapped[dt.date]
    signed_form_received: Mapped[bool] = mapped_column(default=True, server_default=true())
    voided_check_received: Mapped[bool] = mapped_column(default=True, server_default=true())
    form_location: Mapped[str] = mapped_column(String(120), default="", server_default="")  # where the paper form is filed
    retention_until: Mapped[dt.date | None]  # the paper form may be destroyed after (2 years after the end)
    activated_on: Mapped[dt.date | None]
    ended_on: Mapped[dt.date | None]
    ended_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("draft_enrollments.id"))  # a change of bank
    enrolled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DraftDocument(Base):
    """A scan of the signed form or the voided check, encrypted like the account number."""

    __tablename__ = "draft_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("draft_enrollments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # "signed_form" or "voided_check"
    media_type: Mapped[str] = mapped_column(String(40))  # application/pdf, image/png, image/jpeg
    file_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    size: Mapped[int] = mapped_column(default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")  # of the clear content
    content_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DraftRun(Base):
    """One NACHA PPD debit file."""

    __tablename__ = "draft_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_date: Mapped[dt.date] = mapped_column(index=True)
    effective_date: Mapped[dt.date | None]  # the draft date moved to a banking day
    status: Mapped[str] = mapped_column(String(10), default=RunStatus.CREATED.value)
    file_id_modifier: Mapped[str] = mapped_column(String(1), default="A")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    file_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    entry_count: Mapped[int] = mapped_column(default=0)  # debits
    prenote_count: Mapped[int] = mapped_column(default=0)
    total: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    sent_at: Mapped[dt.datetime | None]
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    voided_at: Mapped[dt.datetime | None]
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    void_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")


class DraftEntry(Base):
    """One entry of a run: a debit of one bill (with its bank-draft payment) or a prenote."""

    __tablename__ = "draft_entries"
    __table_args__ = (
        # A bill is drafted once: by at most one entry that is not voided.
        Index("uq_draft_entries_live_bill", "bill_id", unique=True,
              sqlite_where=text("voided = 0 AND bill_id IS NOT NULL"),
              postgresql_where=text("NOT voided AND bill_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("draft_runs.id"), index=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("draft_enrollments.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default=EntryKind.DEBIT.value)
    transaction_code: Mapped[str] = mapped_column(String(2), default="27")
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("bills.id"), index=True)  # None for a prenote
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), index=True)  # the draft payment
    amount: Mapped[Decimal]
    trace_number: Mapped[str] = mapped_column(String(15), unique=True)  # unique across all runs
    voided: Mapped[bool] = mapped_column(default=False, server_default=false())


class DraftCorrection(Base):
    """A notification of change (NOC, C01-C09) applied to an enrollment, once."""

    __tablename__ = "draft_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("draft_entries.id"), index=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("draft_enrollments.id"), index=True)
    change_code: Mapped[str] = mapped_column(String(3))
    identity: Mapped[str] = mapped_column(String(64), unique=True)  # hash of entry, code and corrected data
    changes: Mapped[dict] = mapped_column(JSON, default=dict)  # field: [before, after], account numbers masked
    applied_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    applied_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
