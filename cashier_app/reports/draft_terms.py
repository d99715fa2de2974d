"""The terms of the City's bank draft, in one place: printed on the authorization form, on the
confirmation letter, and (shortened) on the confirmation slip from the receipt printer.

What the City's page says is printed as fact (drafted each month on the draft date printed on the
bill, the bill still sent, free). What it does not say is marked "(City to confirm)".
"""
from __future__ import annotations

from cashier_app.i18n import _t

TO_CONFIRM = "(City to confirm)"  # English; _t("(City to confirm)") where printed
CANCEL_NOTICE_DAYS = 10  # "at least 10 days before the draft date" (City to confirm)
DEFAULT_PHONE = "704-484-6866"


def draft_terms(*, with_cancel: bool = True) -> tuple[str, ...]:
    """The terms, one paragraph each. ``with_cancel=False`` leaves out the one on cancelling, for a
    document that says :func:`how_to_cancel` under its own heading (the letter, the slip)."""
    to_confirm = _t("(City to confirm)")
    terms = (
        _t("Each month the City deducts the amount of your utility bill from your bank account on the draft date "
           "printed on the bill. You still receive your bill every month to review."),
        _t("Bank draft is free: the City charges no fee for it."),
        _t("To stop your bank draft or change the bank account, tell the City in writing or at the counter at City "
           "Hall at least {0} days before the draft date. {1}").format(CANCEL_NOTICE_DAYS, to_confirm),
        _t("If your bank returns a draft unpaid, the City may charge its returned-item fee. {0}").format(to_confirm),
    )
    return terms if with_cancel else terms[:2] + terms[3:]


def how_to_cancel(street: str, phone: str) -> str:
    """How a customer stops the draft or changes the bank account (letter and slip)."""
    return _t("To stop your bank draft or change the bank account, come to the counter at City Hall, {0}, "
              "or write to the City, at least {1} days before the draft date {2}. "
              "Questions: Customer Service, Payments Division, {3} option 2 then 2.").format(
        street, CANCEL_NOTICE_DAYS, _t("(City to confirm)"), phone or DEFAULT_PHONE)
