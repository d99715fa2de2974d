"""A box on the enrollment form where a scan is dropped (or picked from a folder): the signed form or
the voided check. The file is read and recognised in the background (documents.read_scan: PDF,
PNG or JPEG by content, 10 MB at most); the box says what it holds, or why it was refused."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from cashier_app.services.drafts import documents
from cashier_app.services.drafts.documents import Scan
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import ErrorLabel, label, push_button

SCAN_FILTER = "Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)"


class ScanDrop(QFrame):
    """Holds at most one scan of one kind; ``scan`` is None until a good file is dropped or chosen."""

    changed = Signal()

    def __init__(self, kind: str, caption: str, name: str, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("role", "card")
        self.setAcceptDrops(True)
        self.kind = kind
        self.scan: Scan | None = None
        self._jobs = jobs
        self._seq = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(label(caption, "field-caption"), 1)
        self.choose = push_button(self.tr("Choose…"), f"{name}Choose",
                                  self.tr("Pick the scanned file from a folder (PDF, PNG or JPEG)"), "small")
        row.addWidget(self.choose)
        layout.addLayout(row)
        self.shown = label(self.tr("Drop the scan here (optional)"), "hint", f"{name}File")
        self.shown.setWordWrap(True)
        layout.addWidget(self.shown)
        self.error = ErrorLabel(f"{name}Error")
        layout.addWidget(self.error)
        self.choose.clicked.connect(self.pick)

    def pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the scan"), str(Path.home()), SCAN_FILTER)
        if path:
            self.take(Path(path))

    def take(self, path: Path) -> None:
        """Read and recognise ``path`` in the background; the box shows the outcome."""
        self._seq += 1
        seq = self._seq
        self.error.clear_error()
        self.shown.setText(self.tr("Reading {0}…").format(documents.safe_file_name(path.name)))
        self._jobs.run(documents.read_scan, path, self.kind, on_done=lambda scan: self._on_read(seq, scan),
                       on_error=lambda exc: self._on_refused(seq, exc))

    def clear(self) -> None:
        self.scan = None
        self.error.clear_error()
        self.shown.setText(self.tr("Drop the scan here (optional)"))

    def _on_read(self, seq: int, scan: Scan) -> None:
        if seq != self._seq:
            return
        self.scan = scan
        kinds = {documents.PDF: "PDF", documents.PNG: "PNG", documents.JPEG: "JPEG"}
        self.shown.setText(self.tr("{0} — {1}, {2} KB").format(scan.file_name, kinds.get(scan.media_type, ""),
                                                              max(1, len(scan.content) // 1024)))
        self.changed.emit()

    def _on_refused(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self.scan = None
        self.shown.setText(self.tr("Drop the scan here (optional)"))
        self.error.show_error(error_message(exc))
        self.changed.emit()

    # -- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.take(files[0])
