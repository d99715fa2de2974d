"""Finding today's payments by receipt number, account number or amount."""
import datetime as dt
from decimal import Decimal

import pytest

from cashier_app.models import Role
from cashier_app.services.access import AccessDenied
from cashier_app.services.approvals import approve
from cashier_app.services.payment_search import todays_payments
from cashier_app.services.payments import (
    AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.voids import void_payment
from cashier_app.services import business_day
from tests.factories import open_drawer, make_account, make_station, make_user

D = Decimal


@pytest.fixture
def day(db, monkeypatch):
    """Three payments today at S1 and one at S2, one yesterday (from yesterday's drawer of "ann")."""
    make_station(db)
    make_station(db, "S2", "S2")
    cashier = make_user(db)
    other = make_user(db, "lee", station="S2")
    first = make_account(db)
    second = make_account(db, "1000002", "100001", address="1200 E Dixon Blvd", balance="64.10")

    def pay(actor, allocations, tenders, business_date=None):
        request = PaymentRequest(new_client_token(), tuple(AllocationRequest(a, D(v)) for a, v in allocations),
                                 tenders)
        if business_date is None:
            return post_payment(db, actor, request)
        late = make_user(db, "ann", drawer=False)
        open_drawer(db, late, business_date=business_date)
        with monkeypatch.context() as m:
            m.setattr(business_day, "today", lambda: business_date)
            return post_payment(db, late, request)

    posted = [
        pay(cashier, [(first, "12.50")], (TenderRequest("cash", D("20.00")),)),
        pay(cashier, [(first, "50.00"), (second, "50.00")],
            (TenderRequest("check", D("100.00"), "1001"), TenderRequest("cash", D("20.00")))),
        pay(other, [(second, "12.50")], (TenderRequest("money_order", D("12.50"), serial_number="MO-7"),)),
        pay(cashier, [(first, "3.00")], (TenderRequest("cash", D("3.00")),),
            business_day.today() - dt.timedelta(days=1)),
    ]
    return cashier, posted


def receipts(found):
    return [p.receipt_number for p in found]


def test_empty_text_lists_todays_payments_newest_first(db, day):
    cashier, _ = day
    assert receipts(todays_payments(db, cashier)) == ["S2-000001", "S1-000002", "S1-000001"]
    assert receipts(todays_payments(db, cashier, station="S1")) == ["S1-000002", "S1-000001"]
    yesterday = business_day.today() - dt.timedelta(days=1)
    assert receipts(todays_payments(db, cashier, business_date=yesterday)) == ["S1-000003"]


@pytest.mark.parametrize("text, expected", [
    ("S1-000002", ["S1-000002"]),
    ("s1-000002", ["S1-000002"]),
    ("2", ["S1-000002"]),  # the number part; no payment of $2.00
    ("000001", ["S2-000001", "S1-000001"]),
    ("1000002", ["S2-000001", "S1-000002"]),  # account number
    ("12.50", ["S2-000001", "S1-000001"]),  # amount paid
    ("$12.50", ["S2-000001", "S1-000001"]),
    ("$120.00", ["S1-000002"]),  # amount tendered
    ("O'Brien; DROP TABLE payments", []),
    ("S9-999999", []),
])
def test_search_by_receipt_account_or_amount(db, day, text, expected):
    cashier, _ = day
    assert receipts(todays_payments(db, cashier, text)) == expected


def test_the_summary_says_who_what_and_how(db, day):
    cashier, posted = day
    [summary] = todays_payments(db, cashier, "S1-000002")
    assert summary.payment_id == posted[1].payment_id
    assert summary.accounts == ("1000001", "1000002")
    assert (summary.total, summary.tendered, summary.change) == (D("100.00"), D("120.00"), D("20.00"))
    assert summary.tenders == "Check #1001 $100.00, Cash $20.00"
    assert (summary.station, summary.cashier, summary.voided) == ("S1", "Cashier", False)
    assert summary.posted_at is not None
    [mo] = todays_payments(db, cashier, "S2-000001")
    assert mo.tenders == "Money order #MO-7 $12.50"


def test_voided_payments_are_listed_and_marked(db, day):
    cashier, posted = day
    make_user(db, "sam", roles=(Role.SUPERVISOR,))
    void_payment(db, cashier, posted[0].payment_id, "Wrong account",
                 approve(db, "sam", "correct-horse-42", "payment.void", cashier))
    [summary] = todays_payments(db, cashier, "S1-000001")
    assert summary.voided


def test_search_needs_a_cashier_or_supervisor(db, day):
    with pytest.raises(AccessDenied):
        todays_payments(db, make_user(db, "ada", roles=(Role.ADMINISTRATOR,)))
