"""The Administration window's Billing import page: files picked, imported in the background with
a progress bar, rejects shown and saved, a refusal at its field, a cancel that leaves no half chunk."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from cashier_app.models import AuditEvent, Customer, ImportRun
from cashier_app.ui.admin import import_page
from tests.ui import admin_support
from tests.ui.admin_support import settled
from tests.unit.test_importing import BAD, DATA, SAMPLES

admin_window = admin_support.admin_window


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def the_page(qtbot, dialog):
    page = dialog.import_page
    dialog.tabs.setCurrentWidget(page)
    return page


def test_files_are_imported_with_progress_and_their_rejects_shown_and_saved(qtbot, admin_window, counter_db,
                                                                            tmp_path, monkeypatch):
    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in reversed(SAMPLES)] + [str(BAD[0])], "CSV files (*.csv)"))
    page.add_button.click()
    assert page.files.count() == 5
    page.add_paths([SAMPLES[0]])  # already listed: not twice
    assert page.files.count() == 5
    rejects = tmp_path / "rejects.csv"
    page.rejects_path.setText(str(rejects))
    customers = count(db, Customer)
    page.start_button.click()
    assert not page.start_button.isEnabled() and page.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.progress_text.text().startswith("Done:"), timeout=30_000)
    settled(qtbot, win, page)
    assert page.progress.value() == 1000
    assert "customers.csv: customers" in page.result.text() and "usage.csv: usage" in page.result.text()
    assert count(db, Customer) > customers
    assert rejects.is_file() and page.rejects.rowCount() > 0
    assert page.rejects_caption.text().endswith(str(rejects))
    assert page.rejects.item(0, 0).text().endswith("customers_bad.csv") and page.rejects.item(0, 2).text()
    assert page.start_button.isEnabled() and not page.cancel_button.isEnabled()


def test_refusals_are_shown_at_their_field_and_nothing_is_imported(qtbot, admin_window, counter_db, tmp_path):
    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, dialog)
    runs = count(db, ImportRun)
    page.start_button.click()
    assert page.files_error.text() == "Add the files to import first."
    not_csv = tmp_path / "notes.csv"
    not_csv.write_text("what,is,this\n1,2,3\n", encoding="utf-8")
    page.add_paths([SAMPLES[0], not_csv])
    page.start_button.click()
    qtbot.waitUntil(page.files_error.isVisible)
    settled(qtbot, win, page)
    assert "notes.csv" in page.files_error.text() and page.rejects_error.isHidden()
    page.files.clear()
    page.add_paths([SAMPLES[0]])
    page.rejects_path.setText(str(tmp_path / "no-such-folder" / "rejects.csv"))
    page.start_button.click()
    qtbot.waitUntil(page.rejects_error.isVisible)
    settled(qtbot, win, page)
    assert "cannot write the rejects file" in page.rejects_error.text() and page.files_error.isHidden()
    assert count(db, ImportRun) == runs and count(db, Customer) == 4  # the counter's own customers only


def test_cancel_stops_between_chunks_and_says_what_was_saved(qtbot, admin_window, counter_db, monkeypatch):
    db, _ = counter_db
    win, dialog = admin_window
    page = the_page(qtbot, dialog)
    go = threading.Event()
    real = import_page.import_files

    def held(*args, **kwargs):  # the import starts only once the test pressed Cancel
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_page, "import_files", held)
    page.add_paths([DATA / "customers.csv", DATA / "accounts.csv"])
    customers = count(db, Customer)
    page.start_button.click()
    page.cancel_button.click()
    assert not page.cancel_button.isEnabled() and page.progress_text.text().startswith("Cancelling")
    assert dialog.isVisible()
    dialog.reject()  # refused while the import runs: its page says how to stop it
    assert dialog.isVisible()
    go.set()
    qtbot.waitUntil(page.error.isVisible, timeout=30_000)
    settled(qtbot, win, page)
    assert page.error.text().startswith("Import cancelled in customers.csv: 0 of its rows were saved")
    assert page.progress_text.text() == "Cancelled." and page.start_button.isEnabled()
    assert count(db, Customer) == customers
    with db.read() as s:
        assert s.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == "import.cancelled")) == 1
