"""A small progress bar for long command-line jobs (imports, batch files) on stderr.

It draws only when stderr is a terminal (or when forced), so logs and pipes stay clean. It is
fed steps that say how many bytes of how many are done and how many rows were read:

    accounts.csv  [##########----------]  50%  500,000 rows  41,230 rows/s
"""
from __future__ import annotations

import shutil
import sys
import time
from typing import Protocol, TextIO


class ProgressStep(Protocol):
    """What a step of progress carries (cashier_app.services.importing.ImportProgress fits)."""

    label: str  # what is being worked on, e.g. a file name
    rows: int  # rows handled so far
    done: int  # bytes (or other units) done so far
    total: int  # bytes in all; 0 when unknown
    finished: bool


class TerminalProgress:
    """Callable progress sink: ``TerminalProgress("import")(step)`` redraws one stderr line."""

    def __init__(self, label: str = "", *, stream: TextIO | None = None, force: bool = False,
                 min_interval: float = 0.1) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = force or _is_terminal(self.stream)
        self.min_interval = min_interval  # seconds between redraws: drawing is not free
        self._started: dict[str, float] = {}
        self._last_draw = 0.0
        self._width = 0

    def __call__(self, step: ProgressStep) -> None:
        self.update(step.label, step.done, step.total, step.rows, finished=step.finished)

    def update(self, item: str, done: int, total: int, rows: int, *, finished: bool = False) -> None:
        """Redraw the line for ``item``; a finished item keeps its line and moves to the next."""
        if not self.enabled:
            return
        now = time.monotonic()
        started = self._started.setdefault(item, now)
        if not finished and now - self._last_draw < self.min_interval:
            return
        self._last_draw = now
        line = render_line(f"{self.label}: {item}" if self.label else item, done, total, rows, now - started,
                           shutil.get_terminal_size((80, 20)).columns)
        # Pad with spaces so a shorter line fully covers the previous one.
        self.stream.write("\r" + line.ljust(self._width))
        self._width = len(line)
        if finished:
            self.stream.write("\n")
            self._width = 0
        self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced stream
        return False


def render_line(item: str, done: int, total: int, rows: int, seconds: float, columns: int = 80) -> str:
    """The text of one progress line: name, bar, percent of bytes, rows and rows per second."""
    share = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0  # display only, never money
    rate = f"{rows / seconds:,.0f} rows/s" if seconds > 0 else ""
    tail = f" {share:4.0%}  {rows:,} rows  {rate}".rstrip()
    room = max(columns - 1 - len(tail) - 4, 10)  # leave the last column free: no line wrap
    name_width = min(len(item), max(room // 2, 8))
    name = item if len(item) <= name_width else "…" + item[-(name_width - 1):]
    bar_width = max(room - name_width - 2, 5)
    filled = int(bar_width * share)
    return f"{name}  [{'#' * filled}{'-' * (bar_width - filled)}]{tail}"
