"""The City's bank draft authorization form (one US-letter page, PDF), prefilled for a customer who
asks for one: name, customer number, the accounts with their service addresses, the mailing address;
blank lines and boxes for the bank, the signature and the date, the terms, and where to return it.
Pure: values in, file out (the caller reads the customer and the "receipt.header" setting).

What the City's page says is printed as fact (drafted each month on the draft date printed on the
bill, the bill still sent, free, returned with the next payment and a voided check, questions at
option 2 then 2). What it does not say is marked "(City to confirm)".
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
from cashier_app.reports.draft_terms import TO_CONFIRM, draft_terms
from cashier_app.reports.pdf_pages import BOLD, HEADER, REGULAR, fit
from cashier_app.private_files import replaced_whole

__all__ = ["TO_CONFIRM", "DraftAuthorizationForm", "FormAccount", "render_authorization_form", "terms"]

WIDTH, HEIGHT = letter
LEFT, RIGHT = 0.75 * inch, WIDTH - 0.75 * inch
BOX = 0.24 * inch  # one digit's box
MAX_ACCOUNTS = 4  # what fits on the one page; a customer with more fills in a second form
_DEFAULT_HEADER = ("City of Shelby", "Utility Payments", "300 South Washington Street", "Shelby NC 28150",
                   "704-484-6866")


@dataclass(frozen=True)
class FormAccount:
    account_number: str
    service_address: str


@dataclass(frozen=True)
class DraftAuthorizationForm:
    header: tuple[str, ...]  # setting "receipt.header": City, office, street, city/state/zip, phone
    printed_on: dt.date
    customer_name: str
    customer_number: str
    accounts: tuple[FormAccount, ...]
    mailing_lines: tuple[str, ...]
    allow_savings: bool = False  # setting "drafts.allow_savings": print a savings box too


def terms(form: DraftAuthorizationForm) -> tuple[str, ...]:
    """The terms printed on the form, one paragraph each (the same as on the confirmation letter)."""
    return draft_terms()


def _line(form: DraftAuthorizationForm, i: int) -> str:
    if len(form.header) > i and form.header[i]:
        return form.header[i]
    return _t("Utility Payments") if i == 1 else _DEFAULT_HEADER[i]


def return_instructions(form: DraftAuthorizationForm) -> str:
    """Where and how the signed form goes back to the City."""
    return _t("Return this form, signed, with your next bill payment, with a voided check for the bank account to "
              "draft: in the return envelope of your bill, or at City Hall, {0}, {1}. "
              "Questions: Customer Service, Payments Division, {2} option 2 then 2.").format(
        _line(form, 2), _line(form, 3), _line(form, 4))


def _paragraph(c: Canvas, y: float, text: str, *, x: float = LEFT, font: str = REGULAR, size: float = 9.5,
               bullet: str = "") -> float:
    lead = size * 1.32
    lines = simpleSplit(text, font, size, RIGHT - x - (10 if bullet else 0))
    c.setFont(font, size)
    if bullet:
        c.drawString(x, y, bullet)
    for line in lines:
        c.drawString(x + (10 if bullet else 0), y, line)
        y -= lead
    return y - 3


def _section(c: Canvas, y: float, title: str, note: str = "") -> float:
    c.setFillGray(0.9)
    c.rect(LEFT, y - 4, RIGHT - LEFT, 16, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont(BOLD, 10.5)
    c.drawString(LEFT + 5, y, title)
    if note:
        c.setFont(REGULAR, 8.5)
        c.drawRightString(RIGHT - 5, y, note)
    return y - 22


def _blank(c: Canvas, x: float, y: float, label: str, width: float, value: str = "") -> None:
    """A label above a line to write on (or a prefilled value on the line)."""
    c.setFont(REGULAR, 7.5)
    c.setFillGray(0.35)
    c.drawString(x, y + 13, label)
    c.setFillGray(0)
    if value:
        c.setFont(BOLD, 10.5)
        c.drawString(x + 2, y + 2, fit(value, BOLD, 10.5, width - 4))
    c.setLineWidth(0.6)
    c.line(x, y, x + width, y)


def _boxes(c: Canvas, x: float, y: float, label: str, count: int) -> None:
    c.setFont(REGULAR, 7.5)
    c.setFillGray(0.35)
    c.drawString(x, y + BOX + 3, label)
    c.setFillGray(0)
    c.setLineWidth(0.6)
    for i in range(count):
        c.rect(x + i * BOX, y, BOX, BOX, stroke=1, fill=0)


def _tick(c: Canvas, x: float, y: float, label: str) -> float:
    c.setLineWidth(0.8)
    c.rect(x, y - 1, 10, 10, stroke=1, fill=0)
    c.setFont(REGULAR, 10)
    c.drawString(x + 15, y, label)
    return x + 15 + c.stringWidth(label, REGULAR, 10) + 22


def _letterhead(c: Canvas, form: DraftAuthorizationForm) -> float:
    y = HEIGHT - 0.7 * inch
    c.setFont(BOLD, 17)
    c.drawString(LEFT, y, _line(form, 0))
    c.setFont(REGULAR, 10)
    c.drawString(LEFT, y - 15, _line(form, 1))
    c.setFont(REGULAR, 9)
    for i in range(3):
        c.drawRightString(RIGHT, y + 2 - 12 * i, _line(form, 2 + i))
    c.setLineWidth(0.8)
    c.line(LEFT, y - 28, RIGHT, y - 28)
    y -= 54
    c.setFont(BOLD, 15)
    c.drawString(LEFT, y, _t("Bank Draft Authorization Form"))
    c.setFont(REGULAR, 9.5)
    c.drawRightString(RIGHT, y, long_date(form.printed_on))
    return _paragraph(c, y - 16, _t("Pay your utility bill automatically each month from your bank account, free."),
                      size=9.5) - 6


def _customer(c: Canvas, form: DraftAuthorizationForm, y: float) -> float:
    y = _section(c, y, _t("Customer"), _t("printed by the City; correct it if it is wrong"))
    half = (RIGHT - LEFT) / 2
    _blank(c, LEFT, y - 14, _t("Customer name"), half - 14, form.customer_name)
    _blank(c, LEFT + half, y - 14, _t("Customer number"), half, form.customer_number)
    mailing = ", ".join(line for line in form.mailing_lines if line)
    _blank(c, LEFT, y - 46, _t("Mailing address"), RIGHT - LEFT, mailing)
    y -= 72
    c.setFont(BOLD, 8.5)
    c.drawString(LEFT + 2, y, _t("Account(s) to draft"))
    c.drawString(LEFT + 1.6 * inch, y, _t("Service address"))
    c.setLineWidth(0.4)
    c.line(LEFT, y - 4, RIGHT, y - 4)
    c.setFont(REGULAR, 10)
    shown = form.accounts[:MAX_ACCOUNTS]
    for account in shown:
        y -= 13
        c.drawString(LEFT + 2, y, fit(account.account_number, REGULAR, 10, 1.5 * inch))
        c.drawString(LEFT + 1.6 * inch, y, fit(account.service_address, REGULAR, 10, RIGHT - LEFT - 1.7 * inch))
    if len(form.accounts) > len(shown):
        y -= 12
        c.setFont(REGULAR, 8.5)
        c.drawString(LEFT + 2, y, _t("and {0} more account(s): ask for a second form.").format(
            len(form.accounts) - len(shown)))
    return y - 26


def _bank(c: Canvas, form: DraftAuthorizationForm, y: float) -> float:
    y = _section(c, y, _t("Your bank"), _t("filled in by the bank account holder"))
    half = (RIGHT - LEFT) / 2
    _blank(c, LEFT, y - 14, _t("Name(s) on the bank account"), half - 14)
    _blank(c, LEFT + half, y - 14, _t("Bank name"), half)
    y -= 36 + BOX
    _boxes(c, LEFT, y, _t("Routing number (9 digits)"), 9)
    _boxes(c, LEFT + 9 * BOX + 0.35 * inch, y, _t("Bank account number"), 17)
    y -= 24
    c.setFont(REGULAR, 8.5)
    label = _t("Account type:")
    c.drawString(LEFT, y, label)
    x = _tick(c, max(LEFT + 70, LEFT + c.stringWidth(label, REGULAR, 8.5) + 8), y, _t("Checking"))
    if form.allow_savings:
        _tick(c, x, y, _t("Savings"))
    else:
        c.setFont(REGULAR, 8.5)
        c.drawString(x, y, _t("(the City drafts checking accounts)"))
    y -= 34
    _blank(c, LEFT, y, _t("Phone"), half - 14)
    _blank(c, LEFT + half, y, _t("E-mail"), half)
    return y - 26


def _draw(c: Canvas, form: DraftAuthorizationForm) -> None:
    y = _letterhead(c, form)
    y = _customer(c, form, y)
    y = _bank(c, form, y)
    y = _section(c, y, _t("Terms"))
    for paragraph in terms(form):
        y = _paragraph(c, y, paragraph, bullet="•", size=9)
    y -= 6
    y = _paragraph(c, y, _t("I authorize the {0} to deduct the amount of my utility bill each month from the bank "
                            "account above, on the draft date printed on the bill, and my bank to pay these drafts, "
                            "until I cancel this authorization.").format(_line(form, 0)), font=BOLD, size=9.5)
    y -= 24
    _blank(c, LEFT, y, _t("Signature of the bank account holder"), 4.3 * inch)
    _blank(c, LEFT + 4.6 * inch, y, _t("Date"), RIGHT - LEFT - 4.6 * inch)
    y -= 24
    y = _paragraph(c, y, return_instructions(form), size=9)
    # The City's box: what the cashier ticks when enrolling the customer.
    top = max(y - 4, 0.95 * inch)
    c.setLineWidth(0.5)
    c.setDash(2, 2)
    c.rect(LEFT, top - 30, RIGHT - LEFT, 30, stroke=1, fill=0)
    c.setDash()
    c.setFont(BOLD, 8)
    c.drawString(LEFT + 5, top - 12, _t("For City use"))
    c.setFont(REGULAR, 8)
    c.drawString(LEFT + 5, top - 24, _t("Signed form [  ]   Voided check [  ]   Received by ____________   "
                                        "Date ________   Enrolled ________"))
    c.setFont(REGULAR, 7.5)
    c.setFillGray(0.4)
    c.drawCentredString(WIDTH / 2, 0.5 * inch, _t("Bank draft authorization form · customer {0}").format(
        form.customer_number))
    c.setFillGray(0)


@customer_language()
def render_authorization_form(form: DraftAuthorizationForm, out: Path) -> Path:
    """Write the prefilled form to ``out`` (PDF, one page, readable by its owner only) atomically;
    returns ``out``."""
    out = Path(out)
    with replaced_whole(out) as partial:
        c = Canvas(str(partial), pagesize=letter, pageCompression=1, invariant=1)
        c.setTitle(_t("Bank draft authorization form, customer {0}").format(form.customer_number))
        c.setAuthor(form.header[0] if form.header else HEADER[0])
        _draw(c, form)
        c.showPage()
        c.save()
    return out
