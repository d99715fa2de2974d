"""Files and folders the app makes hold customers' names, addresses and payments: only their owner
may read them. Folders are made 0700 and files 0600 (POSIX modes; on Windows the home folder sits in
the user's profile, whose ACLs already keep other users out, and these modes do nothing).

The command line and the window run under ``private_umask()`` so that everything made on the way
(SQLite's -wal and -shm files, PDFs, backups) is private too; the helpers below also set the modes
themselves, for callers that run without it.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
FOLDER_MODE = 0o700
UMASK = 0o077  # no bits for the group or others


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Everything created inside is readable by its owner only; the old umask comes back after."""
    old = os.umask(UMASK)
    try:
        yield
    finally:
        os.umask(old)


def private_folder(path: Path) -> Path:
    """Make ``path`` (and missing parents) as folders only the owner can open."""
    path = Path(path)
    if not path.is_dir():
        missing = [p for p in (path, *path.parents) if not p.exists()]
        for folder in reversed(missing):
            with contextlib.suppress(FileExistsError):
                folder.mkdir(mode=FOLDER_MODE)
        if not path.is_dir():  # a file (or a link to one) where the folder should be
            raise NotADirectoryError(20, "Not a directory", str(path))
    return path


def open_private(path: Path, mode: str = "w", **kwargs) -> IO:  # noqa: ANN003 - open()'s own arguments
    """``open()`` that creates a missing file with mode 0600 (an existing file keeps its mode)."""
    return open(path, mode, opener=lambda name, flags: os.open(name, flags, FILE_MODE), **kwargs)  # noqa: SIM115


def touch_private(path: Path) -> Path:
    """Make sure ``path`` exists, created 0600, before a library that only takes a file name writes it."""
    open_private(path, "ab").close()
    return Path(path)


@contextlib.contextmanager
def replaced_whole(out: Path, *, sync: bool = True) -> Iterator[Path]:
    """Yield a temporary path (0600, in ``out``'s folder) to write ``out`` into; when the block ends
    without an error the file is flushed to disk (unless ``sync`` is False: a copy that may be lost
    with the power, never seen half written) and renamed to ``out``, otherwise removed. So a file
    at ``out`` is always whole: a reader never sees half of it, a crash leaves the old one."""
    out = Path(out)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent)  # mode 0600
    os.close(fd)
    partial = Path(name)
    try:
        yield partial
        if sync:
            with open(partial, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_whole(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` whole or not at all (:func:`replaced_whole`)."""
    with replaced_whole(out) as partial:
        partial.write_bytes(data)


def write_private(path: Path, data: bytes | str, *, sync: bool = True) -> None:
    """Write a whole file, 0600 (it replaces an existing one, which is closed to others with it): a
    reader (a test waiting for a receipt, a cashier opening the folder) never sees half of it."""
    with replaced_whole(path, sync=sync) as partial:
        partial.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
