"""The Administration window over a counter window signed in as an administrator."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cashier_app.models import AuditEvent, Role
from tests.factories import make_user
from tests.ui.drawer_support import window_for

ADMIN_PASSWORD = "amber-quarry-58"


@pytest.fixture
def admin_window(qtbot, counter_db, station_config):
    """The counter window of ``root`` (administrator, supervisor and cashier) and its open
    Administration window."""
    db, _ = counter_db
    make_user(db, "root", roles=(Role.ADMINISTRATOR, Role.SUPERVISOR, Role.CASHIER), password=ADMIN_PASSWORD)
    win = window_for(qtbot, db, station_config, "root", ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win or win.isVisible())
    qtbot.waitUntil(lambda: not win.jobs.busy)
    win.flow.show_administration()
    dialog = win.flow.administration
    qtbot.waitUntil(dialog.isVisible)
    yield win, dialog
    win.close()


def settled(qtbot, win, page) -> None:
    """The page's and the window's service calls have answered."""
    qtbot.waitUntil(lambda: not win.jobs.busy and not page.jobs.busy, timeout=20_000)


def events(db, kind: str) -> list[AuditEvent]:
    """The events of ``kind``, oldest first (without an order, PostgreSQL returns a table's rows in
    the order it placed them, and a test's clean-up by DELETE leaves room before the newest)."""
    with db.read() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == kind).order_by(AuditEvent.id)))
