"""The window makes the day's backup when an administrator set a folder (SQLite only)."""
from __future__ import annotations

from cashier_app.services.settings import set_setting


def test_the_window_writes_todays_backup_into_the_configured_folder(qtbot, window, counter_db, admin, tmp_path):
    db = counter_db[0]
    set_setting(db, admin, "backup.daily_folder", str(tmp_path / "daily"))
    window.backup.check()
    if db.is_sqlite:
        qtbot.waitUntil(lambda: any((tmp_path / "daily").glob("cashier-*.db")), timeout=10_000)
        qtbot.waitUntil(lambda: "backup written" in window.statusBar().currentMessage())
    else:  # several stations on PostgreSQL back up with pg_dump; the window says so
        qtbot.waitUntil(lambda: "pg_dump" in window.statusBar().currentMessage())


def test_without_a_folder_nothing_is_written(qtbot, window, tmp_path):
    window.backup.check()
    qtbot.waitUntil(lambda: not window.backup._running)
    assert window.statusBar().currentMessage() == ""
