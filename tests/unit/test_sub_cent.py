"""A fraction of a cent never enters the books, whatever the caller (issue 10, item 6).

Before, post_payment took 10.005 + 10.005 and stored a total of 20.01 over allocations of 20.02:
each amount was rounded on its own when written."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from cashier_app.models import Allocation, Charge, Payment
from cashier_app.money import exact_cents
from cashier_app.services import business_day
from cashier_app.services.batches import BatchRefused, open_batch
from cashier_app.services.payments import AllocationRequest, PaymentRefused, PaymentRequest, new_client_token, post_payment
from tests.printing_support import cash, open_counter

D = Decimal

def payments(db):
    with db.read() as s:
        return s.scalar(select(func.count(Payment.id)))


def test_half_cents_are_refused_not_rounded(db):
    counter = open_counter(db)
    request = PaymentRequest(new_client_token(),
                             (AllocationRequest(counter.account_id, D("10.005")),
                              AllocationRequest(counter.second_account_id, D("10.005"))),
                             (cash("20.01"),))
    with pytest.raises(PaymentRefused, match="two decimals") as refused:
        post_payment(db, counter.cashier, request)
    assert refused.value.field == "allocation:0:amount"
    assert payments(db) == 0


@pytest.mark.parametrize("amount", ["0.001", "10.005", "99.999", "1.0001", "1E-3", "5.123456789"])
@pytest.mark.parametrize("where", ["allocation", "tender"])
def test_any_sub_cent_amount_given_to_posting_is_refused_at_its_field(db, amount, where):
    counter = open_counter(db)
    applied = D(amount) if where == "allocation" else D("1.00")
    tendered = D(amount) if where == "tender" else D("1.00")
    request = PaymentRequest(new_client_token(), (AllocationRequest(counter.account_id, applied),),
                             (cash(str(tendered)),), accept_credit=True)
    with pytest.raises(PaymentRefused, match="two decimals") as refused:
        post_payment(db, counter.cashier, request)
    assert refused.value.field.startswith(where)
    assert payments(db) == 0


def test_a_batch_control_total_with_a_third_decimal_is_refused(db):
    counter = open_counter(db)
    with pytest.raises(BatchRefused, match="two decimals"):
        open_batch(db, counter.cashier, D("100.005"))


def test_a_money_column_refuses_a_fraction_of_a_cent_from_any_code(db):
    """The last guard: the Cents column type itself, for code that writes without a service check."""
    counter = open_counter(db)
    with pytest.raises(Exception, match="whole number of cents"):
        with db.write() as s:
            s.add(Charge(account_id=counter.account_id, kind="fee", amount=D("1.005"), business_date=business_day.today()))
    with db.read() as s:
        assert s.scalar(select(func.count(Charge.id))) == 0
        assert s.scalar(select(func.count(Allocation.id))) == 0


@given(st.decimals(min_value=D("-1000000"), max_value=D("1000000"), places=2))
def test_exact_cents_keeps_every_whole_cent_amount(amount):
    assert Decimal(exact_cents(amount)) / 100 == amount
