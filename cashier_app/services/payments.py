"""Posting a counter payment: validated, numbered, allocated, queued for printing, audited,
all in one transaction. Posting the same client token twice gives the same one payment."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from stdnum.us import rtn

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import (
    COUNTER_TENDERS, Account, Allocation, Payment, PaymentChannel, PrintJob, PrintState, Role, Tender, TenderKind,
    utcnow,
)
from cashier_app.money import ZERO, format_amount, is_cents
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import ask_chain_state, lock_chain, record_event
from cashier_app.services.balances import (
    accounts_with_balances, ask_accounts_with_balances, balances_found, lock_accounts,
)
from cashier_app.services.drawers import open_session_for_posting
from cashier_app.services.driver_statements import DriverInsert
from cashier_app.services.pipelined import pipelined
from cashier_app.services.print_claims import claimed_at_post
from cashier_app.services.posting_state import posting_state
from cashier_app.services.settings import read_settings
from cashier_app.services.stations import ask_receipt_number_and_payment_id, receipt_number_taken, take_receipt_number
from cashier_app.services.refusal import Refused


class PaymentRefused(Refused):
    """A payment that cannot be posted; ``needs_confirmation`` is true when posting again with
    ``accept_credit`` would be accepted."""

    def __init__(self, message: str, field: str = "", *, needs_confirmation: bool = False) -> None:
        super().__init__(message, field)
        self.needs_confirmation = needs_confirmation


@dataclass(frozen=True)
class AllocationRequest:
    account_id: int
    amount: Decimal


@dataclass(frozen=True)
class TenderRequest:
    kind: str  # a TenderKind value
    amount: Decimal
    check_number: str = ""
    routing_number: str = ""
    bank_account: str = ""  # only its last 4 digits are kept
    serial_number: str = ""
    issuer: str = ""


@dataclass(frozen=True)
class PaymentRequest:
    client_token: str
    allocations: tuple[AllocationRequest, ...]
    tenders: tuple[TenderRequest, ...]
    accept_credit: bool = False  # the cashier confirmed leaving a credit on an account


@dataclass(frozen=True)
class PostedPayment:
    payment_id: int
    receipt_number: str
    total: Decimal
    tendered: Decimal
    change: Decimal
    open_drawer: bool
    already_posted: bool = False
    excess_applied: Decimal = ZERO  # check/money-order excess applied to the first account, not changed


@dataclass(frozen=True)
class PaymentPlan:
    """What posting a request does: amounts applied (the first may carry a non-cash excess)."""

    applied: tuple[Decimal, ...]  # per allocation, in request order
    total: Decimal
    tendered: Decimal
    change: Decimal  # cash handed back
    excess_applied: Decimal  # check/money-order excess added to the first allocation


def sub_cent() -> str:
    return _t("Amounts have at most two decimals (cents).")


def new_client_token() -> str:
    """Made when the payment screen opens; it makes posting idempotent."""
    return uuid.uuid4().hex


def _check_tender(i: int, t: TenderRequest, cap: Decimal) -> None:
    where = f"tender:{i}"
    if t.kind not in COUNTER_TENDERS:
        raise PaymentRefused(_t("Unknown tender {0}.").format(repr(t.kind)), where)
    if not is_cents(t.amount):
        raise PaymentRefused(sub_cent(), f"{where}:amount")
    if t.amount <= ZERO:
        raise PaymentRefused(_t("A tender must be more than $0.00."), f"{where}:amount")
    if t.amount > cap:
        raise PaymentRefused(_t("A tender above {0} is not accepted.").format(format_amount(cap)), f"{where}:amount")
    if t.kind == TenderKind.CHECK:
        if not (t.check_number.isascii() and t.check_number.isdigit() and len(t.check_number) <= 15):
            raise PaymentRefused(_t("A check needs its check number (digits only)."), f"{where}:check_number")
        if t.routing_number and not rtn.is_valid(t.routing_number):
            raise PaymentRefused(_t("The routing number is not valid (check digit)."), f"{where}:routing_number")
        if t.bank_account and not (t.bank_account.isascii() and t.bank_account.isdigit()
                                   and 4 <= len(t.bank_account) <= 17):
            raise PaymentRefused(_t("The bank account number is 4 to 17 digits."), f"{where}:bank_account")
    if t.kind == TenderKind.MONEY_ORDER and not t.serial_number.strip():
        raise PaymentRefused(_t("A money order needs its serial number."), f"{where}:serial_number")


def validate_payment(request: PaymentRequest, accounts: dict[int, Account], cap: Decimal) -> Decimal:
    """Refuse what must not be posted; returns the change to give (from cash only).

    This is the strict rule (a check or money order above what is owed is refused); posting
    uses :func:`plan_payment`, which can turn that excess into a credit instead.
    """
    return plan_payment(request, accounts, cap, noncash_overpay="refuse").change


def plan_payment(request: PaymentRequest, accounts: dict[int, Account], cap: Decimal,
                 balances: dict[int, Decimal] | None = None, noncash_overpay: str = "credit") -> PaymentPlan:
    """Refuse what must not be posted and say what posting does.

    Change comes from cash only. When the tenders exceed the total by more than the cash, the
    excess beyond the cash goes to the first account (``noncash_overpay == "credit"``) or is
    refused (any other value). With ``balances``, an amount applied above an account's balance
    is refused unless ``request.accept_credit``: the message asks the cashier to confirm.
    """
    if not request.client_token or len(request.client_token) > 64:
        raise PaymentRefused(_t("The payment has no client token."))
    if not request.allocations:
        raise PaymentRefused(_t("Choose at least one account to pay."), "allocations")
    seen: set[int] = set()
    for i, a in enumerate(request.allocations):
        if a.account_id not in accounts:
            raise PaymentRefused(_t("That account does not exist."), f"allocation:{i}")
        if a.account_id in seen:
            raise PaymentRefused(_t("The same account is listed twice."), f"allocation:{i}")
        seen.add(a.account_id)
        if not is_cents(a.amount):
            raise PaymentRefused(sub_cent(), f"allocation:{i}:amount")
        if a.amount <= ZERO:
            raise PaymentRefused(_t("The amount applied must be more than $0.00."), f"allocation:{i}:amount")
        if a.amount > cap:
            raise PaymentRefused(_t("Amounts above {0} are not accepted.").format(format_amount(cap)),
                                 f"allocation:{i}:amount")
    if not request.tenders:
        raise PaymentRefused(_t("Enter how the customer pays."), "tenders")
    for i, t in enumerate(request.tenders):
        _check_tender(i, t, cap)
        if t.kind == TenderKind.CHECK:
            for a in request.allocations:
                if accounts[a.account_id].cash_only:
                    raise PaymentRefused(
                        _t("Account {0} is cash only: checks are not accepted.").format(
                            accounts[a.account_id].account_number),
                        f"tender:{i}")
    total = sum((a.amount for a in request.allocations), ZERO)
    tendered = sum((t.amount for t in request.tenders), ZERO)
    if tendered < total:
        raise PaymentRefused(_t("Tendered {0} is less than the total {1}.").format(format_amount(tendered),
                                                                                format_amount(total)),
                             "tenders")
    change = tendered - total
    cash = sum((t.amount for t in request.tenders if t.kind == TenderKind.CASH), ZERO)
    applied = [a.amount for a in request.allocations]
    excess = ZERO
    if change > cash:
        if noncash_overpay != "credit":
            raise PaymentRefused(_t("Change is given only from cash: apply the extra to an account "
                                    "instead."), "tenders")
        excess, change = change - cash, cash  # a check is never cashed out: its excess stays on account
        applied[0] += excess
        if applied[0] > cap:
            raise PaymentRefused(_t("Amounts above {0} are not accepted.").format(format_amount(cap)),
                                 "allocation:0:amount")
    if balances is not None and not request.accept_credit:
        for i, (a, amount) in enumerate(zip(request.allocations, applied)):
            balance = balances.get(a.account_id, ZERO)
            if amount > balance:
                number = accounts[a.account_id].account_number
                raise PaymentRefused(_t("This leaves a credit of {0} on account {1}; confirm to accept").format(
                                     format_amount(amount - balance), number), f"allocation:{i}:amount",
                                     needs_confirmation=True)
    return PaymentPlan(tuple(applied), total + excess, tendered, change, excess)


# Built once: on PostgreSQL sent on the driver's cursor (services/driver_statements.py), the payment's
# and the rest without RETURNING (the id is known: pipelined); on SQLite, Core inserts. Column defaults still apply.
_PAYMENT_COLUMNS = ("client_token", "cashier_id", "channel", "batch_id", "business_date", "drawer_session_id",
                    "total", "tendered", "change", "receipt_number", "station_id")
_INSERT_PAYMENT = DriverInsert(Payment.__table__, _PAYMENT_COLUMNS, returning=Payment.__table__.c.id)
_INSERT_PAYMENT_WITH_ID = DriverInsert(Payment.__table__, ("id",) + _PAYMENT_COLUMNS)  # PostgreSQL: id taken before
_INSERT_ALLOCATION = DriverInsert(Allocation.__table__, ("payment_id", "account_id", "amount", "balance_before"))
_INSERT_TENDER = DriverInsert(Tender.__table__, ("payment_id", "kind", "amount", "check_number", "routing_number",
                                                 "bank_account_last4", "serial_number", "issuer"))
_INSERT_PRINT_JOB = DriverInsert(PrintJob.__table__, ("station_id", "payment_id", "open_drawer"))
_INSERT_CLAIMED_PRINT_JOB = DriverInsert(PrintJob.__table__, ("station_id", "payment_id", "open_drawer", "state",
                                                              "sent_at"))
_PAYMENT_BY_TOKEN = select(Payment.__table__.c.id).where(Payment.__table__.c.client_token == bindparam("token"))


def posted_by_token(session: Session, token: str) -> PostedPayment | None:
    """The payment already posted with this client token, if any (inside the caller's transaction)."""
    payment_id = session.scalar(_PAYMENT_BY_TOKEN, {"token": token})
    if payment_id is None:
        return None
    return posted_payment(session, payment_id)


def posted_payment(session: Session, payment_id: int) -> PostedPayment:
    """A payment already posted, as a post of its client token answers it again."""
    p = session.get(Payment, payment_id)
    has_cash = any(t.kind == TenderKind.CASH for t in p.tenders)
    return PostedPayment(p.id, p.receipt_number, p.total, p.tendered, p.change, has_cash, already_posted=True)


@requires(Role.CASHIER)
def post_payment(db: Database, actor: Actor, request: PaymentRequest, *, print_here: bool = False) -> PostedPayment:
    """Post a counter payment in one transaction; the same client token posts once only.

    The cashier needs an open drawer session of today at their station (DrawerRefused, field
    "drawer", otherwise); the payment takes the session's business date.

    ``print_here``: the caller runs the print queue in this process right after (the window): the
    receipt's job is claimed for this process in the post's own transaction, so no second durable
    commit comes before the bytes (services/print_claims.py)."""
    if not print_here:
        return _post(db, actor, request, None, [])
    claimed_at, written = utcnow(), []
    try:
        return _post(db, actor, request, claimed_at, written)
    finally:
        # Committed, or not known (the commit's answer lost: a retry of the token answers with it). A
        # claim never committed is harmless: the print run takes a job only if its sent_at is this one.
        for payment_id in written:
            claimed_at_post(db.engine, payment_id, claimed_at)


def _post(db: Database, actor: Actor, request: PaymentRequest, claimed_at: dt.datetime | None,
          written: list[int]) -> PostedPayment:
    try:
        with db.write() as s:
            # The token, the drawer, the settings and the accounts' locks: one query
            state = posting_state(s, actor, request.client_token, [a.account_id for a in request.allocations])
            if state is None:  # no open drawer here: the token first (a retry after the drawer was counted)
                if (done := posted_by_token(s, request.client_token)) is not None:
                    return done
                drawer, settings, locked = open_session_for_posting(s, actor), None, frozenset()  # or refused
            elif state.posted_id is not None:
                return posted_payment(s, state.posted_id)
            else:
                drawer = open_session_for_posting(s, actor, found=state.session)
                settings, locked = state.settings, state.locked
            posted = record_payment(s, actor, request, drawer.business_date, drawer_session_id=drawer.id,
                                    settings=settings, locked=locked, claimed_at=claimed_at)
            if claimed_at is not None:
                written.append(posted.payment_id)
            return posted
    except IntegrityError:
        # Another post of the same token committed first: answer with that one.
        with db.read() as s:
            if (done := posted_by_token(s, request.client_token)) is not None:
                return done
        raise


def record_payment(s: Session, actor: Actor, request: PaymentRequest, business_date: dt.date, *,
                   channel: str = PaymentChannel.COUNTER.value, batch_id: int | None = None,
                   drawer_session_id: int | None = None, print_receipt: bool = True,
                   settings: dict | None = None, locked: frozenset[int] = frozenset(),
                   claimed_at: dt.datetime | None = None) -> PostedPayment:
    """Validate and write one payment inside the caller's transaction: receipt number, allocations,
    tenders, print job (unless ``print_receipt`` is False) and audit event. The caller checks the
    client token first (``posted_by_token``) and owns the transaction. ``settings`` (money.cap and
    payments.noncash_overpay) and ``locked`` (accounts already locked in this transaction): what the
    caller has read and locked already (services/posting_state.py). ``claimed_at``: the print job is
    written claimed (``sending`` since then) for the caller's process (services/print_claims.py)."""
    if settings is None:
        settings = read_settings(s, "money.cap", "payments.noncash_overpay")
    cap = settings["money.cap"]
    ids = [a.account_id for a in request.allocations]
    # The previous balance printed on the receipt is the one this payment follows: locked before it is read.
    lock_accounts(s, set(ids) - locked)
    server_ids = s.get_bind().dialect.name == "postgresql"
    if server_ids:  # the balances, and the receipt number with the payment's id: one round trip
        with pipelined(s):
            asked = ask_accounts_with_balances(s, ids)
            numbered = ask_receipt_number_and_payment_id(s, actor.station)
        found = balances_found(asked)
    else:
        found = accounts_with_balances(s, ids)
    accounts = {account_id: account for account_id, (account, _) in found.items()}
    balances = {account_id: balance for account_id, (_, balance) in found.items()}
    plan = plan_payment(request, accounts, cap, balances, str(settings["payments.noncash_overpay"]))
    total, tendered, change = plan.total, plan.tendered, plan.change
    # Plain inserts rather than the ORM's unit of work: a payment is written once and never
    # updated, and this is the counter's busiest transaction (bench/bench_stations.py).
    payment = dict(client_token=request.client_token, cashier_id=actor.user_id, channel=channel, batch_id=batch_id,
                   business_date=business_date, drawer_session_id=drawer_session_id,
                   total=total, tendered=tendered, change=change)
    if server_ids:  # the payment's id came with its receipt number: its insert joins the batch below
        station_id, receipt_number, payment_id = receipt_number_taken(numbered, actor.station)
    else:
        station_id, receipt_number = take_receipt_number(s, actor.station)
        payment_id = _INSERT_PAYMENT.execute(s, [dict(payment, receipt_number=receipt_number, station_id=station_id)])
    open_drawer = channel == PaymentChannel.COUNTER and any(t.kind == TenderKind.CASH for t in request.tenders)
    with pipelined(s):  # PostgreSQL: these go to the server in one round trip, run in this order
        if server_ids:
            _INSERT_PAYMENT_WITH_ID.execute(s, [dict(payment, id=payment_id, receipt_number=receipt_number,
                                                     station_id=station_id)])
        _INSERT_ALLOCATION.execute(s, [
            dict(payment_id=payment_id, account_id=a.account_id, amount=amount,
                 balance_before=balances[a.account_id])
            for a, amount in zip(request.allocations, plan.applied)
        ])
        _INSERT_TENDER.execute(s, [
            dict(payment_id=payment_id, kind=t.kind, amount=t.amount, check_number=t.check_number or None,
                 routing_number=t.routing_number or None, bank_account_last4=t.bank_account[-4:] or None,
                 serial_number=t.serial_number.strip() or None, issuer=t.issuer.strip() or None)
            for t in request.tenders
        ])
        if print_receipt:
            job = dict(station_id=station_id, payment_id=payment_id, open_drawer=open_drawer)
            if claimed_at is None:
                _INSERT_PRINT_JOB.execute(s, [job])
            else:  # durable with this commit, before a byte of it goes out
                _INSERT_CLAIMED_PRINT_JOB.execute(s, [dict(job, state=PrintState.SENDING.value, sent_at=claimed_at)])
        lock_chain(s)  # the audit chain's lock, as record_event would take it next
        ask_chain_state(s)  # and the chain's head, read after that lock: its answer comes with the batch
    record_event(s, actor, "payment.post", "payment", payment_id, chain_locked=True, after={
        "receipt": receipt_number, "total": total, "tendered": tendered, "change": change,
        "allocations": [{"account": accounts[a.account_id].account_number, "amount": amount}
                        for a, amount in zip(request.allocations, plan.applied)],
        "tenders": [{"kind": t.kind, "amount": t.amount} for t in request.tenders],
        **({"excess_applied": plan.excess_applied} if plan.excess_applied else {}),
        **({"channel": channel, "batch": batch_id} if channel != PaymentChannel.COUNTER else {}),
    })
    return PostedPayment(payment_id, receipt_number, total, tendered, change, open_drawer,
                         excess_applied=plan.excess_applied)
