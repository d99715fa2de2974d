"""The database goes away while the cashier posts: the payment stays on screen and posts once
when it is back (same client token), by itself or when the cashier presses F12 again."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from cashier_app.services import health, payments
from tests.ui.conftest import open_account, payment_count, press, tender_amount, text_of

KEPT = "Database unavailable — the payment is kept on screen"


def connection_lost() -> OperationalError:
    return OperationalError("INSERT INTO payments ...", {}, ConnectionError("server closed the connection"))


@pytest.fixture
def database(monkeypatch):
    """Switches the database "off" for the window's ping; posts fail as the test says."""
    state = {"down": False, "posts": 0}
    real_ping, real_post = health.ping, payments.post_payment

    def ping(db):
        if state["down"]:
            raise connection_lost()
        return real_ping(db)

    monkeypatch.setattr(health, "ping", ping)
    state["real_post"] = real_post
    return state


def failing_post(state, *, commit_first: bool):
    """post_payment that fails once with a lost connection: after committing (the answer is lost)
    or before (nothing posted); later calls are the real service."""
    def post(db, actor, request, *args, **kwargs):
        state["posts"] += 1
        if state["posts"] == 1:
            state["down"] = True
            if commit_first:
                state["real_post"](db, actor, request, *args, **kwargs)
            raise connection_lost()
        return state["real_post"](db, actor, request, *args, **kwargs)
    return post


def test_lost_answer_keeps_the_payment_and_posts_it_once_when_the_database_is_back(
        qtbot, window, counter_db, database, monkeypatch):
    monkeypatch.setattr(payments, "post_payment", failing_post(database, commit_first=True))
    window.database.set_intervals(60_000, 30)
    open_account(qtbot, window)
    qtbot.keyClicks(tender_amount(window), "150")
    token = window.payment.poster.token
    press(qtbot, window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: text_of(window, "statusDatabase") == KEPT)
    assert text_of(window, "databaseNotice").startswith(KEPT)
    # Everything typed is still there, with the same client token.
    assert tender_amount(window).text() == "150" and window.payment.has_payment()
    assert window.payment.poster.token == token and text_of(window, "lastReceipt") == "none yet"
    qtbot.wait(150)  # pings keep failing: nothing is posted again meanwhile
    assert database["posts"] == 1
    database["down"] = False  # the connection is back: the next ping posts the kept payment
    qtbot.waitUntil(lambda: text_of(window, "lastReceipt") == "S1-000001")
    assert text_of(window, "lastReceiptDetail").startswith("Already posted before this retry.")
    assert text_of(window, "statusDatabase") == "Database: connected"
    assert not window.payment.view.database_notice.isVisible()
    assert payment_count(counter_db[0]) == 1 and database["posts"] == 2


def test_f12_after_a_lost_connection_posts_once(qtbot, window, counter_db, database, monkeypatch):
    monkeypatch.setattr(payments, "post_payment", failing_post(database, commit_first=False))
    window.database.set_intervals(60_000, 60_000)  # no ping comes to help: the cashier retries
    open_account(qtbot, window)
    qtbot.keyClicks(tender_amount(window), "150")
    press(qtbot, window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: text_of(window, "statusDatabase") == KEPT)
    assert payment_count(counter_db[0]) == 0
    press(qtbot, window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: text_of(window, "lastReceipt") == "S1-000001")
    assert text_of(window, "changeDue") == "$21.55"
    assert text_of(window, "statusDatabase") == "Database: connected"
    assert payment_count(counter_db[0]) == 1


def test_a_lookup_while_the_database_is_down_shows_it_and_recovers(qtbot, window, database):
    window.database.set_intervals(60_000, 30)
    database["down"] = True
    window.database.ping()
    qtbot.waitUntil(lambda: text_of(window, "statusDatabase") == "Database unavailable — trying again")
    database["down"] = False
    qtbot.waitUntil(lambda: text_of(window, "statusDatabase") == "Database: connected")
