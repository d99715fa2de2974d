"""A supervisor records a returned check through the window, the day after its day was closed:
found by check number, refused without a reason, then recorded with its notice."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from sqlalchemy import select

from cashier_app.models import Charge, ReturnedItem, Role
from cashier_app.services import business_day
from cashier_app.services.users import authenticate
from cashier_app.ui import supervisor_files
from tests.day_support import close_today
from tests.factories import make_user
from tests.printing_support import Counter, check, pay
from tests.ui.conftest import PASSWORD, SUPERVISOR_PASSWORD, find, press
from tests.ui.drawer_support import click, type_into, window_for


def test_a_supervisor_records_a_returned_check_with_its_notice(qtbot, counter_db, station_config, monkeypatch):
    db, ids = counter_db
    cashier = authenticate(db, "cashier", PASSWORD, "S1")
    boss = authenticate(db, "boss", SUPERVISOR_PASSWORD, "S1")
    kim = make_user(db, "kim", roles=(Role.SUPERVISOR,), drawer=False)
    pay(Counter(db, "S1", cashier, ids["obrien"], ids["obrien2"]), {ids["obrien"]: "50.00"}, check("50.00", "4321"))
    closed = close_today(db, kim, cashier, boss)
    monkeypatch.setattr(business_day, "today", lambda: closed + dt.timedelta(days=1))
    opened = []
    monkeypatch.setattr(supervisor_files, "open_file", lambda path: opened.append(path) or True)

    win = window_for(qtbot, db, station_config, "boss", SUPERVISOR_PASSWORD)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    press(qtbot, win, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: win.flow.supervisor is not None and win.flow.supervisor.isVisible())
    screen = win.flow.supervisor
    click(screen, "returnedChecksButton")
    dialog = screen.returned_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())

    type_into(qtbot, dialog, "returnedSearch", "4321")
    qtbot.keyClick(find(dialog, QLineEdit, "returnedSearch"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and find(dialog, QPushButton, "recordReturnedButton").isEnabled())
    click(dialog, "recordReturnedButton")  # no reason yet: refused under the reason field
    qtbot.waitUntil(lambda: find(dialog, QLabel, "returnedReasonError").text() != "")
    with db.read() as s:
        assert s.scalar(select(ReturnedItem)) is None

    type_into(qtbot, dialog, "returnedReason", "NSF")
    qtbot.keyClick(find(dialog, QLineEdit, "returnedReason"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "recorded" in find(dialog, QLabel, "returnedResult").text(), timeout=10_000)
    assert "$50.00 reversed, fee $25.00" in find(dialog, QLabel, "returnedResult").text()
    assert len(opened) == 1 and opened[0].suffix == ".pdf" and opened[0].stat().st_size > 1000
    with db.read() as s:
        assert sorted(c.amount for c in s.scalars(select(Charge))) == [Decimal("25.00"), Decimal("50.00")]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.model.row(0).returned)
    assert not find(dialog, QPushButton, "recordReturnedButton").isEnabled()  # returned once only
    dialog.reject()
    screen.reject()
    win.close()

