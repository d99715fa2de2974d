"""Fields of the billing-system CSV files: dates, moments, dollars, flags, counts and services.

Every parser takes the raw text of one field and either returns a Python value or raises
:class:`FieldError` whose message names the column and says what was expected, so it can go
straight into the rejects file. Nothing here touches the database.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal

from cashier_app import city_time
from cashier_app.models import SERVICES, AccountStatus
from cashier_app.money import CENT, MoneyError, parse_amount


_LONG_DIGITS = re.compile(r"\d{5,}")


def last4_only(text: str) -> str:
    """``text`` with every run of more than 4 digits cut to its last 4 (``555566667777`` ->
    ``****7777``): what a file or message may show of a bank account number."""
    return _LONG_DIGITS.sub(lambda m: "****" + m.group()[-4:], text)


# Control characters (NUL, escapes) have no place in a name or an address: PostgreSQL refuses NUL
# outright, and the rest would garble receipts and screens. Tabs and quoted line breaks are text.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FieldError(ValueError):
    """One field of one row cannot be accepted; the message is fit for the rejects file."""


def escape_controls(text: str) -> str:
    """``text`` with each control character written as ``\\xNN`` (NUL as the four characters
    ``\\x00``): what a rejects file holds instead of the raw byte (docs/formats.md)."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


local_date = city_time.local_date  # the City's calendar date of a moment
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", re.ASCII)
_US_MOMENT = re.compile(r"^(\d{1,2}/\d{1,2}/\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$", re.ASCII)
_PLAIN_DOLLARS = re.compile(r"-?\d{1,12}(?:\.\d{1,2})?", re.ASCII)  # "123.45": most extract amounts
_COUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)$", re.ASCII)
_SERVICE_SEPARATORS = re.compile(r"[;,\s]+")
_TRUE = {"y", "yes", "true", "1"}
_FALSE = {"n", "no", "false", "0", ""}
STATUSES = tuple(s.value for s in AccountStatus)


def required(column: str, text: str) -> str:
    """The stripped text of a field that must not be blank."""
    value = text.strip()
    if not value:
        raise FieldError(f"{column} is blank")
    return value


@functools.lru_cache(maxsize=4096)  # an extract repeats a handful of dates on every row
def _date(text: str) -> dt.date | None:
    if m := _ISO_DATE.match(text):
        year, month, day = m.groups()
    elif m := _US_DATE.match(text):
        month, day, year = m.groups()
    else:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(column: str, text: str) -> dt.date:
    """A date written ``YYYY-MM-DD`` or ``MM/DD/YYYY``."""
    if (value := _date(text)) is not None:  # fast path: the text as it came (a cache hit); same value
        return value
    value = _date(required(column, text))
    if value is None:
        raise FieldError(f"{column} {text.strip()!r} is not a date (YYYY-MM-DD or MM/DD/YYYY)")
    return value


def parse_optional_date(column: str, text: str) -> dt.date | None:
    """Like :func:`parse_date`, but a blank field is ``None``."""
    return parse_date(column, text) if text.strip() else None


def _moment(text: str) -> dt.datetime | None:
    # Times without an offset are the City's wall-clock times (city_time).
    return _moment_in(text, city_time.zone())


@functools.lru_cache(maxsize=4096)  # balance_as_of is usually one value for a whole extract
def _moment_in(text: str, zone: dt.tzinfo) -> dt.datetime | None:
    day = _date(text)
    if day is not None:
        # A date alone means the start of that day: every counter payment taken that day is
        # newer than the extract, so it still counts against the balance (DESIGN invariant 5).
        return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.timezone.utc)
    if m := _US_MOMENT.match(text):
        day = _date(m.group(1))
        if day is None:
            return None
        try:
            clock = dt.time(int(m.group(2)), int(m.group(3)), int(m.group(4) or 0))
        except ValueError:
            return None
        value = dt.datetime.combine(day, clock)
    else:
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(dt.timezone.utc)


def parse_moment(column: str, text: str) -> dt.datetime:
    """An aware UTC datetime from an ISO date-time (offset optional), or a date alone.

    Without an offset the time is Shelby local time; a date alone is midnight starting that day.
    """
    value = _moment(required(column, text))
    if value is None:
        raise FieldError(f"{column} {text.strip()!r} is not a date or date-time "
                         "(YYYY-MM-DD, MM/DD/YYYY or YYYY-MM-DDTHH:MM[:SS][±HH:MM])")
    return value


def parse_dollars(column: str, text: str) -> Decimal:
    """A non-negative amount in dollars: ``12``, ``12.5``, ``$1,234.50`` (at most 2 decimals)."""
    if _PLAIN_DOLLARS.fullmatch(text) and text[0] != "-":  # fast path; same result as parse_amount
        return Decimal(text).quantize(CENT)
    try:
        return parse_amount(required(column, text), cap=None)
    except MoneyError as exc:
        raise FieldError(f"{column} {text.strip()!r}: {exc}") from None


def parse_signed_dollars(column: str, text: str) -> Decimal:
    """Like :func:`parse_dollars` but a leading ``-`` marks a credit (``-12.50``, ``-$12.50``)."""
    if _PLAIN_DOLLARS.fullmatch(text):  # fast path for a million rows
        value = Decimal(text).quantize(CENT)
    else:
        raw = required(column, text)
        credit = raw.startswith("-")
        try:
            value = parse_amount(raw[1:] if credit else raw, cap=None)
        except MoneyError as exc:
            raise FieldError(f"{column} {raw!r}: {exc}") from None
        value = -value if credit else value
    return value if value else abs(value)  # no "-0.00"


def parse_flag(column: str, text: str) -> bool:
    """``Y``/``N`` (also yes/no, true/false, 1/0); blank is no."""
    value = text.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise FieldError(f"{column} {text.strip()!r} is not Y or N")


def parse_count(column: str, text: str) -> int:
    """A whole, non-negative number; thousands commas are allowed (``12,345``)."""
    if text.isascii() and text.isdigit():  # fast path: plain digits, as _COUNT reads them
        return int(text)
    raw = required(column, text)
    if not _COUNT.match(raw):
        raise FieldError(f"{column} {raw!r} is not a whole number")
    return int(raw.replace(",", ""))


def parse_service(column: str, text: str) -> str:
    """One of electric, water, sewer, gas, refuse (any case)."""
    value = required(column, text).lower()
    if value not in SERVICES:
        raise FieldError(f"{column} {text.strip()!r} is not a service ({', '.join(SERVICES)})")
    return value


@functools.lru_cache(maxsize=1024)  # few distinct service mixes exist in a whole city
def _services(text: str) -> str | None:
    names = {s for s in _SERVICE_SEPARATORS.split(text.lower()) if s}
    if not names <= set(SERVICES):
        return None
    return ",".join(s for s in SERVICES if s in names)


def parse_services(column: str, text: str) -> str:
    """A list of services separated by ``;``, ``,`` or spaces, stored as ``electric,water``."""
    value = _services(text.strip())
    if value is None:
        wrong = sorted({s for s in _SERVICE_SEPARATORS.split(text.lower()) if s} - set(SERVICES))
        raise FieldError(f"{column}: unknown service {', '.join(wrong)} (known: {', '.join(SERVICES)})")
    return value


def parse_status(column: str, text: str) -> str:
    """active, final or inactive (any case); blank is active."""
    value = text.strip().lower() or AccountStatus.ACTIVE.value
    if value not in STATUSES:
        raise FieldError(f"{column} {text.strip()!r} is not a status ({', '.join(STATUSES)})")
    return value


def fits(column: str, value: str, length: int) -> str:
    """The value itself, when it fits a column of ``length`` characters."""
    if len(value) > length:
        raise FieldError(f"{column} is longer than {length} characters")
    return value
