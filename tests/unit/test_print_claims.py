"""Receipts claimed in their post's transaction (``post_payment(..., print_here=True)``, the window's
path; services/print_claims.py): printed once by this process's next run, never by another
process's, and back in the queue (or failed for Retry) when the printer cannot take them."""
import pytest
from sqlalchemy import select, update

from cashier_app.db import Database, make_engine
from cashier_app.models import PrintJob, utcnow
from cashier_app.services import print_claims
from cashier_app.services.print_queue import retry_printing
from cashier_app.services.printing import print_waiting, release_claims
from cashier_app.receipts.printer_status import PrinterState
from tests.printing_support import FAST_RETRY, cash, open_counter, pay
from tests.unit.test_print_queue import FakePrinter


@pytest.fixture
def counter(db):
    return open_counter(db)


def run(counter, printer, db=None):
    return print_waiting(db or counter.db, "S1", printer, retry=FAST_RETRY)


def states(db):
    with db.read() as s:
        return list(s.scalars(select(PrintJob.state).order_by(PrintJob.id)))


def post_here(counter, amount="10.00"):
    return pay(counter, {counter.account_id: amount}, cash(amount), print_here=True)


def test_the_post_commits_its_receipt_claimed_and_the_next_run_here_prints_it_once(counter):
    posted = post_here(counter)
    assert states(counter.db) == ["sending"]  # durable with the post, before any byte
    assert posted.payment_id in print_claims.pending(counter.db.engine)
    printer = FakePrinter()
    result = run(counter, printer)
    assert (result.printed, result.waiting) == (1, 0) and printer.names() == [posted.receipt_number]
    assert states(counter.db) == ["printed"] and not print_claims.pending(counter.db.engine)
    assert run(counter, printer).printed == 0 and printer.names() == [posted.receipt_number]


def test_waiting_receipts_and_claimed_ones_print_in_posting_order(counter):
    first = pay(counter, {counter.account_id: "1.00"}, cash("1.00"))  # queued the usual way
    second, third = post_here(counter, "2.00"), post_here(counter, "3.00")
    printer = FakePrinter()
    assert run(counter, printer).printed == 3
    assert printer.names() == [first.receipt_number, second.receipt_number, third.receipt_number]


def test_another_process_never_sends_a_receipt_claimed_here(counter, db_url):
    posted = post_here(counter)
    other = Database(make_engine(db_url))  # another process's connection: it does not know the claim
    try:
        printer = FakePrinter()
        assert (run(counter, printer, other).printed, printer.names()) == (0, [])
        assert states(counter.db) == ["sending"]
    finally:
        other.dispose()
    assert run(counter, printer).printed == 1 and printer.names() == [posted.receipt_number]


def test_printer_not_ready_puts_claimed_receipts_back_in_the_queue_and_they_print_once_later(counter):
    first, second = post_here(counter), post_here(counter)
    printer = FakePrinter()
    printer.state = PrinterState.PAPER_OUT
    result = run(counter, printer)
    assert (result.printed, result.waiting, printer.names()) == (0, 2, [])
    assert states(counter.db) == ["waiting", "waiting"]
    printer.state = PrinterState.ONLINE
    assert run(counter, printer).printed == 2
    assert printer.names() == [first.receipt_number, second.receipt_number]
    assert run(counter, printer).printed == 0


def test_unreachable_printer_fails_claimed_receipts_for_retry_which_prints_each_once(counter):
    first, second = post_here(counter), post_here(counter)
    printer = FakePrinter()
    printer.unreachable_times = 10
    result = run(counter, printer)
    assert (result.printed, result.failed) == (0, 2) and states(counter.db) == ["failed", "failed"]
    printer.unreachable_times = 0
    assert retry_printing(counter.db, counter.cashier, "S1", printer).printed == 2
    assert printer.names() == [first.receipt_number, second.receipt_number]


def test_a_held_receipt_sends_the_claimed_ones_behind_it_back_to_waiting(counter):
    first, second = post_here(counter), post_here(counter)
    printer = FakePrinter()
    printer.hold_next = True
    result = run(counter, printer)
    assert (result.printed, result.held) == (0, 1) and states(counter.db) == ["held", "waiting"]
    printer.state = PrinterState.ONLINE
    assert run(counter, printer).printed == 2  # the held one confirmed, the second sent
    assert printer.names() == [first.receipt_number, second.receipt_number]


def test_a_claim_that_never_committed_or_was_claimed_again_since_is_not_this_process(counter):
    posted = post_here(counter)
    # As if another worker had failed it after two minutes, Retry put it back and a run claimed it again.
    with counter.db.write() as s:
        s.execute(update(PrintJob).values(sent_at=utcnow()))
    printer = FakePrinter()
    assert run(counter, printer).printed == 0 and printer.names() == []
    assert posted.payment_id not in print_claims.pending(counter.db.engine)  # dropped, not kept for later


def test_closing_gives_back_claimed_receipts_not_sent_and_the_next_start_prints_them_once(counter, db_url):
    first, second = post_here(counter), post_here(counter)
    assert release_claims(counter.db) == 2  # the window closed before its print run started
    assert states(counter.db) == ["waiting", "waiting"] and not print_claims.pending(counter.db.engine)
    assert release_claims(counter.db) == 0
    restarted = Database(make_engine(db_url))  # the next start: a new process
    try:
        printer = FakePrinter()
        assert run(counter, printer, restarted).printed == 2
        assert printer.names() == [first.receipt_number, second.receipt_number]
    finally:
        restarted.dispose()
