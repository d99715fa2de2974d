"""Returned checks (NSF): a check the bank refused after its day was closed.

A supervisor other than the payment's cashier finds the payment (check number, account number or
amount) and records the return. In one transaction, dated today's (open) business date:
- reversal charges: the check's amount, spread over the payment's allocations in order (each
  account gets back at most what was applied to it);
- the returned check fee (setting "returned_check.fee") charged to the first account;
- a ReturnedItem pointing at the payment and the fee;
- each account with "returned_check.cash_only_after" returned checks within
  "returned_check.window_months" (this one included) becomes cash-only;
- the audit events.
The payment itself is never changed (DESIGN invariant 2). The charges raise the balances
(services/balances.py) and go out in the next posting export. ``write_notice`` draws the letter
to the customer (reports/returned_check_notice.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import (
    Account, Allocation, Charge, Customer, Payment, ReturnedItem, Role, Tender, TenderKind, User, Void,
)
from cashier_app.money import ZERO, MoneyError, format_amount, parse_amount
from cashier_app.services import business_day
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event
from cashier_app.services.balances import current_balances, lock_accounts
from cashier_app.services.people import person_name
from cashier_app.services.refusal import Refused, required_text
from cashier_app.services.settings import read_setting

RETURN_ACTION = "payment.returned_check"
CASH_ONLY_ACTION = "account.cash_only"
REASON_MAX = 200  # ReturnedItem.reason column
FIND_LIMIT = 50
REVERSAL, FEE = "reversal", "returned_check_fee"


class ReturnRefused(Refused):
    """A returned check that cannot be recorded; nothing was changed ("text", "tender", "reason",
    "supervisor", "date" fields)."""


@dataclass(frozen=True)
class ReturnableCheck:
    payment_id: int
    tender_id: int
    receipt_number: str
    business_date: dt.date
    check_number: str
    amount: Decimal
    account_numbers: tuple[str, ...]
    customer_name: str
    voided: bool
    returned: bool


@dataclass(frozen=True)
class ReturnResult:
    returned_item_id: int
    receipt_number: str
    reversed: Decimal
    fee: Decimal
    account_numbers: tuple[str, ...]
    cash_only_now: tuple[str, ...]  # accounts that became cash-only with this return


def customer_name(customer: Customer | None) -> str:
    if customer is None:
        return ""
    return " ".join(p for p in (customer.first_name.strip(), customer.last_name.strip()) if p)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


# -- finding the check ---------------------------------------------------------------------------
def _criteria(text: str):  # noqa: ANN202 - SQL expression
    raw = " ".join((text or "").split())
    if not raw:
        raise ReturnRefused(_t("Enter a check number, an account number or the check's amount."), "text")
    if raw.startswith("$") or "." in raw or "," in raw:
        try:
            amount = parse_amount(raw, allow_zero=False)
        except MoneyError as exc:
            raise ReturnRefused(str(exc), "text") from None
        return Tender.amount == amount
    if len(raw) > 20:
        raise ReturnRefused(_t("That is too long for a check or account number."), "text")
    on_account = (select(Allocation.id).join(Account, Account.id == Allocation.account_id)
                  .where(Allocation.payment_id == Payment.id, Account.account_number == raw).exists())
    return or_(Tender.check_number == raw, on_account)


@requires(Role.SUPERVISOR)
def find_checks(db: Database, actor: Actor, text: str) -> list[ReturnableCheck]:
    """Check tenders matching a check number, an account number or an amount ("125.00",
    "$125.00"), newest first, at most 50; voided and already returned ones are included and flagged."""
    where = _criteria(text)
    with db.read() as s:
        voided = select(Void.id).where(Void.payment_id == Payment.id).exists()
        returned = select(ReturnedItem.id).where(ReturnedItem.tender_id == Tender.id).exists()
        found = s.execute(
            select(Tender, Payment, voided, returned).join(Payment, Payment.id == Tender.payment_id)
            .where(Tender.kind == TenderKind.CHECK.value, where)
            .order_by(Payment.posted_at.desc(), Tender.id.desc()).limit(FIND_LIMIT)).all()
        if not found:
            return []
        ids = {p.id for _, p, _, _ in found}
        accounts: dict[int, list[tuple[str, Customer]]] = {}
        for payment_id, number, customer in s.execute(
                select(Allocation.payment_id, Account.account_number, Customer)
                .join(Account, Account.id == Allocation.account_id).join(Customer, Customer.id == Account.customer_id)
                .where(Allocation.payment_id.in_(ids)).order_by(Allocation.id)):
            accounts.setdefault(payment_id, []).append((number, customer))
        result = []
        for tender, payment, is_voided, is_returned in found:
            listed = accounts.get(payment.id, [])
            result.append(ReturnableCheck(
                payment.id, tender.id, payment.receipt_number, payment.business_date, tender.check_number or "",
                tender.amount, tuple(dict.fromkeys(n for n, _ in listed)),
                customer_name(listed[0][1]) if listed else "", bool(is_voided), bool(is_returned)))
        return result


# -- recording the return ------------------------------------------------------------------------
def check_reason(reason: str) -> str:
    """The bank's reason as stored; raises ReturnRefused when it is blank or too long."""
    return required_text(reason, REASON_MAX, _t("Enter the bank's reason for the return (for example: NSF)."),
                         ReturnRefused)


def _returnable(s: Session, actor: Actor, tender_id: int, today: dt.date) -> tuple[Tender, Payment]:
    tender = s.get(Tender, tender_id)
    if tender is None:
        raise ReturnRefused(_t("That check does not exist."), "tender")
    payment = tender.payment
    receipt = payment.receipt_number
    if tender.kind != TenderKind.CHECK.value:
        kind = "cash" if tender.kind == TenderKind.CASH.value else "a money order"
        raise ReturnRefused(_t("That tender of receipt {0} is {1}, not a check: only checks can be returned.").format(
                                receipt, kind), "tender")
    if payment.void is not None:
        raise ReturnRefused(_t("Receipt {0} was voided: its check was never deposited and cannot be returned.").format(
                                receipt), "tender")
    if s.scalar(select(ReturnedItem.id).where(ReturnedItem.tender_id == tender.id)) is not None:
        raise ReturnRefused(_t("Check {0} of receipt {1} is already recorded as returned.").format(
                                tender.check_number or '', receipt), "tender")
    if not business_day.is_closed(s, payment.business_date):
        raise ReturnRefused(_t("Receipt {0} is from {1}, which is not closed yet: void the payment instead of "
                               "recording a returned check.").format(
                                   receipt, business_day.long_date(payment.business_date)), "tender")
    if actor.user_id is not None and actor.user_id == payment.cashier_id:
        raise ReturnRefused(_t("You took receipt {0} yourself: another supervisor must record its returned "
                               "check.").format(
                                receipt), "supervisor")
    business_day.hold_open(s, today)
    if business_day.is_closed(s, today):
        raise ReturnRefused(_t("Today's business date, {0}, is already closed: a returned check is recorded on an "
                               "open business date.").format(business_day.long_date(today)), "date")
    return tender, payment


def _spread(amount: Decimal, allocations: list[Allocation], reversed_before: dict[int, Decimal]
            ) -> list[tuple[Allocation, Decimal]]:
    """The reversal per allocation, in order; each gets back at most what was applied to it less
    what earlier returned checks of the same payment already took back (``reversed_before``, by
    account). Any rest (checks above the payment's allocations) goes to the first account."""
    shares, left = [], amount
    for allocation in allocations:
        share = min(left, max(ZERO, allocation.amount - reversed_before.get(allocation.account_id, ZERO)))
        if share > ZERO:
            shares.append([allocation, share])
            left -= share
    if left > ZERO and allocations:
        if shares and shares[0][0] is allocations[0]:
            shares[0][1] += left
        else:
            shares.insert(0, [allocations[0], left])
    return [(a, v) for a, v in shares]


def reversal_charges(actor: Actor, payment: Payment, tender: Tender, today: dt.date, *, description: str,
                     fee: Decimal, fee_description: str, reversed_before: dict[int, Decimal] | None = None,
                     ) -> tuple[list[dict], dict | None]:
    """The charges (as column values) that take back ``tender`` (a returned check, a returned bank
    draft): one reversal per allocation of the payment (:func:`_spread`), and ``fee`` (when above
    zero) on the first account, dated ``today``. The payment itself is never changed."""
    allocations = list(payment.allocations)
    common = dict(payment_id=payment.id, tender_id=tender.id, business_date=today, created_by_id=actor.user_id)
    reversals = [dict(account_id=allocation.account_id, kind=REVERSAL, amount=share,
                      description=description[:200], **common)
                 for allocation, share in _spread(tender.amount, allocations, reversed_before or {})]
    fee_charge = None
    if fee > ZERO:
        fee_charge = dict(account_id=allocations[0].account_id, kind=FEE, amount=fee,
                          description=fee_description[:200], **common)
    return reversals, fee_charge


def reverse_tender(s: Session, actor: Actor, payment: Payment, tender: Tender, today: dt.date, *, description: str,
                   fee: Decimal, fee_description: str, reversed_before: dict[int, Decimal] | None = None,
                   ) -> tuple[list[Charge], Charge | None]:
    """Add the :func:`reversal_charges` of ``tender`` to the session, flushed (ids set). The caller
    holds the accounts' locks and records the ReturnedItem and the audit event."""
    rows, fee_row = reversal_charges(actor, payment, tender, today, description=description, fee=fee,
                                     fee_description=fee_description, reversed_before=reversed_before)
    reversals = [Charge(**row) for row in rows]
    fee_charge = Charge(**fee_row) if fee_row is not None else None
    s.add_all(reversals + ([fee_charge] if fee_charge is not None else []))
    s.flush()
    return reversals, fee_charge


def _reversed_before(s: Session, payment_id: int) -> dict[int, Decimal]:
    """What earlier returned checks of this payment already reversed, by account."""
    return {account_id: amount for account_id, amount in s.execute(
        select(Charge.account_id, func.sum(Charge.amount))
        .where(Charge.payment_id == payment_id, Charge.kind == REVERSAL).group_by(Charge.account_id))}


def _returns_in_window(s: Session, account_id: int, since: dt.date) -> int:
    return s.scalar(select(func.count(func.distinct(ReturnedItem.id)))
                    .join(Allocation, Allocation.payment_id == ReturnedItem.payment_id)
                    .where(Allocation.account_id == account_id, ReturnedItem.returned_on >= since,
                           ReturnedItem.draft_entry_id.is_(None))) or 0  # checks only, not returned drafts


@requires(Role.SUPERVISOR)
def record_returned_check(db: Database, actor: Actor, tender_id: int, reason: str) -> ReturnResult:
    """Record that the check ``tender_id`` came back unpaid: reversal, fee, returned item, cash-only
    flags and audit, in one transaction dated today's business date. Raises ReturnRefused."""
    text = check_reason(reason)
    today = business_day.today()
    try:
        with db.write() as s:
            tender, payment = _returnable(s, actor, tender_id, today)
            receipt = payment.receipt_number
            number = tender.check_number or ""
            allocations = list(payment.allocations)
            if not allocations:
                raise ReturnRefused(_t("Receipt {0} has no account to charge.").format(receipt), "tender")
            lock_accounts(s, (x.account_id for x in allocations))
            accounts = {a.id: a for a in s.scalars(
                select(Account).where(Account.id.in_({x.account_id for x in allocations})))}
            label = f"Returned check {number} (receipt {receipt}, {payment.business_date.isoformat()})"
            fee = read_setting(s, "returned_check.fee")
            reversals, fee_charge = reverse_tender(
                s, actor, payment, tender, today, description=f"{label}: {text}", fee=fee,
                fee_description=f"Returned check fee: check {number}, receipt {receipt}",
                reversed_before=_reversed_before(s, payment.id))
            item = ReturnedItem(payment_id=payment.id, tender_id=tender.id, reason=text, returned_on=today,
                                recorded_by_id=actor.user_id,
                                fee_charge_id=fee_charge.id if fee_charge else None)
            s.add(item)
            s.flush()
            touched = list(dict.fromkeys(c.account_id for c in reversals)) or [allocations[0].account_id]
            if fee_charge is not None and fee_charge.account_id not in touched:
                touched.insert(0, fee_charge.account_id)
            after_count = int(read_setting(s, "returned_check.cash_only_after"))
            since = months_before(today, int(read_setting(s, "returned_check.window_months")))
            made_cash_only = []
            for account_id in touched:
                account = accounts[account_id]
                count = _returns_in_window(s, account_id, since)
                if after_count > 0 and count >= after_count and not account.cash_only:
                    account.cash_only = True
                    made_cash_only.append(account.account_number)
                    record_event(s, actor, CASH_ONLY_ACTION, "account", account.id, before={"cash_only": False},
                                 after={"cash_only": True, "returned_checks": count, "since": since.isoformat(),
                                        "returned_item": item.id})
            reversed_total = sum((c.amount for c in reversals), ZERO)
            account_numbers = tuple(accounts[a].account_number for a in touched)
            record_event(s, actor, RETURN_ACTION, "payment", payment.id,
                         before={"receipt": receipt, "check_number": number, "amount": tender.amount},
                         after={"returned_item": item.id, "reason": text, "business_date": today.isoformat(),
                                "reversed": {accounts[c.account_id].account_number: c.amount for c in reversals},
                                "fee": fee, "fee_account": accounts[allocations[0].account_id].account_number,
                                "cashier_id": payment.cashier_id, "recorded_by": actor.username,
                                "cash_only_now": made_cash_only})
            s.flush()
            return ReturnResult(item.id, receipt, reversed_total, fee if fee_charge else ZERO, account_numbers,
                                tuple(made_cash_only))
    except IntegrityError:
        # Another supervisor recorded the same return in the same moment: theirs stands.
        raise ReturnRefused(_t("That returned check was just recorded."), "tender") from None


# -- the notice ----------------------------------------------------------------------------------
def _draft_facts(s: Session, item: ReturnedItem, tender: Tender | None) -> dict:
    """What the notice of a returned bank draft says instead of a check number: the bank account's
    last 4 digits, and whether this return ended the enrollment."""
    if item.draft_entry_id is None or tender is None or tender.kind != TenderKind.BANK_DRAFT.value:
        return {}
    from cashier_app.models import DraftEnrollment, DraftEntry

    entry = s.get(DraftEntry, item.draft_entry_id)
    enrollment = s.get(DraftEnrollment, entry.enrollment_id)
    ended = enrollment.status == "ended" and enrollment.ended_reason.startswith("Bank return")
    return {"draft_last4": tender.bank_account_last4 or enrollment.bank_account_last4,
            "draft_ended": ended}


@requires(Role.SUPERVISOR)
def write_notice(db: Database, actor: Actor, returned_item_id: int, out: Path) -> Path:
    """Draw the returned check notice (a PDF letter to the customer's mailing address) to ``out``."""
    from cashier_app.reports.returned_check_notice import NoticeAccount, ReturnedCheckNotice, render_notice

    with db.read() as s:
        item = s.get(ReturnedItem, returned_item_id)
        if item is None or item.payment_id is None:
            raise ReturnRefused(_t("That returned check does not exist."), "returned_item")
        payment = s.get(Payment, item.payment_id)
        this_check = Charge.tender_id == item.tender_id if item.tender_id is not None else Charge.payment_id == payment.id
        charges = list(s.scalars(select(Charge).where(Charge.payment_id == payment.id, this_check).order_by(Charge.id)))
        reversed_total = sum((c.amount for c in charges if c.kind == REVERSAL), ZERO)
        fee = sum((c.amount for c in charges if c.kind == FEE), ZERO)
        tender = s.get(Tender, item.tender_id) if item.tender_id is not None else None
        account_ids = list(dict.fromkeys(a.account_id for a in payment.allocations))
        accounts = {a.id: a for a in s.scalars(select(Account).where(Account.id.in_(account_ids)))}
        balances = current_balances(s, account_ids)
        customer = s.get(Customer, accounts[account_ids[0]].customer_id)
        recorded_by = s.get(User, item.recorded_by_id)
        header = tuple(read_setting(s, "receipt.header"))
        mailing = tuple(line for line in (
            customer.mailing_address1, customer.mailing_address2,
            " ".join(p for p in (f"{customer.city}," if customer.city else "", customer.state, customer.zip_code) if p),
        ) if line and line.strip())
        per_account = tuple(
            NoticeAccount(accounts[a].account_number, accounts[a].service_address,
                          sum((c.amount for c in charges if c.account_id == a and c.kind == REVERSAL), ZERO),
                          sum((c.amount for c in charges if c.account_id == a and c.kind == FEE), ZERO),
                          balances.get(a, ZERO), accounts[a].cash_only)
            for a in account_ids)
        notice = ReturnedCheckNotice(
            header=header, notice_date=item.returned_on, customer_name=customer_name(customer),
            customer_number=customer.customer_number, mailing_lines=mailing,
            check_number=(tender.check_number or "") if tender else "", check_amount=tender.amount if tender else
            reversed_total, payment_date=payment.business_date, receipt_number=payment.receipt_number,
            reason=item.reason, reversed=reversed_total, fee=fee, accounts=per_account,
            signed_by=person_name(recorded_by), **_draft_facts(s, item, tender))
    return render_notice(notice, Path(out))


def describe(result: ReturnResult) -> str:
    """One line for the supervisor screen (and the command line)."""
    text = (f"Returned check recorded for receipt {result.receipt_number}: {format_amount(result.reversed)} "
            f"reversed, fee {format_amount(result.fee)}")
    if result.cash_only_now:
        text += f"; now cash-only: {', '.join(result.cash_only_now)}"
    return text + "."
