"""Every named widget of the counter window and its dialogs is listed in docs/ui-objects.md,
and every interactive one has a name (so tests, scanners and accessibility tools can find it)."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QComboBox, QFrame, QLabel, QLineEdit, QTabBar, QTabWidget,
    QWidget,
)

from tests.ui.conftest import open_account, press

DOC = Path(__file__).resolve().parents[2] / "docs" / "ui-objects.md"
INTERACTIVE = (QLineEdit, QAbstractButton, QAbstractItemView, QTabWidget)


def named_widgets(root: QWidget) -> list[QWidget]:
    """Widgets named by the app (Qt names its own parts qt_… or, in a tab bar, Scroll…Button)."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if w.objectName() and not w.objectName().startswith("qt_") and not isinstance(w.parent(), QTabBar)]


def test_every_named_widget_is_documented_and_every_interactive_one_is_named(qtbot, window):
    open_account(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F6)
    window.flow.show_todays_payments()
    window.flow.show_mailed_checks()
    window.flow.show_print_queue()
    window.flow.print_queue.start_no_sale()
    window.flow.lock()
    roots = [window, window.flow.todays, window.flow.mailed, window.flow.print_queue,
             window.flow.print_queue.no_sale, window.flow.lock_screen]
    check_names(roots)


def test_the_drawer_dialogs_and_the_supervisor_screen_are_named_and_documented(qtbot, counter_db, station_config):
    from cashier_app.ui.drawer_open_dialog import DrawerOpenDialog
    from tests.ui.conftest import SUPERVISOR_PASSWORD
    from tests.ui.drawer_support import window_for

    win = window_for(qtbot, counter_db[0], station_config, "boss", SUPERVISOR_PASSWORD)
    drawer = win.flow.drawer
    qtbot.waitUntil(lambda: drawer.session is not None)
    drawer.show_pickup()
    drawer.count_drawer()
    win.flow.show_supervisor()
    win.flow.supervisor.show_returned_checks()
    opening = DrawerOpenDialog(win.context, win)
    try:
        check_names([win, drawer.menu, drawer.pickup, drawer.counting, opening, win.flow.supervisor,
                     win.flow.supervisor.returned_dialog])
    finally:
        opening.reject()
        win.close()


def test_the_bank_draft_windows_are_named_and_documented(qtbot, counter_db, station_config):
    from cashier_app.ui.drafts.enrollments_today import EnrollmentsTodayPage
    from cashier_app.ui.drafts.scan_viewer import ScanViewer
    from tests.ui.conftest import SUPERVISOR_PASSWORD
    from tests.ui.drawer_support import window_for

    win = window_for(qtbot, counter_db[0], station_config, "boss", SUPERVISOR_PASSWORD)
    try:
        open_account(qtbot, win)
        win.account.enroll()
        qtbot.waitUntil(lambda: win.account.enrollment is not None and not win.account.enrollment.jobs.busy)
        viewer = ScanViewer(win.context, win)
        page = EnrollmentsTodayPage(win.context)
        qtbot.addWidget(page)
        check_names([win, win.account.enrollment, viewer, page])
        win.account.enrollment.reject()
    finally:
        win.close()


def check_names(roots: list[QWidget]) -> None:
    # letters, and underscores for the enrollment form's fields (named as in docs/formats.md)
    documented = set(re.findall(r"`([a-zA-Z_]+)`", DOC.read_text(encoding="utf-8")))
    missing, unnamed = set(), []
    for root in roots:
        for widget in named_widgets(root):
            if isinstance(widget, (*INTERACTIVE, QLabel, QAbstractScrollArea)) or widget is root:
                if widget.objectName() not in documented:
                    missing.add(widget.objectName())
        for widget in (w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)):
            inside_another = isinstance(widget.parent(), (QLineEdit, QTabWidget, QTabBar, QAbstractItemView)) or (
                widget.parent() is not None and widget.parent().objectName().startswith("qt_")) or (
                isinstance(widget.parent(), QFrame) and isinstance(widget.parent().parent(), QComboBox))  # its popup
            if not widget.objectName() and not inside_another:
                unnamed.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    assert not missing, f"named in the code, not in docs/ui-objects.md: {sorted(missing)}"
    assert not unnamed, f"interactive widgets without an objectName: {unnamed}"


def test_the_administration_window_is_named_and_documented(qtbot, counter_db, station_config):
    from cashier_app.models import Role
    from tests.factories import make_user
    from tests.ui.drawer_support import window_for

    db, _ = counter_db
    make_user(db, "root", roles=(Role.ADMINISTRATOR, Role.SUPERVISOR, Role.CASHIER), password="amber-quarry-58")
    win = window_for(qtbot, db, station_config, "root", "amber-quarry-58")
    try:
        win.flow.show_administration()
        dialog = win.flow.administration
        qtbot.waitUntil(dialog.isVisible)
        check_names([win, dialog])
    finally:
        win.close()
