"""Plain-text rendering of a Receipt (screen preview, file printer)."""
from __future__ import annotations

from cashier_app.i18n import customer_language
from cashier_app.receipts.layout import columns, receipt_lines
from cashier_app.receipts.receipt import Receipt

DEFAULT_WIDTH = 42
WIDTHS = (32, 42, 48)  # 58 mm roll; 80 mm roll in font A at 42 or 48 columns


@customer_language()
def render_text(receipt: Receipt, width: int = DEFAULT_WIDTH, *, copy_label: str = "") -> str:
    """The receipt as lines of at most ``width`` characters; amounts are never wrapped."""
    rows: list[str] = []
    for line in receipt_lines(receipt, copy_label=copy_label):
        rows += columns(line, width)
    return "\n".join(rows) + "\n"
