"""Python's cyclic garbage collector runs in the GUI thread only, while the window is up.

The window runs services in worker threads (ui/jobs.py). Python starts a collection in whichever
thread happens to allocate when its counters overflow; a collection in a worker thread that frees
a cycle holding Qt widgets deletes them from that thread, and Qt then crashes (a segmentation fault
seen in the test run: "Garbage-collecting" in a job's thread). So, as pyqtgraph does, automatic
collection is turned off once jobs exist, and a timer in the GUI thread collects with the same
generation thresholds Python uses. Reference counting still frees everything that is not a cycle
at once, in any thread, as before.

While a payment is on its way (F12 until the cleared form is painted) the collector waits
(``hold``/``release``): a full collection is tens of milliseconds the cashier would see.
"""
from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
HOLD_AT_MOST = 5.0  # seconds: a hold never released (its window closed mid-post) stops holding


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)
        self.held = 0
        self.held_since = 0.0

    def check(self) -> None:
        if self.held and time.monotonic() - self.held_since < HOLD_AT_MOST:
            return  # a later tick collects
        self.held = 0
        first, second, third = gc.get_count()
        if first > self.thresholds[0]:
            gc.collect(0)
            if second > self.thresholds[1]:
                gc.collect(1)
                if third > self.thresholds[2]:
                    gc.collect(2)


_collector: MainThreadCollector | None = None


def collect_in_main_thread() -> None:
    """From now on, collect cycles only in the GUI thread (once per process; needs the application)."""
    global _collector
    app = QCoreApplication.instance()
    if _collector is None and app is not None:
        _collector = MainThreadCollector(app)


def hold() -> None:
    """No collection until the matching :func:`release` (the counts keep growing meanwhile)."""
    if _collector is not None:
        if not _collector.held:
            _collector.held_since = time.monotonic()
        _collector.held += 1


def release() -> None:
    if _collector is not None and _collector.held:
        _collector.held -= 1
