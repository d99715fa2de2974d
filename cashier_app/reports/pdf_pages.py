"""A small page writer for letter-size office reports (reportlab canvas, no platypus): the City of
Shelby header on every page, headings, lines of text, tables whose header repeats after a page
break, drawings, and "Page n of m" footers. Drawing straight on the canvas keeps a report of
thousands of rows fast (the deposit slip lists every check of the day).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cashier_app.i18n import _t
from cashier_app.private_files import touch_private

REGULAR, BOLD, MONO = "Helvetica", "Helvetica-Bold", "Courier"
MARGIN = 0.6 * inch
WIDTH, HEIGHT = letter
RIGHT = WIDTH - MARGIN
TOP = HEIGHT - MARGIN
BOTTOM = MARGIN + 18  # room for the footer
WIDEST = 1.02  # no Helvetica glyph is wider than 1.015 em ("@")
HEADER = ("City of Shelby",
          "Utility Payments Division · 300 South Washington Street · Shelby NC 28150 · 704-484-6866")


@dataclass(frozen=True)
class Col:
    title: str
    width: float  # points
    align: str = "l"  # "l" or "r"


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points."""
    if len(text) * size * WIDEST <= width or stringWidth(text, font, size) <= width:
        return text  # the first test (no font metrics) settles most table cells
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _NumberedCanvas(Canvas):
    """Defers each page so the footer can say "Page n of m"."""

    def __init__(self, *args, footer: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(REGULAR, 7.5)
            self.setFillGray(0.35)
            self.drawString(MARGIN, MARGIN, self._footer)
            self.drawRightString(RIGHT, MARGIN, _t("Page {0} of {1}").format(number, total))
            self.setFillGray(0)
            Canvas.showPage(self)
        Canvas.save(self)


class PageWriter:
    """Writes top to bottom, starting a new page (with the header) when the next thing does not fit."""

    def __init__(self, out: Path, title: str, subtitle: str, footer: str, *, warning: str = "") -> None:
        self.out = Path(out)
        self.title, self.subtitle, self.warning = title, subtitle, warning
        self.c = _NumberedCanvas(str(touch_private(self.out)), pagesize=letter, pageCompression=1, invariant=1,
                                 footer=footer)
        self.c.setTitle(f"{title}: {subtitle}")
        self.c.setAuthor("cashier-app, City of Shelby")  # a name, not words
        self.y = TOP
        self._header()

    # -- page furniture --
    def _header(self) -> None:
        c = self.c
        y = TOP - 14
        c.setFont(BOLD, 15)
        c.drawString(MARGIN, y, HEADER[0])
        c.setFont(BOLD, 12)
        if self.warning:
            c.setFillColorRGB(0.75, 0.1, 0.1)
        c.drawRightString(RIGHT, y, self.title)
        c.setFillGray(0)
        c.setFont(REGULAR, 8.5)
        c.drawString(MARGIN, y - 13, HEADER[1])
        c.setFont(BOLD, 10)
        c.drawRightString(RIGHT, y - 27, self.subtitle)
        y -= 27
        if self.warning:
            c.setFont(BOLD, 9)
            c.setFillColorRGB(0.75, 0.1, 0.1)
            c.drawString(MARGIN, y, self.warning)
            c.setFillGray(0)
        c.setLineWidth(0.8)
        c.line(MARGIN, y - 7, RIGHT, y - 7)
        self.y = y - 22

    def new_page(self) -> None:
        self.c.showPage()
        self._header()

    def ensure(self, height: float) -> bool:
        """Start a new page unless ``height`` points still fit; True when a page was started."""
        if self.y - height < BOTTOM:
            self.new_page()
            return True
        return False

    def space(self, height: float = 8) -> None:
        self.y -= height

    # -- content --
    def heading(self, text: str, note: str = "") -> None:
        self.ensure(44)  # a heading never ends a page alone
        self.y -= 8
        self.c.setFont(BOLD, 11)
        self.c.drawString(MARGIN, self.y, text)
        if note:
            self.c.setFont(REGULAR, 8.5)
            self.c.drawRightString(RIGHT, self.y, note)
        self.c.setLineWidth(0.4)
        self.c.line(MARGIN, self.y - 3, RIGHT, self.y - 3)
        self.y -= 15

    def text(self, line: str, *, font: str = REGULAR, size: float = 9, color: tuple[float, float, float] | None = None,
             indent: float = 0) -> None:
        """A paragraph, wrapped at the right margin (never cut)."""
        lead = size * 1.35
        for part in simpleSplit(line, font, size, RIGHT - MARGIN - indent) or [""]:
            self.ensure(lead)
            if color:
                self.c.setFillColorRGB(*color)
            self.c.setFont(font, size)
            self.c.drawString(MARGIN + indent, self.y, part)
            self.c.setFillGray(0)
            self.y -= lead

    def pair(self, label: str, value: str, *, bold: bool = False, width: float = 2.4 * inch,
             value_font: str = "") -> None:
        """``label ........ value``, the value right-aligned at ``width`` from the margin."""
        self.ensure(12)
        self.c.setFont(BOLD if bold else REGULAR, 9)
        self.c.drawString(MARGIN, self.y, label)
        self.c.setFont(value_font or (BOLD if bold else REGULAR), 9)
        self.c.drawRightString(MARGIN + width, self.y, value)
        self.y -= 12

    def table(self, cols: Sequence[Col], rows: Sequence[Sequence[str]], *, bold_last: bool = False,
              size: float = 8.5, empty: str = "") -> None:
        lead = size * 1.45
        if not rows:
            self.text(empty or _t("None."), size=size, color=(0.35, 0.35, 0.35))
            return
        self.ensure(lead * 2 + 4)
        self._table_header(cols, size)
        last = len(rows) - 1
        for i, row in enumerate(rows):
            if self.ensure(lead):
                self._table_header(cols, size)
            font = BOLD if bold_last and i == last else REGULAR
            if bold_last and i == last:
                self.c.setLineWidth(0.4)
                self.c.line(MARGIN, self.y + lead - 3, MARGIN + sum(c.width for c in cols), self.y + lead - 3)
            self._row(cols, row, font, size)
            self.y -= lead
        self.y -= 4

    def _table_header(self, cols: Sequence[Col], size: float) -> None:
        self.c.setFillGray(0.92)
        self.c.rect(MARGIN, self.y - 3, sum(c.width for c in cols), size + 5, stroke=0, fill=1)
        self.c.setFillGray(0)
        x = MARGIN
        for col in cols:  # a title too wide (French) is set smaller before it is cut short
            title_size = size
            while title_size > 6.0 and stringWidth(col.title, BOLD, title_size) > col.width - 6:
                title_size -= 0.25
            self._row([col], [col.title], BOLD, title_size, x)
            x += col.width
        self.y -= size * 1.45 + 2

    def _row(self, cols: Sequence[Col], cells: Sequence[str], font: str, size: float, x: float = MARGIN) -> None:
        # The busiest loop of a long report: blank cells are skipped and a right-aligned cell's
        # width is measured once (drawRightString would measure it again).
        c, y = self.c, self.y
        c.setFont(font, size)
        for col, cell in zip(cols, cells):
            if cell:
                text = fit(str(cell), font, size, col.width - 6)
                if col.align == "r":
                    c.drawString(x + col.width - 3 - stringWidth(text, font, size), y, text)
                else:
                    c.drawString(x + 3, y, text)
            x += col.width

    def drawing(self, drawing: Drawing, x: float = MARGIN) -> None:
        self.ensure(drawing.height)
        renderPDF.draw(drawing, self.c, x, self.y - drawing.height)

    def drawings(self, *drawings: Drawing, gap: float = 12) -> None:
        """Drawings side by side on one band."""
        height = max(d.height for d in drawings)
        self.ensure(height)
        x = MARGIN
        for d in drawings:
            renderPDF.draw(d, self.c, x, self.y - height)
            x += d.width + gap
        self.y -= height + 6

    def save(self) -> Path:
        self.c.showPage()
        self.c.save()
        return self.out
