"""The scans of an enrollment, for supervisors: an image is shown here (QPixmap); a PDF is opened in
the desktop's viewer from a private temporary copy (PySide6-Essentials has no QtPdf), deleted when
this window closes. Each viewing is audited by the service."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget

from cashier_app.services.drafts import documents
from cashier_app.services.drafts.documents import ScanContent
from cashier_app.services.drafts.draft_state import DraftState
from cashier_app.ui import supervisor_files
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import ErrorLabel, button_row, label, push_button

_ID = Qt.ItemDataRole.UserRole


class ScanViewer(QDialog):
    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanViewer")
        self.setWindowTitle(self.tr("Scans of the bank draft form"))
        self._context = context
        self.jobs = JobRunner(self)
        self._copies: list[Path] = []
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Scans kept with the enrollment"), "dialog-title"))
        row = QHBoxLayout()
        self.list = QListWidget(objectName="scanList")
        self.list.setMaximumWidth(240)
        row.addWidget(self.list)
        self.picture = QLabel(objectName="scanPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(objectName="scanScroll")
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        row.addWidget(scroll, 1)
        layout.addLayout(row, 1)
        self.error = ErrorLabel("scanError")
        layout.addWidget(self.error)
        self.close_button = push_button(self.tr("Close   Esc"), "scanClose")
        layout.addLayout(button_row(None, self.close_button))
        self.close_button.clicked.connect(self.reject)
        self.list.currentItemChanged.connect(lambda item, _old: self.show_scan(item))
        self.resize(900, 640)

    def open_for(self, state: DraftState) -> None:
        self.list.clear()
        self.picture.clear()
        self.error.clear_error()
        names = {"signed_form": self.tr("Signed form"), "voided_check": self.tr("Voided check")}
        for scan in state.scans:
            item = QListWidgetItem(f"{names.get(scan.kind, scan.kind)} ({max(1, scan.size // 1024)} KB)")
            item.setData(_ID, scan.document_id)
            self.list.addItem(item)
        self.open()
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def show_scan(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        ctx = self._context
        self.error.clear_error()
        self.jobs.run(documents.document_content, ctx.db, ctx.actor, int(item.data(_ID)), on_done=self._on_content,
                      on_error=lambda exc: self.error.show_error(error_message(exc)))

    def _on_content(self, scan: ScanContent) -> None:
        if scan.media_type == documents.PDF:
            self.picture.setText(self.tr("The PDF opens in the desktop's viewer."))
            self._open_pdf(scan)
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(scan.content):
            self.error.show_error(self.tr("This image cannot be shown."))
            return
        width = max(200, self.picture.width() - 20)
        self.picture.setPixmap(pixmap if pixmap.width() <= width else
                               pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))

    def _open_pdf(self, scan: ScanContent) -> None:
        fd, name = tempfile.mkstemp(prefix="draft-scan-", suffix=".pdf")  # 0600, a random name
        with os.fdopen(fd, "wb") as fh:
            fh.write(scan.content)
        self._copies.append(Path(name))
        supervisor_files.open_file(Path(name))

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self.jobs.wait_for_done(10_000)
        for copy in self._copies:
            copy.unlink(missing_ok=True)
        self._copies.clear()
        super().done(result)
