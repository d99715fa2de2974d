from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cashier_app.money import (
    MoneyError, format_amount, from_cents, parse_amount, parse_cents, round_half_up, to_cents,
)


@pytest.mark.parametrize(
    "typed, cents",
    [("12", 1200), ("12.5", 1250), ("$1,234.50", 123450), (".05", 5), ("0", 0), (" 7.10 ", 710),
     ("1,000,000", 100000000 ), ("$ 3", 300)],
)
def test_parse_accepts_what_cashiers_type(typed, cents):
    assert parse_cents(typed, cap=None) == cents


@pytest.mark.parametrize(
    "typed, message",
    [("-5", "negative"), ("12.345", "two decimals"), ("12a", "not an amount"), ("abc", "not an amount"),
     ("", "Enter"), ("1,23", "not an amount"), ("1e3", "not an amount"), ("١٢", "not an amount"),
     ("$", "Enter"), ("(5)", "negative"), ("12.5.1", "not an amount")],
)
def test_parse_refuses_bad_input_with_a_clear_message(typed, message):
    with pytest.raises(MoneyError, match=message):
        parse_amount(typed)


def test_cap_is_configurable():
    assert parse_amount("999.99", cap=Decimal("1000")) == Decimal("999.99")
    with pytest.raises(MoneyError, match=r"above \$1,000.00"):
        parse_amount("1000.01", cap=Decimal("1000"))


def test_zero_can_be_refused():
    with pytest.raises(MoneyError, match="more than"):
        parse_amount("0.00", allow_zero=False)


def test_format():
    assert format_amount(Decimal("1234.5")) == "$1,234.50"
    assert format_amount(5) == "$0.05"
    assert format_amount(Decimal("-3")) == "-$3.00"


def test_half_up_rounding():
    assert round_half_up(Decimal("0.005")) == Decimal("0.01")
    assert round_half_up(Decimal("2.675")) == Decimal("2.68")
    assert round_half_up(Decimal("-0.005")) == Decimal("-0.01")
    assert to_cents(Decimal("10.125")) == 1013


def test_float_is_refused():
    with pytest.raises(TypeError):
        from_cents(1.5)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=10**13))
def test_parse_of_format_is_identity(cents):
    assert parse_cents(format_amount(cents), cap=None) == cents


@given(st.integers(min_value=-10**13, max_value=10**13))
def test_cents_decimal_round_trip(cents):
    assert to_cents(from_cents(cents)) == cents


@given(st.text(max_size=30))
def test_parse_never_crashes_on_any_text(text):
    try:
        value = parse_amount(text, cap=None)
    except MoneyError:
        return
    assert value >= 0 and value == value.quantize(Decimal("0.01"))


def test_absurdly_long_amounts_are_refused_not_crashed():
    with pytest.raises(MoneyError, match="too large"):
        parse_amount("100000000000000000000000000", cap=None)
