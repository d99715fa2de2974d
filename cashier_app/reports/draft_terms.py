"""The terms of the City's bank draft, in one place: printed on the authorization form, on the
confirmation letter, and (shortened) on the confirmation slip from the receipt printer.

What the City's page says is printed as fact (drafted each month on the draft date printed on the
bill, the bill still sent, free). What it does not say is marked "(City to confirm)".
"""
from __future__ import annotations

TO_CONFIRM = "(City to confirm)"
CANCEL_NOTICE_DAYS = 10  # "at least 10 days before the draft date" (City to confirm)
DEFAULT_PHONE = "704-484-6866"


def draft_terms(*, with_cancel: bool = True) -> tuple[str, ...]:
    """The terms, one paragraph each. ``with_cancel=False`` leaves out the one on cancelling, for a
    document that says :func:`how_to_cancel` under its own heading (the letter, the slip)."""
    terms = (
        "Each month the City deducts the amount of your utility bill from your bank account on the draft date "
        "printed on the bill. You still receive your bill every month to review.",
        "Bank draft is free: the City charges no fee for it.",
        "To stop your bank draft or change the bank account, tell the City in writing or at the counter at City "
        f"Hall at least {CANCEL_NOTICE_DAYS} days before the draft date. {TO_CONFIRM}",
        f"If your bank returns a draft unpaid, the City may charge its returned-item fee. {TO_CONFIRM}",
    )
    return terms if with_cancel else terms[:2] + terms[3:]


def how_to_cancel(street: str, phone: str) -> str:
    """How a customer stops the draft or changes the bank account (letter and slip)."""
    return (f"To stop your bank draft or change the bank account, come to the counter at City Hall, {street}, "
            f"or write to the City, at least {CANCEL_NOTICE_DAYS} days before the draft date {TO_CONFIRM}. "
            f"Questions: Customer Service, Payments Division, {phone or DEFAULT_PHONE} option 2 then 2.")
