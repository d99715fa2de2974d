"""The bank-draft rules, pure: one place each for what is drafted, when, and for how much.

- **Prenote first.** A new enrollment is ``pending``: the next run sends it as a zero-dollar
  prenote, and it is drafted only once that prenote has had ``drafts.prenote_banking_days``
  banking days after its effective entry date to come back (:func:`prenote_settled_on`). A run
  activates the pending enrollments whose prenote has settled by the day it is made.
- **Which bills.** A run for draft date D drafts, for every active enrollment, its account's bills
  whose draft date (printed on the bill by the billing system) is D.
- **How much** (:func:`amount_to_draft`): what is still due on that bill when the run is made —
  the bill's amount, but never more than the account's current balance (payments taken since the
  bill, at the counter or by mail, lower it; a credit balance drafts nothing). Nothing is drafted
  when nothing is due. A bill is drafted by at most one entry that is not voided (a unique index),
  so running the same date again drafts only what the first run did not.
- **Counter payments after a run** (:func:`counter_warning`): a bill already in a run that was
  not voided will be drafted for the amount in the file; the window says so before a counter
  payment is posted for that account, and the payment stays a payment on account (a credit
  when it is more than what is left owing), never a second collection of the drafted amount.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cashier_app.ach.banking_days import add_banking_days, earliest_draft_date
from cashier_app.money import ZERO, format_amount


def amount_to_draft(bill_amount: Decimal, balance: Decimal) -> Decimal:
    """What a run drafts for a bill: its amount, capped by the account's current balance; 0 when
    the account owes nothing (paid, or in credit)."""
    if balance <= ZERO or bill_amount <= ZERO:
        return ZERO
    return min(bill_amount, balance)


def prenote_settled_on(prenote_effective_date: dt.date, prenote_banking_days: int) -> dt.date:
    """The day from which an enrollment whose prenote settled on ``prenote_effective_date`` is
    drafted (the bank had this many banking days to return the prenote)."""
    return add_banking_days(prenote_effective_date, prenote_banking_days)


def first_draft_date_possible(today: dt.date, lead_banking_days: int, prenote_banking_days: int,
                              *, active: bool) -> dt.date:
    """The earliest draft date on which an enrollment taken or seen ``today`` can be drafted: the
    lead time for an active one; for a pending one, its prenote in the earliest run possible, then
    the prenote's settling days."""
    earliest = earliest_draft_date(today, lead_banking_days)
    if active:
        return earliest
    return prenote_settled_on(earliest, prenote_banking_days)


def not_drafted_sentence(amount: Decimal, due_date: dt.date) -> str:
    """What the cashier reads out when the current bill will not be drafted (untranslated source;
    the window translates its own copy)."""
    return f"Your bill of {format_amount(amount)} due {due_date:%B %-d, %Y} is not drafted: pay it today."


def counter_warning(drafted_amount: Decimal, draft_date: dt.date) -> str:
    """What the window says before a counter payment to an account whose bill is in a run."""
    return (f"This account's bill is already in a bank draft run: {format_amount(drafted_amount)} will be "
            f"drafted on {draft_date:%B %-d, %Y}. A payment today is extra, kept as a credit on the account.")
