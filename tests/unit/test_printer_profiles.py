"""Printer profiles: the shipped ones load; a wrong one is refused naming the file and the field,
and the station still works with receipts waiting in the queue."""
import os
import socket
import threading

import pytest

from cashier_app import config
from cashier_app.receipts.escpos_printer import EscposPrinter
from cashier_app.receipts.file_printer import FilePrinter, PdfPrinter
from cashier_app.receipts.printer_status import PrinterNotReady, PrinterState
from cashier_app.receipts.profiles import ProfileError, find_profile, load_profile
from cashier_app.receipts.station_printer import UnusablePrinter, open_named_printer, open_station_printer
from cashier_app.services.printing import print_waiting
from tests.printing_support import FAST_RETRY, cash, open_counter, pay

SHIPPED = ["network", "usb", "serial", "cups", "file", "pdf", "network-58mm"]


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_profiles_load(name):
    profile = load_profile(name)
    assert profile.connection in name or name in ("network-58mm",)
    assert profile.drawer_pin in (2, 5) and profile.columns in (32, 42, 48)


def test_the_tm_t20iii_network_profile_uses_48_columns_and_answers_status():
    profile = load_profile("network")
    assert (profile.model, profile.columns, profile.port, profile.read_status) == ("TM-T20II", 48, 9100, True)


def write(tmp_path, text, name="counter"):
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = 'connection = "network"\nhost = "10.0.0.5"\n'


@pytest.mark.parametrize("text, field, words", [
    (GOOD + 'model = "TM-X9000"\n', "model", "not a python-escpos printer model"),
    (GOOD + "port = 99999\n", "port", "from 1 to 65535"),
    (GOOD + 'port = "9100"\n', "port", "whole number"),
    ('connection = "network"\n', "host", "IP address"),
    ('host = "10.0.0.5"\n', "connection", "missing"),
    ('connection = "bluetooth"\n', "connection", "one of network"),
    (GOOD + "drawer_pin = 3\n", "drawer_pin", "one of 2, 5"),
    (GOOD + "paper_width_mm = 58\ncolumns = 48\n", "columns", "one of 32"),
    (GOOD + 'cut = "half"\n', "cut", "full, partial, none"),
    (GOOD + "prot = 9100\n", "prot", "unknown field"),
    (GOOD + "timeout_seconds = 0\n", "timeout_seconds", "more than 0"),
    ('connection = "usb"\n', "device", "/dev/usb/lp0"),
    ('connection = "usb"\ndevice = "/dev/usb/lp0"\nread_status = true\n', "read_status", "vendor_id"),
    ('connection = "serial"\n', "device", "serial port"),
    ('connection = "cups"\n', "queue", "CUPS queue"),
    ('connection = "pdf"\npage = "a4"\n', "page", "roll, letter"),
    ('connection = "network"\nhost = \n', "", "not valid TOML"),
])
def test_a_bad_profile_names_the_file_and_the_field(tmp_path, text, field, words):
    path = write(tmp_path, text)
    with pytest.raises(ProfileError) as refused:
        load_profile(str(path))
    message = str(refused.value)
    assert str(path) in message and words in message
    assert refused.value.field == field and (not field or f": {field}:" in message)


def test_profiles_are_found_in_the_home_folder_first(cashier_home):
    (cashier_home / "printers").mkdir()
    write(cashier_home / "printers", 'connection = "file"\nname = "mine"\n', "network")
    assert find_profile("network") == cashier_home / "printers" / "network.toml"
    assert load_profile("network").name == "mine"
    with pytest.raises(ProfileError, match="no such profile"):
        load_profile("nonesuch")


def test_file_and_pdf_profiles_write_into_the_station_receipts_folder(cashier_home):
    station = config.StationConfig(printer="file")
    printer = open_station_printer(station)
    assert isinstance(printer, FilePrinter) and printer.folder == cashier_home / "receipts"
    pdf = open_named_printer("pdf", cashier_home / "r")
    assert isinstance(pdf, PdfPrinter) and pdf.folder == cashier_home / "r" / "pdf" and pdf.page == "letter"


def test_a_missing_usb_device_is_unreachable_and_named(tmp_path):
    printer = EscposPrinter(load_profile(str(write(tmp_path, 'connection = "usb"\ndevice = "/dev/usb/lp9"\n'))))
    status = printer.check()
    assert status.state == PrinterState.UNREACHABLE
    assert "/dev/usb/lp9 does not exist" in status.message and "counter.toml" in status.message


def test_something_that_is_not_a_printer_on_the_port_is_reported(tmp_path):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()

    def answer_like_a_web_server():
        conn, _ = server.accept()
        conn.recv(16)
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
        conn.close()

    threading.Thread(target=answer_like_a_web_server, daemon=True).start()
    path = write(tmp_path, f'connection = "network"\nhost = "127.0.0.1"\nport = {server.getsockname()[1]}\n'
                           "timeout_seconds = 1\n")
    status = EscposPrinter(load_profile(str(path))).check()
    server.close()
    assert status.state == PrinterState.NOT_CONFIGURED and "not an ESC/POS printer" in status.message


def test_with_a_bad_profile_payments_post_and_receipts_wait(db, tmp_path):
    counter = open_counter(db)
    printer = open_named_printer(str(write(tmp_path, GOOD + 'model = "TM-X9000"\n')))
    assert isinstance(printer, UnusablePrinter) and printer.status() == "not-configured"
    posted = pay(counter, {counter.account_id: "25.00"}, cash("25.00"))
    assert posted.receipt_number == "S1-000001"
    result = print_waiting(db, "S1", printer, retry=FAST_RETRY)
    assert (result.printed, result.failed, result.waiting, result.printer_state) == (0, 0, 1, "not-configured")
    assert "counter.toml: model" in result.last_error and "drawer not opened" in result.drawer_error.lower()
    with pytest.raises(PrinterNotReady):
        printer.kick_drawer()


def fake_cups(tmp_path, monkeypatch, queue_state="idle"):
    """lpstat and lp commands on PATH that know one queue, "receipts", and keep what is printed."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "lpstat").write_text(
        "#!/bin/sh\ncase \"$1\" in\n"
        "  -e) echo receipts ;;\n  -v) echo 'device for receipts: usb://EPSON/TM-T20III' ;;\n"
        f"  -p) [ \"$2\" = receipts ] && echo 'printer receipts is {queue_state}.' || exit 1 ;;\nesac\n")
    (bin_dir / "lp").write_text(f"#!/bin/sh\ncat >> {tmp_path / 'printed.bin'}\n")
    for tool in ("lpstat", "lp"):
        (bin_dir / tool).chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    return tmp_path / "printed.bin"


def test_a_cups_queue_prints_through_lp_and_reports_its_state(tmp_path, monkeypatch):
    from tests.unit.test_receipt_render import sample

    printed = fake_cups(tmp_path, monkeypatch)
    printer = EscposPrinter(load_profile("cups"))
    assert printer.status() == "online"
    printer.print_receipt(sample(), open_drawer=True)
    data = printed.read_bytes()
    assert data.startswith(b"\x1b@\x1bp\x00") and b"S1-000123" in data
    missing = EscposPrinter(load_profile(str(write(tmp_path, 'connection = "cups"\nqueue = "kitchen"\n'))))
    assert missing.check().state == PrinterState.UNREACHABLE and "queue" in missing.check().message


def test_a_stopped_cups_queue_is_offline(tmp_path, monkeypatch):
    fake_cups(tmp_path, monkeypatch, queue_state="disabled")
    assert EscposPrinter(load_profile("cups")).status() == "offline"


def test_a_usb_device_file_gets_the_receipt_bytes(tmp_path):
    from tests.unit.test_receipt_render import sample

    device = tmp_path / "lp0"
    device.write_bytes(b"")
    printer = EscposPrinter(load_profile(str(write(tmp_path, f'connection = "usb"\ndevice = "{device}"\ndrawer_pin = 5\n'))))
    assert printer.status() == "online"
    printer.print_receipt(sample(), open_drawer=True)
    data = device.read_bytes()
    assert data.startswith(b"\x1b@\x1bp\x01") and data.endswith(b"\x1dV\x01")
