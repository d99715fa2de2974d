"""Layout of the mailed-checks batch dialog (no behaviour: MailedChecksDialog drives it)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QStackedWidget, QTableView,
    QVBoxLayout, QWidget,
)

from cashier_app.ui.payment_list_models import BatchChecksModel, BatchColumn
from cashier_app.ui.widgets import AmountField, Card, ErrorLabel, label


class MailedChecksView:
    def __init__(self, owner: QWidget) -> None:
        tr = owner.tr
        layout = QVBoxLayout(owner)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(label(tr("Mailed checks"), "dialog-title"))
        intro = label(tr("Checks that came by mail: no cash drawer, no receipt handed out. Add up the checks on "
                         "the adding machine first; the batch balances against that tape."), "caption")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.open_page = self._open_page(tr)
        self.entry_page = self._entry_page(tr, owner)
        self.pages.addWidget(self.open_page)
        self.pages.addWidget(self.entry_page)
        buttons = QHBoxLayout()
        self.close_batch_button = QPushButton(tr("Close batch   Ctrl+Shift+Enter"), objectName="closeBatchButton")
        self.close_batch_button.setToolTip(tr("No more checks in this batch: compare with the control total "
                                              "(Ctrl+Shift+Enter)"))
        self.done_button = QPushButton(tr("Leave   Esc"), objectName="leaveBatchButton")
        self.done_button.setToolTip(tr("Back to the counter; an open batch stays open"))
        for button in (self.close_batch_button, self.done_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.close_batch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)

    def _open_page(self, tr) -> QWidget:  # noqa: ANN001 - the owner's tr
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 10, 0, 0)
        box.addWidget(label(tr("Control total (adding-machine tape)"), "field-caption"))
        row = QHBoxLayout()
        self.control_total = AmountField("batchControlTotal")
        self.control_total.setToolTip(tr("The total of the checks on the tape; Enter opens the batch"))
        row.addWidget(self.control_total, 1)
        self.open_button = QPushButton(tr("Open batch   Enter"), objectName="openBatchButton")
        self.open_button.setProperty("role", "primary")
        self.open_button.setAutoDefault(False)
        row.addWidget(self.open_button)
        box.addLayout(row)
        self.open_error = ErrorLabel("batchOpenError")
        box.addWidget(self.open_error)
        box.addStretch(1)
        return page

    def _entry_page(self, tr, owner: QWidget) -> QWidget:  # noqa: ANN001
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 10, 0, 0)
        card = Card()
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.account_field = QLineEdit(objectName="batchAccount")
        self.account_field.setMaxLength(80)
        self.account_field.setPlaceholderText(tr("Stub scan or account number"))
        self.account_field.setToolTip(tr("Scan the bill stub, or type the account number and Enter"))
        self.check_number = QLineEdit(objectName="batchCheckNumber")
        self.check_number.setMaxLength(15)
        self.check_number.setToolTip(tr("Check number (required); Enter goes to the amount"))
        self.amount = AmountField("batchAmount")
        self.amount.setToolTip(tr("Amount of the check; Enter posts it"))
        grid.addWidget(label(tr("Account"), "field-caption"), 0, 0)
        grid.addWidget(label(tr("Check number"), "field-caption"), 0, 1)
        grid.addWidget(label(tr("Amount"), "field-caption"), 0, 2)
        grid.addWidget(self.account_field, 1, 0)
        grid.addWidget(self.check_number, 1, 1)
        grid.addWidget(self.amount, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        card.body.addLayout(grid)
        self.account_label = label("", "caption", "batchAccountLabel")
        card.body.addWidget(self.account_label)
        self.entry_error = ErrorLabel("batchEntryError")
        card.body.addWidget(self.entry_error)
        row = QHBoxLayout()
        self.post_button = QPushButton(tr("Post check   Enter"), objectName="batchPostButton")
        self.post_button.setProperty("role", "primary")
        self.post_button.setAutoDefault(False)
        self.post_button.setToolTip(tr("Post this check to the account (Enter in the amount)"))
        row.addStretch(1)
        row.addWidget(self.post_button)
        card.body.addLayout(row)
        box.addWidget(card)

        totals = QHBoxLayout()
        self.count = label("", "amount-small", "batchCount")
        self.total = label("", "amount-small", "batchTotal")
        self.control = label("", "amount-small", "batchControl")
        self.difference = label("", "amount-small", "batchDifference")
        for caption, widget in ((tr("Checks"), self.count), (tr("Total"), self.total),
                                (tr("Control total"), self.control), (tr("Difference"), self.difference)):
            column = QVBoxLayout()
            column.addWidget(label(caption, "card-title"))
            column.addWidget(widget)
            totals.addLayout(column)
        box.addLayout(totals)
        self.result = label("", "notice", "batchResult")
        self.result.setWordWrap(True)
        self.result.hide()
        box.addWidget(self.result)
        self.model = BatchChecksModel(owner)
        self.table = QTableView(objectName="batchChecks")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitted as checks come in
        header.setSectionResizeMode(BatchColumn.ACCOUNT, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)
        return page
