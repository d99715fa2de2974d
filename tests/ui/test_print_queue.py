"""Receipts waiting (F10): a receipt that did not print is seen, printed to PDF, moved to another
station's printer; No sale opens the drawer with a reason and a supervisor's approval. Receipts
waiting for paper print by themselves at the next printer check (on the emupos emulator)."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from cashier_app.config import StationConfig
from cashier_app.receipts.escpos_printer import EscposPrinter
from cashier_app.receipts.profiles import load_profile
from cashier_app.services.print_queue import PrintJobView
from cashier_app.services.payments import (
    AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.printing import queue_counts
from cashier_app.services.users import authenticate
from cashier_app.ui.main_window import MainWindow
from cashier_app.ui.no_sale_dialog import NoSaleDialog
from cashier_app.ui.print_queue_dialog import PrintQueueDialog
from cashier_app.ui.print_queue_models import PrintJobColumn, PrintJobsModel
from tests.emupos_fixture import emupos, emupos_server  # noqa: F401 - fixtures
from tests.factories import make_station
from tests.ui.conftest import (
    PASSWORD, SUPERVISOR_PASSWORD, find, open_account, open_window, post_and_wait, press, tender_amount, text_of,
)


def test_print_jobs_model(qtmodeltester):
    model = PrintJobsModel()
    model.set_jobs([PrintJobView(7, "S1-000001", "", "failed", 2, "cannot write", datetime.now(timezone.utc),
                                 None, "", Decimal("128.45"), True),
                    PrintJobView(8, "S1-000002", "REPRINT", "waiting", 0, "", datetime.now(timezone.utc),
                                 None, "", Decimal("5.00"), False)])
    qtmodeltester.check(model)
    assert model.data(model.index(0, PrintJobColumn.TOTAL)) == "$128.45"
    assert model.data(model.index(1, PrintJobColumn.MARK)) == "REPRINT"
    assert model.headerData(PrintJobColumn.PROBLEM, Qt.Orientation.Horizontal) == "Problem"


def blocked_window(qtbot, counter_db, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the receipts folder should be")
    window = open_window(qtbot, counter_db[0], StationConfig(receipts_dir=str(blocked)))
    open_account(qtbot, window)
    qtbot.keyClicks(tender_amount(window), "200")
    post_and_wait(qtbot, window, "S1-000001")
    qtbot.waitUntil(lambda: text_of(window, "receiptPrintState").startswith("Not printed"))
    return window


def open_queue(qtbot, window, rows: int) -> PrintQueueDialog:
    press(qtbot, window, Qt.Key.Key_F10)
    dialog = window.flow.print_queue
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible() and dialog.model.rowCount() == rows)
    return dialog


def test_a_waiting_receipt_is_printed_to_pdf(qtbot, counter_db, tmp_path):
    window = blocked_window(qtbot, counter_db, tmp_path)
    dialog = open_queue(qtbot, window, 1)
    assert dialog.model.job(0).receipt_number == "S1-000001"
    assert text_of(dialog, "printQueueCount") == "Receipts not printed: 1"
    find(dialog, QPushButton, "printQueuePdf").click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    notice = text_of(dialog, "printQueueNotice")
    assert notice.startswith("Receipt S1-000001 saved as ")
    path = Path(notice.removeprefix("Receipt S1-000001 saved as "))
    assert path.exists() and path.suffix == ".pdf"
    qtbot.waitUntil(lambda: text_of(window, "statusPrinter").endswith("offline"))
    window.close()


def test_waiting_receipts_move_to_another_station(qtbot, counter_db, tmp_path):
    make_station(counter_db[0], "S2", "S2")
    window = blocked_window(qtbot, counter_db, tmp_path)
    dialog = open_queue(qtbot, window, 1)
    combo = find(dialog, QComboBox, "printQueueStation")
    qtbot.waitUntil(lambda: combo.count() == 1)
    assert combo.currentText() == "S2"
    find(dialog, QPushButton, "printQueueMove").click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert text_of(dialog, "printQueueNotice") == "Receipts moved to station S2's printer: 1"
    assert not find(dialog, QPushButton, "printQueueMove").isEnabled()
    window.close()


def test_retry_prints_the_waiting_receipts_once_the_printer_is_back(qtbot, counter_db, tmp_path):
    window = blocked_window(qtbot, counter_db, tmp_path)
    dialog = open_queue(qtbot, window, 1)
    (tmp_path / "not-a-folder").unlink()  # the printer is back
    find(dialog, QPushButton, "printQueueRetry").click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert (tmp_path / "not-a-folder" / "S1-000001.txt").exists()
    assert text_of(dialog, "printQueueCount") == "Every receipt of this station has printed."
    window.close()


def no_sale(qtbot, window) -> NoSaleDialog:
    dialog = open_queue(qtbot, window, 0)
    find(dialog, QPushButton, "noSaleButton").click()
    qtbot.waitUntil(lambda: dialog.no_sale is not None and dialog.no_sale.isVisible())
    return dialog.no_sale


def test_no_sale_needs_a_reason_and_the_right_supervisor_password(qtbot, window, station_config):
    queue = open_queue(qtbot, window, 0)
    opening = no_sale(qtbot, window)
    find(opening, QPushButton, "noSaleConfirm").click()
    assert text_of(opening, "noSaleError") == "Say why the drawer is opened."
    qtbot.keyClicks(find(opening, QLineEdit, "noSaleReason"), "Change for the second drawer")
    qtbot.keyClicks(find(opening, QLineEdit, "noSaleSupervisor"), "boss")
    qtbot.keyClicks(find(opening, QLineEdit, "noSalePassword"), "not-the-password")
    qtbot.keyClick(find(opening, QLineEdit, "noSalePassword"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text_of(opening, "noSaleError") == "Wrong user name or password.")
    drawer_log = station_config.resolved_receipts_dir() / "drawer.log"
    assert opening.isVisible() and not drawer_log.exists()

    qtbot.keyClicks(find(opening, QLineEdit, "noSalePassword"), SUPERVISOR_PASSWORD)
    qtbot.keyClick(find(opening, QLineEdit, "noSalePassword"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not opening.isVisible())
    assert text_of(queue, "printQueueNotice") == "Cash drawer opened (no sale)."
    assert "drawer opened" in drawer_log.read_text(encoding="utf-8")


def test_no_sale_with_a_printer_that_fails_says_so(qtbot, counter_db, tmp_path):
    window = blocked_window(qtbot, counter_db, tmp_path)
    queue = open_queue(qtbot, window, 1)
    find(queue, QPushButton, "noSaleButton").click()
    opening = queue.no_sale
    opening.reason.setText("Coin stuck")
    opening.supervisor.setText("boss")
    opening.password.setText(SUPERVISOR_PASSWORD)
    opening.submit()
    qtbot.waitUntil(lambda: not opening.isVisible())
    assert text_of(queue, "printQueueError").startswith("Cash drawer not opened")
    window.close()


PRINTER_CHECK_MS = 400  # the window's printer check, short for the test (20 s at the counter)


def test_receipts_waiting_for_paper_print_at_the_next_printer_check(qtbot, counter_db, station_config, emupos,
                                                                    tmp_path):
    """Paper out, three posts, paper back, no key pressed: the printer check prints all three once, in order."""
    db = counter_db[0]
    emupos.set_fault("paper-out")
    printer = EscposPrinter(load_profile(emupos.profile(tmp_path)))
    window = open_window(qtbot, db, station_config, printer=printer, printer_check_ms=PRINTER_CHECK_MS)
    numbers = ["S1-000001", "S1-000002", "S1-000003"]
    for (account, balance), number in zip((("1000001", "$128.45"), ("1000002", "$60.00"), ("2000001", "$128.45")),
                                          numbers):
        open_account(qtbot, window, account, balance)
        qtbot.keyClicks(tender_amount(window), "200")
        with qtbot.waitSignal(window.printing.printed, timeout=10_000) as run:
            post_and_wait(qtbot, window, number)
        assert run.args[0].printer_state == "paper-out"
    qtbot.wait(2 * PRINTER_CHECK_MS)  # checks come and go while the paper is out: nothing prints
    assert queue_counts(db, "S1").waiting == 3 and emupos.new_receipt_ids() == []
    qtbot.waitUntil(lambda: text_of(window, "statusPrinter") == "Printer: paper out · 3 receipts waiting")

    emupos.clear_fault("paper-out")  # paper loaded; nobody presses a key
    with qtbot.waitSignal(window.printing.printed, timeout=PRINTER_CHECK_MS + 10_000) as run:
        pass
    assert (run.args[0].printed, run.args[0].waiting, run.args[0].failed) == (3, 0, 0)
    qtbot.waitUntil(lambda: len(emupos.new_receipt_ids()) == 3, timeout=10_000)
    qtbot.wait(3 * PRINTER_CHECK_MS)  # more checks: nothing is printed twice
    receipts = emupos.new_receipts(expect=3)
    assert len(receipts) == 3
    assert [[n for n in numbers if n in text] for text in receipts] == [[n] for n in numbers]  # in order
    assert queue_counts(db, "S1").not_printed == 0
    qtbot.waitUntil(lambda: text_of(window, "statusPrinter") == "Printer: online")
    window.close()



def post_while_closed(db, accounts) -> list[str]:
    """Payments by check posted with no window open (their receipts wait); returns the receipt numbers."""
    cashier = authenticate(db, "cashier", PASSWORD, "S1")
    tender = TenderRequest("check", Decimal("10.00"), check_number="501")
    return [post_payment(db, cashier, PaymentRequest(new_client_token(), (AllocationRequest(a, Decimal("10.00")),),
                                                     (tender,))).receipt_number for a in accounts]


def window_on(qtbot, db, station_config, emupos, tmp_path, runs: list) -> MainWindow:
    """The counter window on the emulated printer, its printer check once a minute; runs collects
    the result of every print run."""
    printer = EscposPrinter(load_profile(emupos.profile(tmp_path)))
    window = MainWindow(db, station_config, authenticate(db, "cashier", PASSWORD, "S1"), printer=printer,
                        printer_check_ms=60_000)
    qtbot.addWidget(window)
    window.printing.printed.connect(runs.append)
    return window


def test_receipts_left_waiting_print_when_the_window_opens(qtbot, counter_db, station_config, emupos, tmp_path):
    db, ids = counter_db
    numbers = post_while_closed(db, (ids["obrien"], ids["alice"]))
    runs = []
    window = window_on(qtbot, db, station_config, emupos, tmp_path, runs)  # no key pressed, no timer tick yet
    qtbot.waitUntil(lambda: bool(runs), timeout=10_000)
    assert [(r.printed, r.waiting) for r in runs] == [(2, 0)]
    receipts = emupos.new_receipts(expect=2)
    assert [[n for n in numbers if n in text] for text in receipts] == [[n] for n in numbers]
    window.close()


def test_printer_checks_close_together_start_one_print_run(qtbot, counter_db, station_config, emupos, tmp_path):
    db, ids = counter_db
    post_while_closed(db, (ids["obrien"], ids["alice"], ids["bob"]))
    runs = []
    window = window_on(qtbot, db, station_config, emupos, tmp_path, runs)
    for _ in range(3):  # the timer's slot, again and again before the first check has answered
        window.printing.check_and_print()
    qtbot.waitUntil(lambda: bool(runs), timeout=10_000)
    qtbot.waitUntil(lambda: not window.printing.jobs.busy, timeout=10_000)
    qtbot.wait(300)
    assert [(r.printed, r.waiting) for r in runs] == [(3, 0)]  # one run printed them all
    assert len(emupos.new_receipts(expect=3)) == 3
    window.close()
