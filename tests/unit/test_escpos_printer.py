"""The network printer's conversation, against a small scripted ESC/POS printer on loopback:
status before, one write, confirmation after, and what each kind of silence or refusal means."""
import socket
import threading

import pytest

from cashier_app.models import PrintJob
from cashier_app.receipts.escpos_printer import EscposPrinter
from cashier_app.receipts.printer_status import PrinterNotReady, PrinterState, PrinterUnreachable
from cashier_app.receipts.profiles import load_profile
from cashier_app.services.printing import print_waiting
from tests.emupos_fixture import free_port
from tests.printing_support import FAST_RETRY, cash, open_counter, pay
from tests.unit.test_receipt_render import sample

ONLINE, OFFLINE_BIT, PAPER_GONE = 0x12, 0x08, 0x60
CONFIRM = b"\x1dr\x01"


class ScriptedPrinter:
    """Answers DLE EOT with ``status`` bytes and GS r 1 with ``confirm`` (None: stays silent and
    hangs up, as a printer that lost power would)."""

    def __init__(self, status=None, confirm=b"\x00"):
        self.status = {1: ONLINE, 2: ONLINE, 4: ONLINE, **(status or {})}
        self.confirm = confirm
        self.received = bytearray()
        self.connections = self.asked = 0  # connections accepted; status questions answered
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen()
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                buffer = b""
                while chunk := conn.recv(4096):
                    buffer += chunk
                    while buffer.startswith(b"\x10\x04") and len(buffer) >= 3:
                        conn.sendall(bytes([self.status[buffer[2]]]))
                        self.asked += 1
                        buffer = buffer[3:]
                    if buffer.endswith(CONFIRM):
                        self.received += buffer[: -len(CONFIRM)]
                        buffer = b""
                        if self.confirm is None:
                            break
                        conn.sendall(self.confirm)

    def close(self):
        self.server.close()


@pytest.fixture
def scripted(request):
    printers = []

    def make(**kw):
        printers.append(ScriptedPrinter(**kw))
        return printers[-1]

    yield make
    for p in printers:
        p.close()


def network(tmp_path, port, **fields):
    text = f'connection = "network"\nhost = "127.0.0.1"\nport = {port}\ntimeout_seconds = 0.5\n'
    text += "".join(f"{k} = {v}\n" for k, v in fields.items())
    path = tmp_path / "scripted.toml"
    path.write_text(text, encoding="utf-8")
    return EscposPrinter(load_profile(str(path)))


def test_a_confirmed_receipt_is_printed(scripted, tmp_path):
    fake = scripted()
    printer = network(tmp_path, fake.port)
    done = printer.deliver(printer.render(sample(), open_drawer=True))
    assert done.printed and done.message == "" and done.handed_at > 0
    assert bytes(fake.received).startswith(b"\x1b@\x1bp\x00") and b"S1-000123" in fake.received


def test_paper_near_end_in_the_confirmation_is_a_notice(scripted, tmp_path, db):
    fake = scripted(confirm=b"\x03")
    counter = open_counter(db)
    pay(counter, {counter.account_id: "5.00"}, cash("5.00"))
    result = print_waiting(db, "S1", network(tmp_path, fake.port), retry=FAST_RETRY)
    assert (result.printed, result.printer_state, result.notice) == (1, "paper-low", "Printer paper is running low.")


def test_a_printer_that_hangs_up_after_the_receipt_but_is_online_counts_it_printed(scripted, tmp_path):
    fake = scripted(confirm=None)
    printer = network(tmp_path, fake.port)
    done = printer.deliver(printer.render(sample()))
    assert done.printed and "did not confirm" in done.message
    assert b"S1-000123" in fake.received


@pytest.mark.parametrize("status, state", [({1: ONLINE | OFFLINE_BIT, 4: ONLINE | PAPER_GONE}, PrinterState.PAPER_OUT),
                                           ({1: ONLINE | OFFLINE_BIT, 2: ONLINE | 0x04}, PrinterState.COVER_OPEN),
                                           ({1: ONLINE | OFFLINE_BIT}, PrinterState.OFFLINE),
                                           ({4: ONLINE | 0x0C}, PrinterState.PAPER_LOW)])
def test_status_bytes_say_what_is_wrong_and_nothing_is_sent(scripted, tmp_path, status, state):
    fake = scripted(status=status)
    printer = network(tmp_path, fake.port)
    assert printer.check().state == state
    if state.can_print:
        assert printer.deliver(printer.render(sample())).printed
    else:
        with pytest.raises(PrinterNotReady):
            printer.deliver(printer.render(sample()))
        assert fake.received == b""


def test_a_refused_connection_is_unreachable(tmp_path):
    printer = network(tmp_path, free_port())
    with pytest.raises(PrinterUnreachable, match="connection refused"):
        printer.deliver(printer.render(sample()))
    assert printer.status() == "unreachable"


def test_a_job_without_its_payment_fails_and_does_not_hold_up_the_queue(db, scripted, tmp_path):
    fake = scripted()
    counter = open_counter(db)
    with db.write() as s:
        s.add(PrintJob(station_id=1, payment_id=None))
    pay(counter, {counter.account_id: "5.00"}, cash("5.00"))
    result = print_waiting(db, "S1", network(tmp_path, fake.port), retry=FAST_RETRY)
    assert (result.printed, result.failed) == (1, 1) and "no payment" in result.last_error.lower()
