"""The Administration window's Users page: the same rules and audit events as `cashier-app user`;
each refusal at its field, nothing written."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import func, select

from cashier_app.models import AuditEvent, User
from cashier_app.services.users import authenticate
from tests.ui import admin_support
from tests.ui.admin_support import events, settled
from tests.ui.conftest import PASSWORD, find

admin_window = admin_support.admin_window


def user_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(User.id)))


def event_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(AuditEvent.id)))


def row_of(page, username: str) -> int:
    return [u.username for u in page.model.rows()].index(username)


def choose(qtbot, page, username: str) -> None:
    qtbot.waitUntil(lambda: username in [u.username for u in page.model.rows()])
    page.table.setCurrentIndex(page.model.index(row_of(page, username), 0))


def test_ctrl_shift_a_opens_it_for_an_administrator_only(qtbot, counter_db, station_config):
    from tests.ui.drawer_support import window_for

    db, _ = counter_db
    win = window_for(qtbot, db, station_config, "cashier", PASSWORD)
    qtbot.waitUntil(lambda: not win.jobs.busy)
    assert "adminButton" not in win.header_buttons and "Ctrl+Shift+A" not in win.shortcuts
    win.flow.show_administration()
    assert win.flow.administration is None
    win.close()


def test_the_header_button_and_the_key_open_it(qtbot, admin_window):
    win, dialog = admin_window
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    win.header_buttons["adminButton"].click()
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(dialog.isVisible)


def test_add_a_user_then_refusals_at_their_fields_write_nothing(qtbot, admin_window, counter_db):
    db, _ = counter_db
    win, dialog = admin_window
    page = dialog.users_page
    settled(qtbot, win, page)
    assert {u.username for u in page.model.rows()} == {"boss", "cashier", "root"}
    page.new_username.setText("dana")
    page.new_full_name.setText("Dana Price")
    page.new_password.setText("granite-violet-31")
    page.new_password_again.setText("granite-violet-31")
    page.new_role_boxes["supervisor"].setChecked(True)
    page.add_button.click()
    qtbot.waitUntil(lambda: page.notice.text() == "User dana added.")
    settled(qtbot, win, page)
    assert page.selected().username == "dana" and page.selected().roles == ("cashier", "supervisor")
    assert page.new_username.text() == "" and page.new_password.text() == ""
    created = events(db, "user.create")[-1]
    assert created.after == {"username": "dana", "roles": ["cashier", "supervisor"]}
    assert authenticate(db, "dana", "granite-violet-31", "S1").username == "dana"

    users, audit = user_count(db), event_count(db)
    cases = [
        ("dana", "granite-violet-31", "granite-violet-31", ("cashier",), page.username_error, "already exists"),
        ("bad name!", "granite-violet-31", "granite-violet-31", ("cashier",), page.username_error, "1 to 40"),
        ("erin", "short", "short", ("cashier",), page.password_error, "at least 10"),
        ("erin", "password123", "password123", ("cashier",), page.password_error, "most common"),
        ("erin", "erin-is-my-name", "erin-is-my-name", ("cashier",), page.password_error, "user name"),
        ("erin", "granite-violet-31", "granite-violet-32", ("cashier",), page.password_error, "differ"),
        ("erin", "granite-violet-31", "granite-violet-31", (), page.new_roles_error, "roles must be among"),
    ]
    for username, password, again, roles, error, words in cases:
        page.new_username.setText(username)
        page.new_password.setText(password)
        page.new_password_again.setText(again)
        for role, box in page.new_role_boxes.items():
            box.setChecked(role in roles)
        page.add_button.click()
        qtbot.waitUntil(lambda: error.isVisible() and words in error.text())  # noqa: B023
        settled(qtbot, win, page)
        shown = [e for e in (page.username_error, page.password_error, page.new_roles_error, page.error)
                 if not e.isHidden()]
        assert shown == [error], (username, words)
    assert user_count(db) == users and event_count(db) == audit


def test_roles_reset_password_unlock_and_disable_with_their_events(qtbot, admin_window, counter_db, monkeypatch):
    db, _ = counter_db
    win, dialog = admin_window
    page = dialog.users_page
    settled(qtbot, win, page)
    choose(qtbot, page, "cashier")
    assert page.role_boxes["cashier"].isChecked() and not page.role_boxes["supervisor"].isChecked()
    assert not page.unlock_button.isEnabled()  # not locked
    page.role_boxes["supervisor"].setChecked(True)
    page.save_roles.click()
    qtbot.waitUntil(lambda: page.notice.text() == "Roles of cashier saved.")
    assert events(db, "user.roles")[-1].after == {"roles": ["cashier", "supervisor"]}

    # The administrator cannot take their own administrator role away: said at the roles.
    settled(qtbot, win, page)  # the list read again after the change
    choose(qtbot, page, "root")
    settled(qtbot, win, page)
    audit = event_count(db)
    page.role_boxes["administrator"].setChecked(False)
    page.save_roles.click()
    qtbot.waitUntil(page.roles_error.isVisible)
    assert "your own administrator role" in page.roles_error.text() and event_count(db) == audit

    # A weak new password is refused at the password; a good one is set (and unlocks).
    for _ in range(5):
        with pytest.raises(Exception):
            authenticate(db, "cashier", "not the password", "S1")
    page.refresh("cashier")
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().username == "cashier"
                    and page.selected().locked)
    assert page.unlock_button.isEnabled()
    page.reset_password.setText("cashier1234")
    page.reset_again.setText("cashier1234")
    page.reset_button.click()
    qtbot.waitUntil(page.reset_error.isVisible)
    assert "user name" in page.reset_error.text() and event_count(db) == audit + 6  # 5 failed sign-ins and the lock only
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.notice.text() == "cashier unlocked.")
    assert events(db, "user.unlock")[-1].after == {"locked": False}
    page.reset_password.setText("silver-meadow-84")
    page.reset_again.setText("silver-meadow-84")
    page.reset_button.click()
    qtbot.waitUntil(lambda: page.notice.text().startswith("Password of cashier changed"))
    assert len(events(db, "user.password")) == 1
    assert authenticate(db, "cashier", "silver-meadow-84", "S1").username == "cashier"

    # Disable asks first; No changes nothing, Yes disables.
    settled(qtbot, win, page)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.disable_button.click()
    assert events(db, "user.disable") == []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.disable_button.click()
    qtbot.waitUntil(lambda: page.notice.text() == "cashier disabled.")
    settled(qtbot, win, page)
    assert page.model.text(page.selected(), 3) == "Disabled" and not page.disable_button.isEnabled()
    with pytest.raises(Exception, match="Wrong user name or password"):
        authenticate(db, "cashier", "silver-meadow-84", "S1")
    assert find(dialog, QPushButton, "adminClose").text().startswith("Close")
