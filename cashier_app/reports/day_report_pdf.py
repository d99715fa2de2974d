"""The day report as a letter-size PDF (reportlab). Pure: a DayReport in, a file out.

Sections, in order: the summary, totals by tender (with a chart of payments by hour and of the
tender mix), by station, receipt numbers (first, last, gaps), by cashier, drawer sessions with
their over/short, pick-ups, voids, returned checks, draft enrollments, and the audit chain head.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import inch

from cashier_app import city_time
from cashier_app.i18n import _t
from cashier_app.i18n import long_date as _long_date
from cashier_app.money import ZERO, format_amount
from cashier_app.reports.pdf_pages import BOLD, MONO, REGULAR, Col, PageWriter

if TYPE_CHECKING:
    from cashier_app.services.day_report_lines import DayReport

RED = (0.75, 0.1, 0.1)
SUMMARY_WIDTH = 3.2 * inch
GREEN = (0.1, 0.45, 0.2)
TENDER_COLORS = {"cash": colors.HexColor("#2e7d32"), "check": colors.HexColor("#1565c0"),
                 "money_order": colors.HexColor("#ef6c00")}
def state_label(state: str) -> str:
    return {"open": _t("OPEN"), "counted": _t("COUNTED"), "closed": _t("closed")}.get(state, state)


def local_time(at: dt.datetime | None, with_date: bool = False) -> str:
    if at is None:
        return ""
    local = city_time.local(at)
    clock = f"{local:%I:%M %p}".lstrip("0")
    return f"{local:%m/%d/%Y} {clock}" if with_date else clock


def long_date(day: dt.date) -> str:
    return _long_date(day, weekday=True)


def signed(value: Decimal) -> str:
    """Over/short as read on a balance sheet: +$1.00 over, -$1.00 short, $0.00."""
    if value > ZERO:
        return "+" + format_amount(value)
    return format_amount(value)


def _hour_label(hour: int) -> str:
    return f"{(hour % 12) or 12}{'a' if hour < 12 else 'p'}"


def hour_chart(report: DayReport, width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.add(String(0, height - 10, _t("Payments by hour"), fontName=BOLD, fontSize=9))
    if not report.by_hour:
        d.add(String(0, height - 30, "No payments.", fontName=REGULAR, fontSize=8.5))
        return d
    first, last = report.by_hour[0].hour, report.by_hour[-1].hour
    counts = {h.hour: h.payments for h in report.by_hour}
    hours = list(range(first, last + 1))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 30, width - 44, height - 52
    chart.data = [[counts.get(h, 0) for h in hours]]
    chart.categoryAxis.categoryNames = [_hour_label(h) for h in hours]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = REGULAR, 7
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = REGULAR, 7
    chart.valueAxis.valueMin = 0
    top = max(counts.values())
    chart.valueAxis.valueMax = max(4, top + top // 8 + 1)
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}" if v == int(v) else ""
    chart.bars[0].fillColor = colors.HexColor("#1565c0")
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    d.add(chart)
    d.add(String(chart.x, 4, _t("payments per hour of posting (local time)"), fontName=REGULAR, fontSize=7,
                 fillColor=colors.grey))
    return d


def tender_chart(report: DayReport, width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.add(String(0, height - 10, _t("Tender mix (amount)"), fontName=BOLD, fontSize=9))
    shown = [t for t in report.tenders if t.amount > ZERO]
    total = sum((t.amount for t in shown), ZERO)
    if not shown or total <= ZERO:
        d.add(String(0, height - 30, "No payments.", fontName=REGULAR, fontSize=8.5))
        return d
    side = min(height - 34, width * 0.45)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 6, (height - 16 - side) / 2, side, side
    pie.data = [float(t.amount) for t in shown]  # drawing only; the figures are printed from Decimals
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i, t in enumerate(shown):
        pie.slices[i].fillColor = TENDER_COLORS.get(t.kind, colors.grey)
    d.add(pie)
    x = pie.x + side + 14
    y = pie.y + side - 12
    for t in shown:
        share = (t.amount * 100 / total).quantize(Decimal("0.1"))
        d.add(Rect(x, y - 1, 8, 8, fillColor=TENDER_COLORS.get(t.kind, colors.grey), strokeColor=None))
        d.add(String(x + 12, y, f"{t.label} {share}%", fontName=BOLD, fontSize=8))
        d.add(String(x + 12, y - 10, format_amount(t.amount), fontName=REGULAR, fontSize=8))
        y -= 26
    return d


def _follows(r) -> str:  # noqa: ANN001 - a ReceiptRange
    if not r.previous:
        return _t("the station's first")
    if r.previous_date is None:
        return _t("BREAK: {0} missing").format(r.previous)
    return f"{r.previous} ({r.previous_date:%m/%d/%Y})"


def _account_type(account_type: str) -> str:
    return {"checking": _t("checking"), "savings": _t("savings")}.get(account_type, account_type)


def render_day_report(report: DayReport, out: Path) -> Path:
    """Write the report to ``out`` (PDF); returns the path."""
    title = _t("Day report") if report.closed else _t("PRELIMINARY day report")
    warning = "" if report.closed else _t("PRELIMINARY (day not closed): the figures can still change until a "
                                          "supervisor closes the day.")
    footer = (_t("City of Shelby day report for {0}, printed {1}") if report.closed else
              _t("City of Shelby preliminary day report for {0}, printed {1}"))
    w = PageWriter(out, title, long_date(report.day),
                   footer.format(f"{report.day:%m/%d/%Y}", local_time(report.generated_at, with_date=True)),
                   warning=warning)

    if report.closed:
        w.text(_t("Day closed by {0} on {1}.").format(report.closed_by, local_time(report.closed_at, with_date=True)),
               font=BOLD)
    else:
        w.text(_t("Day not closed."), font=BOLD, color=RED)
    w.space(4)

    w.heading(_t("Summary"))
    w.pair(_t("Payments"), f"{report.payments:,}", width=SUMMARY_WIDTH)
    w.pair(_t("Total collected"), format_amount(report.total), bold=True, width=SUMMARY_WIDTH)
    if report.mail_payments:
        w.pair(_t("  of which mailed checks ({0})").format(f"{report.mail_payments:,}"), format_amount(report.mail_total),
               width=SUMMARY_WIDTH)
    w.pair(_t("Voided payments ({0})").format(f"{report.voided:,}"), format_amount(report.voided_total), width=SUMMARY_WIDTH)
    w.pair(_t("Over/short (all drawers)"), signed(report.over_short), width=SUMMARY_WIDTH)
    w.pair(_t("Cash pick-ups ({0})").format(f"{len(report.pickups):,}"), format_amount(report.pickups_total), width=SUMMARY_WIDTH)
    w.pair(_t("Returned checks and fees ({0})").format(f"{len(report.charges):,}"), format_amount(report.charges_total),
           width=SUMMARY_WIDTH)
    w.pair(_t("Draft enrollments taken"), f"{len(report.enrollments):,}", width=SUMMARY_WIDTH)
    w.pair(_t("Bank drafts recorded ({0}; not in the totals above)").format(f"{report.drafts.payments:,}"),
           format_amount(report.drafts.total), width=SUMMARY_WIDTH)
    w.space(4)

    w.heading(_t("Totals by tender"), _t("cash is net of change given"))
    rows = [[t.label, f"{t.items:,}", format_amount(t.amount)] for t in report.tenders]
    rows.append([_t("Total"), f"{sum(t.items for t in report.tenders):,}", format_amount(report.tendered_total)])
    w.table([Col(_t("Tender"), 2.2 * inch), Col(_t("Items"), 0.9 * inch, "r"), Col(_t("Amount"), 1.3 * inch, "r")],
            rows, bold_last=True)
    w.drawings(hour_chart(report, 4.1 * inch, 1.9 * inch), tender_chart(report, 2.8 * inch, 1.9 * inch))

    group_cols = lambda first: [  # noqa: E731
        Col(first, 1.45 * inch), Col(_t("Payments"), 0.75 * inch, "r"), Col(_t("Cash"), 0.95 * inch, "r"),
        Col(_t("Checks"), 0.95 * inch, "r"), Col(_t("Money orders"), 0.95 * inch, "r"), Col(_t("Total"), 1.05 * inch, "r"),
        Col(_t("Voids", "narrow column"), 0.5 * inch, "r")]

    def group_rows(groups) -> list[list[str]]:  # noqa: ANN001
        rows = [[g.name, f"{g.payments:,}", format_amount(g.cash), format_amount(g.checks),
                 format_amount(g.money_orders), format_amount(g.total), f"{g.voided:,}"] for g in groups]
        if groups:
            rows.append([_t("Total"), f"{report.payments:,}", *(format_amount(t.amount) for t in report.tenders),
                         format_amount(report.total), f"{report.voided:,}"])
        return rows

    w.heading(_t("By station"))
    w.table(group_cols(_t("Station")), group_rows(report.stations), bold_last=True, empty=_t("No payments."))

    w.heading(_t("Receipt numbers"), _t("voided receipts keep their number"))
    w.table([Col(_t("Station"), 1.0 * inch), Col(_t("First"), 1.0 * inch), Col(_t("Last"), 1.0 * inch),
             Col(_t("Used"), 0.6 * inch, "r"), Col(_t("Follows"), 1.5 * inch), Col(_t("Sequence"), 1.8 * inch)],
            [[r.station, r.first, r.last, f"{r.used:,}", _follows(r),
              _t("no gap") if r.no_gap else _t("GAPS: {0} missing").format(f"{r.gaps_missing:,}")]
             for r in report.receipts],
            empty=_t("No receipts."))
    if report.receipts and report.receipts_without_gap and all(r.follows_on for r in report.receipts):
        w.text(_t("Every station's receipt numbers run without a gap from the first to the last, and each "
                  "station's first follows on from its last of an earlier day."), color=GREEN)
    for r in report.receipts:
        if not r.no_gap:
            w.text(_t("{0}: missing {1}").format(r.station, ", ".join(r.gaps))
                   + (_t(" and {0} more range(s)").format(f"{r.gaps_not_listed:,}") if r.gaps_not_listed else ""),
                   color=RED)
        if not r.follows_on:
            w.text(_t("{0}: no payment has receipt {1}, the number before this day's first.").format(
                r.station, r.previous),
                   color=RED)

    w.heading(_t("By cashier"))
    w.table(group_cols(_t("Cashier")), group_rows(report.cashiers), bold_last=True, empty=_t("No payments."))

    w.heading(_t("Drawer sessions: over/short"), _t("counted minus expected; + over, - short"))
    session_rows = []
    for s in report.sessions:
        diffs = {b.kind: signed(b.difference) for b in s.balances}
        session_rows.append([s.station, s.cashier, state_label(s.state),
                             format_amount(s.opening_float), format_amount(s.pickups),
                             diffs.get("cash", _t("not counted")), diffs.get("check", ""), diffs.get("money_order", ""),
                             signed(s.over_short) if s.balances else "", s.approved_by])
    w.table([Col(_t("Station"), 0.65 * inch), Col(_t("Cashier"), 1.05 * inch), Col(_t("State"), 0.65 * inch),
             Col(_t("Float", "narrow column"), 0.65 * inch, "r"),
             Col(_t("Pick-ups", "narrow column"), 0.7 * inch, "r"), Col(_t("Cash"), 0.65 * inch, "r"),
             Col(_t("Checks"), 0.6 * inch, "r"), Col(_t("M.O."), 0.55 * inch, "r"), Col(_t("Over/short"), 0.75 * inch, "r"),
             Col(_t("Approved by"), 0.85 * inch)], session_rows, empty=_t("No drawer sessions."))
    for s in report.sessions:
        if s.note:
            w.text(_t("{0} / {1}: {2} (approved by {3})").format(s.station, s.cashier, s.note, s.approved_by), size=8.5)
    if any(s.state != "closed" for s in report.sessions):
        w.text(_t("Some drawer sessions are not closed yet."), color=RED, font=BOLD)

    w.heading(_t("Cash pick-ups"))
    w.table([Col(_t("Time"), 0.8 * inch), Col(_t("Station"), 1.0 * inch), Col(_t("Cashier"), 1.7 * inch),
             Col(_t("Supervisor"), 1.7 * inch), Col(_t("Amount"), 1.0 * inch, "r")],
            [[local_time(p.taken_at), p.station, p.cashier, p.supervisor, format_amount(p.amount)]
             for p in report.pickups], empty=_t("No pick-ups."))

    w.heading(_t("Voids"), _t("{0} voided, {1}").format(f"{report.voided:,}", format_amount(report.voided_total)))
    w.table([Col(_t("Receipt"), 0.85 * inch), Col(_t("Station"), 0.55 * inch), Col(_t("Cashier"), 0.95 * inch),
             Col(_t("Amount"), 0.8 * inch, "r"), Col(_t("Reason"), 2.0 * inch), Col(_t("Voided by"), 0.85 * inch),
             Col(_t("Approved by"), 0.85 * inch)],
            [[v.receipt_number, v.station, v.cashier, format_amount(v.amount), v.reason, v.voided_by, v.approved_by]
             for v in report.voids], empty=_t("No voids."))

    w.heading(_t("Returned checks and fees recorded this day"))
    w.table([Col(_t("Kind"), 1.6 * inch), Col(_t("Account"), 0.8 * inch), Col(_t("Receipt"), 0.85 * inch),
             Col(_t("Amount"), 0.8 * inch, "r"), Col(_t("Recorded by"), 1.0 * inch), Col(_t("Note"), 1.8 * inch)],
            [[c.label, c.account_number, c.receipt_number, format_amount(c.amount), c.recorded_by, c.description]
             for c in report.charges], empty=_t("No returned checks."))

    d = report.drafts
    w.heading(_t("Bank drafts"), _t("draft runs made this day; no drawer, no deposit: the bank collects them"))
    w.table([Col(_t("Run"), 0.5 * inch, "r"), Col(_t("Draft date"), 0.9 * inch), Col(_t("Effective"), 0.9 * inch),
             Col(_t("Status"), 0.75 * inch), Col(_t("Debits"), 0.7 * inch, "r"), Col(_t("Prenotes"), 0.7 * inch, "r"),
             Col(_t("Total"), 1.1 * inch, "r"), Col(_t("Made by"), 1.2 * inch)],
            [[str(r.run_id), f"{r.draft_date:%m/%d/%Y}", f"{r.effective_date:%m/%d/%Y}" if r.effective_date else "",
              r.status, f"{r.debits:,}", f"{r.prenotes:,}", format_amount(r.total), r.created_by] for r in d.runs],
            empty=_t("No draft runs."))
    w.text(_t("Bank-draft payments of this business date: {0}, {1}").format(f"{d.payments:,}", format_amount(d.total))
           + (_t("; voided with their run: {0}, {1}").format(f"{d.voided:,}", format_amount(d.voided_total))
              if d.voided else "") + ".")

    w.heading(_t("Bank draft enrollments taken"))
    w.table([Col(_t("Time"), 0.7 * inch), Col(_t("Account"), 0.9 * inch), Col(_t("Bank account"), 1.0 * inch),
             Col(_t("Type"), 0.75 * inch), Col(_t("Signed on"), 0.85 * inch), Col(_t("Status now"), 1.35 * inch),
             Col(_t("Taken by"), 1.4 * inch)],
            [[local_time(e.created_at), e.account_number, _t("ending {0}").format(e.bank_account_last4), _account_type(e.bank_account_type),
              f"{e.signed_on:%m/%d/%Y}", e.status_text + (_t(" · new bank") if e.replaces else ""), e.enrolled_by]
             for e in report.enrollments], empty=_t("No enrollments."))

    w.heading(_t("Audit trail"))
    w.text(_t("Head of the audit hash chain recorded at the day close:") if report.closed else
           _t("Head of the audit hash chain now (day not closed):"))
    w.text(report.audit_head, font=MONO, size=8.5, indent=12)
    w.text(_t("Check it with: cashier-app audit verify"), size=8, color=(0.35, 0.35, 0.35))
    return w.save()
