"""A keyboard-only cashier (issue 12): Tab through each dialog in order, Enter presses the focused
button, Esc does what the buttons say, no table keeps Tab, the window is active again after a
dialog or menu closes, a payment with money in it is never replaced silently, dates refuse
impossible years, the F4 menu opens on its first enabled item."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QMessageBox, QPushButton, QTableView, QWidget

from cashier_app.services import business_day
from cashier_app.services.payment_search import PaymentSummary
from cashier_app.ui.app_rules import install_app_rules
from cashier_app.ui.drawer_open_dialog import DrawerOpenDialog
from cashier_app.ui.login_dialog import LoginDialog
from cashier_app.ui.void_dialog import VoidDialog
from tests.ui.conftest import (
    PASSWORD, SUPERVISOR_PASSWORD, find, open_account, payment_count, post_button, press, tender_amount,
)
from tests.ui.drawer_support import click, window_for


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_chain(qtbot, limit: int = 40) -> list[str]:
    """The objectNames Tab visits from the focused widget until it comes back to it (a section of a
    date field is visited once per section, as Qt does: each is counted once here)."""
    start = focused()
    assert start is not None, "nothing has the focus"
    names, widget = [], start
    for _ in range(limit):
        if not names or names[-1] != widget.objectName():
            names.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = focused()
        if widget is start:
            return names
    raise AssertionError(f"Tab never came back to {start.objectName()}: {names}")


def back_to_window(qtbot, win) -> None:
    """After a dialog closes the counter window is active again, without the test activating it."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def test_enter_on_a_focused_button_presses_it(qtbot, counter_db, station_config):
    db, _ = counter_db
    install_app_rules()
    login = LoginDialog(db, station_config)
    qtbot.addWidget(login)
    login.show()
    login.user.setText("cashier")
    login.password.setText(PASSWORD)
    quit_button = find(login, QPushButton, "loginCancel")
    quit_button.setFocus()
    qtbot.waitUntil(quit_button.hasFocus)
    with qtbot.waitSignal(login.rejected, timeout=2000):
        qtbot.keyClick(quit_button, Qt.Key.Key_Return)
    login.show()
    sign_in = find(login, QPushButton, "loginButton")
    sign_in.setFocus()
    qtbot.waitUntil(sign_in.hasFocus)
    with qtbot.waitSignal(login.accepted, timeout=10_000):
        qtbot.keyClick(sign_in, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert login.actor is not None and login.actor.username == "cashier"


MAYBE_ENABLED = {"sessionApproveButton"}
CASH_UNITS = [f"cashUnit{word}" for word in ("Hundred", "Fifty", "Twenty", "Ten", "Five", "Two", "One", "DollarCoin",
                                               "HalfDollar", "Quarter", "Dime", "Nickel", "Penny", "QuarterRoll",
                                               "DimeRoll", "NickelRoll", "PennyRoll")]


def a_payment() -> PaymentSummary:
    posted = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.timezone.utc)
    return PaymentSummary(1, "S1-000001", posted, "S1", "Cashier", 1, ("1000001",), Decimal("50.00"),
                          Decimal("50.00"), Decimal("0.00"), "Cash $50.00", False)


def shown(dialog):  # noqa: ANN001, ANN201
    dialog.open()
    return dialog


# Each dialog: how to open it over the window, the Tab order from where it puts the focus (None:
# checked in the test), its close button (its label says Esc, or Close), and the dialogs under it.
DIALOGS = {
    "count": (lambda w: (w.flow.drawer.count_drawer(), w.flow.drawer.counting)[1],
              CASH_UNITS + ["countChecksNumber", "countChecksTotal", "countMoneyOrdersNumber", "countMoneyOrdersTotal",
                            "countItems", "countCancel", "countSubmit"], "countCancel", lambda w: []),
    "pickup": (lambda w: (w.flow.drawer.show_pickup(), w.flow.drawer.pickup)[1], None, "pickupCancel", lambda w: []),
    "open": (lambda w: shown(DrawerOpenDialog(w.context, w)), CASH_UNITS + ["drawerOpenCancel", "drawerOpenConfirm"],
             "drawerOpenCancel", lambda w: []),
    "todays": (lambda w: (w.flow.show_todays_payments(), w.flow.todays)[1],
               ["paymentSearch", "allStationsCheck", "todaysPayments", "closePaymentsButton"], "closePaymentsButton",
               lambda w: []),
    "void": (lambda w: shown(VoidDialog(w.context, a_payment(), w)),
             ["voidReason", "supervisorUser", "supervisorPassword", "voidCancel", "voidConfirm"], "voidCancel",
             lambda w: []),
    "queue": (lambda w: (w.flow.show_print_queue(), w.flow.print_queue)[1],
              ["printQueueTable", "printQueueStation", "noSaleButton", "printQueueClose"], "printQueueClose",
              lambda w: []),
    "nosale": (lambda w: (w.flow.show_print_queue(), w.flow.print_queue.start_no_sale(), w.flow.print_queue.no_sale)[2],
               ["noSaleReason", "noSaleCancel", "noSaleConfirm"], "noSaleCancel", lambda w: [w.flow.print_queue]),
    "mailed": (lambda w: (w.flow.show_mailed_checks(), w.flow.mailed)[1],
               ["batchControlTotal", "openBatchButton", "leaveBatchButton"], "leaveBatchButton", lambda w: []),
    "supervisor": (lambda w: (w.flow.show_supervisor(), w.flow.supervisor)[1],
                   ["sessionsTable", "sessionPickupButton", "sessionCountButton", "sessionApprovalNote",
                    "closeDayButton", "dayReportPdfButton", "dayReportCsvButton", "depositSlipButton",
                    "postingExportButton", "returnedChecksButton", "bankDraftButton", "supervisorClose", "supervisorDate",
                    "refreshSessionsButton"], "supervisorClose", lambda w: []),
    "bankdraft": (lambda w: (w.flow.show_supervisor(), w.flow.supervisor.show_bank_draft(),
                             w.flow.supervisor.bank_draft_dialog)[2],
                  ["qt_tabwidget_tabbar", "draftRunDate", "makeDraftRunButton", "draftRunReportTable", "draftRunNotes",
                   "draftRunsTable", "draftRunsRefresh", "bankDraftClose"], "bankDraftClose",
                  lambda w: [w.flow.supervisor]),
    "returned": (lambda w: (w.flow.show_supervisor(), w.flow.supervisor.show_returned_checks(),
                            w.flow.supervisor.returned_dialog)[2],
                 ["returnedSearch", "returnedFindButton", "returnedResults", "returnedReason", "returnedClose"],
                 "returnedClose", lambda w: [w.flow.supervisor]),
}


def test_each_dialog_tabs_in_order_and_enter_and_esc_do_what_the_buttons_say(qtbot, counter_db, station_config):
    db, _ = counter_db
    win = window_for(qtbot, db, station_config, "boss", SUPERVISOR_PASSWORD)
    qtbot.waitUntil(lambda: not win.jobs.busy and win.flow.drawer.session is not None)
    for name, (show, order, close_name, under) in DIALOGS.items():
        dialog = show(win)
        qtbot.waitUntil(lambda: dialog.isVisible() and focused() is not None and dialog.isAncestorOf(focused()))
        qtbot.waitUntil(lambda: not win.jobs.busy and not getattr(getattr(dialog, "jobs", None), "busy", False))
        qtbot.wait(20)
        chain = [n for n in tab_chain(qtbot) if n not in MAYBE_ENABLED]
        if order is None:  # the pick-up: the cash table, then the supervisor, then its buttons
            assert chain[0] == "cashUnitHundred" and chain[-4:] == [
                "supervisorUser", "supervisorPassword", "pickupCancel", "pickupConfirm"], (name, chain)
        else:
            # A button enabled by what the rows say (Approve difference) may be in the chain or not.
            assert chain == order, (name, str(chain))
        close = find(dialog, QPushButton, close_name)
        assert "Esc" in close.text() or close.text().startswith("Close"), close.text()
        # Enter on the focused close button closes the dialog, and nothing else happens.
        close.setFocus()
        qtbot.waitUntil(close.hasFocus)
        qtbot.keyClick(close, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        # Esc closes it as well, from wherever the focus is inside it.
        dialog = show(win)
        qtbot.waitUntil(lambda: dialog.isVisible() and focused() is not None and dialog.isAncestorOf(focused()))
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        for parent in under(win):  # the dialog it came from has the keyboard again; Esc closes it too
            qtbot.waitUntil(lambda: QApplication.activeWindow() is parent)
            qtbot.keyClick(focused() or parent, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: not parent.isVisible())
        back_to_window(qtbot, win)
    assert win.flow.drawer.session.state == "open"  # Cancel and Esc on the count submitted nothing
    # The window's keys work again at once (a kiosk PC has no window manager to activate it).
    press(qtbot, win, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: win.flow.todays.isVisible())
    win.flow.todays.reject()
    win.close()


def test_no_table_keeps_tab(qtbot, window):
    open_account(qtbot, window)
    history = find(window, QTableView, "billHistory")
    assert not history.tabKeyNavigation()
    history.setFocus()
    qtbot.waitUntil(history.hasFocus)
    history.setCurrentIndex(history.model().index(0, 0))
    qtbot.keyClick(history, Qt.Key.Key_Tab)
    assert not history.hasFocus()
    window.flow.show_mailed_checks()
    mailed = window.flow.mailed
    qtbot.waitUntil(mailed.isVisible)
    checks = find(mailed, QTableView, "batchChecks")
    assert not checks.tabKeyNavigation()
    for table in window.findChildren(QTableView) + mailed.findChildren(QTableView):
        assert not table.tabKeyNavigation(), table.objectName()
    mailed.reject()


def test_the_drawer_menu_opens_on_its_first_enabled_item_and_enter_takes_it(qtbot, window):
    flow = window.flow
    qtbot.waitUntil(lambda: flow.drawer.session is not None)  # open: "Open drawer" is disabled
    press(qtbot, window, Qt.Key.Key_F4)
    menu = flow.drawer.menu
    qtbot.waitUntil(menu.isVisible)
    assert not flow.drawer.open_action.isEnabled()
    assert menu.activeAction() is flow.drawer.pickup_action
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.drawer.pickup is not None and flow.drawer.pickup.isVisible())
    flow.drawer.pickup.reject()
    back_to_window(qtbot, window)


def test_after_the_drawer_opens_from_the_post_prompt_focus_is_on_post(qtbot, counter_db, station_config,
                                                                     monkeypatch):
    db, _ = counter_db
    from tests.factories import make_user
    make_user(db, "dana", password=PASSWORD, drawer=False)
    win = window_for(qtbot, db, station_config, "dana", PASSWORD)
    qtbot.waitUntil(lambda: win.flow.drawer.opening is not None and win.flow.drawer.opening.isVisible())
    click(win.flow.drawer.opening, "drawerOpenCancel")
    back_to_window(qtbot, win)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    open_account(qtbot, win)
    qtbot.keyClicks(tender_amount(win), "300")
    press(qtbot, win, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: win.flow.drawer.opening is not None and win.flow.drawer.opening.isVisible())
    opening = win.flow.drawer.opening
    for field in opening.table.fields.values():
        field.clear()
    opening.table.fields["$20"].setText("5")
    # Enter through the fields ends on Open drawer, and Enter there opens it (issue 12: it was dead).
    last_roll = opening.table.fields["roll-1c"]
    last_roll.setFocus()
    qtbot.keyClick(last_roll, Qt.Key.Key_Return)
    confirm = find(opening, QPushButton, "drawerOpenConfirm")
    qtbot.waitUntil(confirm.hasFocus)
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not opening.isVisible())
    back_to_window(qtbot, win)
    qtbot.waitUntil(lambda: post_button(win).hasFocus())
    assert win.payment.has_tenders()
    qtbot.keyClick(post_button(win), Qt.Key.Key_Return)  # Enter posts the $300 cash payment
    qtbot.waitUntil(lambda: payment_count(db) == 1)
    win.close()


def test_a_payment_with_money_in_it_is_replaced_only_when_the_cashier_says_so(qtbot, window, monkeypatch):
    open_account(qtbot, window)
    qtbot.keyClicks(tender_amount(window), "300")  # typed, not yet added
    answers = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: answers.append(a[1]) or QMessageBox.StandardButton.No)
    others = window.account.view.other_accounts
    others.setFocus()
    others.setCurrentRow(0)
    qtbot.keyClick(others, Qt.Key.Key_Return)  # open the other account instead
    assert answers == ["Replace the payment?"]
    assert window.account.current.account_number == "1000001"
    assert tender_amount(window).text() == "300" and window.payment.has_tenders()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(others, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.account.current.account_number == "1000002")
    qtbot.waitUntil(lambda: not window.payment.has_tenders())


def test_a_payment_without_money_is_replaced_without_a_question(qtbot, window, monkeypatch):
    open_account(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest_fail("asked"))
    others = window.account.view.other_accounts
    others.setFocus()
    others.setCurrentRow(0)
    qtbot.keyClick(others, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.account.current.account_number == "1000002")


def pytest_fail(why: str):  # noqa: ANN201
    raise AssertionError(why)


def test_the_business_date_refuses_an_impossible_year(qtbot, counter_db, station_config):
    db, _ = counter_db
    win = window_for(qtbot, db, station_config, "boss", SUPERVISOR_PASSWORD)
    win.flow.show_supervisor()
    screen = win.flow.supervisor
    qtbot.waitUntil(screen.isVisible)
    date = find(screen, QDateEdit, "supervisorDate")
    assert date.minimumDate() == QDate(2000, 1, 1)
    assert date.maximumDate().year() <= business_day.today().year + 10
    date.setFocus()
    date.setCurrentSection(QDateEdit.Section.YearSection)
    before = date.date()
    qtbot.keyClicks(date, "5501")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert date.date().year() != 5501 and QDate(2000, 1, 1) <= date.date() <= date.maximumDate()
    assert date.date().year() == before.year() or date.date().year() <= business_day.today().year + 10
    screen.reject()
    win.close()
