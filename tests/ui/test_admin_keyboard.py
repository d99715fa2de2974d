"""The Administration window by keyboard (issue 13, item 5): Tab goes through each page in reading
order and leaves its tables, Enter presses the focused button and saves from the last field, Esc
closes the window and the counter gets the keyboard back."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from cashier_app.models import Setting, User
from tests.ui import admin_support
from tests.ui.admin_support import settled
from tests.ui.test_keyboard import back_to_window, focused, tab_chain

admin_window = admin_support.admin_window

ROLES = ["Cashier", "Supervisor", "Administrator"]
CHAINS = {
    "adminUsersPage": ["usersTable", *(f"roles{r}" for r in ROLES), "saveRolesButton", "resetPassword",
                       "resetPasswordAgain", "resetPasswordButton", "disableUserButton", "newUsername", "newFullName",
                       "newPassword", "newPasswordAgain", *(f"newRole{r}" for r in ROLES), "addUserButton"],
    "adminStationPage": ["stationPrinterProfile", "printTestButton", "drawerTestButton", "stationPrinterSave",
                         "receiptsFolder", "receiptsFolderChoose", "receiptsFolderSave", "stationTextSize",
                         "stationTextSizeSave", "stationLanguage", "stationLanguageSave",
                         "stationReceiptLanguage", "stationReceiptLanguageSave"],
    "adminImportPage": ["importFiles", "importAddButton", "importRemoveButton", "importRejectsPath",
                        "importStartButton", "importRejects"],
    "adminBackupsPage": ["backupNowButton", "backupFolder", "backupFolderChoose", "backupKeepDays",
                         "backupScheduleSave", "restoreButton"],
}


def test_tab_goes_through_each_page_in_order(qtbot, admin_window, counter_db):
    win, dialog = admin_window
    sqlite_only = set() if counter_db[0].is_sqlite else {"backupNowButton", "restoreButton"}  # off on PostgreSQL
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
    for index, page in enumerate(dialog.pages()):
        dialog.tabs.setCurrentIndex(index)
        settled(qtbot, win, page)
        bar = dialog.tabs.tabBar()
        bar.setFocus()
        qtbot.waitUntil(bar.hasFocus)
        chain = tab_chain(qtbot, 80)
        assert chain[0] == "qt_tabwidget_tabbar" and chain[-1] == "adminClose", chain
        if page.objectName() == "adminSettingsPage":  # its buttons, then every setting in its group's order
            assert chain[1:3] == ["settingsUndoButton", "settingsSaveButton"]
            assert chain[3:-1] == [page.fields[k].objectName() for k in page.fields], chain
        else:
            expected = [name for name in CHAINS[page.objectName()] if name not in sqlite_only]
            assert chain[1:-1] == expected, (page.objectName(), chain)


def test_enter_presses_the_focused_button_and_saves_from_the_last_field(qtbot, admin_window, counter_db):
    db, _ = counter_db
    win, dialog = admin_window
    page = dialog.users_page
    settled(qtbot, win, page)
    page.add_button.setFocus()
    qtbot.waitUntil(page.add_button.hasFocus)
    qtbot.keyClick(page.add_button, Qt.Key.Key_Return)  # nothing typed: refused at the user name
    qtbot.waitUntil(page.username_error.isVisible)
    assert "user name" in page.username_error.text()
    with db.read() as s:
        users = s.scalar(select(func.count(User.id)))
    qtbot.keyClicks(page.new_username, "erin")
    qtbot.keyClicks(page.new_password, "granite-violet-31")
    qtbot.keyClicks(page.new_password_again, "granite-violet-31")
    qtbot.keyClick(page.new_password_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.notice.text() == "User erin added.")
    with db.read() as s:
        assert s.scalar(select(func.count(User.id))) == users + 1
    settings = dialog.settings_page
    dialog.tabs.setCurrentWidget(settings)
    qtbot.waitUntil(lambda: settings.typed("returned_check.fee") == "25.00")
    field = settings.fields["returned_check.fee"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "27.50")
    qtbot.keyClick(field, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: settings.notice.text() == "Saved: returned_check.fee.")
    with db.read() as s:
        assert s.get(Setting, "returned_check.fee").value == "27.50"


def test_esc_closes_it_and_the_counter_has_the_keyboard_again(qtbot, admin_window):
    win, dialog = admin_window
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        back_to_window(qtbot, win)
        qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_A,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(dialog.isVisible)
    assert dialog.tabs.currentIndex() == dialog.tabs.count() - 1  # it opens where it was left
