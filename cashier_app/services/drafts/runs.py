"""Making a draft run: the NACHA file of the bills whose draft date is D, and a bank-draft payment
per debit, in one transaction.

The run (a supervisor) is refused for an empty or past draft date, inside the bank's lead time
(``drafts.lead_banking_days``), while an origin setting is blank, or when today's business date is
closed. Then, under one lock: pending enrollments whose prenote settled become active; every bill
of an active enrollment with that draft date and no live entry is drafted for what is still due
(``draft_rules.amount_to_draft`` of the locked balance; nothing when nothing is due); every pending
enrollment without a prenote gets one. The file is built (``ach/nacha.py``) with trace numbers that
continue after the highest used, and written under a temporary name and renamed before the
transaction commits; a failed commit removes it. Each debit is recorded as a payment of channel
``draft`` with one ``bank_draft`` tender, no drawer and no print job, its receipt number in the
run's own series (``D<run>-000001``), so balances drop as the file is made.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.ach import nacha
from cashier_app.ach.banking_days import effective_entry_date, lead_time_refusal
from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import (
    Allocation, Bill, DraftEntry, DraftRun, EntryKind, Payment, PaymentChannel, Role, Tender, TenderKind,
)
from cashier_app.money import ZERO
from cashier_app.services import business_day
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event, record_events
from cashier_app.services.bulk_rows import insert_rows
from cashier_app.services.drafts.draft_key import decrypt_text, draft_cipher
from cashier_app.services.drafts.origin import draft_origin
from cashier_app.services.drafts.run_selection import Due, Skipped, activate_settled, debits_due, prenotes_due
from cashier_app.services.refusal import Refused
from cashier_app.services.settings import read_settings
from cashier_app.services.stations import station_by_name

RUN_ACTION = "drafts.run"
_RUN_LOCK = 8446868  # PostgreSQL advisory lock: one run at a time (SQLite writers hold the write lock)


class DraftRunRefused(Refused):
    """A run that cannot be made, voided or marked sent; nothing was changed or written."""


@dataclass(frozen=True)
class RunWarning:
    account_number: str
    bill_date: dt.date
    message: str


@dataclass(frozen=True)
class RunResult:
    run_id: int
    draft_date: dt.date
    effective_date: dt.date
    file_id_modifier: str
    path: Path
    debits: int
    prenotes: int
    total: Decimal
    activated: int  # pending enrollments made active by this run (their prenote settled)
    warnings: tuple[RunWarning, ...]  # bills whose draft date is too soon after the bill date
    skipped: tuple[Skipped, ...]  # bills of that draft date with nothing due


def short_notice_message(bill_date: dt.date, draft_date: dt.date, days: int) -> str:
    gap = (draft_date - bill_date).days
    return _t("the bill of {0} is drafted {1} days after its bill date (less than {2}: the customer may not "
              "have had the bill in time)").format(bill_date.isoformat(), gap, days)


def check_target(out: Path | str) -> Path:
    out = Path(out)
    if not str(out).strip() or out.name == "":
        raise DraftRunRefused(_t("Choose where to save the draft file."), "out")
    if out.exists():
        raise DraftRunRefused(_t("{0} already exists; a draft file is never overwritten: choose another name.").format(
                                  out),
                              "out")
    if not out.parent.is_dir():
        raise DraftRunRefused(_t("The folder {0} does not exist.").format(out.parent), "out")
    return out


def _check_date(draft_date: dt.date | None, today: dt.date, lead_days: int) -> None:
    if draft_date is None:
        raise DraftRunRefused(_t("Enter the draft date of the bills to draft."), "date")
    if draft_date < today:
        raise DraftRunRefused(_t("The draft date {0} has passed; a run is made before the draft date.").format(
                                  draft_date.isoformat()), "date")
    if (why := lead_time_refusal(today, draft_date, lead_days)) is not None:
        raise DraftRunRefused(_t("{0}.").format(why[0].upper() + why[1:]), "date")  # a sentence of its own


def lock_runs(s: Session) -> None:
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _RUN_LOCK})


def _first_trace_sequence(s: Session, odfi8: str) -> int:
    """One past the highest trace sequence used with this ODFI, plus one left for the offset credit
    a balanced file may have put after its entries (it is not an entry of its own)."""
    last = s.scalar(select(func.max(DraftEntry.trace_number)).where(DraftEntry.trace_number.like(f"{odfi8}%")))
    return 1 if last is None else int(last[8:]) + 2


def _files_today(s: Session, today: dt.date) -> int:
    start, end = city_time.day_bounds(today)
    return s.scalar(select(func.count(DraftRun.id)).where(DraftRun.created_at >= start,
                                                          DraftRun.created_at < end)) or 0


def _file_entries(entries: list[Due]) -> list[nacha.DraftEntry]:
    """The file's drafts; account numbers decrypted here (DraftKeyError for a wrong key)."""
    cipher = draft_cipher()
    return [nacha.DraftEntry(e.enrollment.routing_number, decrypt_text(cipher, e.enrollment.bank_account_encrypted),
                             e.enrollment.bank_account_type, e.amount, e.account_number, e.name,
                             prenote=e.bill_id is None)
            for e in entries]


@requires(Role.SUPERVISOR)
def make_run(db: Database, actor: Actor, draft_date: dt.date | None, out: Path | str) -> RunResult:
    """Make the run of ``draft_date`` and write its file to ``out`` (see the module doc).

    Raises DraftRunRefused (fields "date", "out", "file"), OriginRefused (the setting's key),
    DraftKeyError; in every case nothing is recorded and no file is left."""
    today = business_day.today()
    if draft_date is not None and draft_date < today:
        _check_date(draft_date, today, 0)
    target = check_target(out)
    written: Path | None = None
    try:
        with db.write() as s:
            lock_runs(s)
            settings = read_settings(s, "drafts.lead_banking_days", "drafts.prenote_banking_days",
                                     "drafts.short_notice_days")
            _check_date(draft_date, today, settings["drafts.lead_banking_days"])
            origin = draft_origin(s)
            business_day.hold_open(s, today)
            if business_day.is_closed(s, today):
                raise DraftRunRefused(_t("{0} is closed: its payments are counted; make the run on the next "
                                         "business day.").format(business_day.long_date(today)), "date")
            station = station_by_name(s, actor.station)
            activated = activate_settled(s, today, settings["drafts.prenote_banking_days"])
            debits, skipped = debits_due(s, draft_date, settings["drafts.short_notice_days"])
            entries = debits + prenotes_due(s)
            if not entries:
                drafted = s.scalar(select(func.count(DraftEntry.id)).join(Bill, Bill.id == DraftEntry.bill_id)
                                   .where(Bill.draft_date == draft_date, DraftEntry.voided.is_(False))) or 0
                if skipped:
                    refused = _t("No draft file for {0}: nothing is due on the {1} bills with that draft date.")
                elif drafted:
                    refused = _t("No draft file for {0}: its {2} bills are already in a run (void that run to draft "
                                 "them again).")
                else:
                    refused = _t("No draft file for {0}: no bill of an enrolled account has that draft date, and no "
                                 "prenote is waiting.")
                raise DraftRunRefused(refused.format(draft_date.isoformat(), len(skipped), drafted), "date")
            effective = effective_entry_date(draft_date)
            modifier = nacha.file_id_modifier(_files_today(s, today))
            made_at = city_time.now()  # the City's clock: the file's date, the run's and its payments' moment
            try:
                draft = nacha.build_draft_file(origin, _file_entries(entries), created_at=made_at,
                                               file_id_modifier=modifier, effective_date=effective,
                                               first_trace_sequence=_first_trace_sequence(s, origin.odfi_routing[:8]))
            except nacha.NachaError as exc:
                raise DraftRunRefused(_t("The draft file cannot be made: {0}").format(exc), "file") from None
            total = sum((e.amount for e in debits), ZERO)
            run = DraftRun(draft_date=draft_date, effective_date=effective, file_id_modifier=modifier,
                           created_by_id=actor.user_id, created_at=made_at.astimezone(dt.timezone.utc), file_name=str(target)[:200], entry_count=len(debits),
                           prenote_count=len(entries) - len(debits), total=total)
            s.add(run)
            s.flush()
            payment_ids = _record_payments(s, actor, run.id, station.id, today, made_at.astimezone(dt.timezone.utc),
                                           debits, draft.trace_numbers)
            insert_rows(s, DraftEntry.__table__, _ENTRY_COLUMNS, [
                (run.id, e.enrollment.id, e.account_id,
                 EntryKind.PRENOTE.value if e.bill_id is None else EntryKind.DEBIT.value,
                 _code(e), e.bill_id, payment_id, e.amount, trace, False)
                for e, trace, payment_id in zip(entries, draft.trace_numbers,
                                                payment_ids + [None] * (len(entries) - len(debits)))])
            days = settings["drafts.short_notice_days"]
            warnings = tuple(RunWarning(e.account_number, e.bill_date, short_notice_message(e.bill_date, draft_date, days))
                             for e in debits if e.short_notice)
            written = nacha.write_draft_file(target, draft)
            record_event(s, actor, RUN_ACTION, "draft_run", run.id, after={
                "draft_date": draft_date, "effective_date": effective, "file_id_modifier": modifier,
                "file": target.name, "debits": len(debits), "prenotes": run.prenote_count, "total": total,
                "activated": [e.id for e in activated],
                "skipped": [{"account": k.account_number, "bill_date": k.bill_date, "amount": k.bill_amount,
                             "why": k.why, "balance": k.balance} for k in skipped],
            })
            if activated:
                record_events(s, actor, [("draft.enrollment.activate", "draft_enrollment", e.id, None,
                                           {"run": run.id, "activated_on": today}) for e in activated])
            record_events(s, actor, [  # flat and plain: 25,000 of them
                ("payment.post", "payment", pid, None, {"receipt": _receipt(run.id, n), "total": f"{e.amount:.2f}",
                                                        "account": e.account_number, "channel": "draft",
                                                        "draft_run": run.id})
                for n, (e, pid) in enumerate(zip(debits, payment_ids), start=1)])
            run_id = run.id
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    return RunResult(run_id, draft_date, effective, modifier, written, len(debits), len(entries) - len(debits),
                     total, len(activated), warnings, tuple(skipped))


def _code(e: Due) -> str:
    checking = e.enrollment.bank_account_type != nacha.SAVINGS
    if e.bill_id is None:
        return "28" if checking else "38"
    return "27" if checking else "37"


_PAYMENT_COLUMNS = ("client_token", "receipt_number", "station_id", "cashier_id", "channel", "business_date",
                    "posted_at", "total", "tendered", "change", "fee")
_ENTRY_COLUMNS = ("run_id", "enrollment_id", "account_id", "kind", "transaction_code", "bill_id", "payment_id",
                  "amount", "trace_number", "voided")


def _receipt(run_id: int, n: int) -> str:
    return f"D{run_id}-{n:06d}"


def _record_payments(s: Session, actor: Actor, run_id: int, station_id: int, today: dt.date, posted_at: dt.datetime,
                     debits: list[Due], traces: tuple[str, ...]) -> list[int]:
    """One bank-draft payment per debit (no drawer, no print job); their ids in order."""
    if not debits:
        return []
    receipts = [_receipt(run_id, n) for n in range(1, len(debits) + 1)]
    # One executemany through the driver, then the ids by receipt number (RETURNING goes row by row
    # on SQLite).
    insert_rows(s, Payment.__table__, _PAYMENT_COLUMNS, [
        (f"draft-{trace}", receipt, station_id, actor.user_id, PaymentChannel.DRAFT.value, today, posted_at,
         e.amount, e.amount, ZERO, ZERO)
        for receipt, e, trace in zip(receipts, debits, traces)])
    by_receipt = dict(s.execute(select(Payment.receipt_number, Payment.id)
                                .where(Payment.receipt_number.like(f"D{run_id}-%"))).all())
    ids = [by_receipt[r] for r in receipts]
    insert_rows(s, Allocation.__table__, ("payment_id", "account_id", "amount", "balance_before"),
                [(pid, e.account_id, e.amount, e.balance_before) for pid, e in zip(ids, debits)])
    insert_rows(s, Tender.__table__, ("payment_id", "kind", "amount", "routing_number", "bank_account_last4"),
                [(pid, TenderKind.BANK_DRAFT.value, e.amount, e.enrollment.routing_number,
                  e.enrollment.bank_account_last4) for pid, e in zip(ids, debits)])
    return ids
