from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cashier_app.models import Payment, PrintJob, Role
from cashier_app.services.access import AccessDenied
from cashier_app.services.accounts import account_view
from cashier_app.services.audit import verify_chain
from cashier_app.services.payments import (
    AllocationRequest, PaymentRefused, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from tests.factories import make_account, make_station, make_user

D = Decimal


@pytest.fixture
def counter(db):
    make_station(db)
    cashier = make_user(db)
    account_id = make_account(db)
    return cashier, account_id


def cash(amount, applied, account_id, token=None):
    return PaymentRequest(token or new_client_token(), (AllocationRequest(account_id, D(applied)),),
                          (TenderRequest("cash", D(amount)),))


def test_cash_payment_posts_with_change_and_lowers_the_balance(db, counter):
    cashier, account_id = counter
    posted = post_payment(db, cashier, cash("150.00", "128.45", account_id))
    assert posted.receipt_number == "S1-000001"
    assert posted.change == D("21.55") and posted.open_drawer
    view = account_view(db, cashier, account_id)
    assert view.balance == D("0.00")
    with db.read() as s:
        assert s.scalar(select(func.count(PrintJob.id))) == 1
        assert verify_chain(s).first_broken_id is None


def test_receipt_numbers_are_sequential(db, counter):
    cashier, account_id = counter
    numbers = [post_payment(db, cashier, cash("10", "10", account_id)).receipt_number for _ in range(3)]
    assert numbers == ["S1-000001", "S1-000002", "S1-000003"]


def test_posting_the_same_token_twice_gives_one_payment(db, counter):
    cashier, account_id = counter
    request = cash("20", "20", account_id)
    first = post_payment(db, cashier, request)
    second = post_payment(db, cashier, request)
    assert second.payment_id == first.payment_id and second.already_posted
    with db.read() as s:
        assert s.scalar(select(func.count(Payment.id))) == 1


@pytest.mark.parametrize("request_factory, field", [
    (lambda a: cash("5", "10", a), "tenders"),
    # A check above the total now leaves a credit (tests/unit/test_overpay.py), it is not refused.
    (lambda a: PaymentRequest("t", (AllocationRequest(a, D("10")),), (TenderRequest("check", D("10")),)),
     "tender:0:check_number"),
    (lambda a: PaymentRequest("t", (AllocationRequest(a, D("10")),),
                              (TenderRequest("check", D("10"), "12", routing_number="123456789"),)),
     "tender:0:routing_number"),
    (lambda a: PaymentRequest("t", (AllocationRequest(a, D("0")),), (TenderRequest("cash", D("1")),)),
     "allocation:0:amount"),
    (lambda a: PaymentRequest("t", (AllocationRequest(a, D("1")),), (TenderRequest("money_order", D("1")),)),
     "tender:0:serial_number"),
])
def test_bad_payments_are_refused_and_change_nothing(db, counter, request_factory, field):
    cashier, account_id = counter
    with pytest.raises(PaymentRefused) as refused:
        post_payment(db, cashier, request_factory(account_id))
    assert refused.value.field == field
    with db.read() as s:
        assert s.scalar(select(func.count(Payment.id))) == 0


def test_cash_only_account_refuses_checks(db, counter):
    cashier, _ = counter
    account_id = make_account(db, "1000002", "100002", last="Smith", first="Ann", cash_only=True)
    request = PaymentRequest("t", (AllocationRequest(account_id, D("10")),),
                             (TenderRequest("check", D("10"), "1001", routing_number="053000196"),))
    with pytest.raises(PaymentRefused, match="cash only"):
        post_payment(db, cashier, request)


def test_a_user_without_the_cashier_role_cannot_post(db, counter):
    _, account_id = counter
    admin_only = make_user(db, "admin1", roles=(Role.ADMINISTRATOR,))
    with pytest.raises(AccessDenied):
        post_payment(db, admin_only, cash("10", "10", account_id))


def test_several_accounts_and_tenders(db, counter):
    cashier, account_id = counter
    other = make_account(db, "1000003", "100001", address="9 Grover St", balance="50.00")
    request = PaymentRequest(new_client_token(),
                             (AllocationRequest(account_id, D("128.45")), AllocationRequest(other, D("50.00"))),
                             (TenderRequest("check", D("100.00"), "5012"), TenderRequest("cash", D("100.00"))))
    posted = post_payment(db, cashier, request)
    assert posted.total == D("178.45") and posted.change == D("21.55")
    view = account_view(db, cashier, account_id)
    assert [o.account_number for o in view.other_accounts] == ["1000003"]
    assert view.other_accounts[0].balance == D("0.00")
