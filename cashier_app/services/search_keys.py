"""Normalized keys that make lookup fast and forgiving (one place for the rule).

Keys are upper case ASCII: accents folded (Renée -> RENEE), apostrophes and periods dropped
(O'Brien -> OBRIEN), other punctuation turned into single spaces.
"""
from __future__ import annotations

import re
import unicodedata

_DROP = re.compile(r"['’`.]")
_SPACE = re.compile(r"[^0-9A-Z]+")
_DIRECTIONS = {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "NORTH", "SOUTH", "EAST", "WEST"}
KEY_LENGTH = 120


def fold(text: str) -> str:
    """Upper-case ASCII with accents folded and punctuation normalized."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").upper()
    return _SPACE.sub(" ", _DROP.sub("", ascii_text)).strip()[:KEY_LENGTH]


def name_keys(last_name: str, first_name: str) -> tuple[str, str]:
    """(LAST FIRST, FIRST LAST): a name prefix matches either order."""
    last, first = fold(last_name), fold(first_name)
    return (f"{last} {first}".strip(), f"{first} {last}".strip())


def address_keys(service_address: str) -> tuple[str, str]:
    """(whole address, street without house number and direction) for prefix search."""
    whole = fold(service_address)
    words = whole.split()
    while words and (words[0][:1].isdigit() or words[0] in _DIRECTIONS):
        words = words[1:]
    return whole, " ".join(words)


def phone_digits(phone: str) -> str:
    """Digits only, without a leading US country code 1."""
    digits = re.sub(r"\D", "", phone or "", flags=re.ASCII)
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def prefix_upper_bound(prefix: str) -> str:
    """Smallest string greater than every string starting with ``prefix`` (byte order)."""
    return prefix + "\x7f"
