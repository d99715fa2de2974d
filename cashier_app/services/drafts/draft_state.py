"""What the account view shows of an account's bank draft: the badge, the bank (name, type, last 4
digits only), the first bill that will be drafted and its draft date, and the sentence the cashier
reads out when the bill on hand will not be drafted.

The dates come from ``draft_rules`` (the one place for them): an enrollment taken or seen today is
first drafted on ``first_draft_date_possible`` (lead time, and the prenote's settling days while it
is pending). A bill whose printed draft date is earlier, or that has no draft date, is not drafted:
the customer pays it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.models import Bill, DraftDocument, DraftEnrollment, DraftEntry, EnrollmentStatus
from cashier_app.money import ZERO
from cashier_app.services.access import Actor, requires
from cashier_app.services.balances import current_balances
from cashier_app.services.drafts import draft_rules
from cashier_app.services.settings import read_settings

PENDING, ACTIVE, ENDED = (EnrollmentStatus.PENDING.value, EnrollmentStatus.ACTIVE.value,
                          EnrollmentStatus.ENDED.value)


@dataclass(frozen=True)
class BillDrafted:
    """A bill and the day it is drafted (its printed draft date)."""

    bill_date: dt.date
    due_date: dt.date
    draft_date: dt.date
    amount: Decimal  # what will be drafted: the bill, capped by what the account owes


@dataclass(frozen=True)
class NotDrafted:
    """The bill on hand that will not be drafted, and the sentence said to the customer."""

    amount: Decimal
    due_date: dt.date
    sentence: str  # draft_rules.not_drafted_sentence (the window translates its own copy)


@dataclass(frozen=True)
class ScanInfo:
    document_id: int
    kind: str  # "signed_form" or "voided_check"
    media_type: str
    size: int


@dataclass(frozen=True)
class DraftState:
    """An account's bank draft as the counter shows it; never the full bank account number."""

    enrollment_id: int
    status: str  # "pending" (prenote not settled), "active" or "ended"
    bank_name: str
    account_type: str  # "checking" or "savings"
    last4: str
    signed_on: dt.date
    form_location: str
    ended_on: dt.date | None = None
    ended_reason: str = ""  # why it ended: "replaced", "cancelled: ...", a bank return
    retention_until: dt.date | None = None
    first_possible: dt.date | None = None  # the earliest draft date for this enrollment, today
    first_bill: BillDrafted | None = None  # None: the next bill (not issued yet) is the first
    not_drafted: NotDrafted | None = None
    scans: tuple[ScanInfo, ...] = ()

    @property
    def live(self) -> bool:
        return self.status in (PENDING, ACTIVE)

    @property
    def masked_account(self) -> str:
        return f"****{self.last4}"

    @property
    def badge(self) -> str:
        """The badge's words (untranslated source; the window translates its own copy)."""
        if self.status == PENDING:
            return "Bank draft: pending prenote"
        if self.status == ACTIVE:
            return "Bank draft"
        reason = self.ended_reason.split(":", 1)[0] if self.ended_reason else ""
        return f"Bank draft ended ({reason})" if reason else "Bank draft ended"


def _latest_enrollment(session: Session, account_id: int) -> DraftEnrollment | None:
    """The live enrollment if there is one, else the one that ended last."""
    rows = session.scalars(select(DraftEnrollment).where(DraftEnrollment.account_id == account_id)
                           .order_by(DraftEnrollment.id.desc())).all()
    for row in rows:
        if row.status in (PENDING, ACTIVE):
            return row
    return rows[0] if rows else None


def load_draft_state(session: Session, account_id: int, balance: Decimal | None = None,
                     today: dt.date | None = None) -> DraftState | None:
    """The account's draft state inside the caller's transaction; None when it never enrolled."""
    enrollment = _latest_enrollment(session, account_id)
    if enrollment is None:
        return None
    today = today or city_time.today()
    if balance is None:
        balance = current_balances(session, [account_id]).get(account_id, ZERO)
    scans = tuple(ScanInfo(d.id, d.kind, d.media_type, d.size) for d in session.scalars(
        select(DraftDocument).where(DraftDocument.enrollment_id == enrollment.id).order_by(DraftDocument.id)))
    state = DraftState(enrollment.id, enrollment.status, enrollment.bank_name, enrollment.bank_account_type,
                       enrollment.bank_account_last4, enrollment.signed_on, enrollment.form_location,
                       enrollment.ended_on, enrollment.ended_reason, enrollment.retention_until, scans=scans)
    bills = session.scalars(select(Bill).where(Bill.account_id == account_id)
                            .order_by(Bill.bill_date.desc(), Bill.id.desc()).limit(3)).all()
    in_runs = set(session.scalars(select(DraftEntry.bill_id).where(
        DraftEntry.bill_id.in_([b.id for b in bills]), DraftEntry.voided.is_(False))))
    return _with_bills(session, state, bills, in_runs, balance, today)


def _with_bills(session: Session, state: DraftState, bills: list[Bill], in_runs: set[int], balance: Decimal,
                today: dt.date) -> DraftState:
    latest = bills[0] if bills else None
    owed_on_latest = draft_rules.amount_to_draft(latest.amount, balance) if latest else ZERO
    if not state.live:
        # Ended: the bill on hand is not drafted, whatever its printed draft date says.
        if latest is not None and latest.draft_date and owed_on_latest > ZERO and latest.id not in in_runs:
            return replace(state, not_drafted=_not_drafted(owed_on_latest, latest.due_date))
        return state
    settings = read_settings(session, "drafts.lead_banking_days", "drafts.prenote_banking_days")
    first_possible = draft_rules.first_draft_date_possible(
        today, int(settings["drafts.lead_banking_days"]), int(settings["drafts.prenote_banking_days"]),
        active=state.status == ACTIVE)
    state = replace(state, first_possible=first_possible)
    if latest is None:
        return state
    if latest.id in in_runs and latest.draft_date is not None:  # already in a run: it is being drafted
        return replace(state, first_bill=BillDrafted(latest.bill_date, latest.due_date, latest.draft_date,
                                                     owed_on_latest))
    if latest.draft_date is not None and latest.draft_date >= first_possible:
        return replace(state, first_bill=BillDrafted(latest.bill_date, latest.due_date, latest.draft_date,
                                                     owed_on_latest))
    if owed_on_latest > ZERO:
        return replace(state, not_drafted=_not_drafted(owed_on_latest, latest.due_date))
    return state


def _not_drafted(amount: Decimal, due_date: dt.date) -> NotDrafted:
    return NotDrafted(amount, due_date, draft_rules.not_drafted_sentence(amount, due_date))


@requires()
def draft_state(db: Database, actor: Actor, account_id: int) -> DraftState | None:
    """The account's bank draft as the counter shows it (any signed-in user); None when the account
    was never enrolled."""
    with db.read() as s:
        return load_draft_state(s, account_id)
