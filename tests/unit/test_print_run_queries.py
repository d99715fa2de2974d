"""The print run after a post in few statements (issue 14), with the same answers: a job with
nothing to print fails in its claim's transaction and the ones behind it still print; a receipt
built in four queries says what the receipt always said."""
from sqlalchemy import event, insert, select

from cashier_app.models import PrintJob, PrintState, Station
from cashier_app.services.printing import print_waiting
from cashier_app.services.receipts import build_receipt
from tests.printing_support import FAST_RETRY, cash, check, open_counter, pay
from tests.unit.test_print_queue import FakePrinter


def test_a_job_with_nothing_to_print_fails_and_the_next_one_prints(db):
    counter = open_counter(db)
    with db.write() as s:
        station_id = s.scalar(select(Station.id).where(Station.name == "S1"))
        s.execute(insert(PrintJob).values(station_id=station_id, payment_id=None, open_drawer=False))
    posted = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    printer = FakePrinter()
    result = print_waiting(db, "S1", printer, retry=FAST_RETRY)
    assert (result.printed, result.failed) == (1, 1) and "no payment" in result.last_error
    assert len(printer.delivered) == 1 and posted.receipt_number in printer.names()[0]
    with db.read() as s:
        states = dict(s.execute(select(PrintJob.payment_id, PrintJob.state)).all())
        failed = s.scalar(select(PrintJob).where(PrintJob.payment_id.is_(None)))
    assert states == {None: PrintState.FAILED.value, posted.payment_id: PrintState.PRINTED.value}
    assert failed.attempts == 1 and "no payment" in failed.last_error


def test_a_print_run_after_a_post_needs_few_statements(db):
    counter = open_counter(db)
    pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    seen = []

    def log(_conn, _cursor, statement, *_args):
        if not statement.startswith("BEGIN"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", log)
    try:
        assert print_waiting(db, "S1", FakePrinter(), retry=FAST_RETRY).printed == 1
    finally:
        event.remove(db.engine, "before_cursor_execute", log)
    # the queue; the claim and the receipt (payment, lines, tenders, settings); the mark; the counts
    assert len(seen) <= 8, seen


def test_the_receipt_says_what_was_posted(db):
    counter = open_counter(db)
    posted = pay(counter, {counter.account_id: "100.00", counter.second_account_id: "20.00"},
                 cash("50.00"), check("80.00", "5521"))
    with db.read() as s:
        receipt = build_receipt(s, posted.payment_id)
    assert receipt.receipt_number == posted.receipt_number and receipt.station == "S1"
    assert [a.account_number for a in receipt.accounts] == ["1000001", "1000002"]
    assert [str(a.amount_applied) for a in receipt.accounts] == ["100.00", "20.00"]
    assert [str(a.previous_balance) for a in receipt.accounts] == ["128.45", "64.10"]
    assert receipt.accounts[0].customer_name == "Renée O'Brien"
    assert [t.label for t in receipt.tenders] == ["Cash", "Check #5521"]
    assert receipt.total == posted.total and receipt.change == posted.change
    assert receipt.cashier == "Cashier"
