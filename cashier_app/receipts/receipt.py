"""The Receipt value: everything a receipt shows, built once, rendered many ways."""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, replace
from decimal import Decimal

from cashier_app.i18n import _t


class ReceiptMark(enum.StrEnum):
    """What a receipt is besides the original: the mark the print queue stores with the job."""

    VOID = "VOID"
    REPRINT = "REPRINT"
    NSF = "NSF"  # returned check


def _banners() -> dict[ReceiptMark, str]:
    return {ReceiptMark.VOID: _t("VOID"), ReceiptMark.REPRINT: _t("REPRINT"), ReceiptMark.NSF: _t("RETURNED CHECK")}


def mark_banner(mark: str) -> str:
    """The words printed in the banner of a marked receipt ("" for an original), in the language
    the receipt is rendered in (the mark itself, stored with the print job, stays English)."""
    if not mark:
        return ""
    try:
        return _banners()[ReceiptMark(mark)]
    except ValueError:
        return {"TEST": _t("TEST")}.get(mark, mark.upper())  # TEST: the printer test page; else an older mark


@dataclass(frozen=True)
class ReceiptAccountLine:
    account_number: str
    customer_name: str
    service_address: str
    previous_balance: Decimal
    amount_applied: Decimal

    @property
    def new_balance(self) -> Decimal:
        return self.previous_balance - self.amount_applied


@dataclass(frozen=True)
class ReceiptTender:
    label: str  # "Cash", "Check #1234", "Money order #A-77"
    amount: Decimal


@dataclass(frozen=True)
class Receipt:
    header: tuple[str, ...]
    receipt_number: str
    posted_at: dt.datetime  # local time as printed
    station: str
    cashier: str
    accounts: tuple[ReceiptAccountLine, ...]
    tenders: tuple[ReceiptTender, ...]
    total: Decimal
    tendered: Decimal
    change: Decimal
    fee: Decimal
    footer: tuple[str, ...]
    mark: str = ""  # "", or a ReceiptMark value: VOID, REPRINT, NSF

    def marked(self, mark: str) -> Receipt:
        """The same receipt with another mark (a reprint, a void)."""
        return replace(self, mark=mark)

    @property
    def file_stem(self) -> str:
        """A file name for this receipt: ``S1-000123`` or ``S1-000123-REPRINT``."""
        return self.receipt_number + (f"-{self.mark.replace(' ', '_')}" if self.mark else "")
