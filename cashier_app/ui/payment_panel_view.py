"""Layout of the payment panel (no behaviour here: PaymentPanel drives it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cashier_app.money import ZERO, format_amount
from cashier_app.ui.widgets import AmountField, Card, ErrorLabel, label


class PaymentPanelView:
    """Builds the widgets of the payment panel inside ``owner``."""

    def __init__(self, owner: QWidget) -> None:
        tr = owner.tr
        outer = QVBoxLayout(owner)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)

        card = Card()
        card.add_title(tr("Cash payment"))
        self.paying_for = label("", "caption", "payingFor")
        self.paying_for.setWordWrap(True)
        card.body.addWidget(self.paying_for)
        due_row = QHBoxLayout()
        due_row.addWidget(label(tr("Amount due"), "field-caption"))
        self.amount_due = label("", "amount-small", "amountDue")
        self.amount_due.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        due_row.addWidget(self.amount_due, 1)
        card.body.addLayout(due_row)

        self.amount_applied = AmountField("amountApplied")
        self.amount_applied_error = ErrorLabel("amountAppliedError")
        self._field(card, tr("Amount applied"), self.amount_applied, self.amount_applied_error)
        self.cash_tendered = AmountField("cashTendered")
        self.cash_tendered_error = ErrorLabel("cashTenderedError")
        self._field(card, tr("Cash tendered"), self.cash_tendered, self.cash_tendered_error)

        self.fee = label(tr("Convenience fee: {0}").format(format_amount(ZERO)), "value", "convenienceFee")
        self.fee.setToolTip(tr("Payments at the counter by cash, check or money order carry no fee."))
        card.body.addWidget(self.fee)
        card.body.addWidget(self._rule())

        card.body.addWidget(label(tr("Change due"), "card-title"))
        self.change_due = label("", "amount-change", "changeDue")
        self.change_due.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        card.body.addWidget(self.change_due)
        self.change_caption = label("", "caption", "changeCaption")
        self.change_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        card.body.addWidget(self.change_caption)

        self.post_button = QPushButton(tr("Post payment   F12"), objectName="postButton")
        self.post_button.setProperty("role", "primary")
        self.post_button.setAutoDefault(False)
        self.post_button.setMinimumHeight(48)
        card.body.addSpacing(4)
        card.body.addWidget(self.post_button)
        self.post_error = ErrorLabel("postError")
        card.body.addWidget(self.post_error)
        hint = label(tr("Enter moves to the next field · Esc clears for the next customer"), "hint")
        hint.setWordWrap(True)
        card.body.addWidget(hint)
        outer.addWidget(card)

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
        outer.addWidget(receipt)
        outer.addStretch(1)

    @staticmethod
    def _field(card: Card, caption: str, field: AmountField, error: ErrorLabel) -> None:
        card.body.addSpacing(2)
        card.body.addWidget(label(caption, "field-caption"))
        field.setAccessibleName(caption)
        card.body.addWidget(field)
        card.body.addWidget(error)

    @staticmethod
    def _rule() -> QFrame:
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setProperty("role", "rule")
        return rule
