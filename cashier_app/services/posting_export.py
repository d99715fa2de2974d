"""The posting export: a closed day's payments (and charges) as a CSV file for the billing system.

One detail row per allocation of each payment of the day that is not voided, plus one per charge
(returned-check reversal, returned check fee) dated that business date, then one trailer row with
the row count and the total (docs/formats.md "Posting export"). Each row is exported once: the rows
are marked exported, and a PaymentExport row and an audit event are written, in one transaction.
The file is written atomically (temporary file + os.replace) before that transaction commits and
removed again if the commit fails, so a file on disk always matches what the database says was sent.

A second export of the same day is refused ("already exported") unless ``again`` is given: then
every row of the day is written again and each row says ``reexport=Y``.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import (
    Account, Allocation, Charge, Customer, Payment, PaymentExport, Role, Tender, TenderKind, User, Void, utcnow,
)
from cashier_app.money import ZERO, format_amount, format_plain
from cashier_app.services import business_day
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event
from cashier_app.services.refusal import Refused
from cashier_app.private_files import write_whole

EXPORT_ACTION = "payments.export"
COLUMNS = ("entry_type", "business_date", "receipt_number", "account_number", "customer_number", "amount",
           "channel", "tenders", "check_numbers", "cashier", "posted_at", "reference", "reexport")


class ExportRefused(Refused):
    """An export that cannot be done; nothing was written ("date", "out", "again" fields). For
    "again", ``earlier_export`` says when the day was exported (the window asks before a re-export)."""

    def __init__(self, message: str, field: str = "", earlier_export: str = "") -> None:
        super().__init__(message, field)
        self.earlier_export = earlier_export


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # detail rows (the trailer is not counted)
    total: Decimal  # sum of the amount column: payments minus reversals and fees
    again: bool


@dataclass(frozen=True)
class ExportRecord:
    """One earlier export of a day, as the supervisor screen lists it."""

    exported_at: dt.datetime
    exported_by: str
    rows: int
    total: Decimal
    again: bool
    file_name: str


def _moment(value: dt.datetime) -> str:
    if value.tzinfo is None:  # SQLite hands back what was stored; the app stores UTC
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _payment_rows(s: Session, day: dt.date, again: bool) -> tuple[list[Payment], list[list[str]]]:
    voided = select(Void.id).where(Void.payment_id == Payment.id).exists()
    query = select(Payment).where(Payment.business_date == day, ~voided)
    if not again:
        query = query.where(Payment.exported_at.is_(None))
    payments = list(s.scalars(query.order_by(Payment.receipt_number, Payment.id)))
    ids = [p.id for p in payments]
    if not ids:
        return [], []
    tenders: dict[int, list[Tender]] = defaultdict(list)
    for t in s.scalars(select(Tender).where(Tender.payment_id.in_(ids)).order_by(Tender.id)):
        tenders[t.payment_id].append(t)
    allocations = s.execute(
        select(Allocation, Account.account_number, Customer.customer_number)
        .join(Account, Account.id == Allocation.account_id).join(Customer, Customer.id == Account.customer_id)
        .where(Allocation.payment_id.in_(ids)).order_by(Allocation.payment_id, Allocation.id)).all()
    by_payment: dict[int, list] = defaultdict(list)
    for row in allocations:
        by_payment[row[0].payment_id].append(row)
    cashiers = dict(s.execute(select(User.id, User.username).where(
        User.id.in_({p.cashier_id for p in payments}))).all())
    rows = []
    for p in payments:
        kinds = "+".join(dict.fromkeys(t.kind for t in tenders[p.id]))
        checks = ";".join(t.check_number or "" for t in tenders[p.id] if t.kind == TenderKind.CHECK.value)
        for allocation, account_number, customer_number in by_payment[p.id]:
            rows.append(["payment", day.isoformat(), p.receipt_number, account_number, customer_number,
                         format_plain(allocation.amount), p.channel, kinds, checks, cashiers.get(p.cashier_id, ""),
                         _moment(p.posted_at), f"A{allocation.id}"])
    return payments, rows


def _charge_rows(s: Session, day: dt.date, again: bool) -> tuple[list[Charge], list[list[str]]]:
    query = (select(Charge, Account.account_number, Customer.customer_number, Payment.receipt_number,
                    Payment.channel, User.username, Tender.check_number)
             .join(Account, Account.id == Charge.account_id).join(Customer, Customer.id == Account.customer_id)
             .outerjoin(Payment, Payment.id == Charge.payment_id).outerjoin(User, User.id == Charge.created_by_id)
             .outerjoin(Tender, Tender.id == Charge.tender_id)  # the returned check this charge is for
             .where(Charge.business_date == day))
    if not again:
        query = query.where(Charge.exported_at.is_(None))
    found = s.execute(query.order_by(Charge.id)).all()
    if not found:
        return [], []
    rows = []
    for charge, account_number, customer_number, receipt, channel, username, check_number in found:
        # amount is what the row credits to the account: a charge adds to what is owed, so negative.
        rows.append([charge.kind, day.isoformat(), receipt or "", account_number, customer_number,
                     format_plain(-charge.amount), channel or "", "", check_number or "", username or "",
                     _moment(charge.posted_at), f"C{charge.id}"])
    return [c for c, *_ in found], rows


def _render(day: dt.date, rows: list[list[str]], again: bool) -> tuple[bytes, Decimal]:
    flag = "Y" if again else "N"
    total = sum((Decimal(r[5]) for r in rows), ZERO)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([*row, flag])
    writer.writerow(["trailer", day.isoformat(), "", "", "", format_plain(total), "", "", "", "", "", str(len(rows)),
                     flag])
    return buffer.getvalue().encode("utf-8"), total


def _check_target(out: Path) -> Path:
    out = Path(out)
    if out.exists():
        raise ExportRefused(_t("{0} already exists; choose another file name (nothing was exported).").format(
                                out), "out")
    if not out.parent.is_dir():
        raise ExportRefused(_t("The folder {0} does not exist (nothing was exported).").format(out.parent), "out")
    return out


def _previous(s: Session, day: dt.date) -> list[PaymentExport]:
    return list(s.scalars(select(PaymentExport).where(PaymentExport.business_date == day)
                          .order_by(PaymentExport.exported_at, PaymentExport.id)))


@requires(Role.SUPERVISOR, Role.ADMINISTRATOR)
def export_payments(db: Database, actor: Actor, day: dt.date, out: Path, again: bool = False) -> ExportResult:
    """Write the posting export of closed business date ``day`` to ``out`` (a new CSV file).

    Refused (ExportRefused, nothing written or marked) when the day is not closed, when ``out``
    already exists or its folder does not, and when everything of the day was already exported
    and ``again`` is not given. With ``again`` every row of the day is written, marked as a re-export.
    """
    out = _check_target(out)
    written = False
    try:
        with db.write() as s:
            if not business_day.is_closed(s, day):
                raise ExportRefused(_t("{0} is not closed yet: close the day before exporting its payments.").format(
                                        business_day.long_date(day)), "date")
            payments, payment_rows = _payment_rows(s, day, again)
            charges, charge_rows = _charge_rows(s, day, again)
            rows = payment_rows + charge_rows
            earlier = _previous(s, day)
            if not again and not rows and earlier:
                last = earlier[-1]
                done = _t("{0} was already exported ({1}, by {2}, {3} rows, file {4}).").format(
                    business_day.long_date(day), _moment(last.exported_at), last.exported_by or _t("unknown"),
                    last.rows, last.file_name)
                raise ExportRefused(_t("{0} Nothing was written. To send it again, export it as a re-export "
                                       "(--again).").format(done), "again", earlier_export=done)
            data, total = _render(day, rows, again)
            now = utcnow()
            for item in [*payments, *charges]:
                if item.exported_at is None:
                    item.exported_at = now
            digest = hashlib.sha256(data).hexdigest()
            record = PaymentExport(business_date=day, exported_at=now, exported_by_id=actor.user_id,
                                   exported_by=actor.username, file_name=str(out), rows=len(rows), total=total,
                                   again=again, sha256=digest)
            s.add(record)
            s.flush()
            record_event(s, actor, EXPORT_ACTION, "day", day.isoformat(),
                         after={"export_id": record.id, "file": str(out), "rows": len(rows), "total": total,
                                "payments": len(payments), "charges": len(charges), "again": again,
                                "sha256": digest})
            if out.exists():  # appeared while we were reading: never overwrite someone's file
                raise ExportRefused(_t("{0} already exists; choose another file name (nothing was exported).").format(
                                        out),
                                    "out")
            written = True  # from here on, a failure (also of the commit) removes the file again
            write_whole(out, data)
    except BaseException:
        if written:
            out.unlink(missing_ok=True)
        raise
    return ExportResult(out, len(rows), total, again)


@requires(Role.SUPERVISOR, Role.ADMINISTRATOR)
def export_state(db: Database, actor: Actor, day: dt.date) -> list[ExportRecord]:
    """The earlier exports of ``day``, oldest first (empty: never exported)."""
    with db.read() as s:
        return [ExportRecord(e.exported_at, e.exported_by, e.rows, e.total, e.again, e.file_name)
                for e in _previous(s, day)]


def describe(result: ExportResult) -> str:
    """One line for the command line and the supervisor screen."""
    what = "re-export" if result.again else "export"
    return f"{what} written: {result.path} ({result.rows:,} rows, total {format_amount(result.total)})"
