"""The counter's status bar: station, cashier, drawer session, printer and database, always in view."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from cashier_app.ui.widgets import label


class CounterStatus(QObject):
    """Fills the window's status bar; each piece has an objectName (docs/ui-objects.md)."""

    def __init__(self, bar: QStatusBar, station: str, username: str) -> None:
        super().__init__(bar)
        self.station = label(self.tr("Station {0}").format(station), "status", "statusStation")
        self.cashier = label(self.tr("Cashier: {0}").format(username), "status", "statusCashier")
        # Drawer sessions come with the drawer work (issue 6); until then there is none to show.
        self.drawer = label(self.tr("No drawer session"), "status", "statusDrawer")
        self.drawer.setToolTip(self.tr("Drawer sessions (opening float, counted close) are not kept yet."))
        self.printer = label("", "status", "statusPrinter")
        self.database = label(self.tr("Database: connected"), "status", "statusDatabase")
        self.lock_hint = label(self.tr("Ctrl+L locks"), "status", "statusLockHint")
        self.lock_hint.setToolTip(self.tr("Lock the screen when you step away (Ctrl+L); it also locks by itself "
                                          "after a while without input."))
        for widget in (self.station, self.cashier, self.drawer):
            bar.addWidget(widget)
        for widget in (self.printer, self.database, self.lock_hint):
            bar.addPermanentWidget(widget)
        self._printer_state, self._printer_message, self._waiting = "", "", 0

    def set_cashier_name(self, name: str) -> None:
        self.cashier.setText(self.tr("Cashier: {0}").format(name))

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
    """Set a label's text and its style tone ("", "warning", "danger", ...)."""
    widget.setText(text)
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
