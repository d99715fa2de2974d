"""What one bank return does to the draft entry it names (inside the caller's transaction).

By reason code (docs/formats.md, "Applying a return file"):
- a returned debit, any code: the bank-draft payment is reversed (reversal charges, as for a
  returned check: ``returned_checks.reversal_charges``) and the returned-item fee (setting
  ``returned_check.fee``) is charged; a notice letter is written after the commit;
- R02 R03 R04 R07 R08 R10 R16 R20 R29 (the account or the authorization is gone): the enrollment
  ends too, with the reason shown on the account view; R01 R09 and the other codes keep it;
- a returned prenote (no money moved): the enrollment ends, nothing is charged.
Each entry is returned once: ``ReturnedItem.draft_entry_id`` is unique.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert
from sqlalchemy.orm import Session

from cashier_app.i18n import _t
from cashier_app.models import (
    Charge, DraftEnrollment, DraftEntry, EnrollmentStatus, EntryKind, Payment, ReturnedItem, TenderKind,
)
from cashier_app.money import ZERO, format_amount
from cashier_app.services.access import Actor
from cashier_app.services.audit import record_events
from cashier_app.services.returned_checks import reversal_charges

RETURN_ACTION = "draft.returned"
#: Codes that say the bank account or the customer's authorization is gone: drafting it again would fail.
ENDING_CODES = frozenset({"R02", "R03", "R04", "R07", "R08", "R10", "R16", "R20", "R29"})
#: Insufficient or uncollected funds: the enrollment stays, the next bill is drafted as usual.
FUNDS_CODES = frozenset({"R01", "R09"})

# What was done, as listed in the report.
REVERSED = "reversed"
REVERSED_ENDED = "reversed, enrollment ended"
PRENOTE_ENDED = "prenote returned, enrollment ended"


@dataclass(frozen=True)
class ReturnDone:
    """One return applied: what the report lists for it."""

    returned_item_id: int
    outcome: str  # REVERSED, REVERSED_ENDED or PRENOTE_ENDED
    reversed: Decimal
    fee: Decimal
    ended: bool
    notice_wanted: bool  # a payment was reversed: the customer gets a letter
    words: str  # "payment reversed, fee $25.00; enrollment kept (R01: the next bill is drafted as usual)"


def ends_enrollment(code: str, kind: str) -> bool:
    return kind == EntryKind.PRENOTE.value or code in ENDING_CODES


@dataclass
class ReturnToApply:
    """A return the caller checked: the entry is live, not returned yet, its account locked."""

    entry: DraftEntry
    enrollment: DraftEnrollment
    payment: Payment | None
    code: str
    reason_text: str


def _retention_end(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year + years)
    except ValueError:  # 29 February
        return today.replace(year=today.year + years, day=28)


def end_enrollment(enrollment: DraftEnrollment, actor: Actor, reason: str, today: dt.date, retention_years: int,
                   events: list) -> bool:
    """End ``enrollment`` with ``reason`` (shown on the account view), its audit event added to
    ``events``; False when it had ended already."""
    if enrollment.status == EnrollmentStatus.ENDED.value:
        return False
    before = {"status": enrollment.status}
    enrollment.status = EnrollmentStatus.ENDED.value
    enrollment.ended_on = today
    enrollment.ended_reason = reason[:200]
    enrollment.ended_by_id = actor.user_id
    enrollment.retention_until = _retention_end(today, retention_years)
    events.append(("draft_enrollment.end", "draft_enrollment", enrollment.id, before,
                   {"status": enrollment.status, "reason": enrollment.ended_reason,
                    "retention_until": enrollment.retention_until}))
    return True


def _words(r: ReturnToApply, fee: Decimal, ended: bool) -> tuple[str, str]:
    """The outcome and what was done, in the window's language (the supervisor's returns page)."""
    if r.entry.kind == EntryKind.PRENOTE.value:
        return PRENOTE_ENDED, (_t("prenote returned: enrollment ended") if ended
                               else _t("prenote returned: enrollment had ended already"))
    words = _t("payment reversed, fee {0}").format(format_amount(fee))
    if r.code in ENDING_CODES:
        return REVERSED_ENDED, words + (_t("; enrollment ended") if ended else _t("; enrollment had ended already"))
    if r.code in FUNDS_CODES:
        return REVERSED, words + _t("; enrollment kept (the next bill is drafted as usual)")
    return REVERSED, words + _t("; enrollment kept ({0} does not end it: check it with the customer)").format(r.code)


def apply_returns(s: Session, actor: Actor, todo: list[ReturnToApply], today: dt.date, fee: Decimal,
                  retention_years: int, source: str) -> list[ReturnDone]:
    """Reverse, charge, end as each code says; record the ReturnedItems and the audit events; a few
    statements for the whole list (``ReturnDone`` in the same order)."""
    charges, spans = [], []
    for r in todo:
        rows, fee_row = [], None
        if r.entry.kind == EntryKind.DEBIT.value and r.payment is not None:
            tender = next(t for t in r.payment.tenders if t.kind == TenderKind.BANK_DRAFT.value)
            label = (f"Returned bank draft of {r.entry.amount} ({r.payment.receipt_number}, drafted "
                     f"{r.payment.business_date})")
            rows, fee_row = reversal_charges(
                actor, r.payment, tender, today, description=f"{label}: {r.code} {r.reason_text}", fee=fee,
                fee_description=f"Returned item fee: bank draft {r.payment.receipt_number}, {r.code}")
        spans.append((len(charges), rows, fee_row))
        charges += rows + ([fee_row] if fee_row is not None else [])
    ids = list(s.scalars(insert(Charge).returning(Charge.id, sort_by_parameter_order=True), charges)) if charges else []
    items = []
    for r, (at, rows, fee_row) in zip(todo, spans):
        items.append(dict(payment_id=r.payment.id if r.payment is not None else None,
                          tender_id=rows[0]["tender_id"] if rows else None, draft_entry_id=r.entry.id,
                          reason_code=r.code, reason=f"{r.code} {r.reason_text}"[:200], returned_on=today,
                          recorded_by_id=actor.user_id,
                          fee_charge_id=ids[at + len(rows)] if fee_row is not None else None))
    item_ids = list(s.scalars(insert(ReturnedItem).returning(ReturnedItem.id, sort_by_parameter_order=True),
                              items)) if items else []
    events, done = [], []
    for r, (_, rows, fee_row), item_id in zip(todo, spans, item_ids):
        ended = False
        if ends_enrollment(r.code, r.entry.kind):
            what = ("prenote" if r.entry.kind == EntryKind.PRENOTE.value else
                    f"draft of {format_amount(r.entry.amount)} on {r.payment.business_date if r.payment else ''}")
            ended = end_enrollment(r.enrollment, actor, f"Bank return {r.code}: {r.reason_text} ({what})", today,
                                   retention_years, events)
        reversed_total = sum((row["amount"] for row in rows), ZERO)
        fee_amount = fee_row["amount"] if fee_row is not None else ZERO
        outcome, words = _words(r, fee_amount, ended)
        events.append((RETURN_ACTION, "draft_entry", r.entry.id,
                       {"trace_number": r.entry.trace_number, "amount": r.entry.amount, "kind": r.entry.kind},
                       {"returned_item": item_id, "code": r.code, "source": source, "reversed": reversed_total,
                        "fee": fee_amount, "enrollment_ended": ended,
                        "payment": r.payment.id if r.payment is not None else None,
                        "bank_account": f"****{r.enrollment.bank_account_last4}", "business_date": today}))
        done.append(ReturnDone(item_id, outcome, reversed_total, fee_amount, ended,
                               r.entry.kind == EntryKind.DEBIT.value and r.payment is not None, words))
    record_events(s, actor, events)
    return done
