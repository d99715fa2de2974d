"""The bank-draft windows by keyboard (issue 13, item 5, as issue 12 asked of the counter's dialogs):
each page of the supervisor's Bank draft dialog and the enrollment form Tab in reading order,
Enter presses the focused button, Esc closes from wherever the focus is and the window under it
has the keyboard again."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from sqlalchemy import func, select

from cashier_app.models import DraftEnrollment
from tests.ui.conftest import SUPERVISOR_PASSWORD, find, open_account
from tests.ui.drawer_support import window_for
from tests.ui.test_keyboard import back_to_window, focused, tab_chain

def enrollment_count(db) -> int:  # noqa: ANN001
    with db.read() as s:
        return s.scalar(select(func.count(DraftEnrollment.id)))


# Each page: its Tab order from the tab bar, and a button Enter can press without writing anything.
PAGES = {
    "draftRunsPage": (["draftRunDate", "makeDraftRunButton", "draftRunReportTable", "draftRunNotes",
                       "draftRunsTable", "draftRunsRefresh"], "draftRunsRefresh"),
    "enrollmentsTodayPage": (["enrollmentsDay", "enrollmentsRefresh", "enrollmentsTable"], "enrollmentsRefresh"),
    "returnsPage": (["returnsFileField", "returnsChooseButton", "applyReturnsButton", "returnTraceField",
                     "returnCodeField", "returnNoteField", "recordReturnButton", "returnsReportTable"],
                    "applyReturnsButton"),
}


def test_every_bank_draft_page_tabs_in_order_enter_presses_and_esc_closes(qtbot, counter_db, station_config):
    win = window_for(qtbot, counter_db[0], station_config, "boss", SUPERVISOR_PASSWORD)
    qtbot.waitUntil(lambda: not win.jobs.busy)
    supervisor = win.flow

    def open_dialog():  # noqa: ANN202
        supervisor.show_supervisor()
        supervisor.supervisor.show_bank_draft()
        dialog = supervisor.supervisor.bank_draft_dialog
        qtbot.waitUntil(lambda: dialog.isVisible() and focused() is not None and dialog.isAncestorOf(focused()))
        return dialog

    dialog = open_dialog()
    assert [dialog.tabs.widget(i).objectName() for i in range(dialog.tabs.count())] == list(PAGES)
    for index, (name, (order, button_name)) in enumerate(PAGES.items()):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.widget(index)
        qtbot.waitUntil(lambda: not win.jobs.busy)  # the page read (its service calls run on the window's)
        bar = dialog.tabs.tabBar()
        bar.setFocus()
        qtbot.waitUntil(bar.hasFocus)
        assert tab_chain(qtbot, 60) == ["qt_tabwidget_tabbar", *order, "bankDraftClose"], name
        button = find(page, QPushButton, button_name)
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        with qtbot.waitSignal(button.clicked, timeout=2000):
            qtbot.keyClick(button, Qt.Key.Key_Return)
        if name == "returnsPage":  # no file chosen: said at its field, nothing applied
            qtbot.waitUntil(lambda: page.file_error.text() == "Choose the return file first.")
        # Esc from the page's first field closes the dialog; the supervisor screen has the keyboard.
        first = find(page, QWidget, order[0])
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        qtbot.keyClick(first, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        qtbot.waitUntil(lambda: QApplication.activeWindow() is supervisor.supervisor)
        qtbot.keyClick(focused() or supervisor.supervisor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not supervisor.supervisor.isVisible())
        back_to_window(qtbot, win)
        dialog = open_dialog()
        assert dialog.tabs.currentIndex() == index  # it opens where it was left
    dialog.reject()
    win.close()


def test_the_enrollment_form_tabs_in_order_and_esc_closes_it(qtbot, counter_db, station_config):
    win = window_for(qtbot, counter_db[0], station_config, "boss", SUPERVISOR_PASSWORD)
    qtbot.waitUntil(lambda: not win.jobs.busy)
    open_account(qtbot, win)
    qtbot.waitUntil(lambda: not win.jobs.busy)
    qtbot.keyClick(focused() or win, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.account.enrollment is not None and win.account.enrollment.isVisible())
    dialog = win.account.enrollment
    qtbot.waitUntil(lambda: not dialog.jobs.busy and focused() is not None and dialog.isAncestorOf(focused()))
    # The check reader first; the form's fields as the user guide walks them; the accounts, the scans,
    # Save, Close.
    assert tab_chain(qtbot, 60) == [
        "micr", "bank_account_name", "bank_name", "routing_number", "account_number", "account_number_again",
        "account_type", "phone", "email", "signed_on", "form_received", "voided_check_received", "form_location",
        "accounts", "signedFormScanChoose", "voidedCheckScanChoose", "saveEnrollment", "closeEnrollment"]
    close = find(dialog, QPushButton, "closeEnrollment")
    assert "Esc" in close.text()
    close.setFocus()
    qtbot.waitUntil(close.hasFocus)
    qtbot.keyClick(close, Qt.Key.Key_Return)  # Enter on the focused Close: closed, nothing saved
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_to_window(qtbot, win)
    qtbot.keyClick(focused() or win, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.account.enrollment is not None and win.account.enrollment.isVisible())
    dialog = win.account.enrollment
    qtbot.waitUntil(lambda: focused() is not None and dialog.isAncestorOf(focused()))
    email = find(dialog, QWidget, "email")
    email.setFocus()
    qtbot.waitUntil(email.hasFocus)
    qtbot.keyClicks(email, "renee@example.com")
    qtbot.keyClick(email, Qt.Key.Key_Escape)  # Esc from a field in the middle: closed, nothing saved
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_to_window(qtbot, win)
    assert enrollment_count(counter_db[0]) == 0
    win.close()
