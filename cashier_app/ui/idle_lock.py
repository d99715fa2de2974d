"""Idle lock: after a while without a key or mouse, a lock screen covers the counter window.

The lock screen is an application-modal window over the counter: nothing under it is closed or
cleared (the payment being typed, an open dialog), and only the signed-in cashier's password
(services.users.authenticate, so failures count toward the lockout) takes it away.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cashier_app.services.users import authenticate
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import Card, ErrorLabel, label

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride}


class IdleWatch(QObject):
    """Says ``idle`` once no input reached the application for ``timeout_ms`` (0: never)."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self.paused = False
        self.set_timeout(timeout_ms)
        QApplication.instance().installEventFilter(self)

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = timeout_ms
        self._last_input = time.monotonic()
        self._timer.stop()
        if timeout_ms > 0:
            self._timer.start(max(20, min(1000, timeout_ms // 4)))

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if self.paused or self.timeout_ms <= 0:
            return
        if (time.monotonic() - self._last_input) * 1000 >= self.timeout_ms:
            self._last_input = time.monotonic()
            self.idle.emit()


class LockScreen(QDialog):
    """Covers the counter until the signed-in cashier types their password."""

    unlocked = Signal()

    def __init__(self, context: CounterContext, cashier_name: str, parent: QWidget | None = None,
                 city_name: str = "") -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("lockScreen")
        self.setProperty("fitsScreen", False)  # it covers the window itself (dialog_fit)
        self.setWindowTitle(self.tr("Locked — {0} utility payments").format(city_name) if city_name
                            else self.tr("Locked — Utility payments"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._context = context
        self._open = False
        self.jobs = JobRunner(self)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = Card()
        card.setFixedWidth(420)
        card.body.setContentsMargins(28, 22, 28, 22)
        card.body.addWidget(label(self.tr("Screen locked"), "login-title"))
        self.who = label(self.tr("Station {0} · signed in: {1}").format(context.station.station, cashier_name),
                         "caption", "lockCashier")
        lines = [self.who] + [label(line, "caption") for line in (
            self.tr("Nothing on the counter screen was lost."), self.tr("Type your password to go on."))]
        caption = label(self.tr("Password of {0} ({1})").format(cashier_name, context.actor.username), "field-caption")
        for line in (*lines, caption):  # the card's width is fixed: a long name or a longer language wraps
            line.setWordWrap(True)
            if line is caption:
                card.body.addSpacing(8)
            card.body.addWidget(line)
        self.password = QLineEdit(objectName="unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        self.password.setAccessibleName(self.tr("Password"))
        card.body.addWidget(self.password)
        self.error = ErrorLabel("unlockError")
        card.body.addWidget(self.error)
        self.button = QPushButton(self.tr("Unlock   Enter"), objectName="unlockButton")
        self.button.setProperty("role", "primary")
        self.button.setAutoDefault(False)
        card.body.addWidget(self.button)
        middle = QHBoxLayout()  # (not an alignment: the card's wrapped lines get their height at its own width)
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self.button.clicked.connect(self._on_unlock)
        self.password.returnPressed.connect(self._on_unlock)
        self.password.textEdited.connect(lambda _t: self.error.clear_error())

    def lock_over(self, window: QWidget) -> None:
        """Cover ``window`` (same place and size) and take the keyboard."""
        self._open = True
        self.password.clear()
        self.error.clear_error()
        self._set_busy(False)
        self.setGeometry(window.geometry())
        self.show()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def release(self) -> None:
        """Take the lock away without a password (the window itself is closing)."""
        self._open = False
        self.hide()

    @property
    def locked(self) -> bool:
        return self._open

    def _on_unlock(self) -> None:
        if self.jobs.busy:
            return
        password = self.password.text()
        if not password:
            self.error.show_error(self.tr("Type your password."))
            return
        ctx = self._context
        self._set_busy(True)
        self.jobs.run(authenticate, ctx.db, ctx.actor.username, password, ctx.station.station,
                      on_done=self._on_checked, on_error=self._on_refused)

    def _on_checked(self, _actor: object) -> None:
        self._set_busy(False)
        self._open = False
        self.hide()
        self.unlocked.emit()

    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.error.show_error(error_message(exc))
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.password.setReadOnly(busy)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            return  # Esc does not unlock
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._open:
            event.ignore()  # only the password takes the lock away
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if not self._open:
            super().reject()
