"""The background-job helper: work off the GUI thread, answers on it."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from cashier_app.ui.jobs import JobRunner


def test_result_arrives_on_the_gui_thread(qtbot):
    runner = JobRunner()
    seen = {}

    def work(a, b=0):
        seen["worker"] = threading.get_ident()
        return a + b

    def done(result):
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        job = runner.run(work, 2, b=3, on_done=done)
    assert job.done and seen["result"] == 5 and seen["gui"]
    assert seen["worker"] != threading.get_ident()
    assert not runner.busy


def test_an_exception_goes_to_on_error(qtbot):
    runner = JobRunner()
    errors = []

    def fail():
        raise ValueError("no such thing")

    job = runner.run(fail, on_done=lambda _r: pytest.fail("no result expected"), on_error=errors.append)
    with qtbot.waitSignal(job.failed) as blocker:
        pass
    assert str(blocker.args[0]) == "no such thing" and isinstance(errors[0], ValueError)
    assert job.error is errors[0]


def test_a_queue_of_one_thread_keeps_the_order(qtbot):
    runner = JobRunner(max_threads=1)
    order = []
    for i in range(5):
        runner.run(lambda i=i: i, on_done=order.append)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]


def test_cycles_are_collected_in_the_gui_thread_only(qtbot):
    import gc
    import threading
    import weakref

    from cashier_app.ui.jobs import JobRunner

    JobRunner()  # the window's jobs exist: no automatic collection in any thread any more
    assert not gc.isenabled()
    freed_in = []

    class Cycle:
        def __del__(self) -> None:
            freed_in.append(threading.current_thread() is threading.main_thread())

    for _ in range(gc.get_threshold()[0] + 50):  # enough cycles to pass the first threshold
        a, b = Cycle(), Cycle()
        a.other, b.other = b, a
    probe = weakref.ref(a)
    del a, b
    qtbot.waitUntil(lambda: probe() is None, timeout=5000)
    assert freed_in and all(freed_in)
