"""Start the counter: the application object, its style, sign-in, then the counter window."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

import cashier_app
from cashier_app.config import StationConfig
from cashier_app.db import Database
from cashier_app.ui.app_rules import install_app_rules
from cashier_app.ui.login_dialog import LoginDialog
from cashier_app.ui.main_window import MainWindow
from cashier_app.i18n import install_translator

RESOURCES = Path(cashier_app.__file__).resolve().parent.parent / "resources"
STYLE_SHEET = RESOURCES / "style.qss"
ICONS = RESOURCES / "icons"  # made by tools/make_icon.py (the .ico is the program's icon on Windows)


def app_icon() -> QIcon:
    """The app's icon at every size drawn (an empty icon if the files are missing: the app still runs)."""
    icon = QIcon()
    for path in sorted(ICONS.glob("cashier-app-*.png")):
        icon.addFile(str(path))
    return icon


def scaled_style_sheet(sheet: str, text_size: int) -> str:
    """The style sheet with every ``font-size: Npx`` scaled to ``text_size`` per cent."""
    if text_size == 100:
        return sheet
    return re.sub(r"font-size:\s*(\d+)px", lambda m: f"font-size: {round(int(m.group(1)) * text_size / 100)}px",
                  sheet)


def apply_style(app: QApplication, text_size: int = 100) -> None:
    """The calm, legible look of resources/style.qss (the app still works without it), its type at
    the station's ``text_size`` per cent (config.TEXT_SIZES)."""
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), 11) * text_size / 100)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    app.setStyle("Fusion")  # the same look on every desktop; the style sheet builds on it
    try:
        app.setStyleSheet(scaled_style_sheet(STYLE_SHEET.read_text(encoding="utf-8"), text_size))
    except OSError:
        pass


class CounterApp(QObject):
    """Sign-in first; once someone signed in, the counter window."""

    def __init__(self, db: Database, station: StationConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db, self._station = db, station
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None

    def start(self) -> None:
        self.login = LoginDialog(self._db, self._station)
        self.login.accepted.connect(self._on_signed_in)
        self.login.rejected.connect(self._on_cancelled)
        self.login.show()

    def _on_cancelled(self) -> None:
        QCoreApplication.exit(0)

    def _on_signed_in(self) -> None:
        assert self.login is not None and self.login.actor is not None
        self.window = MainWindow(self._db, self._station, self.login.actor, city_name=self.login.city_name)
        # The counter's one window, the whole screen (the geometry too, where no window manager maximizes).
        self.window.setGeometry(self.window.screen().availableGeometry())
        self.window.showMaximized()
        self.window.activateWindow()  # a kiosk PC has no window manager to give it the keyboard
        self.window.raise_()
        # The dialog stays referenced: dropping it here would delete it inside its own signal.


def application(text_size: int = 100, language: str = "") -> QApplication:
    """The application object with the counter's names, language (the station's, "" = the PC's),
    style (at the station's text size) and app-wide rules (made once; the setup assistant uses it
    before any station exists)."""
    app = QApplication.instance() or QApplication(sys.argv)
    install_translator(language)
    app.setApplicationName("cashier-app")
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Utility payments"))  # the City's name is in each title
    app.setOrganizationName("City of Shelby")
    app.setWindowIcon(app_icon())  # every window's, the taskbar's
    apply_style(app, text_size)
    install_app_rules()
    return app


def run_window(db: Database, station_config: StationConfig) -> int:
    """Open the counter (sign-in, then the window) and return the exit code when it closes."""
    app = application(station_config.text_size, station_config.language)
    counter = CounterApp(db, station_config)
    counter.start()
    return app.exec()
