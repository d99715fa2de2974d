"""Voiding a payment of a drawer session still open, at its station: reason required, a supervisor
approves on the spot.

The payment itself is never changed (DESIGN invariant 2): a Void row points at it, a VOID receipt
is queued, and the audit event names both the cashier and the supervisor, all in one transaction.
Balances come back by themselves (balances.py leaves voided allocations out); the receipt number
stays used.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import DrawerSession, DrawerState, Payment, PaymentChannel, PrintJob, Role, Void
from cashier_app.receipts.receipt import ReceiptMark
from cashier_app.services import business_day
from cashier_app.services.access import AccessDenied, Actor, requires
from cashier_app.services.approvals import Approval
from cashier_app.services.audit import record_event
from cashier_app.services.balances import lock_accounts
from cashier_app.services.stations import station_by_name
from cashier_app.services.refusal import Refused, required_text

VOID_ACTION = "payment.void"  # the action an approval for a void must name
REASON_MAX = 200  # Void.reason column


class VoidRefused(Refused):
    """A void that cannot be done ("reason", "payment" fields)."""


@dataclass(frozen=True)
class VoidResult:
    receipt_number: str
    payment_id: int


def check_reason(reason: str) -> str:
    """The reason as stored; raises VoidRefused when it is blank or too long."""
    return required_text(reason, REASON_MAX, _t("Enter the reason for the void."), VoidRefused)


def _voidable(s: Session, actor: Actor, payment_id: int) -> Payment:
    payment = s.get(Payment, payment_id)
    if payment is None:
        raise VoidRefused(_t("That payment does not exist."), "payment")
    if payment.void is not None:
        raise VoidRefused(_t("Receipt {0} is already voided.").format(payment.receipt_number), "payment")
    if payment.channel == PaymentChannel.DRAFT.value:
        raise VoidRefused(_t("Receipt {0} is a bank draft: it is voided with its draft run (Supervisor, Bank "
                             "draft).").format(
                              payment.receipt_number), "payment")
    if payment.drawer_session_id is not None:
        # Locked: a void and the drawer's count (or another void) happen one after the other.
        drawer = s.get(DrawerSession, payment.drawer_session_id, with_for_update=True)
        if drawer.state != DrawerState.OPEN.value:
            raise VoidRefused(_t("Receipt {0} belongs to a drawer that is already counted or closed: it can no "
                                 "longer be voided (a returned check is handled by a supervisor).").format(
                                     payment.receipt_number), "payment")
    else:  # a mailed check: voidable on its own business date while that date is open
        business_day.hold_open(s, payment.business_date)
        if payment.business_date != business_day.today() or business_day.is_closed(s, payment.business_date):
            raise VoidRefused(_t("Receipt {0} is not from today's open business day: it can no longer be "
                                 "voided.").format(
                                  payment.receipt_number), "payment")
    if payment.station_id != station_by_name(s, actor.station).id:
        raise VoidRefused(_t("Receipt {0} was taken at another station; void it there.").format(payment.receipt_number),
                          "payment")
    return payment


@requires(Role.CASHIER, Role.SUPERVISOR)
def void_payment(db: Database, actor: Actor, payment_id: int, reason: str, approval: Approval) -> VoidResult:
    """Void a payment of an open drawer session at the actor's station, approved by a supervisor.

    ``approval`` comes from ``approvals.approve(db, user, password, "payment.void", <the payment's
    cashier>)``; it is used up once the payment is found voidable, even if the void then fails.
    The supervisor may be neither the payment's cashier nor the one voiding. Writes the Void, a VOID receipt
    (no drawer) and the audit event in one transaction. Raises VoidRefused (with ``.field``)
    or AccessDenied.
    """
    text = check_reason(reason)
    try:
        with db.write() as s:
            payment = _voidable(s, actor, payment_id)
            lock_accounts(s, (a.account_id for a in payment.allocations))
            supervisor = approval.take(VOID_ACTION, payment.cashier_id)
            if supervisor.user_id == actor.user_id:
                raise AccessDenied(_t("A supervisor cannot approve their own void; ask another supervisor."))
            s.add(Void(payment_id=payment.id, reason=text, voided_by_id=actor.user_id,
                       approved_by_id=supervisor.user_id))
            s.add(PrintJob(station_id=payment.station_id, payment_id=payment.id, mark=ReceiptMark.VOID.value,
                           open_drawer=False))
            s.flush()
            record_event(s, actor, VOID_ACTION, "payment", payment.id, approver_id=supervisor.user_id,
                         before={"receipt": payment.receipt_number, "total": payment.total,
                                 "change": payment.change},
                         after={"voided": True, "reason": text, "cashier_id": payment.cashier_id,
                                "voided_by": actor.username, "approved_by": supervisor.username})
            return VoidResult(payment.receipt_number, payment.id)
    except IntegrityError:
        # Another station voided it in the same moment: its void stands.
        raise VoidRefused(_t("That payment was just voided."), "payment") from None
