"""Sends the station's waiting receipts to its printer, one run at a time, in the background.

The print queue lives in the database (print_waiting marks a job printed only once the printer
took it), so a receipt that could not print stays waiting and goes out with the next run.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cashier_app.receipts.file_printer import FilePrinter
from cashier_app.services.printing import print_waiting, waiting_count
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner


class ReceiptPrinting(QObject):
    printed = Signal(object)  # the PrintResult of a run
    failed = Signal(str)  # the run itself failed (database); the message is fit to show
    waiting_known = Signal(int)  # receipts waiting, as counted at start

    def __init__(self, context: CounterContext, printer: FilePrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.printer = printer
        # One thread: two runs at once could both send the same waiting receipt.
        self.jobs = JobRunner(self, max_threads=1)

    def status(self) -> str:
        """"online" or "offline", as the printer itself says."""
        return self.printer.status()

    def print_waiting(self) -> None:
        ctx = self._context
        self.jobs.run(print_waiting, ctx.db, ctx.station.station, self.printer,
                      on_done=self.printed.emit, on_error=lambda exc: self.failed.emit(error_message(exc)))

    def count_waiting(self) -> None:
        ctx = self._context
        self.jobs.run(waiting_count, ctx.db, ctx.station.station, on_done=self.waiting_known.emit,
                      on_error=lambda exc: self.failed.emit(error_message(exc)))

    def wait_for_done(self, msecs: int = -1) -> bool:
        return self.jobs.wait_for_done(msecs)

