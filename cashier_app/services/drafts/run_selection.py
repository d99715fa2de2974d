"""What a draft run for draft date D takes, inside the run's transaction: the enrollments whose
prenote settled (activated first), the bills to draft and for how much, the prenotes to send, and
the bills skipped because nothing is due. The rules themselves are in ``draft_rules.py``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from cashier_app.ach.banking_days import short_notice
from cashier_app.i18n import _t
from cashier_app.models import (
    Account, Bill, Customer, DraftEnrollment, DraftEntry, DraftRun, EnrollmentStatus, EntryKind, RunStatus,
)
from cashier_app.money import ZERO, format_amount
from cashier_app.services.balances import current_balances, lock_accounts
from cashier_app.services.drafts.draft_rules import amount_to_draft, prenote_settled_on


@dataclass(frozen=True)
class Enrolled:
    """What the file needs of an enrollment (plain values: a run reads 25,000 of them)."""

    id: int
    routing_number: str
    bank_account_encrypted: bytes
    bank_account_last4: str
    bank_account_type: str


@dataclass(frozen=True)
class Due:
    """One entry the run will write: a debit of a bill, or a prenote (``bill_id`` None)."""

    enrollment: Enrolled
    account_id: int
    account_number: str
    name: str  # on the bank account (the customer's name when the form left it blank)
    bill_id: int | None
    bill_date: dt.date | None
    amount: Decimal
    balance_before: Decimal
    short_notice: bool = False


@dataclass(frozen=True)
class Skipped:
    """A bill of draft date D that the run does not draft, and why."""

    account_number: str
    bill_date: dt.date
    bill_amount: Decimal
    why: str  # English, as the run's audit event keeps it
    balance: Decimal | None = None  # None: a run recorded before the balance was kept

    def reason(self) -> str:
        """``why`` in the window's language (the stored English when the balance is not known)."""
        if self.balance is None:
            return self.why
        said = _t("the account is in credit (balance {0})") if self.balance < ZERO else _t(
            "the bill is paid (balance {0})")
        return said.format(format_amount(self.balance))


def _live_entry_of_bill():  # noqa: ANN202 - EXISTS: the bill has an entry that is not voided
    return select(DraftEntry.id).where(DraftEntry.bill_id == Bill.id, DraftEntry.voided.is_(False)).exists()


def activate_settled(session: Session, today: dt.date, prenote_banking_days: int) -> list[DraftEnrollment]:
    """Make active the pending enrollments whose prenote (in a run not voided) has had its
    settling days by ``today`` (``draft_rules.prenote_settled_on``); returns them."""
    rows = session.execute(
        select(DraftEnrollment, func.min(DraftRun.effective_date))
        .join(DraftEntry, DraftEntry.enrollment_id == DraftEnrollment.id)
        .join(DraftRun, DraftRun.id == DraftEntry.run_id)
        .where(DraftEnrollment.status == EnrollmentStatus.PENDING.value, DraftEntry.kind == EntryKind.PRENOTE.value,
               DraftEntry.voided.is_(False), DraftRun.status != RunStatus.VOIDED.value)
        .group_by(DraftEnrollment.id)).all()
    settled = [e for e, effective in rows
               if effective is not None and prenote_settled_on(effective, prenote_banking_days) <= today]
    if settled:
        session.execute(update(DraftEnrollment)
                        .where(DraftEnrollment.id.in_([e.id for e in settled]))
                        .values(status=EnrollmentStatus.ACTIVE.value, activated_on=today))
    return settled


_ENROLLED = (DraftEnrollment.id, DraftEnrollment.routing_number, DraftEnrollment.bank_account_encrypted,
             DraftEnrollment.bank_account_last4, DraftEnrollment.bank_account_type)
_NAMES = (DraftEnrollment.name_on_account, Customer.first_name, Customer.last_name)


def _name(on_account: str, first: str, last: str) -> str:
    return on_account.strip() or " ".join(p for p in ((first or "").strip(), (last or "").strip()) if p)


def debits_due(session: Session, draft_date: dt.date, short_notice_days: int) -> tuple[list[Due], list[Skipped]]:
    """The bills of active enrollments whose draft date is ``draft_date`` and that no live entry
    drafts yet, each for :func:`amount_to_draft` of the locked balance; the others skipped."""
    rows = session.execute(
        select(*_ENROLLED, DraftEnrollment.account_id, Bill.id, Bill.bill_date, Bill.amount, Account.account_number,
               *_NAMES)
        .join(Bill, Bill.account_id == DraftEnrollment.account_id)
        .join(Account, Account.id == DraftEnrollment.account_id)
        .join(Customer, Customer.id == Account.customer_id)
        .where(DraftEnrollment.status == EnrollmentStatus.ACTIVE.value, Bill.draft_date == draft_date,
               ~_live_entry_of_bill())
        .order_by(Account.account_number, Bill.bill_date, Bill.id, DraftEnrollment.id.desc())).all()
    account_ids = sorted({row[5] for row in rows})
    lock_accounts(session, account_ids)  # the balance read below is the one the drafts follow
    remaining = current_balances(session, account_ids)
    due: list[Due] = []
    skipped: list[Skipped] = []
    seen_bills: set[int] = set()
    for *enrolled, account_id, bill_id, bill_date, bill_amount, account_number, on_account, first, last in rows:
        if bill_id in seen_bills:  # two live enrollments of one account: the newest drafts it
            continue
        seen_bills.add(bill_id)
        balance = remaining.get(account_id, ZERO)
        amount = amount_to_draft(bill_amount, balance)
        if amount <= ZERO:
            why = ("the account is in credit" if balance < ZERO else "the bill is paid") + \
                  f" (balance {format_amount(balance)})"
            skipped.append(Skipped(account_number, bill_date, bill_amount, why, balance))
            continue
        remaining[account_id] = balance - amount
        due.append(Due(Enrolled(*enrolled), account_id, account_number, _name(on_account, first, last), bill_id,
                       bill_date, amount, balance, short_notice(bill_date, draft_date, short_notice_days)))
    return due, skipped


def prenotes_due(session: Session) -> list[Due]:
    """The pending enrollments that have no prenote in a run not voided: one prenote each."""
    has_prenote = (select(DraftEntry.id)
                   .where(DraftEntry.enrollment_id == DraftEnrollment.id, DraftEntry.kind == EntryKind.PRENOTE.value,
                          DraftEntry.voided.is_(False)).exists())
    rows = session.execute(
        select(*_ENROLLED, DraftEnrollment.account_id, Account.account_number, *_NAMES)
        .join(Account, Account.id == DraftEnrollment.account_id)
        .join(Customer, Customer.id == Account.customer_id)
        .where(DraftEnrollment.status == EnrollmentStatus.PENDING.value, ~has_prenote)
        .order_by(Account.account_number, DraftEnrollment.id)).all()
    return [Due(Enrolled(*enrolled), account_id, number, _name(on_account, first, last), None, None, ZERO, ZERO)
            for *enrolled, account_id, number, on_account, first, last in rows]
