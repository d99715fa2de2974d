"""The counter window: composes the panels, the keys and the status bar (thin on purpose).

What happens between the panels (open an account, add one to the payment, a stub scan, after a
post, the database lost and back, the idle lock) is in CounterFlow (counter_flow.py).
"""
from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from cashier_app.config import StationConfig
from cashier_app.db import Database
from cashier_app.i18n import long_date, short_weekday
from cashier_app.receipts.station_printer import ReceiptPrinter, open_station_printer
from cashier_app.services import business_day
from cashier_app.services.access import Actor
from cashier_app.services.settings import DEFAULTS
from cashier_app.ui.account_panel import AccountPanel
from cashier_app.ui.app_rules import install_app_rules
from cashier_app.ui.context import CounterContext
from cashier_app.ui.counter_flow import CounterFlow
from cashier_app.ui.counter_sizes import CounterSizes, step_for
from cashier_app.ui.db_watch import DatabaseWatch
from cashier_app.ui.dialog_fit import BodyScroll
from cashier_app.ui.idle_lock import IdleWatch
from cashier_app.ui.daily_backup import DailyBackup
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.lookup_panel import LookupPanel
from cashier_app.ui.payment_panel import PaymentPanel
from cashier_app.ui.receipt_printing import ReceiptPrinting
from cashier_app.ui.status_bar import CounterStatus
from cashier_app.ui.tender_kinds import CASH, CHECK, MONEY_ORDER
from cashier_app.ui.widgets import FlowRow, label

LOOKUP_WIDTH, PAYMENT_WIDTH = 300, 420
#: The smallest window: 1366x768 at 125 % is 1093x614 less a title bar (counter_sizes.py gives way below 1400).
MINIMUM_SIZE = (1080, 560)
#: Every key of the counter window: (key, what it does). Shown in tooltips and the user guide.
KEYS = (("F2", "find account"), ("F3", "change the amount applied"), ("F4", "drawer: open, pick-up, count"),
        ("F5", "cash"), ("F6", "check"),
        ("F7", "money order"), ("F8", "mailed checks"), ("F9", "today's payments: reprint, void"),
        ("F10", "receipts waiting: retry, PDF, move; no sale"), ("F11", "supervisor screen (supervisors)"),
        ("F12", "post"), ("Esc", "next customer"), ("Ctrl+L", "lock the screen"),
        ("Ctrl+B", "enroll the open account in bank draft (or change its bank)"),
        ("Ctrl+Shift+A", "administration (administrators)"))


class MainWindow(QMainWindow):
    def __init__(self, db: Database, station: StationConfig, actor: Actor, parent: QWidget | None = None, *,
                 printer: ReceiptPrinter | None = None, idle_lock_ms: int | None = None,
                 printer_check_ms: int | None = None, city_name: str | None = None) -> None:
        super().__init__(parent)
        install_app_rules()  # Enter on buttons, Tab out of tables, dialogs that fit, activation after a dialog
        self.setObjectName("mainWindow")
        # The City's name (setting city.name) as read at sign-in; counter_flow reads it again.
        self.city_name = DEFAULTS["city.name"] if city_name is None else city_name
        self.jobs = JobRunner(self)
        self.context = CounterContext(db, actor, station, self.jobs)
        self.printing = ReceiptPrinting(self.context, printer or open_station_printer(station), self)
        self.lookup = LookupPanel(self.context)
        self.account = AccountPanel(self.context)
        self.payment = PaymentPanel(self.context, self.printing)
        self.status = CounterStatus(self.statusBar(), station.station, actor.username)
        self.database = DatabaseWatch(db, self)
        self.backup = DailyBackup(self.context, self.statusBar(), self)
        # This station's own idle lock, else the City's setting (counter_flow reads it; 10 until then).
        minutes = station.idle_lock_minutes if station.idle_lock_minutes is not None else 10
        self.idle_lock_fixed = idle_lock_ms is not None or station.idle_lock_minutes is not None
        self.printer_check_ms = printer_check_ms  # None: every 20 s (counter_flow.PRINTER_CHECK_MS)
        self.idle = IdleWatch(idle_lock_ms if idle_lock_ms is not None else max(0, minutes) * 60_000, self)
        self.flow = CounterFlow(self)
        self._build()
        self.sizes = CounterSizes(self)  # how the columns and header give way on a small screen
        self.sizes.apply(step_for(self.width(), station.text_size))
        self._keys()
        self.flow.start()

    @property
    def locked(self) -> bool:
        return self.flow.locked

    def use_city_name(self, name: str) -> None:
        """The City's name (setting city.name; "" = none) in the title and the header."""
        self.city_name = name.strip()
        station = self.context.station.station
        self.setWindowTitle(self.tr("{0} — Utility payments — Station {1}").format(self.city_name, station)
                            if self.city_name else self.tr("Utility payments — Station {0}").format(station))
        self.header_title.setText(self.city_name or self.tr("Utility payments"))
        self.header_title.setMinimumWidth(0)
        self.header_title.setMinimumWidth(self.header_title.sizeHint().width())  # the buttons give way, never the name

    def _build(self) -> None:
        central = QWidget(objectName="counter")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        columns = QHBoxLayout()
        columns.setContentsMargins(12, 12, 12, 12)
        columns.setSpacing(12)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.lookup, 1)
        left.addWidget(self.payment.view.receipt_card)
        holder = self.lookup_column = QWidget(objectName="lookupColumn")
        holder.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        holder.setFixedWidth(LOOKUP_WIDTH)
        self.payment.setFixedWidth(PAYMENT_WIDTH)
        # On a short screen the payment column scrolls; its totals, change due and Post stay pinned below.
        payment_scroll = self.payment_scroll = BodyScroll(objectName="paymentScroll")  # as tall as its content
        payment_scroll.setWidget(self.payment)
        payment_scroll.setWidgetResizable(True)
        payment_scroll.setFrameShape(QFrame.Shape.NoFrame)
        payment_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        payment_scroll.setFixedWidth(PAYMENT_WIDTH + payment_scroll.verticalScrollBar().sizeHint().width())
        payment_column = QVBoxLayout()
        payment_column.setSpacing(8)
        payment_column.addWidget(payment_scroll)  # shrinks (and scrolls) only when the screen is short
        payment_column.addWidget(self.payment.view.settle_card, 0, Qt.AlignmentFlag.AlignLeft)
        payment_column.addStretch(1)  # on a tall screen Post sits right under the payment, not at the bottom
        columns.addWidget(holder)
        columns.addWidget(self.account, 1)
        columns.addLayout(payment_column)
        outer.addLayout(columns, 1)
        self.setCentralWidget(central)
        available = self.screen().availableGeometry()
        self.resize(min(1500, available.width()), min(900, available.height()))
        self.setMinimumSize(MINIMUM_SIZE[0], MINIMUM_SIZE[1])
        v = self.payment.view
        # Tab follows the work: find, the accounts paid, the tender, then Post.
        e = v.editor
        chain = (self.lookup.field, self.lookup.results, v.allocations, e.kind_buttons[CASH], e.kind_buttons[CHECK],
                 e.kind_buttons[MONEY_ORDER], e.micr_line, e.check_number, e.routing, e.bank_account, e.serial,
                 e.issuer, e.amount, e.add_button, v.tenders, v.post_button)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _header(self) -> QFrame:
        header = QFrame(objectName="appHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        title = self.header_title = label("", "header-title", "headerTitle")
        self.use_city_name(self.city_name)
        row.addWidget(title)
        self.header_caption = None
        actor = self.context.actor
        if not (actor.has("supervisor") or actor.has("administrator")):  # a header full with one more button
            self.header_caption = label(self.tr("Utility payments · City Hall counter"), "header-caption")
            row.addWidget(self.header_caption)
        self.header_buttons = {}
        # (name, text, short text for a narrow window (counter_sizes.py), tooltip)
        buttons = [
                ("drawerButton", self.tr("Drawer   F4"), self.tr("Drawer  F4"),
                 self.tr("Your drawer: open it with the float, pick-up to the safe, count and close (F4)")),
                ("todaysPaymentsButton", self.tr("Today's payments   F9"), self.tr("Payments  F9"),
                 self.tr("Find today's payments by receipt, account or amount; reprint or void one (F9)")),
                ("printQueueButton", self.tr("Receipts waiting   F10"), self.tr("Receipts  F10"),
                 self.tr("Receipts that did not print: retry, print to PDF, move to another printer; no sale (F10)")),
                ("mailedChecksButton", self.tr("Mailed checks   F8"), self.tr("Mailed  F8"),
                 self.tr("Post a batch of checks that came by mail against the adding-machine tape (F8)")),
                ("lockButton", self.tr("Lock   Ctrl+L"), self.tr("Lock  Ctrl+L"),
                 self.tr("Lock the screen while you step away (Ctrl+L)"))]
        if self.context.actor.has("supervisor"):  # the services check the role anyway
            buttons.insert(-1, ("supervisorButton", self.tr("Supervisor   F11"), self.tr("Supervisor  F11"),
                                self.tr("Drawer sessions, approvals, pick-ups, day close, reports, returned checks "
                                        "(F11)")))
        if self.context.actor.has("administrator"):
            buttons.insert(-1, ("adminButton", self.tr("Admin   Ctrl+Shift+A"), self.tr("Admin"),
                                self.tr("Administration: users, this station's printer, settings, billing import, "
                                        "backups (Ctrl+Shift+A)")))
        self.header_texts = {name: (text, short) for name, text, short, _tip in buttons}
        both = "supervisorButton" in self.header_texts and "adminButton" in self.header_texts
        self.header_gives_way = {"adminButton"} if both else set()  # counter_sizes.py
        # The buttons at the right, on a second line when their words are longer than the room (counter_sizes.py).
        flow = self.header_flow = FlowRow(spacing=6, align="right")
        flow.setObjectName("headerButtons")
        flow.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for name, text, _short, tip in buttons:
            button = QPushButton(text, objectName=name)
            button.setProperty("role", "header")
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys reach them; Tab stays on the work
            button.setMinimumWidth(button.sizeHint().width())
            flow.addWidget(button)
            self.header_buttons[name] = button
        row.addWidget(flow, 1)
        row.addSpacing(16)
        today = business_day.today()  # the City's date, whatever the PC's zone
        self.date_texts = (long_date(today, weekday=True),  # Tuesday, December 1, 2026 / mardi 1 décembre 2026
                           f"{short_weekday(today.weekday())} {today:%m/%d/%Y}")
        self.header_date = label(self.date_texts[0], "header-caption", "headerDate")
        self.header_date.setMinimumWidth(self.header_date.sizeHint().width())  # counter_sizes.py keeps it whole
        row.addWidget(self.header_date)
        return header

    def _keys(self) -> None:
        flow, payment = self.flow, self.payment
        keys = {
            "F2": self.lookup.focus_field, "F3": payment.edit_applied,
            "F5": lambda: payment.choose_tender(CASH), "F6": lambda: payment.choose_tender(CHECK),
            "F7": lambda: payment.choose_tender(MONEY_ORDER), "F8": flow.show_mailed_checks,
            "F9": flow.show_todays_payments, "F10": flow.show_print_queue, "F12": payment.post, "Esc": flow.clear_for_next_customer,
            "Ctrl+L": flow.lock, "F4": flow.drawer.show_menu, "Ctrl+B": self.account.enroll,
        }
        buttons = self.header_buttons
        buttons["drawerButton"].clicked.connect(flow.unless_locked(flow.drawer.show_menu))
        if "supervisorButton" in buttons:
            keys["F11"] = flow.show_supervisor
            buttons["supervisorButton"].clicked.connect(flow.unless_locked(flow.show_supervisor))
        if "adminButton" in buttons:
            keys["Ctrl+Shift+A"] = flow.show_administration
            buttons["adminButton"].clicked.connect(flow.unless_locked(flow.show_administration))
        buttons["todaysPaymentsButton"].clicked.connect(flow.unless_locked(flow.show_todays_payments))
        buttons["mailedChecksButton"].clicked.connect(flow.unless_locked(flow.show_mailed_checks))
        buttons["printQueueButton"].clicked.connect(flow.unless_locked(flow.show_print_queue))
        buttons["lockButton"].clicked.connect(flow.lock)
        self.shortcuts = {}
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(flow.unless_locked(action))
            self.shortcuts[key] = shortcut

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        # The database is closed after the window: let running service calls end first.
        self.idle.stop()
        self.database.stop()
        self.flow.shut()
        self.jobs.wait_for_done(10_000)
        self.printing.wait_for_done(30_000)
        self.printing.release_claims()
        super().closeEvent(event)
