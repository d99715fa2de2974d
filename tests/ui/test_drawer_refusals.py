"""Drawer input the services refuse: the message at the field typed, nothing changed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlalchemy import func, select

from cashier_app.models import DrawerCount
from cashier_app.services import drawers
from cashier_app.services.drawers import ItemCount
from cashier_app.services.users import authenticate
from cashier_app.ui.cash_count_table import unit_field_name
from cashier_app.ui.drawer_models import SessionColumn
from tests.factories import FLOAT, make_user
from tests.ui.conftest import (
    PASSWORD, SUPERVISOR_PASSWORD, find, open_account, payment_count, press, tender_amount, text_of,
)
from tests.ui.drawer_support import click, type_into, type_units, window_for
from tests.ui.test_drawer_flow import session_of


def closing_counts(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(DrawerCount.id)).where(DrawerCount.phase == "closing"))


def test_a_negative_float_quantity_is_refused_at_its_field_and_opens_nothing(qtbot, counter_db, station_config):
    db, _ = counter_db
    make_user(db, "dana", password=PASSWORD, drawer=False)
    win = window_for(qtbot, db, station_config, "dana", PASSWORD)
    qtbot.waitUntil(lambda: win.flow.drawer.opening is not None and win.flow.drawer.opening.isVisible())
    opening = win.flow.drawer.opening
    type_units(qtbot, opening, {"$20": "-3", "$1": "5"})
    assert text_of(opening, "cashCountTotal") == "?"
    click(opening, "drawerOpenConfirm")
    qtbot.waitUntil(lambda: text_of(opening, "cashCountBillsError") != "")
    assert "$20 bills: a count cannot be negative" in text_of(opening, "cashCountBillsError")
    field = find(opening, QLineEdit, unit_field_name("$20"))
    assert field.property("role") == "invalid" and QApplication.focusWidget() is field
    assert session_of(db, "dana") == [] and opening.isVisible()
    qtbot.keyClicks(field, "3")  # typing again clears the mark
    assert field.property("role") == "" and not text_of(opening, "cashCountBillsError")
    win.close()


def test_a_non_integer_count_and_a_bad_check_total_are_refused_at_their_fields(qtbot, window, counter_db):
    db, _ = counter_db
    qtbot.waitUntil(lambda: window.flow.drawer.session is not None)
    window.flow.drawer.count_drawer()
    count = window.flow.drawer.counting
    type_units(qtbot, count, {"$1": "2.5"})
    click(count, "countSubmit")
    qtbot.waitUntil(lambda: "enter a whole number" in text_of(count, "cashCountBillsError"))
    assert find(count, QLineEdit, unit_field_name("$1")).property("role") == "invalid"
    type_units(qtbot, count, {"$1": "100"})
    type_into(qtbot, count, "countChecksNumber", "1")
    type_into(qtbot, count, "countChecksTotal", "abc")
    click(count, "countSubmit")
    qtbot.waitUntil(lambda: text_of(count, "countChecksError").startswith("Checks total"))
    assert QApplication.focusWidget() is find(count, QLineEdit, "countChecksTotal")
    type_into(qtbot, count, "countChecksNumber", "-1")
    type_into(qtbot, count, "countChecksTotal", "")
    click(count, "countSubmit")
    qtbot.waitUntil(lambda: "cannot be negative" in text_of(count, "countChecksError"))
    assert count.view.pages.currentIndex() == 0 and count.view.balances_model.rowCount() == 0
    assert closing_counts(db) == 0
    [session] = session_of(db, "cashier")
    assert session.state == "open"
    count.reject()


def test_a_supervisor_cannot_approve_a_difference_on_their_own_drawer(qtbot, counter_db, station_config):
    db, _ = counter_db
    boss = authenticate(db, "boss", SUPERVISOR_PASSWORD, "S1")
    session = drawers.my_session(db, boss)
    drawers.submit_count(db, boss, session.id, {"$20": "3"}, ItemCount(), ItemCount())  # $40 short
    win = window_for(qtbot, db, station_config, "boss", SUPERVISOR_PASSWORD)
    qtbot.waitUntil(lambda: text_of(win, "statusDrawer") == "Drawer counted — waiting for approval")
    win.flow.show_supervisor()
    screen = win.flow.supervisor
    qtbot.waitUntil(lambda: screen.view.model.rowCount() == 2)
    row = next(r for r in range(2) if screen.view.model.row(r).cashier == "Boss")
    screen.view.table.setCurrentIndex(screen.view.model.index(row, 0))
    type_into(qtbot, screen, "sessionApprovalNote", "short, my own")
    click(screen, "sessionApproveButton")
    qtbot.waitUntil(lambda: "cannot approve their own drawer" in text_of(screen, "sessionsError"))
    [mine] = session_of(db, "boss")
    assert mine.state == "counted" and mine.approved_by_id is None
    win.close()


def test_posting_without_an_open_drawer_says_so_and_offers_to_open_it(qtbot, counter_db, station_config,
                                                                      monkeypatch):
    db, _ = counter_db
    make_user(db, "dana", password=PASSWORD, drawer=False)
    win = window_for(qtbot, db, station_config, "dana", PASSWORD)
    qtbot.waitUntil(lambda: win.flow.drawer.opening is not None and win.flow.drawer.opening.isVisible())
    first = win.flow.drawer.opening
    click(first, "drawerOpenCancel")  # "not now"
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    open_account(qtbot, win)
    qtbot.keyClicks(tender_amount(win), "130")
    press(qtbot, win, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Open your drawer session" in text_of(win, "postError"))
    assert asked and "Count the opening float now?" in asked[0]
    qtbot.waitUntil(lambda: win.flow.drawer.opening is not first and win.flow.drawer.opening.isVisible())
    assert payment_count(db) == 0 and win.payment.has_payment()  # the payment stays on screen
    win.close()


def test_a_supervisor_counts_an_absent_cashiers_drawer_from_the_supervisor_screen(qtbot, counter_db, station_config):
    db, _ids = counter_db
    boss = window_for(qtbot, db, station_config, "boss", SUPERVISOR_PASSWORD)
    boss.flow.show_supervisor()
    screen = boss.flow.supervisor
    qtbot.waitUntil(lambda: screen.view.model.rowCount() == 2)
    model = screen.view.model
    row = next(r for r in range(2) if model.data(model.index(r, SessionColumn.CASHIER)) == "Cashier")
    screen.view.table.setCurrentIndex(model.index(row, 0))
    click(screen, "sessionCountButton")
    dialog = screen.count_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert "Cashier's drawer" in text_of(dialog, "countTitle")
    type_units(qtbot, dialog, {code: str(q) for code, q in FLOAT.items()})  # the float exactly: nothing was taken
    click(dialog, "countSubmit")
    qtbot.waitUntil(lambda: dialog.session.state == "closed")
    qtbot.waitUntil(lambda: any(model.data(model.index(r, SessionColumn.STATE)) == "Closed" for r in range(2)))
    dialog.reject()
    boss.close()


def test_the_re_export_question_names_the_earlier_export_whole(qtbot, counter_db, station_config, monkeypatch):
    from cashier_app.services.posting_export import ExportRefused

    db, _ids = counter_db
    boss = window_for(qtbot, db, station_config, "boss", SUPERVISOR_PASSWORD)
    boss.flow.show_supervisor()
    screen = boss.flow.supervisor
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_a: asked.append(text) or QMessageBox.StandardButton.No)
    screen._on_export_refused(ExportRefused("La journée du 1 déc. a déjà été exportée (…). Rien n'a été écrit.",
                                            "again", earlier_export="La journée du 1 déc. a déjà été exportée (…)."))
    assert asked and asked[0].startswith("La journée du 1 déc. a déjà été exportée (…).\n\n")
    assert "Rien n'a été écrit" not in asked[0]
    assert screen.view.day_error.text() == "Not exported again."
    boss.close()
