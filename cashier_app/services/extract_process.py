"""Reading a large extract file in a second process, while this one writes to the database.

The csv module, every field check and the search keys are about a third of an import's time, all of
it Python work: a thread cannot take it off the importing thread (Python's lock; a read-ahead thread
was tried, docs/PERFORMANCE.md), a second *process* can, on the machine's other core. The reader
process runs the very same ExtractReader as an import in one process, cuts the same chunks, and sends each
chunk back whole (every row with its line, raw fields, values and reason, in the file's order) with
how far into the file it ends; the importer sees exactly the chunks it would have read itself.

The chunks go through a pipe, each pickled by the reader's reading thread and written whole by a
writing thread: the reader is AHEAD chunks ahead at most (then it waits until the importer takes
one), so memory stays a few chunks, and neither process waits for the other's slower chunks. (A
multiprocessing queue's feeder thread, which pickled too, cost the reader about as much again as
the reading, its two threads taking turns at Python's lock.) Closing the iterator (a
cancel, an error while writing, the end) stops the reader; a reader whose importer went away meets
a broken pipe and stops. Small files are read in the importer's own process (starting a reader
process costs about half a second). Bills and usage files are read elsewhere only on SQLite, where
the reader sends their good rows already in their stored form (integer cents, dates as SQLite keeps
them: import_chunks.in_stored_form): their Decimals and dates had cost the importer as much to
unpickle as to parse (docs/PERFORMANCE.md, third and fourth rounds). On SQLite accounts' good rows
are sent in their stored form too (seventh round).
"""
from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import multiprocessing
import pickle
import queue
import threading
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

from sqlalchemy import Dialect

from cashier_app.services.extract_rows import LAYOUTS, ExtractReader, ExtractRow, KeptTexts, Layout, read_chunks

PROCESS_BYTES = 8 << 20  # files from this size on are read in a second process
# The kinds whose rows cost the importer less to receive than to read: customers and accounts (text,
# search keys). A bill's or a usage reading's Decimal amounts and dates cost about as much to unpickle
# as to parse: the importer's CPU did not fall for those files (docs/PERFORMANCE.md, third round).
READ_ELSEWHERE = frozenset({"customers", "accounts"})
# On SQLite, read elsewhere with their good rows sent in their stored form (ints and strings): an
# account's Decimal balance and aware moments cost the reader more to pickle than to convert.
SENT_STORED = frozenset({"accounts", "bills", "usage"})

# The reader process reads this many rows at a time and packs them before reading on: holding a
# whole chunk of row objects had cost it about a tenth more (docs/PERFORMANCE.md, sixth round).
READ_ROWS = 500
AHEAD = 3  # chunks the reader process may have read that the importer has not taken yet
YOUNG_CHUNKS = 10  # the young generations are collected once every this many chunks


def young_collector() -> Callable[[], None]:
    """What to call after each chunk while automatic collection is off: every YOUNG_CHUNKS-th call
    collects the young generations. Each collection walks every young object still alive, the
    chunk just handled among them, so once a chunk it had cost 5 to 15 % of a re-import's time;
    the rows are not cycles and are freed as they go, and the few cycles a chunk makes can wait."""
    calls = itertools.count(1)

    def tidy() -> None:
        if next(calls) % YOUNG_CHUNKS == 0:
            gc.collect(1)
    return tidy


# One chunk's rows as (line, raw, ref, values, lines, reason), a kept row's raw the index of its
# fields in the chunk's KeptTexts; and that KeptTexts' text.
Packed = tuple[list[tuple], str]


def extract_chunks(path: Path, layout: Layout, size: int, file_bytes: int,
                   dialect: Dialect | None = None) -> Iterator[tuple[list[ExtractRow], int]]:
    """The file's chunks of ``size`` rows, each with the bytes of the file read when it ends:
    read in a second process when the file is large and of a kind that gains by it, else here.
    ``dialect``: the database's, which accounts, bills and usage rows are sent in the stored form of."""
    if file_bytes >= PROCESS_BYTES:
        if layout.kind in SENT_STORED and dialect is not None and dialect.name == "sqlite":
            return read_chunks_in_process(path, layout, size, stored="sqlite")
        if layout.kind in READ_ELSEWHERE:
            return read_chunks_in_process(path, layout, size)
    return read_chunks(ExtractReader(path, layout), size)


def read_chunks_in_process(path: Path, layout: Layout, size: int,
                           stored: str | None = None) -> Iterator[tuple[list[ExtractRow], int]]:
    """read_chunks(ExtractReader(path, layout), size), the reading done by a process of its own;
    with ``stored`` ("sqlite"), an accounts, bills or usage file's good rows come in SQLite's stored form
    (import_chunks.in_stored_form), ``row.stored`` set."""
    context = multiprocessing.get_context("spawn")  # never fork: the window's threads and Qt
    receiving, sending = context.Pipe(duplex=False)
    reader = context.Process(target=_read, args=(str(path), layout.kind, size, sending, stored), daemon=True,
                             name="extract-reader")
    reader.start()
    sending.close()  # the reader's end only: once the reader ends, receiving says so (EOFError)
    heard = False
    try:
        while True:
            try:
                what, payload, done = receiving.recv()
            except EOFError:
                if heard:
                    reader.join(5)
                    raise OSError(f"{path}: the process reading it stopped (exit code {reader.exitcode}); "
                                  "the chunk it was reading was not saved") from None
                break  # it could not even start (e.g. a script without a main guard): read it here
            heard = True
            if what == "rows":
                yield _unpack(payload, False), done
            elif what == "stored rows":
                yield _unpack(payload, True), done
            elif what == "error":
                raise payload
            else:
                return
    finally:
        receiving.close()  # a reader still sending meets a broken pipe and ends
        if reader.is_alive():
            reader.terminate()
        reader.join()
    yield from read_chunks(ExtractReader(path, layout), size)


def _unpack(packed: Packed, stored: bool) -> list[ExtractRow]:
    rows, kept = [], KeptTexts(packed[1])
    for line, raw, ref, values, lines, reason in packed[0]:
        row = ExtractRow(line, raw if reason is not None else (kept, raw))
        row.ref, row.values, row.lines, row.reason = ref, values, lines, reason
        row.stored = stored and reason is None
        rows.append(row)
    return rows


class _ImporterGone(Exception):
    pass


class _Sender:
    """The reader's end of the pipe: each item pickled by the reading thread, written whole by a
    thread of its own, so the reading goes on while the importer has not taken the last chunks yet
    (up to AHEAD of them wait, pickled). The writing thread holds Python's lock only around each
    write: the write itself waits for the importer outside it."""

    def __init__(self, sending: Connection) -> None:
        self.sending, self.gone = sending, False
        self.waiting: queue.Queue[bytes | None] = queue.Queue(AHEAD)
        self.thread = threading.Thread(target=self._write, name="extract-sender", daemon=True)
        self.thread.start()

    def _write(self) -> None:
        while (data := self.waiting.get()) is not None:
            if not self.gone:
                try:
                    self.sending.send_bytes(data)
                except Exception:  # noqa: BLE001 - a broken pipe (the importer went away or stopped
                    # reading) or anything else: the reading thread stops at its next chunk, and the
                    # importer, whose pipe then ends early, says the reader stopped
                    self.gone = True

    def send(self, item: tuple) -> None:
        if self.gone:
            raise _ImporterGone
        self.waiting.put(ForkingPickler.dumps(item))  # waits while AHEAD chunks wait already

    def close(self) -> None:
        """Once everything sent is written (or the importer is gone: _ImporterGone), the writing
        thread ended."""
        self.waiting.put(None)
        self.thread.join()
        if self.gone:
            raise _ImporterGone


def _packed_chunk(rows: Iterator[ExtractRow], size: int,
                  stored_form: Callable[[list[ExtractRow]], None] | None) -> Packed:
    """The next ``size`` rows (fewer at the end of the file), packed; ``stored_form`` turns them
    first. Read and packed READ_ROWS at a time: the row objects and their fields are freed while
    still in the processor's cache; only the packed rows wait for the chunk to fill."""
    packed: list[tuple] = []
    kept: list[list[str]] = []  # the kept rows' fields, for KeptTexts
    while len(packed) < size and (piece := list(itertools.islice(rows, min(READ_ROWS, size - len(packed))))):
        if stored_form is not None:
            stored_form(piece)
        for r in piece:
            if r.reason is None:
                packed.append((r.line, len(kept), r.ref, r.values, r.lines, None))
                kept.append(r.raw)
            else:
                packed.append((r.line, r.raw, r.ref, r.values, r.lines, r.reason))
    return packed, KeptTexts.joined(kept)


def _read(path: str, kind: str, size: int, sending: Connection, stored: str | None = None) -> None:
    """The reader process: every chunk to ``sending``, then ("end", None, 0); or the error it met."""
    gc.disable()  # rows are not cycles; the young generations are collected now and then
    tidy = young_collector()
    out = _Sender(sending)
    try:
        what, stored_form = "rows", None
        if stored == "sqlite":
            from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

            from cashier_app.services.import_chunks import in_stored_form

            what, stored_form = "stored rows", functools.partial(in_stored_form, SQLiteDialect_pysqlite(), kind)
        reader = ExtractReader(Path(path), LAYOUTS[kind])
        rows = iter(reader)
        while (packed := _packed_chunk(rows, size, stored_form))[0]:
            out.send((what, packed, reader.bytes_read))
            tidy()
        out.send(("end", None, 0))
    except _ImporterGone:
        pass  # a cancel, or the importer stopped: nobody reads any more
    except Exception as exc:  # noqa: BLE001 - said to the importer, which raises it
        with contextlib.suppress(_ImporterGone):
            out.send(("error", _picklable(exc), 0))
    finally:
        with contextlib.suppress(_ImporterGone):
            out.close()
        sending.close()


def _picklable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - an exception that cannot cross: its text does
        return OSError(f"{type(exc).__name__}: {exc}")
