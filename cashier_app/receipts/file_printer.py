"""The file printer: writes each receipt as ESC/POS bytes and as text into a folder.

It stands in for a thermal printer on a machine without one, and keeps a copy a person can read.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cashier_app.receipts.escpos_render import render_escpos
from cashier_app.receipts.receipt import Receipt
from cashier_app.receipts.text import render_text


class PrinterFault(RuntimeError):
    """The printer could not take the job; the message says why."""


@dataclass
class FilePrinter:
    folder: Path
    width: int = 42

    def status(self) -> str:
        return "online" if self.folder.is_dir() and os.access(self.folder, os.W_OK) else "offline"

    def print_receipt(self, receipt: Receipt, *, open_drawer: bool = False) -> Path:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            stem = receipt.receipt_number + (f"-{receipt.mark.replace(' ', '_')}" if receipt.mark else "")
            (self.folder / f"{stem}.escpos").write_bytes(
                render_escpos(receipt, width=self.width, open_drawer=open_drawer))
            path = self.folder / f"{stem}.txt"
            path.write_text(render_text(receipt, self.width), encoding="utf-8")
            return path
        except OSError as exc:
            raise PrinterFault(f"cannot write receipt to {self.folder}: {exc.strerror}") from None
