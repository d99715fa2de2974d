"""MICR check reader lines: each reader encoding parsed back; any text is read or refused, never a crash."""
import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.us import rtn

from cashier_app.services.micr import MicrError, MicrLine, parse_micr

# transit, on-us, amount, dash as each kind of reader types them
ENCODINGS = [("T", "U", "A", "D"), (":", ";", "$", "-"), ("T", "O", "A", "-"), ("\u2446", "\u2448", "\u2447", "\u2449")]

routings = st.text("0123456789", min_size=8, max_size=8).map(lambda r: r + rtn.calc_check_digit(r))
bank_accounts = st.text("0123456789", min_size=4, max_size=17)
check_numbers = st.integers(1, 10**15 - 1).map(str)


def dashed(account: str, dash: str, cut: int) -> str:
    cut = 1 + cut % (len(account) - 1)
    return account[:cut] + dash + account[cut:]


@given(routings, bank_accounts, check_numbers, st.sampled_from(ENCODINGS), st.integers(0, 100), st.booleans())
def test_personal_check_lines_read_back(routing, account, check, encoding, cut, with_dash):
    t, u, _, d = encoding
    shown = dashed(account, d, cut) if with_dash else account
    assert parse_micr(f"{t}{routing}{t} {shown}{u} {check}") == MicrLine(routing, account, check)
    assert parse_micr(f"{t}{routing}{t}{shown}{u}{check}") == MicrLine(routing, account, check)


@given(routings, bank_accounts, check_numbers, st.sampled_from(ENCODINGS), st.integers(0, 5))
def test_business_check_lines_read_back(routing, account, check, encoding, zeros):
    t, u, a, _ = encoding
    line = f"{u}{'0' * zeros}{check}{u} {t}{routing}{t} {account}{u} {a}0000012345{a}"
    assert parse_micr(line) == MicrLine(routing, account, check)


@given(st.text(max_size=80))
def test_any_text_is_read_or_refused(text):
    try:
        line = parse_micr(text)
    except MicrError:
        return
    assert rtn.is_valid(line.routing) and 4 <= len(line.account) <= 17


@given(st.text("0123456789TU:;OAD$- ", max_size=60))
def test_reader_like_noise_is_read_or_refused(text):
    try:
        parse_micr(text)
    except MicrError:
        pass


@pytest.mark.parametrize("text, message", [
    ("", "Nothing was read"),
    ("T053000197T 1234567890U 1001", "check digit"),
    ("T05300019T 1234567890U 1001", "No 9-digit routing"),
    ("1234567890U 1001", "No 9-digit routing"),
    ("T053000196T 12U 1001", "bank account"),
    ("T053000196T 1234?67890U 1001", "could not read"),
    ("T053000196T 1234567890U 1001 x", "not part of"),
    ("T053000196T T021000021T 1234567890U", "two routing numbers"),
    ("T053000196T 1234567890U 10 01", "check number is not clear"),
    ("T053000196T 1234567890U 1001 A00012", "amount field"),
])
def test_unreadable_lines_say_why(text, message):
    with pytest.raises(MicrError, match=message):
        parse_micr(text)


def test_a_reader_without_the_on_us_symbol():
    assert parse_micr("T053000196T 1234567890 1001") == MicrLine("053000196", "1234567890", "1001")
    assert parse_micr(":053000196: 1234567890") == MicrLine("053000196", "1234567890", "")
