"""The supervisor's "Bank draft" dialog: one tab per part of the work: the runs (make, read, void,
mark sent), the enrollments taken today, and the bank's returns. More pages slot in with
:meth:`add_page`."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from cashier_app.ui.context import CounterContext
from cashier_app.ui.drafts.enrollments_today import EnrollmentsTodayPage
from cashier_app.ui.drafts.returns_page import ReturnsPage
from cashier_app.ui.drafts.runs_page import RunsPage
from cashier_app.ui.widgets import label, push_button


class BankDraftDialog(QDialog):
    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankDraftDialog")
        self.setWindowTitle(self.tr("Bank draft"))
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Bank draft"), "dialog-title"))
        self.tabs = QTabWidget(objectName="draftTabs")
        layout.addWidget(self.tabs, 1)
        self.runs_page = RunsPage(context, self)
        self.add_page(self.runs_page, self.tr("Runs"))
        self.enrollments_page = EnrollmentsTodayPage(context, self)
        self.add_page(self.enrollments_page, self.tr("Enrollments today"))
        self.returns_page = ReturnsPage(context, self)
        self.add_page(self.returns_page, self.tr("Returns"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = push_button(self.tr("Close   Esc"), "bankDraftClose", self.tr("Back to the supervisor screen"))
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.tabs.currentChanged.connect(self._on_page_shown)
        self.resize(1080, 880)

    def add_page(self, widget: QWidget, title: str) -> int:
        """Add a page (a tab) titled ``title``; a page with ``open_fresh()`` is refreshed each time it
        is shown. Returns its index."""
        return self.tabs.addTab(widget, title)

    def open_fresh(self) -> None:
        self.open()
        self.activateWindow()
        self._on_page_shown(self.tabs.currentIndex())

    def _on_page_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is not None and hasattr(page, "open_fresh") and self.isVisible():
            page.open_fresh()
