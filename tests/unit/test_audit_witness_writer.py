"""The head witness is written by a thread of the process after each commit (services/audit_witness.py):
a post does not wait for the file; whoever reads it waits for what was handed over, and so does the
process's exit."""
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import text

from cashier_app.services import audit_witness as witness
from cashier_app.services.audit import _witness_path, record_event, verify_audit, witness_file
from tests.printing_support import cash, open_counter, pay


def _newest(db):
    with db.read() as s:
        first = s.scalar(text("SELECT hash FROM audit_events ORDER BY id LIMIT 1"))
        newest = tuple(s.execute(text("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")).one())
    return first, newest


def test_a_post_does_not_wait_for_the_witness_file_and_a_reader_gets_it_current(db, monkeypatch):
    counter = open_counter(db)
    pay(counter, {counter.account_id: "1.00"}, cash("1.00"))
    witness.flush()
    release, writing = threading.Event(), threading.Event()
    write = witness._write

    def slow_write(path, data):
        writing.set()
        assert release.wait(10)
        write(path, data)

    monkeypatch.setattr(witness, "_write", slow_write)
    for _ in range(3):  # each returns while the file is being written
        pay(counter, {counter.account_id: "1.00"}, cash("1.00"))
    assert writing.wait(10)
    first, newest = _newest(db)
    assert json.loads(_witness_path().read_text())["chains"][first]["id"] < newest[0]  # not written yet
    release.set()
    entry = json.loads(witness_file().read_text())["chains"][first]  # waits for the writer
    assert (entry["id"], entry["hash"]) == newest
    with db.read() as s:
        assert verify_audit(s).ok


def test_commits_handed_over_together_leave_the_newest_in_the_file(db, admin, monkeypatch):
    writes = []
    write = witness._write
    monkeypatch.setattr(witness, "_write", lambda path, data: (writes.append(path), write(path, data)))
    for i in range(20):
        with db.write() as s:
            record_event(s, admin, "setting.change", "setting", f"k{i}", before={"v": i}, after={"v": i + 1})
    first, newest = _newest(db)
    entry = json.loads(witness_file().read_text())["chains"][first]
    assert (entry["id"], entry["hash"]) == newest and 1 <= len(writes) <= 20


def test_the_process_exit_writes_what_was_handed_over(tmp_path):
    path = tmp_path / "audit-head.json"
    script = f"""
import time
from pathlib import Path
from cashier_app.services import audit_witness as witness
write = witness._write
witness._write = lambda path, data: (time.sleep(0.5), write(path, data))
witness.advance(witness.Pending(Path({str(path)!r}), "db", "chain-a", event_id=7, hash="h7"))
"""  # exits at once, while the writer sleeps
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=60)
    assert json.loads(path.read_text())["chains"]["chain-a"]["id"] == 7
