"""The lines of a returns report (what a return file or a return by hand did), for the Returns page."""
from __future__ import annotations

import enum

from PySide6.QtGui import QColor

from cashier_app.money import format_amount
from cashier_app.services.drafts.returns import APPLIED, ReturnLine
from cashier_app.ui.drawer_models import RowsModel


class ReturnColumn(enum.IntEnum):
    CODE = 0
    ACCOUNT = enum.auto()
    BANK = enum.auto()
    AMOUNT = enum.auto()
    STATUS = enum.auto()
    DONE = enum.auto()
    TRACE = enum.auto()


class ReturnsReportModel(RowsModel):
    columns = ReturnColumn
    right = frozenset({ReturnColumn.AMOUNT})

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Account"), self.tr("Bank account"), self.tr("Amount"), self.tr("Result"),
                self.tr("What was done"), self.tr("Trace number")]

    def text(self, x: ReturnLine, column: enum.IntEnum) -> str:
        return {
            ReturnColumn.CODE: x.code, ReturnColumn.ACCOUNT: x.account_number or "—",
            ReturnColumn.BANK: f"****{x.bank_last4}" if x.bank_last4 else "",
            ReturnColumn.AMOUNT: format_amount(x.amount), ReturnColumn.STATUS: self._status(x.status),
            ReturnColumn.DONE: x.done, ReturnColumn.TRACE: x.trace_number,
        }[column]

    def _status(self, status: str) -> str:
        return {APPLIED: self.tr("Applied"), "already applied": self.tr("Already applied"),
                "unknown trace number": self.tr("Unknown"), "not applied": self.tr("Not applied")}.get(status, status)

    def color(self, x: ReturnLine, column: enum.IntEnum) -> QColor | None:
        if column != ReturnColumn.STATUS:
            return None
        return QColor("#1b6e2a") if x.status == APPLIED else QColor("#b3261e")
