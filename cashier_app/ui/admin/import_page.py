"""Billing import: pick the extract's files, import them in the background with a progress bar,
cancel between two chunks (services/importing.py rolls the open transaction back whole), and read
the rejected rows in a table; they are saved in the rejects CSV the service writes."""
from __future__ import annotations

import csv
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLineEdit, QListWidget, QProgressBar, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from cashier_app.services.importing import ImportCancelled, ImportFileError, ImportProgress, ImportReport, import_files
from cashier_app.ui.admin.notice import Notice, caption
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import ErrorLabel, label, push_button

REJECTS_SHOWN = 1000  # rows read back into the table; the file has them all
PROGRESS_EVERY_MS = 100


class ImportWatch:
    """What the import's thread and the page share: the latest step, and the cancel flag. Plain
    Python (no Qt object), so the worker never touches a widget; the page reads it on a timer."""

    def __init__(self) -> None:
        self.latest: ImportProgress | None = None
        self.files_done = 0
        self.cancel = threading.Event()

    def step(self, step: ImportProgress) -> None:  # on the import's thread
        self.latest = step
        if step.finished:
            self.files_done += 1


def read_rejects(path: Path, limit: int = REJECTS_SHOWN) -> tuple[list[list[str]], int]:
    """The first ``limit`` rejected rows (file, line, reason, raw) and how many there are."""
    rows, total = [], 0
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        for row in reader:
            total += 1
            if len(rows) < limit:
                rows.append(row)
    return rows, total


class ImportPage(QWidget):
    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminImportPage")
        self._context = context
        self.jobs = JobRunner(self)
        self.watch: ImportWatch | None = None
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(caption(tr("The billing system's extract: customers, accounts, bills and usage files (CSV), "
                                    "in any order. Rows are matched by their keys, so importing a file again is safe.")))
        row = QHBoxLayout()
        self.files = QListWidget(objectName="importFiles")
        self.files.setAccessibleName(tr("Files to import"))
        self.files.setMaximumHeight(110)
        row.addWidget(self.files, 1)
        buttons = QVBoxLayout()
        self.add_button = push_button(tr("Add files…"), "importAddButton", tr("Choose the extract's CSV files"))
        self.remove_button = push_button(tr("Remove"), "importRemoveButton", tr("Take the selected file off the list"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)
        self.files_error = ErrorLabel("importFilesError")
        layout.addWidget(self.files_error)
        rejects_caption = label(tr("Rejected rows saved in (empty: next to the first file)"), "field-caption")
        rejects_caption.setWordWrap(True)
        layout.addWidget(rejects_caption)
        self.rejects_path = QLineEdit(objectName="importRejectsPath")
        self.rejects_path.setAccessibleName(tr("Rejects file"))
        self.rejects_path.setPlaceholderText(tr("import-rejects-DATE-TIME.csv next to the first file"))
        layout.addWidget(self.rejects_path)
        self.rejects_error = ErrorLabel("importRejectsPathError")
        layout.addWidget(self.rejects_error)
        actions = QHBoxLayout()
        self.start_button = push_button(tr("Import"), "importStartButton", tr("Import the files listed"), "primary")
        self.cancel_button = push_button(tr("Cancel import"), "importCancelButton",
                                         tr("Stop after the chunk being written; what was saved stays"), "danger")
        self.progress_text = caption("", "importProgressText")
        actions.addWidget(self.start_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress_text, 1)
        layout.addLayout(actions)
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.result = Notice("importResult")
        layout.addWidget(self.result)
        self.error = ErrorLabel("importError")
        layout.addWidget(self.error)
        self.rejects_caption = label("", "field-caption", "importRejectsCaption")
        self.rejects_caption.setWordWrap(True)
        layout.addWidget(self.rejects_caption)
        self.rejects = QTableWidget(0, 4, objectName="importRejects")
        self.rejects.setHorizontalHeaderLabels([tr("File"), tr("Line"), tr("Reason"), tr("Row as read")])
        self.rejects.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rejects.verticalHeader().hide()
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.rejects.setTabKeyNavigation(False)
        layout.addWidget(self.rejects, 1)
        self._timer = QTimer(self, interval=PROGRESS_EVERY_MS)
        self._timer.timeout.connect(self._show_progress)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self._remove_selected)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.rejects_path.textEdited.connect(lambda _t: self.rejects_error.clear_error())
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def add_paths(self, paths: list[str | Path]) -> None:
        known = {str(p) for p in self.paths()}
        for path in paths:
            if str(path) not in known:
                self.files.addItem(str(path))
        self.files_error.clear_error()
        self._update_buttons()

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Files of the billing extract"), "",
                                                 self.tr("CSV files (*.csv);;All files (*)"))
        self.add_paths(chosen)

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update_buttons()

    def start(self) -> None:
        if self.jobs.busy:
            return
        for error in (self.files_error, self.rejects_error, self.error):
            error.clear_error()
        self.result.clear()
        paths = self.paths()
        if not paths:
            self.files_error.show_error(self.tr("Add the files to import first."))
            return
        asked = self.rejects_path.text().strip()
        self.watch = watch = ImportWatch()
        self.progress.setValue(0)
        self.progress_text.setText(self.tr("Checking the files…"))
        self._show_rejects(None)
        ctx = self._context
        self.jobs.run(import_files, ctx.db, ctx.actor, paths, rejects_path=Path(asked) if asked else None,
                      progress=watch.step, cancelled=watch.cancel.is_set,
                      on_done=self._on_done, on_error=self._on_error)
        self._timer.start()
        self._update_buttons()

    def cancel(self) -> None:
        if self.watch is not None and self.jobs.busy:
            self.watch.cancel.set()
            self.progress_text.setText(self.tr("Cancelling after the chunk being written…"))
            self.cancel_button.setEnabled(False)

    def _show_progress(self) -> None:
        watch = self.watch
        step = watch.latest if watch is not None else None
        if step is None or (watch.cancel.is_set() and self.jobs.busy):
            return
        share = step.done / step.total if step.total else 0.0  # display only
        self.progress.setValue(int(1000 * min(1.0, share)))
        self.progress_text.setText(self.tr("File {0} of {1}: {2} — {3:,} rows").format(
            min(watch.files_done + (0 if step.finished else 1), self.files.count()), self.files.count(),
            step.label, step.rows))

    def _on_done(self, report: ImportReport) -> None:
        self._finish()
        self.progress.setValue(1000)
        kinds = {"customers": self.tr("customers"), "accounts": self.tr("accounts"), "bills": self.tr("bills"),
                 "usage": self.tr("usage")}
        lines = [self.tr("{0}: {1}, {2:,} rows read, {3:,} kept, {4:,} rejected.").format(
            f.path.name, kinds.get(f.kind, f.kind), f.rows_read, f.rows_kept, f.rows_rejected) for f in report.files]
        lines += [f"{f.path.name}: {f.note}" for f in report.files if f.note]
        self.result.setText("\n".join(lines))
        self.progress_text.setText(self.tr("Done: {0:,} rows kept, {1:,} rejected.").format(
            report.rows_kept, report.rows_rejected))
        self._show_rejects(report.rejects_path)

    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, ImportCancelled):
            self.progress_text.setText(self.tr("Cancelled."))
            self.error.show_error(str(exc))
        elif isinstance(exc, ImportFileError):
            (self.rejects_error if exc.field == "rejects" else self.files_error).show_error(str(exc))
            self.progress_text.clear()
        else:
            self.error.show_error(error_message(exc))
            self.progress_text.clear()

    def _finish(self) -> None:
        self._timer.stop()
        self._update_buttons(running=False)

    def _show_rejects(self, path: Path | None) -> None:
        self.rejects.setRowCount(0)
        if path is None or not path.is_file():
            self.rejects_caption.clear()
            return
        rows, total = read_rejects(path)
        self.rejects_caption.setText(self.tr("{0:,} rejected rows, saved in {1}").format(total, path) if total
                                     else self.tr("No row rejected."))
        self.rejects.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row[:4]):
                item = QTableWidgetItem(Path(value).name if c == 0 else value)
                item.setToolTip(value)
                self.rejects.setItem(r, c, item)
        self.rejects.resizeColumnsToContents()

    def _update_buttons(self, running: bool | None = None) -> None:
        running = self.jobs.busy if running is None else running
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.add_button, self.remove_button, self.files, self.rejects_path):
            widget.setEnabled(not running)
