"""A counter post in few statements (issue 14): the token, the drawer session, the settings and
the accounts' locks in one query; on PostgreSQL the inserts after the payment, the chain's lock and
the chain head's query go in one round trip.
The same answers as before in the cases the combined query cannot answer alone."""
from decimal import Decimal

import pytest
from sqlalchemy import event, func, select, update
from sqlalchemy.exc import IntegrityError

from cashier_app.models import DrawerSession, Payment, PrintJob, PrintState, Setting
from cashier_app.services import audit_witness
from cashier_app.services.audit import verify_chain
from cashier_app.services.drawers import DrawerRefused
from cashier_app.services.payments import (
    AllocationRequest, PaymentRefused, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.pipelined import pipelined
from tests.factories import make_account, make_station, make_user

D = Decimal


@pytest.fixture
def counter(db):
    make_station(db)
    return make_user(db), make_account(db), make_account(db, "1000002", "100001", balance="64.10")


def cash(*account_ids, token=None):
    return PaymentRequest(token or new_client_token(), tuple(AllocationRequest(a, D("5.00")) for a in account_ids),
                          (TenderRequest("cash", D("20.00")),))


def statements_of(db, call):
    """The statements a call sends, as the driver gets them: the posting path sends most on the
    driver's cursor itself (services/driver_statements.py), which SQLAlchemy's events do not see. On
    PostgreSQL every one given to psycopg's cursors; on SQLite every one sqlite3 runs (its trace, with
    the values written in), transactions' BEGIN and COMMIT left out."""
    seen = []

    if db.engine.dialect.name == "postgresql":
        import psycopg

        with pytest.MonkeyPatch.context() as patched:
            for name in ("execute", "executemany"):
                def logged(self, query, *args, _sent=getattr(psycopg.Cursor, name), **kw):
                    seen.append(" ".join(str(query).split()))
                    return _sent(self, query, *args, **kw)
                patched.setattr(psycopg.Cursor, name, logged)
            result = call()
    else:
        traced = []

        def trace(dbapi_connection, *_args):
            traced.append(dbapi_connection)
            dbapi_connection.set_trace_callback(lambda statement: seen.append(" ".join(statement.split())))

        event.listen(db.engine, "checkout", trace)
        try:
            result = call()
        finally:
            event.remove(db.engine, "checkout", trace)
            for dbapi_connection in traced:
                dbapi_connection.set_trace_callback(None)
        assert traced, "the call took no connection"
    return result, [s for s in seen if not s.startswith(("BEGIN", "COMMIT"))]


def test_a_post_reads_token_drawer_settings_and_locks_in_one_statement(db, counter):
    cashier, first, second = counter
    post_payment(db, cashier, cash(first))  # warm: the first post of a chain names it
    # The warm post's head witness is written by a thread after its commit (audit_witness.advance).
    # Had it finished between the post's batched head query and its event, the post would rightly
    # ask again for the head of the newer witness (CI met it once): wait for it, as a cashier does.
    audit_witness.flush()
    posted, statements = statements_of(db, lambda: post_payment(db, cashier, cash(first, second)))
    assert posted.total == D("10.00")
    assert statements[0].startswith("SELECT drawer_sessions.id") and "client_token" in statements[0]
    assert "settings" in statements[0] and "accounts.id IN" in statements[0]
    if db.engine.dialect.name == "postgresql":
        assert "FOR SHARE OF drawer_sessions FOR NO KEY UPDATE OF accounts" in statements[0]
        # the chain's head asked for once, in the batch after its lock (the driver's cursor)
        heads = [i for i, s in enumerate(statements) if s.startswith("SELECT (SELECT audit_events.hash")]
        locks = [i for i, s in enumerate(statements) if s.startswith("SELECT pg_advisory_xact_lock")]
        assert len(heads) == 1 and locks == [heads[0] - 1], statements
    assert not any(s.startswith("SELECT settings") or s.startswith("SELECT payments.id") for s in statements)
    # state, balances, receipt number, payment, allocations, tenders, print job, (chain lock,) chain head, event
    assert len(statements) <= 10, statements
    with db.read() as s:
        assert verify_chain(s).first_broken_id is None


def test_a_retried_token_finds_its_payment_after_the_drawer_is_counted(db, counter):
    cashier, first, _ = counter
    request = cash(first)
    done = post_payment(db, cashier, request)
    with db.write() as s:
        s.execute(update(DrawerSession).values(state="counted"))
    again = post_payment(db, cashier, request)
    assert again.already_posted and again.payment_id == done.payment_id
    with pytest.raises(DrawerRefused, match="counted"):
        post_payment(db, cashier, cash(first))


def test_no_drawer_and_unknown_accounts_are_refused_as_before(db, counter):
    cashier, first, _ = counter
    with pytest.raises(PaymentRefused, match="does not exist"):
        post_payment(db, cashier, cash(987654))
    other = make_user(db, "other", drawer=False)
    with pytest.raises(DrawerRefused, match="Open your drawer"):
        post_payment(db, other, cash(first))
    with db.read() as s:
        assert s.scalar(select(func.count(Payment.id))) == 0


def test_settings_read_with_the_post_still_rule_it(db, counter):
    cashier, first, _ = counter
    with db.write() as s:
        s.add(Setting(key="money.cap", value="10.00"))
    too_much = PaymentRequest(new_client_token(), (AllocationRequest(first, D("12.00")),),
                              (TenderRequest("cash", D("12.00")),))
    with pytest.raises(PaymentRefused, match="above"):
        post_payment(db, cashier, too_much)


def test_an_error_in_a_pipelined_block_is_the_usual_error_and_nothing_is_kept(db, counter):
    cashier, first, _ = counter
    post_payment(db, cashier, cash(first))
    with pytest.raises(IntegrityError):
        with db.write() as s:
            with pipelined(s):
                s.execute(update(PrintJob).values(state=PrintState.PRINTED.value))
                s.add(Setting(key="receipt.footer", value=["a"]))
                s.flush()
                s.execute(Setting.__table__.insert().values(key="receipt.footer", value=["b"]))
    with db.read() as s:
        assert s.scalar(select(PrintJob.state)) == PrintState.WAITING.value
        assert s.get(Setting, "receipt.footer") is None
