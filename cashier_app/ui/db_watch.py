"""Watches whether the database answers: every service call's outcome, plus a cheap ping.

While the database answers, a ping now and then (CONNECTED_PING_MS) notices a lost connection
before the cashier posts; once it is lost, a ping every few seconds (LOST_PING_MS) notices it is
back, and ``restored`` lets a kept payment post (same client token, so once).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from cashier_app.db import Database
from cashier_app.services import health
from cashier_app.ui.errors import is_connection_error
from cashier_app.ui.jobs import JobRunner

CONNECTED_PING_MS = 30_000
LOST_PING_MS = 3_000


class DatabaseWatch(QObject):
    lost = Signal()
    restored = Signal()

    def __init__(self, db: Database, parent: QObject | None = None, *, connected_ms: int = CONNECTED_PING_MS,
                 lost_ms: int = LOST_PING_MS) -> None:
        super().__init__(parent)
        self._db = db
        self.connected = True
        self._connected_ms, self._lost_ms = connected_ms, lost_ms
        self.jobs = JobRunner(self, max_threads=1)  # pings apart from the window's busy state
        self._timer = QTimer(self, interval=connected_ms)
        self._timer.timeout.connect(self.ping)
        self._timer.start()

    def set_intervals(self, connected_ms: int, lost_ms: int) -> None:
        self._connected_ms, self._lost_ms = connected_ms, lost_ms
        self._timer.setInterval(connected_ms if self.connected else lost_ms)

    def ping(self) -> None:
        if self.jobs.busy:
            return  # the last ping has not answered yet
        # Looked up at call time, so a test can stand in for the service.
        self.jobs.run(health.ping, self._db, on_done=lambda _r: self.report(None), on_error=self.report)

    def report(self, error: BaseException | None) -> None:
        """The outcome of any service call: None (it answered) or the exception it raised."""
        if error is None:
            if not self.connected:
                self.connected = True
                self._timer.setInterval(self._connected_ms)
                self.restored.emit()
        elif is_connection_error(error) and self.connected:
            self.connected = False
            self._timer.setInterval(self._lost_ms)
            self.lost.emit()

    def stop(self) -> None:
        self._timer.stop()
        self.jobs.wait_for_done(5_000)
