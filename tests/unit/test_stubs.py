"""The bill stub barcode: made, read back, damaged scans refused; demo stubs rendered as PDF."""
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.graphics.barcode.code128 import Code128

from cashier_app.services.stubs import (
    StubError, StubScan, looks_like_stub, parse_stub, stub_barcode, write_demo_stubs,
)
from tests.factories import make_account

D = Decimal
DUE = dt.date(2026, 11, 25)

accounts = st.text("0123456789", min_size=1, max_size=20)
amounts = st.integers(0, 99_999_999).map(lambda c: D(c) / 100)
dates = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))


def test_the_documented_example():
    text = stub_barcode("1000001", D("128.45"), DUE)
    assert text == "SHB10710000010001284520261125" + text[-1] and len(text) == 30
    assert parse_stub(text) == StubScan("1000001", D("128.45"), DUE)


@given(accounts, amounts, dates)
def test_every_stub_reads_back(account, amount, due):
    text = stub_barcode(account, amount, due)
    assert looks_like_stub(text)
    assert parse_stub(text) == StubScan(account, amount, due)
    assert parse_stub(f"  {text.lower()}\r\n") == StubScan(account, amount, due)  # caps lock, line end


@given(accounts, amounts, dates, st.data())
def test_one_wrong_digit_is_caught(account, amount, due, data):
    text = stub_barcode(account, amount, due)
    i = data.draw(st.integers(4, len(text) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != text[i]]))
    with pytest.raises(StubError):
        parse_stub(text[:i] + digit + text[i + 1:])


@given(st.text(max_size=60))
def test_any_scan_is_read_or_refused_never_a_crash(text):
    try:
        scan = parse_stub(text)
    except StubError:
        return
    assert isinstance(scan, StubScan)


@pytest.mark.parametrize("text, message", [
    ("1000001", "not a City of Shelby bill stub"),
    ("SHB2071000001000128452026112", "unknown format"),
    ("SHB1071000001000128452026112", "wrong length"),
    ("SHB10710000010001284520261125X", "letters"),
    ("SHB1000000001000128452026112", "account length"),
])
def test_unreadable_scans_say_why(text, message):
    with pytest.raises(StubError, match=message):
        parse_stub(text)


def test_a_bad_date_with_a_good_check_digit_is_refused():
    from stdnum import luhn

    body = "07" + "1000001" + "00012845" + "20261345"
    with pytest.raises(StubError, match="not a date"):
        parse_stub("SHB1" + body + luhn.calc_check_digit(body))


@pytest.mark.parametrize("text, expected", [
    ("SHB107100000100012845202611250", True), ("shb1 0710", True), ("SHB9", True),
    ("Shelby", False), ("1000001", False), ("SHB", False), ("", False), ("412 W Marion", False),
])
def test_the_lookup_field_can_tell_a_scan_from_a_search(text, expected):
    assert looks_like_stub(text) is expected


@pytest.mark.parametrize("account, amount", [("10-0001", "1.00"), ("", "1.00"), ("1" * 21, "1.00"),
                                             ("1000001", "-1.00"), ("1000001", "1000000.00"),
                                             ("1000001", "1.005")])
def test_what_cannot_go_on_a_barcode(account, amount):
    with pytest.raises(StubError):
        stub_barcode(account, D(amount), DUE)


def test_code_128_packs_the_digits():
    code = Code128(stub_barcode("1000001", D("128.45"), DUE), barWidth=1.0)
    assert code.width < 300  # points: start, SHB1 in set B, then digit pairs in set C
    assert len(code.encoded) < 24


def test_demo_stubs_render_to_a_pdf(db, tmp_path):
    make_account(db, bills=2)
    make_account(db, "1000002", "100002", last="Smith", first="Ann", balance="-5.00")
    make_account(db, "A-77", "100003", last="Letters", first="Al")  # cannot go on a barcode: left out
    out = tmp_path / "stubs.pdf"
    assert write_demo_stubs(db, out, accounts=10) == 2
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 1000
    assert write_demo_stubs(db, tmp_path / "one.pdf", accounts=1) == 1
