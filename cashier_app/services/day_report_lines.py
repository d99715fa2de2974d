"""What a day report holds: its totals and lines, as the renderers (cashier_app/reports/) read them.

services/day_report.py gathers them from the database; these are plain frozen values in Decimal,
with the few words they carry (tender kinds, charge kinds, enrollment states) in the document's
language (i18n._t).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from cashier_app.i18n import _t
from cashier_app.money import ZERO
from cashier_app.services.drafts.day_drafts import DraftDay
from cashier_app.services.drawers import BalanceLine
from cashier_app.services.receipt_ranges import ReceiptRange


def kind_label(kind: str) -> str:
    """A tender kind as the reports print it, in the document's language (i18n._t)."""
    return {"cash": _t("Cash"), "check": _t("Checks"), "money_order": _t("Money orders")}.get(kind, kind)


# -- the values ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TenderTotal:
    kind: str
    items: int  # tenders of that kind (non-voided payments)
    amount: Decimal  # cash: tendered minus change, i.e. what stayed in the drawer

    @property
    def label(self) -> str:
        return kind_label(self.kind)


@dataclass(frozen=True)
class GroupTotal:
    """Totals of one station or one cashier (non-voided payments; voids counted apart)."""

    name: str
    payments: int
    total: Decimal
    cash: Decimal
    checks: Decimal
    money_orders: Decimal
    voided: int
    voided_total: Decimal


@dataclass(frozen=True)
class VoidLine:
    receipt_number: str
    station: str
    cashier: str
    amount: Decimal
    reason: str
    voided_by: str
    approved_by: str
    voided_at: dt.datetime


@dataclass(frozen=True)
class SessionLine:
    id: int
    station: str
    cashier: str
    state: str
    opening_float: Decimal
    pickups: Decimal
    balances: tuple[BalanceLine, ...]  # the drawers service's own lines
    approved_by: str
    note: str

    @property
    def over_short(self) -> Decimal:
        return sum((b.difference for b in self.balances), ZERO)


@dataclass(frozen=True)
class PickupLine:
    taken_at: dt.datetime
    station: str
    cashier: str
    supervisor: str
    amount: Decimal


@dataclass(frozen=True)
class ChargeLine:
    kind: str
    account_number: str
    receipt_number: str  # the payment reversed, if any
    amount: Decimal
    description: str
    recorded_by: str

    @property
    def label(self) -> str:
        labels = {"reversal": _t("Returned check reversal"), "returned_check_fee": _t("Returned check fee"),
                  "draft_void": _t("Bank draft run voided")}
        return labels.get(self.kind, self.kind.replace("_", " ").capitalize())


@dataclass(frozen=True)
class EnrollmentLine:
    account_number: str
    bank_account_last4: str
    bank_account_type: str
    signed_on: dt.date
    enrolled_by: str
    created_at: dt.datetime
    status: str = "pending"  # now: pending (prenote), active, or ended (replaced, cancelled, returned)
    ended_reason: str = ""
    replaces: bool = False  # a change of bank: it replaced an earlier enrollment of the account

    @property
    def status_text(self) -> str:
        """"pending prenote", "active", or "ended (replaced)"."""
        if self.status == "pending":
            return _t("pending prenote")
        if self.status == "ended":
            why = self.ended_reason.split(":", 1)[0]
            return _t("ended ({0})").format(why) if why else _t("ended")
        return _t("active") if self.status == "active" else self.status


@dataclass(frozen=True)
class HourCount:
    hour: int  # local hour 0-23
    payments: int
    amount: Decimal


@dataclass(frozen=True)
class DayReport:
    day: dt.date
    closed: bool
    closed_by: str
    closed_at: dt.datetime | None
    audit_head: str  # DayClose.audit_head when closed, else the chain's current head
    generated_at: dt.datetime
    payments: int  # not voided
    total: Decimal  # applied to accounts, not voided
    voided: int
    voided_total: Decimal
    mail_payments: int  # of ``payments``: mailed checks / lockbox (no drawer)
    mail_total: Decimal
    tenders: tuple[TenderTotal, ...]
    stations: tuple[GroupTotal, ...]
    cashiers: tuple[GroupTotal, ...]
    receipts: tuple[ReceiptRange, ...]
    voids: tuple[VoidLine, ...]
    sessions: tuple[SessionLine, ...]
    pickups: tuple[PickupLine, ...]
    charges: tuple[ChargeLine, ...]
    enrollments: tuple[EnrollmentLine, ...]
    by_hour: tuple[HourCount, ...]  # only hours with payments, in order
    drafts: DraftDay = DraftDay()  # bank drafts: apart from every counter figure above

    @property
    def title(self) -> str:
        return "Day report" if self.closed else "PRELIMINARY day report (day not closed)"

    @property
    def tendered_total(self) -> Decimal:
        return sum((t.amount for t in self.tenders), ZERO)

    @property
    def over_short(self) -> Decimal:
        return sum((s.over_short for s in self.sessions), ZERO)

    @property
    def pickups_total(self) -> Decimal:
        return sum((p.amount for p in self.pickups), ZERO)

    @property
    def charges_total(self) -> Decimal:
        return sum((c.amount for c in self.charges), ZERO)

    @property
    def receipts_without_gap(self) -> bool:
        return all(r.no_gap for r in self.receipts)
