"""Helpers of the drawer and supervisor-screen tests: windows for other users, typing counts."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from cashier_app.services.users import authenticate
from cashier_app.ui.cash_count_table import unit_field_name
from cashier_app.ui.main_window import MainWindow
from tests.ui.conftest import find


def window_for(qtbot, db, station_config, username: str, password: str) -> MainWindow:
    actor = authenticate(db, username, password, "S1")
    win = MainWindow(db, station_config, actor)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    return win


def type_units(qtbot, dialog: QWidget, quantities: dict[str, str]) -> None:
    """Type a quantity per unit code into the dialog's cash table."""
    for code, text in quantities.items():
        field = find(dialog, QLineEdit, unit_field_name(code))
        field.clear()
        qtbot.keyClicks(field, text)


def type_into(qtbot, dialog: QWidget, name: str, text: str) -> None:
    field = find(dialog, QLineEdit, name)
    field.clear()
    qtbot.keyClicks(field, text)


def click(dialog: QWidget, name: str) -> None:
    find(dialog, QPushButton, name).click()


def no_modal_left() -> bool:
    return QApplication.activeModalWidget() is None
