"""Every setting, set through `cashier-app setting set` in each form it accepts, is stored in one
canonical form and then works for each service that uses it (issue 10, item 1).

Before, `setting set money.cap 100,000.00` was accepted (checked with the money parser) but read
back with Decimal(str(...)): every post, drawer count and returned check then failed.
"""
from __future__ import annotations

import datetime as dt
import io
import sys
from decimal import Decimal

import pytest
from sqlalchemy import select

from cashier_app.cli import main
from cashier_app.models import Account, Charge, Setting
from cashier_app.services import business_day, settings
from cashier_app.services.drawers import ItemCount, my_session, submit_count
from cashier_app.services.payments import AllocationRequest, PaymentRefused, PaymentRequest, new_client_token, post_payment
from cashier_app.services.receipts import receipt_preview
from cashier_app.services.returned_checks import FEE, find_checks, record_returned_check
from cashier_app.services.users import authenticate
from tests.day_support import close_today
from tests.factories import make_user
from tests.printing_support import cash, check, open_counter, pay

D = Decimal

# Every form a person may type a money setting in, for 1,234.50.
MONEY_FORMS = ["1234.5", "1234.50", "1,234.50", "$1,234.50", "$ 1234.50", " 1234.50 "]


def setting_set(db_url, capsys, monkeypatch, key, value):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(["--db", db_url, "setting", "set", key, value])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def stored(db, key):
    with db.read() as s:
        return s.get(Setting, key).value


@pytest.mark.parametrize("key", sorted(settings.MONEY))
@pytest.mark.parametrize("typed", MONEY_FORMS)
def test_a_money_setting_is_stored_in_one_form_and_read_back_as_money(db, db_url, capsys, monkeypatch, key, typed):
    out = setting_set(db_url, capsys, monkeypatch, key, typed)
    assert stored(db, key) == "1234.50"
    assert out.strip() == f'{key} = "1234.50"'
    assert settings.get_setting(db, key) == D("1234.50")


@pytest.mark.parametrize("typed", ["$250,000.00", "250000", "250,000.00"])
def test_money_cap_as_typed_lets_posting_take_more_and_still_stops_above_it(db, db_url, capsys, monkeypatch, typed):
    counter = open_counter(db)
    setting_set(db_url, capsys, monkeypatch, "money.cap", typed)
    big = PaymentRequest(new_client_token(), (AllocationRequest(counter.account_id, D("150000.00")),),
                         (cash("150000.00"),), accept_credit=True)
    assert post_payment(db, counter.cashier, big).total == D("150000.00")
    too_big = PaymentRequest(new_client_token(), (AllocationRequest(counter.account_id, D("250000.01")),),
                             (cash("250000.01"),), accept_credit=True)
    with pytest.raises(PaymentRefused, match=r"\$250,000\.00"):
        post_payment(db, counter.cashier, too_big)


@pytest.mark.parametrize("typed", ["$5", "5.00", "$5.00"])
def test_difference_threshold_as_typed_is_what_a_count_is_compared_with(db, db_url, capsys, monkeypatch, typed):
    counter = open_counter(db)
    setting_set(db_url, capsys, monkeypatch, "drawer.difference_threshold", typed)
    pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    view = my_session(db, counter.cashier)
    # Expected $110.00 (a $100.00 float + $10.00); counted $106.00: $4.00 short, within $5.00.
    counted = submit_count(db, counter.cashier, view.id, {"$100": 1, "$5": 1, "$1": 1}, ItemCount(0, "0"),
                           ItemCount(0, "0"))
    assert counted.state == "closed"


@pytest.mark.parametrize("typed", ["$30", "30.00", "$30.00"])
def test_returned_check_fee_as_typed_is_the_fee_charged(db, db_url, capsys, monkeypatch, typed):
    counter = open_counter(db)
    supervisor = make_user(db, "sam", roles=("supervisor",))
    pay(counter, {counter.account_id: "40.00"}, check("40.00", "1001"))
    day = close_today(db, supervisor, counter.cashier)
    monkeypatch.setattr(business_day, "today", lambda: day + dt.timedelta(days=1))
    setting_set(db_url, capsys, monkeypatch, "returned_check.fee", typed)
    tender_id = find_checks(db, supervisor, "1001")[0].tender_id
    assert record_returned_check(db, supervisor, tender_id, "NSF").fee == D("30.00")
    with db.read() as s:
        fees = s.scalars(select(Charge.amount).where(Charge.kind == FEE)).all()
    assert fees == [D("30.00")]


def test_whole_number_settings_as_typed_are_used(db, db_url, capsys, monkeypatch):
    counter = open_counter(db)
    setting_set(db_url, capsys, monkeypatch, "login.max_failures", "2")
    assert settings.get_setting(db, "login.max_failures") == 2
    for _ in range(2):
        with pytest.raises(Exception):
            authenticate(db, "cashier", "wrong password here", "S1")
    with pytest.raises(Exception, match="locked"):
        authenticate(db, "cashier", "correct-horse-42", "S1")
    setting_set(db_url, capsys, monkeypatch, "returned_check.cash_only_after", "1")
    setting_set(db_url, capsys, monkeypatch, "returned_check.window_months", "6")
    assert settings.get_setting(db, "returned_check.window_months") == 6
    assert counter  # the counter's accounts exist for the lockout above


def test_choice_and_lines_settings_as_typed_are_used(db, db_url, capsys, monkeypatch):
    counter = open_counter(db)
    setting_set(db_url, capsys, monkeypatch, "payments.noncash_overpay", "refuse")
    with pytest.raises(PaymentRefused, match="Change is given only from cash"):
        pay(counter, {counter.account_id: "10.00"}, check("12.00"))
    setting_set(db_url, capsys, monkeypatch, "receipt.header", '["Town of Testing", "1 Main St"]')
    setting_set(db_url, capsys, monkeypatch, "receipt.footer", '["Thank you"]')
    posted = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    text = receipt_preview(db, counter.cashier, posted.receipt_number)
    assert "Town of Testing" in text and "Thank you" in text


def test_idle_lock_minutes_as_typed_is_read_back_as_a_whole_number(db, db_url, capsys, monkeypatch):
    assert settings.get_setting(db, "counter.idle_lock_minutes") == 10
    setting_set(db_url, capsys, monkeypatch, "counter.idle_lock_minutes", "0")  # 0: never locks
    assert settings.get_setting(db, "counter.idle_lock_minutes") == 0


def test_the_fee_schedule_shown_to_customers_is_the_citys():
    fees = {k: settings.setting_value(k, settings.DEFAULTS[k]) for k in ("fees.counter", "fees.online_card",
                                                                         "fees.online_echeck")}
    assert fees == {"fees.counter": D("0.00"), "fees.online_card": D("3.75"), "fees.online_echeck": D("0.95")}


def test_several_settings_are_written_together_or_not_at_all(db, admin):
    with pytest.raises(settings.SettingError) as refused:
        settings.set_settings(db, admin, {"returned_check.fee": "30", "login.max_failures": -1})
    assert refused.value.key == "login.max_failures"
    with db.read() as s:
        assert s.scalars(select(Setting)).all() == []
    assert settings.set_settings(db, admin, {"returned_check.fee": "30", "login.max_failures": 3}) == [
        "returned_check.fee", "login.max_failures"]
    assert settings.get_setting(db, "returned_check.fee") == D("30.00")


def test_every_setting_has_a_case_here():
    covered = set(settings.MONEY) | {"login.max_failures", "returned_check.cash_only_after",
                                     "returned_check.window_months", "payments.noncash_overpay",
                                     "receipt.header", "receipt.footer",
                                     "backup.daily_folder", "backup.keep_days",  # tests/ui/test_daily_backup.py
                                     "city.time_zone",  # tests/unit/test_city_time.py
                                     "counter.idle_lock_minutes",  # here and tests/ui/test_admin_settings.py
                                     "city.name"}  # tests/ui/test_city_name_and_icon.py
    covered |= {k for k in settings.DEFAULTS if k.startswith("drafts.")}  # tests/unit/test_draft_settings.py
    assert covered == set(settings.DEFAULTS)


@pytest.mark.parametrize("key, typed, message", [
    ("money.cap", "0", "more than $0.00"),
    ("money.cap", "-5", "negative"),
    ("returned_check.fee", "12.345", "two decimals"),
    ("drawer.difference_threshold", "lots", "not an amount"),
    ("login.max_failures", "2.5", "whole number"),
    ("payments.noncash_overpay", "maybe", "one of"),
])
def test_a_refused_value_changes_nothing(db, db_url, capsys, monkeypatch, key, typed, message):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(["--db", db_url, "setting", "set", key, typed])
    _, err = capsys.readouterr()
    assert code != 0 and message in err
    with db.read() as s:
        assert s.get(Setting, key) is None
        assert s.scalars(select(Account)).all() == []
