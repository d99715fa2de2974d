"""Two stations voiding at once: the same payment is voided once; different payments both are;
the books and the audit chain stay whole (each station has its own connection)."""
from decimal import Decimal

from sqlalchemy import func, select

from cashier_app.models import Role, Void
from cashier_app.services.approvals import approve
from cashier_app.services.audit import verify_chain
from cashier_app.services.payments import (
    AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.voids import VoidRefused, void_payment
from tests.factories import make_account, make_station, make_user
from tests.integration.together import at_once

PW = "correct-horse-42"


def _setup(db):
    make_station(db)
    cashier = make_user(db)
    make_user(db, "sam", roles=(Role.SUPERVISOR,))
    make_user(db, "kim", roles=(Role.SUPERVISOR,))
    account = make_account(db, balance="500.00")
    paid = [post_payment(db, cashier, PaymentRequest(new_client_token(), (AllocationRequest(account, Decimal("10")),),
                                                     (TenderRequest("cash", Decimal("10")),)))
            for _ in range(2)]
    return cashier, account, paid


def test_the_same_payment_voided_from_two_places_at_once_is_voided_once(db, db_url):
    cashier, _, paid = _setup(db)
    approvals = [approve(db, who, PW, "payment.void", cashier) for who in ("sam", "kim")]
    results = at_once(db_url, [
        lambda station_db, a=a: void_payment(station_db, cashier, paid[0].payment_id, "double entry", a)
        for a in approvals
    ])
    assert sum(not isinstance(r, Exception) for r in results) == 1
    assert sum(isinstance(r, VoidRefused) for r in results) == 1, results
    with db.read() as s:
        assert s.scalar(select(func.count(Void.id))) == 1
        assert verify_chain(s).first_broken_id is None


def test_two_payments_voided_at_once_are_both_voided(db, db_url):
    cashier, account, paid = _setup(db)
    approvals = [approve(db, who, PW, "payment.void", cashier) for who in ("sam", "kim")]
    results = at_once(db_url, [
        lambda station_db, p=p, a=a: void_payment(station_db, cashier, p.payment_id, "customer changed mind", a)
        for p, a in zip(paid, approvals)
    ])
    assert not any(isinstance(r, Exception) for r in results), results
    from cashier_app.services.accounts import account_view
    assert account_view(db, cashier, account).balance == Decimal("500.00")
    with db.read() as s:
        assert s.scalar(select(func.count(Void.id))) == 2
        assert verify_chain(s).first_broken_id is None
