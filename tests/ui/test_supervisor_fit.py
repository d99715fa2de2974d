"""The supervisor's screens on the counter's screens (issue 13, items 4 and 5): the supervisor
screen with its messages shown, every page of the bank draft dialog with a run, today's
enrollments and a return, the enrollment's scan viewer and the lock screen, at 1280x720, 1366x768
and 1366x768 at 125 % (1093x614), in English and with every string 40 % longer
(fit_check.LongerWords). Nothing cut off, nothing outside the screen, buttons pinned in sight.

The dialogs the supervisor screen opens that the counter opens too (pick-up, count, returned
checks, void...) are checked by test_screen_sizes; tests/ui/test_every_screen_covered.py says
which test checks which window.

CASHIER_SCREENSHOTS=DIR saves what was checked as PNGs.
"""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog

from cashier_app.services.drafts.draft_key import ensure_key
from cashier_app.services.drafts.draft_state import DraftState, ScanInfo
from cashier_app.ui import dialog_fit
from cashier_app.ui.drafts.scan_viewer import ScanViewer
from tests.draft_run_support import set_origin
from tests.draft_support import make_draft_run
from tests.ui import test_screen_sizes as screen_sizes
from tests.ui.conftest import SUPERVISOR_PASSWORD
from tests.ui.fit_check import dialog_problems, fit_problems
from tests.ui.test_screen_sizes import SIZES, counter_at, shot

#: Layout does not depend on the database: these run on SQLite only (PostgreSQL's behaviour is
#: tested by the window's other tests), which keeps the suite under its 15 minutes.
pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

styled_app, long_values_db, french_length = (screen_sizes.styled_app, screen_sizes.long_values_db,
                                             screen_sizes.french_length)
LONG_PATH = "C:\\Users\\cashier\\AppData\\Local\\City of Shelby\\cashier-app\\supervisor\\2026-12-01\\day-report-3.pdf"


@pytest.fixture
def draft_values_db(long_values_db, admin):
    """The long values, the bank draft origin, and a sent run of six (one prenote) with its enrollments."""
    set_origin(long_values_db, admin)
    ensure_key()
    make_draft_run(long_values_db, count=5, prenotes=1, amount="99999.99")
    return long_values_db


def screen_for(size: str, monkeypatch) -> QRect:  # noqa: ANN001
    screen = QRect(0, 0, *SIZES[size])
    monkeypatch.setattr(dialog_fit, "available_rect", lambda _widget: screen)
    return screen


def settle(qtbot, dialog: QDialog, *pages) -> None:  # noqa: ANN001
    qtbot.waitUntil(dialog.isVisible)
    for page in (dialog, *pages):
        jobs = getattr(page, "jobs", None) or getattr(getattr(page, "_context", None), "jobs", None)
        if jobs is not None:
            qtbot.waitUntil(lambda jobs=jobs: not jobs.busy, timeout=10_000)
    qtbot.wait(30)


@pytest.mark.parametrize("words", ["english", "french-length"])
@pytest.mark.parametrize("size", list(SIZES))
def test_the_supervisor_screen_and_the_bank_draft_pages_fit(qtbot, styled_app, draft_values_db, station_config,
                                                           monkeypatch, size, words, request):
    if words != "english":
        request.getfixturevalue("french_length")
    screen = screen_for(size, monkeypatch)
    win = counter_at(qtbot, draft_values_db, station_config, SIZES[size], "boss", SUPERVISOR_PASSWORD)
    problems: list[str] = []
    win.flow.show_supervisor()
    supervisor = win.flow.supervisor
    settle(qtbot, supervisor)
    v = supervisor.view
    # Its longest messages at once: a file written, a refusal under each part.
    v.notice.setText(supervisor.tr("Day report written: {0}").format(LONG_PATH))
    v.sessions_error.show_error(supervisor.tr("Write a note on the difference before approving it."))
    v.day_error.show_error(supervisor.tr("Choose a counted drawer waiting for approval first."))
    qtbot.wait(30)
    shot(supervisor, f"supervisor-{size}-{words}.png")
    problems += [f"supervisor: {p}" for p in dialog_problems(supervisor, screen)]

    supervisor.show_bank_draft()
    drafts = supervisor.bank_draft_dialog
    for index in range(drafts.tabs.count()):
        drafts.tabs.setCurrentIndex(index)
        page = drafts.tabs.widget(index)
        settle(qtbot, drafts, page)
        if page is drafts.runs_page and page.view.runs_model.rowCount():
            page.view.runs.setCurrentIndex(page.view.runs_model.index(0, 0))  # its lines and report shown
            settle(qtbot, drafts, page)
        name = page.objectName()
        shot(drafts, f"bankdraft-{name}-{size}-{words}.png")
        problems += [f"{name}: {p}" for p in dialog_problems(drafts, screen)]
    drafts.reject()
    supervisor.reject()
    assert not problems, "\n".join(problems)
    win.close()


@pytest.mark.parametrize("words", ["english", "french-length"])
@pytest.mark.parametrize("size", list(SIZES))
def test_the_scan_viewer_and_the_lock_screen_fit(qtbot, styled_app, long_values_db, station_config, monkeypatch,
                                                size, words, request):
    if words != "english":
        request.getfixturevalue("french_length")
    screen = screen_for(size, monkeypatch)
    win = counter_at(qtbot, long_values_db, station_config, SIZES[size], "boss", SUPERVISOR_PASSWORD)
    problems: list[str] = []
    viewer = ScanViewer(win.context, win)
    scans = (ScanInfo(990001, "signed_form", "image/png", 2_400_000), ScanInfo(990002, "voided_check", "application/pdf", 80_000))
    viewer.open_for(DraftState(1, "active", "First Carolina Savings and Loan Association", "checking", "7788",
                               dt.date(2026, 11, 26), "Drawer 3", scans=scans))
    settle(qtbot, viewer)
    qtbot.waitUntil(lambda: viewer.error.isVisible())  # no such document: the refusal shown under the list
    shot(viewer, f"scans-{size}-{words}.png")
    problems += [f"scans: {p}" for p in dialog_problems(viewer, screen)]
    viewer.reject()

    win.flow.lock()
    lock = win.flow.lock_screen
    qtbot.waitUntil(lock.isVisible)
    lock.error.show_error(lock.tr("Type your password."))
    qtbot.wait(30)
    shot(lock, f"lock-{size}-{words}.png")
    covered = QRect(win.mapToGlobal(win.rect().topLeft()), win.size())
    if QRect(lock.mapToGlobal(lock.rect().topLeft()), lock.size()) != covered:
        problems.append(f"lock: {lock.geometry().getRect()} does not cover the window {win.geometry().getRect()}")
    problems += [f"lock: {p}" for p in fit_problems(lock, covered)]
    lock.release()
    assert not problems, "\n".join(problems)
    win.close()
