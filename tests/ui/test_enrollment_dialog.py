"""A cashier enrolls a customer in bank draft through the real window, by keyboard: Ctrl+B on the
open account, the voided check through the check reader, the form typed, Enter saves; the account
view then shows the badge, the bank's last 4 and the sentence to read out. A refusal shows at its
field and saves nothing; an account already drafted asks "Replace?"."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QMessageBox
from sqlalchemy import func, select

from cashier_app.models import DraftEnrollment, PrintJob
from cashier_app.ui import supervisor_files
from tests.ui.conftest import find, open_account, open_window, text_of

SHOTS = Path(os.environ.get("CASHIER_SHOTS", "/work/helpers/shots"))
ROUTING, BANK_ACCOUNT = "053000196", "001234567890"
MICR = f"T{ROUTING}T {BANK_ACCOUNT}U 1042"


def enrollments(db) -> list[DraftEnrollment]:
    with db.read() as s:
        return list(s.scalars(select(DraftEnrollment).order_by(DraftEnrollment.id)))


def open_form(qtbot, window):
    open_account(qtbot, window)
    qtbot.waitUntil(lambda: not window.jobs.busy)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.account.enrollment is not None and window.account.enrollment.isVisible())
    dialog = window.account.enrollment
    qtbot.waitUntil(lambda: not dialog.jobs.busy and dialog.view.accounts.count() == 2)
    return dialog


def type_form(qtbot, dialog) -> None:
    """What the cashier does: the check through the reader, then Tab through the form."""
    assert QApplication.focusWidget() is find(dialog, QLineEdit, "micr")
    qtbot.keyClicks(QApplication.focusWidget(), MICR)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # read: routing and account filled
    assert QApplication.focusWidget() is find(dialog, QLineEdit, "bank_account_name")
    assert find(dialog, QLineEdit, "micr").text() == ""
    qtbot.keyClicks(QApplication.focusWidget(), "Renee O'Brien")  # replaces the preselected name
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "First Bank of Shelby")
    for _ in range(6):  # past routing, account, again (filled by the reader), type, phone (prefilled)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is find(dialog, QLineEdit, "email")
    qtbot.keyClicks(QApplication.focusWidget(), "renee@example.com")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # date signed: today
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is find(dialog, QCheckBox, "form_received")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Binder 2026, tab O")


@pytest.fixture
def styled(qapp):
    """The app's style sheet, as at start (before the window is made), for the screenshots."""
    from cashier_app.ui.app import apply_style

    apply_style(qapp)
    yield
    qapp.setStyleSheet("")


def styled_shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / name))


def test_a_cashier_enrolls_by_keyboard_and_sees_the_draft_on_the_account(qtbot, styled, counter_db, station_config,
                                                                         monkeypatch):
    db, _ids = counter_db
    window = open_window(qtbot, db, station_config)
    window.resize(1366, 768)
    opened = []
    monkeypatch.setattr(supervisor_files, "open_file", lambda path: opened.append(path) or True)
    dialog = open_form(qtbot, window)
    type_form(qtbot, dialog)
    dialog.resize(1000, 640)
    styled_shot(dialog, "enrollment-dialog.png")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    [made] = enrollments(db)
    assert (made.status, made.routing_number, made.bank_account_last4, made.bank_name) == (
        "pending", ROUTING, "7890", "First Bank of Shelby")
    assert made.form_location == "Binder 2026, tab O" and made.email == "renee@example.com"
    assert len(opened) == 1 and opened[0].suffix == ".pdf"  # the confirmation letter
    badge = find(window, QLabel, "badgeBankDraft")
    qtbot.waitUntil(lambda: badge.isVisible() and badge.text() == "Bank draft: pending prenote")
    assert "ending 7890" in text_of(window, "draftState") and BANK_ACCOUNT not in text_of(window, "draftState")
    assert text_of(window, "draftSentence") == "Your bill of $100.00 due October 25, 2026 is not drafted: pay it today."
    assert "First bill drafted" in text_of(window, "draftFirstBill")
    with db.read() as s:
        assert s.scalar(select(func.count(PrintJob.id)).where(PrintJob.document == "draft_confirmation")) == 1
    qtbot.wait(50)
    styled_shot(window, "enrollment-account-view.png")
    window.close()


def test_a_refusal_shows_at_its_field_and_nothing_is_saved(qtbot, styled, counter_db, window):
    db, _ids = counter_db
    dialog = open_form(qtbot, window)
    type_form(qtbot, dialog)
    again = find(dialog, QLineEdit, "account_number_again")
    again.setText("001234567891")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    error = find(dialog, QLabel, "account_number_again_error")
    qtbot.waitUntil(lambda: error.isVisible() and "differ" in error.text())
    assert BANK_ACCOUNT not in error.text() and QApplication.focusWidget() is again
    styled_shot(dialog, "enrollment-refused.png")
    assert dialog.isVisible() and enrollments(db) == []
    again.setText("")
    qtbot.keyClicks(again, BANK_ACCOUNT)
    assert not error.isVisible()  # typing there clears it
    find(dialog, QLineEdit, "routing_number").setText("053000197")
    qtbot.keyClick(again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "check digit" in find(dialog, QLabel, "routing_number_error").text())
    assert enrollments(db) == []
    dialog.reject()


def test_an_account_already_drafted_asks_to_replace_and_keeps_the_old(qtbot, counter_db, window, monkeypatch):
    db, _ids = counter_db
    monkeypatch.setattr(supervisor_files, "open_file", lambda path: True)
    dialog = open_form(qtbot, window)
    type_form(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: find(window, QLabel, "badgeBankDraft").isVisible())
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    dialog.replace = False  # as if the cashier chose Enroll, not Change bank
    dialog.open_for(window.account.current)
    qtbot.waitUntil(lambda: not dialog.jobs.busy and dialog.view.accounts.count() == 2)
    dialog.replace = False
    type_form(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert len(asked) == 1 and "Replace?" in asked[0] and "7890" in asked[0]
    old, new = enrollments(db)
    assert (old.status, old.ended_reason, new.status, new.replaces_id) == ("ended", "replaced", "pending", old.id)


def test_the_supervisors_page_lists_the_days_enrollments(qtbot, qtmodeltester, counter_db, station_config):
    from cashier_app.services import business_day
    from cashier_app.services.drafts.enrollments import enroll
    from cashier_app.services.users import authenticate
    from cashier_app.ui.context import CounterContext
    from cashier_app.ui.drafts.enrollments_today import EnrollmentsTodayPage, TakenColumn
    from cashier_app.ui.jobs import JobRunner
    from tests.enrollment_support import form
    from tests.ui.conftest import SUPERVISOR_PASSWORD

    db, ids = counter_db
    boss = authenticate(db, "boss", SUPERVISOR_PASSWORD, "S1")
    with db.read() as s:
        from cashier_app.services.accounts import load_account_view

        customer = load_account_view(s, ids["obrien"]).customer_id
    enroll(db, boss, customer, form(ids["obrien"], signed_on=business_day.today()), form_location="Binder 1")
    runner = JobRunner()
    page = EnrollmentsTodayPage(CounterContext(db, boss, station_config, runner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtmodeltester.check(page.model)
    assert page.model.index(0, TakenColumn.BANK).data() == "First Bank checking ****7890"
    assert page.model.index(0, TakenColumn.FILED).data() == "Binder 1"
    assert page.summary.text() == "1 taken, 0 ended"
    runner.wait_for_done(5000)
