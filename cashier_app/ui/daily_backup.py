"""The day's backup, made by the window: once soon after it opens, then checked every hour.

The service does nothing unless an administrator set ``backup.daily_folder``; the window only
says what happened in the status bar (a failed backup never stops the counter).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from cashier_app.services.backup import run_scheduled_backup
from cashier_app.ui.context import CounterContext

log = logging.getLogger(__name__)
FIRST_CHECK_MS = 5_000
EVERY_MS = 60 * 60_000


class DailyBackup(QObject):
    def __init__(self, context: CounterContext, status_bar: QStatusBar, parent: QObject | None = None, *,
                 first_ms: int = FIRST_CHECK_MS, every_ms: int = EVERY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("dailyBackup")
        self._context, self._status_bar = context, status_bar
        self._running = False
        self._timer = QTimer(self, interval=every_ms)
        self._timer.timeout.connect(self.check)
        QTimer.singleShot(first_ms, self.check)
        self._timer.start()

    def check(self) -> None:
        if self._running:
            return
        self._running = True
        self._context.jobs.run(run_scheduled_backup, self._context.db, on_done=self._on_done, on_error=self._on_error)

    def _on_done(self, path: object) -> None:
        self._running = False
        if path is not None:
            self._status_bar.showMessage(self.tr("Today's backup written: {0}").format(path), 15_000)

    def _on_error(self, exc: BaseException) -> None:
        self._running = False
        log.warning("daily backup failed: %s", exc)
        self._status_bar.showMessage(self.tr("Today's backup failed: {0}").format(exc), 60_000)
