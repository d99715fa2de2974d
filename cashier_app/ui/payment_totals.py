"""The totals of the payment on screen: whom it pays, total due, tendered, and the change shown large.

Change comes from cash only; what checks and money orders bring above the total stays on the
first account as a credit (the payments service asks the cashier to confirm it).
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel

from cashier_app.money import ZERO, format_amount
from cashier_app.services.payments import PostedPayment
from cashier_app.ui.tender_kinds import CASH


def show_totals(panel, posted: PostedPayment | None = None) -> None:  # noqa: ANN001 - a PaymentPanel
    """Fill the totals of ``panel`` for what is typed, or for the payment just posted."""
    v, tr = panel.view, panel.tr
    rows = v.allocations_model.rows()
    if not rows:
        v.paying_for.setText(tr("Open an account to take a payment (F2 finds one)."))
    elif len(rows) == 1:
        v.paying_for.setText(tr("Account {0} · {1}").format(rows[0].account_number, rows[0].name))
    else:
        v.paying_for.setText(tr("{0} accounts in this payment").format(len(rows)))
    if posted is not None:
        _set(v.total_due, format_amount(posted.total), "")
        _set(v.total_tendered, format_amount(posted.tendered), "")
        _set(v.change_due, format_amount(posted.change), "posted")
        _set(v.change_caption, tr("give back — receipt {0}").format(posted.receipt_number), "posted")
        return
    total = v.allocations_model.total()
    tenders = v.tenders_model.tenders()
    tendered = sum((t.amount for t in tenders), ZERO)
    cash = sum((t.amount for t in tenders if t.kind == CASH), ZERO)
    pending = v.editor.pending_amount()
    if pending is not None and not (v.editor.is_empty() and tenders):
        tendered += pending
        cash += pending if v.editor.kind == CASH else ZERO
    _set(v.total_due, format_amount(total), "")
    _set(v.total_tendered, format_amount(tendered), "")
    change, caption, tone = _change(tr, total, tendered, cash, rows)
    _set(v.change_due, format_amount(change), tone)
    _set(v.change_caption, caption, "short" if tone == "short" else "")


def _change(tr, total: Decimal, tendered: Decimal, cash: Decimal, rows: list) -> tuple[Decimal, str, str]:  # noqa: ANN001
    if not rows or tendered == ZERO:
        return ZERO, "", "pending"
    if tendered < total:
        return ZERO, tr("{0} still to pay").format(format_amount(total - tendered)), "short"
    extra = tendered - total
    if extra <= cash:
        return extra, "", ""
    credit = extra - cash
    return cash, tr("{0} above the total on a check or money order stays as a credit on account {1}").format(
        format_amount(credit), rows[0].account_number), ""


def _set(widget: QLabel, text: str, tone: str) -> None:
    widget.setText(text)
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
