"""The counter window on a real database (SQLite, and PostgreSQL when configured)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from cashier_app.config import StationConfig
from cashier_app.models import Payment
from cashier_app.services.users import authenticate
from cashier_app.ui.main_window import MainWindow
from tests.factories import make_account, make_station, make_user

PASSWORD = "correct-horse-42"

@pytest.fixture
def station_config(tmp_path) -> StationConfig:
    return StationConfig(station="S1", receipt_prefix="S1", receipts_dir=str(tmp_path / "receipts"))


@pytest.fixture
def counter_db(db):
    """Station S1, a cashier, an account with bills and three customers named Smith…"""
    make_station(db)
    make_user(db, "cashier", password=PASSWORD)
    ids = {
        "obrien": make_account(db, bills=3),  # 1000001, balance $128.45
        "alice": make_account(db, "2000001", "200001", "Smith", "Alice", "101 N Lafayette St", "704-555-0101"),
        "bob": make_account(db, "2000002", "200002", "Smith", "Bob", "202 E Graham St", "704-555-0102"),
        "carl": make_account(db, "2000003", "200003", "Smithson", "Carl", "303 W Warren St", "704-555-0103",
                             cash_only=True),
    }
    return db, ids


@pytest.fixture
def window(qtbot, counter_db, station_config):
    db, _ = counter_db
    actor = authenticate(db, "cashier", PASSWORD, "S1")
    win = MainWindow(db, station_config, actor)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()  # waits for running service calls, so the database outlives them


def payment_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Payment.id)))
