"""Backups of the single-station SQLite database: online copies, a daily schedule, and a restore
that refuses a file failing SQLite's integrity check or not holding a cashier database."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Role
from cashier_app.private_files import private_folder, touch_private
from cashier_app.services.access import Actor, requires, station_task
from cashier_app.services.audit import record_event, rewind_witness
from cashier_app.services.settings import get_setting

REQUIRED_TABLES = {"alembic_version", "payments", "accounts", "audit_events"}


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message says why."""


def _sqlite_path(db: Database) -> Path:
    if not db.is_sqlite or not db.engine.url.database or db.engine.url.database == ":memory:":
        raise BackupError(_t("backups here are for the SQLite database; back up PostgreSQL with pg_dump"))
    return Path(db.engine.url.database)


def _copy(source: Path, out: Path) -> None:
    """SQLite's online backup: a consistent copy even while stations write."""
    private_folder(out.parent)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    touch_private(partial)  # SQLite fills an empty file; the copy is its owner's only
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst, pages=4096)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        dst.close()
        src.close()
    problem = check_backup_file(partial)
    if problem:
        partial.unlink(missing_ok=True)
        raise BackupError(_t("the copy failed its check: {0}").format(problem))
    os.replace(partial, out)


def check_backup_file(path: Path) -> str | None:
    """Why ``path`` is not a sound cashier database, or None when it is."""
    if not path.is_file():
        return _t("no such file: {0}").format(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                return _t("integrity check failed: {0}").format(result)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return _t("not a SQLite database ({0})").format(exc)
    missing = REQUIRED_TABLES - tables
    if missing:
        return _t("not a cashier database (missing {0})").format(", ".join(sorted(missing)))
    return None


@requires(Role.ADMINISTRATOR)
def backup_database(db: Database, actor: Actor, out: Path) -> Path:
    """Copy the live SQLite database to ``out`` (refuses to overwrite the database itself)."""
    source = _sqlite_path(db)
    if out.resolve() == source.resolve():
        raise BackupError(_t("the backup file must not be the database itself"))
    _copy(source, out)
    with db.write() as s:
        record_event(s, actor, "db.backup", "database", "", after={"file": str(out)})
    return out


@station_task("the station's daily backup, set up by an administrator")
def run_scheduled_backup(db: Database, now: dt.datetime | None = None) -> Path | None:
    """Make today's backup in the configured folder if it is not there yet; keep the last N days.

    Called by the window on start and every hour; does nothing when ``backup.daily_folder`` is empty.
    """
    folder = str(get_setting(db, "backup.daily_folder") or "")
    if not folder:
        return None
    today = city_time.local_date(now) if now else city_time.today()
    target = Path(folder).expanduser() / f"cashier-{today.isoformat()}.db"
    if target.exists():
        return None
    _copy(_sqlite_path(db), target)
    keep = int(get_setting(db, "backup.keep_days"))
    for old in sorted(target.parent.glob("cashier-????-??-??.db"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


def restore_database(backup: Path, target: Path) -> Path:
    """Replace the database at ``target`` with ``backup`` after checking it; the old file is kept.

    Run with the window closed. Returns the path of the kept previous database.
    """
    problem = check_backup_file(backup)
    if problem:
        raise BackupError(_t("refusing to restore {0}: {1}").format(backup, problem))
    kept = target.with_name(f"{target.name}.before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}")
    if target.exists():
        _copy_raw(target, kept)
    touch_private(target)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    dst = sqlite3.connect(target, timeout=30)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return kept


@requires(Role.ADMINISTRATOR)
def restore_this_database(db: Database, actor: Actor, source: Path) -> tuple[Path, str]:
    """From the Administration window: replace this station's SQLite database with ``source``,
    with the checks of `cashier-app restore` (check_backup_file, restore_database, record_restore).
    The caller's other connections must be done: the window closes right after. Returns the kept
    previous database and what happened to the audit head witness."""
    target = _sqlite_path(db)
    if source.resolve() == target.resolve():
        raise BackupError(_t("the backup file is the database itself; choose a backup"))
    problem = check_backup_file(source)
    if problem:
        raise BackupError(_t("refusing to restore {0}: {1}").format(source, problem))
    db.dispose()  # this process's pooled connections to the old file are closed first
    kept = restore_database(source, target)
    return kept, record_restore(db, actor, source, kept)


@requires(Role.ADMINISTRATOR)
def accept_head(db: Database, actor: Actor, reason: str) -> str:
    """After a restore done by other means (pg_restore, a file copied back): set this station's audit
    head witness to the database's newest event, keeping the old head in the witness file's history,
    and record it. Returns a sentence saying what changed."""
    with db.read() as s:
        rewound = rewind_witness(s, f"accepted by {actor.username}: {reason}")
    if rewound is None:
        return "the database has no audit events; nothing to accept"
    old, head_id, head_hash = rewound
    with db.write() as s:
        record_event(s, actor, "audit.accept_head", "database", "",
                     before={"witnessed": old.event_id if old else None},
                     after={"head": head_id, "hash": head_hash, "reason": reason})
    return f"audit head witness set to event {head_id} (was {f'event {old.event_id}' if old else 'none'})"


@requires(Role.ADMINISTRATOR)
def record_restore(db: Database, actor: Actor, source: Path, kept: Path) -> str:
    """After ``restore_database``: reset this station's audit head witness to the restored chain's
    head (the restore rewinds the database on purpose; the old head stays in the witness file's
    history) and record the restore. Returns a sentence saying what happened to the witness."""
    with db.read() as s:
        rewound = rewind_witness(s, f"restore from {source}")
    with db.write() as s:
        record_event(s, actor, "db.restore", "database", "", after={"from": str(source), "kept": str(kept)})
    if rewound is None:
        return "the restored database has no audit events yet"
    old, head_id, _ = rewound
    was = f"event {old.event_id}" if old else "none"
    return f"audit head witness reset to the restored head, event {head_id} (was {was})"


def _copy_raw(source: Path, out: Path) -> None:
    src = sqlite3.connect(source, timeout=30)
    dst = sqlite3.connect(touch_private(out))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
