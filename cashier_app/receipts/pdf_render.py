"""PDF rendering of a Receipt (reportlab): an 80 mm (or 58 mm) roll page, or a letter page.

The roll page is as long as the receipt; the letter page holds the receipt in a centered column.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cashier_app.i18n import _t, customer_language
from cashier_app.receipts.layout import Kind, Line, receipt_lines
from cashier_app.receipts.receipt import Receipt, mark_banner

PAGES = ("roll", "letter")
REGULAR, BOLD = "Helvetica", "Helvetica-Bold"


@dataclass(frozen=True)
class _Frame:
    left: float  # x of the column's left edge (points)
    right: float
    size: float  # body font size
    code: float  # QR code side

    @property
    def lead(self) -> float:
        return self.size * 1.35


@customer_language()
def render_pdf(receipt: Receipt, *, page: str = "roll", roll_width_mm: int = 80, copy_label: str = "") -> bytes:
    """The receipt as a one-page PDF: ``page`` is "roll" (``roll_width_mm`` wide) or "letter"."""
    if page not in PAGES:
        raise ValueError(f"page must be one of {', '.join(PAGES)}, not {page!r}")
    lines = receipt_lines(receipt, copy_label=copy_label)
    if page == "roll":
        width = roll_width_mm * mm
        frame = _Frame(4 * mm, width - 4 * mm, 8.0 if roll_width_mm >= 80 else 6.5, 24 * mm)
        height = _draw(None, lines, frame, 0) + 8 * mm
        size = (width, height)
        top = height - 5 * mm
    else:
        size = letter
        frame = _Frame(letter[0] / 2 - 1.9 * inch, letter[0] / 2 + 1.9 * inch, 10.0, 1.1 * inch)
        top = letter[1] - 0.75 * inch
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size, invariant=1, pageCompression=1)
    banner = mark_banner(receipt.mark)
    canvas.setTitle(_t("Receipt {0}").format(receipt.receipt_number) + (f" ({banner})" if banner else ""))
    canvas.setAuthor(receipt.header[0] if receipt.header else "")
    _draw(canvas, lines, frame, top)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _draw(canvas: Canvas | None, lines: list[Line], frame: _Frame, top: float) -> float:
    """Draw from ``top`` down (or only measure when ``canvas`` is None); returns the height used."""
    y = top
    for line in lines:
        y -= _line(canvas, line, frame, y)
    return top - y


def _text(canvas: Canvas | None, x: float, y: float, text: str, font: str, size: float, how: str = "left") -> None:
    if canvas is None:
        return
    canvas.setFont(font, size)
    {"left": canvas.drawString, "right": canvas.drawRightString, "center": canvas.drawCentredString}[how](x, y, text)


def _line(canvas: Canvas | None, line: Line, f: _Frame, y: float) -> float:
    """Draw one line with its top at ``y``; returns its height."""
    width = f.right - f.left
    middle = (f.left + f.right) / 2
    if line.kind is Kind.RULE:
        if canvas is not None:
            canvas.setLineWidth(0.5)
            canvas.line(f.left, y - f.lead / 2, f.right, y - f.lead / 2)
        return f.lead
    if line.kind is Kind.BLANK:
        return f.lead / 2
    if line.kind in (Kind.TITLE, Kind.CENTER, Kind.MARK):
        size = f.size * (1.6 if line.kind is Kind.TITLE else 1.8 if line.kind is Kind.MARK else 1)
        font = BOLD if line.kind is not Kind.CENTER or line.strong else REGULAR
        text = f"*** {line.left} ***" if line.kind is Kind.MARK else line.left
        rows = simpleSplit(text, font, size, width) or [""]
        for i, row in enumerate(rows):
            _text(canvas, middle, y - size * (1.1 + 1.25 * i), row, font, size, "center")
        return size * (0.35 + 1.25 * len(rows))
    if line.kind is Kind.CODE:
        if canvas is not None:
            widget = QrCodeWidget(line.left, barLevel="M", barBorder=0)
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(f.code, f.code, transform=[f.code / (x1 - x0), 0, 0, f.code / (y1 - y0), 0, 0])
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, middle - f.code / 2, y - f.lead / 2 - f.code)
        _text(canvas, middle, y - f.code - f.lead * 1.4, line.left, REGULAR, f.size * 0.85, "center")
        return f.code + f.lead * 1.9
    font = BOLD if line.strong else REGULAR
    indent = line.indent * f.size * 0.5
    right_width = stringWidth(line.right, font, f.size) + f.size if line.kind is Kind.PAIR else 0
    rows = simpleSplit(line.left, font, f.size, width - indent - right_width) or [""]
    for i, row in enumerate(rows):
        _text(canvas, f.left + indent, y - f.size * 1.1 - f.lead * i, row, font, f.size)
    if line.kind is Kind.PAIR:
        _text(canvas, f.right, y - f.size * 1.1 - f.lead * (len(rows) - 1), line.right, font, f.size, "right")
    return f.lead * len(rows)
