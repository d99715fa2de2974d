"""Layout of the payment panel (no behaviour here: PaymentPanel drives it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from cashier_app.money import ZERO, format_amount
from cashier_app.ui.payment_models import AllocationColumn, AllocationsModel, TenderColumn, TendersModel
from cashier_app.ui.tender_editor import TenderEditor
from cashier_app.ui.widgets import Card, ErrorLabel, label

ROW_HEIGHT = 28


class PaymentPanelView:
    """Builds the widgets of the payment panel inside ``owner``; the last-receipt card is built
    here too, and the window places it."""

    def __init__(self, owner: QWidget) -> None:
        tr = owner.tr
        outer = QVBoxLayout(owner)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        card = Card()
        card.body.setSpacing(4)
        card.add_title(tr("Payment"))
        self.paying_for = label("", "caption", "payingFor")
        self.paying_for.setWordWrap(True)
        card.body.addWidget(self.paying_for)

        self.allocations_model = AllocationsModel(owner)
        self.allocations = _table("paymentAccounts", self.allocations_model, AllocationColumn.ACCOUNT)
        self.allocations.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                         | QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.SelectedClicked)
        self.allocations.setToolTip(tr("Accounts paid. Type an amount to change what is applied (F3) · "
                                       "Del removes an account"))
        self.allocations.setAccessibleName(tr("Accounts paid"))
        card.body.addWidget(self.allocations)
        self.allocation_error = ErrorLabel("allocationError")
        card.body.addWidget(self.allocation_error)
        card.body.addWidget(_rule())

        self.tenders_model = TendersModel(owner)
        self.tenders = _table("paymentTenders", self.tenders_model, TenderColumn.DETAIL)
        self.tenders.setToolTip(tr("Tenders added. Enter takes one back to change it · Del removes it"))
        self.tenders.setAccessibleName(tr("Tenders"))
        card.body.addWidget(self.tenders)
        self.editor = TenderEditor()
        card.body.addWidget(self.editor)
        outer.addWidget(card)
        outer.addStretch(1)

        # Totals, change due and Post: the window pins this card under the payment column's
        # scroll, so they stay in sight on a short screen (counter_sizes.py).
        card = self.settle_card = Card()
        card.setObjectName("settleCard")
        card.body.setSpacing(2)
        card.body.setContentsMargins(16, 8, 16, 10)
        totals = QGridLayout()
        totals.setVerticalSpacing(2)
        self.total_due = _amount_label("totalDue")
        self.total_tendered = _amount_label("totalTendered")
        self.fee = label(format_amount(ZERO), "value", "convenienceFee")
        self.fee.setText(tr("Convenience fee: {0}").format(format_amount(ZERO)))
        self.fee.setToolTip(tr("Payments at the counter by cash, check or money order carry no fee."))
        totals.addWidget(label(tr("Total due"), "field-caption"), 0, 0)
        totals.addWidget(self.total_due, 0, 1)
        totals.addWidget(label(tr("Tendered"), "field-caption"), 1, 0)
        totals.addWidget(self.total_tendered, 1, 1)
        totals.addWidget(self.fee, 2, 0, 1, 2)
        card.body.addLayout(totals)

        change = QHBoxLayout()
        change.addWidget(label(tr("Change due"), "card-title"), 0, Qt.AlignmentFlag.AlignVCenter)
        self.change_due = label("", "amount-change", "changeDue")
        self.change_due.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        change.addWidget(self.change_due, 1)
        card.body.addLayout(change)
        self.change_caption = label("", "caption", "changeCaption")
        self.change_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.change_caption.setWordWrap(True)
        card.body.addWidget(self.change_caption)

        self.post_button = QPushButton(tr("Post payment   F12"), objectName="postButton")
        self.post_button.setProperty("role", "primary")
        self.post_button.setAutoDefault(True)  # Enter on the button posts (and Enter held down posts once)
        self.post_button.setMinimumHeight(46)
        self.post_button.setToolTip(tr("Post the payment and print its receipt (F12, or Enter here)"))
        card.body.addWidget(self.post_button)
        self.database_notice = label("", "notice", "databaseNotice")
        self.database_notice.setWordWrap(True)
        self.database_notice.hide()
        card.body.addWidget(self.database_notice)
        self.post_error = ErrorLabel("postError")
        card.body.addWidget(self.post_error)
        self.receipt_card = self._receipt_card(tr)

    def _receipt_card(self, tr) -> Card:  # noqa: ANN001 - the owner's tr
        receipt = Card()
        receipt.add_title(tr("Last receipt"))
        self.last_receipt = label(tr("none yet"), "receipt-number", "lastReceipt")
        self.last_receipt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_receipt_detail = label("", "caption", "lastReceiptDetail")
        self.last_receipt_detail.setWordWrap(True)
        self.print_state = label("", "caption", "receiptPrintState")
        self.print_state.setWordWrap(True)
        for widget in (self.last_receipt, self.last_receipt_detail, self.print_state):
            receipt.body.addWidget(widget)
        self.retry_printing = QPushButton(tr("Retry printing"), objectName="retryPrintingButton")
        self.retry_printing.setProperty("role", "small")
        self.retry_printing.setAutoDefault(False)
        self.retry_printing.setToolTip(tr("Send the receipts waiting for the printer again, once it is ready"))
        self.retry_printing.hide()
        receipt.body.addWidget(self.retry_printing, 0, Qt.AlignmentFlag.AlignLeft)
        return receipt

    def fit_tables(self) -> None:
        """Each table is as tall as its rows (up to 4); the tender list hides while empty."""
        for table in (self.allocations, self.tenders):
            rows = table.model().rowCount()
            shown = min(4, max(1, rows))
            table.setFixedHeight(table.horizontalHeader().height() + shown * ROW_HEIGHT + 4)
        self.tenders.setVisible(self.tenders_model.rowCount() > 0)


def _amount_label(name: str):  # noqa: ANN202 - a QLabel
    widget = label("", "amount-small", name)
    widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return widget


def _table(name: str, model, stretch: int) -> QTableView:  # noqa: ANN001 - a table model
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table: it follows the work, not the cells
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _rule() -> QFrame:
    rule = QFrame()
    rule.setFrameShape(QFrame.Shape.HLine)
    rule.setProperty("role", "rule")
    return rule
