"""Printers that write files: the file printer (ESC/POS bytes + text) and the PDF printer.

The file printer stands in for a thermal printer on a machine without one and keeps a copy a
person can read; its drawer is ``drawer.log``: every opening (a cash receipt, a no sale) is a line
with the time, the station and the receipt or the reason. The PDF printer saves receipts to hand
out by e-mail or print on a sheet printer; it has no drawer.
"""
from __future__ import annotations


import os
import time
from dataclasses import dataclass
from pathlib import Path

from cashier_app import city_time
from cashier_app.i18n import _t
from cashier_app.private_files import open_private, private_folder, write_private
from cashier_app.receipts.escpos_render import EscposOptions, render_escpos
from cashier_app.receipts.pdf_render import render_pdf
from cashier_app.receipts.printer_status import (
    Delivery, PrinterFault, PrinterState, PrinterStatus, PrinterUnreachable, PrintOut, status_of,
)
from cashier_app.receipts.receipt import Receipt
from cashier_app.receipts.text import render_text

__all__ = ["FilePrinter", "PdfPrinter", "PrinterFault"]  # PrinterFault: kept importable from here


class _FolderPrinter:
    folder: Path
    name: str

    def describe(self) -> str:
        return _t("{0} (files in {1})").format(self.name, self.folder)

    def status(self) -> str:
        """"online" when the folder can be written, else "offline"."""
        return self.check().state

    def check(self) -> PrinterStatus:
        """Online when the folder exists (or can be made) and is writable."""
        try:
            private_folder(self.folder)
        except OSError as exc:
            return status_of(PrinterState.OFFLINE, _t("cannot make folder {0} ({1})").format(self.folder, exc.strerror))
        if not os.access(self.folder, os.W_OK):
            return status_of(PrinterState.OFFLINE, _t("folder {0} is not writable").format(self.folder))
        return status_of(PrinterState.ONLINE)

    def _write(self, name: str, data: bytes, text: str = "") -> Path:
        try:
            path = private_folder(self.folder) / name
            # Whole or not at all; not synced: the payment is in the database, this is a printout.
            write_private(path, data, sync=False)
            if text:  # the text last: whoever sees it finds the bytes whole too
                write_private(path.with_suffix(".txt"), text, sync=False)
            return path
        except OSError as exc:
            raise PrinterUnreachable(_t("cannot write receipt to {0}: {1}").format(self.folder, exc.strerror)) from None

    def print_receipt(self, receipt: Receipt, *, open_drawer: bool = False) -> Path:
        """Render and write one receipt; returns the file written (the text copy if there is one)."""
        out = self.render(receipt, open_drawer=open_drawer)  # type: ignore[attr-defined]
        path = Path(self.deliver(out).where)  # type: ignore[attr-defined]
        return path.with_suffix(".txt") if out.text else path


@dataclass
class FilePrinter(_FolderPrinter):
    """Writes ``NAME.escpos`` (the bytes a thermal printer would get) and ``NAME.txt``."""

    folder: Path
    width: int = 42
    options: EscposOptions | None = None
    name: str = "file"

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)
        self.options = self.options or EscposOptions(width=self.width)
        self.width = self.options.width

    def render(self, receipt: Receipt, *, open_drawer: bool = False) -> PrintOut:
        data = render_escpos(receipt, open_drawer=open_drawer, options=self.options)
        return PrintOut(receipt.file_stem, data, render_text(receipt, self.width), open_drawer, receipt.station)

    def deliver(self, out: PrintOut) -> Delivery:
        path = self._write(f"{out.name}.escpos", out.data, out.text)  # written again by a retry: the same file
        if out.opens_drawer:  # logged once the receipt is out, so a retry never logs an opening twice
            self._log_opening(out.station, f"receipt {out.name}", PrinterUnreachable)
        return Delivery(True, "", str(path), time.perf_counter())

    def kick_drawer(self, *, station: str = "", reason: str = "") -> None:
        """A file printer has no drawer: the opening (no sale) is written to ``drawer.log``."""
        self._log_opening(station, f"no sale: {' '.join(reason.split())}" if reason else "no sale", PrinterFault)

    def _log_opening(self, station: str, why: str, fault: type[PrinterFault]) -> None:
        """One line in ``drawer.log``: time, station, pin, and the receipt or the reason."""
        try:
            with open_private(private_folder(self.folder) / "drawer.log", "a", encoding="utf-8") as log:
                log.write(f"{city_time.now():%Y-%m-%d %H:%M:%S %z} station {station or '?'}: "
                          f"drawer opened (pin {self.options.drawer_pin}) for {why}\n")
        except OSError as exc:
            raise fault(f"cannot write {self.folder / 'drawer.log'}: {exc.strerror}") from None


@dataclass
class PdfPrinter(_FolderPrinter):
    """Writes each receipt as ``NAME.pdf``: an 80 mm (or 58 mm) roll page or a letter page."""

    folder: Path
    page: str = "roll"
    roll_width_mm: int = 80
    name: str = "pdf"

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)

    def render(self, receipt: Receipt, *, open_drawer: bool = False) -> PrintOut:
        data = render_pdf(receipt, page=self.page, roll_width_mm=self.roll_width_mm)
        return PrintOut(receipt.file_stem, data, opens_drawer=False)

    def deliver(self, out: PrintOut) -> Delivery:
        path = self._write(f"{out.name}.pdf", out.data)
        return Delivery(True, "", str(path), time.perf_counter())

    def kick_drawer(self, *, station: str = "", reason: str = "") -> None:
        raise PrinterFault(_t("A PDF printer has no cash drawer."))
