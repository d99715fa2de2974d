"""The field rules of the City's NACHA PPD file: one refusal class and one checker per kind of value.

Every value that goes into the draft file passes through one of these functions, which either
gives the exact characters to write or raises :class:`NachaError` naming the field (and the draft,
by its position and utility account number). A bank account number never appears in a message
beyond its last four digits.

Alphanumeric fields are upper case, printable ASCII (NACHA's "alphameric": codes 0x20-0x7E), left
justified and blank padded; numeric fields are digits, right justified and zero padded. Letters
with accents are spelled without them ("Núñez" -> "NUNEZ", "Straße" -> "STRASSE"); a character
that has no plain spelling (a control character, an emoji, a CJK letter) is refused.
"""
from __future__ import annotations

import functools

import unicodedata
from decimal import Decimal, InvalidOperation

from stdnum.us import rtn

from cashier_app.i18n import _t
from cashier_app.money import exact_cents, is_cents

__all__ = [
    "ACCOUNT_TYPES",
    "account_type",
    "CHECKING",
    "MAX_AMOUNT_CENTS",
    "NachaError",
    "SAVINGS",
    "alpha",
    "amount_cents",
    "bank_account",
    "masked",
    "numeric",
    "routing_number",
    "text_value",
]

CHECKING = "checking"
SAVINGS = "savings"
ACCOUNT_TYPES = (CHECKING, SAVINGS)
MAX_AMOUNT_CENTS = 10**10 - 1  # the entry's amount field: 10 digits, $99,999,999.99

_PRINTABLE = frozenset(chr(c) for c in range(0x20, 0x7F))
_DIGITS = frozenset("0123456789")
# Letters and signs NFKD does not take apart, spelled the way a bank's system would.
_SPELLED = {
    "ß": "SS", "ẞ": "SS", "Æ": "AE", "æ": "AE", "Œ": "OE", "œ": "OE", "Ø": "O", "ø": "O",
    "Ł": "L", "ł": "L", "Đ": "D", "đ": "D", "Ð": "D", "ð": "D", "Þ": "TH", "þ": "TH", "ı": "I",
    "‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "‐": "-",
    "\u00a0": " ",
}


class NachaError(ValueError):
    """A value the draft file cannot hold. ``field`` names it (``routing_number``,
    ``company_name``, ...); ``entry`` is the 1-based position of the draft asked, or None for an
    origin setting or the run as a whole; ``reason`` says what is wrong."""

    def __init__(self, field: str, reason: str, entry: int | None = None,
                 individual_id: str = "") -> None:
        if entry is None:
            message = _t("{0}: {1}").format(field, reason)
        elif individual_id:
            message = _t("draft {0} (account {1}), {2}: {3}").format(entry, individual_id, field, reason)
        else:
            message = _t("draft {0}, {1}: {2}").format(entry, field, reason)
        super().__init__(message)
        self.field = field
        self.reason = reason
        self.entry = entry


def masked(account: str) -> str:
    """A bank account number as it may be shown: ``****1234`` (nothing of a short one)."""
    account = str(account)
    return "****" + account[-4:] if len(account) > 4 else "****"


def alpha(value: str, size: int) -> str:
    """An alphanumeric field: left justified, blank padded (the value is already checked)."""
    assert len(value) <= size, (value, size)
    return value.ljust(size)


def numeric(value: int, size: int) -> str:
    """A numeric field: right justified, zero padded (the value is already checked)."""
    text = str(value)
    assert value >= 0 and len(text) <= size, (value, size)
    return text.rjust(size, "0")


def text_value(value: object, field: str, size: int, *, truncate: bool = False,
               required: bool = True, entry: int | None = None, individual_id: str = "") -> str:
    """``value`` as NACHA alphanumeric text: accents spelled out, upper case, inner runs of blanks
    made one. Longer than ``size``: cut when ``truncate`` (names), refused otherwise."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise NachaError(field, _t("must be text, not {0}").format(type(value).__name__), entry, individual_id)
    spelled = "".join(_SPELLED.get(char, char) for char in value)
    plain = "".join(c for c in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(c))
    for position, char in enumerate(plain, start=1):
        if char not in _PRINTABLE:
            what = _t("a tab or a line break") if char in "\t\n\r" else f"U+{ord(char):04X}"
            raise NachaError(field, _t("character {0} ({1}) cannot be written in a NACHA file (letters, digits, "
                                       "blanks and punctuation only)").format(position, what),
                             entry, individual_id)
    text = " ".join(plain.upper().split())
    if required and not text:
        raise NachaError(field, _t("is missing (blank)"), entry, individual_id)
    if len(text) > size:
        if not truncate:
            raise NachaError(field, _t("'{0}' is {1} characters; the field holds {2}").format(text, len(text), size),
                             entry, individual_id)
        text = text[:size].rstrip()
    return text


@functools.lru_cache(maxsize=4096)
def _check_digit_right(value: str) -> bool:
    """stdnum's ABA check, remembered: a run's 25,000 drafts go to a few hundred banks."""
    return rtn.is_valid(value)


def routing_number(value: object, field: str, *, entry: int | None = None,
                   individual_id: str = "") -> str:
    """A 9-digit ABA routing number whose check digit is right."""
    if not isinstance(value, str) or not value:
        raise NachaError(field, _t("is missing (a routing number has 9 digits)"), entry, individual_id)
    if len(value) != 9 or not set(value) <= _DIGITS:
        raise NachaError(field, _t("'{0}' is not a routing number (9 digits)").format(value), entry, individual_id)
    if not _check_digit_right(value):
        raise NachaError(field, _t("{0} fails its check digit; check the routing number").format(value),
                         entry, individual_id)
    return value


def bank_account(value: object, field: str, *, entry: int | None = None,
                 individual_id: str = "") -> str:
    """A bank account number of 4 to 17 plain digits; messages show its last 4 only."""
    if not isinstance(value, str) or not value:
        raise NachaError(field, _t("is missing"), entry, individual_id)
    if not set(value) <= _DIGITS:
        raise NachaError(field, _t("{0} holds characters other than digits").format(masked(value)),
                         entry, individual_id)
    if not 4 <= len(value) <= 17:
        raise NachaError(field, _t("{0} has {1} digits; a bank account number has 4 to 17").format(
                                    masked(value), len(value)), entry, individual_id)
    return value


def account_type(value: object, field: str, *, entry: int | None = None,
                 individual_id: str = "") -> str:
    """``checking`` or ``savings``."""
    if value not in ACCOUNT_TYPES:
        raise NachaError(field, _t("{0} is neither 'checking' nor 'savings'").format(repr(value)), entry, individual_id)
    return str(value)


def amount_cents(value: object, field: str, *, entry: int | None = None,
                 individual_id: str = "") -> int:
    """A Decimal amount of whole cents, 0 to $99,999,999.99, as integer cents."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        raise NachaError(field, _t("must be a Decimal amount, not {0}").format(type(value).__name__),
                         entry, individual_id)
    try:
        amount = Decimal(value)
        finite = amount.is_finite()
    except InvalidOperation:  # pragma: no cover - Decimal(int) and Decimal(Decimal) never fail
        finite = False
    if not finite:
        raise NachaError(field, _t("{0} is not an amount").format(value), entry, individual_id)
    if amount < 0:
        raise NachaError(field, _t("{0} is negative").format(amount), entry, individual_id)
    if not is_cents(amount):
        raise NachaError(field, _t("{0} is not a whole number of cents").format(amount), entry, individual_id)
    cents = exact_cents(amount)
    if cents > MAX_AMOUNT_CENTS:
        raise NachaError(field, _t("{0} is more than the file's amount field holds (99999999.99)").format(
                                    amount), entry, individual_id)
    return cents
