"""The day report as one CSV file (UTF-8, comma, header row): one row per figure, the ``section``
column saying what the row is. Columns and sections: docs/formats.md "Day report CSV".

Amounts are plain ``1234.50`` (negative ``-1.00``), dates ISO, times ISO 8601 local with offset.
English whatever the station's language: scripts and spreadsheets read its sections, keys and
details (docs/TRANSLATING.md).
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from cashier_app import city_time
from cashier_app.i18n import documents_in
from cashier_app.money import format_plain
from cashier_app.private_files import open_private

if TYPE_CHECKING:
    from cashier_app.services.day_report_lines import DayReport

COLUMNS = ("section", "key", "station", "cashier", "account", "receipt", "count", "amount", "cash", "checks",
           "money_orders", "first", "last", "by", "approved_by", "at", "detail")


def _money(value: Decimal | None) -> str:
    return "" if value is None else format_plain(value)


def _at(value) -> str:  # noqa: ANN001
    return city_time.local(value).isoformat(timespec="seconds") if value is not None else ""


def _safe(text: str) -> str:
    """Text a spreadsheet will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def rows(report: DayReport) -> Iterator[dict[str, str]]:
    def row(section: str, key: str = "", **values) -> dict[str, str]:  # noqa: ANN003
        out = {c: "" for c in COLUMNS}
        out.update(section=section, key=key)
        for name, value in values.items():
            out[name] = value if isinstance(value, str) else _money(value) if isinstance(value, Decimal) else str(value)
        return out

    yield row("report", "business_date", detail=report.day.isoformat())
    yield row("report", "status", detail="closed" if report.closed else "preliminary (day not closed)")
    if report.closed:
        yield row("report", "closed", by=report.closed_by, at=_at(report.closed_at))
    yield row("report", "generated", at=_at(report.generated_at))
    yield row("report", "audit_head", detail=report.audit_head)

    yield row("summary", "payments", count=report.payments, amount=report.total)
    yield row("summary", "voided", count=report.voided, amount=report.voided_total)
    yield row("summary", "mail", count=report.mail_payments, amount=report.mail_total)
    yield row("summary", "over_short", amount=report.over_short)
    yield row("summary", "pickups", count=len(report.pickups), amount=report.pickups_total)
    yield row("summary", "returned", count=len(report.charges), amount=report.charges_total)
    yield row("summary", "draft_enrollments", count=len(report.enrollments))
    yield row("summary", "bank_drafts", count=report.drafts.payments, amount=report.drafts.total)
    yield row("summary", "bank_drafts_voided", count=report.drafts.voided, amount=report.drafts.voided_total)

    for t in report.tenders:
        yield row("tender", t.kind, count=t.items, amount=t.amount)
    yield row("tender", "total", count=sum(t.items for t in report.tenders), amount=report.tendered_total)

    for section, groups in (("station", report.stations), ("cashier", report.cashiers)):
        for g in groups:
            yield row(section, g.name, **({"station": g.name} if section == "station" else {"cashier": g.name}),
                      count=g.payments, amount=g.total, cash=g.cash, checks=g.checks, money_orders=g.money_orders,
                      detail=f"voided {g.voided} ({format_plain(g.voided_total)})")

    for r in report.receipts:
        gaps = "no gap" if r.no_gap else (f"{r.gaps_missing} missing: " + "; ".join(r.gaps)
                                          + (f"; and {r.gaps_not_listed} more" if r.gaps_not_listed else ""))
        if r.previous:
            gaps += (f"; follows {r.previous} of {r.previous_date.isoformat()}" if r.previous_date
                     else f"; break: no payment has {r.previous}")
        yield row("receipts", r.station, station=r.station, count=r.used, first=r.first, last=r.last, detail=gaps)

    for h in report.by_hour:
        yield row("hour", f"{h.hour:02d}", count=h.payments, amount=h.amount)

    for s in report.sessions:
        diffs = {b.kind: b.difference for b in s.balances}
        yield row("session", str(s.id), station=s.station, cashier=s.cashier,
                  amount=s.over_short if s.balances else "", cash=diffs.get("cash", ""),
                  checks=diffs.get("check", ""), money_orders=diffs.get("money_order", ""),
                  first=s.opening_float, last=s.pickups, approved_by=s.approved_by,
                  detail=_safe(s.state + (f"; {s.note}" if s.note else "")))

    for i, p in enumerate(report.pickups, 1):
        yield row("pickup", str(i), station=p.station, cashier=p.cashier, amount=p.amount, by=p.supervisor,
                  at=_at(p.taken_at))

    for v in report.voids:
        yield row("void", v.receipt_number, station=v.station, cashier=v.cashier, receipt=v.receipt_number,
                  amount=v.amount, by=v.voided_by, approved_by=v.approved_by, at=_at(v.voided_at),
                  detail=_safe(v.reason))

    for c in report.charges:
        yield row("returned", c.kind, account=c.account_number, receipt=c.receipt_number, amount=c.amount,
                  by=c.recorded_by, detail=_safe(c.description))

    for e in report.enrollments:
        yield row("draft_enrollment", e.account_number, account=e.account_number, by=e.enrolled_by,
                  at=_at(e.created_at), first=e.signed_on.isoformat(),
                  detail=f"{e.bank_account_type} ending {e.bank_account_last4}; {e.status_text}"
                         + ("; new bank" if e.replaces else ""))

    yield from draft_rows(report, row)


def draft_rows(report: DayReport, row) -> Iterator[dict[str, str]]:  # noqa: ANN001
    for r in report.drafts.runs:
        yield row("draft_run", str(r.run_id), count=r.debits, amount=r.total, by=r.created_by,
                  first=r.draft_date.isoformat(), last=r.effective_date.isoformat() if r.effective_date else "",
                  detail=f"{r.status}; {r.prenotes} prenotes")


@documents_in("en")
def write_day_report_csv(report: DayReport, out: Path) -> Path:
    out = Path(out)
    with open_private(out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows(report))
    return out
