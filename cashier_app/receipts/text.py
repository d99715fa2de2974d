"""Plain-text rendering of a Receipt (screen preview, file printer, ESC/POS text body)."""
from __future__ import annotations

from cashier_app.money import format_amount
from cashier_app.receipts.receipt import Receipt

DEFAULT_WIDTH = 42


def _pair(left: str, right: str, width: int) -> str:
    """Left text and a right-aligned amount on one line; the amount is never wrapped."""
    room = width - len(right) - 1
    return f"{left[:room]:<{room}} {right}"


def render_text(receipt: Receipt, width: int = DEFAULT_WIDTH) -> str:
    lines: list[str] = [h[:width].center(width).rstrip() for h in receipt.header]
    rule = "-" * width
    if receipt.mark:
        lines += ["", f"*** {receipt.mark} ***".center(width).rstrip()]
    lines += [
        rule,
        _pair("Receipt", receipt.receipt_number, width),
        _pair("Date", receipt.posted_at.strftime("%m/%d/%Y %I:%M %p"), width),
        _pair("Station", receipt.station, width),
        _pair("Cashier", receipt.cashier, width),
        rule,
    ]
    for a in receipt.accounts:
        lines += [
            f"Account {a.account_number}"[:width],
            f"  {a.customer_name}"[:width],
            f"  {a.service_address}"[:width],
            _pair("  Previous balance", format_amount(a.previous_balance), width),
            _pair("  Amount applied", format_amount(a.amount_applied), width),
            _pair("  New balance", format_amount(a.new_balance), width),
        ]
    lines.append(rule)
    for t in receipt.tenders:
        lines.append(_pair(t.label, format_amount(t.amount), width))
    lines += [
        rule,
        _pair("TOTAL", format_amount(receipt.total), width),
        _pair("Tendered", format_amount(receipt.tendered), width),
        _pair("Change", format_amount(receipt.change), width),
        _pair("Convenience fee", format_amount(receipt.fee), width),
        rule,
    ]
    lines += [f[:width].center(width).rstrip() for f in receipt.footer]
    if receipt.mark:
        lines += ["", f"*** {receipt.mark} ***".center(width).rstrip()]
    return "\n".join(lines) + "\n"
