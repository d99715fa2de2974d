"""Python's cyclic garbage collector runs in the GUI thread only, while the window is up.

The window runs services in worker threads (ui/jobs.py). Python starts a collection in whichever
thread happens to allocate when its counters overflow; a collection in a worker thread that frees
a cycle holding Qt widgets deletes them from that thread, and Qt then crashes (a segmentation fault
seen in the test run: "Garbage-collecting" in a job's thread). So, as pyqtgraph does, automatic
collection is turned off once jobs exist, and a timer in the GUI thread collects with the same
generation thresholds Python uses. Reference counting still frees everything that is not a cycle
at once, in any thread, as before.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
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
