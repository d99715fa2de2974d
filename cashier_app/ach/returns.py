"""Read a NACHA return / notification-of-change (NOC) file: pure functions on text.

The bank sends back the City's drafts it could not collect (an entry with a type 99 addenda that
carries the return reason code R01..R85) and the corrections customers' banks ask for (an entry
with a type 98 addenda, change code C01..C14 and the corrected data). :func:`read_return_file`
takes the file's text and gives plain frozen values, or refuses the whole file with a
:class:`ReturnFileError` that names the line and says what is wrong in words a supervisor can act
on. Every count and total of every batch control and of the file control is checked, so a file
that reads is a file whose figures add up.

The format read is described in ``docs/formats.md`` ("ACH return and NOC files").

The full bank account number of an entry is never kept: only its last four digits
(``account_last4``). A C01/C03/C06/C07 notification of change carries the *corrected* account
number, which the City needs to update the draft enrollment; it is in ``ChangeEntry.corrected_account``
(and ``corrected_data``), left out of ``repr`` so it does not reach a log, and shown masked by
:meth:`ChangeEntry.corrected_data_shown`.

Why not a library: ``achkit`` 0.2.0 (PyPI) was tried on this format and left out. It counted only
transaction codes ending in 7 or 8 as debits (so a correct file of returned checking drafts, code
26, failed its own control check), read ``0000A14237`` as 14237 by dropping non-digits, raised a bare
``ValueError`` on a corrupted entry hash, did not decode the 98/99 addenda, and lacked most reason
codes. NACHA records are fixed columns, so this reader stays small.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from cashier_app.i18n import _t

__all__ = [
    "RECORD_LENGTH",
    "ChangeEntry",
    "ReturnEntry",
    "ReturnFile",
    "ReturnFileError",
    "read_return_file",
]

RECORD_LENGTH = 94
BLOCKING_FACTOR = 10
FILLER = "9" * RECORD_LENGTH
_DIGITS = frozenset("0123456789")

#: Checking (2x) and savings (3x) transaction codes: returns/NOCs (21, 26, 31, 36), live entries,
#: prenotes and zero-dollar entries. Second digit 1-4 is a credit, 6-9 a debit.
TRANSACTION_CODES = frozenset({"21", "22", "23", "24", "26", "27", "28", "29",
                               "31", "32", "33", "34", "36", "37", "38", "39"})
RECORD_KINDS = ("1", "5", "6", "7", "8", "9")


def _record_name(kind: str) -> str:
    """A record type's name, as the refusals say it (in the station's language)."""
    return {"1": _t("file header"), "5": _t("batch header"), "6": _t("entry"), "7": _t("addenda"),
            "8": _t("batch control"), "9": _t("file control")}[kind]


class ReturnFileError(ValueError):
    """The file cannot be read; ``line`` is its 1-based line number, ``reason`` says why."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(_t("line {0}: {1}").format(line, reason))
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class ReturnEntry:
    """One draft the customer's bank returned (an entry with a type 99 addenda)."""

    trace_number: str  # the return entry's own trace number (given by the returning bank)
    original_trace: str  # the trace number of the City's draft entry: how it is matched
    reason_code: str  # R01..R85
    reason_text: str
    amount: Decimal
    account_last4: str  # last 4 characters of the bank account number; the rest is never kept
    routing_number: str  # the entry's receiving DFI routing number (9 digits, check digit checked)
    individual_id: str  # the PPD individual identification number: the City's account number
    individual_name: str
    effective_date: dt.date  # the return batch's effective entry date
    transaction_code: str  # "26" return of a checking debit, "36" savings, ...
    original_rdfi: str  # the customer's bank (8 digits, as in the original entry)
    date_of_death: dt.date | None = None  # R14/R15 only
    addenda_information: str = ""
    batch_number: int = 0
    line: int = field(default=0, compare=False)  # line of the entry record in the file


@dataclass(frozen=True)
class ChangeEntry:
    """One notification of change (an entry with a type 98 addenda): correct the enrollment."""

    trace_number: str
    original_trace: str
    change_code: str  # C01..C14
    change_text: str
    corrected_data: str = field(repr=False)  # the 29 characters as sent (may hold an account number)
    amount: Decimal
    account_last4: str
    routing_number: str
    individual_id: str
    individual_name: str
    effective_date: dt.date
    transaction_code: str
    original_rdfi: str
    corrected_routing: str | None = None  # C02, C03, C07 (check digit checked)
    corrected_account: str | None = field(default=None, repr=False)  # C01, C03, C06, C07
    corrected_transaction_code: str | None = None  # C05, C06, C07
    corrected_name: str | None = None  # C04
    corrected_individual_id: str | None = None  # C09
    batch_number: int = 0
    line: int = field(default=0, compare=False)

    @property
    def corrected_account_last4(self) -> str | None:
        return None if self.corrected_account is None else self.corrected_account[-4:]

    def corrected_data_shown(self) -> str:
        """The correction in words fit for a screen or a log; an account number as ****1234."""
        parts = []
        if self.corrected_routing is not None:
            parts.append(f"routing {self.corrected_routing}")
        if self.corrected_account is not None:
            parts.append(f"account ****{self.corrected_account_last4}")
        if self.corrected_transaction_code is not None:
            parts.append(f"transaction code {self.corrected_transaction_code}")
        if self.corrected_name is not None:
            parts.append(f"name {self.corrected_name}")
        if self.corrected_individual_id is not None:
            parts.append(f"individual ID {self.corrected_individual_id}")
        return "; ".join(parts) if parts else self.corrected_data.strip()


@dataclass(frozen=True)
class ReturnFile:
    """A whole return file whose batch and file controls all matched their entries."""

    returns: tuple[ReturnEntry, ...]
    changes: tuple[ChangeEntry, ...]
    created_on: dt.date
    immediate_destination: str
    immediate_origin: str
    origin_name: str
    batch_count: int
    entry_addenda_count: int
    entry_hash: int
    total_debit: Decimal
    total_credit: Decimal

    @property
    def is_empty(self) -> bool:
        return not self.returns and not self.changes


def read_return_file(text: str) -> ReturnFile:
    """Read a return/NOC file's text; raise :class:`ReturnFileError` naming the first bad line."""
    if not isinstance(text, str):
        raise TypeError(f"read_return_file takes the file's text (str), not {type(text).__name__}")
    from cashier_app.ach.return_reader import Reader

    return Reader().read(text)
