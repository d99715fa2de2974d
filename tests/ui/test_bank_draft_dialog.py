"""The supervisor's Bank draft dialog driven through the real window: make the run of a date (the
file saved where chosen, read back by achlens), read its report, void it, make it again, mark it
sent; a date too soon refused under the date. And the counter's warning before a payment to an
account whose bill is in a run."""
from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QTabWidget
from sqlalchemy import func, select

from cashier_app.models import DraftRun, Payment
from cashier_app.services.drafts.draft_key import ensure_key
from cashier_app.services.drafts.runs import make_run
from cashier_app.services.users import authenticate
from tests.draft_run_support import DRAFT_DATE, add_bill, at_now, enroll, enrolled_account, file_entries, set_origin
from tests.ui.conftest import SUPERVISOR_PASSWORD, find, open_account, press, tender_amount, text_of
from tests.ui.drawer_support import click, window_for

SHOTS = Path(os.environ.get("DRAFT_SHOTS", "/work/helpers/shots"))


@pytest.fixture
def draft_clock(monkeypatch):
    """The City's clock at draft_run_support.NOW, set before counter_db: its cashiers' drawers then
    open on that day (on the PC's own day, a post after midnight in Shelby met "your drawer session
    is for" another day)."""
    at_now(monkeypatch)


@pytest.fixture
def draft_db(draft_clock, counter_db, admin):
    db, ids = counter_db
    set_origin(db, admin)
    ensure_key()
    enrolled_account(db, 11, balance="100.00", bill="41.17")
    enrolled_account(db, 12, balance="100.00", bill="100.34")  # drafted $100.00: what is still due
    enrolled_account(db, 13, balance="-4.00", bill="60.00")  # in credit: not drafted
    return db, ids


def _dialog(qtbot, db, station_config):
    win = window_for(qtbot, db, station_config, "boss", SUPERVISOR_PASSWORD)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    press(qtbot, win, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: win.flow.supervisor is not None and win.flow.supervisor.isVisible())
    screen = win.flow.supervisor
    click(screen, "bankDraftButton")
    dialog = screen.bank_draft_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert dialog.objectName() == "bankDraftDialog"
    return win, screen, dialog


def _save(shot: QLabel | object, name: str) -> None:
    if SHOTS.is_dir():
        shot.grab().save(str(SHOTS / name))


def test_a_supervisor_makes_reads_voids_and_sends_a_run(qtbot, draft_db, station_config, tmp_path, monkeypatch):
    db, _ids = draft_db
    win, screen, dialog = _dialog(qtbot, db, station_config)
    page = dialog.runs_page
    tabs = find(dialog, QTabWidget, "draftTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Runs", "Enrollments today", "Returns"]
    files = iter([tmp_path / "december.ach", tmp_path / "december-again.ach"])
    monkeypatch.setattr(page, "choose_file", lambda suggested: next(files))
    monkeypatch.setattr(page, "ask_reason", lambda run: "typed the wrong date")

    page.view.date.setDate(QDate(DRAFT_DATE))
    click(dialog, "makeDraftRunButton")
    notice = find(dialog, QLabel, "draftRunNotice")
    qtbot.waitUntil(lambda: "Run 1 made" in notice.text(), timeout=10_000)
    assert "2 debits, $141.17" in notice.text() and "december.ach" in notice.text()
    qtbot.waitUntil(lambda: page.view.lines_model.rowCount() == 2)
    assert [e[3] for e in file_entries(tmp_path / "december.ach")] == ["2000011", "2000012"]
    qtbot.waitUntil(lambda: "Not drafted — account 2000013" in page.view.notes.toPlainText())
    assert "$141.17" in find(dialog, QLabel, "draftRunSummary").text()
    _save(dialog, "bank-draft-runs.png")

    click(dialog, "voidDraftRunButton")
    qtbot.waitUntil(lambda: "Run 1 is voided" in notice.text())
    qtbot.waitUntil(lambda: page.view.runs_model.rowCount() == 1 and page.view.runs_model.row(0).status == "voided")
    assert not find(dialog, QPushButton, "voidDraftRunButton").isEnabled()

    click(dialog, "makeDraftRunButton")
    qtbot.waitUntil(lambda: "Run 2 made" in notice.text(), timeout=10_000)
    qtbot.waitUntil(lambda: page.view.runs_model.rowCount() == 2 and page.selected().run_id == 2)
    click(dialog, "markDraftRunSentButton")
    qtbot.waitUntil(lambda: page.view.runs_model.row(0).status == "sent")
    with db.read() as s:
        assert [r.status for r in s.scalars(select(DraftRun).order_by(DraftRun.id))] == ["voided", "sent"]
    dialog.reject()
    screen.reject()
    win.close()


def test_a_date_too_soon_is_refused_under_the_date(qtbot, draft_db, station_config, tmp_path, monkeypatch):
    db, _ids = draft_db
    win, screen, dialog = _dialog(qtbot, db, station_config)
    page = dialog.runs_page
    monkeypatch.setattr(page, "choose_file", lambda suggested: tmp_path / "soon.ach")
    page.view.date.setDate(QDate(2026, 12, 2))
    click(dialog, "makeDraftRunButton")
    error = find(dialog, QLabel, "draftRunDateError")
    qtbot.waitUntil(lambda: error.isVisible())
    assert "too close" in error.text() and "Thursday 2026-12-03" in error.text()
    assert not (tmp_path / "soon.ach").exists()
    with db.read() as s:
        assert s.scalar(select(func.count(DraftRun.id))) == 0
    _save(dialog, "bank-draft-refused.png")
    dialog.reject()
    screen.reject()
    win.close()


def test_other_pages_slot_in(qtbot, draft_db, station_config):
    db, _ids = draft_db
    win, screen, dialog = _dialog(qtbot, db, station_config)
    shown = []

    class Page(QLabel):
        def open_fresh(self) -> None:
            shown.append(True)

    index = dialog.add_page(Page("returns"), "Returns")
    find(dialog, QTabWidget, "draftTabs").setCurrentIndex(index)
    assert shown == [True]
    dialog.reject()
    screen.reject()
    win.close()


def test_the_counter_warns_before_paying_a_bill_in_a_run(qtbot, draft_db, window, tmp_path, monkeypatch):
    # draft_db first, so the drawers are opened on its clock's day (draft_clock)
    db, ids = draft_db
    enroll(db, ids["obrien"], "55443322")
    add_bill(db, ids["obrien"], "28.45")  # drafted; $100.00 of arrears stay owed
    sup = authenticate(db, "boss", SUPERVISOR_PASSWORD, "S1")
    make_run(db, sup, DRAFT_DATE, tmp_path / "run.ach")
    asked = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or next(answers))

    open_account(qtbot, window, balance="$100.00")
    tender_amount(window).clear()
    qtbot.keyClicks(tender_amount(window), "100")
    press(qtbot, window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: len(asked) == 1 and not window.payment.posting)
    assert "$28.45 will be drafted on December 10, 2026" in asked[0] and "Account 1000001" in asked[0]
    qtbot.waitUntil(lambda: "bank draft run" in text_of(window, "postError"))
    with db.read() as s:
        assert s.scalar(select(func.count(Payment.id)).where(Payment.channel == "counter")) == 0
    press(qtbot, window, Qt.Key.Key_F12)  # asked again; yes this time
    qtbot.waitUntil(lambda: len(asked) == 2)
    qtbot.waitUntil(lambda: text_of(window, "lastReceipt") == "S1-000001", timeout=10_000)
    with db.read() as s:
        assert s.scalar(select(Payment.total).where(Payment.channel == "counter")) == Decimal("100.00")


def test_the_bank_draft_dialog_is_named_and_documented(qtbot, draft_db, station_config):
    from tests.ui.test_object_names import check_names

    db, _ids = draft_db
    win, screen, dialog = _dialog(qtbot, db, station_config)
    try:
        check_names([screen, dialog])
    finally:
        dialog.reject()
        screen.reject()
        win.close()
