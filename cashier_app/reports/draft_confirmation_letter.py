"""The bank draft confirmation letter: one US-letter page (PDF) to the customer's mailing address,
placed for a No. 10 window envelope like the returned check notice. It says which accounts are
drafted from which bank account (last 4 digits only), the first bill drafted and its date, the bill
to pay today when there is one, the terms (reports/draft_terms.py, the same as on the authorization
form) and how to cancel. Pure: values in, file out (services/drafts/confirmation.py reads the
database).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from cashier_app.i18n import _t, customer_language, long_date
from cashier_app.private_files import replaced_whole
from cashier_app.receipts.draft_confirmation import DraftConfirmation
from cashier_app.reports.pdf_pages import BOLD, REGULAR, fit

WIDTH, HEIGHT = letter
LEFT, RIGHT = 0.9 * inch, WIDTH - 0.9 * inch


@dataclass(frozen=True)
class ConfirmationLetter:
    slip: DraftConfirmation  # the same facts as the printed slip
    letter_date: dt.date
    mailing_lines: tuple[str, ...]


def _long(day: dt.date) -> str:
    return long_date(day)


def _paragraph(c: Canvas, y: float, text: str, *, font: str = REGULAR, size: float = 10.5, x: float = LEFT,
               bullet: str = "") -> float:
    lead = size * 1.35
    indent = 12 if bullet else 0
    c.setFont(font, size)
    if bullet:
        c.drawString(x, y, bullet)
    for line in simpleSplit(text, font, size, RIGHT - x - indent):
        c.drawString(x + indent, y, line)
        y -= lead
    return y - 5


def _letterhead(c: Canvas, header: tuple[str, ...], day: dt.date) -> None:
    header = header or ("City of Shelby",)
    y = HEIGHT - 0.75 * inch
    c.setFont(BOLD, 18)
    c.drawString(LEFT, y, header[0])
    c.setFont(REGULAR, 10)
    c.drawString(LEFT, y - 15, header[1] if len(header) > 1 else _t("Utility Payments"))
    c.setFont(REGULAR, 9)
    for i, line in enumerate(header[2:5]):
        c.drawRightString(RIGHT, y + 2 - 12 * i, line)
    c.setLineWidth(0.8)
    c.line(LEFT, y - 28, RIGHT, y - 28)
    c.setFont(REGULAR, 10.5)
    c.drawString(LEFT, y - 50, _long(day))


def _address(c: Canvas, letter_: ConfirmationLetter) -> None:
    slip = letter_.slip
    y = HEIGHT - 2.1 * inch  # where a No. 10 window envelope shows it
    c.setFont(BOLD, 11)
    c.drawString(LEFT, y, fit(slip.customer_name, BOLD, 11, 3.6 * inch))
    c.setFont(REGULAR, 11)
    for line in letter_.mailing_lines[:3]:
        y -= 14
        c.drawString(LEFT, y, fit(line, REGULAR, 11, 3.6 * inch))
    box_x, box_y = LEFT + 4.0 * inch, HEIGHT - 2.1 * inch + 12
    for i, (caption, value) in enumerate(((_t("CUSTOMER NUMBER"), slip.customer_number),
                                          (_t("ENROLLMENT"), slip.reference))):
        c.setFont(REGULAR, 7.5)
        c.setFillGray(0.35)
        c.drawString(box_x, box_y - 26 * i, caption)
        c.setFillGray(0)
        c.setFont(BOLD, 10.5)
        c.drawString(box_x, box_y - 26 * i - 12, fit(value, BOLD, 10.5, RIGHT - box_x))


def _accounts(c: Canvas, slip: DraftConfirmation, y: float) -> float:
    c.setFont(BOLD, 9)
    c.drawString(LEFT + 4, y, _t("Account"))
    c.drawString(LEFT + 1.2 * inch, y, _t("Service address"))
    c.drawString(LEFT + 3.3 * inch, y, _t("First draft"))
    y -= 4
    c.setLineWidth(0.5)
    c.line(LEFT, y, RIGHT, y)
    for account in slip.accounts:
        y -= 14
        c.setFont(REGULAR, 9.5)
        c.drawString(LEFT + 4, y, account.account_number)
        c.drawString(LEFT + 1.2 * inch, y, fit(account.service_address, REGULAR, 9.5, 2.0 * inch))
        c.drawString(LEFT + 3.3 * inch, y, fit(account.first_draft, REGULAR, 9.5, RIGHT - LEFT - 3.35 * inch))
        if account.pay_today:
            y -= 13
            c.setFont(BOLD, 9.5)
            c.drawString(LEFT + 1.2 * inch, y, fit(account.pay_today, BOLD, 9.5, RIGHT - LEFT - 1.25 * inch))
    y -= 6
    c.line(LEFT, y, RIGHT, y)
    return y - 20


def _draw(c: Canvas, letter_: ConfirmationLetter) -> None:
    slip = letter_.slip
    _letterhead(c, slip.header, letter_.letter_date)
    _address(c, letter_)
    y = HEIGHT - 3.35 * inch
    c.setFont(BOLD, 14)
    c.drawString(LEFT, y, _t("Your bank draft enrollment"))
    y -= 24
    y = _paragraph(c, y, _t("Dear {0},").format(slip.customer_name or _t("Customer")))
    bank = f"{slip.bank_name}, " if slip.bank_name else ""
    y = _paragraph(c, y, _t(
        "Thank you for your bank draft authorization, signed on {0}. From now on the City drafts your utility "
        "bill each month from the {1} account of {2} at {3}account ending {4}, on the draft date printed on the "
        "bill.").format(_long(slip.signed_on), _account_type(slip.account_type), slip.name_on_account, bank,
                        slip.last4))
    if slip.pending:
        y = _paragraph(c, y, _t(
            "First the City sends your bank a test entry of $0.00 (a prenote) to check the account; your bills "
            "are drafted once it has gone through."))
    y = _accounts(c, slip, y)
    c.setFont(BOLD, 10.5)
    c.drawString(LEFT, y, _t("Terms"))
    y -= 15
    for term in slip.terms:
        y = _paragraph(c, y, term, size=9.5, bullet="•")
    y -= 4
    c.setFont(BOLD, 10.5)
    c.drawString(LEFT, y, _t("How to cancel"))
    y -= 15
    y = _paragraph(c, y, slip.how_to_cancel, size=9.5)
    y -= 8
    c.setFont(REGULAR, 10.5)
    c.drawString(LEFT, y, _t("Sincerely,"))
    c.drawString(LEFT, y - 30, _t("Utility Payments, {0}").format(slip.header[0] if slip.header else "City of Shelby"))
    if slip.cashier:
        c.setFont(REGULAR, 8)
        c.setFillGray(0.4)
        c.drawString(LEFT, y - 43, _t("Enrolled by {0}").format(slip.cashier))
        c.setFillGray(0)
    c.setFont(REGULAR, 7.5)
    c.setFillGray(0.4)
    c.drawCentredString(WIDTH / 2, 0.5 * inch, _t("Bank draft confirmation · enrollment {0} · customer {1}").format(
        slip.reference, slip.customer_number))
    c.setFillGray(0)


def _account_type(account_type: str) -> str:
    return {"checking": _t("checking"), "savings": _t("savings")}.get(account_type, account_type)


@customer_language()
def render_confirmation_letter(letter_: ConfirmationLetter, out: Path) -> Path:
    """Write the letter to ``out`` (PDF, readable by its owner only) atomically; returns ``out``."""
    out = Path(out)
    with replaced_whole(out) as partial:
        c = Canvas(str(partial), pagesize=letter, pageCompression=1, invariant=1)
        c.setTitle(_t("Bank draft confirmation {0}").format(letter_.slip.reference))
        c.setAuthor(letter_.slip.header[0] if letter_.slip.header else "City of Shelby")
        _draw(c, letter_)
        c.showPage()
        c.save()
    return out
