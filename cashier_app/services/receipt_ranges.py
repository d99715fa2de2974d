"""A station's receipt numbers of one business date: first, last and the gaps (a void keeps its
number; a gap is a number no payment has, which the day report shows a supervisor)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_GAPS_LISTED = 200  # ranges; a longer list says how many more there are


@dataclass(frozen=True)
class ReceiptRange:
    station: str
    first: str
    last: str
    used: int  # receipt numbers of the date at this station (voided ones included)
    gaps: tuple[str, ...]  # "S1-000005" or "S1-000005 to S1-000007"
    gaps_missing: int  # numbers missing in all
    gaps_not_listed: int = 0  # ranges beyond MAX_GAPS_LISTED
    # The number before ``first``: "" when ``first`` is the station's number 1; its business date
    # when it was used on an earlier date; None when no payment has it (a break between days).
    previous: str = ""
    previous_date: dt.date | None = None

    @property
    def no_gap(self) -> bool:
        return self.gaps_missing == 0

    @property
    def follows_on(self) -> bool:
        """The first number of the date follows the station's last one of an earlier date."""
        return self.previous == "" or self.previous_date is not None


def _receipt_number(prefix: str, number: int, width: int) -> str:
    return f"{prefix}-{number:0{width}d}"


def receipt_ranges(station: str, numbers: list[str]) -> ReceiptRange:
    """First, last and the gaps of one station's receipt numbers ("S1-000123")."""
    parsed: list[int] = []
    prefix, width = "", 6
    for text in numbers:
        head, _, tail = text.rpartition("-")
        if tail.isdigit():
            prefix, width = head, len(tail)
            parsed.append(int(tail))
    if not parsed:
        return ReceiptRange(station, "", "", 0, (), 0)
    parsed.sort()
    gaps: list[str] = []
    missing = ranges = 0
    for before, after in zip(parsed, parsed[1:]):
        if after - before > 1:
            lo, hi = before + 1, after - 1
            missing += hi - lo + 1
            ranges += 1
            if len(gaps) < MAX_GAPS_LISTED:
                gaps.append(_receipt_number(prefix, lo, width) if lo == hi else
                            f"{_receipt_number(prefix, lo, width)} to {_receipt_number(prefix, hi, width)}")
    return ReceiptRange(station, _receipt_number(prefix, parsed[0], width), _receipt_number(prefix, parsed[-1], width),
                        len(parsed), tuple(gaps), missing, ranges - len(gaps))


def previous_number(number: str) -> str:
    """The receipt number just before ``number`` ("S1-000123" -> "S1-000122"); "" before number 1."""
    head, _, tail = number.rpartition("-")
    if not tail.isdigit() or int(tail) <= 1:
        return ""
    return _receipt_number(head, int(tail) - 1, len(tail))
