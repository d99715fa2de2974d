"""The scenes tools/ui_screenshots.py drives the real windows through, one screenshot each."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from cashier_app.models import Account, Customer
from cashier_app.services.demo import DEMO_PASSWORDS
from cashier_app.services.drawers import my_session, open_session
from cashier_app.services.users import authenticate
from cashier_app.ui.login_dialog import LoginDialog
from cashier_app.ui.main_window import MainWindow
from cashier_app.ui.tender_kinds import CHECK


def run_scenes(shot, db, station, size: tuple[int, int]) -> None:  # noqa: ANN001
    # A question box would wait for a person: the tool answers Yes (a credit it did not plan for).
    QMessageBox.question = staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    _login(shot, db, station)
    actor = authenticate(db, "cashier", DEMO_PASSWORDS["cashier"], station.station)
    if my_session(db, actor) is None:  # the morning's float, counted before the first payment
        open_session(db, actor, {"$20": 3, "$10": 2, "$5": 3, "$1": 5})
    window = MainWindow(db, station, actor)
    window.resize(*size)
    window.move(0, 0)
    window.show()
    shot.wait(lambda: window.status.cashier.text() != f"Cashier: {actor.username}")
    first, second, third, *more = _customers_with_several_accounts(db)
    _account_and_payment(shot, window, first)
    _todays_payments(shot, window, second, third)
    _mailed_checks(shot, window, db)
    _lock(shot, window)
    _database_lost(shot, window, more)
    window.close()


def _login(shot, db, station) -> None:  # noqa: ANN001
    login = LoginDialog(db, station)
    login.show()
    shot.wait(login.isVisible)
    shot.save(login, "login.png")
    QTest.keyClicks(login.user, "cashier")
    QTest.keyClicks(login.password, "not-the-password")
    QTest.keyClick(login.password, Qt.Key.Key_Return)
    shot.wait(login.error.isVisible)
    shot.save(login, "login-error.png")
    login.close()


def _open(shot, window, name: str) -> None:  # noqa: ANN001
    window.lookup.field.setText(name)  # names may hold letters QTest cannot type (é)
    QTest.keyClick(window.lookup.field, Qt.Key.Key_Return)
    shot.wait(lambda: window.account.current is not None and window.payment.has_payment()
              and window.lookup.model.rowCount() > 0)


def _cash_covering(window) -> str:  # noqa: ANN001
    """Cash a customer hands over for what is due: the next $20 up."""
    total = window.payment.view.allocations_model.total()
    return str((total // 20 + 1) * 20)


def _post(shot, window) -> None:  # noqa: ANN001
    v = window.payment.view
    before = v.last_receipt.text()
    window.payment.post()
    errors = (v.post_error, v.allocation_error, v.editor.error, v.editor.amount_error)
    shot.wait(lambda: v.last_receipt.text() != before or any(e.isVisible() for e in errors))
    if v.last_receipt.text() == before:
        raise RuntimeError("not posted: " + " ".join(e.text() for e in errors))
    shot.wait(lambda: window.payment.view.print_state.text() not in ("", "Printing…"))
    shot.wait(lambda: not window.jobs.busy)


def _account_and_payment(shot, window, name: str) -> None:  # noqa: ANN001
    _open(shot, window, name)
    QTest.keyClicks(window.payment.view.editor.amount, "300")
    shot.save(window, "account.png")
    window.account.view.history_tabs.setCurrentIndex(1)
    shot.save(window, "usage-chart.png")
    window.account.view.history_tabs.setCurrentIndex(0)
    window.payment.view.editor.amount.clear()
    others = window.account.current.other_accounts
    window.account.add_requested.emit(others[0])  # the "Add to payment" button of the first other account
    editor = window.payment.view.editor
    window.payment.choose_tender(CHECK)
    QTest.keyClicks(editor.micr_line, "T053000196T 4417830021U 2214")
    QTest.keyClick(editor.micr_line, Qt.Key.Key_Return)
    editor.amount.setText("200.00")
    QTest.keyClick(editor.amount, Qt.Key.Key_Return)
    total = window.payment.view.allocations_model.total()
    QTest.keyClicks(editor.amount, str((total - Decimal("200.00") + Decimal("20")).quantize(Decimal("1"))))
    shot.save(window, "payment.png")
    _post(shot, window)
    shot.save(window, "after-payment.png")


def _todays_payments(shot, window, second: str, third: str) -> None:  # noqa: ANN001
    for name in (second, third):
        _open(shot, window, name)
        QTest.keyClicks(window.payment.view.editor.amount, _cash_covering(window))
        _post(shot, window)
    window.flow.show_todays_payments()
    dialog = window.flow.todays
    shot.wait(lambda: dialog.model.rowCount() == 3)
    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    dialog.start_void()
    voiding = dialog.void_dialog
    shot.wait(voiding.isVisible)
    QTest.keyClicks(voiding.reason, "Customer paid the wrong account")
    QTest.keyClicks(voiding.supervisor, "supervisor")
    QTest.keyClicks(voiding.password, "wrong-password")
    QTest.keyClick(voiding.password, Qt.Key.Key_Return)
    shot.wait(voiding.error.isVisible)
    shot.save(window, "void-dialog.png")
    QTest.keyClicks(voiding.password, DEMO_PASSWORDS["supervisor"])
    QTest.keyClick(voiding.password, Qt.Key.Key_Return)
    shot.wait(lambda: not voiding.isVisible() and dialog.model.rowCount() == 3 and dialog.model.payment(1).voided)
    shot.save(window, "todays-payments.png")
    dialog.reject()


def _mailed_checks(shot, window, db) -> None:  # noqa: ANN001
    from cashier_app.services.stubs import stub_barcode

    window.flow.show_mailed_checks()
    dialog = window.flow.mailed
    v = dialog.view
    shot.wait(dialog.isVisible)
    QTest.keyClicks(v.control_total, "412.90")
    QTest.keyClick(v.control_total, Qt.Key.Key_Return)
    shot.wait(lambda: v.pages.currentWidget() is v.entry_page)
    from cashier_app.services.balances import current_balances

    with db.read() as s:
        ids = dict(s.execute(select(Account.id, Account.account_number).order_by(Account.account_number)
                             .limit(40)).all())
        owed = [(ids[i], b) for i, b in current_balances(s, list(ids)).items() if b > 0][:3]
    import datetime as dt

    for (number, amount), check in zip(sorted(owed), ("3101", "588", "12044")):
        stub = stub_barcode(number, amount, dt.date.today() + dt.timedelta(days=10))
        v.account_field.setText(stub)
        QTest.keyClick(v.account_field, Qt.Key.Key_Return)
        shot.wait(lambda: v.account_label.text() != "")
        QTest.keyClicks(v.check_number, check)
        count = v.model.rowCount()
        QTest.keyClick(v.amount, Qt.Key.Key_Return)
        shot.wait(lambda count=count: v.model.rowCount() == count + 1 or v.entry_error.isVisible(), settle=0.05)
        if v.entry_error.isVisible():  # a credit question would stop here: take the next account
            break
    shot.save(window, "mailed-checks.png")
    dialog.reject()


def _lock(shot, window) -> None:  # noqa: ANN001
    window.flow.lock()
    screen = window.flow.lock_screen
    shot.wait(screen.isVisible)
    QTest.keyClicks(screen.password, "x")
    QTest.keyClick(screen.password, Qt.Key.Key_Return)
    shot.wait(screen.error.isVisible)
    shot.save(screen, "locked.png")
    screen.password.setText(DEMO_PASSWORDS["cashier"])
    QTest.keyClick(screen.password, Qt.Key.Key_Return)
    shot.wait(lambda: not window.locked)


def _database_lost(shot, window, names: list[str]) -> None:  # noqa: ANN001
    """Stand in for a lost connection: the post and the ping fail as a dropped server makes them."""
    from sqlalchemy.exc import OperationalError

    from cashier_app.services import health, payments

    def lost(*_a, **_k):
        raise OperationalError("SELECT 1", {}, ConnectionError("server closed the connection unexpectedly"))

    real_post, real_ping = payments.post_payment, health.ping
    for name in names:  # a customer who owes something
        _open(shot, window, name)
        if window.payment.view.allocations_model.total() > 0:
            break
    QTest.keyClicks(window.payment.view.editor.amount, _cash_covering(window))
    payments.post_payment, health.ping = lost, lost
    try:
        window.payment.post()
        shot.wait(lambda: window.payment.view.database_notice.isVisible())
        shot.save(window, "database-lost.png")
    finally:
        payments.post_payment, health.ping = real_post, real_ping
    window.database.ping()
    shot.wait(lambda: window.database.connected and not window.payment.waiting_for_database)
    shot.wait(lambda: not window.jobs.busy)
    QApplication.processEvents()


def _customers_with_several_accounts(db) -> list[str]:  # noqa: ANN001
    with db.read() as s:
        rows = s.execute(select(Customer.last_name, Customer.first_name).join(Account)
                         .group_by(Customer.id).having(func.count(Account.id) > 1).order_by(Customer.id)
                         .limit(12)).all()
    return [f"{r.last_name} {r.first_name}".strip() for r in rows]
