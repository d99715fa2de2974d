"""The day report of a business date (the deposit slip is services/deposit_slip.py).

``day_report`` gathers everything a supervisor reviews at the day close in a handful of aggregate
queries (the payments are grouped in the database, never loaded one by one), so a day of 20,000
payments reports in well under a second (bench/bench_day_report.py). The report renders before
the close too, titled PRELIMINARY, with the current head of the audit chain; once the date is
closed it shows the head recorded by the close, who closed it and when.

Money is ``Decimal`` throughout; the renderers are in ``cashier_app/reports/``.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import (
    Account, AuditEvent, CashPickup, Charge, DayClose, DraftEnrollment, DrawerBalance, DrawerSession, Payment,
    PaymentChannel, Role, Station, Tender, Void, utcnow,
)
from cashier_app.money import ZERO
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import GENESIS
from cashier_app.services.day_report_lines import (
    ChargeLine, DayReport, EnrollmentLine, GroupTotal, HourCount, PickupLine, SessionLine, TenderTotal, VoidLine,
)
from cashier_app.services.drafts.day_drafts import draft_day
from cashier_app.services.drawer_figures import TENDER_KINDS
from cashier_app.services.drawers import BalanceLine
from cashier_app.services.people import names_by_id
from cashier_app.services.receipt_ranges import ReceiptRange, previous_number, receipt_ranges
from cashier_app.services.refusal import Refused

COUNTER_MONEY = Payment.channel != PaymentChannel.DRAFT.value  # bank drafts have their own section
FORMATS = ("pdf", "csv")


class ReportRefused(Refused):
    """A report that cannot be made; nothing was written."""


# -- helpers -------------------------------------------------------------------------------------------
def _stations(s: Session) -> dict[int, str]:
    return dict(s.execute(select(Station.id, Station.name)).all())


def _local_day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The business date as a UTC interval: the City's midnight to its next midnight."""
    return city_time.day_bounds(day)


def _utc_hour(s: Session):  # noqa: ANN202 - a SQL expression "YYYY-MM-DD HH" of posted_at in UTC
    if s.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", Payment.posted_at), "YYYY-MM-DD HH24")
    return func.strftime("%Y-%m-%d %H", Payment.posted_at)


def _with_previous(s: Session, r: ReceiptRange) -> ReceiptRange:
    """The range with the business date of the number before its first (one unique-index lookup),
    so the report can say the day follows on from the station's earlier days."""
    before = previous_number(r.first) if r.first else ""
    if not before:
        return r
    when = s.scalar(select(Payment.business_date).where(Payment.receipt_number == before))
    return replace(r, previous=before, previous_date=when)


def _totals(name: str, rows: list[tuple], tender_rows: list[tuple]) -> GroupTotal:
    payments = voided = 0
    total = voided_total = change = ZERO
    for _channel, was_voided, count, amount, given in rows:
        if was_voided:
            voided += count
            voided_total += amount
        else:
            payments += count
            total += amount
            change += given
    kinds = defaultdict(lambda: ZERO)
    for kind, _items, amount in tender_rows:
        kinds[kind] += amount
    return GroupTotal(name, payments, total, kinds["cash"] - change, kinds["check"], kinds["money_order"],
                      voided, voided_total)


# -- the day report ------------------------------------------------------------------------------------
@requires(Role.SUPERVISOR, Role.ADMINISTRATOR)
def day_report(db: Database, actor: Actor, day: dt.date) -> DayReport:
    """Everything of one business date a supervisor reviews at the close (see the module doc)."""
    with db.read() as s:
        return _gather(s, day)


def _gather(s: Session, day: dt.date) -> DayReport:
    names = names_by_id(s)
    stations = _stations(s)
    name = lambda uid: names.get(uid, "") if uid is not None else ""  # noqa: E731
    is_voided = Void.id.is_not(None).label("voided")

    # Payments grouped by station, cashier, channel and voided: counts and sums, in the database.
    pay_rows = s.execute(
        select(Payment.station_id, Payment.cashier_id, Payment.channel, is_voided, func.count(Payment.id),
               func.sum(Payment.total), func.sum(Payment.change))
        .outerjoin(Void, Void.payment_id == Payment.id).where(Payment.business_date == day, COUNTER_MONEY)
        .group_by(Payment.station_id, Payment.cashier_id, Payment.channel, is_voided)).all()
    tender_rows = s.execute(
        select(Payment.station_id, Payment.cashier_id, Tender.kind, func.count(Tender.id), func.sum(Tender.amount))
        .join(Payment, Payment.id == Tender.payment_id).outerjoin(Void, Void.payment_id == Payment.id)
        .where(Payment.business_date == day, COUNTER_MONEY, Void.id.is_(None))
        .group_by(Payment.station_id, Payment.cashier_id, Tender.kind)).all()

    by_station: dict[int, list] = defaultdict(list)
    by_cashier: dict[int, list] = defaultdict(list)
    t_station: dict[int, list] = defaultdict(list)
    t_cashier: dict[int, list] = defaultdict(list)
    for station_id, cashier_id, channel, was_voided, count, amount, change in pay_rows:
        row = (channel, bool(was_voided), count, amount or ZERO, change or ZERO)
        by_station[station_id].append(row)
        by_cashier[cashier_id].append(row)
    for station_id, cashier_id, kind, count, amount in tender_rows:
        t_station[station_id].append((kind, count, amount or ZERO))
        t_cashier[cashier_id].append((kind, count, amount or ZERO))
    station_totals = sorted((_totals(stations.get(k, str(k)), v, t_station[k]) for k, v in by_station.items()),
                            key=lambda g: g.name)
    cashier_totals = sorted((_totals(name(k), v, t_cashier[k]) for k, v in by_cashier.items()),
                            key=lambda g: g.name.lower())

    all_rows = [row for rows in by_station.values() for row in rows]
    kept = [r for r in all_rows if not r[1]]
    change_total = sum((r[4] for r in kept), ZERO)
    kind_items: dict[str, int] = defaultdict(int)
    kind_amount: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for _st, _ca, kind, count, amount in tender_rows:
        kind_items[kind] += count
        kind_amount[kind] += amount or ZERO
    kind_amount["cash"] -= change_total
    tenders = tuple(TenderTotal(k, kind_items[k], kind_amount[k]) for k in TENDER_KINDS)

    # Receipt numbers: one short column per payment of the date, for first / last / gaps.
    numbers: dict[int, list[str]] = defaultdict(list)
    for station_id, number in s.execute(select(Payment.station_id, Payment.receipt_number)
                                        .where(Payment.business_date == day, COUNTER_MONEY)):
        numbers[station_id].append(number)
    receipts = tuple(sorted((_with_previous(s, receipt_ranges(stations.get(k, str(k)), v))
                             for k, v in numbers.items()), key=lambda r: r.station))

    # Payments by hour: grouped by UTC date and hour in the database, shown in local hours.
    hours: dict[int, list] = defaultdict(lambda: [0, ZERO])
    hour_expr = _utc_hour(s)
    for key, count, amount in s.execute(
            select(hour_expr, func.count(Payment.id), func.sum(Payment.total))
            .outerjoin(Void, Void.payment_id == Payment.id)
            .where(Payment.business_date == day, COUNTER_MONEY, Void.id.is_(None)).group_by(hour_expr)):
        utc = dt.datetime.strptime(key, "%Y-%m-%d %H").replace(tzinfo=dt.timezone.utc)
        local = city_time.local(utc).hour
        hours[local][0] += count
        hours[local][1] += amount or ZERO
    by_hour = tuple(HourCount(h, c, a) for h, (c, a) in sorted(hours.items()))

    voids = tuple(VoidLine(receipt, stations.get(st, ""), name(cashier), total, reason, name(by), name(appr), at)
                  for receipt, st, cashier, total, reason, by, appr, at in s.execute(
                      select(Payment.receipt_number, Payment.station_id, Payment.cashier_id, Payment.total,
                             Void.reason, Void.voided_by_id, Void.approved_by_id, Void.voided_at)
                      .join(Void, Void.payment_id == Payment.id).where(Payment.business_date == day, COUNTER_MONEY)
                      .order_by(Payment.receipt_number)))

    sessions_rows = s.scalars(select(DrawerSession).where(DrawerSession.business_date == day)
                              .order_by(DrawerSession.station_id, DrawerSession.opened_at, DrawerSession.id)).all()
    session_ids = [r.id for r in sessions_rows]
    balances: dict[int, list[BalanceLine]] = defaultdict(list)
    pickup_sums: dict[int, Decimal] = defaultdict(lambda: ZERO)
    pickups: list[PickupLine] = []
    if session_ids:
        for b in s.scalars(select(DrawerBalance).where(DrawerBalance.session_id.in_(session_ids))):
            balances[b.session_id].append(BalanceLine(b.tender_kind, b.expected, b.counted, b.difference,
                                                      b.expected_items, b.counted_items))
        by_id = {r.id: r for r in sessions_rows}
        for p in s.scalars(select(CashPickup).where(CashPickup.session_id.in_(session_ids))
                           .order_by(CashPickup.taken_at, CashPickup.id)):
            session = by_id[p.session_id]
            pickup_sums[p.session_id] += p.amount
            pickups.append(PickupLine(p.taken_at, stations.get(session.station_id, ""),
                                      name(p.cashier_id or session.cashier_id), name(p.supervisor_id), p.amount))
    sessions = tuple(SessionLine(
        r.id, stations.get(r.station_id, ""), name(r.cashier_id), r.state, r.opening_float, pickup_sums[r.id],
        tuple(sorted(balances[r.id], key=lambda b: TENDER_KINDS.index(b.kind) if b.kind in TENDER_KINDS else 9)),
        name(r.approved_by_id), r.difference_note) for r in sessions_rows)

    charges = tuple(ChargeLine(kind, account or "", receipt or "", amount, description, name(by))
                    for kind, account, receipt, amount, description, by in s.execute(
                        select(Charge.kind, Account.account_number, Payment.receipt_number, Charge.amount,
                               Charge.description, Charge.created_by_id)
                        .join(Account, Account.id == Charge.account_id)
                        .outerjoin(Payment, Payment.id == Charge.payment_id)
                        .where(Charge.business_date == day).order_by(Charge.posted_at, Charge.id)))

    start, end = _local_day_bounds(day)
    enrollments = tuple(EnrollmentLine(account, last4, kind, signed, name(by), created, status, reason,
                                       replaces is not None)
                        for account, last4, kind, signed, by, created, status, reason, replaces in s.execute(
                            select(Account.account_number, DraftEnrollment.bank_account_last4,
                                   DraftEnrollment.bank_account_type, DraftEnrollment.signed_on,
                                   DraftEnrollment.enrolled_by_id, DraftEnrollment.created_at,
                                   DraftEnrollment.status, DraftEnrollment.ended_reason, DraftEnrollment.replaces_id)
                            .join(Account, Account.id == DraftEnrollment.account_id)
                            .where(DraftEnrollment.created_at >= start, DraftEnrollment.created_at < end)
                            .order_by(DraftEnrollment.created_at, DraftEnrollment.id)))

    close = s.scalar(select(DayClose).where(DayClose.business_date == day))
    if close is not None:
        head = close.audit_head
    else:
        head = s.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS
    mail = [r for r in kept if r[0] == PaymentChannel.MAIL.value]
    voided_rows = [r for r in all_rows if r[1]]
    return DayReport(
        day=day, closed=close is not None, closed_by=name(close.closed_by_id) if close else "",
        closed_at=close.closed_at if close else None, audit_head=head, generated_at=utcnow(),
        payments=sum(r[2] for r in kept), total=sum((r[3] for r in kept), ZERO),
        voided=sum(r[2] for r in voided_rows), voided_total=sum((r[3] for r in voided_rows), ZERO),
        mail_payments=sum(r[2] for r in mail), mail_total=sum((r[3] for r in mail), ZERO),
        tenders=tenders, stations=tuple(station_totals), cashiers=tuple(cashier_totals), receipts=receipts,
        voids=voids, sessions=sessions, pickups=tuple(pickups), charges=charges, enrollments=enrollments,
        by_hour=by_hour, drafts=draft_day(s, day, names))


def _format_of(out: Path, fmt: str | None) -> str:
    chosen = (fmt or out.suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise ReportRefused(_t("Unknown report format {0}: name the file .pdf or .csv (or give the format).").format(
                                repr(chosen or out.name)), "format")
    return chosen


@requires(Role.SUPERVISOR, Role.ADMINISTRATOR)
def write_day_report(db: Database, actor: Actor, day: dt.date, out: Path, fmt: str | None = None) -> Path:
    """Write the day report to ``out`` as PDF or CSV (by ``fmt``, else by the file's suffix)."""
    out = Path(out)
    chosen = _format_of(out, fmt)
    report = day_report(db, actor, day)
    if chosen == "pdf":
        from cashier_app.reports.day_report_pdf import render_day_report

        return render_day_report(report, out)
    from cashier_app.reports.day_report_csv import write_day_report_csv

    return write_day_report_csv(report, out)
