"""The Administration window: one tab per part of an administrator's work (Ctrl+Shift+A, or the
header's Administration button). Each page calls the same services as `cashier-app`, in the
background; a refusal is shown at the field it is about and nothing is written."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from cashier_app.ui.context import CounterContext
from cashier_app.ui.widgets import label, push_button

#: The window's shortcut in the counter window (free there: Ctrl+Shift+Enter is the mailed checks').
ADMIN_KEY = "Ctrl+Shift+A"
WIDTH, HEIGHT = 1100, 760
FRAME_ROOM = 16  # the window's border, both sides


class AdministrationDialog(QDialog):
    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cashier_app.ui.admin.backups_page import BackupsPage
        from cashier_app.ui.admin.import_page import ImportPage
        from cashier_app.ui.admin.settings_page import SettingsPage
        from cashier_app.ui.admin.station_page import StationPage
        from cashier_app.ui.admin.users_page import UsersPage

        self.setObjectName("adminDialog")
        self.setWindowTitle(self.tr("Administration"))
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Administration"), "dialog-title"))
        self.tabs = QTabWidget(objectName="adminTabs")
        layout.addWidget(self.tabs, 1)
        self.users_page = UsersPage(context, self)
        self.tabs.addTab(self.users_page, self.tr("Users"))
        self.station_page = StationPage(context, self)
        self.tabs.addTab(self.station_page, self.tr("Station and printer"))
        self.settings_page = SettingsPage(context, self)
        self.tabs.addTab(self.settings_page, self.tr("Settings"))
        self.import_page = ImportPage(context, self)
        self.tabs.addTab(self.import_page, self.tr("Billing import"))
        self.backups_page = BackupsPage(context, self)
        self.tabs.addTab(self.backups_page, self.tr("Backups"))
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = push_button(self.tr("Close   Esc"), "adminClose", self.tr("Back to the counter"))
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.tabs.currentChanged.connect(self._on_page_shown)
        self.resize(WIDTH, HEIGHT)

    def pages(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def open_fresh(self) -> None:
        from cashier_app.ui import dialog_fit

        # As wide as the screen allows, less its border (dialog_fit bounds the height).
        room = dialog_fit.available_rect(self)
        self.resize(min(WIDTH, room.width() - FRAME_ROOM), min(HEIGHT, room.height()))
        self.open()
        self.activateWindow()
        self._on_page_shown(self.tabs.currentIndex())

    def _on_page_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is not None and hasattr(page, "open_fresh") and self.isVisible():
            page.open_fresh()

    def reject(self) -> None:
        if any(getattr(p, "busy", False) for p in self.pages()):
            return  # an import or a restore is on its way: its page says how to stop it
        super().reject()

    def shut(self) -> None:
        """The counter window closes: stop what the pages are doing and close."""
        for page in self.pages():
            if hasattr(page, "cancel"):
                page.cancel()
        super().reject()

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        for page in self.pages():
            jobs = getattr(page, "jobs", None)
            if jobs is not None:
                jobs.wait_for_done(30_000)
        super().done(result)


def station_config_path(context: CounterContext) -> Path | None:
    """The station config file this window was started with (None: the default one)."""
    path = getattr(context.station, "path", "")
    return Path(path) if path else None
