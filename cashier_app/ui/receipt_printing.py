"""Sends the station's waiting receipts to its printer, one run at a time, in the background.

The print queue lives in the database (print_waiting marks a job printed only once the printer
took it), so a receipt that could not print stays waiting and goes out with the next run. A
reprint is a new job marked REPRINT (or VOID), queued by the print-queue service, then printed.

A run starts after each post, reprint and Retry, and from the window's regular printer check
(check_and_print): when the printer says it is ready and receipts wait (paper loaded again, cover
shut, a run that found it not ready), one run prints them. Failed receipts still wait for Retry.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from cashier_app.receipts.station_printer import ReceiptPrinter
from cashier_app.services.print_queue import reprint_receipt, retry_printing
from cashier_app.receipts.printer_status import PrinterStatus
from cashier_app.services.printing import (
    PrintResult, QueueCounts, print_waiting, queue_counts, release_claims, waiting_count,
)
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner

log = logging.getLogger(__name__)


class ReceiptPrinting(QObject):
    printed = Signal(object)  # the PrintResult of a run
    failed = Signal(str)  # the run itself failed (database); the message is fit to show
    waiting_known = Signal(int)  # receipts waiting, as counted at start
    state_known = Signal(object)  # the PrinterStatus the printer gave
    reprint_queued = Signal(str)  # receipt number

    def __init__(self, context: CounterContext, printer: ReceiptPrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.printer = printer
        # One thread: two runs at once could both send the same waiting receipt.
        self.jobs = JobRunner(self, max_threads=1)
        self._runs = 0  # print runs started and not answered yet: the printer check starts none meanwhile

    def status(self) -> str:
        """The printer's state as it last said ("online", "paper-out", "offline", ...)."""
        return self.printer.status()

    def print_waiting(self) -> None:
        ctx = self._context
        self._start_run(print_waiting, ctx.db, ctx.station.station, self.printer)

    def count_waiting(self) -> None:
        ctx = self._context
        self.jobs.run(waiting_count, ctx.db, ctx.station.station, on_done=self.waiting_known.emit,
                      on_error=lambda exc: self.failed.emit(error_message(exc)))

    def check_printer(self) -> None:
        """Ask the printer how it is (a network printer may take a moment: in the background)."""
        self.jobs.run(self.printer.check, on_done=self.state_known.emit)

    def check_and_print(self) -> None:
        """The regular check: ask the printer; when it is ready and receipts wait, one run prints them."""
        self.jobs.run(self.printer.check, on_done=self._on_checked)

    def reprint(self, receipt_number: str, on_error=None) -> None:  # noqa: ANN001 - a callback
        """Queue a copy of the receipt (marked REPRINT, or VOID once voided), then print it."""
        ctx = self._context
        self.jobs.run(reprint_receipt, ctx.db, ctx.actor, receipt_number,
                      on_done=lambda _job: self._on_reprint_queued(receipt_number),
                      on_error=on_error or (lambda exc: self.failed.emit(error_message(exc))))

    def retry(self) -> None:
        """Receipts that failed (printer unreachable) go back in the queue, and one run prints them."""
        ctx = self._context
        self._start_run(retry_printing, ctx.db, ctx.actor, ctx.station.station, self.printer)

    def wait_for_done(self, msecs: int = -1) -> bool:
        return self.jobs.wait_for_done(msecs)

    def release_claims(self) -> None:
        """As the window closes (runs done): a receipt claimed at posting whose run never started
        waits again for the next start (services/print_claims.py). A database that does not answer
        now leaves it as it is: it fails after two minutes as "may have printed", for the cashier."""
        try:
            release_claims(self._context.db)
        except Exception:  # noqa: BLE001 - closing: nothing to tell the cashier any more
            log.warning("receipts claimed at posting not given back", exc_info=True)

    def _start_run(self, fn, *args) -> None:  # noqa: ANN001 - a service call and its arguments
        self._runs += 1
        self.jobs.run(fn, *args, on_done=self._on_run_done, on_error=self._on_run_failed)

    def _on_run_done(self, result: PrintResult) -> None:
        self._runs -= 1
        self._on_printed(result)

    def _on_run_failed(self, exc: BaseException) -> None:
        self._runs -= 1
        self.failed.emit(error_message(exc))

    def _on_checked(self, status: PrinterStatus) -> None:
        self.state_known.emit(status)
        if status.can_print and not self._runs:
            ctx = self._context
            # A database that does not answer is the database watch's to report; the next check asks again.
            self.jobs.run(queue_counts, ctx.db, ctx.station.station, on_done=self._on_counted,
                          on_error=lambda _exc: None)

    def _on_counted(self, counts: QueueCounts) -> None:
        self.waiting_known.emit(counts.not_printed)
        # Waiting receipts go out; held ones are confirmed by the run (the printer finished them).
        if (counts.waiting or counts.held) and not self._runs:
            self.print_waiting()

    def _on_reprint_queued(self, receipt_number: str) -> None:
        self.reprint_queued.emit(receipt_number)
        self.print_waiting()

    def _on_printed(self, result: PrintResult) -> None:
        self.printed.emit(result)
        self.check_printer()

