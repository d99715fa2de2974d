"""Money: the one place that parses, rounds and formats amounts.

Amounts are ``Decimal`` with two places in code and integer cents in storage.
Nothing on the money path is ever a float.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from cashier_app.i18n import _t

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
#: Default largest amount a cashier may type for one field (configurable per call).
DEFAULT_CAP = Decimal("100000.00")

# Digits with optional thousands separators in the right places, optional decimals.
_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?$", re.ASCII)


class MoneyError(ValueError):
    """An amount that cannot be accepted; the message is fit to show a cashier."""


def round_half_up(value: Decimal) -> Decimal:
    """Round to the cent, half away from zero (the cash-office rule)."""
    if isinstance(value, float):  # pragma: no cover - a programming error, not input
        raise TypeError("money must never be a float")
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def is_cents(value: Decimal) -> bool:
    """True when ``value`` is a whole number of cents (no third decimal): what a service accepts."""
    try:
        return value == value.quantize(CENT)
    except (InvalidOperation, AttributeError):  # NaN, infinity, not a Decimal
        return False


def exact_cents(value: Decimal) -> int:
    """Decimal dollars -> integer cents, refusing a fraction of a cent instead of rounding it away
    (a stored amount is always what was given)."""
    if isinstance(value, float):
        raise TypeError("money must never be a float")
    value = Decimal(value)
    if not is_cents(value):
        raise ValueError(f"{value} is not a whole number of cents")
    return int(value * 100)


def to_cents(value: Decimal) -> int:
    """Decimal dollars -> integer cents (rounded half-up)."""
    return int(round_half_up(value) * 100)


def from_cents(cents: int) -> Decimal:
    """Integer cents -> Decimal dollars with two places."""
    if not isinstance(cents, int) or isinstance(cents, bool):
        raise TypeError(f"cents must be an int, not {type(cents).__name__}")
    return (Decimal(cents) / 100).quantize(CENT)


def parse_amount(text: str, *, cap: Decimal | None = DEFAULT_CAP, allow_zero: bool = True) -> Decimal:
    """Parse what a cashier types (``12``, ``12.5``, ``$1,234.50``) into a Decimal.

    Refuses negatives, letters, more than two decimals and amounts above ``cap``.
    """
    if text is None:
        raise MoneyError(_t("Enter an amount."))
    raw = str(text).strip()
    if not raw:
        raise MoneyError(_t("Enter an amount."))
    if raw.startswith("-") or raw.startswith("(") or "-" in raw:
        raise MoneyError(_t("Amounts cannot be negative."))
    body = raw[1:].strip() if raw.startswith("$") else raw
    if not body or body == ".":
        raise MoneyError(_t("Enter an amount."))
    if not _AMOUNT.match(body):
        raise MoneyError(_t("“{0}” is not an amount; type digits like 12.50.").format(raw))
    digits = body.replace(",", "")
    if "." in digits and len(digits.split(".", 1)[1]) > 2:
        raise MoneyError(_t("Amounts have at most two decimals (cents)."))
    if len(digits.split(".", 1)[0]) > 15:  # beyond any cap; Decimal's precision ends at 28 digits
        raise MoneyError(_t("“{0}” is far too large an amount.").format(raw))
    try:
        value = Decimal(digits if not digits.endswith(".") else digits[:-1] or "0").quantize(CENT)
    except InvalidOperation:  # pragma: no cover - the pattern and the length check refuse these
        raise MoneyError(_t("“{0}” is not an amount.").format(raw)) from None
    if cap is not None and value > cap:
        raise MoneyError(_t("Amounts above {0} are not accepted.").format(format_amount(cap)))
    if not allow_zero and value == 0:
        raise MoneyError(_t("The amount must be more than $0.00."))
    return value


def parse_cents(text: str, *, cap: Decimal | None = DEFAULT_CAP) -> int:
    """Like :func:`parse_amount` but returns integer cents."""
    return to_cents(parse_amount(text, cap=cap))


def format_amount(value: Decimal | int) -> str:
    """Format dollars as ``$1,234.50`` (negative as ``-$1,234.50``); ints are cents."""
    amount = from_cents(value) if isinstance(value, int) else round_half_up(value)
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount):,.2f}"


def format_plain(value: Decimal) -> str:
    """``1234.50`` with no symbol or separators (files for other systems)."""
    return f"{round_half_up(value):.2f}"
