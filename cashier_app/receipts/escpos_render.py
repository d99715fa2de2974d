"""ESC/POS bytes of a Receipt: rendered into python-escpos's Dummy printer, then sent once."""
from __future__ import annotations

from escpos.printer import Dummy

from cashier_app.receipts.receipt import Receipt
from cashier_app.receipts.text import render_text


def render_escpos(receipt: Receipt, *, width: int = 42, open_drawer: bool = False, drawer_pin: int = 2,
                  profile: str = "default") -> bytes:
    printer = Dummy(profile=profile)
    printer.set(align="left", font="a")
    printer.textln(render_text(receipt, width).rstrip("\n"))
    printer.qr(receipt.receipt_number, size=4, native=True)
    printer.cut()
    if open_drawer:
        printer.cashdraw(drawer_pin)
    return printer.output
