"""The billing-system import (`cashier-app import PATH...`): customers, accounts, bills, usage.

Files are checked before anything changes (readable, UTF-8, a known header), then imported in
dependency order, streamed in chunks: each chunk looks up only its own parent keys and is
upserted by natural key, in transactions of a couple of seconds at most, so a million rows fit
in bounded memory and the counter's other writers are never locked out for long. Bad rows go to
a rejects CSV. The formats are in docs/formats.md, "Billing-system extract".
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import gc
import hashlib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import ImportRun, Role, utcnow
from cashier_app.private_files import open_private
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import pending_witness, record_event, witness_committed
from cashier_app.services.audit_witness import Pending
from cashier_app.services.csv_fields import escape_controls
from cashier_app.services.extract_rows import (
    AS_OF, KIND_ORDER, THROUGH, ExtractRow, Layout, recognize,
)
from cashier_app.services.extract_process import extract_chunks, young_collector
from cashier_app.services.import_chunks import ACCOUNTS, APPLY, ChunkTransaction, import_connection
from cashier_app.services.lookup_indexes import indexes_after_a_first_load, restore_lookup_indexes
from cashier_app.services.stored_rows import python_values

CHUNK_ROWS = 5000  # rows per key look-up and upsert: bounded memory, few round trips


class ImportCancelled(RuntimeError):
    """The person stopped the import (``cancelled`` said so between two chunks): the file's open
    transaction was rolled back whole, so no chunk is half written; the chunks committed before it
    stay (every row is upserted by its key: importing the same files again finishes the work)."""

    def __init__(self, message: str, file: str, rows_saved: int) -> None:
        super().__init__(message)
        self.file, self.rows_saved = file, rows_saved


class ImportFileError(ValueError):
    """A file that cannot be imported at all (missing, unreadable, not UTF-8, unknown header).

    Raised before anything is changed; the message names the file. ``field`` is "files", or
    "rejects" when the rejects file cannot be written where asked.
    """

    def __init__(self, message: str, field: str = "files") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class FileReport:
    """What happened to one file."""

    path: Path
    kind: str
    rows_read: int
    rows_kept: int
    rows_rejected: int
    sha256: str
    as_of: dt.datetime
    run_id: int
    # accounts files: balances kept that do not say which posting exports they include
    # (payments_through empty): payments exported before their balance_as_of count as received.
    without_payments_through: int = 0

    @property
    def note(self) -> str:
        """What a person should know about how this file's balances are read ("" when nothing)."""
        if not self.without_payments_through:
            return ""
        return _t("{0:,} balances do not say which posting exports they include (payments_through): payments "
                  "and charges exported before their balance_as_of are taken as received by the billing system"
                  ).format(self.without_payments_through)


@dataclass(frozen=True)
class ImportReport:
    """What happened to all the files of one import, in the order they were imported."""

    files: tuple[FileReport, ...]
    rejects_path: Path | None  # None when no row was rejected and no path was asked for

    @property
    def rows_read(self) -> int:
        return sum(f.rows_read for f in self.files)

    @property
    def rows_kept(self) -> int:
        return sum(f.rows_kept for f in self.files)

    @property
    def rows_rejected(self) -> int:
        return sum(f.rows_rejected for f in self.files)


@dataclass(frozen=True)
class ImportProgress:
    """One step of progress, sent after every chunk and once when a file is done."""

    label: str  # the file's name
    kind: str
    rows: int  # rows read so far in this file
    done: int  # bytes read so far
    total: int  # bytes in the file
    finished: bool = False


@dataclass(frozen=True)
class _Source:
    path: Path
    layout: Layout
    sha256: str
    size: int


def _fingerprint(path: Path) -> tuple[str, list[str]]:
    """sha256 of the file, checking on the way that it is UTF-8; and its header row."""
    digest, decoder, place = hashlib.sha256(), codecs.getincrementaldecoder("utf-8")(), _TextPlace()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
            try:
                place.advance(decoder.decode(block))
            except UnicodeDecodeError as exc:
                # exc.object is the decoder's carried-over bytes plus this block: all good before exc.start.
                place.advance(exc.object[:exc.start].decode("utf-8"))
                raise ImportFileError(f"{path}: not UTF-8 text (line {place.line}, column {place.column}: "
                                      f"byte 0x{exc.object[exc.start]:02X} is not UTF-8; save the file as UTF-8)"
                                      ) from None
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise ImportFileError(f"{path}: not UTF-8 text (line {place.line}: the file ends in the middle "
                                  "of a character)") from None
    with open(path, encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh), None)
    if not header:
        raise ImportFileError(f"{path}: the file is empty; a header row is needed")
    return digest.hexdigest(), header


class _TextPlace:
    """Line and column (in characters, from 1) reached in a text read piece by piece."""

    def __init__(self) -> None:
        self.line, self.column, self._started = 1, 1, False

    def advance(self, text: str) -> None:
        if not self._started and text:
            text, self._started = text.removeprefix("\ufeff"), True  # a BOM is not a column
        if (newlines := text.count("\n")) == 0:
            self.column += len(text)
        else:
            self.line += newlines
            self.column = len(text) - text.rfind("\n")


def _check(path: Path) -> _Source:
    if path.is_dir():
        raise ImportFileError(f"{path}: is a folder, not a file; name the CSV files in it (e.g. {path / '*.csv'})")
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    try:
        sha256, header = _fingerprint(path)
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    except csv.Error as exc:
        raise ImportFileError(f"{path}: the header row is not valid CSV ({exc})") from None
    try:
        layout = recognize(header)
    except ValueError as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    return _Source(path, layout, sha256, size)


def _rejects_target(paths: list[Path], asked: Path | None) -> Path:
    target = asked or paths[0].parent / f"import-rejects-{dt.datetime.now():%Y%m%d-%H%M%S}.csv"
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise ImportFileError(f"cannot write the rejects file in {folder}; give another place for it", "rejects")
    return target


class _RejectsFile:
    """The rejects CSV (file,line,reason,raw), opened at the first reject unless asked for."""

    def __init__(self, path: Path, always: bool) -> None:
        self.path, self._fh, self._writer = path, None, None
        if always:
            self._open()

    def _open(self) -> None:
        self._fh = open_private(self.path, "w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._fh)
        self._writer.writerow(["file", "line", "reason", "raw"])

    def add(self, source: Path, row: ExtractRow) -> None:
        if self._fh is None:
            self._open()
        raw = io.StringIO()
        csv.writer(raw, lineterminator="").writerow(row.fields)
        self._writer.writerow([escape_controls(str(source)), row.line, escape_controls(row.reason or ""),
                               escape_controls(raw.getvalue())])  # never a raw NUL or escape in the file

    def close(self) -> Path | None:
        if self._fh is None:
            return None
        self._fh.close()
        return self.path


def _start_run(conn: Connection, source: _Source, started: dt.datetime) -> int:
    # Committed at once: a crash half-way leaves a run with no finished_at, which says so.
    with conn.begin(), Session(bind=conn) as s:
        run = ImportRun(file_name=_shown_name(source.path), kind=source.layout.kind, sha256=source.sha256,
                        as_of=started, started_at=started)
        s.add(run)
        s.flush()
        return run.id


def _finish_run(conn: Connection, actor: Actor, run_id: int, as_of: dt.datetime, read: int,
                kept: int) -> Pending | None:
    with Session(bind=conn) as s:  # joins the open transaction of the last chunk
        run = s.get(ImportRun, run_id)
        run.as_of, run.finished_at = as_of, utcnow()
        run.rows_read, run.rows_kept, run.rows_rejected = read, kept, read - kept
        record_event(s, actor, "import.file", "import_run", run_id,
                     after={"file": run.file_name, "kind": run.kind, "kept": kept, "rejected": read - kept,
                            "sha256": run.sha256})
        s.flush()
        return pending_witness(s)  # this session does not commit: the caller's transaction does


def _cancel(conn: Connection, actor: Actor, source: _Source, run_id: int, saved: int) -> ImportCancelled:
    """Record that the import stopped in this file (its run stays unfinished) and say so."""
    with conn.begin(), Session(bind=conn) as s:
        record_event(s, actor, "import.cancelled", "import_run", run_id,
                     after={"file": _shown_name(source.path), "kind": source.layout.kind, "rows_saved": saved})
        witness = pending_witness(s)
        s.flush()
    witness_committed(witness)
    return ImportCancelled(f"Import cancelled in {source.path.name}: {saved:,} of its rows were saved before; "
                           "importing the same files again finishes it.", source.path.name, saved)


@contextlib.contextmanager
def _young_collections() -> Iterator[Callable[[], None]]:
    """A tidy-up to call between chunks: Python's automatic cyclic collections, triggered every few
    hundred objects, walked an ever larger heap while a million rows went by (a fifth of the bills
    file's time); instead only the young generations are collected, once every YOUNG_CHUNKS chunks
    (young_collector), which frees the chunks' few cycles all the same. Where automatic collection is
    already off (the window collects in its GUI thread: ui/main_thread_gc.py) nothing changes and
    nothing is collected here."""
    if not gc.isenabled():
        yield _nothing
        return
    gc.disable()
    try:
        yield young_collector()
    finally:
        gc.enable()


def _nothing() -> None:
    pass


def _import_one(conn: Connection, actor: Actor, source: _Source, rejects: _RejectsFile,
                progress: Callable[[ImportProgress], None], chunk_rows: int,
                cancelled: Callable[[], bool], tidy: Callable[[], None]) -> FileReport:
    kind, started = source.layout.kind, utcnow()
    run_id = _start_run(conn, source, started)
    apply, txn = APPLY[kind], ChunkTransaction(conn)
    read = kept = unsaid = saved = 0
    latest: dt.datetime | None = None
    try:
        # Large files are read in a second process (extract_process); closed: the file or the reader too.
        with contextlib.closing(extract_chunks(source.path, source.layout, chunk_rows, source.size,
                                                conn.dialect)) as read_in:
            for chunk, done in read_in:
                if cancelled():  # between two chunks: the open transaction holds whole chunks only
                    txn.rollback()
                    raise _cancel(conn, actor, source, run_id, saved)
                if good := [r for r in chunk if r.reason is None]:
                    txn.ensure()
                    apply(conn, good)  # may refuse more rows: unknown parent, older balance
                kept_rows = [r for r in chunk if r.reason is None]
                if len(kept_rows) != len(chunk):
                    for r in chunk:
                        if r.reason is not None:
                            rejects.add(source.path, r)
                kept += len(kept_rows)
                if kind == "accounts" and kept_rows:  # stored form (apply_accounts), which sorts as moments do
                    chunk_latest = max(r.values[AS_OF] for r in kept_rows)
                    latest = chunk_latest if latest is None or chunk_latest > latest else latest
                    unsaid += sum(r.values[THROUGH] is None for r in kept_rows)
                read += len(chunk)
                txn.commit(only_if_old=True)
                saved = saved if txn.open else read
                progress(ImportProgress(source.path.name, kind, read, done, source.size))
                tidy()
        txn.ensure()
        if latest is not None:
            latest = python_values(conn, ACCOUNTS, "balance_as_of", [latest])[0]
        witness = _finish_run(conn, actor, run_id, latest or started, read, kept)
        txn.commit()
        witness_committed(witness)
    except BaseException:
        txn.rollback()
        raise
    progress(ImportProgress(source.path.name, kind, read, source.size, source.size, finished=True))
    return FileReport(source.path, kind, read, kept, read - kept, source.sha256, latest or started, run_id, unsaid)


def _shown_name(path: Path) -> str:
    name = str(path.resolve())
    return name if len(name) <= 300 else "..." + name[-297:]


def _no_progress(_step: ImportProgress) -> None:
    pass


def _never() -> bool:
    return False


@requires(Role.ADMINISTRATOR)
def import_files(db: Database, actor: Actor, paths: list[Path], *, rejects_path: Path | None = None,
                 progress: Callable[[ImportProgress], None] | None = None,
                 chunk_rows: int = CHUNK_ROWS, cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import billing-extract CSV files (any order on the command line) and report on each.

    Promises: every file is checked first, and ImportFileError is raised before anything
    changes if one is missing, unreadable, not UTF-8 or has a header of none of the four kinds.
    Then files are imported customers → accounts → bills → usage; each row is upserted by its
    natural key (re-importing the same files changes nothing), bad rows are skipped and written
    to the rejects CSV (next to the first file unless ``rejects_path`` is given), and each file
    gets an ImportRun row and one ``import.file`` audit event.

    ``cancelled`` is asked between chunks (from the import's own thread); once it says True the
    open transaction is rolled back (whole chunks only), an ``import.cancelled`` event is recorded
    and ImportCancelled is raised, saying how many rows of the file were saved before.
    """
    if not paths:
        raise ImportFileError("no file to import")
    sources = [_check(Path(p)) for p in paths]
    sources.sort(key=lambda src: KIND_ORDER.index(src.layout.kind))  # stable: same kinds keep their order
    target = _rejects_target([Path(p) for p in paths], rejects_path)
    rejects = _RejectsFile(target, always=rejects_path is not None)
    reports = []
    try:
        with import_connection(db) as conn, _young_collections() as tidy:
            restore_lookup_indexes(conn)  # any a crash in an earlier first load left missing
            for source in sources:
                with indexes_after_a_first_load(conn, source.layout.kind):  # empty table: built after
                    reports.append(_import_one(conn, actor, source, rejects, progress or _no_progress, chunk_rows,
                                               cancelled or _never, tidy))
    finally:
        written = rejects.close()
    return ImportReport(tuple(reports), written)
