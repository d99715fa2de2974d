"""Receipts waiting (F10): the station's receipts that have not printed, and what to do about them:
retry the printer, print one to a PDF file instead, or move them all to another station's printer.
"No sale" (open the drawer without a payment) is here too: it goes through the same printer."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cashier_app.services import print_queue
from cashier_app.services.cash_drawer import DrawerOpening
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.no_sale_dialog import NoSaleDialog
from cashier_app.ui.print_queue_models import PrintJobColumn, PrintJobsModel
from cashier_app.ui.receipt_printing import ReceiptPrinting
from cashier_app.ui.widgets import ErrorLabel, label, list_table


class PrintQueueDialog(QDialog):
    def __init__(self, context: CounterContext, printing: ReceiptPrinting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printQueueDialog")
        self.setWindowTitle(self.tr("Receipts waiting to print"))
        self._context, self._printing = context, printing
        self._seq = 0
        self.no_sale: NoSaleDialog | None = None
        self._build()
        self.retry_button.clicked.connect(self.retry)
        self.pdf_button.clicked.connect(self.print_to_pdf)
        self.move_button.clicked.connect(self.move)
        self.no_sale_button.clicked.connect(self.start_no_sale)
        self.close_button.clicked.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        printing.printed.connect(lambda _r: self.refresh() if self.isVisible() else None)
        printing.failed.connect(lambda message: self.error.show_error(message) if self.isVisible() else None)
        self.resize(820, 460)

    def _build(self) -> None:
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(label(tr("Receipts waiting to print"), "dialog-title"))
        self.model = PrintJobsModel(self)
        self.table = list_table("printQueueTable", self.model, PrintJobColumn.PROBLEM)
        layout.addWidget(self.table, 1)
        self.count = label("", "caption", "printQueueCount")
        layout.addWidget(self.count)
        self.error = ErrorLabel("printQueueError")
        layout.addWidget(self.error)
        self.notice = label("", "notice-ok", "printQueueNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.retry_button = QPushButton(tr("Retry printing"), objectName="printQueueRetry")
        self.retry_button.setToolTip(tr("Send the waiting receipts to this station's printer again"))
        self.pdf_button = QPushButton(tr("Print to PDF instead"), objectName="printQueuePdf")
        self.pdf_button.setToolTip(tr("Save the selected receipt as a PDF file; it will not print on paper"))
        row.addWidget(self.retry_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        row.addWidget(label(tr("Move all to"), "field-caption"))
        self.stations = QComboBox(objectName="printQueueStation")
        self.stations.setAccessibleName(tr("Station to move the receipts to"))
        self.stations.setMinimumWidth(120)
        self.stations.view().setObjectName("printQueueStationList")  # the drop-down's list
        row.addWidget(self.stations)
        self.move_button = QPushButton(tr("Move"), objectName="printQueueMove")
        self.move_button.setToolTip(tr("Print the waiting receipts on the chosen station's printer "
                                       "(its drawer does not open)"))
        row.addWidget(self.move_button)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        self.no_sale_button = QPushButton(tr("No sale…"), objectName="noSaleButton")
        self.no_sale_button.setToolTip(tr("Open the cash drawer without a payment: a reason and a supervisor"))
        self.close_button = QPushButton(tr("Close   Esc"), objectName="printQueueClose")
        bottom.addWidget(self.no_sale_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        for button in (self.retry_button, self.pdf_button, self.move_button, self.no_sale_button, self.close_button):
            button.setAutoDefault(False)

    # -- public ---------------------------------------------------------------------------------

    def open_fresh(self) -> None:
        self.notice.clear()
        self.error.clear_error()
        self.refresh()
        ctx = self._context
        ctx.jobs.run(print_queue.stations_to_move_to, ctx.db, ctx.actor, ctx.station.station,
                     on_done=self._on_stations, on_error=self._on_error)
        self.open()
        self.activateWindow()
        self.table.setFocus()

    def refresh(self) -> None:
        self._seq += 1
        seq, ctx = self._seq, self._context
        ctx.jobs.run(print_queue.list_print_jobs, ctx.db, ctx.actor, ctx.station.station, include_printed=False,
                     on_done=lambda jobs: self._on_jobs(seq, jobs), on_error=self._on_error)

    def selected(self) -> print_queue.PrintJobView | None:
        index = self.table.currentIndex()
        return self.model.job(index.row()) if index.isValid() else None

    def retry(self) -> None:
        self.error.clear_error()
        self.notice.setText(self.tr("Printing the waiting receipts…"))
        self._printing.retry()  # the list is read again when the run is done

    def print_to_pdf(self) -> None:
        job = self.selected()
        if job is None:
            self.error.show_error(self.tr("Choose a receipt in the list first."))
            return
        self.error.clear_error()
        ctx = self._context
        ctx.jobs.run(print_queue.print_job_to_pdf, ctx.db, ctx.actor, job.job_id,
                     on_done=lambda path: self._on_changed(self.tr("Receipt {0} saved as {1}").format(
                         job.receipt_number, path)), on_error=self._on_error)

    def move(self) -> None:
        target = self.stations.currentText()
        if not target:
            self.error.show_error(self.tr("There is no other station to move the receipts to."))
            return
        self.error.clear_error()
        ctx = self._context
        ctx.jobs.run(print_queue.move_waiting_jobs, ctx.db, ctx.actor, ctx.station.station, target,
                     on_done=lambda moved: self._on_changed(self.tr("Receipts moved to station {1}'s printer: {0}")
                                                            .format(moved, target)), on_error=self._on_error)

    def start_no_sale(self) -> None:
        self.error.clear_error()
        self.no_sale = NoSaleDialog(self._context, self._printing.printer, self)
        self.no_sale.opened_drawer.connect(self._on_no_sale)
        self.no_sale.open()

    # -- answers --------------------------------------------------------------------------------

    def _on_jobs(self, seq: int, jobs: list[print_queue.PrintJobView]) -> None:
        if seq != self._seq:
            return
        self.model.set_jobs(jobs)
        if jobs:
            self.table.setCurrentIndex(self.model.index(0, PrintJobColumn.RECEIPT))
        self.count.setText(self.tr("Receipts not printed: {0}").format(len(jobs)) if jobs
                           else self.tr("Every receipt of this station has printed."))
        self._update_buttons()

    def _on_stations(self, names: list[str]) -> None:
        self.stations.clear()
        self.stations.addItems(names)
        self._update_buttons()

    def _on_changed(self, notice: str) -> None:
        self.notice.setText(notice)
        self.refresh()
        self._printing.count_waiting()

    def _on_no_sale(self, opening: DrawerOpening) -> None:
        if opening.opened:
            self.notice.setText(self.tr("Cash drawer opened (no sale)."))
        else:
            self.error.show_error(opening.message)

    def _on_error(self, exc: BaseException) -> None:
        self.error.show_error(error_message(exc))

    def _update_buttons(self) -> None:
        has_jobs = self.model.rowCount() > 0
        self.retry_button.setEnabled(has_jobs)
        self.pdf_button.setEnabled(self.selected() is not None)
        self.move_button.setEnabled(has_jobs and self.stations.count() > 0)
