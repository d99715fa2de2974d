"""The head witness: the newest audit event each station wrote, kept in a file beside audit.key.

Deleting the newest events leaves a chain whose links all hold; only something outside the database
can say the chain used to be longer. After each commit that wrote events, the station keeps the newest
one (id and hash) in ``audit-head.json`` next to the key file, one entry per chain. A chain is named by
its first event's hash, so databases sharing one home never judge each other.

The station also checks, at the first event of each transaction, that the event it last witnessed
is still there (in the same query that reads the chain's head). When it is gone, the entry keeps a
``lost`` note that ``audit verify`` reports until a restore resets the witness.

Writing the file never fails a posting: the commit is already done; a problem is logged. It is
written by a thread of the process just after the commit (``advance``); whoever reads it in the
process waits for that first (``flush``), and so does the process's exit. A process killed in that
moment leaves the witness one commit behind, as a kill between the commit and the write always could.
"""
from __future__ import annotations

import atexit
import datetime as dt
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "audit-head.json"


@dataclass(frozen=True)
class Witnessed:
    """What this station last saw of one chain."""

    event_id: int
    hash: str
    at: str = ""
    lost: dict[str, Any] | None = None  # {"id", "hash", "noticed_at"}: a witnessed event found gone


@dataclass
class Pending:
    """Filled by record_event inside a transaction; written to the file after the commit."""

    path: Path
    database: str
    chain: str
    event_id: int = 0
    hash: str = ""
    lost: tuple[int, str] | None = None  # the witnessed event (id, hash) that was gone


# (witness file, database) -> (chain, witnessed id, witnessed hash) as this process last knew it.
_known: dict[tuple[str, str], tuple[str, int | None, str | None]] = {}


def witness_path(key_file: Path) -> Path:
    return key_file.parent / FILE_NAME


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        return {"chains": {}, "history": []}
    except (OSError, ValueError) as exc:
        raise WitnessDamaged(f"the head witness {path} cannot be read ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("chains"), dict):
        raise WitnessDamaged(f"the head witness {path} is damaged")
    data.setdefault("history", [])
    return data


class WitnessDamaged(ValueError):
    """The witness file is there but cannot be read."""


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps(data, indent=1, sort_keys=True).encode("utf-8")  # one write: after every post
    fd, tmp = tempfile.mkstemp(prefix=".audit-head-", dir=path.parent)  # created 0600
    try:
        try:
            while body:
                body = body[os.write(fd, body):]
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def entry(path: Path, chain: str) -> Witnessed | None:
    """This station's witness of ``chain``, if any (raises WitnessDamaged)."""
    flush()
    raw = _read(path)["chains"].get(chain)
    if not isinstance(raw, dict):
        return None
    return Witnessed(int(raw["id"]), str(raw["hash"]), str(raw.get("at", "")), raw.get("lost"))


def known(path: Path, database: str) -> tuple[str, int | None, str | None] | None:
    return _known.get((str(path), database))


def remember(path: Path, database: str, chain: str, event_id: int | None, hash_: str | None) -> None:
    _known[(str(path), database)] = (chain, event_id, hash_)


def advance(pending: Pending) -> None:
    """After a commit: keep the newest event written, and a lost note if one was found gone.

    Handed to this process's witness writer, which writes it in a thread of its own: replacing the
    file atomically (a temporary file renamed over it, which ext4 flushes before the rename) takes
    half a millisecond to a few, and it was on the path between a post and its receipt. Commits
    that come while it writes are written together, in their order. Reading the file here
    (``entry``, ``rewind``, ``flush``) waits for what was handed over; the process's exit too."""
    _writer.hand_over(pending)


def flush() -> None:
    """Every witness handed over so far is in its file."""
    _writer.flush()


def _write_batch(batch: list[Pending]) -> None:
    """Each witness file once: read, every pending applied in its order, written."""
    for path in dict.fromkeys(pending.path for pending in batch):
        try:
            data = _read(path)
        except WitnessDamaged as exc:
            log.warning("%s; writing a new one", exc)
            data = {"chains": {}, "history": [f"{_now()} damaged witness file replaced"]}
        try:
            applied = [(pending, _apply(data, pending)) for pending in batch if pending.path == path]
            _write(path, data)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("could not update the audit head witness %s: %s", path, exc)
            continue
        for pending, new in applied:
            remember(pending.path, pending.database, pending.chain, new["id"], new["hash"])


def _apply(data: dict[str, Any], pending: Pending) -> dict[str, Any]:
    chains = data["chains"]
    old = chains.get(pending.chain) or {}
    lost = old.get("lost")
    if pending.lost is not None and lost is None and (old.get("id"), old.get("hash")) == pending.lost:
        # Only when the file still says what we checked: a restore elsewhere resets the file.
        lost = {"id": pending.lost[0], "hash": pending.lost[1], "noticed_at": _now()}
    if not old or lost is not None or int(old.get("id", 0)) < pending.event_id:
        new = {"id": pending.event_id, "hash": pending.hash, "at": _now()}
    else:  # another process on this station already witnessed a newer event
        new = {k: old[k] for k in ("id", "hash", "at") if k in old}
    if lost is not None:
        new["lost"] = lost
    chains[pending.chain] = new
    return new


class _Writer:
    """The process's witness writer: one daemon thread, started at the first commit with events."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._queue: list[Pending] = []
        self._writing = False
        self._thread: threading.Thread | None = None

    def hand_over(self, pending: Pending) -> None:
        with self._changed:
            self._queue.append(pending)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="audit-witness", daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def flush(self) -> None:
        with self._changed:
            if self._thread is not None and self._thread.is_alive():
                while self._queue or self._writing:
                    self._changed.wait()
                return
            batch, self._queue = self._queue, []  # no thread (never started, or gone): write here
        if batch:
            _write_batch(batch)

    def _run(self) -> None:
        while True:
            with self._changed:
                while not self._queue:
                    self._changed.wait()
                batch, self._queue = self._queue, []
                self._writing = True
            try:
                _write_batch(batch)
            except Exception:  # noqa: BLE001 - never let the writer die with witnesses waiting
                log.exception("the audit head witness writer failed")
            finally:
                with self._changed:
                    self._writing = False
                    self._changed.notify_all()


_writer = _Writer()
atexit.register(flush)


def rewind(path: Path, chain: str, event_id: int, hash_: str, reason: str) -> Witnessed | None:
    """Set the witness of ``chain`` to the given head (a restore rewinds the database on purpose);
    the old head goes to the history. Returns the old witness."""
    flush()
    try:
        data = _read(path)
    except WitnessDamaged:
        data = {"chains": {}, "history": [f"{_now()} damaged witness file replaced"]}
    raw = data["chains"].get(chain)
    old = Witnessed(int(raw["id"]), str(raw["hash"]), str(raw.get("at", "")), raw.get("lost")) if raw else None
    was = f"event {old.event_id} {old.hash}" if old else "no witness"
    data["history"].append(f"{_now()} {reason}: head was {was}, now event {event_id} {hash_} (chain {chain[:16]})")
    data["chains"][chain] = {"id": event_id, "hash": hash_, "at": _now()}
    _write(path, data)
    for key in [k for k in _known if k[0] == str(path)]:
        del _known[key]
    return old
