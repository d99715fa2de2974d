"""The returned check notice: a one-page letter (US letter, PDF) to the customer's mailing address,
placed for a No. 10 window envelope. Pure: values in, file out (services/returned_checks.py reads
the database).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cashier_app.money import format_amount
from cashier_app.private_files import replaced_whole

REGULAR, BOLD = "Helvetica", "Helvetica-Bold"
MARGIN = 0.9 * inch


@dataclass(frozen=True)
class NoticeAccount:
    account_number: str
    service_address: str
    reversed: Decimal  # the part of the check taken back from this account
    fee: Decimal
    new_balance: Decimal
    cash_only: bool


@dataclass(frozen=True)
class ReturnedCheckNotice:
    header: tuple[str, ...]  # setting "receipt.header": City, office, street, city/state/zip, phone
    notice_date: dt.date
    customer_name: str
    customer_number: str
    mailing_lines: tuple[str, ...]
    check_number: str
    check_amount: Decimal
    payment_date: dt.date
    receipt_number: str
    reason: str
    reversed: Decimal
    fee: Decimal
    accounts: tuple[NoticeAccount, ...]
    signed_by: str = ""
    draft_last4: str | None = None  # a returned bank draft (not a check): the bank account's last 4 digits
    draft_ended: bool = False  # the return ended the bank draft enrollment

    @property
    def what(self) -> str:
        return "bank draft" if self.draft_last4 is not None else "check"

    @property
    def cash_only(self) -> bool:
        return any(a.cash_only for a in self.accounts)


def _cash_only_accounts(n: ReturnedCheckNotice) -> str:
    numbers = [a.account_number for a in n.accounts if a.cash_only]
    if len(n.accounts) == 1:
        return "your account is"
    if len(numbers) == 1:
        return f"account {numbers[0]} is"
    return f"accounts {', '.join(numbers)} are"


def _long(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _fit(text: str, font: str, size: float, width: float) -> str:
    while text and stringWidth(text, font, size) > width:
        text = text[:-2] + "…" if len(text) > 2 else ""
    return text


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _paragraph(c: Canvas, x: float, y: float, text: str, width: float, font: str = REGULAR,
               size: float = 10.5, leading: float = 14.5) -> float:
    c.setFont(font, size)
    for line in _wrap(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y - 6


def _draw(c: Canvas, n: ReturnedCheckNotice) -> None:
    width, height = letter
    left, right = MARGIN, width - MARGIN
    text_width = right - left
    header = n.header or ("City of Shelby",)
    # Letterhead: the City on the left, the office's address and phone on the right.
    y = height - 0.75 * inch
    c.setFont(BOLD, 18)
    c.drawString(left, y, header[0])
    c.setFont(REGULAR, 10)
    c.drawString(left, y - 15, header[1] if len(header) > 1 else "Utility Payments")
    c.setFont(REGULAR, 9)
    for i, line in enumerate(header[2:5]):
        c.drawRightString(right, y + 2 - 12 * i, line)
    c.setLineWidth(0.8)
    c.line(left, y - 28, right, y - 28)
    # Date, then the address block where a No. 10 window envelope shows it (about 2" from the top).
    c.setFont(REGULAR, 10.5)
    c.drawString(left, y - 50, _long(n.notice_date))
    y = height - 2.1 * inch
    c.setFont(BOLD, 11)
    c.drawString(left, y, _fit(n.customer_name, BOLD, 11, 3.6 * inch))
    c.setFont(REGULAR, 11)
    for line in n.mailing_lines[:3]:
        y -= 14
        c.drawString(left, y, _fit(line, REGULAR, 11, 3.6 * inch))
    # Reference box on the right of the address.
    box_x, box_y = left + 4.0 * inch, height - 2.1 * inch + 12
    c.setFont(REGULAR, 8)
    c.setFillGray(0.35)
    refs = (("CUSTOMER NUMBER", n.customer_number),
            ("ACCOUNT", ", ".join(a.account_number for a in n.accounts)))
    for i, (label, value) in enumerate(refs):
        c.setFont(REGULAR, 7.5)
        c.setFillGray(0.35)
        c.drawString(box_x, box_y - 26 * i, label)
        c.setFillGray(0)
        c.setFont(BOLD, 10.5)
        c.drawString(box_x, box_y - 26 * i - 12, _fit(value, BOLD, 10.5, right - box_x))
    # Title and body.
    y = height - 3.35 * inch
    c.setFont(BOLD, 14)
    c.drawString(left, y, f"Notice of returned {n.what}")
    y -= 24
    name = n.customer_name or "Customer"
    y = _paragraph(c, left, y, f"Dear {name},", text_width)
    if n.draft_last4 is not None:
        y = _paragraph(c, left, y, (
            f"The bank draft of {format_amount(n.check_amount)} from your bank account ending in {n.draft_last4}, "
            f"drafted on {_long(n.payment_date)} (reference {n.receipt_number}), was returned unpaid by your bank"
            f"{f' ({n.reason})' if n.reason else ''}. The payment has been reversed and a returned item fee has "
            "been charged to your account."), text_width)
        if n.draft_ended:
            y = _paragraph(c, left, y, (
                "Because of this return, your bank draft enrollment has ended: your next bills will not be "
                "drafted. To draft them again, please fill in a new bank draft authorization form."), text_width,
                font=BOLD)
    else:
        y = _paragraph(c, left, y, (
            f"Your check number {n.check_number or '(no number)'} for {format_amount(n.check_amount)}, received on "
            f"{_long(n.payment_date)} (receipt {n.receipt_number}), was returned unpaid by your bank"
            f"{f' ({n.reason})' if n.reason else ''}. The payment has been reversed and a returned check fee has "
            "been charged to your account."), text_width)
    # The figures.
    y -= 4
    cols = (left, left + 1.3 * inch, left + 3.25 * inch, left + 4.35 * inch, right)
    c.setFont(BOLD, 9)
    for x, title in zip(cols[:2], ("Account", "Service address")):
        c.drawString(x + 4, y, title)
    for x, title in zip(cols[3:], ("Draft reversed" if n.draft_last4 is not None else "Check reversed", "Fee")):
        c.drawRightString(x - 4, y, title)
    y -= 4
    c.setLineWidth(0.5)
    c.line(left, y, right, y)
    rows = [(a.account_number, a.service_address, a.reversed, a.fee, a.new_balance) for a in n.accounts]
    c.setFont(REGULAR, 9.5)
    for number, address, reversed_, fee, _ in rows:
        y -= 14
        c.drawString(cols[0] + 4, y, number)
        c.drawString(cols[1] + 4, y, _fit(address, REGULAR, 9.5, cols[2] - cols[1] + 0.5 * inch))
        c.drawRightString(cols[3] - 4, y, format_amount(reversed_))
        c.drawRightString(cols[4] - 4, y, format_amount(fee))
    y -= 6
    c.line(left, y, right, y)
    y -= 14
    c.setFont(BOLD, 9.5)
    c.drawString(cols[0] + 4, y, "Total")
    c.drawRightString(cols[3] - 4, y, format_amount(n.reversed))
    c.drawRightString(cols[4] - 4, y, format_amount(n.fee))
    y -= 26
    # New balance, emphasised: one line per account.
    lines = len(n.accounts)
    c.setFillGray(0.93)
    c.rect(left, y - 10 - 16 * (lines - 1), text_width, 30 + 16 * (lines - 1), stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont(BOLD, 11)
    for i, a in enumerate(n.accounts):
        c.drawString(left + 8, y - 16 * i, f"New balance of account {a.account_number}")
        c.drawRightString(right - 8, y - 16 * i, format_amount(a.new_balance))
    y -= 16 * (lines - 1)
    y -= 36
    y = _paragraph(c, left, y, (
        f"Please pay the new balance, including the {format_amount(n.fee)} returned {n.what if n.draft_last4 is None else 'item'} fee, in cash, by money "
        "order or by cashier's check at City Hall, " + (n.header[2] if len(n.header) > 2 else
                                                      "300 South Washington Street") + ", as soon as possible."),
        text_width)
    if n.cash_only:
        c.setFillColorRGB(0.65, 0.08, 0.08)
        y = _paragraph(c, left, y, (
            f"Because of repeated returned checks, {_cash_only_accounts(n)} now CASH-ONLY: the City can no longer "
            "accept personal checks for it. Please pay in cash or by money order."), text_width, font=BOLD)
        c.setFillGray(0)
    phone = n.header[4] if len(n.header) > 4 else "704-484-6866"
    y = _paragraph(c, left, y, f"If you have questions about this notice, please call Customer Service at {phone}.",
                   text_width)
    y -= 8
    c.setFont(REGULAR, 10.5)
    c.drawString(left, y, "Sincerely,")
    c.drawString(left, y - 30, "Utility Payments, " + header[0])
    if n.signed_by:
        c.setFont(REGULAR, 8)
        c.setFillGray(0.4)
        c.drawString(left, y - 43, f"Recorded by {n.signed_by}")
        c.setFillGray(0)
    c.setFont(REGULAR, 7.5)
    c.setFillGray(0.4)
    footer = f"Returned {n.what} notice · {'reference' if n.draft_last4 is not None else 'receipt'} {n.receipt_number}"
    c.drawCentredString(width / 2, 0.5 * inch, footer + (f" · check {n.check_number}" if n.check_number else ""))
    c.setFillGray(0)


def render_notice(notice: ReturnedCheckNotice, out: Path) -> Path:
    """Write the notice to ``out`` (PDF) atomically; returns ``out``."""
    out = Path(out)
    with replaced_whole(out) as partial:
        c = Canvas(str(partial), pagesize=letter, pageCompression=1)
        c.setTitle(f"Returned {notice.what} notice {notice.receipt_number}")
        c.setAuthor(notice.header[0] if notice.header else "City of Shelby")
        _draw(c, notice)
        c.showPage()
        c.save()
    return out
