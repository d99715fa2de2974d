"""Work after a post waits for the cleared form's paint; no garbage collection while a post is on its way."""
from __future__ import annotations

import gc

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from cashier_app.ui import main_thread_gc
from cashier_app.ui.after_paint import after_paint
from cashier_app.ui.jobs import JobRunner


class Label(QLabel):
    def __init__(self, order: list) -> None:
        super().__init__("before")
        self.order = order

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.order.append(f"paint {self.text()}")
        super().paintEvent(event)


def test_work_after_paint_runs_once_the_changed_text_is_painted(qtbot):
    order: list[str] = []
    label = Label(order)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    qtbot.waitUntil(lambda: "paint before" in order)

    def change():
        label.setText("after")
        after_paint(lambda: order.append("after paint"))
        QTimer.singleShot(0, lambda: order.append("zero timer"))  # what would have run before the paint

    QTimer.singleShot(0, change)
    qtbot.waitUntil(lambda: "after paint" in order)
    assert order.index("zero timer") < order.index("paint after") < order.index("after paint")


def test_no_collection_while_held_and_one_after_release(qtbot, monkeypatch):
    JobRunner()  # the collector exists once jobs do
    collector = main_thread_gc._collector
    assert collector is not None
    collected = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    monkeypatch.setattr(collector, "thresholds", (-1, -1, -1))  # every check would collect
    main_thread_gc.hold()
    collector.check()
    assert collected == []
    main_thread_gc.release()
    collector.check()
    assert collected == [0, 1, 2]


def test_a_hold_never_released_stops_holding(qtbot, monkeypatch):
    JobRunner()
    collector = main_thread_gc._collector
    collected = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    monkeypatch.setattr(collector, "thresholds", (-1, -1, -1))
    main_thread_gc.hold()
    collector.held_since -= main_thread_gc.HOLD_AT_MOST + 1
    collector.check()
    assert collected and collector.held == 0
