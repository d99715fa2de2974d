"""Over-tender: a check or money order above what is owed leaves a credit (configurable), and any
payment that leaves a credit must be confirmed (accept_credit)."""
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cashier_app.models import Account, Payment
from cashier_app.services.accounts import account_view
from cashier_app.services.payments import (
    AllocationRequest, PaymentRefused, PaymentRequest, TenderRequest, new_client_token, post_payment,
    validate_payment,
)
from cashier_app.services.receipts import build_receipt
from cashier_app.services.settings import set_setting
from tests.factories import make_account, make_station, make_user

D = Decimal


@pytest.fixture
def counter(db):
    make_station(db)
    return make_user(db), make_account(db)  # balance $128.45


def request(allocations, *tenders, accept_credit=False):
    return PaymentRequest(new_client_token(), tuple(AllocationRequest(a, D(v)) for a, v in allocations),
                          tenders, accept_credit)


def check(amount, number="1001"):
    return TenderRequest("check", D(amount), check_number=number)


def cash(amount):
    return TenderRequest("cash", D(amount))


def test_a_check_above_the_amount_applies_its_excess_instead_of_change(db, counter):
    cashier, account_id = counter
    posted = post_payment(db, cashier, request([(account_id, "100.00")], check("120.00")))
    assert (posted.total, posted.tendered, posted.change, posted.excess_applied) == (
        D("120.00"), D("120.00"), D("0.00"), D("20.00"))
    assert not posted.open_drawer
    assert account_view(db, cashier, account_id).balance == D("8.45")


def test_cash_beside_the_check_is_given_back_and_only_the_check_excess_stays(db, counter):
    cashier, account_id = counter
    posted = post_payment(db, cashier, request([(account_id, "100.00")], check("120.00"), cash("10.00")))
    assert (posted.total, posted.change, posted.excess_applied) == (D("120.00"), D("10.00"), D("20.00"))
    ordinary = post_payment(db, cashier, request([(account_id, "5.00")], check("3.00"), cash("10.00")))
    assert (ordinary.total, ordinary.change, ordinary.excess_applied) == (D("5.00"), D("8.00"), D("0.00"))


def test_a_credit_must_be_confirmed_then_shows_on_the_receipt(db, counter):
    cashier, account_id = counter
    asked = request([(account_id, "100.00")], check("150.00"))
    with pytest.raises(PaymentRefused) as refused:
        post_payment(db, cashier, asked)
    assert str(refused.value) == "This leaves a credit of $21.55 on account 1000001; confirm to accept"
    assert refused.value.field == "allocation:0:amount"
    with db.read() as s:
        assert s.scalar(select(func.count(Payment.id))) == 0
    posted = post_payment(db, cashier, replace(asked, accept_credit=True))
    assert posted.total == D("150.00") and posted.change == D("0.00")
    assert account_view(db, cashier, account_id).balance == D("-21.55")
    with db.read() as s:
        [line] = build_receipt(s, posted.payment_id).accounts
    assert (line.previous_balance, line.amount_applied, line.new_balance) == (D("128.45"), D("150.00"), D("-21.55"))


def test_a_typed_over_payment_is_confirmed_too(db, counter):
    cashier, account_id = counter
    with pytest.raises(PaymentRefused, match=r"credit of \$71.55 on account 1000001"):
        post_payment(db, cashier, request([(account_id, "200.00")], cash("200.00")))
    posted = post_payment(db, cashier, request([(account_id, "200.00")], cash("200.00"), accept_credit=True))
    assert posted.change == D("0.00") and posted.open_drawer


def test_the_excess_goes_to_the_first_account_and_the_field_names_the_one_in_credit(db, counter):
    cashier, first = counter
    second = make_account(db, "1000002", "100001", address="9 Grover St", balance="50.00")
    with pytest.raises(PaymentRefused) as refused:
        post_payment(db, cashier, request([(first, "128.45"), (second, "60.00")], check("188.45")))
    assert refused.value.field == "allocation:1:amount"
    posted = post_payment(db, cashier, request([(second, "40.00"), (first, "100.00")], check("150.00")))
    assert posted.excess_applied == D("10.00")
    assert account_view(db, cashier, second).balance == D("0.00")
    assert account_view(db, cashier, first).balance == D("28.45")


def test_with_the_refuse_setting_a_check_above_the_total_is_refused(db, counter, admin):
    cashier, account_id = counter
    set_setting(db, admin, "payments.noncash_overpay", "refuse")
    with pytest.raises(PaymentRefused, match="Change is given only from cash") as refused:
        post_payment(db, cashier, request([(account_id, "10.00")], check("20.00")))
    assert refused.value.field == "tenders"
    post_payment(db, cashier, request([(account_id, "10.00")], check("5.00"), cash("10.00")))  # change from cash


def test_validate_payment_keeps_the_strict_rule(db, counter):
    _, account_id = counter
    with db.read() as s:
        accounts = {account_id: s.get(Account, account_id)}
    with pytest.raises(PaymentRefused, match="only from cash"):
        validate_payment(request([(account_id, "10.00")], check("20.00")), accounts, D("100000.00"))
    assert validate_payment(request([(account_id, "10.00")], cash("25.00")), accounts, D("100000.00")) == D("15.00")
