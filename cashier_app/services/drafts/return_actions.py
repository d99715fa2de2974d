"""What one bank return does to the draft entry it names (inside the caller's transaction).

By reason code (docs/formats.md, "Applying a return file"):
- a returned debit, any code: the bank-draft payment is reversed (reversal charges, as for a
  returned check: ``returned_checks.reverse_tender``) and the returned-item fee (setting
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

from sqlalchemy.orm import Session

from cashier_app.models import (
    DraftEnrollment, DraftEntry, EnrollmentStatus, EntryKind, Payment, ReturnedItem, TenderKind,
)
from cashier_app.money import ZERO, format_amount
from cashier_app.services.access import Actor
from cashier_app.services.audit import record_event
from cashier_app.services.returned_checks import reverse_tender

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


def end_enrollment(s: Session, actor: Actor, enrollment: DraftEnrollment, reason: str, today: dt.date,
                   retention_years: int) -> bool:
    """End ``enrollment`` with ``reason`` (shown on the account view); False when it had ended already."""
    if enrollment.status == EnrollmentStatus.ENDED.value:
        return False
    before = {"status": enrollment.status}
    enrollment.status = EnrollmentStatus.ENDED.value
    enrollment.ended_on = today
    enrollment.ended_reason = reason[:200]
    enrollment.ended_by_id = actor.user_id
    try:
        enrollment.retention_until = today.replace(year=today.year + retention_years)
    except ValueError:  # 29 February
        enrollment.retention_until = today.replace(year=today.year + retention_years, day=28)
    record_event(s, actor, "draft_enrollment.end", "draft_enrollment", enrollment.id, before=before,
                 after={"status": enrollment.status, "reason": enrollment.ended_reason,
                        "retention_until": enrollment.retention_until})
    return True


def apply_return(s: Session, actor: Actor, entry: DraftEntry, enrollment: DraftEnrollment, payment: Payment | None,
                 code: str, reason_text: str, today: dt.date, fee: Decimal, retention_years: int,
                 source: str) -> ReturnDone:
    """Reverse, charge, end as the code says; record the ReturnedItem and the audit event. The caller
    checked that the entry is live and not returned yet, and holds its account's lock."""
    reason = f"{code} {reason_text}"
    reversals, fee_charge = [], None
    if entry.kind == EntryKind.DEBIT.value and payment is not None:
        tender = next(t for t in payment.tenders if t.kind == TenderKind.BANK_DRAFT.value)
        label = f"Returned bank draft of {entry.amount} ({payment.receipt_number}, drafted {payment.business_date})"
        reversals, fee_charge = reverse_tender(
            s, actor, payment, tender, today, description=f"{label}: {reason}", fee=fee,
            fee_description=f"Returned item fee: bank draft {payment.receipt_number}, {code}")
    item = ReturnedItem(payment_id=payment.id if payment is not None else None,
                        tender_id=reversals[0].tender_id if reversals else None, draft_entry_id=entry.id,
                        reason_code=code, reason=reason[:200], returned_on=today, recorded_by_id=actor.user_id,
                        fee_charge_id=fee_charge.id if fee_charge is not None else None)
    s.add(item)
    s.flush()
    ended = False
    if ends_enrollment(code, entry.kind):
        what = ("prenote" if entry.kind == EntryKind.PRENOTE.value
                else f"draft of {format_amount(entry.amount)} on {payment.business_date if payment else ''}")
        ended = end_enrollment(s, actor, enrollment, f"Bank return {code}: {reason_text} ({what})", today,
                               retention_years)
    reversed_total = sum((c.amount for c in reversals), ZERO)
    fee_amount = fee_charge.amount if fee_charge is not None else ZERO
    if entry.kind == EntryKind.PRENOTE.value:
        outcome = PRENOTE_ENDED
        words = "prenote returned: enrollment ended" if ended else "prenote returned: enrollment had ended already"
    else:
        outcome = REVERSED_ENDED if code in ENDING_CODES else REVERSED
        words = f"payment reversed, fee {format_amount(fee_amount)}"
        if code in ENDING_CODES:
            words += "; enrollment ended" if ended else "; enrollment had ended already"
        elif code in FUNDS_CODES:
            words += "; enrollment kept (the next bill is drafted as usual)"
        else:
            words += f"; enrollment kept ({code} does not end it: check it with the customer)"
    record_event(s, actor, RETURN_ACTION, "draft_entry", entry.id,
                 before={"trace_number": entry.trace_number, "amount": entry.amount, "kind": entry.kind},
                 after={"returned_item": item.id, "code": code, "source": source, "reversed": reversed_total,
                        "fee": fee_amount, "enrollment_ended": ended, "payment": payment.id if payment else None,
                        "bank_account": f"****{enrollment.bank_account_last4}", "business_date": today})
    return ReturnDone(item.id, outcome, reversed_total, fee_amount, ended,
                      entry.kind == EntryKind.DEBIT.value and payment is not None, words)
