"""Idle lock: after the idle time without input, a lock screen covers the window; only the
signed-in cashier's password unlocks it, and nothing on the counter screen is lost."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from tests.ui.conftest import PASSWORD, find, open_account, open_window, tender_amount

IDLE_MS = 300


def test_idle_window_locks_and_only_the_password_unlocks_it(qtbot, counter_db, station_config):
    window = open_window(qtbot, counter_db[0], station_config, idle_lock_ms=IDLE_MS)
    open_account(qtbot, window)
    qtbot.keyClicks(tender_amount(window), "150")
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    lock = window.flow.lock_screen
    assert lock.isVisible() and QApplication.activeModalWidget() is lock
    assert lock.geometry() == window.geometry()  # it covers the counter
    window.shortcuts["F12"].activated.emit()  # keys of the window do nothing while locked
    assert not window.payment.posting

    password = find(lock, QLineEdit, "unlockPassword")
    qtbot.keyClicks(password, "not-my-password")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    error = find(lock, QLabel, "unlockError")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Wrong user name or password." and window.locked
    qtbot.keyClick(password, Qt.Key.Key_Escape)  # Esc does not unlock either
    assert window.locked

    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert not lock.isVisible()
    # Nothing on screen was lost: the account, the payment, the cash typed, the cursor.
    assert window.account.current.account_number == "1000001"
    assert window.payment.view.allocations_model.total() == Decimal("128.45")
    assert tender_amount(window).text() == "150"
    assert QApplication.focusWidget() is tender_amount(window)
    window.close()


def test_ctrl_l_locks_at_once(qtbot, window):
    qtbot.keyClick(find(window, QLineEdit, "lookupField"), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    lock = window.flow.lock_screen
    lock.password.setText(PASSWORD)
    lock.button.click()
    qtbot.waitUntil(lambda: not window.locked)


def test_no_lock_while_the_cashier_works(qtbot, counter_db, station_config):
    # A key every 100 ms for 1.2 s: never idle for 600 ms (twice the other tests' idle time, so a
    # busy test machine's pause of a few hundred ms between two keys does not count as idle).
    window = open_window(qtbot, counter_db[0], station_config, idle_lock_ms=2 * IDLE_MS)
    field = find(window, QLineEdit, "lookupField")
    for _ in range(12):
        qtbot.keyClick(field, Qt.Key.Key_A)
        qtbot.wait(100)
    assert not window.locked
    window.close()
