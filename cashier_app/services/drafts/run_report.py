"""Reading draft runs: the list of runs, one run's report, and the bills of accounts that are in
a run still to settle (what the counter warns about before taking a payment)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cashier_app.ach.banking_days import short_notice
from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import (
    Account, AuditEvent, Bill, DraftEnrollment, DraftEntry, DraftRun, EntryKind, Payment, Role, RunStatus,
)
from cashier_app.money import ZERO, parse_amount
from cashier_app.services import business_day
from cashier_app.services.access import Actor, requires
from cashier_app.services.drafts.runs import RUN_ACTION, DraftRunRefused, RunWarning, short_notice_message
from cashier_app.services.drafts.run_selection import Skipped
from cashier_app.services.people import names_by_id
from cashier_app.services.settings import read_setting


@dataclass(frozen=True)
class RunSummary:
    run_id: int
    draft_date: dt.date
    effective_date: dt.date | None
    status: str  # created / sent / voided
    file_id_modifier: str
    debits: int
    prenotes: int
    total: Decimal
    created_at: dt.datetime
    created_by: str
    file_name: str
    void_reason: str = ""


@dataclass(frozen=True)
class ReportLine:
    kind: str  # debit / prenote
    account_number: str
    name: str  # on the bank account
    bank_last4: str  # shown as ****1234
    transaction_code: str
    amount: Decimal
    trace_number: str
    bill_date: dt.date | None
    receipt_number: str  # the bank-draft payment ("" for a prenote)
    warning: str = ""


@dataclass(frozen=True)
class RunReport:
    run: RunSummary
    lines: tuple[ReportLine, ...]
    warnings: tuple[RunWarning, ...]
    skipped: tuple[Skipped, ...]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)


@dataclass(frozen=True)
class DraftedBill:
    """A bill of an account that is in a run not voided whose drafts have not settled yet."""

    account_id: int
    account_number: str
    bill_id: int
    amount: Decimal  # what the run drafts
    draft_date: dt.date
    effective_date: dt.date
    run_id: int


def _summary(run: DraftRun, names: dict[int, str]) -> RunSummary:
    return RunSummary(run.id, run.draft_date, run.effective_date, run.status, run.file_id_modifier,
                      run.entry_count, run.prenote_count, run.total, run.created_at,
                      names.get(run.created_by_id, ""), run.file_name, run.void_reason)


@requires(Role.SUPERVISOR, Role.ADMINISTRATOR)
def list_runs(db: Database, actor: Actor, draft_date: dt.date | None = None, limit: int = 200) -> list[RunSummary]:
    """The runs, newest first (of one draft date when given)."""
    query = select(DraftRun).order_by(DraftRun.id.desc()).limit(limit)
    if draft_date is not None:
        query = query.where(DraftRun.draft_date == draft_date)
    with db.read() as s:
        names = names_by_id(s)
        return [_summary(r, names) for r in s.scalars(query)]


def _skipped_of(s: Session, run_id: int) -> tuple[Skipped, ...]:
    after = s.scalar(select(AuditEvent.after).where(AuditEvent.entity == "draft_run",
                                                    AuditEvent.entity_id == str(run_id),
                                                    AuditEvent.action == RUN_ACTION))
    return tuple(Skipped(k["account"], dt.date.fromisoformat(k["bill_date"]), parse_amount(k.get("amount", "0"), cap=None),
                         k["why"], Decimal(str(k["balance"])) if k.get("balance") is not None else None)
                 for k in (after or {}).get("skipped", []))


@requires(Role.SUPERVISOR, Role.ADMINISTRATOR)
def run_report(db: Database, actor: Actor, run_id: int) -> RunReport:
    """One run: its entries (account, name, bank account's last 4, amount, trace number, bill,
    warning), the short-notice warnings, and the bills it skipped because nothing was due."""
    with db.read() as s:
        run = s.get(DraftRun, run_id)
        if run is None:
            raise DraftRunRefused(_t("There is no draft run {0}.").format(run_id), "run")
        days = read_setting(s, "drafts.short_notice_days")
        lines = []
        warnings = []
        for entry, number, name, last4, bill_date, receipt in s.execute(
                select(DraftEntry, Account.account_number, DraftEnrollment.name_on_account,
                       DraftEnrollment.bank_account_last4, Bill.bill_date, Payment.receipt_number)
                .join(DraftEnrollment, DraftEnrollment.id == DraftEntry.enrollment_id)
                .join(Account, Account.id == DraftEntry.account_id)
                .outerjoin(Bill, Bill.id == DraftEntry.bill_id)
                .outerjoin(Payment, Payment.id == DraftEntry.payment_id)
                .where(DraftEntry.run_id == run.id).order_by(DraftEntry.trace_number)):
            warning = ""
            if bill_date is not None and short_notice(bill_date, run.draft_date, days):
                warning = short_notice_message(bill_date, run.draft_date, days)
                warnings.append(RunWarning(number, bill_date, warning))
            lines.append(ReportLine(entry.kind, number, name, f"****{last4}", entry.transaction_code, entry.amount,
                                    entry.trace_number, bill_date, receipt or "", warning))
        return RunReport(_summary(run, names_by_id(s)), tuple(lines), tuple(warnings), _skipped_of(s, run.id))


def bills_in_open_runs(session: Session, account_ids, today: dt.date | None = None) -> list[DraftedBill]:  # noqa: ANN001
    """The bills of these accounts in a run not voided whose effective date has not passed (the
    drafts are still to settle), with the amount drafted and the draft date."""
    ids = sorted(set(account_ids))
    if not ids:
        return []
    today = today or business_day.today()
    rows = session.execute(
        select(DraftEntry.account_id, Account.account_number, DraftEntry.bill_id, DraftEntry.amount,
               DraftRun.draft_date, DraftRun.effective_date, DraftRun.id)
        .join(DraftRun, DraftRun.id == DraftEntry.run_id).join(Account, Account.id == DraftEntry.account_id)
        .where(DraftEntry.account_id.in_(ids), DraftEntry.kind == EntryKind.DEBIT.value,
               DraftEntry.voided.is_(False), DraftRun.status != RunStatus.VOIDED.value,
               DraftRun.effective_date >= today)
        .order_by(Account.account_number, DraftRun.draft_date)).all()
    return [DraftedBill(*row) for row in rows]


@requires(Role.CASHIER, Role.SUPERVISOR)
def bill_in_open_run(db: Database, actor: Actor, account_ids) -> list[DraftedBill]:  # noqa: ANN001
    """For the counter, before a payment: :func:`bills_in_open_runs` of these accounts."""
    with db.read() as s:
        return bills_in_open_runs(s, account_ids)

