"""Reading the line a MICR check reader types (keyboard wedge) into routing, account and check number.

Readers stand in for the E-13B symbols with letters or punctuation (set in the reader):
transit ``T`` or ``:``, on-us ``U``, ``O`` or ``;``, amount ``A`` or ``$``, dash ``D`` or ``-``
(the Unicode symbols ⑆ ⑈ ⑇ ⑉ too). Two layouts are read:

    personal   T053000196T 1234567890U 1001            routing, account, check number
    business   U001001U T053000196T 1234567890U        check number (auxiliary on-us) first
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.us import rtn
from cashier_app.i18n import _t

_SYMBOLS = {
    "T": "T", ":": "T", "\u2446": "T",
    "U": "U", "O": "U", ";": "U", "\u2448": "U",
    "A": "A", "$": "A", "\u2447": "A",
    "D": "", "-": "", "\u2449": "",  # a dash inside the account number is dropped
}
_UNREADABLE = set("?*@!#")  # what readers type for a character they could not read
_AMOUNT_FIELD = re.compile(r"A[\d ]*A")
_ROUTING = re.compile(r"T\s*(\d{9})\s*T")
MAX_LINE = 120


class MicrError(ValueError):
    """A MICR line that cannot be read; the message is for the cashier."""


@dataclass(frozen=True)
class MicrLine:
    routing: str  # 9 digits, check digit verified
    account: str  # 4 to 17 digits (dashes and spaces dropped)
    check_number: str  # digits without leading zeros; "" when the line carries none


def _normalize(text: str) -> str:
    out = []
    for ch in text.strip().upper():
        if ch.isascii() and ch.isdigit():
            out.append(ch)
        elif ch in _SYMBOLS:
            out.append(_SYMBOLS[ch])
        elif ch.isspace():
            out.append(" ")
        elif ch in _UNREADABLE:
            raise MicrError(_t("The reader could not read part of the check; run it through again or type the "
                               "numbers."))
        else:
            raise MicrError(_t("{0} is not part of a check's MICR line; run the check through the reader "
                               "again.").format(
                                repr(ch)))
    return "".join(out)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _one_group(text: str, what: str) -> str:
    groups = re.findall(r"\d+", text)
    if len(groups) > 1:
        raise MicrError(_t("The {0} is not clear on this line; type the numbers instead.").format(what))
    return groups[0] if groups else ""


def _account_and_check(after: str) -> tuple[str, str]:
    if "U" in after:
        account_part, rest = after.split("U", 1)
        return _digits(account_part), _one_group(rest.replace("U", " "), "check number")
    groups = after.split()  # a reader set to leave the on-us symbol out: "account check"
    if len(groups) > 2:
        raise MicrError(_t("Cannot tell the account number from the check number; type them instead."))
    return (groups[0] if groups else ""), (groups[1] if len(groups) == 2 else "")


def parse_micr(text: str) -> MicrLine:
    """Parse a MICR reader's line, e.g. ``T053000196T 1234567890U 1001`` or
    ``:053000196: 1234567890; 1001``; raises MicrError when it cannot be read."""
    if not isinstance(text, str) or not text.strip():
        raise MicrError(_t("Nothing was read; run the check through the reader."))
    if len(text) > MAX_LINE:
        raise MicrError(_t("That is too long for a check's MICR line."))
    line = _AMOUNT_FIELD.sub(" ", _normalize(text))  # an amount field (on a processed check) is not needed
    if "A" in line:
        raise MicrError(_t("The amount field on this line is incomplete; run the check through again."))
    found = _ROUTING.findall(line)
    if len(found) > 1:
        raise MicrError(_t("This line has two routing numbers; run the check through again or type the numbers."))
    if not found:
        raise MicrError(_t("No 9-digit routing number between transit symbols on this line; run the check through "
                           "again or type the numbers."))
    routing = found[0]
    if not rtn.is_valid(routing):
        raise MicrError(_t("The routing number {0} is not valid (check digit); type it from the check.").format(
                            routing))
    where = _ROUTING.search(line)
    before, after = line[:where.start()], line[where.end():]
    if "T" in before or "T" in after:
        raise MicrError(_t("This line has extra transit symbols; run the check through again."))
    auxiliary = _one_group(before.replace("U", " "), "check number")
    account, trailing = _account_and_check(after)
    if not 4 <= len(account) <= 17:
        raise MicrError(_t("No bank account number (4 to 17 digits) after the routing number; type it from the "
                           "check."))
    check = (auxiliary or trailing).lstrip("0")
    if len(check) > 15:
        raise MicrError(_t("The check number is longer than 15 digits; type it from the check."))
    return MicrLine(routing, account, check)
