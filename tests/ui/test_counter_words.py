"""Words on the counter screens: the count's result, the Payments column, other accounts' names."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from cashier_app.services import business_day
from cashier_app.services.approvals import approve
from cashier_app.services.day_report import day_report
from cashier_app.services.drawers import BalanceLine, SessionView
from cashier_app.services.payments import AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment
from cashier_app.services.users import authenticate
from cashier_app.services.voids import void_payment
from cashier_app.ui.count_outcome import count_outcome
from cashier_app.ui.drawer_models import SessionColumn
from tests.ui.conftest import PASSWORD, SUPERVISOR_PASSWORD, open_account, text_of
from tests.ui.drawer_support import click, type_units, window_for

D = Decimal


def _session(state: str, *lines: tuple[str, str, int, int], approved_by: str = "", note: str = "",
             missing: int = 0) -> SessionView:
    balances = tuple(BalanceLine(kind, D("100.00"), D("100.00") + D(diff), D(diff), expected, counted)
                     for kind, diff, expected, counted in lines)
    return SessionView(1, "S1", 2, "Dana", dt.date(2026, 3, 2), state, D("100.00"), dt.datetime(2026, 3, 2, 8),
                       None, None, 3, D("0.00"), balances, state == "counted", approved_by, note, D("1.00"), missing)


def test_a_count_within_the_threshold_says_short_within_recorded_and_closed(qtbot, window):
    flow = window.flow.drawer
    qtbot.waitUntil(lambda: flow.session is not None)
    flow.count_drawer()
    count = flow.counting
    type_units(qtbot, count, {"$20": "3", "$10": "2", "$5": "3", "$1": "4"})  # $99.00 of a $100.00 float
    click(count, "countSubmit")
    qtbot.waitUntil(lambda: count.view.pages.currentIndex() == 1)
    assert text_of(count, "countOverShort") == "Over/short, all tenders: −$1.00"
    assert text_of(count, "countOutcome") == ("$1.00 short, within the $1.00 threshold: recorded, drawer closed. "
                                              "Float counted at opening: $100.00.")
    assert "Balanced" not in text_of(count, "countOutcome")
    click(count, "countDone")


@pytest.mark.parametrize("session, sentence", [
    (_session("closed", ("cash", "0", 0, 0)),
     "Exact, nothing over or short: recorded, drawer closed. Float counted at opening: $100.00."),
    (_session("closed", ("cash", "0.75", 0, 0)),
     "$0.75 over, within the $1.00 threshold: recorded, drawer closed. Float counted at opening: $100.00."),
    (_session("closed", ("cash", "-0.50", 0, 0), ("check", "0.25", 1, 1)),
     "Cash $0.50 short, checks $0.25 over, each within the $1.00 threshold: recorded, drawer closed. "
     "Float counted at opening: $100.00."),
    (_session("counted", ("cash", "-5.00", 0, 0), ("check", "0.50", 2, 2), missing=2),
     "Cash $5.00 short, checks $0.50 over, cash above the $1.00 threshold; 2 checks or money orders not ticked "
     "in the list: recorded, waiting for a supervisor's approval with a note; until then the drawer takes no payment."),
    (_session("counted", ("cash", "0", 0, 0), ("check", "-20.00", 2, 1), missing=1),
     "Checks $20.00 short, above the $1.00 threshold; Checks: 1 counted, 2 expected; 1 check or money order "
     "not ticked in the list: recorded, waiting for a supervisor's approval with a note; until then the drawer "
     "takes no payment."),
    (_session("closed", ("cash", "-5.00", 0, 0), approved_by="Pat Okafor", note="recounted"),
     "$5.00 short, above the $1.00 threshold: recorded, drawer closed with Pat Okafor's approval (“recounted”). "
     "Float counted at opening: $100.00."),
])
def test_the_count_sentence_names_amount_direction_threshold_and_outcome(qapp, session, sentence):
    assert count_outcome(session) == sentence


def _pay(db, cashier, account_id: int, amount: str) -> int:
    request = PaymentRequest(new_client_token(), (AllocationRequest(account_id, D(amount)),),
                             (TenderRequest("cash", D(amount)),))
    return post_payment(db, cashier, request).payment_id


def test_the_payments_column_counts_what_the_day_report_counts(qtbot, counter_db, station_config):
    db, ids = counter_db
    cashier = authenticate(db, "cashier", PASSWORD, "S1")
    _pay(db, cashier, ids["obrien"], "10.00")
    _pay(db, cashier, ids["obrien"], "12.00")
    voided = _pay(db, cashier, ids["obrien2"], "5.00")
    void_payment(db, cashier, voided, "wrong account", approve(db, "boss", SUPERVISOR_PASSWORD, "payment.void", cashier))

    boss = window_for(qtbot, db, station_config, "boss", SUPERVISOR_PASSWORD)
    boss.flow.show_supervisor()
    screen = boss.flow.supervisor
    model = screen.view.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    shown = {model.data(model.index(r, SessionColumn.CASHIER)): model.data(model.index(r, SessionColumn.PAYMENTS))
             for r in range(model.rowCount())}
    reported = {g.name: g.payments for g in day_report(db, boss.context.actor, business_day.today()).cashiers}
    assert shown["Cashier"] == str(reported["Cashier"]) == "2"
    assert "voided ones not counted" in model.headerData(SessionColumn.PAYMENTS, Qt.Orientation.Horizontal,
                                                         Qt.ItemDataRole.ToolTipRole)
    screen.reject()
    boss.close()


def test_other_accounts_rows_have_accessible_names(qtbot, window):
    open_account(qtbot, window)
    others = window.account.view.other_accounts
    assert others.count() == 1
    item = others.item(0)
    row = others.itemWidget(item)
    assert row.accessibleName() == "Account 1000002, 9 Grover St, balance $60.00"
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == row.accessibleName()
    button = row.findChild(QPushButton, "addToPayment")
    assert button.accessibleName() == "Add account 1000002 to the payment"
