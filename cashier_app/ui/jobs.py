"""Background jobs: run a service call on a worker thread, get the answer on the GUI thread.

A worker never touches a widget, nor any Qt object of ours: it runs the function and hands
the result (or the exception) to one long-lived relay, whose queued signal brings it to the GUI
thread. There the Job (a QObject living on the GUI thread) calls the callbacks and emits
``succeeded`` / ``failed`` / ``finished``. Tests wait with ``qtbot.waitSignal(job.finished)``
or ``qtbot.waitUntil(...)``.

Why the relay: if a worker held a reference to a Job or a runner, it could end up dropping the
last one and destroy a GUI object on a worker thread (a crash, now and then).
"""
from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Qt, Signal, Slot

from cashier_app.ui.main_thread_gc import collect_in_main_thread

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Carries answers from worker threads to the GUI thread; one per application."""

    answered = Signal(int, object, object)  # job number, result, error

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.waiting: dict[int, Job] = {}
        self.answered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object, object)
    def _deliver(self, number: int, result: Any, error: BaseException | None) -> None:
        job = self.waiting.pop(number, None)
        if job is not None and shiboken6.isValid(job):  # its runner may be gone already
            job._deliver(result, error)  # noqa: SLF001 - the relay is the job's mailman


_relay: _Relay | None = None
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    """The relay, made on the GUI thread the first time a job starts."""
    global _relay  # noqa: PLW0603 - one per application
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _Relay()
    return _relay


def _work(relay: _Relay, number: int, fn: Callable, args: tuple, kwargs: dict) -> None:
    """Runs on the worker thread; the relay outlives it (the module holds it)."""
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
        relay.answered.emit(number, None, exc)
    else:
        relay.answered.emit(number, result, None)


class Job(QObject):
    """One call of a function on a worker thread, as seen from the GUI thread."""

    succeeded = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception it raised
    finished = Signal()  # after either of the two

    def __init__(self, runner: JobRunner, on_done: Callback | None, on_error: Callback | None) -> None:
        super().__init__(runner)  # no Python reference back to the runner: Qt's parent link is enough
        # Held here and dropped once called: a closure over a widget must not outlive the job.
        self._on_done, self._on_error = on_done, on_error
        self.done = False
        self.error: BaseException | None = None

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.done, self.error = True, error
        on_done, on_error = self._on_done, self._on_error
        self._on_done = self._on_error = None
        try:
            if error is None:
                if on_done is not None:
                    on_done(result)
                self.succeeded.emit(result)
            else:
                if on_error is not None:
                    on_error(error)
                self.failed.emit(error)
        finally:
            self.finished.emit()
            runner = self.parent()
            if isinstance(runner, JobRunner):
                runner._forget(self)  # noqa: SLF001 - the runner that made this job


class JobRunner(QObject):
    """Starts jobs on its own thread pool and tells when it is busy.

    ``max_threads=1`` makes a queue: jobs run one after the other, in order (the printer).
    """

    busy_changed = Signal(bool)
    answered = Signal(object)  # after every job: None, or the exception it raised

    def __init__(self, parent: QObject | None = None, *, max_threads: int | None = None) -> None:
        super().__init__(parent)
        collect_in_main_thread()  # no garbage collection in the workers (ui/main_thread_gc.py)
        self._pool = QThreadPool(self)
        if max_threads:
            self._pool.setMaxThreadCount(max_threads)
        self._jobs: set[Job] = set()

    def run(self, fn: Callable, *args: Any, on_done: Callback | None = None,
            on_error: Callback | None = None, **kwargs: Any) -> Job:
        """Call ``fn(*args, **kwargs)`` in the background; callbacks run on the GUI thread."""
        relay, number = _the_relay(), next(_numbers)
        job = Job(self, on_done, on_error)
        relay.waiting[number] = job
        was_busy = self.busy
        self._jobs.add(job)
        self._pool.start(lambda: _work(relay, number, fn, args, kwargs))
        if not was_busy:
            self.busy_changed.emit(True)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the workers are idle (used on close, so the database outlives them)."""
        return self._pool.waitForDone(msecs)

    def _forget(self, job: Job) -> None:
        self._jobs.discard(job)
        job.deleteLater()
        self.answered.emit(job.error)
        if not self._jobs:
            self.busy_changed.emit(False)
