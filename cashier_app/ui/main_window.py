"""The counter window: composes the panels, the keys and the status bar (thin on purpose)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from cashier_app.config import StationConfig
from cashier_app.db import Database
from cashier_app.receipts.file_printer import FilePrinter
from cashier_app.services.access import Actor
from cashier_app.services.accounts import AccountView
from cashier_app.services.printing import PrintResult
from cashier_app.ui.account_panel import AccountPanel
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import is_database_error
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.lookup_panel import LookupPanel
from cashier_app.ui.payment_panel import PaymentPanel
from cashier_app.ui.receipt_printing import ReceiptPrinting
from cashier_app.ui.widgets import label

LOOKUP_WIDTH, PAYMENT_WIDTH = 330, 320


class MainWindow(QMainWindow):
    def __init__(self, db: Database, station: StationConfig, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("City of Shelby — Utility payments — Station {0}").format(station.station))
        self.jobs = JobRunner(self)
        self.context = CounterContext(db, actor, station, self.jobs)
        self.printing = ReceiptPrinting(self.context, FilePrinter(_receipts_folder(station)), self)
        self.lookup = LookupPanel(self.context)
        self.account = AccountPanel(self.context)
        self.payment = PaymentPanel(self.context, self.printing)
        self._focus_payment_on_load = False
        self._waiting = 0
        self._build()
        self._connect()
        self.lookup.focus_field()
        self.printing.count_waiting()

    def _build(self) -> None:
        central = QWidget(objectName="counter")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        columns = QHBoxLayout()
        columns.setContentsMargins(12, 12, 12, 12)
        columns.setSpacing(12)
        self.lookup.setFixedWidth(LOOKUP_WIDTH)
        self.payment.setFixedWidth(PAYMENT_WIDTH)
        columns.addWidget(self.lookup)
        columns.addWidget(self.account, 1)
        columns.addWidget(self.payment)
        outer.addLayout(columns, 1)
        self.setCentralWidget(central)
        actor, bar = self.context.actor, self.statusBar()
        self.status_station = label(self.tr("Station {0}").format(self.context.station.station), "status",
                                    "statusStation")
        self.status_cashier = label(self.tr("Cashier: {0}").format(actor.username), "status", "statusCashier")
        self.status_printer = label("", "status", "statusPrinter")
        self.status_database = label(self.tr("Database: connected"), "status", "statusDatabase")
        bar.addWidget(self.status_station)
        bar.addWidget(self.status_cashier)
        bar.addPermanentWidget(self.status_printer)
        bar.addPermanentWidget(self.status_database)
        self._show_printer_state()
        self.resize(1340, 740)
        self.setMinimumSize(1180, 660)

    def _header(self) -> QFrame:
        header = QFrame(objectName="appHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(label(self.tr("City of Shelby"), "header-title"))
        row.addWidget(label(self.tr("Utility payments · City Hall counter"), "header-caption"))
        row.addStretch(1)
        today = dt.date.today()
        row.addWidget(label(f"{today:%A}, {today:%B} {today.day}, {today.year}", "header-caption", "headerDate"))
        return header

    def _connect(self) -> None:
        QShortcut(QKeySequence(Qt.Key.Key_F12), self, self.payment.post)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear_for_next_customer)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.lookup.focus_field)
        self.lookup.account_chosen.connect(self.open_account)
        self.account.account_chosen.connect(self.open_account)
        self.account.account_loaded.connect(self._on_account_loaded)
        self.account.account_cleared.connect(self._on_account_cleared)
        self.payment.payment_posted.connect(self._on_payment_posted)
        self.printing.printed.connect(self._on_printed)
        self.printing.waiting_known.connect(self._on_waiting_known)
        self.jobs.answered.connect(self._on_job_answered)
        self.printing.jobs.answered.connect(self._on_job_answered)

    # -- the counter's flow ---------------------------------------------------------------------

    def open_account(self, account_id: int) -> None:
        if self.payment.posting:
            return  # the payment on its way belongs to the account on screen
        self._focus_payment_on_load = True
        self.account.load(account_id)

    def clear_for_next_customer(self) -> None:
        """Esc: forget the customer on screen (the last receipt stays shown)."""
        if self.payment.posting:
            return
        self.lookup.clear()
        self.account.clear()
        self.lookup.focus_field()

    def _on_account_loaded(self, account: AccountView) -> None:
        self.payment.set_account(account)
        if self._focus_payment_on_load:
            self._focus_payment_on_load = False
            self.payment.focus_entry()

    def _on_account_cleared(self) -> None:
        self.payment.set_account(None)

    def _on_payment_posted(self, _posted: object) -> None:
        self.account.reload()  # the balance shown drops by what was applied
        self.lookup.clear()
        self.lookup.focus_field()

    # -- status bar -----------------------------------------------------------------------------

    def _on_printed(self, result: PrintResult) -> None:
        self._waiting = result.waiting
        self._show_printer_state()

    def _on_waiting_known(self, waiting: int) -> None:
        self._waiting = waiting
        self._show_printer_state()

    def _show_printer_state(self) -> None:
        online = self.printing.status() == "online"
        text = self.tr("Printer: online") if online else self.tr("Printer: offline")
        if self._waiting == 1:
            text += self.tr(" · 1 receipt waiting")
        elif self._waiting:
            text += self.tr(" · {0} receipts waiting").format(self._waiting)
        _set_tone(self.status_printer, text, "" if online and not self._waiting else "warning")

    def _on_job_answered(self, error: BaseException | None) -> None:
        if error is None:
            _set_tone(self.status_database, self.tr("Database: connected"), "")
        elif is_database_error(error):
            _set_tone(self.status_database, self.tr("Database: not answering"), "danger")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        # The database is closed after the window: let running service calls end first.
        self.jobs.wait_for_done(10_000)
        self.printing.wait_for_done(30_000)
        super().closeEvent(event)


def _receipts_folder(station: StationConfig) -> Path:
    folder = station.resolved_receipts_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)  # the file printer is "offline" until it exists
    except OSError:
        pass  # shown as offline; receipts wait in the queue
    return folder


def _set_tone(widget: QLabel, text: str, tone: str) -> None:
    widget.setText(text)
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
