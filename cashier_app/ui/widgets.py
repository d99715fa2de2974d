"""Small reusable parts of the counter screens: cards, badges, error labels, amount fields."""
from __future__ import annotations

from decimal import Decimal

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
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

    MARGINS = (16, 12, 16, 14)  # left, top, right, bottom

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        styled(self, "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(*self.MARGINS)
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


class ElidedLabel(QLabel):
    """One line of text that may end in "…" when the room is short, the whole text in its tooltip.
    Only for words that may be shortened (a name, an address): never money, a date or a number
    (the screen-size test lets only these labels be shorter than their text)."""

    def __init__(self, text: str = "", role: str = "", name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("elides", True)
        if role:
            styled(self, role)
        if name:
            self.setObjectName(name)
        self._full = ""
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self):  # noqa: ANN201, N802 - Qt API
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 4)
        return hint

    def minimumSizeHint(self):  # noqa: ANN201, N802 - Qt API
        hint = super().minimumSizeHint()
        hint.setWidth(40)
        return hint

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width() - 2))
        if shown != self.text():
            QLabel.setText(self, shown)


class FlowRow(QWidget):
    """A row of widgets (small buttons) that wraps onto more lines when it is narrower than they are,
    instead of squeezing them over each other (a narrow card on a small screen).

    A widget with plain Qt line layouts, the widgets moved between them on resize: a QLayout
    subclass written in Python keeps its layout items in Python, and their lifetimes then fight
    Qt's when the window is deleted (that crashed the test run).

    ``align``: "left" (each line's widgets at its left), "right" (at its right: the counter's header
    buttons) or "fill" (no stretch: the widgets share each line by their size policies)."""

    MAX_LINES = 4

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, align: str = "left") -> None:
        super().__init__(parent)
        self._align = align
        self._widgets: list[QWidget] = []
        self._placed: list[int] = []  # how many widgets each line holds now
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(spacing)
        self._lines = []
        for _ in range(self.MAX_LINES):
            line = QHBoxLayout()
            line.setSpacing(spacing)
            line.setContentsMargins(0, 0, 0, 0)
            outer.addLayout(line)
            self._lines.append(line)
        self._spacing = spacing

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - like a layout's
        widget.setParent(self)  # a child from the start, placed on a line or not (hidden)
        widget.installEventFilter(self)  # shown or hidden later: the lines are made again
        self._widgets.append(widget)
        self._arrange(force=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            QTimer.singleShot(0, self, lambda: self._arrange(force=True))
        elif event.type() == QEvent.Type.LayoutRequest:  # a group of widgets whose words changed
            QTimer.singleShot(0, self, self._arrange)
        return False

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        self._arrange()

    def refit(self) -> None:
        """The lines made again if the widgets' words changed (Qt's own notice of a smaller size hint
        does not always reach this row: whoever changes the words calls this)."""
        QTimer.singleShot(0, self, self._arrange)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a widget's words changed: the lines again if need be
            self._arrange()
        return super().event(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        widest = max((w.minimumSizeHint().width() for w in self._widgets if not w.isHidden()), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def _split(self, width: int) -> list[int]:
        """How many of the widgets shown go on each line for ``width`` px."""
        counts, used = [0], 0
        for widget in self._widgets:
            if widget.isHidden():
                continue
            need = max(widget.sizeHint().width(), widget.minimumWidth())
            if counts[-1] and used + self._spacing + need > width and len(counts) < self.MAX_LINES:
                counts.append(0)
                used = 0
            used += need + (self._spacing if counts[-1] else 0)
            counts[-1] += 1
        return counts

    def _arrange(self, force: bool = False) -> None:
        split = self._split(self.width() if self.width() > 0 else 10**6)
        if split == self._placed and not force:
            return
        self._placed = split
        for line in self._lines:
            while line.count():  # the widgets stay children of this row; the items go
                shiboken6.delete(line.takeAt(0))  # taken items are ours to delete (else they leak)
        shown = iter([w for w in self._widgets if not w.isHidden()])
        for line, count in zip(self._lines, split):
            if self._align == "right":
                line.addStretch(1)
            for _ in range(count):
                line.addWidget(next(shown))
            if self._align == "left":
                line.addStretch(1)
        self.updateGeometry()  # taller or shorter now: the parent's layout (a status bar's too) learns it

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        self._arrange(force=True)
