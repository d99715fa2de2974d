"""Bill return stubs as PDF (letter, three stubs a page), each with its Code 128 barcode and the
barcode's text under it, so a real scanner can be tried at the counter. Pure: values in, file out.

The barcode content is defined in services/stubs.py (docs/formats.md "Bill stub barcode").
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cashier_app.money import format_amount
from cashier_app.private_files import touch_private

REGULAR, BOLD, MONO = "Helvetica", "Helvetica-Bold", "Courier"
STUBS_PER_PAGE = 3
MARGIN = 0.5 * inch
BAR_WIDTH = 1.0  # points per narrow bar (0.35 mm): easy for any counter scanner
BAR_HEIGHT = 0.55 * inch


@dataclass(frozen=True)
class BillStub:
    account_number: str
    customer_number: str
    customer_name: str
    mailing_lines: tuple[str, ...]
    service_address: str
    amount_due: Decimal
    due_date: dt.date
    barcode: str  # services.stubs.stub_barcode(...)


def _fit(text: str, font: str, size: float, width: float) -> str:
    while text and stringWidth(text, font, size) > width:
        text = text[:-2] + "…" if len(text) > 2 else ""
    return text


def _field(c: Canvas, x: float, y: float, label: str, value: str, width: float, size: float = 10.5,
           font: str = BOLD) -> None:
    c.setFont(REGULAR, 7.5)
    c.setFillGray(0.35)
    c.drawString(x, y + size + 2, label.upper())
    c.setFillGray(0)
    c.setFont(font, size)
    c.drawString(x, y, _fit(value, font, size, width))


def _stub(c: Canvas, stub: BillStub, top: float, height: float, header: Sequence[str], demo: bool) -> None:
    left, right = MARGIN, letter[0] - MARGIN
    y = top - 24
    c.setFont(BOLD, 15)
    c.drawString(left, y, header[0] if header else "City of Shelby")
    c.setFont(REGULAR, 9)
    c.drawString(left, y - 13, "Utility payment stub: return this part with your payment")
    c.drawRightString(right, y, "Make checks payable to City of Shelby")
    c.drawRightString(right, y - 13, " · ".join(header[2:4]) if len(header) >= 4 else "")
    if demo:
        c.setFont(BOLD, 8)
        c.setFillColorRGB(0.75, 0.1, 0.1)
        c.drawRightString(right, y - 25, "DEMO STUB: NOT A BILL")
        c.setFillGray(0)
    c.setLineWidth(0.6)
    c.line(left, y - 31, right, y - 31)
    # Left: who is billed (as the window envelope shows it). Right: what the cashier needs.
    y -= 60
    c.setFont(BOLD, 11)
    c.drawString(left, y, _fit(stub.customer_name, BOLD, 11, 3.2 * inch))
    c.setFont(REGULAR, 10)
    for i, line in enumerate(stub.mailing_lines[:3]):
        c.drawString(left, y - 13 * (i + 1), _fit(line, REGULAR, 10, 3.2 * inch))
    col, col2 = left + 3.6 * inch, left + 5.5 * inch
    _field(c, col, y, "Account number", stub.account_number, 1.8 * inch, 12)
    _field(c, col2, y, "Customer number", stub.customer_number, 1.5 * inch, 12)
    _field(c, col, y - 32, "Service address", stub.service_address, 3.4 * inch, 10, REGULAR)
    _field(c, col, y - 64, "Due date", f"{stub.due_date:%m/%d/%Y}", 1.8 * inch, 12)
    _field(c, col2, y - 64, "Amount due", format_amount(stub.amount_due), 1.5 * inch, 14)
    _field(c, col, y - 96, "Amount enclosed", "$ ____________", 3.0 * inch, 12, REGULAR)
    # The barcode, with its text under it for a cashier whose scanner fails.
    bar_y = top - height + 30
    code = Code128(stub.barcode, barWidth=BAR_WIDTH, barHeight=BAR_HEIGHT, humanReadable=False, quiet=True)
    code.drawOn(c, left, bar_y)
    c.setFont(MONO, 9)
    c.drawString(left + 10, bar_y - 11, stub.barcode)


def render_bill_stubs(stubs: Sequence[BillStub], out_path: Path, header: Sequence[str] = (),
                      demo: bool = True) -> Path:
    """Write the stubs to a letter-size PDF, three a page with cut lines; returns the path."""
    out_path = Path(out_path)
    c = Canvas(str(touch_private(out_path)), pagesize=letter, pageCompression=1)
    c.setTitle("City of Shelby bill stubs" + (" (demo)" if demo else ""))
    c.setAuthor("cashier-app")
    height = (letter[1] - 2 * MARGIN) / STUBS_PER_PAGE
    for i, stub in enumerate(stubs):
        slot = i % STUBS_PER_PAGE
        if slot == 0 and i:
            c.showPage()
        top = letter[1] - MARGIN - slot * height
        _stub(c, stub, top, height, header, demo)
        if slot < STUBS_PER_PAGE - 1 and i < len(stubs) - 1:
            c.setDash(4, 3)
            c.setLineWidth(0.5)
            c.line(MARGIN, top - height, letter[0] - MARGIN, top - height)
            c.setDash()
            c.setFont(REGULAR, 7)
            c.drawCentredString(letter[0] / 2, top - height + 3, "cut here")
    if not stubs:
        c.setFont(REGULAR, 12)
        c.drawString(MARGIN, letter[1] - MARGIN - 20, "No accounts to print stubs for.")
    c.save()
    return out_path
