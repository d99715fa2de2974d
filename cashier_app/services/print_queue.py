"""What the cashier can do with the print queue: see it, retry, reprint, print to PDF instead,
or move the station's unprinted receipts to another station's printer.

A reprint is always a new job marked REPRINT (and audited): the worker never prints a job twice.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, update

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Payment, PrintDocument, PrintJob, PrintState, Role, Station, utcnow
from cashier_app.receipts.file_printer import PdfPrinter
from cashier_app.receipts.receipt import ReceiptMark
from cashier_app.receipts.station_printer import ReceiptPrinter, default_pdf_folder
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event
from cashier_app.services.printing import NOT_PRINTED, PrintResult, print_waiting
from cashier_app.services.receipts import build_printout
from cashier_app.services.stations import station_by_name


class PrintQueueError(ValueError):
    """A print-queue action that cannot be done; the message is for the cashier."""


@dataclass(frozen=True)
class PrintJobView:
    job_id: int
    receipt_number: str
    mark: str
    state: str  # a PrintState value
    attempts: int
    last_error: str
    created_at: dt.datetime
    printed_at: dt.datetime | None
    printed_to: str
    total: Decimal
    opens_drawer: bool


@requires(Role.CASHIER, Role.SUPERVISOR)
def list_print_jobs(db: Database, actor: Actor, station_name: str, *, include_printed: bool = False,
                    limit: int = 50) -> list[PrintJobView]:
    """The station's receipts not printed yet, oldest first (with the last printed ones if asked)."""
    query = (select(PrintJob, Payment.receipt_number, Payment.total)
             .join(Station, Station.id == PrintJob.station_id).outerjoin(Payment, Payment.id == PrintJob.payment_id)
             .where(Station.name == station_name))
    if include_printed:
        query = query.order_by(PrintJob.id.desc()).limit(limit)
    else:
        query = query.where(PrintJob.state.in_(NOT_PRINTED)).order_by(PrintJob.id).limit(limit)
    with db.read() as s:
        rows = s.execute(query).all()
    return [PrintJobView(j.id, number or _document_name(j), j.mark, j.state, j.attempts, j.last_error, j.created_at,
                         j.printed_at, j.printed_to, total if total is not None else Decimal("0.00"), j.open_drawer)
            for j, number, total in rows]


def _document_name(job: PrintJob) -> str:
    """What the queue calls a job that prints no payment's receipt."""
    if job.document == PrintDocument.DRAFT_CONFIRMATION and job.enrollment_id is not None:
        from cashier_app.services.drafts.confirmation import reference

        return f"Bank draft {reference(job.enrollment_id)}"
    return f"Job {job.id}"


@requires(Role.CASHIER, Role.SUPERVISOR)
def retry_jobs(db: Database, actor: Actor, station_name: str, job_ids: Sequence[int] | None = None) -> int:
    """Put the station's failed receipts (or the ones named) back in the queue; returns how many."""
    with db.write() as s:
        station = station_by_name(s, station_name)
        query = (update(PrintJob).where(PrintJob.station_id == station.id, PrintJob.state == PrintState.FAILED.value)
                 .values(state=PrintState.WAITING.value, last_error=""))
        if job_ids is not None:
            query = query.where(PrintJob.id.in_(list(job_ids)))
        return s.execute(query).rowcount


@requires(Role.CASHIER, Role.SUPERVISOR)
def retry_printing(db: Database, actor: Actor, station_name: str, printer: ReceiptPrinter) -> PrintResult:
    """The Retry button: failed receipts back in the queue, then one run of the worker."""
    retry_jobs(db, actor, station_name)
    return print_waiting(db, station_name, printer)


@requires(Role.CASHIER, Role.SUPERVISOR)
def reprint_receipt(db: Database, actor: Actor, receipt_number: str) -> int:
    """Queue a copy of a receipt for the actor's station, marked REPRINT (VOID if it was voided);
    it never opens the drawer. Audited. Returns the new job's id."""
    with db.write() as s:
        payment = s.scalar(select(Payment).where(Payment.receipt_number == receipt_number.strip().upper()))
        if payment is None:
            raise PrintQueueError(_t("No receipt {0}.").format(receipt_number))
        station = station_by_name(s, actor.station)
        mark = ReceiptMark.VOID if payment.void is not None else ReceiptMark.REPRINT
        job = PrintJob(station_id=station.id, payment_id=payment.id, mark=mark.value, open_drawer=False)
        s.add(job)
        s.flush()
        record_event(s, actor, "receipt.reprint", "payment", payment.id,
                     after={"receipt": payment.receipt_number, "mark": mark.value, "job": job.id})
        return job.id


@requires(Role.CASHIER, Role.SUPERVISOR)
def print_job_to_pdf(db: Database, actor: Actor, job_id: int, folder: Path | None = None,
                     page: str = "letter") -> Path:
    """Print a receipt that has not printed as a PDF file instead (no drawer); returns the file.
    The job is then printed (to that file) and the worker will not send it."""
    with db.write() as s:
        job = s.get(PrintJob, job_id)
        if job is None:
            raise PrintQueueError(_t("No print job {0}.").format(job_id))
        claimable = (PrintState.WAITING.value, PrintState.FAILED.value, PrintState.HELD.value)
        taken = s.execute(update(PrintJob).where(PrintJob.id == job_id, PrintJob.state.in_(claimable))
                          .values(state=PrintState.SENDING.value, sent_at=utcnow())).rowcount
        if not taken:
            raise PrintQueueError(_t("That receipt is printed or being printed; use Reprint for a copy."))
        receipt = build_printout(s, job.payment_id, job.mark, job.document, job.enrollment_id, actor.station)
    printer = PdfPrinter(folder or default_pdf_folder(), page=page)
    try:
        path = Path(printer.deliver(printer.render(receipt)).where)
    except Exception as exc:
        with db.write() as s:
            job = s.get(PrintJob, job_id)
            job.state, job.last_error = PrintState.FAILED.value, str(exc)
        raise
    with db.write() as s:
        job = s.get(PrintJob, job_id)
        job.state, job.printed_at, job.printed_to, job.last_error = PrintState.PRINTED.value, utcnow(), str(path), ""
        job.attempts += 1
        record_event(s, actor, "receipt.pdf", "payment", job.payment_id,
                     after={"receipt": receipt.receipt_number, "file": str(path), "job": job_id})
    return path


@requires(Role.CASHIER, Role.SUPERVISOR)
def stations_to_move_to(db: Database, actor: Actor, station_name: str) -> list[str]:
    """The other active stations, by name: where this station's receipts can be moved."""
    with db.read() as s:
        return list(s.scalars(select(Station.name).where(Station.active, Station.name != station_name)
                              .order_by(Station.name)))


@requires(Role.CASHIER, Role.SUPERVISOR)
def move_waiting_jobs(db: Database, actor: Actor, from_station: str, to_station: str) -> int:
    """Hand the station's unprinted receipts (waiting or failed) to another station's printer.
    They will not open that station's drawer. Audited; returns how many moved."""
    if from_station == to_station:
        raise PrintQueueError(_t("Choose another station's printer."))
    with db.write() as s:
        source, target = station_by_name(s, from_station), station_by_name(s, to_station)
        movable = (PrintState.WAITING.value, PrintState.FAILED.value)
        rows = s.execute(select(PrintJob.id, Payment.receipt_number).outerjoin(Payment, Payment.id == PrintJob.payment_id)
                         .where(PrintJob.station_id == source.id, PrintJob.state.in_(movable))).all()
        if not rows:
            return 0
        s.execute(update(PrintJob).where(PrintJob.id.in_([r[0] for r in rows]), PrintJob.state.in_(movable))
                  .values(station_id=target.id, state=PrintState.WAITING.value, open_drawer=False, last_error=""))
        record_event(s, actor, "print_queue.move", "station", source.id,
                     after={"to": target.name, "receipts": [r[1] for r in rows]})
        return len(rows)
