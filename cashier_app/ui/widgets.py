"""Small reusable parts of the counter screens: cards, badges, error labels, amount fields."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from cashier_app.money import format_plain, parse_amount
from cashier_app.ui.context import MoneyLimit


def styled(widget: QWidget, role: str) -> QWidget:
    """Tag a widget with a style role the style sheet knows (``[role="amount-large"]``)."""
    widget.setProperty("role", role)
    return widget


def label(text: str = "", role: str = "", name: str = "") -> QLabel:
    widget = QLabel(text)
    if role:
        styled(widget, role)
    if name:
        widget.setObjectName(name)
    return widget


def captioned_field(layout: QVBoxLayout, caption: str, name: str, max_length: int) -> QLineEdit:
    """A caption above a line edit, added to ``layout``; the caption is also its accessible name."""
    layout.addWidget(label(caption, "field-caption"))
    field = QLineEdit(objectName=name)
    field.setMaxLength(max_length)
    field.setAccessibleName(caption)
    layout.addWidget(field)
    return field


class Card(QFrame):
    """A white panel; children go into ``body`` (a QVBoxLayout), a title first if it has one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        styled(self, "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 14)
        self.body.setSpacing(6)

    def add_title(self, text: str) -> QLabel:
        title = label(text, "card-title")
        self.body.addWidget(title)
        return title


class ErrorLabel(QLabel):
    """Red text under the field it is about; takes no room while empty."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        styled(self, "error")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


class Badge(QLabel):
    """A small coloured tag such as "Bank draft" or "Cash only"."""

    def __init__(self, text: str, name: str, tone: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName(name)
        styled(self, f"badge-{tone}")
        self.hide()


class AmountField(QLineEdit):
    """Where a cashier types dollars. ``amount()`` gives what money.parse_amount accepts, or
    raises its MoneyError, so the field never accepts what the parser refuses. Its cap is its
    ``limit`` (the window's money.cap, set by the panel that owns it)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = MoneyLimit()
        self.setObjectName(name)
        styled(self, "amount-input")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(20)
        self.setClearButtonEnabled(False)

    def amount(self) -> Decimal:
        return parse_amount(self.text(), cap=self.limit.cap)

    def set_amount(self, value: Decimal | None) -> None:
        self.setText("" if value is None else format_plain(value))


def list_table(name: str, model, stretch: int, row_height: int = 0) -> QTableView:  # noqa: ANN001 - a model
    """A read-only list of rows to pick one from: whole rows selected, columns fitted to their
    contents except ``stretch``, which takes what is left; Tab leaves the table."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    if row_height:
        table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def button_row(*buttons: QPushButton | None) -> QHBoxLayout:
    """A dialog's row of buttons, left to right; ``None`` is the stretch between groups. Enter
    never presses them by default: each dialog says what Enter does."""
    row = QHBoxLayout()
    for button in buttons:
        if button is None:
            row.addStretch(1)
        else:
            button.setAutoDefault(False)
            row.addWidget(button)
    return row


def push_button(text: str, name: str, tip: str = "", role: str = "") -> QPushButton:
    """A button with its objectName, tooltip and style role ("primary", "danger"); Enter does not
    press it by default."""
    button = QPushButton(text, objectName=name)
    button.setAutoDefault(False)
    if tip:
        button.setToolTip(tip)
    if role:
        button.setProperty("role", role)
    return button
