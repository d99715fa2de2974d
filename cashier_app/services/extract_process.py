"""Reading a large extract file in a second process, while this one writes to the database.

The csv module, every field check and the search keys are about a third of an import's time, all of
it Python work: a thread cannot take it off the importing thread (Python's lock; a read-ahead thread
was tried, docs/PERFORMANCE.md), a second *process* can, on the machine's other core. The reader
process runs the very same ExtractReader and read_chunks as an import in one process, and sends each
chunk back whole (every row with its line, raw fields, values and reason, in the file's order) with
how far into the file it ends; the importer sees exactly the chunks it would have read itself.

Bounded: the reader is at most AHEAD chunks ahead (it waits for the importer), so memory stays a few
chunks. Closing the iterator (a cancel, an error while writing, the end) stops the reader; a reader
whose importer went away stops by itself. Small files are read in the importer's own process:
starting a reader process costs about half a second.
"""
from __future__ import annotations

import gc
import multiprocessing
import queue
from collections.abc import Iterator
from pathlib import Path

from cashier_app.services.extract_rows import LAYOUTS, ExtractReader, ExtractRow, Layout, read_chunks

PROCESS_BYTES = 8 << 20  # files from this size on are read in a second process
AHEAD = 3  # chunks the reader process may have ready before the importer takes them
_WAIT = 0.5  # seconds between two looks at whether the other process is still there

Packed = list[tuple]  # one chunk's rows as (line, raw, ref, values, lines, reason)


def extract_chunks(path: Path, layout: Layout, size: int, file_bytes: int) -> Iterator[tuple[list[ExtractRow], int]]:
    """The file's chunks of ``size`` rows, each with the bytes of the file read when it ends:
    read in a second process when the file is large, else here (read_chunks)."""
    if file_bytes >= PROCESS_BYTES:
        return read_chunks_in_process(path, layout, size)
    return read_chunks(ExtractReader(path, layout), size)


def read_chunks_in_process(path: Path, layout: Layout, size: int) -> Iterator[tuple[list[ExtractRow], int]]:
    """read_chunks(ExtractReader(path, layout), size), the reading done by a process of its own."""
    context = multiprocessing.get_context("spawn")  # never fork: the window's threads and Qt
    channel = context.Queue(maxsize=AHEAD)
    reader = context.Process(target=_read, args=(str(path), layout.kind, size, channel), daemon=True,
                             name="extract-reader")
    reader.start()
    heard = False
    try:
        while True:
            try:
                what, payload, done = channel.get(timeout=_WAIT)
            except queue.Empty:
                if reader.is_alive() or not channel.empty():
                    continue
                if heard:
                    raise OSError(f"{path}: the process reading it stopped (exit code {reader.exitcode}); "
                                  "the chunk it was reading was not saved") from None
                break  # it could not even start (e.g. a script without a main guard): read it here
            heard = True
            if what == "rows":
                yield _unpack(payload), done
            elif what == "error":
                raise payload
            else:
                return
    finally:
        if reader.is_alive():
            reader.terminate()
        reader.join()
        channel.close()
    yield from read_chunks(ExtractReader(path, layout), size)


def _unpack(packed: Packed) -> list[ExtractRow]:
    rows = []
    for line, raw, ref, values, lines, reason in packed:
        row = ExtractRow(line, raw)
        row.ref, row.values, row.lines, row.reason = ref, values, lines, reason
        rows.append(row)
    return rows


def _read(path: str, kind: str, size: int, channel: multiprocessing.Queue) -> None:
    """The reader process: every chunk to ``channel``, then ("end", None, 0); or the error it met."""
    gc.disable()  # rows are not cycles; the young generations are collected once per chunk
    sent = True
    try:
        for chunk, done in read_chunks(ExtractReader(Path(path), LAYOUTS[kind]), size):
            packed = [(r.line, r.raw, r.ref, r.values, r.lines, r.reason) for r in chunk]
            if not (sent := _send(channel, ("rows", packed, done))):
                break
            gc.collect(1)
        else:
            sent = _send(channel, ("end", None, 0))
    except Exception as exc:  # noqa: BLE001 - said to the importer, which raises it
        sent = _send(channel, ("error", _picklable(exc), 0))
    channel.close()
    if sent:
        channel.join_thread()  # everything sent before this process ends
    else:
        channel.cancel_join_thread()  # the importer is gone: nobody will read it


def _send(channel: multiprocessing.Queue, item: tuple) -> bool:
    """Put ``item`` once the importer has room for it; False when the importer is gone."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            channel.put(item, timeout=_WAIT)
            return True
        except queue.Full:
            if parent is not None and not parent.is_alive():
                return False


def _picklable(exc: Exception) -> Exception:
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - an exception that cannot cross: its text does
        return OSError(f"{type(exc).__name__}: {exc}")
