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

from cashier_app.i18n import _t, customer_language, long_date
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


def _cash_only_sentence(n: ReturnedCheckNotice) -> str:
    numbers = [a.account_number for a in n.accounts if a.cash_only]
    if len(n.accounts) == 1:
        return _t("Because of repeated returned checks, your account is now CASH-ONLY: the City can no longer "
                  "accept personal checks for it. Please pay in cash or by money order.")
    if len(numbers) == 1:
        return _t("Because of repeated returned checks, account {0} is now CASH-ONLY: the City can no longer "
                  "accept personal checks for it. Please pay in cash or by money order.").format(numbers[0])
    return _t("Because of repeated returned checks, accounts {0} are now CASH-ONLY: the City can no longer "
              "accept personal checks for it. Please pay in cash or by money order.").format(", ".join(numbers))


def _title(n: ReturnedCheckNotice) -> str:
    return _t("Notice of returned bank draft") if n.draft_last4 is not None else _t("Notice of returned check")


def _long(day: dt.date) -> str:
    return long_date(day)


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
    c.drawString(left, y - 15, header[1] if len(header) > 1 else _t("Utility Payments"))
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
    refs = ((_t("CUSTOMER NUMBER"), n.customer_number),
            (_t("ACCOUNT"), ", ".join(a.account_number for a in n.accounts)))
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
    c.drawString(left, y, _title(n))
    y -= 24
    name = n.customer_name or _t("Customer")
    y = _paragraph(c, left, y, _t("Dear {0},").format(name), text_width)
    reason = f" ({n.reason})" if n.reason else ""
    if n.draft_last4 is not None:
        y = _paragraph(c, left, y, _t(
            "The bank draft of {0} from your bank account ending in {1}, drafted on {2} (reference {3}), was "
            "returned unpaid by your bank{4}. The payment has been reversed and a returned item fee has been "
            "charged to your account.").format(format_amount(n.check_amount), n.draft_last4, _long(n.payment_date),
                                               n.receipt_number, reason), text_width)
        if n.draft_ended:
            y = _paragraph(c, left, y, _t(
                "Because of this return, your bank draft enrollment has ended: your next bills will not be "
                "drafted. To draft them again, please fill in a new bank draft authorization form."), text_width,
                font=BOLD)
    else:
        y = _paragraph(c, left, y, _t(
            "Your check number {0} for {1}, received on {2} (receipt {3}), was returned unpaid by your bank{4}. "
            "The payment has been reversed and a returned check fee has been charged to your account.").format(
            n.check_number or _t("(no number)"), format_amount(n.check_amount), _long(n.payment_date),
            n.receipt_number, reason), text_width)
    # The figures.
    y -= 4
    cols = (left, left + 1.3 * inch, left + 3.25 * inch, left + 4.35 * inch, right)
    c.setFont(BOLD, 9)
    for x, title in zip(cols[:2], (_t("Account"), _t("Service address"))):
        c.drawString(x + 4, y, title)
    for x, title in zip(cols[3:], (_t("Draft reversed") if n.draft_last4 is not None else _t("Check reversed"),
                                   _t("Fee"))):
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
    c.drawString(cols[0] + 4, y, _t("Total"))
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
        c.drawString(left + 8, y - 16 * i, _t("New balance of account {0}").format(a.account_number))
        c.drawRightString(right - 8, y - 16 * i, format_amount(a.new_balance))
    y -= 16 * (lines - 1)
    y -= 36
    street = n.header[2] if len(n.header) > 2 else "300 South Washington Street"
    pay = (_t("Please pay the new balance, including the {0} returned item fee, in cash, by money order or by "
              "cashier's check at City Hall, {1}, as soon as possible.") if n.draft_last4 is not None else
           _t("Please pay the new balance, including the {0} returned check fee, in cash, by money order or by "
              "cashier's check at City Hall, {1}, as soon as possible."))
    y = _paragraph(c, left, y, pay.format(format_amount(n.fee), street), text_width)
    if n.cash_only:
        c.setFillColorRGB(0.65, 0.08, 0.08)
        y = _paragraph(c, left, y, _cash_only_sentence(n), text_width, font=BOLD)
        c.setFillGray(0)
    phone = n.header[4] if len(n.header) > 4 else "704-484-6866"
    y = _paragraph(c, left, y, _t("If you have questions about this notice, please call Customer Service at {0}.")
                   .format(phone), text_width)
    y -= 8
    c.setFont(REGULAR, 10.5)
    c.drawString(left, y, _t("Sincerely,"))
    c.drawString(left, y - 30, _t("Utility Payments, {0}").format(header[0]))
    if n.signed_by:
        c.setFont(REGULAR, 8)
        c.setFillGray(0.4)
        c.drawString(left, y - 43, _t("Recorded by {0}").format(n.signed_by))
        c.setFillGray(0)
    c.setFont(REGULAR, 7.5)
    c.setFillGray(0.4)
    footer = (_t("Returned bank draft notice · reference {0}") if n.draft_last4 is not None else
              _t("Returned check notice · receipt {0}")).format(n.receipt_number)
    c.drawCentredString(width / 2, 0.5 * inch, footer + (_t(" · check {0}").format(n.check_number)
                                                         if n.check_number else ""))
    c.setFillGray(0)


@customer_language()
def render_notice(notice: ReturnedCheckNotice, out: Path) -> Path:
    """Write the notice to ``out`` (PDF) atomically; returns ``out``."""
    out = Path(out)
    with replaced_whole(out) as partial:
        c = Canvas(str(partial), pagesize=letter, pageCompression=1)
        c.setTitle((_t("Returned bank draft notice {0}") if notice.draft_last4 is not None else
                    _t("Returned check notice {0}")).format(notice.receipt_number))
        c.setAuthor(notice.header[0] if notice.header else "City of Shelby")
        _draw(c, notice)
        c.showPage()
        c.save()
    return out
