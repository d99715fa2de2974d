"""A large extract file is read in a second process (services/extract_process.py): the importer
must see exactly the chunks it would have read itself, store the same rows, write the same
rejects, and stop the reader whatever happens (end, cancel, error, a reader that dies)."""
from __future__ import annotations

import multiprocessing
import threading

import pytest
from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

from cashier_app.models import Account, ImportRun
from cashier_app.services import extract_process, import_chunks
from cashier_app.services.extract_process import read_chunks_in_process
from cashier_app.services.extract_rows import LAYOUTS, ExtractReader, read_chunks, recognize
from cashier_app.services.importing import ImportCancelled, import_files
from tests.unit.test_importing import BAD, SAMPLES, _dump


def _layout(path):
    with open(path, encoding="utf-8-sig") as fh:
        return recognize(fh.readline().rstrip("\r\n").split(","))


def _seen(chunks) -> list:
    return [([(r.line, r.fields, r.ref, r.values, r.lines, r.reason) for r in chunk], done) for chunk, done in chunks]


def _awkward_file(tmp_path):
    path = tmp_path / "usage.csv"
    path.write_text(
        "account_number,service,period_start,period_end,quantity,unit\n"
        "A-1,electric,2025-03-01,2025-03-31,812,kWh\n"
        "\n"  # a blank line is no row
        "A-2,water,2025-03-01,2025-02-01,1,gal\n"  # refused: the period ends before it starts
        'A-3,"elec\x07tric",2025-03-01,2025-03-31,2,kWh\n'  # refused: a control character
        "A-4,gas,2025-03-01,2025-03-31,3\n"  # refused: a field short
        'A-5,gas,2025-03-01,2025-03-31,"4,CCF\n',  # a quote never closed: the rest is not CSV
        encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [1, 3, 5000])
def test_the_reader_process_gives_exactly_the_chunks_read_here(tmp_path, size):
    for path in [*SAMPLES, *BAD, _awkward_file(tmp_path)]:
        layout = _layout(path)
        here = _seen(read_chunks(ExtractReader(path, layout), size))
        there = _seen(read_chunks_in_process(path, layout, size))
        assert there == here, path.name
    assert multiprocessing.active_children() == []  # every reader has ended


def _import_all(db, admin, rejects):
    for files in (SAMPLES, BAD):
        import_files(db, admin, files, rejects_path=rejects, chunk_rows=3)
        rejects = rejects.with_name("again-" + rejects.name)
    return _dump(db)


@pytest.mark.parametrize("elsewhere", [frozenset(LAYOUTS), extract_process.READ_ELSEWHERE])
def test_an_import_through_reader_processes_stores_and_rejects_the_same(db, admin, tmp_path, monkeypatch, elsewhere):
    # every file, however small, read by a process: of every kind as read here, or (the default) bills
    # and usage sent in their stored form on SQLite
    monkeypatch.setattr(extract_process, "PROCESS_BYTES", 0)
    monkeypatch.setattr(extract_process, "READ_ELSEWHERE", elsewhere)
    stored = _import_all(db, admin, tmp_path / "rejects.csv")
    monkeypatch.setattr(extract_process, "PROCESS_BYTES", 1 << 60)  # again, every file read here: nothing changes
    assert _import_all(db, admin, tmp_path / "here.csv") == stored
    assert (tmp_path / "rejects.csv").read_bytes() == (tmp_path / "here.csv").read_bytes()
    assert (tmp_path / "again-rejects.csv").read_bytes() == (tmp_path / "again-here.csv").read_bytes()
    assert (tmp_path / "again-rejects.csv").read_bytes().count(b"\n") > 5  # the bad files' rejects


def test_a_row_the_importer_refuses_has_its_fields_in_the_rejects_as_read(db, admin, tmp_path, monkeypatch):
    """A kept row comes from the reader with its fields joined (one string to pickle); when the
    importer refuses it later (here: an unknown customer), the rejects file shows the very fields."""
    accounts = tmp_path / "accounts.csv"
    accounts.write_text(
        "account_number,customer_number,service_address,balance,balance_as_of\n"
        '9000001,NOBODY-1,"12 Main St, Apt ""B""\n2nd floor\t(rear)",10.00,2025-04-01T12:00:00Z\n'
        "9000002,NOBODY-2,,10.00,2025-04-01T12:00:00Z\n"  # refused as read: no service address
        '9000003,NOBODY-3,"Ünïcödé Rd, ",0.00,2025-04-01T12:00:00Z\n', encoding="utf-8")
    monkeypatch.setattr(extract_process, "PROCESS_BYTES", 0)
    import_files(db, admin, [accounts], rejects_path=tmp_path / "there.csv")
    assert multiprocessing.active_children() == []
    monkeypatch.setattr(extract_process, "PROCESS_BYTES", 1 << 60)
    import_files(db, admin, [accounts], rejects_path=tmp_path / "here.csv")
    there = (tmp_path / "there.csv").read_text(encoding="utf-8")
    assert there == (tmp_path / "here.csv").read_text(encoding="utf-8")
    assert there.count("unknown customer_number") == 2 and "Apt \"\"\"\"B\"\"\"\"" in there


def _accounts(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Account))


def test_a_cancel_stops_the_reader_and_keeps_whole_chunks(db, admin, monkeypatch):
    monkeypatch.setattr(extract_process, "PROCESS_BYTES", 0)
    monkeypatch.setattr(import_chunks, "COMMIT_SECONDS", 0.0)  # every chunk commits on its own
    seen = []
    with pytest.raises(ImportCancelled) as stopped:
        import_files(db, admin, SAMPLES[:2], chunk_rows=4, progress=seen.append,
                     cancelled=lambda: sum(s.kind == "accounts" and not s.finished for s in seen) >= 2)
    assert stopped.value.rows_saved == 8 == _accounts(db)  # two whole chunks of 4
    assert multiprocessing.active_children() == []


def _town(tmp_path, accounts: int):
    """A customers and an accounts file, the accounts file far larger than a pipe holds."""
    customers, listed = tmp_path / "customers.csv", tmp_path / "accounts.csv"
    customers.write_text("customer_number,last_name\n100001,Hoyle\n", encoding="utf-8")
    listed.write_text("account_number,customer_number,service_address,balance,balance_as_of\n" + "".join(
        f"{300000 + n},100001,{n} W Marion St,12.34,2025-04-30\n" for n in range(accounts)), encoding="utf-8")
    return [customers, listed]


def test_a_reader_that_dies_stops_the_import_with_the_file_named_and_no_half_chunk(db, admin, monkeypatch, tmp_path):
    monkeypatch.setattr(extract_process, "PROCESS_BYTES", 0)
    monkeypatch.setattr(import_chunks, "COMMIT_SECONDS", 1e9)  # the file's chunks share one transaction
    files = _town(tmp_path, 20000)  # 10,000 chunks of 2: the reader is still reading when it dies

    def kill_the_reader(step) -> None:
        if step.kind == "accounts" and not step.finished:
            for child in multiprocessing.active_children():
                child.kill()

    with pytest.raises(OSError, match="accounts.csv: the process reading it stopped"):
        import_files(db, admin, files, chunk_rows=2, progress=kill_the_reader)
    assert multiprocessing.active_children() == []
    assert _accounts(db) == 0  # the file's open transaction was rolled back whole
    with db.read() as s:
        assert s.scalar(select(ImportRun.finished_at).where(ImportRun.kind == "accounts")) is None
    report = import_files(db, admin, files)  # importing again finishes it
    assert report.files[1].rows_kept == _accounts(db) == 20000


class _ReaderThatCannotStart:
    """A spawn context whose processes end at once without a word (as one does when a script
    without a main guard starts an import)."""

    def __init__(self, real) -> None:
        self._real = real

    def Pipe(self, duplex):  # noqa: N802 - multiprocessing's name
        return self._real.Pipe(duplex)

    def Process(self, target, args, daemon, name):  # noqa: N802
        return self._real.Process(target=int, daemon=daemon, name=name)


def test_only_large_customers_and_accounts_files_are_read_elsewhere(tmp_path):
    for path in SAMPLES:
        layout = _layout(path)
        chunks = extract_process.extract_chunks(path, layout, 4, 1 << 30)
        assert chunks.__name__ == ("read_chunks_in_process" if layout.kind in ("customers", "accounts")
                                   else "read_chunks"), layout.kind
        assert extract_process.extract_chunks(path, layout, 4, 1000).__name__ == "read_chunks"
        chunks.close()


def test_on_sqlite_large_bills_and_usage_files_are_read_elsewhere_too(tmp_path):
    sqlite, postgresql = SQLiteDialect_pysqlite(), PGDialect_psycopg()
    for path in SAMPLES:
        layout = _layout(path)
        chunks = extract_process.extract_chunks(path, layout, 4, 1 << 30, sqlite)
        assert chunks.__name__ == "read_chunks_in_process", layout.kind
        chunks.close()
        assert extract_process.extract_chunks(path, layout, 4, 1000, sqlite).__name__ == "read_chunks"
        chunks = extract_process.extract_chunks(path, layout, 4, 1 << 30, postgresql)
        assert chunks.__name__ == ("read_chunks_in_process" if layout.kind in ("customers", "accounts")
                                   else "read_chunks"), layout.kind
        chunks.close()


@pytest.mark.parametrize("size", [1, 5000])
def test_accounts_bills_and_usage_come_from_the_reader_in_the_stored_form_the_importer_makes(tmp_path, size):
    sqlite = SQLiteDialect_pysqlite()
    for path in [*SAMPLES, *BAD, _awkward_file(tmp_path)]:
        layout = _layout(path)
        if layout.kind not in import_chunks.STORED_KINDS:
            continue
        here = list(read_chunks(ExtractReader(path, layout), size))
        for chunk, _ in here:
            assert not any(r.stored for r in chunk)
            import_chunks.in_stored_form(sqlite, layout.kind, chunk)
            assert all(r.stored == (r.reason is None) for r in chunk)
        there = list(read_chunks_in_process(path, layout, size, stored="sqlite"))
        assert _seen(there) == _seen(here), path.name
        assert [[r.stored for r in c] for c, _ in there] == [[r.stored for r in c] for c, _ in here]
        good = [r for c, _ in there for r in c if r.reason is None]
        assert good and all(isinstance(v, (str, int, type(None))) for r in good for v in r.values)
        assert all(isinstance(a, int) for r in good for _, a in r.lines)
    assert multiprocessing.active_children() == []


def test_when_no_reader_process_can_start_the_file_is_read_here(tmp_path, monkeypatch):
    real = multiprocessing.get_context("spawn")
    monkeypatch.setattr(extract_process.multiprocessing, "get_context", lambda _how: _ReaderThatCannotStart(real))
    path = SAMPLES[1]
    layout = _layout(path)
    assert _seen(read_chunks_in_process(path, layout, 4)) == _seen(read_chunks(ExtractReader(path, layout), 4))


class _PipeThatBreaks:
    def __init__(self, after: int, error: type[Exception]) -> None:
        self.after, self.error, self.written = after, error, []

    def send_bytes(self, data: bytes) -> None:
        if len(self.written) >= self.after:
            raise self.error("the importer is gone")
        self.written.append(data)


def _in_a_thread(work) -> list:
    """What ``work`` returned or raised, if it ended within 10 s: a reader waiting for ever fails
    the test instead of hanging it."""
    outcome = []

    def run() -> None:
        try:
            outcome.append(work())
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            outcome.append(type(exc))
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(10)
    return outcome


@pytest.mark.parametrize("error", [BrokenPipeError, ValueError])
def test_the_readers_writing_thread_meeting_any_error_stops_the_reading(error):
    """The reader's chunks are written by a thread of its own, a few ahead: when a write fails
    (the importer gone, or anything else), the reading stops at its next chunk instead of waiting
    for ever on a full queue, and what was written before went out whole and in order."""
    pipe = _PipeThatBreaks(after=2, error=error)
    sender = extract_process._Sender(pipe)

    def send_many() -> str:
        for n in range(50):  # far more than the queue holds
            sender.send(("rows", n, 0))
        return "all sent"
    assert _in_a_thread(send_many) == [extract_process._ImporterGone]
    assert _in_a_thread(sender.close) == [extract_process._ImporterGone]
    assert not sender.thread.is_alive()
    assert [multiprocessing.reduction.ForkingPickler.loads(data) for data in pipe.written] == [
        ("rows", 0, 0), ("rows", 1, 0)]


def test_the_readers_writing_thread_writes_every_chunk_in_order():
    pipe = _PipeThatBreaks(after=1000, error=BrokenPipeError)
    sender = extract_process._Sender(pipe)
    assert _in_a_thread(lambda: [sender.send(("rows", n, 0)) for n in range(50)] and sender.close()) == [None]
    assert not sender.thread.is_alive()
    assert [multiprocessing.reduction.ForkingPickler.loads(data)[1] for data in pipe.written] == list(range(50))
