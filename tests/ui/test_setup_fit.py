"""The setup assistant on small screens and from the keyboard (issue 13, item 5): every page at
1280x720, 1366x768 and 1366x768 at 125 % (1093x614) inside the screen, its buttons pinned in sight,
nothing clipped; Tab through the fields in order, Enter goes to the next field and on the last one
means Next, Enter on a focused button presses it, Esc cancels without writing.

CASHIER_SCREENSHOTS=DIR saves each page as a PNG (docs/screenshots/setup-*.png come from there).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cashier_app.ui import dialog_fit
from cashier_app.ui.app import apply_style
from cashier_app.ui.app_rules import install_app_rules
from tests.ui.fit_check import dialog_problems
from tests.ui.test_screen_sizes import french_length  # noqa: F401 - a fixture
from tests.ui.setup_support import ADMIN_PASSWORD, home_files, open_assistant, page_name, press_next

SIZES = {"1280x720": (1280, 720), "1366x768": (1366, 768), "1093x614": (1093, 614)}


@pytest.fixture
def styled_app():
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    apply_style(app)
    install_app_rules()
    yield app
    app.setStyleSheet(sheet)
    app.setFont(font)


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("CASHIER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


@pytest.mark.parametrize("words", ["english", "french-length"])
@pytest.mark.parametrize("size", list(SIZES))
def test_every_page_fits_the_screen_with_its_buttons_in_sight(qtbot, styled_app, monkeypatch, size, words,
                                                              request):
    if words != "english":  # every string 40 % longer (fit_check.LongerWords)
        request.getfixturevalue("french_length")
    screen = QRect(0, 0, *SIZES[size])
    monkeypatch.setattr(dialog_fit, "available_rect", lambda _widget: screen)
    assistant = open_assistant(qtbot)
    qtbot.waitUntil(assistant.isVisible)
    failures = []

    def check(name: str) -> None:
        qtbot.wait(30)
        shot(assistant, f"setup-{name}-{size}-{words}.png")
        failures.extend(f"{name}: {p}" for p in dialog_problems(assistant, screen))

    assistant.pages[0].server.setChecked(True)  # the tallest state of the first page
    assistant.pages[0].host.setText("no-such-server.invalid")
    assistant.pages[0].test.click()
    qtbot.waitUntil(lambda: not assistant.jobs.busy, timeout=20_000)
    check("database-server")
    assistant.pages[0].local.setChecked(True)
    check("database")
    while True:
        if page_name(assistant) == "setupAdminPage":
            assistant.pages[3].password.setText(ADMIN_PASSWORD)
            assistant.pages[3].again.setText(ADMIN_PASSWORD)
        here = page_name(assistant)
        if here == "setupFinishPage":
            break
        press_next(qtbot, assistant)
        name = page_name(assistant).removeprefix("setup").removesuffix("Page").lower()
        if name == "keys":
            assistant.pages[4].copy.setChecked(True)  # the file rows shown
            check("keys-copied")
            assistant.pages[4].make.setChecked(True)
        check(name)
    assert not failures, "\n".join(failures)


def test_keyboard_tab_enter_and_esc(qtbot, styled_app, cashier_home):
    assistant = open_assistant(qtbot)
    assistant.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is assistant)
    page = assistant.pages[0]
    page.server.setChecked(True)
    page.host.setFocus()
    qtbot.waitUntil(page.host.hasFocus)
    names = []
    for _ in range(12):
        names.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert names[:10] == ["setupHost", "setupPort", "setupDatabaseName", "setupUser", "setupPassword",
                          "setupTestConnection", "setupCancel", "setupNext", "setupLocalDatabase", "setupHost"], names
    page.local.setChecked(True)  # Enter on a choice: Next
    page.local.setFocus()
    qtbot.keyClick(page.local, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_name(assistant) == "setupStationPage", timeout=20_000)
    station = assistant.pages[1]
    qtbot.waitUntil(station.name.hasFocus)
    qtbot.keyClick(station.name, Qt.Key.Key_Return)  # Enter in a field: the next field
    assert station.prefix.hasFocus() and page_name(assistant) == "setupStationPage"
    qtbot.keyClick(station.prefix, Qt.Key.Key_Return)  # in the last one: Next
    qtbot.waitUntil(lambda: page_name(assistant) == "setupPrinterPage")
    assistant.back.setFocus()
    qtbot.waitUntil(assistant.back.hasFocus)
    qtbot.keyClick(assistant.back, Qt.Key.Key_Return)  # Enter on a focused button presses it
    assert page_name(assistant) == "setupStationPage"
    with qtbot.waitSignal(assistant.rejected, timeout=2000):
        qtbot.keyClick(assistant.pages[1].name, Qt.Key.Key_Escape)
    assert home_files(cashier_home) == []


# Each page's Tab order from where the page puts the cursor (Tab comes back round to it): its fields
# in reading order, then Cancel, Back and Next. The keys page with "make new keys" chosen; "copy them
# from the first station" adds its file fields.
PAGE_CHAINS = {
    "setupDatabasePage": ["setupLocalDatabase", "setupTestConnection", "setupCancel", "setupNext"],
    "setupStationPage": ["setupStationName", "setupReceiptPrefix", "setupCancel", "setupBack", "setupNext"],
    "setupPrinterPage": ["setupPrinterProfile", "setupPrintTest", "setupOpenDrawer", "setupCancel", "setupBack",
                         "setupNext"],
    "setupAdminPage": ["setupAdminPassword", "setupAdminAgain", "setupCancel", "setupBack", "setupNext",
                       "setupAdminUser"],
    "setupKeysPage": ["setupMakeKeys", "setupCancel", "setupBack", "setupNext"],
    "setupFinishPage": ["setupHomeFolder", "setupCancel", "setupBack", "setupNext"],
}
COPIED_KEYS_CHAIN = ["setupMakeKeys", "setupAuditKeyFile", "setupAuditKeyChoose", "setupDraftKeyFile",
                     "setupDraftKeyChoose", "setupCancel", "setupBack", "setupNext"]


def walk_to(qtbot, assistant, name: str) -> None:  # noqa: ANN001
    assistant.pages[0].local.setChecked(True)
    while page_name(assistant) != name:
        if page_name(assistant) == "setupAdminPage":
            assistant.pages[3].password.setText(ADMIN_PASSWORD)
            assistant.pages[3].again.setText(ADMIN_PASSWORD)
        press_next(qtbot, assistant)


def cursor_in(assistant) -> bool:  # noqa: ANN001
    widget = QApplication.focusWidget()
    return widget is not None and assistant.isAncestorOf(widget)


def test_every_page_tabs_in_reading_order(qtbot, styled_app, cashier_home):
    from tests.ui.test_keyboard import tab_chain

    assistant = open_assistant(qtbot)
    assistant.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is assistant)
    for name, chain in PAGE_CHAINS.items():
        walk_to(qtbot, assistant, name)
        qtbot.waitUntil(lambda: cursor_in(assistant))
        assert tab_chain(qtbot) == chain, name
        if name == "setupKeysPage":
            assistant.pages[4].copy.setChecked(True)
            assistant.pages[4].make.setFocus()
            qtbot.waitUntil(assistant.pages[4].make.hasFocus)
            assert tab_chain(qtbot) == COPIED_KEYS_CHAIN
            assistant.pages[4].make.setChecked(True)
    assistant.reject()
    assert home_files(cashier_home) == []


@pytest.mark.parametrize("name", [n for n in PAGE_CHAINS if n != "setupDatabasePage"])  # (the first: above)
def test_esc_cancels_on_every_page_and_enter_on_back_goes_back(qtbot, styled_app, cashier_home, name):
    assistant = open_assistant(qtbot)
    assistant.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is assistant)
    walk_to(qtbot, assistant, name)
    names = list(PAGE_CHAINS)
    assistant.back.setFocus()
    qtbot.waitUntil(assistant.back.hasFocus)
    qtbot.keyClick(assistant.back, Qt.Key.Key_Return)  # Enter on the focused Back: the page before
    assert page_name(assistant) == names[names.index(name) - 1]
    walk_to(qtbot, assistant, name)
    qtbot.waitUntil(lambda: cursor_in(assistant))
    with qtbot.waitSignal(assistant.rejected, timeout=2000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert home_files(cashier_home) == []  # nothing written before Finish
