"""Rules every window and dialog of the counter follows, installed once on the application, so a
dialog added later follows them without a line of its own:

- Enter (or keypad Enter) on a focused push button presses it, as Space does; elsewhere in a
  dialog Enter keeps doing what the dialog says (its default button, or its own handling).
- Tab leaves a table or list: no item view moves Tab from cell to cell (a view that wants it sets
  the property ``tabInsideCells``).
- A date field takes only possible years (FIRST_YEAR to this year + YEARS_AHEAD) unless it set its
  own range: a typed 5501 is refused where it is typed.
- A menu opens with its first enabled item selected, so Enter/arrows act at once.
- Every dialog fits the screen (dialog_fit.fit_dialog): its body scrolls, its buttons stay pinned.
- When a dialog or menu closes, the window under it is activated again: on a kiosk PC without a
  window manager nothing else does it, and the window's shortcuts (F12, F9, Ctrl+D) are ignored
  by Qt while no window is active.
"""
from __future__ import annotations

import logging

import shiboken6

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateTimeEdit, QDialog, QMenu, QPushButton, QToolButton, QWidget

from cashier_app import city_time
from cashier_app.ui.dialog_fit import fit_body, fit_dialog

log = logging.getLogger(__name__)
FIRST_YEAR, YEARS_AHEAD = 2000, 10  # the counter opened in the 2000s; drafts and due dates look ahead
_QT_FIRST_DAY, _QT_LAST_DAY = QDate(1752, 9, 14), QDate(9999, 12, 31)  # QDateEdit's own range
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def first_enabled_action(menu: QMenu):  # noqa: ANN201 - a QAction or None
    for action in menu.actions():
        if action.isEnabled() and action.isVisible() and not action.isSeparator():
            return action
    return None


def keep_years_possible(field: QDateTimeEdit) -> None:
    """Bound a date field left at Qt's range (years 1752 to 9999) to the years the counter can mean."""
    if field.minimumDate() <= _QT_FIRST_DAY and field.maximumDate() >= _QT_LAST_DAY:
        field.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(city_time.today().year + YEARS_AHEAD, 12, 31))


class AppRules(QObject):
    """The application's event filter for the rules above (see install_app_rules)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        try:
            return self._filter(watched, event)
        except Exception:  # noqa: BLE001 - a rule that fails must not take the event (or the app) with it
            log.exception("app rule failed on %s", type(watched).__name__)
            return False

    def _filter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._on_key(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.Polish:
            if isinstance(watched, QAbstractItemView) and not watched.property("tabInsideCells"):
                watched.setTabKeyNavigation(False)
            elif isinstance(watched, QDialog) and watched.isWindow():
                fit_body(watched)  # before its first size is worked out
            elif isinstance(watched, QDateTimeEdit):
                keep_years_possible(watched)
        elif kind == QEvent.Type.Show:
            if isinstance(watched, QMenu):
                QTimer.singleShot(0, watched, lambda menu=watched: self._select_first(menu))
            elif isinstance(watched, QDialog) and watched.isWindow():
                fit_dialog(watched)
        elif kind == QEvent.Type.Hide and isinstance(watched, (QDialog, QMenu)) and watched.isWindow():
            parent = watched.parentWidget()
            if parent is not None:  # (the timer dies with the window if the window goes first)
                window = parent.window()
                QTimer.singleShot(0, window, lambda: activate_after_close(window))
        return False

    @staticmethod
    def _on_key(watched: QObject, event: QKeyEvent) -> bool:
        if event.key() not in ENTER_KEYS or event.modifiers() not in _PLAIN:
            return False
        if not isinstance(watched, (QPushButton, QToolButton)) or not watched.hasFocus():
            return False
        if watched.isEnabled() and watched.isVisible() and not event.isAutoRepeat():
            watched.click()
        return True  # held down, or on a button that cannot be pressed: nothing else happens either

    @staticmethod
    def _select_first(menu: QMenu) -> None:
        if menu.isVisible() and menu.activeAction() is None:
            action = first_enabled_action(menu)
            if action is not None:
                menu.setActiveAction(action)


def activate_after_close(window: QWidget) -> None:
    """Give the keyboard back to the modal dialog still open, else to ``window`` (if nothing has it)."""
    app = QApplication.instance()
    if app is None or not shiboken6.isValid(window) or QApplication.activePopupWidget() is not None:
        return
    target = QApplication.activeModalWidget() or window
    if target is None or not target.isVisible() or QApplication.activeWindow() is target:
        return
    active = QApplication.activeWindow()
    if active is not None and active.isVisible():
        return  # a window manager (or the app) already gave it to another visible window
    target.activateWindow()
    target.raise_()


_installed: AppRules | None = None


def install_app_rules() -> AppRules:
    """Install the rules on the running QApplication (once; later calls return the same filter)."""
    global _installed
    app = QApplication.instance()
    if _installed is None:
        _installed = AppRules(app)
        app.installEventFilter(_installed)
    return _installed
