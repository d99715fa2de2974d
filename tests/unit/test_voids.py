"""Voids: a payment of an open drawer session, same station, reason required, a supervisor's
one-shot approval."""
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cashier_app.models import AuditEvent, Payment, PrintJob, Role, Void
from cashier_app.services.access import AccessDenied
from cashier_app.services.accounts import account_view
from cashier_app.services.approvals import approve
from cashier_app.services.audit import verify_chain
from cashier_app.services.payments import (
    AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.drawers import ItemCount, my_session, submit_count
from cashier_app.services.users import UserError
from cashier_app.services.voids import VoidRefused, void_payment
from tests.factories import make_account, make_station, make_user

D = Decimal
PW = "correct-horse-42"


@pytest.fixture
def counter(db):
    make_station(db)
    cashier = make_user(db)
    supervisor = make_user(db, "sam", roles=(Role.SUPERVISOR,))
    account_id = make_account(db)
    return cashier, supervisor, account_id


def pay(db, cashier, account_id, applied="128.45", tendered="150.00"):
    request = PaymentRequest(new_client_token(), (AllocationRequest(account_id, D(applied)),),
                             (TenderRequest("cash", D(tendered)),))
    return post_payment(db, cashier, request)


def test_void_restores_the_balance_prints_void_and_names_both_people(db, counter):
    cashier, supervisor, account_id = counter
    posted = pay(db, cashier, account_id)
    assert account_view(db, cashier, account_id).balance == D("0.00")
    approval = approve(db, "sam", PW, "payment.void", cashier)
    result = void_payment(db, cashier, posted.payment_id, "  Wrong   account ", approval)
    assert (result.receipt_number, result.payment_id) == ("S1-000001", posted.payment_id)
    assert account_view(db, cashier, account_id).balance == D("128.45")
    with db.read() as s:
        void = s.scalar(select(Void))
        assert (void.reason, void.voided_by_id, void.approved_by_id) == ("Wrong account", cashier.user_id,
                                                                          supervisor.user_id)
        job = s.scalar(select(PrintJob).where(PrintJob.mark == "VOID"))
        assert job.payment_id == posted.payment_id and not job.open_drawer
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "payment.void"))
        assert (event.user_id, event.approver_id) == (cashier.user_id, supervisor.user_id)
        assert s.get(Payment, posted.payment_id).total == D("128.45")  # the payment itself is untouched
        assert verify_chain(s).first_broken_id is None
    assert pay(db, cashier, account_id, "10", "10").receipt_number == "S1-000002"  # the number stays used


def test_a_reason_is_required_and_the_approval_is_kept_for_the_retry(db, counter):
    cashier, _, account_id = counter
    posted = pay(db, cashier, account_id)
    approval = approve(db, "sam", PW, "payment.void", cashier)
    with pytest.raises(VoidRefused, match="reason") as refused:
        void_payment(db, cashier, posted.payment_id, "   ", approval)
    assert refused.value.field == "reason"
    void_payment(db, cashier, posted.payment_id, "Customer changed their mind", approval)


def test_the_approval_is_one_shot(db, counter):
    cashier, _, account_id = counter
    first, second = pay(db, cashier, account_id, "10", "10"), pay(db, cashier, account_id, "10", "10")
    approval = approve(db, "sam", PW, "payment.void", cashier)
    void_payment(db, cashier, first.payment_id, "Keyed twice", approval)
    with pytest.raises(AccessDenied, match="already used"):
        void_payment(db, cashier, second.payment_id, "Keyed twice", approval)
    with db.read() as s:
        assert s.scalar(select(func.count(Void.id))) == 1


def test_a_wrong_supervisor_password_approves_nothing(db, counter):
    cashier, _, account_id = counter
    pay(db, cashier, account_id)
    with pytest.raises(UserError):
        approve(db, "sam", "not-the-password", "payment.void", cashier)


def test_an_approval_for_another_cashier_does_not_cover_this_payment(db, counter):
    cashier, _, account_id = counter
    other = make_user(db, "lee", roles=(Role.CASHIER,))
    posted = pay(db, cashier, account_id)
    approval = approve(db, "sam", PW, "payment.void", other)
    with pytest.raises(AccessDenied, match="another cashier"):
        void_payment(db, cashier, posted.payment_id, "Wrong account", approval)
    with db.read() as s:
        assert s.scalar(select(func.count(Void.id))) == 0


def test_a_supervisor_cannot_approve_the_void_they_do(db, counter):
    cashier, _, account_id = counter
    boss = make_user(db, "pat", roles=(Role.SUPERVISOR, Role.CASHIER))
    posted = pay(db, cashier, account_id)
    approval = approve(db, "pat", PW, "payment.void", cashier)
    with pytest.raises(AccessDenied, match="own void"):
        void_payment(db, boss, posted.payment_id, "Wrong account", approval)
    # With another supervisor's approval the supervisor may void a cashier's payment.
    void_payment(db, boss, posted.payment_id, "Wrong account", approve(db, "sam", PW, "payment.void", cashier))


@pytest.mark.parametrize("case", ["unknown", "voided", "drawer counted", "other station"])
def test_payments_that_cannot_be_voided(db, counter, case):
    cashier, _, account_id = counter
    actor = cashier
    payment_id = 999
    if case == "voided":
        payment_id = pay(db, cashier, account_id).payment_id
        void_payment(db, cashier, payment_id, "First", approve(db, "sam", PW, "payment.void", cashier))
    elif case == "drawer counted":
        payment_id = pay(db, cashier, account_id).payment_id
        submit_count(db, cashier, my_session(db, cashier).id, {"$100": 2}, ItemCount(), ItemCount())
    elif case == "other station":
        payment_id = pay(db, cashier, account_id).payment_id
        make_station(db, "S2", "S2")
        actor = make_user(db, "lee", roles=(Role.CASHIER,), station="S2")
    approval = approve(db, "sam", PW, "payment.void", cashier)
    with pytest.raises(VoidRefused) as refused:
        void_payment(db, actor, payment_id, "Wrong account", approval)
    assert refused.value.field == "payment"
    with db.read() as s:
        assert s.scalar(select(func.count(Void.id))) == (1 if case == "voided" else 0)


def test_only_cashiers_and_supervisors_void(db, counter):
    cashier, _, account_id = counter
    admin_only = make_user(db, "ada", roles=(Role.ADMINISTRATOR,))
    posted = pay(db, cashier, account_id)
    with pytest.raises(AccessDenied):
        void_payment(db, admin_only, posted.payment_id, "x", approve(db, "sam", PW, "payment.void", cashier))
