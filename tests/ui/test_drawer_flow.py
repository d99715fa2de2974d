"""A cashier's drawer through the window: open with a float, payments, a pick-up, the blind count,
the supervisor's approval, then the day close on the supervisor screen."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton
from sqlalchemy import select

from cashier_app.models import CashPickup, DrawerSession, User
from cashier_app.services import drawers
from cashier_app.services.drawers import ItemCount
from cashier_app.services.users import authenticate
from cashier_app.ui import supervisor_files
from cashier_app.ui.drawer_models import SessionColumn
from tests.factories import FLOAT, make_user
from tests.ui.conftest import (
    PASSWORD, SUPERVISOR_PASSWORD, find, open_account, post_and_wait, press, tender_amount, text_of,
)
from tests.ui.drawer_support import click, type_into, type_units, window_for
from tests.ui.test_payment import add_other_account


@pytest.fixture
def opened_files(monkeypatch):
    opened = []
    monkeypatch.setattr(supervisor_files, "open_file", lambda path: opened.append(path) or True)
    return opened


@pytest.fixture
def yes(monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    return asked


def session_of(db, username):
    with db.read() as s:
        user = s.scalar(select(User).where(User.username == username))
        return s.scalars(select(DrawerSession).where(DrawerSession.cashier_id == user.id)).all()


def close_balanced(db, username, password):
    """Count a drawer that took no payment: the float exactly, so it closes by itself."""
    actor = authenticate(db, username, password, "S1")
    session = drawers.my_session(db, actor)
    return drawers.submit_count(db, actor, session.id, FLOAT, ItemCount(), ItemCount())


def pay_by_check_and_cash(qtbot, win):
    """$188.45 for two accounts: a $100.00 check (1234) and $100.00 cash, $11.55 change."""
    open_account(qtbot, win)
    add_other_account(qtbot, win)
    press(qtbot, win, Qt.Key.Key_F6)
    qtbot.keyClick(find(win, QLineEdit, "micrLine"), Qt.Key.Key_Return)
    qtbot.keyClicks(find(win, QLineEdit, "checkNumber"), "1234")
    qtbot.keyClick(find(win, QLineEdit, "checkNumber"), Qt.Key.Key_Return)
    qtbot.keyClicks(tender_amount(win), "100")
    qtbot.keyClick(tender_amount(win), Qt.Key.Key_Return)
    qtbot.keyClicks(tender_amount(win), "100")
    post_and_wait(qtbot, win, "S1-000001")


def test_open_payments_pickup_blind_count_close_and_day_close(qtbot, counter_db, station_config, yes, opened_files):
    db, _ids = counter_db
    make_user(db, "dana", password=PASSWORD, drawer=False)
    win = window_for(qtbot, db, station_config, "dana", PASSWORD)
    flow = win.flow.drawer

    # Signed in without a drawer: the float dialog comes up at once; the status bar says so.
    qtbot.waitUntil(lambda: flow.opening is not None and flow.opening.isVisible())
    assert text_of(win, "statusDrawer") == "No drawer open"
    opening = flow.opening
    type_units(qtbot, opening, {"$20": "3", "$10": "2", "$5": "3", "$1": "5"})
    assert text_of(opening, "cashCountTotal") == "$100.00"
    click(opening, "drawerOpenConfirm")
    qtbot.waitUntil(lambda: text_of(win, "statusDrawer") == "Drawer open · float $100.00")
    assert not opening.isVisible()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)

    # Payments: cash in the drawer is now 100 + 100 - 11.55 = 188.45, and one check.
    pay_by_check_and_cash(qtbot, win)

    # A pick-up at the counter: the supervisor types their password for it.
    flow.show_pickup()
    pickup = flow.pickup
    assert find(pickup, QLineEdit, "supervisorUser").isVisibleTo(pickup)
    type_units(qtbot, pickup, {"$20": "5"})
    type_into(qtbot, pickup, "supervisorUser", "boss")
    type_into(qtbot, pickup, "supervisorPassword", SUPERVISOR_PASSWORD)
    click(pickup, "pickupConfirm")
    qtbot.waitUntil(lambda: not pickup.isVisible())
    with db.read() as s:
        picked = s.scalar(select(CashPickup))
        assert picked.amount == Decimal("100.00")
        assert s.get(User, picked.supervisor_id).username == "boss"

    # The blind count: no expected figure anywhere before it is submitted. $5.00 short in cash.
    qtbot.waitUntil(lambda: flow.session is not None and flow.session.pickups == Decimal("100.00"))
    flow.count_drawer()
    count = flow.counting
    qtbot.waitUntil(lambda: count.view.items_model.rowCount() == 1)
    shown = " ".join(lab.text() for lab in count.findChildren(QLabel) if lab.isVisibleTo(count))
    assert "88.45" not in shown and "Expected" not in shown
    assert count.view.balances_model.rowCount() == 0
    type_units(qtbot, count, {"$20": "4", "$1": "3", "25c": "1", "10c": "2"})
    assert text_of(count, "cashCountTotal") == "$83.45"
    type_into(qtbot, count, "countChecksNumber", "1")
    type_into(qtbot, count, "countChecksTotal", "100.00")
    count.view.items_model.set_ticked(0, True)
    click(count, "countSubmit")
    qtbot.waitUntil(lambda: count.view.pages.currentIndex() == 1)
    cash = count.view.balances_model.row(0)
    assert (cash.kind, cash.expected, cash.counted, cash.difference) == (
        "cash", Decimal("88.45"), Decimal("83.45"), Decimal("-5.00"))
    assert text_of(count, "countOverShort") == "Over/short, all tenders: −$5.00"
    assert text_of(count, "countOutcome") == (
        "$5.00 short, above the $1.00 threshold: recorded, waiting for a supervisor's approval with a note; "
        "until then the drawer takes no payment.")
    qtbot.waitUntil(lambda: text_of(win, "statusDrawer") == "Drawer counted — waiting for approval")

    # The supervisor approves on the spot, with a note; the session closes with its shortage.
    type_into(qtbot, count, "differenceNote", "Recounted twice; $5 short in ones")
    type_into(qtbot, count, "supervisorUser", "boss")
    type_into(qtbot, count, "supervisorPassword", SUPERVISOR_PASSWORD)
    click(count, "approveDifferenceButton")
    qtbot.waitUntil(lambda: "with Boss's approval" in text_of(count, "countOutcome"))
    qtbot.waitUntil(lambda: text_of(win, "statusDrawer") == "No drawer open")
    [dana] = session_of(db, "dana")
    assert dana.state == "closed" and dana.difference_note == "Recounted twice; $5 short in ones"
    click(count, "countDone")
    win.close()

    # The day close, on the supervisor's screen: refused while drawers are open, then done.
    boss = window_for(qtbot, db, station_config, "boss", SUPERVISOR_PASSWORD)
    boss.flow.show_supervisor()
    screen = boss.flow.supervisor
    qtbot.waitUntil(lambda: screen.view.model.rowCount() == 3)
    model = screen.view.model
    states = {model.data(model.index(r, SessionColumn.CASHIER)): model.data(model.index(r, SessionColumn.STATE))
              for r in range(3)}
    assert states == {"Dana": "Closed", "Cashier": "Open", "Boss": "Open"}
    click(screen, "closeDayButton")
    qtbot.waitUntil(lambda: "still not closed" in text_of(screen, "dayError"))
    close_balanced(db, "cashier", PASSWORD)
    close_balanced(db, "boss", SUPERVISOR_PASSWORD)
    screen.refresh()
    click(screen, "closeDayButton")
    qtbot.waitUntil(lambda: "was closed by Boss" in text_of(screen, "dayState"))
    assert not find(screen, QPushButton, "closeDayButton").isEnabled()

    # Its papers: the day report, the deposit slip, the posting export (then again, confirmed).
    click(screen, "dayReportPdfButton")
    qtbot.waitUntil(lambda: text_of(screen, "supervisorNotice").startswith("Day report written"))
    click(screen, "depositSlipButton")
    qtbot.waitUntil(lambda: text_of(screen, "supervisorNotice").startswith("Deposit slip written"))
    click(screen, "postingExportButton")
    qtbot.waitUntil(lambda: text_of(screen, "supervisorNotice").startswith("Posting export written"))
    click(screen, "postingExportButton")
    qtbot.waitUntil(lambda: text_of(screen, "supervisorNotice").startswith("Re-export written"))
    assert [p.suffix for p in opened_files[:2]] == [".pdf", ".pdf"] and all(p.exists() for p in opened_files)
    boss.close()
