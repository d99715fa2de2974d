"""The Administration window's Backups page: a backup now, the daily folder (checked as `setting
set` checks it), and a restore of this PC's SQLite database with the checks of `cashier-app restore`."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from cashier_app.models import AuditEvent, Setting, User
from cashier_app.services.backup import check_backup_file
from tests.factories import make_user
from tests.ui import admin_support
from tests.ui.admin_support import events, settled

admin_window = admin_support.admin_window


def the_page(qtbot, win, dialog):
    page = dialog.backups_page
    dialog.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.keep_days.text() == "14")
    settled(qtbot, win, page)
    return page


def saving_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def opening(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def audit_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(AuditEvent.id)))


def test_back_up_now(qtbot, admin_window, counter_db, tmp_path, monkeypatch):
    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, win, dialog)
    out = tmp_path / "copies" / "monday.db"
    saving_to(monkeypatch, out)
    if not db.is_sqlite:  # said at once; the service refuses anyway
        assert not page.backup_button.isEnabled() and not page.restore_button.isEnabled()
        assert "pg_dump" in page.server_note.text() and page.server_note.isVisible()
        page.back_up_now()
        qtbot.waitUntil(page.error.isVisible)
        assert "pg_dump" in page.error.text() and not out.exists()
        return
    page.backup_button.click()
    qtbot.waitUntil(lambda: page.notice.text() == f"Backup written: {out}")
    assert check_backup_file(out) is None
    assert events(db, "db.backup")[-1].after == {"file": str(out)}


def test_the_daily_folder_is_saved_and_a_refusal_is_shown_at_its_field(qtbot, admin_window, counter_db, tmp_path):
    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, win, dialog)
    before = audit_count(db)
    page.folder.setText(str(tmp_path / "daily"))
    page.keep_days.setText("two weeks")
    page.save_schedule.click()
    qtbot.waitUntil(page.keep_error.isVisible)
    settled(qtbot, win, page)
    assert "backup.keep_days" in page.keep_error.text() and page.folder_error.isHidden()
    with db.read() as s:
        assert s.scalars(select(Setting)).all() == []
    assert audit_count(db) == before
    page.keep_days.setText("30")
    page.save_schedule.click()
    qtbot.waitUntil(lambda: page.notice.text().startswith("Daily backup in"))
    with db.read() as s:
        assert {r.key: r.value for r in s.scalars(select(Setting))} == {
            "backup.daily_folder": str(tmp_path / "daily"), "backup.keep_days": 30}


def test_a_file_that_is_not_a_sound_backup_is_refused_and_nothing_is_replaced(qtbot, admin_window, counter_db,
                                                                             tmp_path, monkeypatch):
    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, win, dialog)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    opening(monkeypatch, junk)
    page.restore()
    qtbot.waitUntil(page.restore_error.isVisible)
    assert "not a SQLite database" in page.restore_error.text() and asked == []
    if not db.is_sqlite:
        return
    # A sound backup, but the person says No: nothing replaced.
    good = tmp_path / "good.db"
    saving_to(monkeypatch, good)
    page.backup_button.click()
    qtbot.waitUntil(good.exists)
    settled(qtbot, win, page)
    before = audit_count(db)
    opening(monkeypatch, good)
    page.restore_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1)
    settled(qtbot, win, page)
    assert win.isVisible() and audit_count(db) == before
    # The database itself is not a backup.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    opening(monkeypatch, Path(db.engine.url.database))
    page.restore_button.click()
    qtbot.waitUntil(page.restore_error.isVisible)
    assert "the database itself" in page.restore_error.text() and win.isVisible()


def test_restore_replaces_the_database_keeps_the_old_one_and_closes_the_counter(qtbot, admin_window, counter_db,
                                                                               tmp_path, monkeypatch):
    db, _ = counter_db
    if not db.is_sqlite:
        pytest.skip("restore is for this PC's SQLite database (PostgreSQL: pg_restore)")
    win, dialog = admin_window
    page = the_page(qtbot, win, dialog)
    backup_file = tmp_path / "before-dana.db"
    saving_to(monkeypatch, backup_file)
    page.backup_button.click()
    qtbot.waitUntil(backup_file.exists)
    settled(qtbot, win, page)
    make_user(db, "dana", drawer=False)  # a change after the backup
    told = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    opening(monkeypatch, backup_file)
    page.restore_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    qtbot.waitUntil(lambda: not win.isVisible())
    assert told[0].startswith("Restored. The previous database is kept as ")
    with db.read() as s:
        assert s.scalar(select(User).where(User.username == "dana")) is None
    restored = events(db, "db.restore")
    assert len(restored) == 1 and restored[0].after["from"] == str(backup_file)
    kept = Path(restored[0].after["kept"])
    assert kept.exists() and check_backup_file(kept) is None
