"""Backups: make one now, the daily backup's folder, and restore this PC's own (SQLite) database
from a backup with the checks of `cashier-app restore` (services/backup.py). After a restore the
counter window closes: what it shows belongs to the database it replaced."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from cashier_app import config
from cashier_app.services import backup, settings
from cashier_app.ui.admin.settings_page import save_typed
from cashier_app.ui.admin.notice import Notice, caption
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import Card, ErrorLabel, label, push_button

SCHEDULE = ("backup.daily_folder", "backup.keep_days")


def left_aligned(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def check_file(path: Path) -> str | None:
    """On a worker thread: why ``path`` cannot be restored (restore's own check), or None."""
    return backup.check_backup_file(path)


class BackupsPage(QWidget):
    restored = Signal(str)  # what was said: the window closes after it

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminBackupsPage")
        self._context = context
        self.jobs = JobRunner(self)
        self._restoring = False
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(10)
        self.notice = Notice("backupNotice")
        self.error = ErrorLabel("backupError")

        now = Card()
        now.add_title(tr("Back up now"))
        now.body.addWidget(caption(tr("A copy of this PC's database, made while the counter works (PostgreSQL: "
                                    "pg_dump on the server).")))
        self.backup_button = push_button(tr("Back up now…"), "backupNowButton", tr("Choose where, then copy"),
                                         "primary")
        now.body.addLayout(left_aligned(self.backup_button))
        layout.addWidget(now)

        daily = Card()
        daily.add_title(tr("Daily backup"))
        daily.body.addWidget(caption(tr("Each station's window makes the day's copy in this folder once a day and "
                                      "keeps the newest ones. Empty: no daily backup.")))
        daily.body.addWidget(label(tr("Folder"), "field-caption"))
        row = QHBoxLayout()
        self.folder = QLineEdit(objectName="backupFolder")
        self.folder.setAccessibleName(tr("Daily backup folder"))
        self.folder.setMaxLength(200)
        self.choose_folder = push_button(tr("Choose…"), "backupFolderChoose", tr("Pick the folder"))
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_folder)
        daily.body.addLayout(row)
        self.folder_error = ErrorLabel("backupFolderError")
        daily.body.addWidget(self.folder_error)
        daily.body.addWidget(label(tr("Days of backups kept"), "field-caption"))
        row = QHBoxLayout()
        self.keep_days = QLineEdit(objectName="backupKeepDays")
        self.keep_days.setAccessibleName(tr("Days of backups kept"))
        self.keep_days.setMaxLength(6)
        self.keep_days.setMaximumWidth(120)
        self.save_schedule = push_button(tr("Save"), "backupScheduleSave", tr("Save the folder and the days kept"))
        row.addWidget(self.keep_days)
        row.addWidget(self.save_schedule)
        row.addStretch(1)
        daily.body.addLayout(row)
        self.keep_error = ErrorLabel("backupKeepDaysError")
        daily.body.addWidget(self.keep_error)
        layout.addWidget(daily)

        restore = Card()
        restore.add_title(tr("Restore"))
        restore.body.addWidget(caption(tr("Replace this PC's database with a backup. The backup is checked first "
                                        "(SQLite's integrity check, a cashier database); the database it replaces "
                                        "is kept beside it; the counter closes afterwards.")))
        self.restore_button = push_button(tr("Restore from a backup…"), "restoreButton",
                                          tr("Choose the backup file; you are asked before anything is replaced"),
                                          "danger")
        restore.body.addLayout(left_aligned(self.restore_button))
        self.restore_error = ErrorLabel("restoreError")
        restore.body.addWidget(self.restore_error)
        layout.addWidget(restore)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.on_server = not context.db.is_sqlite
        if self.on_server:  # the copies here are SQLite's; the server is backed up where it runs
            self.server_note = caption(tr("This station uses the PostgreSQL server: back it up and restore it there "
                                          "(pg_dump, pg_restore). The daily folder is for a station with its own "
                                          "database."), "backupServerNote")
            layout.insertWidget(0, self.server_note)
        for card in (now, daily, restore):
            card.body.setSpacing(6)
        self.backup_button.clicked.connect(self.back_up_now)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.save_schedule.clicked.connect(self.save_daily)
        self.keep_days.returnPressed.connect(self.save_daily)
        self.folder.returnPressed.connect(self.save_daily)
        self.restore_button.clicked.connect(self.restore)
        self.folder.textEdited.connect(lambda _t: self.folder_error.clear_error())
        self.keep_days.textEdited.connect(lambda _t: self.keep_error.clear_error())
        self.jobs.busy_changed.connect(self._on_busy)
        self._on_busy(False)

    @property
    def busy(self) -> bool:
        return self._restoring

    def _on_busy(self, busy: bool) -> None:
        self.save_schedule.setEnabled(not busy)
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not busy and not self.on_server)

    def _clear(self) -> None:
        self.notice.clear()
        for error in (self.error, self.folder_error, self.keep_error, self.restore_error):
            error.clear_error()

    def open_fresh(self) -> None:
        ctx = self._context
        self.jobs.run(lambda: {k: settings.get_setting(ctx.db, k) for k in SCHEDULE}, on_done=self._on_read,
                      on_error=lambda exc: self.error.show_error(error_message(exc)))

    def _on_read(self, values: dict[str, Any]) -> None:
        self.folder.setText(str(values["backup.daily_folder"]))
        self.keep_days.setText(str(values["backup.keep_days"]))

    # -- back up now ------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.jobs.busy:
            return
        self._clear()
        folder = self.folder.text().strip() or str(config.home())
        suggested = Path(folder).expanduser() / f"cashier-{dt.datetime.now():%Y-%m-%d-%H%M}.db"
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Back up to"), str(suggested),
                                             self.tr("Database backups (*.db);;All files (*)"))
        if not out:
            return
        ctx = self._context
        self.jobs.run(backup.backup_database, ctx.db, ctx.actor, Path(out),
                      on_done=lambda path: self.notice.setText(self.tr("Backup written: {0}").format(path)),
                      on_error=lambda exc: self.error.show_error(error_message(exc)))

    # -- the daily backup -------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Daily backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self.folder_error.clear_error()

    def save_daily(self) -> None:
        if self.jobs.busy:
            return
        self._clear()
        ctx = self._context
        typed = {"backup.daily_folder": self.folder.text().strip(), "backup.keep_days": self.keep_days.text().strip()}
        self.jobs.run(save_typed, ctx.db, ctx.actor, typed, on_done=self._on_saved, on_error=self._on_refused)

    def _on_saved(self, values: dict[str, Any]) -> None:
        self._on_read({k: values.get(k, v) for k, v in (("backup.daily_folder", self.folder.text()),
                                                         ("backup.keep_days", self.keep_days.text()))})
        folder = values.get("backup.daily_folder", self.folder.text())
        self.notice.setText(self.tr("Daily backup in {0}, the newest {1} kept.").format(
            folder, self.keep_days.text()) if folder else self.tr("No daily backup."))

    def _on_refused(self, exc: BaseException) -> None:
        target = {"backup.daily_folder": self.folder_error, "backup.keep_days": self.keep_error}
        target.get(getattr(exc, "key", ""), self.error).show_error(error_message(exc))

    # -- restore ----------------------------------------------------------------------------------

    def restore(self) -> None:
        if self.jobs.busy:
            return
        self._clear()
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Backup to restore"), self.folder.text(),
                                                self.tr("Database backups (*.db);;All files (*)"))
        if not chosen:
            return
        source = Path(chosen)
        self.jobs.run(check_file, source, on_done=lambda problem: self._on_checked(source, problem),
                      on_error=lambda exc: self.restore_error.show_error(error_message(exc)))

    def _on_checked(self, source: Path, problem: str | None) -> None:
        if problem:
            self.restore_error.show_error(self.tr("Refusing to restore {0}: {1}").format(source, problem))
            return
        answer = QMessageBox.question(
            self, self.tr("Restore"),
            self.tr("Replace this PC's database with {0}?\n\nEvery station using it must be closed. The "
                    "database it replaces is kept beside it. The counter closes afterwards.").format(source))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._restoring = True
        ctx = self._context
        self.jobs.run(backup.restore_this_database, ctx.db, ctx.actor, source, on_done=self._on_restored,
                      on_error=self._on_restore_refused)

    def _on_restored(self, answer: tuple[Path, str]) -> None:
        self._restoring = False
        kept, witness = answer
        text = self.tr("Restored. The previous database is kept as {0}; {1}. The counter closes now: "
                       "sign in again.").format(kept, witness)
        self.notice.setText(text)
        self.restored.emit(text)

    def _on_restore_refused(self, exc: BaseException) -> None:
        self._restoring = False
        self.restore_error.show_error(error_message(exc))
