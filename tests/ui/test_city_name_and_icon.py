"""The window for a long day (issue 13, item 5): the City's name (setting city.name) in the titles
and the header, the product's name when it is blank or before a database exists; the app's icon on
every window and in the Windows build."""
from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from cashier_app.services.settings import set_setting
from cashier_app.ui import app as app_module
from cashier_app.ui.login_dialog import LoginDialog
from tests.ui.conftest import open_window, text_of

ROOT = Path(__file__).resolve().parents[2]


def test_the_citys_name_comes_from_its_setting(qtbot, counter_db, station_config, admin):
    db, _ids = counter_db
    set_setting(db, admin, "city.name", "Town of Boiling Springs")
    login = LoginDialog(db, station_config)
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.city_name == "Town of Boiling Springs")
    assert login.windowTitle() == "Sign in — Town of Boiling Springs utility payments"
    assert text_of(login, "loginTitle") == "Town of Boiling Springs"
    win = open_window(qtbot, db, station_config)
    assert win.windowTitle() == "Town of Boiling Springs — Utility payments — Station S1"
    assert text_of(win, "headerTitle") == "Town of Boiling Springs"
    win.flow.lock()
    assert win.flow.lock_screen.windowTitle() == "Locked — Town of Boiling Springs utility payments"
    win.flow.lock_screen.release()
    win.flow._on_settings_saved({"city.name": ""})  # the Settings page saved a blank name: the product's
    assert win.windowTitle() == "Utility payments — Station S1" and text_of(win, "headerTitle") == "Utility payments"
    win.close()


def test_the_default_name_is_shelbys(qtbot, counter_db, station_config):
    win = open_window(qtbot, counter_db[0], station_config)
    assert win.windowTitle() == "City of Shelby — Utility payments — Station S1"
    win.close()


def test_the_setup_assistant_has_no_citys_name_yet(qtbot, cashier_home):
    from cashier_app.ui.setup.assistant import SetupAssistant

    assistant = SetupAssistant()
    qtbot.addWidget(assistant)
    assert assistant.windowTitle() == "Set up this station — Utility payments"


def test_the_app_icon_is_set_at_every_size(qapp):
    app_module.application()
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    assert not icon.pixmap(QSize(16, 16)).isNull()


def test_the_icon_files_are_one_drawing(qapp):
    icons = ROOT / "resources" / "icons"
    assert QSvgRenderer(str(icons / "cashier-app.svg")).isValid()
    with Image.open(icons / "cashier-app.ico") as ico:
        assert {(16, 16), (24, 24), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons / "cashier-app-16.png") as small:
        # legible at 16x16: the navy tile, the white receipt and the green check all present
        colours = {small.getpixel((x, y))[:3] for x in range(16) for y in range(16) if small.getpixel((x, y))[3] == 255}
        assert (0x1d, 0x3f, 0x66) in colours and (255, 255, 255) in colours
        assert any(g > r + 40 and g > b + 20 for r, g, b in colours)


def test_the_build_uses_the_icon():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'icon = root / "resources" / "icons" / "cashier-app.ico"' in spec
    assert spec.count("icon=str(icon)") == 2
