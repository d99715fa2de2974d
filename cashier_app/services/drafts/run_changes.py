"""After a run is made: marking it sent to the bank (final), or voiding it while it was not sent.

Voiding a run voids its entries (so its bills can be drafted again and its prenotes sent again)
and takes back its payments: while the run's business date is today and open, each payment gets a
Void like a same-day void (balances come back by themselves, services/balances.py); once that date
is closed its payments may already be with the billing system, so each is taken back by a
``draft_void`` charge dated today instead, which the next posting export carries (the payment itself
is never changed: DESIGN invariant 2). The file on disk is not the app's to delete: the result
names it so the supervisor destroys it.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import insert, select, update

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Charge, DraftEntry, DraftRun, Payment, Role, RunStatus, Void, utcnow
from cashier_app.money import ZERO
from cashier_app.services import business_day
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event, record_events
from cashier_app.services.balances import lock_accounts
from cashier_app.services.drafts.runs import DraftRunRefused, lock_runs
from cashier_app.services.refusal import required_text

REASON_MAX = 200  # DraftRun.void_reason
DRAFT_VOID = "draft_void"  # the charge that takes back a draft payment of a closed date


@dataclass(frozen=True)
class RunVoided:
    run_id: int
    payments_voided: int  # by a Void (same open business date)
    payments_charged_back: int  # by a draft_void charge (their date was closed)
    total: Decimal
    file_name: str  # the file that must not be sent


def _run(s, run_id: int) -> DraftRun:  # noqa: ANN001
    run = s.get(DraftRun, run_id, with_for_update=True)
    if run is None:
        raise DraftRunRefused(_t("There is no draft run {0}.").format(run_id), "run")
    return run


@requires(Role.SUPERVISOR)
def void_run(db: Database, actor: Actor, run_id: int, reason: str) -> RunVoided:
    """Void a run that was not sent: its entries, and its payments with it (see the module doc).
    Refused (DraftRunRefused) for a sent or already voided run, or a blank reason."""
    text = required_text(reason, REASON_MAX, _t("Enter the reason for voiding the run."), DraftRunRefused)
    today = business_day.today()
    with db.write() as s:
        lock_runs(s)
        run = _run(s, run_id)
        if run.status != RunStatus.CREATED.value:
            refused = (_t("Draft run {0} was sent to the bank: it can no longer be voided.")
                       if run.status == RunStatus.SENT.value else _t("Draft run {0} is already voided."))
            raise DraftRunRefused(refused.format(run_id), "run")
        payments = s.execute(
            select(Payment.id, Payment.business_date, Payment.receipt_number, Payment.total, DraftEntry.account_id)
            .join(DraftEntry, DraftEntry.payment_id == Payment.id)
            .outerjoin(Void, Void.payment_id == Payment.id)
            .where(DraftEntry.run_id == run.id, Void.id.is_(None)).order_by(Payment.id)).all()
        lock_accounts(s, (p.account_id for p in payments))
        business_day.hold_open(s, today)
        today_open = not business_day.is_closed(s, today)
        same_day, charged = [], []
        for p in payments:
            (same_day if p.business_date == today and today_open else charged).append(p)
        if charged and not today_open:
            raise DraftRunRefused(_t("{0} is closed: void the run on the next business day.").format(
                                      business_day.long_date(today)), "run")
        if same_day:
            s.execute(insert(Void.__table__), [
                dict(payment_id=p.id, reason=f"Draft run {run.id} voided: {text}"[:200], voided_by_id=actor.user_id,
                     approved_by_id=actor.user_id, voided_at=utcnow()) for p in same_day])
        if charged:
            s.execute(insert(Charge.__table__), [
                dict(account_id=p.account_id, kind=DRAFT_VOID, amount=p.total, payment_id=p.id,
                     description=f"Draft run {run.id} voided ({p.receipt_number})"[:200], posted_at=utcnow(),
                     business_date=today, created_by_id=actor.user_id) for p in charged])
        s.execute(update(DraftEntry).where(DraftEntry.run_id == run.id).values(voided=True)
                  .execution_options(synchronize_session=False))
        run.status, run.voided_at, run.voided_by_id, run.void_reason = (
            RunStatus.VOIDED.value, utcnow(), actor.user_id, text)
        total = sum((p.total for p in payments), ZERO)
        record_event(s, actor, "drafts.run.void", "draft_run", run.id,
                     before={"status": RunStatus.CREATED.value, "total": run.total},
                     after={"status": RunStatus.VOIDED.value, "reason": text, "payments_voided": len(same_day),
                            "payments_charged_back": len(charged), "total": total})
        record_events(s, actor, [
            ("payment.void", "payment", p.id, None,
             {"voided": True, "reason": text, "draft_run": run.id, "receipt": p.receipt_number})
            for p in same_day])
        return RunVoided(run.id, len(same_day), len(charged), total, run.file_name)


@requires(Role.SUPERVISOR)
def mark_run_sent(db: Database, actor: Actor, run_id: int) -> None:
    """Record that the run's file went to the bank: final, it can no longer be voided (a draft the
    bank does not collect comes back as a return)."""
    with db.write() as s:
        run = _run(s, run_id)
        if run.status != RunStatus.CREATED.value:
            refused = (_t("Draft run {0} is already marked sent.") if run.status == RunStatus.SENT.value
                       else _t("Draft run {0} is voided: it must not be sent."))
            raise DraftRunRefused(refused.format(run_id), "run")
        run.status, run.sent_at, run.sent_by_id = RunStatus.SENT.value, utcnow(), actor.user_id
        record_event(s, actor, "drafts.run.sent", "draft_run", run.id,
                     before={"status": RunStatus.CREATED.value}, after={"status": RunStatus.SENT.value})
