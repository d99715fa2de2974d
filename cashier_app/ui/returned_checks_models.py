"""The checks found for a returned-check search (supervisor screen)."""
from __future__ import annotations

import enum

from PySide6.QtGui import QColor

from cashier_app.i18n import medium_date
from cashier_app.money import format_amount
from cashier_app.services.returned_checks import ReturnableCheck
from cashier_app.ui.drawer_models import RowsModel


class CheckColumn(enum.IntEnum):
    DATE = 0
    RECEIPT = enum.auto()
    CHECK = enum.auto()
    AMOUNT = enum.auto()
    ACCOUNTS = enum.auto()
    CUSTOMER = enum.auto()
    STATUS = enum.auto()


class ReturnableChecksModel(RowsModel):
    columns = CheckColumn
    right = frozenset({CheckColumn.AMOUNT})

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Receipt"), self.tr("Check"), self.tr("Amount"), self.tr("Accounts"),
                self.tr("Customer"), self.tr("Status")]

    def text(self, c: ReturnableCheck, column: enum.IntEnum) -> str:
        status = self.tr("Returned") if c.returned else self.tr("Voided") if c.voided else ""
        return {
            CheckColumn.DATE: medium_date(c.business_date),
            CheckColumn.RECEIPT: c.receipt_number, CheckColumn.CHECK: c.check_number,
            CheckColumn.AMOUNT: format_amount(c.amount), CheckColumn.ACCOUNTS: ", ".join(c.account_numbers),
            CheckColumn.CUSTOMER: c.customer_name, CheckColumn.STATUS: status,
        }[column]

    def color(self, c: ReturnableCheck, column: enum.IntEnum) -> QColor | None:
        return QColor("#b3261e") if column == CheckColumn.STATUS and (c.returned or c.voided) else None
