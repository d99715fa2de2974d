"""The counter window on a real database (SQLite, and PostgreSQL when configured)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy import func, select

from cashier_app.config import StationConfig
from cashier_app.models import Payment, Role
from cashier_app.services.users import authenticate
from cashier_app.ui.main_window import MainWindow
from tests.factories import make_account, make_station, make_user

PASSWORD = "correct-horse-42"
SUPERVISOR_PASSWORD = "steady-lantern-77"


@pytest.fixture
def station_config(tmp_path) -> StationConfig:
    return StationConfig(station="S1", receipt_prefix="S1", receipts_dir=str(tmp_path / "receipts"))


@pytest.fixture
def counter_db(db):
    """Station S1, a cashier, a supervisor, an account with bills and three customers named Smith…"""
    make_station(db)
    make_user(db, "cashier", password=PASSWORD)
    make_user(db, "boss", roles=(Role.SUPERVISOR, Role.CASHIER), password=SUPERVISOR_PASSWORD)
    ids = {
        "obrien": make_account(db, bills=3),  # 1000001, balance $128.45
        "obrien2": make_account(db, "1000002", "100001", address="9 Grover St", balance="60.00"),
        "alice": make_account(db, "2000001", "200001", "Smith", "Alice", "101 N Lafayette St", "704-555-0101"),
        "bob": make_account(db, "2000002", "200002", "Smith", "Bob", "202 E Graham St", "704-555-0102"),
        "carl": make_account(db, "2000003", "200003", "Smithson", "Carl", "303 W Warren St", "704-555-0103",
                             cash_only=True),
    }
    return db, ids


def open_window(qtbot, db, station_config, **kwargs) -> MainWindow:
    actor = authenticate(db, "cashier", PASSWORD, "S1")
    win = MainWindow(db, station_config, actor, **kwargs)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    # Settled: the start-up service calls (the drawer state) have answered; their answers also
    # tell the database watch the database is up, which a test of a lost database must not race.
    qtbot.waitUntil(lambda: not win.jobs.busy)
    return win


@pytest.fixture
def window(qtbot, counter_db, station_config):
    win = open_window(qtbot, counter_db[0], station_config)
    yield win
    win.close()  # waits for running service calls, so the database outlives them


def payment_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Payment.id)))


def find(parent: QWidget, kind, name: str):
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name}"
    return widget


def text_of(parent: QWidget, name: str) -> str:
    return find(parent, QLabel, name).text()


def open_account(qtbot, window, typed="1000001", balance="$128.45"):
    field = find(window, QLineEdit, "lookupField")
    field.clear()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.account.current is not None and window.account.current.account_number == typed
                    and text_of(window, "accountBalance") == balance)
    qtbot.waitUntil(lambda: window.payment.has_payment())


def press(qtbot, window, key) -> None:
    """A window key (F5, F12, ...) pressed wherever the focus is."""
    qtbot.keyClick(QApplication.focusWidget() or window, key)


def post_and_wait(qtbot, window, receipt: str) -> None:
    press(qtbot, window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: text_of(window, "lastReceipt") == receipt)


def tender_amount(window) -> QLineEdit:
    return find(window, QLineEdit, "tenderAmount")


def post_button(window) -> QPushButton:
    return find(window, QPushButton, "postButton")
