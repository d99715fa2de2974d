"""Receipts and the cash drawer on a real ESC/POS printer (the emupos emulator), through the
services and the print queue worker, including paper out, offline mid-receipt and no printer."""
import time

import pytest
from escpos.printer import Network

from cashier_app.cli import main
from cashier_app.receipts.escpos_printer import EscposPrinter
from cashier_app.receipts.profiles import load_profile
from cashier_app.services.access import system_actor
from cashier_app.services.cash_drawer import open_drawer_no_sale
from cashier_app.services.print_queue import list_print_jobs, reprint_receipt, retry_printing
from cashier_app.services.printing import print_waiting, queue_counts, waiting_count
from cashier_app.services.settings import set_setting
from tests.emupos_fixture import free_port
from tests.printing_support import FAST_RETRY, cash, check, money_order, open_counter, pay


@pytest.fixture
def counter(db):
    return open_counter(db)


def printer_for(emupos, tmp_path, **fields):
    return EscposPrinter(load_profile(emupos.profile(tmp_path, **fields)))


def run_queue(counter, printer):
    return print_waiting(counter.db, "S1", printer, retry=FAST_RETRY)


def the_one(receipts, number):
    matching = [text for text in receipts if number in text]
    assert len(matching) == 1, receipts
    return matching[0]


def test_cash_receipt_prints_with_every_line_and_opens_the_drawer(counter, emupos, tmp_path):
    posted = pay(counter, {counter.account_id: "128.45", counter.second_account_id: "64.10"}, cash("200.00"))
    result = run_queue(counter, printer_for(emupos, tmp_path))
    assert (result.printed, result.failed, result.waiting, result.drawer_error) == (1, 0, 0, "")
    text = the_one(emupos.new_receipts(), posted.receipt_number)
    for expected in ("City of Shelby", "Utility Payment", "300 South Washington Street", "Shelby NC 28150",
                     "704-484-6866", "Account 1000001", "Account 1000002", "412 W Marion St", "Cashier",
                     "Previous balance", "New balance", "Tendered", "Bank draft is free",
                     f"[qr {posted.receipt_number}]"):
        assert expected in text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for expected in ("Amount applied $128.45", "Amount applied $64.10", "Cash $200.00", "TOTAL $192.55",
                     "Change $7.45", "Convenience fee $0.00"):
        assert expected in lines
    assert emupos.drawer_pins(expect=1) == [2] and emupos.state()["drawer"] == "open"


def test_check_and_money_order_print_their_numbers_and_leave_the_drawer_shut(counter, emupos, tmp_path):
    posted = pay(counter, {counter.account_id: "100.00"}, check("60.00", "10234"), money_order("40.00", "MO-5521"))
    assert run_queue(counter, printer_for(emupos, tmp_path)).printed == 1
    lines = [" ".join(line.split()) for line in the_one(emupos.new_receipts(), posted.receipt_number).splitlines()]
    assert "Check #10234 $60.00" in lines and "Money order #MO-5521 $40.00" in lines and "Change $0.00" in lines
    assert emupos.drawer_pins() == [] and emupos.state()["drawer"] == "closed"


def test_a_serial_printer_prints_the_receipt_and_opens_the_drawer(counter, emupos, tmp_path):
    """The serial profile, over a real (pseudo-terminal) serial port to the emulated printer."""
    posted = pay(counter, {counter.account_id: "20.00"}, cash("20.00"))
    printer = printer_for(emupos, tmp_path, connection="serial", device=emupos.serial_device(), baudrate=9600,
                          host=None, port=None)
    result = run_queue(counter, printer)
    assert (result.printed, result.failed, result.waiting) == (1, 0, 0), result
    lines = [" ".join(line.split()) for line in the_one(emupos.new_receipts(), posted.receipt_number).splitlines()]
    assert "Amount applied $20.00" in lines and "Convenience fee $0.00" in lines
    assert emupos.drawer_pins(expect=1) == [2]


def test_the_profiles_drawer_pin_is_the_one_kicked(counter, emupos, tmp_path):
    pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    assert run_queue(counter, printer_for(emupos, tmp_path, drawer_pin=5)).printed == 1
    assert emupos.drawer_pins(expect=1) == [5]


def test_paper_out_before_posting_the_receipt_waits_then_prints_once(counter, emupos, tmp_path):
    printer = printer_for(emupos, tmp_path)
    emupos.set_fault("paper-out")
    posted = pay(counter, {counter.account_id: "50.00"}, cash("60.00"))  # the payment posts anyway
    result = run_queue(counter, printer)
    assert (result.printed, result.waiting, result.printer_state) == (0, 1, "paper-out")
    assert "out of paper" in result.last_error and "drawer not opened" in result.drawer_error.lower()
    assert printer.status() == "paper-out" and waiting_count(counter.db, "S1") == 1
    [job] = list_print_jobs(counter.db, counter.cashier, "S1")
    assert (job.receipt_number, job.state) == (posted.receipt_number, "waiting")
    assert emupos.new_receipts(wait=0.3, expect=1) == [] and emupos.drawer_pins() == []

    emupos.clear_fault("paper-out")
    result = run_queue(counter, printer)
    assert (result.printed, result.waiting, result.printer_state) == (1, 0, "online")
    assert run_queue(counter, printer).printed == 0  # nothing is sent twice
    the_one(emupos.new_receipts(), posted.receipt_number)
    assert len(emupos.new_receipt_ids()) == 1 and emupos.drawer_pins(expect=1) == [2]


def test_printer_going_offline_mid_receipt_holds_it_and_prints_it_once(counter, emupos, tmp_path, monkeypatch):
    printer = printer_for(emupos, tmp_path)
    posted = pay(counter, {counter.account_id: "75.00"}, check("75.00"))
    sent_raw = Network._raw

    def offline_halfway(self, data):  # the printer goes offline with half the receipt printed
        if len(data) < 200:
            return sent_raw(self, data)
        sent_raw(self, data[: len(data) // 2])
        time.sleep(0.2)
        emupos.set_fault("offline")
        sent_raw(self, data[len(data) // 2:])

    monkeypatch.setattr(Network, "_raw", offline_halfway)
    result = run_queue(counter, printer)
    monkeypatch.setattr(Network, "_raw", sent_raw)
    assert (result.printed, result.held, result.waiting, result.printer_state) == (0, 1, 1, "offline")
    assert "holds receipt" in result.last_error
    assert queue_counts(counter.db, "S1").held == 1 and emupos.new_receipt_ids() == []

    emupos.clear_fault("offline")  # the printer finishes the receipt it held
    assert posted.receipt_number in emupos.new_receipts()[0]
    result = run_queue(counter, printer)
    assert (result.printed, result.held, result.waiting) == (1, 0, 0)  # confirmed, not sent again
    assert run_queue(counter, printer).printed == 0
    assert len(emupos.new_receipts(wait=0.3, expect=2)) == 1


def test_unreachable_printer_fails_the_receipt_until_retry_prints_it_once(counter, emupos, tmp_path):
    nobody = printer_for(emupos, tmp_path, port=free_port())  # connection refused
    posted = pay(counter, {counter.account_id: "20.00"}, cash("20.00"))
    result = run_queue(counter, nobody)
    assert (result.printed, result.failed, result.waiting, result.printer_state) == (0, 1, 1, "unreachable")
    assert "connection refused" in result.last_error and "Retry" in result.drawer_error
    assert nobody.status() == "unreachable"
    [job] = list_print_jobs(counter.db, counter.cashier, "S1")
    assert (job.state, job.attempts) == ("failed", 1)
    assert run_queue(counter, nobody).failed == 0  # failed jobs wait for the cashier

    result = retry_printing(counter.db, counter.cashier, "S1", printer_for(emupos, tmp_path))  # printer is back
    assert (result.printed, result.waiting) == (1, 0)
    the_one(emupos.new_receipts(), posted.receipt_number)


def test_reprint_is_marked_and_never_opens_the_drawer(counter, emupos, tmp_path):
    printer = printer_for(emupos, tmp_path)
    posted = pay(counter, {counter.account_id: "30.00"}, cash("40.00"))
    run_queue(counter, printer)
    emupos.close_drawer()
    reprint_receipt(counter.db, counter.cashier, posted.receipt_number)
    assert run_queue(counter, printer).printed == 1
    original, copy = emupos.new_receipts(expect=2)
    assert "REPRINT" not in original and "REPRINT" in copy and posted.receipt_number in copy
    assert emupos.drawer_pins(expect=1) == [2]  # the original's only


def test_merchant_copy_prints_a_second_receipt(counter, emupos, tmp_path):
    pay(counter, {counter.account_id: "30.00"}, check("30.00"))
    assert run_queue(counter, printer_for(emupos, tmp_path, merchant_copy=True, columns=42)).printed == 1
    customer, merchant = emupos.new_receipts(expect=2)
    assert "CUSTOMER COPY" in customer and "MERCHANT COPY" in merchant
    assert max(len(line) for line in customer.splitlines()) <= 48


def test_supervisor_no_sale_opens_the_drawer(counter, emupos, tmp_path):
    opening = open_drawer_no_sale(counter.db, counter.supervisor, printer_for(emupos, tmp_path, drawer_pin=5),
                                  "change for the coin counter")
    assert opening.opened and emupos.drawer_pins(expect=1) == [5] and emupos.new_receipt_ids() == []


def test_print_test_command_prints_a_test_page(emupos, tmp_path, capsys):
    assert main(["print-test", "--printer", str(emupos.profile(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "status: online" in out and "test page printed" in out
    [page] = emupos.new_receipts()
    assert "TEST" in page and "Profile: emupos" in page


def test_print_test_on_a_printer_out_of_paper_is_one_line(emupos, tmp_path, capsys):
    emupos.set_fault("paper-out")
    assert main(["print-test", "--printer", str(emupos.profile(tmp_path))]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "out of paper" in err[0]


def test_print_test_prints_the_receipt_header_of_the_database(emupos, db, db_url, tmp_path):
    set_setting(db, system_actor("S1"), "receipt.header", ["City of Shelby", "Utility Billing - Test Line"])
    assert main(["--db", db_url, "print-test", "--printer", str(emupos.profile(tmp_path))]) == 0
    [page] = emupos.new_receipts()
    assert "Utility Billing - Test Line" in page
