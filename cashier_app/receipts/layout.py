"""What a receipt says, line by line, before any renderer decides how it looks.

Every renderer (plain text, ESC/POS, PDF) walks the same lines, so the three can never disagree
on content. Fitting lines to a column count is here too: labels and names wrap, amounts never do.
"""
from __future__ import annotations

import enum
import textwrap
from dataclasses import dataclass

from cashier_app.i18n import _t
from cashier_app.money import format_amount
from cashier_app.receipts.receipt import Receipt, mark_banner

DATE_FORMAT = "%m/%d/%Y %I:%M %p"


class Kind(enum.Enum):
    TITLE = "title"  # first header line: larger, centered
    CENTER = "center"  # other header and footer lines
    MARK = "mark"  # VOID / REPRINT / RETURNED CHECK banner
    RULE = "rule"
    TEXT = "text"
    PAIR = "pair"  # label on the left, a value (amount) on the right
    CODE = "code"  # the receipt number as a QR code or barcode
    BLANK = "blank"


@dataclass(frozen=True)
class Line:
    kind: Kind
    left: str = ""
    right: str = ""
    strong: bool = False
    indent: int = 0


RULE = Line(Kind.RULE)
BLANK = Line(Kind.BLANK)


def receipt_lines(receipt: Receipt, *, copy_label: str = "") -> list[Line]:
    """The receipt as logical lines, in printing order. Another document printed on the receipt
    printer (the bank draft confirmation, receipts/draft_confirmation.py) lays itself out."""
    if not isinstance(receipt, Receipt):
        return receipt.lines(copy_label=copy_label)
    lines: list[Line] = []
    for i, text in enumerate(receipt.header):
        lines.append(Line(Kind.TITLE if i == 0 else Kind.CENTER, text))
    banner = mark_banner(receipt.mark)
    if banner:
        lines += [BLANK, Line(Kind.MARK, banner)]
    if copy_label:
        lines.append(Line(Kind.CENTER, copy_label, strong=True))
    lines += [
        RULE,
        Line(Kind.PAIR, _t("Receipt"), receipt.receipt_number, strong=True),
        Line(Kind.PAIR, _t("Date"), receipt.posted_at.strftime(DATE_FORMAT)),
        Line(Kind.PAIR, _t("Station"), receipt.station),
        Line(Kind.PAIR, _t("Cashier"), receipt.cashier),
        RULE,
    ]
    for i, a in enumerate(receipt.accounts):
        if i:
            lines.append(BLANK)
        lines += [
            Line(Kind.TEXT, _t("Account {0}").format(a.account_number), strong=True),
            Line(Kind.TEXT, a.customer_name, indent=2),
            Line(Kind.TEXT, a.service_address, indent=2),
            Line(Kind.PAIR, _t("Previous balance"), format_amount(a.previous_balance), indent=2),
            Line(Kind.PAIR, _t("Amount applied"), format_amount(a.amount_applied), indent=2),
            Line(Kind.PAIR, _t("New balance"), format_amount(a.new_balance), indent=2),
        ]
    lines.append(RULE)
    lines += [Line(Kind.PAIR, t.label, format_amount(t.amount)) for t in receipt.tenders]
    lines += [
        RULE,
        Line(Kind.PAIR, _t("TOTAL"), format_amount(receipt.total), strong=True),
        Line(Kind.PAIR, _t("Tendered"), format_amount(receipt.tendered)),
        Line(Kind.PAIR, _t("Change"), format_amount(receipt.change), strong=True),
        Line(Kind.PAIR, _t("Convenience fee"), format_amount(receipt.fee)),
        RULE,
    ]
    lines += [Line(Kind.CENTER, text) for text in receipt.footer]
    lines.append(Line(Kind.CODE, receipt.receipt_number))
    if banner:
        lines += [BLANK, Line(Kind.MARK, banner)]
    return lines


def wrap(text: str, width: int, indent: int = 0) -> list[str]:
    """Words wrapped to ``width`` columns (long words are broken); never an empty list."""
    pad = " " * indent
    return [pad + part for part in textwrap.wrap(text, max(width - indent, 1))] or [""]


def pair_rows(left: str, right: str, width: int, indent: int = 0) -> list[str]:
    """A label and a right-aligned value: the label wraps, the value stays whole on the last row."""
    room = width - len(right) - 1 - indent
    if room < 4:  # no room beside the value: the label above, the value alone below
        return [*wrap(left, width, indent), right.rjust(width)]
    parts = textwrap.wrap(left, room) or [""]
    pad = " " * indent
    return [pad + p for p in parts[:-1]] + [f"{pad}{parts[-1]:<{room}} {right}"]


def columns(line: Line, width: int) -> list[str]:
    """The rows of one line on a printer ``width`` characters wide (trailing spaces removed)."""
    if line.kind is Kind.RULE:
        return ["-" * width]
    if line.kind is Kind.BLANK:
        return [""]
    if line.kind is Kind.PAIR:
        return pair_rows(line.left, line.right, width, line.indent)
    if line.kind in (Kind.TITLE, Kind.CENTER, Kind.MARK):
        text = f"*** {line.left} ***" if line.kind is Kind.MARK else line.left
        return [row.center(width).rstrip() for row in wrap(text, width)]
    if line.kind is Kind.CODE:
        return []
    return wrap(line.left, width, line.indent)
