"""Mailed checks: a batch of checks that came by mail, posted without drawer cash and balanced
against one control total (the adding-machine tape).

Each check is a payment of channel "mail" with one check tender, numbered from the station's
receipt sequence like any payment; it opens no drawer and prints no receipt unless asked.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Payment, PaymentBatch, PaymentChannel, Role, TenderKind, Void, utcnow
from cashier_app.money import ZERO, format_amount, is_cents
from cashier_app.services import business_day
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event
from cashier_app.services.payments import (
    AllocationRequest, PaymentRequest, PostedPayment, TenderRequest, posted_by_token, record_payment,
)
from cashier_app.services.stations import station_by_name
from cashier_app.services.refusal import Refused


class BatchRefused(Refused):
    """A batch action that cannot be done."""


@dataclass(frozen=True)
class BatchSummary:
    batch_id: int
    count: int  # payments in the batch (voided ones left out)
    total: Decimal
    control_total: Decimal | None
    difference: Decimal | None  # total - control_total; None without a control total
    closed: bool


def _batch(s: Session, batch_id: int) -> PaymentBatch:
    batch = s.get(PaymentBatch, batch_id)
    if batch is None:
        raise BatchRefused(_t("There is no batch {0}.").format(batch_id), "batch")
    return batch


def _summary(s: Session, batch: PaymentBatch) -> BatchSummary:
    count, total = s.execute(
        select(func.count(Payment.id), func.sum(Payment.total))
        .outerjoin(Void, Void.payment_id == Payment.id)
        .where(Payment.batch_id == batch.id, Void.id.is_(None))).one()
    total = total or ZERO
    difference = None if batch.control_total is None else total - batch.control_total
    return BatchSummary(batch.id, count, total, batch.control_total, difference, batch.closed_at is not None)


@requires(Role.CASHIER)
def open_batch(db: Database, actor: Actor, control_total: Decimal | None, source: str = "") -> int:
    """Open a mailed-check batch at the actor's station; returns its id. ``control_total`` is the
    adding-machine tape's total (None when there is none yet); ``source`` names a lockbox file."""
    if control_total is not None and not is_cents(control_total):
        raise BatchRefused(_t("Amounts have at most two decimals (cents)."), "control_total")
    if control_total is not None and control_total < ZERO:
        raise BatchRefused(_t("The control total cannot be negative."), "control_total")
    with db.write() as s:
        station = station_by_name(s, actor.station)
        batch = PaymentBatch(station_id=station.id, opened_by_id=actor.user_id, source=source[:200],
                             control_total=control_total)
        s.add(batch)
        s.flush()
        record_event(s, actor, "batch.open", "payment_batch", batch.id,
                     after={"control_total": control_total, "source": batch.source})
        return batch.id


@requires(Role.CASHIER)
def post_mailed_check(db: Database, actor: Actor, batch_id: int, account_id: int, check_number: str,
                      amount: Decimal, client_token: str, routing_number: str = "",
                      bank_account: str = "", *, accept_credit: bool = False,
                      print_receipt: bool = False) -> PostedPayment:
    """Post one mailed check to one account in an open batch (channel "mail", no drawer, no
    receipt printed unless ``print_receipt``). Same validation as a counter check, including the
    credit question (PaymentRefused unless ``accept_credit``); the same client token posts once.
    Raises BatchRefused for a missing or closed batch, PaymentRefused for the check itself."""
    request = PaymentRequest(client_token, (AllocationRequest(account_id, amount),),
                             (TenderRequest(TenderKind.CHECK.value, amount, check_number=check_number.strip(),
                                            routing_number=routing_number.strip(),
                                            bank_account=bank_account.strip()),),
                             accept_credit=accept_credit)
    try:
        with db.write() as s:
            if (done := posted_by_token(s, client_token)) is not None:
                return done
            batch = _batch(s, batch_id)
            if batch.closed_at is not None:
                raise BatchRefused(_t("Batch {0} is closed; open a new batch.").format(batch_id), "batch")
            day = business_day.today()
            business_day.hold_open(s, day)
            if business_day.is_closed(s, day):
                raise BatchRefused(_t("{0} is closed; mailed checks wait for the next business day.").format(
                                       business_day.long_date(day)), "batch")
            return record_payment(s, actor, request, day,
                                  channel=PaymentChannel.MAIL.value, batch_id=batch.id, print_receipt=print_receipt)
    except IntegrityError:
        with db.read() as s:  # the same check posted at the same moment elsewhere: that one stands
            if (done := posted_by_token(s, client_token)) is not None:
                return done
        raise


@requires(Role.CASHIER)
def close_batch(db: Database, actor: Actor, batch_id: int) -> BatchSummary:
    """Close the batch (no more checks) and return its totals against the control total. A
    difference is recorded as it is (audited), never forced to zero."""
    with db.write() as s:
        batch = _batch(s, batch_id)
        if batch.closed_at is not None:
            raise BatchRefused(_t("Batch {0} is already closed.").format(batch_id), "batch")
        batch.closed_at = utcnow()
        summary = _summary(s, batch)
        record_event(s, actor, "batch.close", "payment_batch", batch.id,
                     after={"count": summary.count, "total": summary.total,
                            "control_total": summary.control_total, "difference": summary.difference})
        return summary


@requires(Role.CASHIER, Role.SUPERVISOR)
def batch_summary(db: Database, actor: Actor, batch_id: int) -> BatchSummary:
    """Count and total of the batch so far, and its difference from the control total."""
    with db.read() as s:
        return _summary(s, _batch(s, batch_id))


def describe(summary: BatchSummary) -> str:
    """One line for the cashier: "12 checks, $1,234.50; control $1,234.50, difference $0.00"."""
    line = f"{summary.count} checks, {format_amount(summary.total)}"
    if summary.control_total is not None:
        line += f"; control {format_amount(summary.control_total)}, difference {format_amount(summary.difference)}"
    return line
