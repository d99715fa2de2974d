"""Normalized keys that make lookup fast and forgiving (one place for the rule).

Keys keep the letters and digits of every script, folded: compatibility forms decomposed and
accents (combining marks) dropped (Renée -> RENEE, Nguyễn -> NGUYEN), case folded to upper case
(Straße -> STRASSE, ΣΟΦΊΑ and σοφία -> ΣΟΦΙΑ), a few Latin letters without a decomposition spelled
as ASCII (Đặng -> DANG, Søren -> SOREN). Apostrophes and periods are dropped (O'Brien -> OBRIEN),
every other character (punctuation, symbols, spaces) becomes a single space. ASCII text folds as
it always did; 李明 stays 李明. The typed text goes through the same fold, so it meets the key.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

KEY_LENGTH = 120
# Dropped without a trace: apostrophes of every kind, periods, and the Arabic tatweel (a stretch).
_DROP = frozenset("'’‘`´.ʼʻ\u0640")
_DROP_FIRST = str.maketrans(dict.fromkeys(_DROP))  # before decomposing, which spaces out ´
# Latin letters that have no decomposition but an obvious spelling in ASCII (after upper-casing).
_LATIN = str.maketrans({"Đ": "D", "Ð": "D", "Ø": "O", "Ł": "L", "Ħ": "H", "Ŧ": "T", "Æ": "AE", "Œ": "OE",
                        "Þ": "TH", "ẞ": "SS"})
_MARKS = frozenset({"Mn", "Me"})
_KEPT = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "Mc"})
_DIRECTIONS = {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "NORTH", "SOUTH", "EAST", "WEST"}
# Han, kana and Hangul names are written without spaces (李明, 山田太郎, 김민수): between two such
# letters a space is dropped, so 李明 and 李 明 (last name 李, first name 明) give one key.
_NO_SPACE = "\u1100-\u11ff\u3005-\u3007\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff" \
            "\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\U00020000-\U0003ffff"
_SQUEEZE = re.compile(f"(?<=[{_NO_SPACE}]) (?=[{_NO_SPACE}])")
_ASCII_SPACE = re.compile(r"[^0-9A-Z]+")
_ASCII_DROP = re.compile(r"['`.]")
_NOT_DIGITS = re.compile(r"\D", re.ASCII)


def _decomposed(text: str) -> str:
    """NFKD without the marks that sit on a letter (accents, Arabic harakat, Hebrew points)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) not in _MARKS)


def _key_char(c: str) -> str:
    if c in _DROP:
        return ""
    # Letters and digits of any script; spacing marks too (the vowel signs of Indic scripts).
    return c if unicodedata.category(c) in _KEPT else " "


def fold(text: str) -> str:
    """The search key of ``text``: letters and digits of any script, folded; see the module doc."""
    text = text or ""
    if text.isascii():  # the common case, and the rule the keys always had for it
        return _ASCII_SPACE.sub(" ", _ASCII_DROP.sub("", text.upper())).strip()[:KEY_LENGTH]
    # Case-fold (ß -> ss, ᾳ -> αι), then upper-case; each can bring back accents: decompose after each.
    text = text.translate(_DROP_FIRST)
    folded = _decomposed(_decomposed(_decomposed(text.casefold()).casefold()).upper()).translate(_LATIN)
    return _SQUEEZE.sub("", " ".join("".join(_key_char(c) for c in folded).split()))[:KEY_LENGTH]


def name_keys(last_name: str, first_name: str, fold_name: Callable[[str], str] = fold) -> tuple[str, str]:
    """(LAST FIRST, FIRST LAST): a name prefix matches either order. ``fold_name``: :func:`fold`, or
    a cached copy of it (the import folds a million names of which few are different)."""
    last, first = fold_name(last_name), fold_name(first_name)
    return _joined(last, first), _joined(first, last)


def _joined(one: str, other: str) -> str:
    joined = f"{one} {other}".strip()
    # Only a space between two Han, kana or Hangul letters is squeezed out: never in ASCII text (a
    # million customers' names, mostly ASCII, skip the pattern; isascii() is a flag, not a scan).
    return (joined if joined.isascii() else _SQUEEZE.sub("", joined))[:KEY_LENGTH]


def address_keys(service_address: str) -> tuple[str, str]:
    """(whole address, street without house number and direction) for prefix search."""
    whole = fold(service_address)
    words = whole.split()
    while words and (words[0][:1].isdigit() or words[0] in _DIRECTIONS):
        words = words[1:]
    return whole, " ".join(words)


def phone_digits(phone: str) -> str:
    """Digits only, without a leading US country code 1."""
    digits = _NOT_DIGITS.sub("", phone or "")
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def prefix_upper_bound(prefix: str) -> str:
    """Smallest string greater than every key starting with ``prefix``, in byte (code point) order.

    Keys are compared byte-wise (SQLite BINARY, PostgreSQL collation "C") on UTF-8, which orders
    like code points. U+10FFFF is the last code point and never part of a key (fold keeps only
    letters and digits), so every key that starts with ``prefix`` lies below ``prefix + U+10FFFF``,
    whatever script follows.
    """
    return prefix + "\U0010ffff"
