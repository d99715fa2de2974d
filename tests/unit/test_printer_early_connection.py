"""The print run opens a network printer's connection and asks its status before it reads and
renders the receipt; the receipt then goes out on that connection, and every answer means what it
meant when the questions were asked just before the bytes."""
import time

import pytest

from cashier_app.models import PrintJob
from cashier_app.receipts import escpos_render
from cashier_app.receipts.printer_status import PrinterUnreachable
from cashier_app.services.printing import print_waiting
from tests.emupos_fixture import free_port
from tests.printing_support import FAST_RETRY, cash, open_counter, pay
from tests.unit.test_escpos_printer import ONLINE, OFFLINE_BIT, PAPER_GONE, network, scripted  # noqa: F401
from tests.unit.french_support import catalogue, french  # noqa: F401
from tests.unit.test_receipt_render import sample


def test_the_status_is_asked_before_the_receipt_is_rendered_and_it_goes_out_on_that_connection(
        db, scripted, tmp_path, monkeypatch):
    fake = scripted()
    printer = network(tmp_path, fake.port)
    counter = open_counter(db)
    pay(counter, {counter.account_id: "5.00"}, cash("5.00"), print_here=True)
    asked_when_rendered = []
    render = printer.render

    def seen_then_render(*a, **kw):
        # The fake's thread counts a connection once it has accepted it, a moment after the
        # client's connect returned: give it that moment. A connection opened only after the
        # render cannot be counted here, whatever the wait.
        deadline = time.monotonic() + 2
        while fake.connections == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        asked_when_rendered.append(fake.connections)
        return render(*a, **kw)
    monkeypatch.setattr(printer, "render", seen_then_render)
    result = print_waiting(db, "S1", printer, retry=FAST_RETRY)
    assert result.printed == 1
    assert asked_when_rendered == [1]  # connected (and asked) before rendering
    assert (fake.connections, fake.asked) == (1, 3)  # one connection, the three questions once
    assert b"S1-000001" in fake.received


def test_an_early_connection_not_used_is_closed_and_the_next_receipt_prints(db, scripted, tmp_path):
    fake = scripted()
    printer = network(tmp_path, fake.port)
    counter = open_counter(db)
    with db.write() as s:  # a job with nothing to print: the run connects early, then has nothing to send
        s.add(PrintJob(station_id=1, payment_id=None))
    result = print_waiting(db, "S1", printer, retry=FAST_RETRY)
    assert (result.printed, result.failed) == (0, 1)
    assert printer._early is None and fake.received == b""
    pay(counter, {counter.account_id: "5.00"}, cash("5.00"))
    assert print_waiting(db, "S1", printer, retry=FAST_RETRY).printed == 1
    assert fake.connections == 2 and b"S1-000001" in fake.received


def test_a_printer_out_of_paper_found_early_gets_nothing_and_the_receipt_waits(db, scripted, tmp_path):
    fake = scripted(status={1: ONLINE | OFFLINE_BIT, 4: ONLINE | PAPER_GONE})
    counter = open_counter(db)
    pay(counter, {counter.account_id: "5.00"}, cash("5.00"), print_here=True)
    result = print_waiting(db, "S1", network(tmp_path, fake.port), retry=FAST_RETRY)
    assert (result.printed, result.waiting, result.printer_state) == (0, 1, "paper-out")
    assert fake.received == b""
    with db.read() as s:
        assert s.get(PrintJob, 1).state == "waiting"


def test_a_refused_early_connection_is_tried_again_then_fails_the_receipt(db, tmp_path):
    counter = open_counter(db)
    pay(counter, {counter.account_id: "5.00"}, cash("5.00"))
    printer = network(tmp_path, free_port())
    result = print_waiting(db, "S1", printer, retry=FAST_RETRY)
    assert (result.printed, result.failed, result.printer_state) == (0, 1, "unreachable")
    assert "connection refused" in result.last_error
    printer.connect_early()  # what it raises waits for the hand-over
    with pytest.raises(PrinterUnreachable, match="connection refused"):
        printer.deliver(printer.render(sample()))


def _same_bytes_as_python_escpos(receipt, monkeypatch) -> bool:
    fast = escpos_render.render_escpos(receipt, open_drawer=True)
    with monkeypatch.context() as m:
        m.setattr(escpos_render, "_rows", lambda printer, rows: printer.textln("\n".join(rows)))
        return fast == escpos_render.render_escpos(receipt, open_drawer=True)


@pytest.mark.parametrize("name", ["Renée O'Brien", "Bob Smith", "Zoë Çelik-Ñúñez"])
def test_ascii_rows_are_the_bytes_python_escpos_writes(name, monkeypatch):
    assert _same_bytes_as_python_escpos(sample(name=name), monkeypatch)


def test_a_french_receipt_is_the_bytes_python_escpos_writes(french, monkeypatch):  # noqa: ARG001
    receipt = sample("REPRINT", name="Bob Smith")
    assert "é".encode("cp437") in escpos_render.render_escpos(receipt)  # "Solde précédent"
    assert _same_bytes_as_python_escpos(receipt, monkeypatch)
