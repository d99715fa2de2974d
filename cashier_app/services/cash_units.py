"""The units cash is counted in at the counter: bills, coins and wrapped coin rolls.

A drawer count, an opening float and a pick-up are each a quantity per unit; the amount of a unit
line is quantity x value. Unit codes are stored (drawer_counts.unit, cash_pickup_lines.unit), so
they never change; labels may. A label is English (the deposit slip's, the bank's); ``name`` is the
label in the window's language.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from cashier_app.i18n import _n, _t
from cashier_app.money import ZERO
from cashier_app.services.refusal import Refused


@dataclass(frozen=True)
class CashUnit:
    code: str
    label: str
    value: Decimal
    group: str  # "bills", "coins", "rolls"

    @property
    def name(self) -> str:
        """The label in the window's language (English inside ``documents_in("en")``)."""
        return _t(self.label)


def _unit(code: str, label: str, value: str, group: str) -> CashUnit:
    return CashUnit(code, label, Decimal(value), group)


CASH_UNITS: tuple[CashUnit, ...] = (
    _unit("$100", _n("$100 bills"), "100.00", "bills"),
    _unit("$50", _n("$50 bills"), "50.00", "bills"),
    _unit("$20", _n("$20 bills"), "20.00", "bills"),
    _unit("$10", _n("$10 bills"), "10.00", "bills"),
    _unit("$5", _n("$5 bills"), "5.00", "bills"),
    _unit("$2", _n("$2 bills"), "2.00", "bills"),
    _unit("$1", _n("$1 bills"), "1.00", "bills"),
    _unit("$1c", _n("Dollar coins"), "1.00", "coins"),
    _unit("50c", _n("Half dollars"), "0.50", "coins"),
    _unit("25c", _n("Quarters"), "0.25", "coins"),
    _unit("10c", _n("Dimes"), "0.10", "coins"),
    _unit("5c", _n("Nickels"), "0.05", "coins"),
    _unit("1c", _n("Pennies"), "0.01", "coins"),
    _unit("roll-25c", _n("Rolls of quarters ($10)"), "10.00", "rolls"),
    _unit("roll-10c", _n("Rolls of dimes ($5)"), "5.00", "rolls"),
    _unit("roll-5c", _n("Rolls of nickels ($2)"), "2.00", "rolls"),
    _unit("roll-1c", _n("Rolls of pennies ($0.50)"), "0.50", "rolls"),
)
UNITS_BY_CODE = {u.code: u for u in CASH_UNITS}
MAX_QUANTITY = 100_000  # more of one unit than any drawer or safe bag holds


class CountRefused(Refused):
    """A count that cannot be taken; ``field`` is "unit:<code>" or the count's own field."""


def parse_quantity(text: str | int, field: str, what: str) -> int:
    """A quantity as typed: a whole number, 0 or more; blank is 0."""
    if isinstance(text, bool):
        raise CountRefused(_t("{0}: enter a whole number.").format(what), field)
    if isinstance(text, int):
        value = text
    else:
        raw = (text or "").strip().replace(",", "")
        if not raw:
            return 0
        if not raw.isdigit():
            if raw.startswith("-") and raw[1:].isdigit():
                raise CountRefused(_t("{0}: a count cannot be negative.").format(what), field)
            raise CountRefused(_t("{0}: enter a whole number (not {1}).").format(what, repr(raw)), field)
        value = int(raw)
    if value < 0:
        raise CountRefused(_t("{0}: a count cannot be negative.").format(what), field)
    if value > MAX_QUANTITY:
        raise CountRefused(_t("{0}: {1:,} is more than a drawer holds.").format(what, value), field)
    return value


def parse_cash_count(quantities: Mapping[str, str | int]) -> dict[str, int]:
    """Quantities per unit code as entered, checked; units left out count 0 (not stored)."""
    counted: dict[str, int] = {}
    for code, raw in quantities.items():
        unit = UNITS_BY_CODE.get(code)
        if unit is None:
            raise CountRefused(_t("Unknown cash unit {0}.").format(repr(code)), f"unit:{code}")
        quantity = parse_quantity(raw, f"unit:{code}", unit.name)
        if quantity:
            counted[code] = quantity
    return counted


def cash_total(quantities: Mapping[str, int]) -> Decimal:
    """The amount of a count by unit."""
    return sum((UNITS_BY_CODE[code].value * q for code, q in quantities.items()), ZERO)


def line_amount(code: str, quantity: int) -> Decimal:
    return UNITS_BY_CODE[code].value * quantity
