"""Draft runs for tests of returns, NOCs and key rotation, written with the models directly.

Stands in for ``services/drafts/runs.make_run`` (built in parallel) where a test needs entries
and their bank-draft payments as a run leaves them: one Payment (channel "draft") per debit, one
Tender "bank_draft", one Allocation; prenotes have no payment.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from cashier_app.models import (
    Allocation, DraftEnrollment, DraftEntry, DraftRun, EnrollmentStatus, EntryKind, Payment, PaymentChannel,
    Role, RunStatus, Station, Tender, TenderKind,
)
from cashier_app.services.audit import record_event
from cashier_app.services.drafts.draft_key import draft_cipher, encrypt_text, ensure_key
from tests.factories import make_account, make_station, make_user

ODFI = "05310112"
ROUTING = "053101121"  # valid check digit
DRAFT_DATE = dt.date(2026, 11, 20)


@dataclass(frozen=True)
class MadeEntry:
    entry_id: int
    enrollment_id: int
    account_id: int
    account_number: str
    payment_id: int | None
    trace_number: str
    amount: Decimal
    bank_account: str  # the full number, for building return files in tests only
    kind: str


def bank_account_for(i: int) -> str:
    return f"{98765430000 + i}"


def enroll(db, account_id: int, bank_account: str, status: str = EnrollmentStatus.ACTIVE.value,
           routing: str = ROUTING, name: str = "RENEE OBRIEN", account_type: str = "checking") -> int:
    ensure_key()
    cipher = draft_cipher()
    with db.write() as s:
        e = DraftEnrollment(account_id=account_id, status=status, name_on_account=name, bank_name="First Bank",
                            routing_number=routing, bank_account_encrypted=encrypt_text(cipher, bank_account),
                            bank_account_last4=bank_account[-4:], bank_account_type=account_type,
                            signed_on=dt.date(2026, 10, 1),
                            activated_on=dt.date(2026, 10, 10) if status == EnrollmentStatus.ACTIVE.value else None)
        s.add(e)
        s.flush()
        return e.id


def make_draft_run(db, count: int = 3, prenotes: int = 0, amount: str = "100.00", first_account: int = 3000001,
                   supervisor=None, draft_date: dt.date = DRAFT_DATE, status: str = RunStatus.SENT.value,
                   first_trace: int = 1) -> tuple[int, list[MadeEntry]]:
    """A run of ``count`` debits (active enrollments) and ``prenotes`` prenotes (pending ones),
    each on its own new account; returns (run id, entries)."""
    with db.read() as s:
        has_station = s.scalar(select(Station.id).where(Station.name == "S1")) is not None
    if not has_station:
        make_station(db)
    if supervisor is None:
        supervisor = make_user(db, f"runner{first_account}", roles=(Role.SUPERVISOR,), drawer=False)
    made = []
    plan = []
    for i in range(count + prenotes):
        number = str(first_account + i)
        account_id = make_account(db, number, customer_number=f"C{number}", last=f"Doe{i}", first="Pat",
                                  balance="150.00")
        bank = bank_account_for(first_account + i)
        is_prenote = i >= count
        status = EnrollmentStatus.PENDING.value if is_prenote else EnrollmentStatus.ACTIVE.value
        plan.append((account_id, number, enroll(db, account_id, bank, status), bank, is_prenote))
    with db.write() as s:
        station_id = s.scalar(select(Station.id).where(Station.name == "S1"))
        run = DraftRun(draft_date=draft_date, effective_date=draft_date, status=status,
                       created_by_id=supervisor.user_id, file_name="run.ach")
        s.add(run)
        s.flush()
        for n, (account_id, number, enrollment_id, bank, is_prenote) in enumerate(plan):
            trace = f"{ODFI}{first_trace + n:07d}"
            value = Decimal("0.00") if is_prenote else Decimal(amount)
            payment_id = None
            if not is_prenote:
                payment = Payment(client_token=uuid.uuid4().hex, receipt_number=f"D{run.id}-{n + 1:06d}",
                                  station_id=station_id, cashier_id=supervisor.user_id,
                                  channel=PaymentChannel.DRAFT.value, business_date=draft_date, total=value,
                                  tendered=value, change=Decimal("0.00"))
                payment.tenders = [Tender(kind=TenderKind.BANK_DRAFT.value, amount=value, routing_number=ROUTING,
                                          bank_account_last4=bank[-4:])]
                payment.allocations = [Allocation(account_id=account_id, amount=value,
                                                  balance_before=Decimal("150.00"))]
                s.add(payment)
                s.flush()
                payment_id = payment.id
                # as a run does: every payment has its audit event (audit verify checks it)
                record_event(s, supervisor, "payment.post", "payment", payment.id,
                             after={"channel": "draft", "total": value})
            entry = DraftEntry(run_id=run.id, enrollment_id=enrollment_id, account_id=account_id,
                               kind=EntryKind.PRENOTE.value if is_prenote else EntryKind.DEBIT.value,
                               transaction_code="28" if is_prenote else "27", bill_id=None,
                               payment_id=payment_id, amount=value, trace_number=trace)
            s.add(entry)
            s.flush()
            made.append(MadeEntry(entry.id, enrollment_id, account_id, number, payment_id, trace, value, bank,
                                  entry.kind))
        run.entry_count = count
        run.prenote_count = prenotes
        run.total = Decimal(amount) * count
        return run.id, made
