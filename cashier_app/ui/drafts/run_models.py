"""Table models of the draft runs page: the list of runs, and one run's entries."""
from __future__ import annotations

import enum

from PySide6.QtGui import QColor

from cashier_app.i18n import _t, short_date
from cashier_app.money import format_amount
from cashier_app.services.drafts.run_report import ReportLine, RunSummary
from cashier_app.ui.drawer_models import RowsModel

_WARN, _GREY = QColor("#8a5a00"), QColor("#6b6b6b")
def status_name(status: str) -> str:
    """A run's status in the window's words."""
    return {"created": _t("Created — not sent"), "sent": _t("Sent to the bank"), "voided": _t("Voided")}.get(
        status, status)


def shown_date(day) -> str:  # noqa: ANN001 - a date or None
    return short_date(day) if day else ""


class RunColumn(enum.IntEnum):
    RUN = 0
    DRAFT_DATE = enum.auto()
    EFFECTIVE = enum.auto()
    STATUS = enum.auto()
    DEBITS = enum.auto()
    TOTAL = enum.auto()
    PRENOTES = enum.auto()
    MADE_BY = enum.auto()


class RunsModel(RowsModel):
    columns = RunColumn
    right = frozenset({RunColumn.RUN, RunColumn.DEBITS, RunColumn.TOTAL, RunColumn.PRENOTES})

    def headers(self) -> list[str]:
        return [self.tr("Run"), self.tr("Draft date"), self.tr("Settles"), self.tr("Status"), self.tr("Debits"),
                self.tr("Total"), self.tr("Prenotes"), self.tr("Made by")]

    def text(self, r: RunSummary, column: enum.IntEnum) -> str:
        return {
            RunColumn.RUN: str(r.run_id), RunColumn.DRAFT_DATE: shown_date(r.draft_date),
            RunColumn.EFFECTIVE: shown_date(r.effective_date), RunColumn.STATUS: status_name(r.status),
            RunColumn.DEBITS: f"{r.debits:,}", RunColumn.TOTAL: format_amount(r.total),
            RunColumn.PRENOTES: f"{r.prenotes:,}", RunColumn.MADE_BY: r.created_by,
        }[column]

    def color(self, r: RunSummary, column: enum.IntEnum) -> QColor | None:
        if r.status == "voided":
            return _GREY
        return _WARN if column == RunColumn.STATUS and r.status == "created" else None


class LineColumn(enum.IntEnum):
    ACCOUNT = 0
    NAME = enum.auto()
    BANK = enum.auto()
    CODE = enum.auto()
    AMOUNT = enum.auto()
    BILL = enum.auto()
    TRACE = enum.auto()
    WARNING = enum.auto()


class ReportLinesModel(RowsModel):
    columns = LineColumn
    right = frozenset({LineColumn.AMOUNT})

    def headers(self) -> list[str]:
        return [self.tr("Account"), self.tr("Name on bank account"), self.tr("Bank account"), self.tr("Code"),
                self.tr("Amount"), self.tr("Bill"), self.tr("Trace number"), self.tr("Warning")]

    def text(self, line: ReportLine, column: enum.IntEnum) -> str:
        return {
            LineColumn.ACCOUNT: line.account_number, LineColumn.NAME: line.name, LineColumn.BANK: line.bank_last4,
            LineColumn.CODE: line.transaction_code, LineColumn.AMOUNT: format_amount(line.amount),
            LineColumn.BILL: shown_date(line.bill_date) if line.bill_date else self.tr("prenote"),
            LineColumn.TRACE: line.trace_number, LineColumn.WARNING: line.warning,
        }[column]

    def color(self, line: ReportLine, column: enum.IntEnum) -> QColor | None:
        return _WARN if line.warning and column == LineColumn.WARNING else None
