"""The deposit slip of a closed business date.

``deposit_slip`` is for closed dates only: the cash counted by denomination (the closing counts of
every drawer session of the date plus the pick-ups taken to the safe during the day), then each
check and money order of the date's counter payments that were not voided. Its totals are the
counted figures; when the listed items differ from what was counted, both are shown with the
difference. Money is ``Decimal`` throughout; the renderer is reports/deposit_slip_pdf.py.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import (
    Account, Allocation, CashPickup, CashPickupLine, CountPhase, DayClose, DrawerCount, DrawerSession, Payment,
    PaymentChannel, Role, Tender, TenderKind, Void, utcnow,
)
from cashier_app.money import ZERO
from cashier_app.services import business_day
from cashier_app.services.access import Actor, requires
from cashier_app.services.cash_units import CASH_UNITS, UNITS_BY_CODE
from cashier_app.services.day_report import ReportRefused
from cashier_app.services.day_report_lines import kind_label
from cashier_app.services.people import names_by_id


@dataclass(frozen=True)
class DenominationLine:
    code: str
    label: str
    quantity: int
    amount: Decimal


@dataclass(frozen=True)
class DepositItem:
    number: str  # check number or money-order serial
    amount: Decimal
    account: str  # first account paid ("1000001 +1" when the payment paid several)
    receipt_number: str
    issuer: str = ""  # money orders


@dataclass(frozen=True)
class PaperTotal:
    """One kind of paper tender on the slip: what was counted against the items listed."""

    kind: str
    items: tuple[DepositItem, ...]
    counted_items: int
    counted: Decimal

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    @property
    def listed(self) -> Decimal:
        return sum((i.amount for i in self.items), ZERO)

    @property
    def difference(self) -> Decimal:  # counted - listed
        return self.counted - self.listed

    @property
    def agrees(self) -> bool:
        return self.difference == ZERO and self.counted_items == len(self.items)


@dataclass(frozen=True)
class DepositSlip:
    day: dt.date
    closed_by: str
    closed_at: dt.datetime
    generated_at: dt.datetime
    sessions: int
    cash: tuple[DenominationLine, ...]  # display order of CASH_UNITS, units with a quantity only
    drawer_cash: Decimal  # counted in the drawers at close
    pickup_cash: Decimal  # counted at the pick-ups during the day
    checks: PaperTotal
    money_orders: PaperTotal
    floats: Decimal = ZERO  # the opening floats: they stay in the change fund, not deposited

    @property
    def cash_total(self) -> Decimal:
        """All the cash counted: drawers at close plus pick-ups (floats included)."""
        return sum((line.amount for line in self.cash), ZERO)

    @property
    def cash_to_deposit(self) -> Decimal:
        return self.cash_total - self.floats

    @property
    def total(self) -> Decimal:
        return self.cash_to_deposit + self.checks.counted + self.money_orders.counted


# -- the deposit slip ----------------------------------------------------------------------------------
@requires(Role.SUPERVISOR, Role.ADMINISTRATOR)
def deposit_slip(db: Database, actor: Actor, day: dt.date) -> DepositSlip:
    """The deposit of a closed business date (see the module doc); refused before the close."""
    with db.read() as s:
        close = s.scalar(select(DayClose).where(DayClose.business_date == day))
        if close is None:
            raise ReportRefused(_t("{0} is not closed: the deposit slip is made from the counted drawers once a "
                                   "supervisor has closed the day.").format(business_day.long_date(day)), "date")
        names = names_by_id(s)
        in_day = select(DrawerSession.id).where(DrawerSession.business_date == day).scalar_subquery()
        sessions = s.scalar(select(func.count(DrawerSession.id)).where(DrawerSession.business_date == day)) or 0
        quantities: dict[str, int] = defaultdict(int)
        drawer_cash = pickup_cash = ZERO
        counted_paper: dict[str, tuple[int, Decimal]] = {}
        for kind, unit, quantity, amount in s.execute(
                select(DrawerCount.tender_kind, DrawerCount.unit, func.sum(DrawerCount.quantity),
                       func.sum(DrawerCount.amount))
                .where(DrawerCount.session_id.in_(in_day), DrawerCount.phase == CountPhase.CLOSING.value)
                .group_by(DrawerCount.tender_kind, DrawerCount.unit)):
            if kind == TenderKind.CASH.value:
                quantities[unit] += int(quantity or 0)
                drawer_cash += amount or ZERO
            else:
                items, total = counted_paper.get(kind, (0, ZERO))
                counted_paper[kind] = (items + int(quantity or 0), total + (amount or ZERO))
        for unit, quantity, amount in s.execute(
                select(CashPickupLine.unit, func.sum(CashPickupLine.quantity), func.sum(CashPickupLine.amount))
                .join(CashPickup, CashPickup.id == CashPickupLine.pickup_id)
                .where(CashPickup.session_id.in_(in_day)).group_by(CashPickupLine.unit)):
            quantities[unit] += int(quantity or 0)
            pickup_cash += amount or ZERO
        cash = tuple(DenominationLine(u.code, u.label, quantities[u.code], u.value * quantities[u.code])
                     for u in CASH_UNITS if quantities.get(u.code))
        unknown = set(quantities) - set(UNITS_BY_CODE)
        if unknown:  # a unit code no longer known: never drop cash from the slip silently
            raise ReportRefused(_t("Unknown cash unit(s) in the counts: {0}.").format(
                                    ', '.join(sorted(unknown))), "date")

        counter_kept = ((Payment.business_date == day) & (Payment.channel == PaymentChannel.COUNTER.value)
                        & Void.id.is_(None))
        accounts: dict[int, list[str]] = defaultdict(list)
        for payment_id, number in s.execute(
                select(Allocation.payment_id, Account.account_number)
                .join(Account, Account.id == Allocation.account_id)
                .join(Payment, Payment.id == Allocation.payment_id)
                .outerjoin(Void, Void.payment_id == Payment.id)
                .where(counter_kept, Payment.id.in_(select(Tender.payment_id).where(
                    Tender.kind != TenderKind.CASH.value)))
                .order_by(Allocation.id)):
            accounts[payment_id].append(number)
        items: dict[str, list[DepositItem]] = defaultdict(list)
        for kind, check_number, serial, issuer, amount, payment_id, receipt in s.execute(
                select(Tender.kind, Tender.check_number, Tender.serial_number, Tender.issuer, Tender.amount,
                       Tender.payment_id, Payment.receipt_number)
                .join(Payment, Payment.id == Tender.payment_id).outerjoin(Void, Void.payment_id == Payment.id)
                .where(counter_kept, Tender.kind != TenderKind.CASH.value).order_by(Payment.receipt_number, Tender.id)):
            paid = accounts.get(payment_id, [])
            account = (paid[0] + (f" +{len(paid) - 1}" if len(paid) > 1 else "")) if paid else ""
            items[kind].append(DepositItem((check_number if kind == "check" else serial) or "", amount, account,
                                           receipt, issuer or ""))

        def paper(kind: str) -> PaperTotal:
            count, total = counted_paper.get(kind, (0, ZERO))
            return PaperTotal(kind, tuple(items[kind]), count, total)

        floats = s.scalar(select(func.sum(DrawerSession.opening_float))
                          .where(DrawerSession.business_date == day)) or ZERO
        return DepositSlip(day, names.get(close.closed_by_id, ""), close.closed_at, utcnow(), sessions, cash,
                           drawer_cash, pickup_cash, paper("check"), paper("money_order"), floats)


@requires(Role.SUPERVISOR, Role.ADMINISTRATOR)
def write_deposit_slip(db: Database, actor: Actor, day: dt.date, out: Path) -> Path:
    """Write the deposit slip of a closed date to ``out`` (PDF)."""
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise ReportRefused(_t("The deposit slip is a PDF: name the file .pdf."), "format")
    slip = deposit_slip(db, actor, day)
    from cashier_app.reports.deposit_slip_pdf import render_deposit_slip

    return render_deposit_slip(slip, out)
