"""The print queue with a fake printer: order, back-off, faults, held receipts, never twice; and
the cashier's actions (retry, reprint, PDF instead, move) and the supervisor's no-sale opening."""
import datetime as dt
import threading

import pytest
from sqlalchemy import select, update

from cashier_app.models import AuditEvent, PrintJob, Role, Void, utcnow
from cashier_app.receipts.file_printer import FilePrinter
from cashier_app.receipts.printer_status import (
    Delivery, PrinterFault, PrinterNotReady, PrinterState, PrinterUnreachable, PrintOut, status_of,
)
from cashier_app.receipts.text import render_text
from cashier_app.services.access import AccessDenied, Actor
from cashier_app.services.approvals import approve
from cashier_app.services.audit import verify_chain
from cashier_app.services.cash_drawer import NO_SALE, NoSaleRefused, open_drawer_no_sale
from cashier_app.services.print_queue import (
    PrintQueueError, list_print_jobs, move_waiting_jobs, print_job_to_pdf, reprint_receipt, retry_jobs,
    stations_to_move_to,
)
from cashier_app.services.printing import RetryPolicy, print_waiting, queue_counts, waiting_count
from cashier_app.services.receipts import receipt_preview
from tests.factories import make_station
from tests.printing_support import FAST_RETRY, cash, check, money_order, open_counter, pay


class FakePrinter:
    """Takes receipts in memory; tests set its state and faults."""

    name = "fake"

    def __init__(self):
        self.state = PrinterState.ONLINE
        self.delivered: list[PrintOut] = []
        self.unreachable_times = 0
        self.break_mid_send = self.hold_next = False
        self.kicks = 0
        self._lock = threading.Lock()

    def describe(self):
        return "fake printer"

    def status(self):
        return self.check().state

    def check(self):
        return status_of(self.state)

    def render(self, receipt, *, open_drawer=False):
        return PrintOut(receipt.file_stem, render_text(receipt).encode(), opens_drawer=open_drawer)

    def deliver(self, out):
        with self._lock:
            if self.unreachable_times:
                self.unreachable_times -= 1
                raise PrinterUnreachable("10.0.0.9:9100: connection refused")
            if not self.state.can_print:
                raise PrinterNotReady(self.check())
            if self.break_mid_send:
                self.break_mid_send = False
                raise PrinterFault("The connection broke while sending; part of it may have printed.")
            self.delivered.append(out)
            if self.hold_next:
                self.hold_next, self.state = False, PrinterState.COVER_OPEN
                return Delivery(False, "Printer cover is open. The printer holds it.", self.name)
            return Delivery(True, "", self.name)

    def kick_drawer(self, *, station="", reason=""):
        if not self.state.can_print:
            raise PrinterNotReady(self.check())
        self.kicks += 1

    def names(self):
        return [out.name for out in self.delivered]


@pytest.fixture
def counter(db):
    return open_counter(db)


def run(counter, printer, **kw):
    return print_waiting(counter.db, "S1", printer, **{"retry": FAST_RETRY, **kw})


def test_waiting_receipts_print_in_order_once_each(counter):
    printer = FakePrinter()
    numbers = [pay(counter, {counter.account_id: "10.00"}, cash("10.00")).receipt_number for _ in range(3)]
    result = run(counter, printer)
    assert (result.printed, result.failed, result.waiting, result.printer_state) == (3, 0, 0, "online")
    assert printer.names() == numbers and all(out.opens_drawer for out in printer.delivered)
    assert run(counter, printer).printed == 0 and printer.names() == numbers
    jobs = list_print_jobs(counter.db, counter.cashier, "S1", include_printed=True)
    assert {(j.state, j.attempts, j.printed_to) for j in jobs} == {("printed", 1, "fake")}


def test_only_cash_opens_the_drawer(counter):
    printer = FakePrinter()
    pay(counter, {counter.account_id: "10.00"}, check("10.00"))
    pay(counter, {counter.account_id: "10.00"}, money_order("10.00"))
    pay(counter, {counter.account_id: "10.00"}, check("5.00"), cash("5.00"))
    run(counter, printer)
    assert [out.opens_drawer for out in printer.delivered] == [False, False, True]


def test_an_unreachable_printer_is_retried_with_back_off(counter):
    printer, slept = FakePrinter(), []
    pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    printer.unreachable_times = 2
    result = run(counter, printer, retry=RetryPolicy(attempts=3, first_delay=0.5), sleep=slept.append)
    assert result.printed == 1 and slept == [0.5, 1.0]


def test_a_printer_that_stays_unreachable_fails_every_waiting_receipt(counter):
    printer, slept = FakePrinter(), []
    for _ in range(3):
        pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    printer.unreachable_times = 99
    result = run(counter, printer, retry=RetryPolicy(attempts=4, first_delay=0.1), sleep=slept.append)
    assert (result.printed, result.failed, result.waiting, result.printer_state) == (0, 3, 3, "unreachable")
    assert slept == pytest.approx([0.1, 0.2, 0.4]) and "connection refused" in result.last_error
    assert "Cash drawer not opened" in result.drawer_error
    assert queue_counts(counter.db, "S1").failed == 3 and run(counter, printer).failed == 0
    printer.unreachable_times = 0
    assert retry_jobs(counter.db, counter.cashier, "S1") == 3
    assert run(counter, printer).printed == 3 and len(printer.delivered) == 3


def test_paper_out_leaves_receipts_waiting_without_counting_attempts(counter):
    printer = FakePrinter()
    printer.state = PrinterState.PAPER_OUT
    pay(counter, {counter.account_id: "10.00"}, check("10.00"))
    result = run(counter, printer)
    assert (result.printed, result.waiting, result.printer_state, result.drawer_error) == (0, 1, "paper-out", "")
    [job] = list_print_jobs(counter.db, counter.cashier, "S1")
    assert (job.state, job.attempts, job.last_error) == ("waiting", 0, "Printer is out of paper.")
    printer.state = PrinterState.PAPER_LOW
    result = run(counter, printer)
    assert (result.printed, result.waiting) == (1, 0) and waiting_count(counter.db, "S1") == 0


def test_a_broken_connection_mid_receipt_fails_it_and_it_is_not_sent_again_by_itself(counter):
    printer = FakePrinter()
    pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    printer.break_mid_send = True
    result = run(counter, printer)
    assert (result.failed, result.waiting) == (1, 1) and "may have printed" in result.last_error
    assert run(counter, printer).printed == 0 and printer.delivered == []


def test_a_held_receipt_counts_printed_when_the_printer_is_back_and_is_never_resent(counter):
    printer = FakePrinter()
    first = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    printer.hold_next = True
    result = run(counter, printer)
    assert (result.printed, result.held, result.waiting, result.printer_state) == (0, 1, 2, "offline")
    assert printer.names() == [first.receipt_number]  # the second waits behind it
    assert run(counter, printer).printed == 0  # still cover open: nothing confirmed or sent
    printer.state = PrinterState.ONLINE
    result = run(counter, printer)
    assert (result.printed, result.held, result.waiting) == (2, 0, 0)
    assert printer.names().count(first.receipt_number) == 1


def test_a_job_left_sending_by_a_dead_worker_fails_for_the_cashier_to_decide(counter):
    pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    with counter.db.write() as s:
        s.execute(update(PrintJob).values(state="sending", sent_at=utcnow() - dt.timedelta(minutes=5)))
    result = run(counter, FakePrinter())
    assert (result.printed, result.waiting) == (0, 1)
    [job] = list_print_jobs(counter.db, counter.cashier, "S1")
    assert job.state == "failed" and "may have printed" in job.last_error


def test_two_workers_at_once_never_print_a_receipt_twice(counter):
    for _ in range(12):
        pay(counter, {counter.account_id: "1.00"}, cash("1.00"))
    printer = FakePrinter()
    threads = [threading.Thread(target=run, args=(counter, printer)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(printer.names()) == sorted(set(printer.names())) and len(printer.names()) == 12


def test_file_printer_still_works_with_the_worker(counter, tmp_path):
    printer = FilePrinter(tmp_path / "receipts")
    posted = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    assert printer.status() == "online"
    assert run(counter, printer).printed == 1
    assert (tmp_path / "receipts" / f"{posted.receipt_number}.escpos").read_bytes().startswith(b"\x1b@")
    assert "Convenience fee" in (tmp_path / "receipts" / f"{posted.receipt_number}.txt").read_text()


def test_file_printer_logs_every_drawer_opening_with_station_and_receipt_or_reason(counter, tmp_path):
    """drawer.log: cash receipts and no sales, each once, with the time, the station and the receipt or reason;
    checks and reprints do not add lines."""
    printer = FilePrinter(tmp_path / "receipts")
    first = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    pay(counter, {counter.account_id: "5.00"}, check("5.00"))
    reprint_receipt(counter.db, counter.cashier, first.receipt_number)
    second = pay(counter, {counter.account_id: "7.00"}, cash("5.00"), check("2.00"))
    assert run(counter, printer).printed == 4
    assert open_drawer_no_sale(counter.db, counter.supervisor, printer, "coins for\nthe change fund").opened
    lines = (tmp_path / "receipts" / "drawer.log").read_text(encoding="utf-8").splitlines()
    assert [line.split(" ", 3)[3] for line in lines] == [
        f"station S1: drawer opened (pin 2) for receipt {first.receipt_number}",
        f"station S1: drawer opened (pin 2) for receipt {second.receipt_number}",
        "station S1: drawer opened (pin 2) for no sale: coins for the change fund"]
    for line in lines:  # when: local date, time and UTC offset
        stamp = dt.datetime.strptime(" ".join(line.split(" ", 3)[:3]), "%Y-%m-%d %H:%M:%S %z")
        assert abs(stamp - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=5)


def test_reprint_is_a_new_marked_job_without_drawer_and_audited(counter):
    printer = FakePrinter()
    posted = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    run(counter, printer)
    reprint_receipt(counter.db, counter.cashier, posted.receipt_number.lower())
    run(counter, printer)
    assert printer.names() == [posted.receipt_number, f"{posted.receipt_number}-REPRINT"]
    assert not printer.delivered[1].opens_drawer and b"*** REPRINT ***" in printer.delivered[1].data
    with counter.db.read() as s:
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)) == "receipt.reprint"
        assert verify_chain(s).first_broken_id is None
    with pytest.raises(PrintQueueError, match="No receipt"):
        reprint_receipt(counter.db, counter.cashier, "S1-999999")


def test_reprinting_a_voided_receipt_marks_it_void(counter):
    posted = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    supervisor = counter.supervisor
    with counter.db.write() as s:
        s.add(Void(payment_id=posted.payment_id, reason="wrong account", voided_by_id=counter.cashier.user_id,
                   approved_by_id=supervisor.user_id))
    reprint_receipt(counter.db, counter.cashier, posted.receipt_number)
    printer = FakePrinter()
    run(counter, printer)
    assert printer.names()[-1] == f"{posted.receipt_number}-VOID"


def test_print_to_pdf_instead_takes_the_job_out_of_the_queue(counter, tmp_path):
    printer = FakePrinter()
    printer.state = PrinterState.PAPER_OUT
    posted = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    run(counter, printer)
    [job] = list_print_jobs(counter.db, counter.cashier, "S1")
    path = print_job_to_pdf(counter.db, counter.cashier, job.job_id, tmp_path / "pdf")
    assert path == tmp_path / "pdf" / f"{posted.receipt_number}.pdf" and path.read_bytes().startswith(b"%PDF")
    printer.state = PrinterState.ONLINE
    assert run(counter, printer).printed == 0 and waiting_count(counter.db, "S1") == 0
    [done] = list_print_jobs(counter.db, counter.cashier, "S1", include_printed=True)
    assert (done.state, done.printed_to) == ("printed", str(path))
    with pytest.raises(PrintQueueError, match="Reprint"):
        print_job_to_pdf(counter.db, counter.cashier, job.job_id, tmp_path / "pdf")


def test_moving_the_queue_to_another_stations_printer(counter):
    make_station(counter.db, "S2", "S2")
    assert stations_to_move_to(counter.db, counter.cashier, "S1") == ["S2"]
    printer = FakePrinter()
    printer.unreachable_times = 99
    for _ in range(2):
        pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    run(counter, printer)
    assert move_waiting_jobs(counter.db, counter.cashier, "S1", "S2") == 2
    assert waiting_count(counter.db, "S1") == 0 and waiting_count(counter.db, "S2") == 2
    other = FakePrinter()
    assert print_waiting(counter.db, "S2", other).printed == 2
    assert not any(out.opens_drawer for out in other.delivered)  # not that station's cash
    assert move_waiting_jobs(counter.db, counter.cashier, "S1", "S2") == 0
    with pytest.raises(PrintQueueError):
        move_waiting_jobs(counter.db, counter.cashier, "S1", "S1")


def test_queue_actions_need_a_cashier_or_supervisor(counter):
    admin_only = Actor(None, "admin", frozenset({Role.ADMINISTRATOR.value}), "S1")
    with pytest.raises(AccessDenied):
        list_print_jobs(counter.db, admin_only, "S1")
    with pytest.raises(AccessDenied):
        retry_jobs(counter.db, admin_only, "S1")


def test_receipt_preview_is_the_plain_text(counter):
    posted = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    text = receipt_preview(counter.db, counter.cashier, posted.receipt_number, width=32)
    assert posted.receipt_number in text and max(map(len, text.splitlines())) <= 32


def test_no_sale_by_a_supervisor_opens_the_drawer_and_is_audited(counter):
    printer = FakePrinter()
    opening = open_drawer_no_sale(counter.db, counter.supervisor, printer, "coins for the change fund")
    assert opening.opened and printer.kicks == 1
    with counter.db.read() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event.action == NO_SALE and event.after["reason"] == "coins for the change fund" and event.after["opened"]


def test_no_sale_by_a_cashier_needs_a_supervisors_approval(counter):
    printer = FakePrinter()
    with pytest.raises(AccessDenied):
        open_drawer_no_sale(counter.db, counter.cashier, printer, "customer needs change")
    supervisor = counter.supervisor  # signs in for the approval below
    approval = approve(counter.db, supervisor.username, "correct-horse-42", NO_SALE, counter.cashier, "S1")
    assert open_drawer_no_sale(counter.db, counter.cashier, printer, "customer needs change", approval).opened
    with counter.db.read() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event.approver_id == counter.supervisor.user_id
    with pytest.raises(AccessDenied, match="already used"):
        open_drawer_no_sale(counter.db, counter.cashier, printer, "again", approval)
    with pytest.raises(NoSaleRefused):
        open_drawer_no_sale(counter.db, counter.supervisor, printer, " ")


def test_a_drawer_that_cannot_open_is_reported_and_still_audited(counter):
    printer = FakePrinter()
    printer.state = PrinterState.OFFLINE
    opening = open_drawer_no_sale(counter.db, counter.supervisor, printer, "count check")
    assert not opening.opened and "Cash drawer not opened" in opening.message
    with counter.db.read() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event.action == NO_SALE and event.after["opened"] is False
