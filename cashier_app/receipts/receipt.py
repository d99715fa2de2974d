"""The Receipt value: everything a receipt shows, built once, rendered many ways."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


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
    mark: str = ""  # "", "VOID", "REPRINT", "RETURNED CHECK"
