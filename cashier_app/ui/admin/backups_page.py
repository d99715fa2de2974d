"""(being built)"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


class BackupsPage(QWidget):
    def __init__(self, context, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
