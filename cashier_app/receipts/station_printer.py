"""The station's printer, from the profile its station config names.

A profile that cannot be used does not stop the app: the station gets an UnusablePrinter whose
status says what is wrong (file and field), and receipts wait in the print queue until it is fixed.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cashier_app import config
from cashier_app.receipts.escpos_printer import EscposPrinter
from cashier_app.receipts.file_printer import FilePrinter, PdfPrinter
from cashier_app.receipts.printer_status import (
    Delivery, PrinterNotReady, PrinterState, PrinterStatus, PrintOut, status_of,
)
from cashier_app.receipts.profiles import PrinterProfile, ProfileError, load_profile
from cashier_app.receipts.receipt import Receipt


class ReceiptPrinter(Protocol):
    """What the print queue worker needs from any printer. A printer with a connection worth opening
    ahead (EscposPrinter) also has ``connect_early()`` and ``drop_early()``: the print run opens it
    while it reads and renders the receipt; the others need not have them."""

    name: str

    def describe(self) -> str: ...
    def status(self) -> str: ...
    def check(self) -> PrinterStatus: ...
    def render(self, receipt: Receipt, *, open_drawer: bool = False) -> PrintOut: ...
    def deliver(self, out: PrintOut) -> Delivery: ...
    def kick_drawer(self, *, station: str = "", reason: str = "") -> None: ...  # station, reason: for a log


@dataclass
class UnusablePrinter:
    """Stands in for a printer whose profile is wrong: prints nothing, says why."""

    name: str
    problem: str

    def describe(self) -> str:
        return f"{self.name}: {self.problem}"

    def status(self) -> str:
        return PrinterState.NOT_CONFIGURED.value

    def check(self) -> PrinterStatus:
        return status_of(PrinterState.NOT_CONFIGURED, self.problem)

    def render(self, receipt: Receipt, *, open_drawer: bool = False) -> PrintOut:
        return PrintOut(receipt.file_stem, b"", opens_drawer=open_drawer)

    def deliver(self, out: PrintOut) -> Delivery:
        raise PrinterNotReady(self.check())

    def print_receipt(self, receipt: Receipt, *, open_drawer: bool = False) -> str:
        raise PrinterNotReady(self.check())

    def kick_drawer(self, *, station: str = "", reason: str = "") -> None:
        raise PrinterNotReady(self.check())


def default_pdf_folder() -> Path:
    return config.home() / "receipts" / "pdf"


def open_printer(profile: PrinterProfile, receipts_dir: Path | None = None) -> ReceiptPrinter:
    """The printer a profile describes; file and PDF printers without a folder use ``receipts_dir``."""
    if profile.connection == "file":
        folder = Path(profile.folder).expanduser() if profile.folder else receipts_dir or config.home() / "receipts"
        return FilePrinter(folder, options=profile.escpos_options(), name=profile.name)
    if profile.connection == "pdf":
        folder = Path(profile.folder).expanduser() if profile.folder else (
            receipts_dir / "pdf" if receipts_dir else default_pdf_folder())
        return PdfPrinter(folder, page=profile.page, roll_width_mm=profile.paper_width_mm, name=profile.name)
    return EscposPrinter(profile)


def open_named_printer(name: str, receipts_dir: Path | None = None) -> ReceiptPrinter:
    """The printer of profile ``name``; an UnusablePrinter (saying why) when the profile is wrong."""
    try:
        return open_printer(load_profile(name), receipts_dir)
    except ProfileError as exc:
        return UnusablePrinter(name, str(exc))


def open_station_printer(station: config.StationConfig) -> ReceiptPrinter:
    """The printer of this station (``printer`` in its station.toml)."""
    return open_named_printer(station.printer, station.resolved_receipts_dir())
