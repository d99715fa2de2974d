"""Work that waits until the window has painted what just changed.

After a post the cashier needs the cleared form on screen first; reloading the account, asking
for the drawer's state and starting the receipt's print run can come a frame later. A
zero-delay timer would run before the paint (Qt posts the window's paint request at low
priority), so the work is posted as an event of a lower priority still: Qt delivers it once the
pending paint is done.
"""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

_AFTER_PAINT = QEvent.Type(QEvent.registerEventType())
PRIORITY = Qt.EventPriority.LowEventPriority.value - 1  # below the paint request's LowEventPriority


class _Call(QEvent):
    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__(_AFTER_PAINT)
        self.fn = fn


class _Runner(QObject):
    def event(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == _AFTER_PAINT:
            event.fn()
            return True
        return super().event(event)


_runner: _Runner | None = None


def after_paint(fn: Callable[[], None]) -> None:
    """Call ``fn`` on the GUI thread once the paints now pending are done (call from the GUI thread)."""
    global _runner  # noqa: PLW0603 - one per application
    if _runner is None or not shiboken6.isValid(_runner):
        _runner = _Runner(QCoreApplication.instance())
    QCoreApplication.postEvent(_runner, _Call(fn), PRIORITY)
