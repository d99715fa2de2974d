"""The print queue worker: send a station's waiting receipts to its printer and mark each one.

- A job is claimed (waiting -> sending) in its own transaction before a byte goes out, so two
  workers never send the same job; it is marked printed only once the printer took it.
- Nothing is sent while the printer says it cannot print (paper out, cover open, offline, profile
  wrong): the jobs stay waiting and go out on a later run, once that is fixed.
- A printer that cannot be reached is tried again with back-off; then the jobs are marked failed
  and wait for the cashier's Retry (services/print_queue.py).
- A printer that stops in the middle of a receipt holds the rest of it: the job is marked held,
  never sent again by the worker, and counted printed once the printer reports ready again.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, func, literal, or_, select, update

from cashier_app.db import Database
from cashier_app.services.access import station_task
from cashier_app.models import PrintDocument, PrintJob, PrintState, Station, utcnow
from cashier_app.receipts.printer_status import (
    Delivery, PrinterFault, PrinterNotReady, PrinterState, PrinterUnreachable,
)
from cashier_app.receipts.station_printer import ReceiptPrinter
from cashier_app.services import print_claims
from cashier_app.services.driver_statements import DriverQuery
from cashier_app.services.receipts import build_printout

NOT_PRINTED = (PrintState.WAITING.value, PrintState.SENDING.value, PrintState.HELD.value, PrintState.FAILED.value)
STALE_SENDING = dt.timedelta(minutes=2)  # a worker that has not finished by then has died


@dataclass(frozen=True)
class RetryPolicy:
    """How often, and how patiently, an unreachable printer is tried within one run."""

    attempts: int = 3
    first_delay: float = 0.25  # seconds before the second attempt; doubled each time
    factor: float = 2.0

    def delays(self) -> list[float]:
        return [self.first_delay * self.factor ** i for i in range(self.attempts - 1)]


DEFAULT_RETRY = RetryPolicy()


@dataclass(frozen=True)
class PrintResult:
    printed: int  # printed in this run
    failed: int  # marked failed in this run
    waiting: int  # receipts of the station not printed yet (waiting, held or failed), after the run
    last_error: str = ""  # why the last one did not print, for the cashier
    held: int = 0  # the printer stopped in them; it prints them when the fault is cleared
    printer_state: str = ""  # the PrinterState this run saw ("" when it did not ask)
    drawer_error: str = ""  # the cash drawer could not be opened, and why
    notice: str = ""  # printed, but worth saying (paper running low)


@dataclass(frozen=True)
class QueueCounts:
    waiting: int = 0
    held: int = 0
    failed: int = 0

    @property
    def not_printed(self) -> int:
        return self.waiting + self.held + self.failed


@station_task("the status bar counts waiting receipts")
def queue_counts(db: Database, station_name: str) -> QueueCounts:
    """How many of the station's receipts wait, are held by the printer, or failed."""
    with db.read() as s:
        rows = s.execute(select(PrintJob.state, func.count(PrintJob.id))
                         .join(Station, Station.id == PrintJob.station_id)
                         .where(Station.name == station_name, PrintJob.state.in_(NOT_PRINTED))
                         .group_by(PrintJob.state)).all()
    n = dict(rows)
    return QueueCounts(n.get("waiting", 0) + n.get("sending", 0), n.get("held", 0), n.get("failed", 0))


@station_task("the status bar counts waiting receipts")
def waiting_count(db: Database, station_name: str) -> int:
    """Receipts of the station not printed yet (waiting, held by the printer, or failed)."""
    return queue_counts(db, station_name).not_printed


@station_task("the station's print worker sends receipts already queued by a service")
def print_waiting(db: Database, station_name: str, printer: ReceiptPrinter, *, retry: RetryPolicy = DEFAULT_RETRY,
                  sleep: Callable[[float], None] = time.sleep) -> PrintResult:
    """Send every waiting job of the station to ``printer`` in order; never sends a job twice."""
    try:
        return _send_waiting(db, station_name, printer, retry, sleep)
    finally:
        if hasattr(printer, "drop_early"):
            printer.drop_early()  # opened early, and nothing sent on it


def _send_waiting(db: Database, station_name: str, printer: ReceiptPrinter, retry: RetryPolicy,
                  sleep: Callable[[float], None]) -> PrintResult:
    built = {}  # the receipts claimed here at posting, built in the same read as the queue
    with db.read() as s:  # the station and its queue in one query (a run starts after every post)
        station_id, jobs, unsettled = _queue(s, station_name, db)
        if jobs and not unsettled and hasattr(printer, "connect_early"):
            printer.connect_early()  # meanwhile: the receipt read and rendered (EscposPrinter.connect_early)
        for job_id, payment_id, mark, _, document, enrollment_id, claimed in jobs:
            if claimed:
                try:
                    built[job_id] = build_printout(s, payment_id, mark, document, enrollment_id, station_name)
                except LookupError:
                    pass  # built again below, and marked failed there
    if station_id is None:
        return PrintResult(0, 0, 0)
    state, confirmed = "", 0
    if unsettled:  # a dead worker's job, or jobs the printer held: settle them, then read the queue again
        state, confirmed = _settle(db, station_id, printer)
        with db.read() as s:
            waiting = [(*row, False) for row in s.execute(_WAITING_JOBS, {"station": station_id})]
        jobs = sorted(waiting + [job for job in jobs if job[6]])  # with the ones claimed here, in order
    printed, failed, held, error, notice, drawer_error = confirmed, 0, 0, "", "", ""
    for index, (job_id, payment_id, mark, open_drawer, document, enrollment_id, claimed) in enumerate(jobs):
        build = lambda s: build_printout(s, payment_id, mark, document, enrollment_id, station_name)  # noqa: E731
        try:
            if job_id in built:
                printout = built.pop(job_id)
            else:
                printout = _build_claimed(db, job_id, build) if claimed else _claim(db, job_id, build)
        except LookupError as exc:  # a job without its payment: nothing to print, say so (marked failed)
            failed, error = failed + 1, str(exc)
            continue
        if printout is None:
            continue  # another worker has it
        out = printer.render(printout, open_drawer=open_drawer)
        try:
            delivery = _deliver(printer, out, retry, sleep)
        except PrinterNotReady as exc:
            _mark(db, job_id, PrintState.WAITING, count=False, error=exc.status.message)
            _release(db, jobs[index + 1:])
            state, error = exc.status.state, exc.status.message
            drawer_error = _drawer_note(jobs[index:], f"{error} It opens when the receipt prints.")
            break
        except Exception as exc:  # PrinterFault, or anything unforeseen: the job must not stay "sending"
            state = PrinterState.UNREACHABLE if isinstance(exc, PrinterUnreachable) else PrinterState.OFFLINE
            error = str(exc) if isinstance(exc, PrinterFault) else f"Printing failed: {exc!r}"
            _mark(db, job_id, PrintState.FAILED, error=error)
            failed += 1 + _fail_unsent(db, jobs[index + 1:], error)
            drawer_error = _drawer_note(jobs[index:], f"{error} Press Retry when the printer is back.")
            break
        if delivery.printed:
            _mark(db, job_id, PrintState.PRINTED, where=delivery.where)
            printed += 1
            state = PrinterState.PAPER_LOW if delivery.message.startswith("Printer paper") else PrinterState.ONLINE
            notice = delivery.message or notice
        else:
            _mark(db, job_id, PrintState.HELD, error=delivery.message, where=delivery.where)
            _release(db, jobs[index + 1:])
            held, error = held + 1, delivery.message
            state = PrinterState.OFFLINE
            break  # the printer has stopped: the rest wait behind the held one
    counts = queue_counts(db, station_name)
    return PrintResult(printed, failed, counts.not_printed, error, counts.held, str(state or ""), drawer_error,
                       notice)


@station_task("the station's print worker gives back, as it closes, the receipts claimed at posting")
def release_claims(db: Database) -> int:
    """The window closes: receipts it claimed at posting and has not sent wait again (``waiting``),
    so the next start prints them instead of failing them as "may have printed". Returns how many."""
    pending = print_claims.pending(db.engine)
    taken = print_claims.take(db.engine, pending.items())
    released = 0
    with db.write() as s:
        for payment_id in sorted(taken):
            released += s.execute(update(PrintJob).where(
                PrintJob.payment_id == payment_id, PrintJob.mark == "",
                PrintJob.document == PrintDocument.RECEIPT.value, PrintJob.state == PrintState.SENDING.value,
                PrintJob.sent_at == pending[payment_id]).values(state=PrintState.WAITING.value)).rowcount
    return released


def _deliver(printer: ReceiptPrinter, out, retry: RetryPolicy, sleep) -> Delivery:  # noqa: ANN001
    """Hand ``out`` to the printer, trying again with back-off while it cannot be reached."""
    for delay in retry.delays():
        try:
            return printer.deliver(out)
        except PrinterUnreachable:
            sleep(delay)
    return printer.deliver(out)


_JOB_COLUMNS = (PrintJob.id, PrintJob.payment_id, PrintJob.mark, PrintJob.open_drawer, PrintJob.document,
                PrintJob.enrollment_id)
_WAITING_JOBS = (select(*_JOB_COLUMNS)
                 .where(PrintJob.station_id == bindparam("station"), PrintJob.state == PrintState.WAITING.value)
                 .order_by(PrintJob.id))
# The station, and its jobs waiting, sending or held (none: one row of NULLs after the station's id).
# On the driver's cursor (services/driver_statements.py): a print run starts after every post.
_QUEUE = DriverQuery(
    select(Station.id, *_JOB_COLUMNS, PrintJob.state, PrintJob.sent_at < bindparam("stale"), PrintJob.sent_at)
    .select_from(Station)
    .outerjoin(PrintJob, and_(PrintJob.station_id == Station.id,
                              PrintJob.state.in_([literal(state.value) for state in
                                                  (PrintState.WAITING, PrintState.SENDING, PrintState.HELD)])))
    .where(Station.name == bindparam("name")).order_by(PrintJob.id))


def _queue(s, station_name: str, db: Database) -> tuple[int | None, list, bool]:  # noqa: ANN001 - a Session
    """(station id, the jobs this run sends in order: waiting ones and the ones claimed here at
    posting, each with a last field saying which; whether some job needs settling: held by the
    printer, or left sending by a worker that died)."""
    rows = _QUEUE.rows(s, {"name": station_name, "stale": utcnow() - STALE_SENDING})
    if not rows:
        return None, [], False
    # An original receipt claimed in its post's transaction by this process (services/print_claims.py);
    # one gone stale is left for settling with the rest.
    originals = [r for r in rows if r[7] == PrintState.SENDING.value and r[3] == ""
                 and r[5] == PrintDocument.RECEIPT.value and r[2] is not None]
    mine = print_claims.take(db.engine, [(r[2], r[9]) for r in originals]) if originals else set()
    mine = {r[1] for r in originals if r[2] in mine and not r[8]}  # their jobs' ids
    jobs = [(*r[1:7], r[1] in mine) for r in rows if r[7] == PrintState.WAITING.value or r[1] in mine]
    unsettled = any(r[7] == PrintState.HELD.value or (r[7] == PrintState.SENDING.value and r[8]) for r in rows)
    return rows[0][0], jobs, unsettled


def _claim(db: Database, job_id: int, build: Callable):  # noqa: ANN202 - what build returns, or None
    """Claim the job (waiting -> sending) and build what it prints, in one transaction committed
    before a byte goes out; None when another worker has it. A job with nothing to print is marked
    failed in the same transaction (the LookupError is raised again)."""
    with db.write() as s:
        taken = s.execute(update(PrintJob)
                          .where(PrintJob.id == job_id, PrintJob.state == PrintState.WAITING.value)
                          .values(state=PrintState.SENDING.value, sent_at=utcnow())).rowcount
        if taken != 1:
            return None
        try:
            return build(s)
        except LookupError as exc:
            failure = exc
            s.execute(update(PrintJob).where(PrintJob.id == job_id)
                      .values(state=PrintState.FAILED.value, last_error=str(exc), attempts=PrintJob.attempts + 1))
    raise failure


def _build_claimed(db: Database, job_id: int, build: Callable):  # noqa: ANN202 - what build returns
    """What a job claimed at posting prints: read only, its claim is on disk with the post. A job
    with nothing to print is marked failed (the LookupError is raised again)."""
    try:
        with db.read() as s:
            return build(s)
    except LookupError as exc:
        with db.write() as s:
            s.execute(update(PrintJob).where(PrintJob.id == job_id)
                      .values(state=PrintState.FAILED.value, last_error=str(exc), attempts=PrintJob.attempts + 1))
        raise


def _release(db: Database, jobs: list) -> None:
    """The run stopped (printer not ready, or holding a receipt): jobs it claimed at posting and did
    not reach wait again, like the waiting ones behind them."""
    ids = [job[0] for job in jobs if job[6]]
    if ids:
        with db.write() as s:
            s.execute(update(PrintJob).where(PrintJob.id.in_(ids), PrintJob.state == PrintState.SENDING.value)
                      .values(state=PrintState.WAITING.value))


def _mark(db: Database, job_id: int, state: PrintState, *, error: str = "", where: str = "", count: bool = True) -> None:
    values = {"state": state.value, "last_error": error}
    if count:
        values["attempts"] = PrintJob.attempts + 1
    if where:
        values["printed_to"] = where
    if state is PrintState.PRINTED:
        values["printed_at"] = utcnow()
    with db.write() as s:  # one statement (no read of the job first)
        s.execute(update(PrintJob).where(PrintJob.id == job_id).values(**values))


def _fail_unsent(db: Database, jobs: list, error: str) -> int:
    """The printer cannot be reached: the jobs behind the one tried fail with it (not sent): the
    waiting ones, and the ones this run claimed at posting."""
    waiting, claimed = [j[0] for j in jobs if not j[6]], [j[0] for j in jobs if j[6]]
    if not jobs:
        return 0
    with db.write() as s:
        return s.execute(update(PrintJob)
                         .where(or_(and_(PrintJob.id.in_(waiting), PrintJob.state == PrintState.WAITING.value),
                                    and_(PrintJob.id.in_(claimed), PrintJob.state == PrintState.SENDING.value)))
                         .values(state=PrintState.FAILED.value, last_error=error)).rowcount


def _settle(db: Database, station_id: int, printer: ReceiptPrinter) -> tuple[str, int]:
    """Jobs a dead worker left sending fail (they may have printed: the cashier decides); jobs the
    printer held count as printed once it is ready again. Returns (state seen, jobs confirmed)."""
    stale = utcnow() - STALE_SENDING
    with db.write() as s:
        s.execute(update(PrintJob)
                  .where(PrintJob.station_id == station_id, PrintJob.state == PrintState.SENDING.value,
                         PrintJob.sent_at < stale)
                  .values(state=PrintState.FAILED.value,
                          last_error="The app stopped while sending this receipt; it may have printed. "
                                     "Check the printer before you press Retry."))
        held = s.scalars(select(PrintJob.id).where(PrintJob.station_id == station_id,
                                                   PrintJob.state == PrintState.HELD.value)).all()
    if not held:
        return "", 0
    status = printer.check()
    if not status.can_print:
        return status.state, 0
    with db.write() as s:
        done = s.execute(update(PrintJob)
                         .where(PrintJob.id.in_(held), PrintJob.state == PrintState.HELD.value)
                         .values(state=PrintState.PRINTED.value, printed_at=utcnow(), last_error="")).rowcount
    return status.state, done


def _drawer_note(jobs: list, reason: str) -> str:  # noqa: ANN001 - rows of (id, payment, mark, drawer)
    """The cashier's warning when a cash receipt (and so its drawer kick) did not go out."""
    return f"Cash drawer not opened. {reason}" if any(j[3] for j in jobs) else ""
