"""A dialog's body scrolls and its buttons row is pinned below it (ui/dialog_fit.scroll_body), and
moving that row leaves no Python wrapper of a deleted layout item registered: PySide keeps the
wrapper of every item ``itemAt`` handed out, and one left at a freed address came back from Qt as a
QWidgetItem where a widget was asked for (a failed CI run)."""
from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLayoutItem, QPushButton, QVBoxLayout, QWidget,
)

from cashier_app.ui.dialog_fit import scroll_body


def _dialog_with_a_row() -> tuple[QDialog, list[QPushButton], list[QLayoutItem]]:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Count the drawer"))
    row = QHBoxLayout()
    row.addStretch(1)
    buttons = [QPushButton("Cancel"), QPushButton("Save")]
    for button in buttons:
        row.addWidget(button)
    layout.addLayout(row)
    return dialog, buttons, [row.itemAt(i) for i in range(row.count())]


def test_a_row_of_buttons_is_pinned_under_the_scrolling_body(qtbot):
    dialog, buttons, items = _dialog_with_a_row()
    qtbot.addWidget(dialog)
    assert scroll_body(dialog)
    pinned = dialog.findChild(QWidget, "dialogButtons")
    assert pinned is not None and all(pinned.isAncestorOf(b) for b in buttons)
    assert dialog.findChild(QWidget, "dialogBody").isAncestorOf(dialog.findChild(QLabel))
    pinned_row = pinned.layout()
    assert [pinned_row.itemAt(i).widget() for i in range(pinned_row.count())] == [None, *buttons]  # stretch first
    assert not scroll_body(dialog)  # done once only


def test_the_moved_rows_items_leave_no_wrapper_behind(qtbot):
    dialog, _buttons, items = _dialog_with_a_row()
    qtbot.addWidget(dialog)
    scroll_body(dialog)
    assert [shiboken6.isValid(item) for item in items] == [False] * len(items)


def test_a_button_box_is_pinned_and_its_item_leaves_no_wrapper_behind(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Void this payment?"))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(box)
    item = layout.itemAt(1)
    assert scroll_body(dialog)
    assert dialog.findChild(QWidget, "dialogButtons").isAncestorOf(box)
    assert not shiboken6.isValid(item)
