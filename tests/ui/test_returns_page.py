"""The Returns page of the bank draft dialog: a supervisor picks the bank's return file, applies it in
the background and reads the report; a bad file is refused under the file field; a return phoned in
by the bank is recorded by trace number and code."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton
from sqlalchemy import func, select

from cashier_app.models import ReturnedItem, Role
from cashier_app.ui import supervisor_files
from cashier_app.ui.context import CounterContext
from cashier_app.ui.drafts.returns_page import ReturnsPage
from cashier_app.ui.jobs import JobRunner
from cashier_app.config import StationConfig
from tests.ach_builder import Batch, Item, ReturnFileText
from tests.draft_support import ROUTING, make_draft_run
from tests.factories import make_user
from tests.ui.conftest import find
from tests.ui.test_object_names import check_names

SHOTS = Path("/work/helpers/shots")


def item(entry, code, n):
    return Item(code, ROUTING, entry.bank_account, int(entry.amount * 100), entry.account_number, "PAT DOE",
                f"0610001{n:08d}", entry.trace_number)


@pytest.fixture
def page(qtbot, db, tmp_path):
    sam = make_user(db, "sam", roles=(Role.SUPERVISOR,), drawer=False)
    _, entries = make_draft_run(db, count=5, prenotes=1, supervisor=sam)
    jobs = JobRunner()
    widget = ReturnsPage(CounterContext(db, sam, StationConfig(station="S1", receipt_prefix="S1"), jobs))
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.show()
    yield widget, entries
    widget.wait_for_done()


def returned_count(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ReturnedItem))


def test_apply_a_return_file_from_the_page(qtbot, db, page, tmp_path, monkeypatch):
    widget, entries = page
    monkeypatch.setattr(supervisor_files, "open_file", lambda path: True)
    path = tmp_path / "RETURNS-1124.ach"
    ghost = Item("R01", ROUTING, "123456789", 5000, "9999999", "NOBODY", "061000100000099", "053101129999999")
    path.write_text(ReturnFileText([Batch([item(entries[0], "R01", 1), item(entries[1], "R02", 2),
                                           item(entries[5], "R03", 3), ghost,
                                           Item("C05", ROUTING, entries[2].bank_account, 0, entries[2].account_number,
                                                "PAT DOE", "061000100000005", entries[2].trace_number,
                                                corrected="37".ljust(29))])]).text())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    find(widget, QPushButton, "returnsChooseButton").click()
    assert find(widget, QLineEdit, "returnsFileField").text() == str(path)
    find(widget, QPushButton, "applyReturnsButton").click()
    summary = find(widget, QLabel, "returnsSummary")
    qtbot.waitUntil(lambda: "applied;" in summary.text(), timeout=15_000)
    assert summary.text().startswith("RETURNS-1124.ach: 3 returns and 1 corrections applied; $200.00 reversed, "
                                     "$50.00 in fees, 2 enrollments ended; 0 already applied, 1 unknown")
    assert "2 notice letters in" in summary.text()
    assert widget.model.rowCount() == 5 and returned_count(db) == 3
    shown = [[widget.model.index(r, c).data() for c in range(widget.model.columnCount())]
             for r in range(widget.model.rowCount())]
    assert shown[0][:5] == ["R01", entries[0].account_number, f"****{entries[0].bank_account[-4:]}", "$100.00",
                            "Applied"]
    assert shown[3][4] == "Unknown"
    assert all(e.bank_account not in repr(shown) for e in entries)
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / "returns_page.png"))
    check_names([widget])
    # the same file again: nothing applied twice
    find(widget, QPushButton, "applyReturnsButton").click()
    qtbot.waitUntil(lambda: "0 returns and 0 corrections applied" in summary.text(), timeout=15_000)
    assert returned_count(db) == 3


def test_a_bad_file_is_refused_under_the_file_field(qtbot, db, page, tmp_path):
    widget, entries = page
    path = tmp_path / "bad.ach"
    text = ReturnFileText([Batch([item(entries[0], "R01", 1)])]).text()
    path.write_text("\n".join(x + "Z" if i == 2 else x for i, x in enumerate(text.split("\n"))))
    find(widget, QLineEdit, "returnsFileField").setText(str(path))
    find(widget, QPushButton, "applyReturnsButton").click()
    error = find(widget, QLabel, "returnsFileError")
    qtbot.waitUntil(lambda: error.text() != "", timeout=15_000)
    assert "line 3" in error.text() and "nothing changed" in error.text()
    assert returned_count(db) == 0
    find(widget, QLineEdit, "returnsFileField").setText(str(tmp_path / "missing.ach"))
    find(widget, QPushButton, "applyReturnsButton").click()
    qtbot.waitUntil(lambda: "cannot be read" in error.text(), timeout=15_000)


def test_a_return_by_hand(qtbot, db, page, monkeypatch):
    widget, entries = page
    monkeypatch.setattr(supervisor_files, "open_file", lambda path: True)
    find(widget, QLineEdit, "returnTraceField").setText("12345")
    find(widget, QLineEdit, "returnCodeField").setText("R01")
    find(widget, QPushButton, "recordReturnButton").click()
    trace_error = find(widget, QLabel, "returnTraceError")
    qtbot.waitUntil(lambda: "15 digits" in trace_error.text(), timeout=15_000)
    find(widget, QLineEdit, "returnTraceField").setText(entries[3].trace_number)
    find(widget, QLineEdit, "returnCodeField").setText("X9")
    find(widget, QPushButton, "recordReturnButton").click()
    code_error = find(widget, QLabel, "returnCodeError")
    qtbot.waitUntil(lambda: "R01 to R85" in code_error.text(), timeout=15_000)
    find(widget, QLineEdit, "returnCodeField").setText("r09")
    find(widget, QLineEdit, "returnNoteField").setText("Ms. Lee, First Bank")
    find(widget, QPushButton, "recordReturnButton").click()
    summary = find(widget, QLabel, "returnsSummary")
    qtbot.waitUntil(lambda: "by hand: 1 returns" in summary.text(), timeout=15_000)
    assert returned_count(db) == 1 and find(widget, QLineEdit, "returnTraceField").text() == ""
    assert trace_error.text() == "" and code_error.text() == ""
