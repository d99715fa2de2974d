"""Lays out the drawer count dialog: the blind count page, then the result page (balances, approval).

Nothing on the count page shows an expected figure; the result page is filled only from what
services.drawers.submit_count answers.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QGridLayout, QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget,
)

from cashier_app.ui.cash_count_table import CashCountTable
from cashier_app.ui.dialog_fit import FITTED, scroll_body
from cashier_app.ui.drawer_models import BalanceColumn, BalancesModel, CountItemsModel, ItemColumn
from cashier_app.ui.supervisor_approval import SupervisorCredentials
from cashier_app.ui.widgets import ErrorLabel, captioned_field, label, list_table, push_button

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DrawerCountView:
    def __init__(self, dialog: QDialog) -> None:
        tr = dialog.tr
        outer = QVBoxLayout(dialog)
        outer.setContentsMargins(22, 16, 22, 16)
        self.title = label(tr("Count and close your drawer"), "dialog-title", "countTitle")
        outer.addWidget(self.title)
        self.pages = QStackedWidget(objectName="countPages")
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._count_page(dialog))
        self.pages.addWidget(self._result_page(dialog))
        # Each page scrolls under its own pinned buttons (dialog_fit), so Submit and Done stay on a short screen.
        for page in (self.pages.widget(0), self.pages.widget(1)):
            scroll_body(page)
        dialog.setProperty(FITTED, "pages")

    def _count_page(self, dialog: QDialog) -> QWidget:
        tr = dialog.tr
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        hint = label(tr("A blind count: type what is in the drawer — cash by unit, then how many checks and money "
                        "orders and their totals, and tick each one you find in the list. The expected figures "
                        "appear only once the count is submitted, and the count cannot be changed after."), "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addSpacing(4)
        self.cash = CashCountTable(page)
        layout.addWidget(self.cash)
        layout.addLayout(self.cash.total_row)
        paper = QGridLayout()
        paper.setHorizontalSpacing(10)
        paper.setVerticalSpacing(4)
        paper.addWidget(label(tr("How many"), "field-caption"), 0, 1)
        paper.addWidget(label(tr("Total"), "field-caption"), 0, 2)
        self.paper_fields: dict[str, QLineEdit] = {}
        self.paper_errors: dict[str, ErrorLabel] = {}
        for row, (kind, caption, word) in enumerate(
                (("check", tr("Checks"), "Checks"), ("money_order", tr("Money orders"), "MoneyOrders")), start=1):
            paper.addWidget(label(caption, "caption"), row * 2 - 1, 0)
            number = QLineEdit(objectName=f"count{word}Number")
            number.setAccessibleName(tr("Number of {0}").format(caption.lower()))
            number.setMaxLength(5)
            number.setFixedWidth(70)
            total = QLineEdit(objectName=f"count{word}Total")
            total.setAccessibleName(tr("Total of {0}").format(caption.lower()))
            total.setMaxLength(14)
            total.setFixedWidth(130)
            for field in (number, total):
                field.setAlignment(_RIGHT)
                field.setPlaceholderText("0")
            paper.addWidget(number, row * 2 - 1, 1)
            paper.addWidget(total, row * 2 - 1, 2)
            error = ErrorLabel(f"count{word}Error")
            paper.addWidget(error, row * 2, 0, 1, 4)
            self.paper_fields[f"{kind}:count"], self.paper_fields[f"{kind}:total"] = number, total
            self.paper_errors[kind] = error
        paper.setColumnStretch(3, 1)
        layout.addLayout(paper)
        layout.addWidget(label(tr("Checks and money orders taken at this drawer: tick each one you have in hand"),
                               "field-caption"))
        self.items_model = CountItemsModel(page)
        self.items = list_table("countItems", self.items_model, ItemColumn.ACCOUNT, row_height=26)
        self.items.setMinimumHeight(120)
        layout.addWidget(self.items, 1)
        self.items_caption = label("", "caption", "countItemsTicked")
        layout.addWidget(self.items_caption)
        self.items_error = ErrorLabel("countItemsError")
        layout.addWidget(self.items_error)
        self.error = ErrorLabel("countError")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = push_button(tr("Cancel   Esc"), "countCancel")
        self.submit = push_button(tr("Submit count"), "countSubmit", role="primary")
        self.submit.setToolTip(tr("Record the count; then the expected figures and the over/short are shown"))
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.submit)
        layout.addLayout(buttons)
        return page

    def _result_page(self, dialog: QDialog) -> QWidget:
        tr = dialog.tr
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(label(tr("Expected and counted, per tender"), "field-caption"))
        self.balances_model = BalancesModel(page)
        self.balances = list_table("countBalances", self.balances_model, BalanceColumn.TENDER, row_height=30)
        self.balances.setMaximumHeight(150)
        layout.addWidget(self.balances)
        self.over_short = label("", "amount-small", "countOverShort")
        layout.addWidget(self.over_short)
        self.outcome = label("", "notice", "countOutcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.approval_box = QWidget()
        box = QVBoxLayout(self.approval_box)
        box.setContentsMargins(0, 6, 0, 0)
        box.setSpacing(4)
        self.note = captioned_field(box, tr("Note on the difference (required)"), "differenceNote", 500)
        self.note.setPlaceholderText(tr("e.g. counted twice; $5 short in ones, cause unknown"))
        self.note_error = ErrorLabel("differenceNoteError")
        box.addWidget(self.note_error)
        self.credentials = SupervisorCredentials(box, "differenceError", dialog)
        approve_row = QHBoxLayout()
        approve_row.addStretch(1)
        self.approve = push_button(tr("Approve difference and close"), "approveDifferenceButton",
                                   role="danger")
        approve_row.addWidget(self.approve)
        box.addLayout(approve_row)
        layout.addWidget(self.approval_box)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.done = push_button(tr("Done"), "countDone", role="primary")
        buttons.addWidget(self.done)
        layout.addLayout(buttons)
        return page
