"""Cancelling the billing import (the Administration window's Cancel): between two chunks, the open
transaction rolled back whole, never half a chunk; what was committed before stays and a second
import finishes the work; the cancel is audited and the file's run stays unfinished."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from cashier_app.models import Account, AuditEvent, Customer, ImportRun
from cashier_app.services import import_chunks
from cashier_app.services.audit import verify_audit
from cashier_app.services.importing import ImportCancelled, import_files
from tests.unit.test_importing import DATA, SAMPLES


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def cancel_after(steps: int):  # noqa: ANN201 - (progress callback, cancelled callback)
    seen = []
    return seen.append, lambda: sum(1 for s in seen if s.kind == "accounts" and not s.finished) >= steps


def test_a_cancel_rolls_back_the_open_transaction_whole(db, admin, tmp_path):
    progress, cancelled = cancel_after(2)
    with pytest.raises(ImportCancelled) as stopped:
        import_files(db, admin, SAMPLES, chunk_rows=4, progress=progress, cancelled=cancelled)
    assert stopped.value.file == "accounts.csv" and stopped.value.rows_saved == 0
    assert "accounts.csv" in str(stopped.value) and "again" in str(stopped.value)
    assert count(db, Customer) > 0 and count(db, Account) == 0  # the customers file was done; 8 rows rolled back
    with db.read() as s:
        runs = {r.kind: r.finished_at for r in s.scalars(select(ImportRun))}
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "import.cancelled"))
    assert runs["customers"] is not None and runs["accounts"] is None and "bills" not in runs
    assert event.after["rows_saved"] == 0 and event.after["kind"] == "accounts"
    with db.read() as s:
        assert verify_audit(s).ok  # an unfinished run needs no import.file event; the chain holds


def test_chunks_committed_before_a_cancel_stay_whole_and_a_second_import_finishes(db, admin, monkeypatch, tmp_path):
    monkeypatch.setattr(import_chunks, "COMMIT_SECONDS", 0.0)  # every chunk commits on its own
    progress, cancelled = cancel_after(2)
    with pytest.raises(ImportCancelled) as stopped:
        import_files(db, admin, SAMPLES[:2], chunk_rows=4, progress=progress, cancelled=cancelled)
    assert stopped.value.rows_saved == 8 and count(db, Account) == 8  # two whole chunks of 4
    report = import_files(db, admin, SAMPLES[:2], chunk_rows=4)
    assert report.files[1].rows_kept == count(db, Account) == 14


def test_without_a_cancel_nothing_changes(db, admin):
    report = import_files(db, admin, [DATA / "customers.csv"], cancelled=lambda: False)
    assert report.files[0].rows_kept == count(db, Customer)
