"""Today's payments (F9): find one by receipt number, account or amount; reprint it; void it.

Reprints are new print jobs marked REPRINT (print-queue service); a void needs a reason and a
supervisor on the spot (VoidDialog), then prints a VOID receipt and shows VOID in the list.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cashier_app.money import ZERO, format_amount
from cashier_app.services import payment_search
from cashier_app.services.payment_search import PaymentSummary
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.payment_list_models import PaymentColumn, TodaysPaymentsModel
from cashier_app.ui.receipt_printing import ReceiptPrinting
from cashier_app.ui.void_dialog import VoidDialog
from cashier_app.ui.widgets import ErrorLabel, label, list_table

SEARCH_PAUSE_MS = 200


class TodaysPaymentsDialog(QDialog):
    voided = Signal(object)  # the PaymentSummary voided

    def __init__(self, context: CounterContext, printing: ReceiptPrinting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todaysPaymentsDialog")
        self.setWindowTitle(self.tr("Today's payments — reprint or void"))
        self._context, self._printing = context, printing
        self._seq = 0
        self.void_dialog: VoidDialog | None = None
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._on_search_entered)
        self.all_stations.toggled.connect(lambda _on: self.refresh())
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button.clicked.connect(self.start_void)
        self.close_button.clicked.connect(self.reject)
        self.table.activated.connect(lambda _i: self.reprint_button.setFocus())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        QShortcut(QKeySequence("Ctrl+P"), self, self.reprint)
        QShortcut(QKeySequence("Ctrl+D"), self, self.start_void)
        self.resize(900, 520)

    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(label(tr("Today's payments"), "dialog-title"))
        self.search = QLineEdit(objectName="paymentSearch")
        self.search.setProperty("role", "lookup-input")
        self.search.setPlaceholderText(tr("Receipt number, account number or amount"))
        self.search.setMaxLength(24)  # the longest account number or amount, with room
        self.search.setToolTip(tr("Type a receipt number (S1-000123 or 123), an account number or an amount; "
                                  "↓ goes to the list"))
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        self.all_stations = QCheckBox(tr("All stations"), objectName="allStationsCheck")
        self.all_stations.setToolTip(tr("Show the payments of every station, not only this one"))
        row.addWidget(self.all_stations)
        layout.addLayout(row)
        self.error = ErrorLabel("paymentSearchError")
        layout.addWidget(self.error)
        self.model = TodaysPaymentsModel(self)
        self.table = list_table("todaysPayments", self.model, PaymentColumn.TENDERS, row_height=28)
        layout.addWidget(self.table, 1)
        self.count = label("", "caption", "todaysPaymentsCount")
        layout.addWidget(self.count)
        self.notice = label("", "notice-ok", "paymentsNotice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        self.reprint_button = QPushButton(tr("Reprint   Ctrl+P"), objectName="reprintButton")
        self.reprint_button.setToolTip(tr("Print a copy of the selected receipt, marked REPRINT (Ctrl+P)"))
        self.void_button = QPushButton(tr("Void…   Ctrl+D"), objectName="voidButton")
        self.void_button.setToolTip(tr("Void the selected payment: reason and a supervisor's approval (Ctrl+D)"))
        self.void_button.setProperty("role", "danger")
        self.close_button = QPushButton(tr("Close   Esc"), objectName="closePaymentsButton")
        for button in (self.reprint_button, self.void_button, self.close_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    # -- public ---------------------------------------------------------------------------------

    def open_fresh(self) -> None:
        """Show the dialog with today's payments, the cursor in the search field."""
        self.notice.clear()
        self.refresh()
        self.open()
        self.activateWindow()
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self._seq += 1
        seq, ctx = self._seq, self._context
        station = None if self.all_stations.isChecked() else ctx.station.station
        ctx.jobs.run(payment_search.todays_payments, ctx.db, ctx.actor, self.search.text().strip(), None, station,
                     on_done=lambda found: self._on_found(seq, found),
                     on_error=lambda exc: self._on_failed(seq, exc))

    def selected(self) -> PaymentSummary | None:
        index = self.table.currentIndex()
        return self.model.payment(index.row()) if index.isValid() else None

    def reprint(self) -> None:
        payment = self.selected()
        if payment is None:
            self.error.show_error(self.tr("Choose a payment in the list first."))
            return
        self.error.clear_error()
        self._printing.reprint(payment.receipt_number, on_error=lambda exc: self.error.show_error(error_message(exc)))
        self.notice.setText(self.tr("Reprint of {0} sent to the printer.").format(payment.receipt_number))

    def start_void(self) -> None:
        payment = self.selected()
        if payment is None or payment.voided:
            self.error.show_error(self.tr("Choose a payment that is not voided.") if payment
                                  else self.tr("Choose a payment in the list first."))
            return
        self.error.clear_error()
        self.void_dialog = VoidDialog(self._context, payment, self)
        self.void_dialog.voided.connect(self._on_voided)
        self.void_dialog.open()

    # -- answers --------------------------------------------------------------------------------

    def _on_search_entered(self) -> None:
        self._timer.stop()
        self.refresh()
        self.table.setFocus()

    def _on_found(self, seq: int, found: list[PaymentSummary]) -> None:
        if seq != self._seq:
            return
        keep = self.selected()
        self.error.clear_error()
        self.model.set_payments(found)
        row = self.model.row_of(keep.receipt_number) if keep else -1
        if found:
            self.table.setCurrentIndex(self.model.index(max(row, 0), PaymentColumn.RECEIPT))
        live = [p for p in found if not p.voided]
        self.count.setText(self.tr("{0} payments · {1} (voided ones left out)").format(
            len(live), format_amount(sum((p.total for p in live), ZERO))) if found
            else self.tr("No payment today matches."))
        self._update_buttons()

    def _on_failed(self, seq: int, exc: BaseException) -> None:
        if seq == self._seq:
            self.error.show_error(error_message(exc))

    def _on_voided(self, payment: PaymentSummary) -> None:
        self.notice.setText(self.tr("Receipt {0} is void; the VOID receipt is printing.").format(
            payment.receipt_number))
        self._printing.print_waiting()
        self.voided.emit(payment)
        self.refresh()
        self.table.setFocus()

    def _update_buttons(self) -> None:
        payment = self.selected()
        self.reprint_button.setEnabled(payment is not None)
        self.void_button.setEnabled(payment is not None and not payment.voided)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus() and self.model.rowCount():
            self.table.setFocus()
            return
        super().keyPressEvent(event)
