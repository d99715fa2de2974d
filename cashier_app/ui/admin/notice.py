"""The green line saying what was just done on a page; takes no room while empty."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from cashier_app.ui.widgets import styled


class Notice(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        styled(self, "notice-ok")
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def caption(text: str, name: str = "") -> QLabel:
    """A grey explanation that wraps to the room it has (French is longer; screens are small)."""
    widget = QLabel(text)
    styled(widget, "caption")
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    return widget
