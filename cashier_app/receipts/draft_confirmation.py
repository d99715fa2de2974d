"""The bank draft confirmation slip printed on the receipt printer when a customer enrolls.

It goes through the same print queue and renderers as a receipt (layout.receipt_lines asks it for
its lines): what was enrolled, from which bank account (last 4 digits only), the first bill that
will be drafted and when, the bill to pay today when there is one, the terms and how to cancel.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from cashier_app.i18n import _t
from cashier_app.money import format_amount
from cashier_app.receipts.layout import BLANK, RULE, Kind, Line

DATE_FORMAT = "%m/%d/%Y %I:%M %p"


@dataclass(frozen=True)
class ConfirmedAccount:
    account_number: str
    service_address: str
    first_draft: str  # "Bill of 11/05/2026: $84.10 drafted 11/25/2026", or "Your next bill"
    pay_today: str = ""  # the sentence read out when the bill on hand is not drafted


@dataclass(frozen=True)
class DraftConfirmation:
    header: tuple[str, ...]
    reference: str  # "D000042": the first enrollment's number
    printed_at: dt.datetime  # local time as printed
    station: str
    cashier: str
    customer_name: str
    customer_number: str
    accounts: tuple[ConfirmedAccount, ...]
    name_on_account: str
    bank_name: str
    account_type: str
    last4: str
    signed_on: dt.date
    status: str  # "Pending prenote" or "Active"
    terms: tuple[str, ...]
    how_to_cancel: str
    footer: tuple[str, ...] = ()
    mark: str = ""  # "" or REPRINT

    @property
    def receipt_number(self) -> str:
        """What the renderers title it with (a PDF's title, the file name)."""
        return _t("Bank draft {0}").format(self.reference)

    @property
    def file_stem(self) -> str:
        return f"draft-confirmation-{self.reference}" + (f"-{self.mark}" if self.mark else "")

    @property
    def pending(self) -> bool:
        """The prenote has not gone through yet (the status as printed, in either language)."""
        return self.status.lower().startswith("pending") or self.status == _t("Pending prenote")

    def marked(self, mark: str) -> DraftConfirmation:
        return replace(self, mark=mark)

    def lines(self, *, copy_label: str = "") -> list[Line]:
        """The slip as logical lines, in printing order; never more than the last 4 digits."""
        lines: list[Line] = [Line(Kind.TITLE if i == 0 else Kind.CENTER, text) for i, text in enumerate(self.header)]
        if self.mark:
            lines += [BLANK, Line(Kind.MARK, self.mark)]
        if copy_label:
            lines.append(Line(Kind.CENTER, copy_label, strong=True))
        lines += [
            BLANK, Line(Kind.CENTER, _t("BANK DRAFT CONFIRMATION"), strong=True), RULE,
            Line(Kind.PAIR, _t("Enrollment"), self.reference, strong=True),
            Line(Kind.PAIR, _t("Date"), self.printed_at.strftime(DATE_FORMAT)),
            Line(Kind.PAIR, _t("Station"), self.station),
            Line(Kind.PAIR, _t("Cashier"), self.cashier),
            RULE,
            Line(Kind.TEXT, self.customer_name, strong=True),
            Line(Kind.PAIR, _t("Customer"), self.customer_number),
            Line(Kind.PAIR, _t("Status"), self.status),
            Line(Kind.PAIR, _t("Signed on"), f"{self.signed_on:%m/%d/%Y}"),
            RULE,
            Line(Kind.TEXT, _t("Drafted from"), strong=True),
            Line(Kind.TEXT, self.name_on_account, indent=2),
        ]
        if self.bank_name:
            lines.append(Line(Kind.TEXT, self.bank_name, indent=2))
        lines.append(Line(Kind.TEXT, bank_account_words(self.account_type, self.last4), indent=2))
        lines.append(RULE)
        for i, account in enumerate(self.accounts):
            if i:
                lines.append(BLANK)
            lines += [Line(Kind.TEXT, _t("Account {0}").format(account.account_number), strong=True),
                      Line(Kind.TEXT, account.service_address, indent=2),
                      Line(Kind.TEXT, _t("First draft: {0}").format(account.first_draft), indent=2)]
            if account.pay_today:
                lines.append(Line(Kind.TEXT, account.pay_today, strong=True, indent=2))
        lines.append(RULE)
        lines.append(Line(Kind.TEXT, _t("Terms"), strong=True))
        for term in self.terms:
            lines += [Line(Kind.TEXT, term, indent=2), BLANK]
        lines += [Line(Kind.TEXT, _t("How to cancel"), strong=True), Line(Kind.TEXT, self.how_to_cancel, indent=2), RULE]
        lines += [Line(Kind.CENTER, text) for text in self.footer]
        if self.mark:
            lines += [BLANK, Line(Kind.MARK, self.mark)]
        return lines


def bank_account_words(account_type: str, last4: str) -> str:
    """``Checking account ending 1234`` (the type as stored: checking or savings)."""
    if account_type == "checking":
        return _t("Checking account ending {0}").format(last4)
    if account_type == "savings":
        return _t("Savings account ending {0}").format(last4)
    return f"{account_type.capitalize()} account ending {last4}"


def first_draft_text(bill_date: dt.date | None, amount: Decimal | None, draft_date: dt.date | None) -> str:
    """How a slip or letter names the first drafted bill."""
    if bill_date is None or draft_date is None or amount is None:
        return _t("your next bill, on the draft date printed on it")
    return _t("bill of {0}, {1}, on {2}").format(f"{bill_date:%m/%d/%Y}", format_amount(amount),
                                                 f"{draft_date:%m/%d/%Y}")
