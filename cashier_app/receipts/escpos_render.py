"""ESC/POS bytes of a Receipt: rendered into python-escpos's Dummy printer, then sent once."""
from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass

from escpos.printer import Dummy

from cashier_app.i18n import _t, customer_language
from cashier_app.receipts.layout import Kind, Line, columns, receipt_lines, wrap
from cashier_app.receipts.receipt import Receipt

CUT_MODES = {"full": "FULL", "partial": "PART"}  # "none": feed to the tear bar only


@dataclass(frozen=True)
class EscposOptions:
    """How one printer wants its receipts; a printer profile fills these in."""

    model: str = "default"  # python-escpos model profile (capabilities), e.g. TM-T20II
    width: int = 42  # characters per line in font A: 42 or 48 on 80 mm, 32 on 58 mm
    cut: str = "partial"  # full | partial | none
    drawer_pin: int = 2  # drawer kick-out connector pin: 2 or 5
    code: str = "qr"  # qr | barcode | none: how the receipt number is printed for scanning
    merchant_copy: bool = False  # print a second copy for the City


@customer_language()
def render_escpos(receipt: Receipt, *, width: int = 42, open_drawer: bool = False, drawer_pin: int = 2,
                  profile: str = "default", options: EscposOptions | None = None) -> bytes:
    """The bytes for one receipt (and its merchant copy), drawer kick first when asked."""
    opts = options or EscposOptions(model=profile, width=width, drawer_pin=drawer_pin)
    printer = Dummy(profile=opts.model)
    printer.hw("INIT")  # ESC @: start from the printer's defaults whatever came before
    if open_drawer:
        printer.cashdraw(opts.drawer_pin)  # first, so the drawer opens while the receipt prints
    if opts.merchant_copy:
        _copy(printer, receipt, opts, _t("CUSTOMER COPY"))
        _copy(printer, receipt, opts, _t("MERCHANT COPY"))
    else:
        _copy(printer, receipt, opts, "")
    return printer.output


def render_drawer_kick(*, drawer_pin: int = 2, model: str = "default") -> bytes:
    """The bytes that open the cash drawer and print nothing ("no sale")."""
    printer = Dummy(profile=model)
    printer.cashdraw(drawer_pin)
    return printer.output


def _copy(printer: Dummy, receipt: Receipt, opts: EscposOptions, copy_label: str) -> None:
    for line in receipt_lines(receipt, copy_label=copy_label):
        _line(printer, line, opts)
    _finish(printer, opts.cut)


def _line(printer: Dummy, line: Line, opts: EscposOptions) -> None:
    if line.kind is Kind.TITLE:
        printer.set_with_default(align="center", bold=True, double_height=True)
        _rows(printer, wrap(line.left, opts.width))
    elif line.kind is Kind.MARK:
        printer.set_with_default(align="center", bold=True, double_width=True, double_height=True)
        rows = wrap(f"** {line.left} **", opts.width // 2)
        if any(row.strip() == "**" for row in rows):  # a long word (RÉIMPRESSION on 58 mm): no stars
            rows = wrap(line.left, opts.width // 2)
        _rows(printer, rows)
    elif line.kind is Kind.CENTER:
        printer.set_with_default(align="center", bold=line.strong)
        _rows(printer, wrap(line.left, opts.width))
    elif line.kind is Kind.CODE:
        printer.set_with_default(align="center")
        _code(printer, line.left, opts)
    else:
        printer.set_with_default(align="left", bold=line.strong)
        _rows(printer, columns(line, opts.width))


def _rows(printer: Dummy, rows: list[str]) -> None:
    text = "\n".join(rows) + "\n"
    if text.isascii() and printer.magic.encoding is not None:
        # The very bytes python-escpos's encoder writes once it has chosen a code page (it writes
        # a character under 128 as its own code in every page), without its search of a code page
        # character by character: half of a receipt's rendering time otherwise (bench_printing).
        printer._raw(text.encode("ascii"))
    else:
        printer.text(text)


def _code(printer: Dummy, number: str, opts: EscposOptions) -> None:
    if opts.code == "qr":
        printer.ln()
        printer.qr(number, size=6 if opts.width > 32 else 4, native=True)
    elif opts.code == "barcode":
        printer.ln()
        with contextlib.redirect_stdout(io.StringIO()):  # python-escpos prints which renderer it uses
            printer.barcode("{B" + number, "CODE128", height=64, width=2 if opts.width > 32 else 1,
                            pos="BELOW", function_type="B")


def _finish(printer: Dummy, cut: str) -> None:
    printer.set_with_default()
    if cut in CUT_MODES:
        printer.cut(mode=CUT_MODES[cut], feed=True)
    else:
        printer.ln(5)  # past the tear bar
