"""The counter post's and the print run's statements on the driver's cursor
(services/driver_statements.py, issue 14): the same rows as SQLAlchemy's own execution writes and
reads, on both databases."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, func, insert, literal, select
from sqlalchemy.exc import IntegrityError

from cashier_app.models import Payment, PrintJob, Role, Station, Tender
from cashier_app.services.approvals import approve
from cashier_app.services.audit import verify_chain
from cashier_app.services.balances import accounts_with_balances, current_balances
from cashier_app.services.driver_statements import DriverInsert, DriverQuery
from cashier_app.services.payments import (
    _INSERT_PAYMENT_WITH_ID, _PAYMENT_COLUMNS, AllocationRequest, PaymentRefused, PaymentRequest, TenderRequest,
    new_client_token, post_payment,
)
from cashier_app.services.stations import StationError
from cashier_app.services.voids import void_payment
from tests.factories import make_user
from tests.printing_support import cash, open_counter, pay

D = Decimal
PW = "correct-horse-42"


def test_a_driver_insert_writes_what_sqlalchemys_insert_writes(db):
    counter = open_counter(db)
    posted = pay(counter, {counter.account_id: "20.00"}, cash("25.00"))
    values = dict(payment_id=posted.payment_id, kind="check", amount=D("12.34"), check_number="5521",
                  routing_number=None, bank_account_last4="6789", serial_number=None, issuer=None)
    tenders, jobs, claimed = Tender.__table__, PrintJob.__table__, dt.datetime(2026, 11, 5, 14, 3, tzinfo=dt.UTC)
    with db.write() as s:
        DriverInsert(tenders, list(values)).execute(s, [values, dict(values, amount=D("0.01"))])
        s.execute(insert(tenders), [dict(values, amount=D("7.00"))])
        # defaults filled in (state, mark, attempts, created_at ...), a UTC time and a boolean processed
        DriverInsert(jobs, ("station_id", "payment_id", "open_drawer", "state", "sent_at")).execute(
            s, [dict(station_id=1, payment_id=posted.payment_id, open_drawer=True, state="sending", sent_at=claimed)])
    with db.read() as s:
        rows = s.execute(select(tenders.c.kind, tenders.c.amount, tenders.c.check_number, tenders.c.bank_account_last4)
                         .where(tenders.c.kind == "check").order_by(tenders.c.id)).all()
        job = s.execute(select(jobs).where(jobs.c.state == "sending")).one()
    assert [tuple(r) for r in rows] == [("check", D("12.34"), "5521", "6789"), ("check", D("0.01"), "5521", "6789"),
                                        ("check", D("7.00"), "5521", "6789")]
    assert job.sent_at == claimed and job.open_drawer is True and job.attempts == 0 and job.mark == ""
    assert job.document == "receipt" and job.created_at.tzinfo is not None


def test_a_client_token_posted_twice_is_sqlalchemys_integrity_error(db):
    counter = open_counter(db)
    posted = pay(counter, {counter.account_id: "20.00"}, cash("25.00"))
    with db.read() as s:
        payment = s.get(Payment, posted.payment_id)
        again = {k: getattr(payment, k) for k in _PAYMENT_COLUMNS}
    with pytest.raises(IntegrityError):
        with db.write() as s:
            _INSERT_PAYMENT_WITH_ID.execute(s, [dict(again, id=posted.payment_id + 100, receipt_number="S1-999999")])
    with db.read() as s:
        assert s.get(Payment, posted.payment_id + 100) is None


def test_posting_reads_the_balances_the_rest_of_the_app_reads_voids_left_out(db):
    counter = open_counter(db)
    make_user(db, "sam", roles=(Role.SUPERVISOR,))
    kept = pay(counter, {counter.account_id: "20.00", counter.second_account_id: "5.00"}, cash("25.00"))
    voided = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    void_payment(db, counter.cashier, voided.payment_id, "wrong account",
                 approve(db, "sam", PW, "payment.void", counter.cashier))
    ids = [counter.account_id, counter.second_account_id, 987654]
    with db.read() as s:
        read = current_balances(s, ids)
        found = accounts_with_balances(s, ids)
        assert verify_chain(s).first_broken_id is None
    assert kept.total == D("25.00") and set(found) == set(read) == {counter.account_id, counter.second_account_id}
    assert {k: balance for k, (_, balance) in found.items()} == read
    row, _ = found[counter.account_id]
    assert row.id == counter.account_id and row.cash_only is False and row.account_number


def test_a_refused_post_takes_no_receipt_number(db):
    """On PostgreSQL the receipt number is taken in the balances' round trip, before the payment is
    checked: a refusal rolls it back, so the station's numbers stay gapless."""
    counter = open_counter(db)
    first = pay(counter, {counter.account_id: "20.00"}, cash("25.00"))
    too_little = PaymentRequest(new_client_token(), (AllocationRequest(counter.account_id, D("30.00")),),
                                (TenderRequest("cash", D("10.00")),))
    with pytest.raises(PaymentRefused, match="less than"):
        post_payment(db, counter.cashier, too_little)
    with pytest.raises(PaymentRefused, match="does not exist"):
        post_payment(db, counter.cashier, PaymentRequest(new_client_token(), (AllocationRequest(987654, D("1.00")),),
                                                         (TenderRequest("cash", D("1.00")),)))
    second = pay(counter, {counter.account_id: "1.00"}, cash("1.00"))
    assert (first.receipt_number, second.receipt_number) == ("S1-000001", "S1-000002")


def test_a_station_not_set_up_is_refused_with_its_message(db):
    counter = open_counter(db)
    with db.write() as s:
        s.execute(Station.__table__.update().values(active=False))
    with pytest.raises(StationError, match="not set up"):
        post_payment(db, counter.cashier, PaymentRequest(new_client_token(),
                                                         (AllocationRequest(counter.account_id, D("1.00")),),
                                                         (TenderRequest("cash", D("1.00")),)))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment.__table__)) == 0


def test_a_driver_query_reads_what_sqlalchemy_reads(db):
    counter = open_counter(db)
    first = pay(counter, {counter.account_id: "20.00"}, cash("25.00"))
    second = pay(counter, {counter.account_id: "1.05", counter.second_account_id: "2.10"}, cash("3.15"),
                 print_here=True)
    jobs, payments = PrintJob.__table__, Payment.__table__

    def statement(ids):  # money, an aware time, a boolean, a comparison, fixed values and a list
        return (select(payments.c.id, payments.c.total, payments.c.posted_at, jobs.c.open_drawer, jobs.c.state,
                       jobs.c.sent_at < bindparam("before"))
                .join(jobs, jobs.c.payment_id == payments.c.id)
                .where(payments.c.id.in_(ids), jobs.c.state.in_([literal("waiting"), literal("sending")]))
                .order_by(payments.c.id))

    asked = {"ids": [first.payment_id, second.payment_id], "before": dt.datetime(2100, 1, 1, tzinfo=dt.UTC)}
    with db.read() as s:
        ours = DriverQuery(statement, listed="ids").rows(s, asked)
        theirs = s.execute(statement(bindparam("ids", expanding=True)), asked).all()
    assert [tuple(r) for r in ours] == [tuple(r) for r in theirs] and len(ours) == 2
    assert ours[1].total == D("3.15") and ours[1].posted_at.tzinfo is not None
    assert ours[0].open_drawer is True and ours[1].state == "sending"


def test_a_driver_query_refuses_a_list_it_cannot_fill_in(db):
    query = DriverQuery(select(Payment.id).where(Payment.id.in_([1, 2])))  # SQLAlchemy's own expanding IN
    with db.read() as s, pytest.raises(ValueError, match="expanding IN"):
        query.rows(s, {})
