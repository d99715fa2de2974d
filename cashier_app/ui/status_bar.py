"""The counter's status bar: station, cashier, drawer session, printer and database, always in view.

The texts sit in one line (station, cashier, drawer at the left; printer, database, lock hint at
the right) and the right group goes onto a second line when the window is too narrow for both
(a small screen, long words). A message shown with ``QStatusBar.showMessage`` (the daily backup)
takes the left group's place while it shows (``statusMessage``), as QStatusBar's own message does;
the printer and database stay in view.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStatusBar, QWidget

from cashier_app.money import format_amount
from cashier_app.services import business_day
from cashier_app.services.drawers import SessionView
from cashier_app.ui.widgets import FlowRow, label


class CounterStatus(QObject):
    """Fills the window's status bar; each piece has an objectName (docs/ui-objects.md)."""

    def __init__(self, bar: QStatusBar, station: str, username: str) -> None:
        super().__init__(bar)
        self.station = label(self.tr("Station {0}").format(station), "status", "statusStation")
        self.cashier = label(self.tr("Cashier: {0}").format(username), "status", "statusCashier")
        self.drawer = label(self.tr("Drawer: …"), "status", "statusDrawer")
        self.drawer.setToolTip(self.tr("Your drawer session at this station (F4: open, pick-up, count and close)"))
        self.printer = label("", "status", "statusPrinter")
        self.database = label(self.tr("Database: connected"), "status", "statusDatabase")
        self.lock_hint = label(self.tr("Ctrl+L locks"), "status", "statusLockHint")
        self.lock_hint.setToolTip(self.tr("Lock the screen when you step away (Ctrl+L); it also locks by itself "
                                          "after a while without input."))
        self.message = label("", "status", "statusMessage")
        self.message.hide()
        bar.messageChanged.connect(self._show_message)
        self.line = FlowRow(spacing=6, align="fill")  # 6: QStatusBar's own spacing
        self.line.setObjectName("statusLine")
        left, right = QWidget(objectName="statusLeft"), QWidget(objectName="statusRight")
        right.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # at the right
        for group, widgets in ((left, (self.station, self.cashier, self.drawer, self.message)),
                               (right, (self.printer, self.database, self.lock_hint))):
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            if group is right:
                row.addStretch(1)
            for widget in widgets:
                row.addWidget(widget)
            if group is left:
                row.addStretch(1)
            self.line.addWidget(group)
        bar.addPermanentWidget(self.line, 1)  # permanent: a message does not hide it
        self._printer_state, self._printer_message, self._waiting = "", "", 0

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        for widget in (self.station, self.cashier, self.drawer):  # in their place while it shows, as QStatusBar does
            widget.setVisible(not text)
        self.line.refit()

    def set_drawer(self, session: SessionView | None) -> None:
        """The signed-in cashier's drawer session here: none, open (today or not), or counted."""
        if session is None:
            set_tone(self.drawer, self.tr("No drawer open"), "warning")
        elif session.state == "counted":
            set_tone(self.drawer, self.tr("Drawer counted — waiting for approval"), "warning")
        elif session.business_date != business_day.today():
            set_tone(self.drawer, self.tr("Drawer open since {0} — count and close it").format(
                business_day.long_date(session.business_date)), "danger")
        else:
            set_tone(self.drawer, self.tr("Drawer open · float {0}").format(format_amount(session.opening_float)), "")

    def set_cashier_name(self, name: str) -> None:
        self.cashier.setText(self.tr("Cashier: {0}").format(name))
        self.line.refit()

    def set_printer_state(self, state: str, message: str = "") -> None:
        self._printer_state, self._printer_message = state, message
        self._show_printer()

    def set_waiting(self, waiting: int) -> None:
        self._waiting = waiting
        self._show_printer()

    def _show_printer(self) -> None:
        words = {"online": self.tr("online"), "paper-low": self.tr("paper low"), "paper-out": self.tr("paper out"),
                 "cover-open": self.tr("cover open"), "offline": self.tr("offline"),
                 "unreachable": self.tr("not reachable"), "not-configured": self.tr("not set up")}
        state = self._printer_state or "online"
        text = self.tr("Printer: {0}").format(words.get(state, state))
        if self._waiting == 1:
            text += self.tr(" · 1 receipt waiting")
        elif self._waiting:
            text += self.tr(" · {0} receipts waiting").format(self._waiting)
        tone = "" if state == "online" and not self._waiting else "danger" if state not in (
            "online", "paper-low") else "warning"
        set_tone(self.printer, text, tone)
        self.printer.setToolTip(self._printer_message)

    def set_database(self, connected: bool, payment_kept: bool = False) -> None:
        if connected:
            set_tone(self.database, self.tr("Database: connected"), "")
        elif payment_kept:
            set_tone(self.database, self.tr("Database unavailable — the payment is kept on screen"), "danger")
        else:
            set_tone(self.database, self.tr("Database unavailable — trying again"), "danger")


def set_tone(widget: QLabel, text: str, tone: str) -> None:
    """Set a label's text and its style tone ("", "warning", "danger", ...); a status bar's line of
    texts is made again (its right group may go onto a second line, or come back)."""
    widget.setText(text)
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    parent = widget.parentWidget()
    line = parent.parentWidget() if parent is not None else None
    if isinstance(line, FlowRow):
        line.refit()
