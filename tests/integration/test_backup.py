"""Backups while the app runs, the daily schedule, and a restore that refuses bad files."""
import datetime as dt
import io
import sys
import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cashier_app.cli import main
from cashier_app.db import open_database
from cashier_app.models import Payment, Setting
from cashier_app.services.backup import BackupError, backup_database, check_backup_file, run_scheduled_backup
from cashier_app.services.payments import (
    AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from tests.factories import make_account, make_station, make_user


@pytest.fixture
def sqlite_db(tmp_path):
    db = open_database(str(tmp_path / "live.db"))
    make_station(db)
    cashier = make_user(db)
    account = make_account(db)
    yield db, cashier, account
    db.dispose()


def pay(db, cashier, account):
    return post_payment(db, cashier, PaymentRequest(new_client_token(), (AllocationRequest(account, Decimal("1")),),
                                                    (TenderRequest("cash", Decimal("1")),), accept_credit=True))


def test_backup_while_a_station_posts_is_consistent(sqlite_db, tmp_path, admin):
    db, cashier, account = sqlite_db
    stop = threading.Event()
    errors = []

    def keep_posting():
        try:
            while not stop.is_set():
                pay(db, cashier, account)
        except Exception as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    worker = threading.Thread(target=keep_posting)
    worker.start()
    try:
        out = backup_database(db, admin, tmp_path / "copy.db")
    finally:
        stop.set()
        worker.join()
    assert errors == []
    assert check_backup_file(out) is None
    copy = open_database(str(out), migrate=False)
    from tests.integration.invariants import check_books
    check_books(copy)  # the copy is whole: no half payment, no gap


def test_backup_refuses_postgresql_and_itself(sqlite_db, admin):
    db, *_ = sqlite_db
    with pytest.raises(BackupError, match="must not be the database"):
        backup_database(db, admin, __import__("pathlib").Path(db.engine.url.database))


def test_scheduled_backup_once_a_day_keeps_the_last_days(sqlite_db, tmp_path):
    db, *_ = sqlite_db
    assert run_scheduled_backup(db) is None  # off by default
    with db.write() as s:
        s.add(Setting(key="backup.daily_folder", value=str(tmp_path / "daily")))
        s.add(Setting(key="backup.keep_days", value=2))
    for day in (1, 2, 3):
        now = dt.datetime(2026, 11, day, 18, tzinfo=dt.timezone.utc)
        assert run_scheduled_backup(db, now) is not None
        assert run_scheduled_backup(db, now) is None  # already done today
    assert sorted(p.name for p in (tmp_path / "daily").iterdir()) == ["cashier-2026-11-02.db", "cashier-2026-11-03.db"]


def _cli(monkeypatch, capsys, *argv):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(list(argv))
    return code, capsys.readouterr()


def test_restore_brings_back_the_backup_and_keeps_the_old_file(sqlite_db, tmp_path, monkeypatch, capsys):
    db, cashier, account = sqlite_db
    live = db.engine.url.database
    pay(db, cashier, account)
    assert _cli(monkeypatch, capsys, "--db", live, "backup", "--out", str(tmp_path / "b.db"))[0] == 0
    pay(db, cashier, account)
    db.dispose()
    code, captured = _cli(monkeypatch, capsys, "--db", live, "restore", str(tmp_path / "b.db"), "--yes")
    assert code == 0, captured.err
    again = open_database(live)
    with again.read() as s:
        assert s.scalar(select(func.count(Payment.id))) == 1
    assert list(tmp_path.glob("live.db.before-restore-*"))


@pytest.mark.parametrize("content, message", [
    (b"not a database at all" * 100, "not a SQLite database"),
    (None, "not a cashier database"),
])
def test_restore_refuses_a_bad_file_and_changes_nothing(sqlite_db, tmp_path, monkeypatch, capsys, content, message):
    db, cashier, account = sqlite_db
    pay(db, cashier, account)
    live = db.engine.url.database
    bad = tmp_path / "bad.db"
    if content is None:
        import sqlite3
        sqlite3.connect(bad).execute("CREATE TABLE t (x)").connection.commit()
    else:
        bad.write_bytes(content)
    code, captured = _cli(monkeypatch, capsys, "--db", live, "restore", str(bad), "--yes")
    assert code == 1 and message in captured.err and captured.err.count("\n") == 1
    with db.read() as s:
        assert s.scalar(select(func.count(Payment.id))) == 1


def test_a_damaged_backup_fails_the_integrity_check(sqlite_db, tmp_path, admin):
    db, *_ = sqlite_db
    out = backup_database(db, admin, tmp_path / "copy.db")
    data = bytearray(out.read_bytes())
    for offset in range(4096 * 2, len(data), 997):  # scribble over b-tree pages, keep the header
        data[offset] ^= 0xFF
    out.write_bytes(bytes(data))
    assert check_backup_file(out) is not None


def test_restore_resets_the_audit_head_witness_and_verify_passes(sqlite_db, tmp_path, monkeypatch, capsys):
    """A restore rewinds the database on purpose: the witness follows it (the old head stays in its
    history) and audit verify passes; cutting events off afterwards is caught again."""
    import json

    from cashier_app.services.audit import witness_file

    db, cashier, account = sqlite_db
    live = db.engine.url.database
    pay(db, cashier, account)
    assert _cli(monkeypatch, capsys, "--db", live, "backup", "--out", str(tmp_path / "b.db"))[0] == 0
    pay(db, cashier, account)
    pay(db, cashier, account)
    db.dispose()
    code, captured = _cli(monkeypatch, capsys, "--db", live, "restore", str(tmp_path / "b.db"), "--yes")
    assert code == 0, captured.err
    assert "audit head witness reset to the restored head" in captured.out
    code, captured = _cli(monkeypatch, capsys, "--db", live, "audit", "verify")
    assert code == 0, captured.err
    assert "audit chain verified" in captured.out and "head witness: event" in captured.out
    history = json.loads(witness_file().read_text())["history"]
    assert len(history) == 1 and "restore from" in history[0] and "head was event" in history[0]
    again = open_database(live)
    with again.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_events WHERE id = (SELECT MAX(id) FROM audit_events)")
    again.dispose()
    code, captured = _cli(monkeypatch, capsys, "--db", live, "audit", "verify")
    assert code != 0 and "newest events were removed" in captured.err
