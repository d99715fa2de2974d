"""The deposit slip as a letter-size PDF (reportlab). Pure: a DepositSlip in, a file out.

Cash by denomination first, then each check (number, amount, account) and each money order
(serial, amount, account), then the deposit totals, which are the counted figures. When the checks
or money orders listed differ from what was counted, both figures and the difference are printed.

English on purpose, whatever the station's language: it goes to the bank with the deposit, and the
bank's teller checks and validates it (docs/TRANSLATING.md).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import inch

from cashier_app.i18n import documents_in
from cashier_app.money import format_amount
from cashier_app.reports.day_report_pdf import RED, local_time, long_date, signed
from cashier_app.reports.pdf_pages import BOLD, Col, PageWriter

if TYPE_CHECKING:
    from cashier_app.services.deposit_slip import DepositSlip, PaperTotal

WIDE = 3.4 * inch


def _paper(w: PageWriter, paper: PaperTotal, number_title: str) -> None:
    w.heading(f"{paper.label} ({len(paper.items):,})")
    rows = [[f"{i}", item.number, item.account, item.receipt_number, item.issuer, format_amount(item.amount)]
            for i, item in enumerate(paper.items, 1)]
    rows.append(["", f"{len(paper.items):,} item(s)", "", "", "", format_amount(paper.listed)])
    cols = [Col("#", 0.45 * inch, "r"), Col(number_title, 1.5 * inch), Col("Account", 1.2 * inch),
            Col("Receipt", 1.05 * inch), Col("Issuer" if paper.kind == "money_order" else "", 1.5 * inch),
            Col("Amount", 1.1 * inch, "r")]
    w.table(cols, rows if paper.items else [], bold_last=True, empty=f"No {paper.label.lower()}.")
    if not paper.agrees:
        w.text(f"{paper.label} counted at the drawers: {paper.counted_items:,} item(s), "
               f"{format_amount(paper.counted)}; listed here: {len(paper.items):,} item(s), "
               f"{format_amount(paper.listed)}; difference (counted - listed): {signed(paper.difference)}.",
               font=BOLD, color=RED, size=8.5)


@documents_in("en")
def render_deposit_slip(slip: DepositSlip, out: Path) -> Path:
    """Write the slip to ``out`` (PDF); returns the path."""
    w = PageWriter(out, "Deposit slip", long_date(slip.day),
                   f"City of Shelby deposit slip for {slip.day:%m/%d/%Y}, printed "
                   f"{local_time(slip.generated_at, with_date=True)}")
    w.text(f"Business date {slip.day:%m/%d/%Y}, closed by {slip.closed_by} on "
           f"{local_time(slip.closed_at, with_date=True)}; {slip.sessions:,} drawer session(s).", font=BOLD)
    w.text("Figures are the counted ones: each drawer's closing count plus the cash picked up to the safe "
           "during the day.", size=8.5)
    w.text("The opening floats stay in the change fund: they are taken off the cash deposited.", size=8.5)
    w.space(4)

    w.heading("Cash by denomination")
    rows = [[line.label, f"{line.quantity:,}", format_amount(line.amount)] for line in slip.cash]
    rows.append(["Total cash", "", format_amount(slip.cash_total)])
    w.table([Col("Denomination", 2.4 * inch), Col("Quantity", 1.0 * inch, "r"), Col("Amount", 1.3 * inch, "r")],
            rows if slip.cash else [], bold_last=True, empty="No cash counted.")
    w.pair("  counted in the drawers at close", format_amount(slip.drawer_cash), width=WIDE)
    w.pair("  picked up to the safe during the day", format_amount(slip.pickup_cash), width=WIDE)
    w.pair("  less the opening floats (change fund)", "-" + format_amount(slip.floats), width=WIDE)
    w.pair("Cash to deposit", format_amount(slip.cash_to_deposit), bold=True, width=WIDE)
    w.space(4)

    _paper(w, slip.checks, "Check number")
    _paper(w, slip.money_orders, "Serial number")

    w.heading("Deposit total")
    w.pair("Cash (less the floats)", format_amount(slip.cash_to_deposit), width=WIDE)
    w.pair(f"Checks ({slip.checks.counted_items:,} counted)", format_amount(slip.checks.counted), width=WIDE)
    w.pair(f"Money orders ({slip.money_orders.counted_items:,} counted)", format_amount(slip.money_orders.counted),
           width=WIDE)
    w.pair("Total deposit", format_amount(slip.total), bold=True, width=WIDE)
    if not (slip.checks.agrees and slip.money_orders.agrees):
        w.text("The items listed do not agree with the count: see the differences above.", font=BOLD, color=RED)
    w.space(24)
    w.text("Prepared by ______________________________     Verified by ______________________________", size=9)
    w.space(10)
    w.text("Bank validation ______________________________     Date ______________", size=9)
    return w.save()
