"""Keys on a list or table that act on its current row (Del removes, Enter takes back, ...)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

DELETE_KEYS = (Qt.Key.Key_Delete,)  # not Backspace: typing over an amount starts with it
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CTRL = Qt.KeyboardModifier.ControlModifier


class RowKeys(QObject):
    """Calls ``action(row)`` when one of its keys is pressed on ``view`` with a current row.

    ``keys`` maps (key, needs Ctrl) to the action; ``enabled`` says whether keys act now."""

    def __init__(self, view: QAbstractItemView, keys: dict[tuple[Qt.Key, bool], Callable[[int], None]],
                 enabled: Callable[[], bool] = lambda: True) -> None:
        super().__init__(view)
        self._view, self._keys, self._enabled = view, keys, enabled
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._view and event.type() == QEvent.Type.KeyPress and self._enabled():
            key_event: QKeyEvent = event  # type: ignore[assignment]
            action = self._keys.get((key_event.key(), bool(key_event.modifiers() & CTRL)))
            row = self._view.currentIndex().row()
            if action is not None and row >= 0:
                action(row)
                return True
        return False


def on_keys(keys: tuple[Qt.Key, ...], action: Callable[[int], None], ctrl: bool = False) -> dict:
    """The same action for several keys: ``{**on_keys(DELETE_KEYS, remove)}``."""
    return {(key, ctrl): action for key in keys}
