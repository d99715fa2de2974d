"""One Receipt value, three renderers: plain text, ESC/POS bytes and PDF (roll and letter)."""
import datetime as dt
import re
import subprocess
from decimal import Decimal

import pytest

from cashier_app.receipts.escpos_render import EscposOptions, render_drawer_kick, render_escpos
from cashier_app.receipts.pdf_render import render_pdf
from cashier_app.receipts.receipt import Receipt, ReceiptAccountLine, ReceiptMark, ReceiptTender
from cashier_app.receipts.text import WIDTHS, render_text
from cashier_app.services.settings import DEFAULTS

D = Decimal
ESC_P_PIN2, ESC_P_PIN5 = b"\x1bp\x00", b"\x1bp\x01"


def sample(mark: str = "", name: str = "Renée O'Brien", big: bool = False) -> Receipt:
    applied = D("99999.99") if big else D("128.45")
    return Receipt(
        header=tuple(DEFAULTS["receipt.header"]), receipt_number="S1-000123",
        posted_at=dt.datetime(2026, 11, 2, 9, 30), station="S1", cashier="Maria Alvarez",
        accounts=(ReceiptAccountLine("1000001", name, "412 W Marion St", applied + D("10.00"), applied),
                  ReceiptAccountLine("1000002", name, "1200 East Dixon Boulevard Apartment 14B", D("64.10"),
                                     D("64.10"))),
        tenders=(ReceiptTender("Cash", D("100.00")), ReceiptTender("Check #10234", applied),
                 ReceiptTender("Money order #MO-5521", D("20.00"))),
        total=applied + D("64.10"), tendered=applied + D("120.00"), change=D("55.90"), fee=D("0.00"),
        footer=tuple(DEFAULTS["receipt.footer"]), mark=mark)


def amounts(receipt: Receipt) -> set[str]:
    return {"$128.45", "$138.45", "$64.10", "$100.00", "$20.00", "$192.55", "$248.45", "$55.90", "$0.00"} if \
        receipt.total == D("192.55") else {"$99,999.99", "$100,009.99", "$100,064.09", "$100,119.99"}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("big", [False, True])
def test_text_fits_the_width_and_never_wraps_an_amount(width, big):
    receipt = sample(big=big, name="Alexandria Montgomery-Worthington Properties LLC")
    text = render_text(receipt, width)
    rows = text.splitlines()
    assert max(len(r) for r in rows) <= width
    for amount in amounts(receipt):
        assert any(r.endswith(" " + amount) for r in rows), (amount, text)
    words = " ".join(text.split()).replace("- ", "-")
    assert "Alexandria Montgomery-Worthington Properties LLC" in words  # wrapped, not cut
    assert "Convenience fee" in text and "S1-000123" in text and "11/02/2026 09:30 AM" in text


def test_text_shows_every_part_of_the_receipt():
    text = render_text(sample(), 42)
    for expected in ("City of Shelby", "Utility Payment", "300 South Washington Street", "Shelby NC 28150",
                     "704-484-6866", "Station", "Maria Alvarez", "Account 1000001", "Renée O'Brien",
                     "Previous balance", "Amount applied", "New balance", "Check #10234", "Money order #MO-5521",
                     "TOTAL", "Tendered", "Change", "Bank draft is free"):
        assert expected in text
    assert re.search(r"^  New balance +\$10\.00$", text, re.M)


@pytest.mark.parametrize("mark, banner", [(ReceiptMark.VOID, "VOID"), (ReceiptMark.REPRINT, "REPRINT"),
                                          (ReceiptMark.NSF, "RETURNED CHECK")])
def test_marks_print_a_banner_above_and_below(mark, banner, tmp_path):
    receipt = sample(mark=mark)
    assert render_text(receipt).count(f"*** {banner} ***") == 2
    assert render_escpos(receipt).count(banner.encode()) == 2
    assert pdf_text(render_pdf(receipt), tmp_path).count(banner) == 2
    assert banner not in render_text(sample())


def test_escpos_bytes_start_clean_and_open_the_drawer_only_when_asked():
    plain = render_escpos(sample(), options=EscposOptions(model="TM-T20II", width=48))
    assert plain.startswith(b"\x1b@") and ESC_P_PIN2 not in plain and ESC_P_PIN5 not in plain
    pin2 = render_escpos(sample(), open_drawer=True, options=EscposOptions(width=48, drawer_pin=2))
    pin5 = render_escpos(sample(), open_drawer=True, options=EscposOptions(width=48, drawer_pin=5))
    assert pin2.index(ESC_P_PIN2) < pin2.index(b"City of Shelby")  # the drawer opens first
    assert ESC_P_PIN5 in pin5 and ESC_P_PIN2 not in pin5
    assert render_drawer_kick(drawer_pin=5) == ESC_P_PIN5 + b"22"
    assert render_escpos(sample()) == render_escpos(sample())  # the same value, the same bytes


def test_escpos_cut_code_and_merchant_copy_follow_the_options():
    full = render_escpos(sample(), options=EscposOptions(cut="full"))
    partial = render_escpos(sample(), options=EscposOptions(cut="partial"))
    no_cut = render_escpos(sample(), options=EscposOptions(cut="none"))
    assert full.endswith(b"\x1dV\x00") and partial.endswith(b"\x1dV\x01") and b"\x1dV" not in no_cut
    assert b"\x1d(k" in partial and b"1P0S1-000123" in partial  # native QR of the receipt number
    barcode = render_escpos(sample(), options=EscposOptions(code="barcode"))
    assert b"\x1dk" in barcode and b"{BS1-000123" in barcode and b"\x1d(k" not in barcode
    assert b"\x1d(k" not in render_escpos(sample(), options=EscposOptions(code="none"))
    two = render_escpos(sample(), open_drawer=True, options=EscposOptions(merchant_copy=True))
    assert two.count(b"\x1dV\x01") == 2 and b"CUSTOMER COPY" in two and b"MERCHANT COPY" in two
    assert two.count(ESC_P_PIN2) == 1


@pytest.mark.parametrize("width, model", [(32, "RP-F10-58mm"), (42, "TM-T88V"), (48, "TM-T20II")])
def test_escpos_sends_the_same_fitted_amount_rows_as_the_text(width, model):
    receipt = sample(big=True)
    data = render_escpos(receipt, options=EscposOptions(model=model, width=width))
    for row in render_text(receipt, width).splitlines():
        if "$" in row:
            assert row.encode("cp437") in data, row


def pdf_text(data: bytes, tmp_path, layout: bool = False) -> str:
    path = tmp_path / "receipt.pdf"
    path.write_bytes(data)
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_page_size(data: bytes, tmp_path) -> tuple[float, float]:
    path = tmp_path / "size.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(width), float(height)


@pytest.mark.parametrize("page, width_mm", [("roll", 80), ("roll", 58), ("letter", 80)])
def test_pdf_holds_the_whole_receipt(page, width_mm, tmp_path):
    data = render_pdf(sample(), page=page, roll_width_mm=width_mm)
    assert data.startswith(b"%PDF")
    text = pdf_text(data, tmp_path, layout=True)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for expected in ("City of Shelby", "Receipt S1-000123", "Date 11/02/2026 09:30 AM", "Cashier Maria Alvarez",
                     "Account 1000001", "Renée O'Brien", "Amount applied $128.45", "Check #10234 $128.45",
                     "TOTAL $192.55", "Change $55.90", "Convenience fee $0.00"):
        assert expected in lines, (expected, text)
    width, height = pdf_page_size(data, tmp_path)
    if page == "letter":
        assert (width, height) == (612, 792)
    else:
        assert abs(width - width_mm * 72 / 25.4) < 1 and height > 300


def test_pdf_rejects_an_unknown_page():
    with pytest.raises(ValueError, match="roll, letter"):
        render_pdf(sample(), page="a4")
