"""The last receipt card: the receipt number just posted, what it was, and whether it printed."""
from __future__ import annotations

from PySide6.QtCore import QObject

from cashier_app.money import ZERO, format_amount
from cashier_app.services.payments import PostedPayment
from cashier_app.services.printing import PrintResult
from cashier_app.ui.payment_panel_view import PaymentPanelView
from cashier_app.ui.receipt_printing import ReceiptPrinting


class LastReceipt(QObject):
    def __init__(self, view: PaymentPanelView, printing: ReceiptPrinting, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        printing.printed.connect(self._on_printed)
        printing.failed.connect(self._on_print_failed)
        printing.waiting_known.connect(lambda waiting: view.retry_printing.setVisible(waiting > 0))
        view.retry_printing.clicked.connect(printing.retry)

    def show_posted(self, posted: PostedPayment) -> None:
        v = self._view
        v.last_receipt.setText(posted.receipt_number)
        detail = self.tr("Tendered {0} · applied {1} · change {2}").format(
            format_amount(posted.tendered), format_amount(posted.total), format_amount(posted.change))
        if getattr(posted, "excess_applied", ZERO):
            detail += self.tr(" · {0} left as credit").format(format_amount(posted.excess_applied))
        if posted.already_posted:  # a retry after an unclear answer: the first post stands
            detail = self.tr("Already posted before this retry. {0}").format(detail)
        v.last_receipt_detail.setText(detail)
        v.print_state.setText(self.tr("Printing…"))

    def _on_printed(self, result: PrintResult) -> None:
        self._view.retry_printing.setVisible(result.waiting > 0)
        if result.failed or result.waiting:
            self._view.print_state.setText(self.tr("Not printed: {0} waiting. {1}").format(
                result.waiting, result.last_error).strip())
        else:
            self._view.print_state.setText(getattr(result, "notice", "") or self.tr("Printed"))

    def _on_print_failed(self, message: str) -> None:
        self._view.print_state.setText(self.tr("Not printed: {0}").format(message))
