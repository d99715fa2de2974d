"""The supervisor's business date and the draft run's date start on the City's date, not the PC's:
a station PC set to Tokyo, at 10 PM in Shelby on Nov 30, is already on Dec 1 (and the real clock on
another day altogether), so a field started from the PC's calendar would show the wrong day."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from cashier_app.ui.drafts.runs_page_view import RunsPageView
from cashier_app.ui.supervisor_screen_view import SupervisorScreenView
from tests.unit.test_city_time import UTC, station


def test_the_date_fields_start_on_the_citys_date(qtbot):
    with station("Asia/Tokyo", dt.datetime(2026, 12, 1, 3, 0, tzinfo=UTC)):  # 10 PM Nov 30 in Shelby
        dialog, page = QDialog(), QWidget()
        qtbot.addWidget(dialog)
        qtbot.addWidget(page)
        assert SupervisorScreenView(dialog).date.date() == QDate(2026, 11, 30)
        assert RunsPageView(page).date.date() == QDate(2026, 12, 9)  # nine days on, as the page suggests
