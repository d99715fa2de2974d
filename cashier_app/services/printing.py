"""The print queue worker's side: send waiting receipts of a station and mark them.

A job is marked printed only after the printer took it, so a fault leaves it waiting.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from cashier_app.db import Database
from cashier_app.models import PrintJob, PrintState, Station, utcnow
from cashier_app.receipts.file_printer import PrinterFault
from cashier_app.services.receipts import build_receipt


@dataclass(frozen=True)
class PrintResult:
    printed: int
    failed: int
    waiting: int
    last_error: str = ""


def waiting_count(db: Database, station_name: str) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(PrintJob.id)).join(Station, Station.id == PrintJob.station_id)
                        .where(Station.name == station_name, PrintJob.state == PrintState.WAITING.value)) or 0


def print_waiting(db: Database, station_name: str, printer) -> PrintResult:  # noqa: ANN001 - a printer
    """Send every waiting job of the station to ``printer`` in order."""
    printed = failed = 0
    error = ""
    with db.read() as s:
        jobs = s.execute(select(PrintJob.id, PrintJob.payment_id, PrintJob.mark, PrintJob.open_drawer)
                         .join(Station, Station.id == PrintJob.station_id)
                         .where(Station.name == station_name, PrintJob.state == PrintState.WAITING.value)
                         .order_by(PrintJob.id)).all()
    for job_id, payment_id, mark, open_drawer in jobs:
        with db.read() as s:
            receipt = build_receipt(s, payment_id, mark)
        try:
            printer.print_receipt(receipt, open_drawer=open_drawer)
        except PrinterFault as exc:
            failed += 1
            error = str(exc)
            with db.write() as s:
                job = s.get(PrintJob, job_id)
                job.attempts += 1
                job.last_error = error
            break  # keep the order: later jobs wait behind this one
        with db.write() as s:
            job = s.get(PrintJob, job_id)
            job.attempts += 1
            job.state, job.printed_at, job.last_error = PrintState.PRINTED.value, utcnow(), ""
        printed += 1
    return PrintResult(printed, failed, waiting_count(db, station_name), error)
