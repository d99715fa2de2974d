"""Write the City's monthly bank-draft file: a NACHA PPD file of debits (and prenotes), pure.

:func:`build_draft_file` takes the origin settings (:class:`Origin`), the drafts asked
(:class:`DraftEntry`), the file's creation moment, file ID modifier and effective entry date, and
gives a :class:`DraftFile`: the file's text and the figures the caller records (counts, totals,
entry hash, and the trace number of each draft, in the order asked). Every value is checked first
(``nacha_fields``); a bad one refuses the whole file with one :class:`NachaError` naming the field
and the draft, so nothing is half-built. :func:`write_draft_file` is the only I/O: it writes the
text under a temporary name in the same folder and renames it when complete.

One file, one batch: file header, batch header (SEC ``PPD``, originator status 1), the entries in
the order asked with ascending trace numbers (ODFI's 8 digits + a 7-digit sequence), batch and file
controls, 9-filled lines to a multiple of 10 records. Records end with CR LF, the line end banks'
transmission specifications ask for. With ``Origin.offset`` set (a balanced file, which some banks
want) one credit to the City's own account for the total of the debits closes the batch.

The layout is in ``docs/formats.md`` ("NACHA PPD file (bank draft run)").
"""
from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from cashier_app.ach.nacha_fields import (
    CHECKING,
    MAX_AMOUNT_CENTS,
    SAVINGS,
    NachaError,
    account_type,
    alpha,
    amount_cents,
    bank_account,
    numeric,
    routing_number,
    text_value,
)
from cashier_app.i18n import _t
from cashier_app.money import from_cents
from cashier_app.private_files import write_whole

__all__ = [
    "CHECKING",
    "FILE_ID_MODIFIERS",
    "LINE_END",
    "SAVINGS",
    "DraftEntry",
    "DraftFile",
    "NachaError",
    "OffsetAccount",
    "Origin",
    "build_draft_file",
    "file_id_modifier",
    "write_draft_file",
]

RECORD_LENGTH = 94
BLOCKING_FACTOR = 10
FILLER = "9" * RECORD_LENGTH
LINE_END = "\r\n"
#: The file ID modifier of the day's 1st, 2nd, ... file: A to Z, then 0 to 9.
FILE_ID_MODIFIERS = string.ascii_uppercase + string.digits
MAX_TRACE_SEQUENCE = 9_999_999  # the trace number's 7-digit sequence
MAX_BATCH_RECORDS = 999_999  # the batch control's 6-digit entry/addenda count
MAX_TOTAL_CENTS = 10**12 - 1  # the controls' 12-digit totals
SERVICE_DEBITS_ONLY = "225"
SERVICE_MIXED = "200"
# Transaction codes by (account type, kind): live debit, prenote of a debit, credit (offset).
_TRANSACTION_CODES = {
    (CHECKING, "debit"): "27", (CHECKING, "prenote"): "28", (CHECKING, "credit"): "22",
    (SAVINGS, "debit"): "37", (SAVINGS, "prenote"): "38", (SAVINGS, "credit"): "32",
}


@dataclass(frozen=True)
class OffsetAccount:
    """The City's own bank account that the offset credit of a balanced file goes to."""

    routing_number: str
    account_number: str = field(repr=False)
    account_type: str = CHECKING


@dataclass(frozen=True)
class Origin:
    """The draft settings: who sends the file and to which bank. None may be blank."""

    immediate_destination: str  # the City's bank (ACH operator) routing number, 9 digits
    immediate_destination_name: str  # up to 23 characters
    immediate_origin: str  # 9-digit routing number, or 10 characters as the bank assigned ("1" + EIN)
    immediate_origin_name: str  # up to 23 characters
    company_name: str  # up to 16 characters: what the customer's statement shows
    company_identification: str  # 10 characters, often "1" + the City's EIN
    company_entry_description: str  # up to 10 characters, e.g. "UTILITY"
    odfi_routing: str  # the originating bank's routing number; its first 8 digits are the ODFI id
    offset: OffsetAccount | None = None  # set: a balanced file with an offset credit


@dataclass(frozen=True)
class DraftEntry:
    """One draft asked: a PPD debit of ``amount``, or a zero-dollar prenote of an enrollment."""

    routing_number: str  # the customer's bank, 9 digits
    account_number: str = field(repr=False)  # the customer's bank account, 4 to 17 digits
    account_type: str = CHECKING  # "checking" (27, prenote 28) or "savings" (37, prenote 38)
    amount: Decimal = Decimal("0.00")  # 0 for a prenote
    individual_id: str = ""  # the City's utility account number, up to 15 characters
    individual_name: str = ""  # the customer's name; cut to 22 characters
    prenote: bool = False


@dataclass(frozen=True)
class DraftFile:
    """A complete draft file and its figures; ``text`` (full account numbers) is kept out of repr."""

    text: str = field(repr=False)
    file_id_modifier: str
    created_at: dt.datetime
    effective_date: dt.date
    entry_count: int  # entry records in the batch, offset included
    total_debit: Decimal
    total_credit: Decimal
    entry_hash: int
    block_count: int
    trace_numbers: tuple[str, ...]  # one per DraftEntry asked, in the order asked
    offset_trace_number: str | None = None

    @property
    def record_count(self) -> int:
        """Lines in the file, 9-filled block padding included (a multiple of 10)."""
        return self.block_count * BLOCKING_FACTOR


def file_id_modifier(files_already_today: int) -> str:
    """The file ID modifier of a day's next file: ``A`` for the first, ... ``Z``, then ``0``..``9``;
    :class:`NachaError` after the 36th file of the same day."""
    if isinstance(files_already_today, bool) or not isinstance(files_already_today, int) \
            or files_already_today < 0:
        raise NachaError("file_id_modifier", _t("{0} is not a count of files").format(repr(files_already_today)))
    if files_already_today >= len(FILE_ID_MODIFIERS):
        raise NachaError("file_id_modifier", _t("{0} files were already made today (A-Z, 0-9); a 37th file the same "
                                                "day cannot be told apart").format(len(FILE_ID_MODIFIERS)))
    return FILE_ID_MODIFIERS[files_already_today]


def build_draft_file(origin: Origin, entries: list[DraftEntry] | tuple[DraftEntry, ...], *,
                     created_at: dt.datetime, file_id_modifier: str, effective_date: dt.date,
                     first_trace_sequence: int = 1) -> DraftFile:
    """The PPD file for ``entries`` (in that order), or :class:`NachaError` for the first bad value.

    ``created_at`` is the City's wall-clock time (its date and hour:minute are written);
    ``first_trace_sequence`` is the 7-digit sequence of the first draft's trace number (the caller
    passes one past the last it recorded, so trace numbers never repeat across runs). The file's
    controls always add up: counts, the entry hash (sum of the 8-digit receiving bank ids, last 10
    digits), total debit and total credit.
    """
    checked = _checked_origin(origin)
    modifier = _checked_modifier(file_id_modifier)
    if not isinstance(created_at, dt.datetime):
        raise NachaError("created_at", _t("must be a date and time, not {0}").format(type(created_at).__name__))
    if not isinstance(effective_date, dt.date) or isinstance(effective_date, dt.datetime):
        raise NachaError("effective_date", _t("must be a date, not {0}").format(type(effective_date).__name__))
    if effective_date < created_at.date():
        raise NachaError("effective_date", _t("{0} is before the file's creation date {1}").format(
                                               effective_date, created_at.date()))
    entries = list(entries)
    if not entries:
        raise NachaError("entries", _t("no drafts to write; a NACHA batch needs at least one entry"))
    records_in_batch = len(entries) + (1 if checked.offset else 0)
    if records_in_batch > MAX_BATCH_RECORDS:
        raise NachaError("entries", _t("{0} entries are more than one batch holds ({1})").format(
                                        records_in_batch, MAX_BATCH_RECORDS))
    if isinstance(first_trace_sequence, bool) or not isinstance(first_trace_sequence, int) \
            or not 1 <= first_trace_sequence <= MAX_TRACE_SEQUENCE:
        raise NachaError("first_trace_sequence", _t("{0} is not a sequence from 1 to {1}").format(
                                                     repr(first_trace_sequence), MAX_TRACE_SEQUENCE))
    if first_trace_sequence + records_in_batch - 1 > MAX_TRACE_SEQUENCE:
        raise NachaError("first_trace_sequence", _t("the trace numbers would pass the 7-digit sequence's end "
                                                    "({0})").format(
                                                     MAX_TRACE_SEQUENCE))

    odfi = checked.odfi_routing[:8]
    body: list[str] = []
    traces: list[str] = []
    entry_hash = debit = credit = 0
    for position, entry in enumerate(entries, start=1):
        code, routing, account, cents, individual_id, name = _checked_entry(position, entry)
        trace = odfi + numeric(first_trace_sequence + position - 1, 7)
        body.append(_entry_record(code, routing, account, cents, individual_id, name, trace))
        traces.append(trace)
        entry_hash += int(routing[:8])
        debit += cents
    if debit > MAX_TOTAL_CENTS:
        raise NachaError("entries", _t("the drafts' total {0} is more than the file's totals hold "
                                       "(9999999999.99)").format(
                                        from_cents(debit)))
    offset_trace = None
    offset = checked.offset
    if offset and debit:
        routing, account, kind = offset.routing_number, offset.account_number, offset.account_type
        if debit > MAX_AMOUNT_CENTS:
            raise NachaError("offset", _t("the offset credit {0} is more than one entry's amount field holds "
                                          "(99999999.99)").format(from_cents(debit)))
        offset_trace = odfi + numeric(first_trace_sequence + len(entries), 7)
        body.append(_entry_record(_TRANSACTION_CODES[kind, "credit"], routing, account, debit,
                                  "OFFSET", checked.company_name, offset_trace))
        entry_hash += int(routing[:8])
        credit = debit
    service_class = SERVICE_MIXED if credit else SERVICE_DEBITS_ONLY
    entry_hash %= 10**10

    header = _file_header(checked, created_at, modifier)
    batch_header = _batch_header(checked, service_class, effective_date, odfi)
    batch_control = ("8" + service_class + numeric(len(body), 6) + numeric(entry_hash, 10)
                     + numeric(debit, 12) + numeric(credit, 12)
                     + alpha(checked.company_identification, 10) + " " * 19 + " " * 6
                     + odfi + numeric(1, 7))
    records = 1 + 1 + len(body) + 1 + 1  # headers, entries, controls
    blocks = -(-records // BLOCKING_FACTOR)
    file_control = ("9" + numeric(1, 6) + numeric(blocks, 6) + numeric(len(body), 8)
                    + numeric(entry_hash, 10) + numeric(debit, 12) + numeric(credit, 12) + " " * 39)
    lines = [header, batch_header, *body, batch_control, file_control]
    lines += [FILLER] * (blocks * BLOCKING_FACTOR - records)
    assert all(len(line) == RECORD_LENGTH for line in lines)
    return DraftFile(LINE_END.join(lines) + LINE_END, modifier, created_at, effective_date,
                     len(body), from_cents(debit), from_cents(credit), entry_hash, blocks,
                     tuple(traces), offset_trace)


def write_draft_file(path: Path | str, draft: DraftFile) -> Path:
    """Write ``draft`` to ``path`` whole or not at all: a temporary file (0600) in the same folder,
    flushed to disk, then renamed. Refuses (NachaError) a path that already exists."""
    out = Path(path)
    if out.exists():
        raise NachaError("path", _t("{0} already exists; a draft file is never overwritten").format(out))
    if not out.parent.is_dir():
        raise NachaError("path", _t("the folder {0} does not exist").format(out.parent))
    write_whole(out, draft.text.encode("ascii"))  # every field was checked to be printable ASCII
    return out


# --------------------------------------------------------------------------------------------
# Values checked, records laid out


def _checked_modifier(value: object) -> str:
    if not isinstance(value, str) or len(value) != 1 or value not in FILE_ID_MODIFIERS:
        raise NachaError("file_id_modifier", _t("{0} is not one of A-Z or 0-9").format(repr(value)))
    return value


def _checked_origin(origin: Origin) -> Origin:
    """The origin with every value checked and in the form written (upper case, padded origin)."""
    if not isinstance(origin, Origin):
        raise NachaError("origin", _t("must be an Origin, not {0}").format(type(origin).__name__))
    offset = origin.offset
    if offset is not None:
        offset = OffsetAccount(routing_number(offset.routing_number, "offset.routing_number"),
                               bank_account(offset.account_number, "offset.account_number"),
                               account_type(offset.account_type, "offset.account_type"))
    return Origin(
        immediate_destination=routing_number(origin.immediate_destination,
                                             "immediate_destination"),
        immediate_destination_name=text_value(origin.immediate_destination_name,
                                              "immediate_destination_name", 23),
        immediate_origin=_immediate_origin(origin.immediate_origin),
        immediate_origin_name=text_value(origin.immediate_origin_name, "immediate_origin_name", 23),
        company_name=text_value(origin.company_name, "company_name", 16),
        company_identification=_company_identification(origin.company_identification),
        company_entry_description=text_value(origin.company_entry_description,
                                             "company_entry_description", 10),
        odfi_routing=routing_number(origin.odfi_routing, "odfi_routing"),
        offset=offset,
    )


def _immediate_origin(value: object) -> str:
    text = text_value(value, "immediate_origin", 10)
    if len(text) == 9 and text.isdigit():
        return " " + routing_number(text, "immediate_origin")
    if len(text) == 10 and text.isalnum():
        return text
    raise NachaError("immediate_origin", _t("'{0}' is neither a 9-digit routing number nor the 10 characters the "
                                            "bank assigned").format(text))


def _company_identification(value: object) -> str:
    text = text_value(value, "company_identification", 10)
    if len(text) != 10 or not text.isalnum():
        raise NachaError("company_identification", _t("'{0}' is not 10 letters or digits (often 1 followed by the "
                                                      "City's EIN)").format(text))
    return text


def _checked_entry(position: int, entry: DraftEntry) -> tuple[str, str, str, int, str, str]:
    if not isinstance(entry, DraftEntry):
        raise NachaError("entry", _t("must be a DraftEntry, not {0}").format(type(entry).__name__), position)
    who = entry.individual_id if isinstance(entry.individual_id, str) else ""
    where = {"entry": position, "individual_id": who}
    individual_id = text_value(entry.individual_id, "individual_id", 15, **where)
    where["individual_id"] = individual_id
    routing = routing_number(entry.routing_number, "routing_number", **where)
    account = bank_account(entry.account_number, "account_number", **where)
    kind = account_type(entry.account_type, "account_type", **where)
    cents = amount_cents(entry.amount, "amount", **where)
    if entry.prenote is not True and entry.prenote is not False:
        raise NachaError("prenote", _t("{0} is neither True nor False").format(repr(entry.prenote)), **where)
    if entry.prenote and cents:
        raise NachaError("amount", _t("a prenote is for $0.00, not {0}").format(from_cents(cents)), **where)
    if not entry.prenote and not cents:
        raise NachaError("amount", _t("a draft of $0.00; a zero entry is a prenote"), **where)
    name = text_value(entry.individual_name, "individual_name", 22, truncate=True, **where)
    code = _TRANSACTION_CODES[kind, "prenote" if entry.prenote else "debit"]
    return code, routing, account, cents, individual_id, name


def _file_header(checked: Origin, created_at: dt.datetime, modifier: str) -> str:
    return ("1" + "01" + " " + checked.immediate_destination + checked.immediate_origin
            + created_at.strftime("%y%m%d") + created_at.strftime("%H%M") + modifier
            + "094" + "10" + "1" + alpha(checked.immediate_destination_name, 23)
            + alpha(checked.immediate_origin_name, 23) + " " * 8)


def _batch_header(checked: Origin, service_class: str, effective_date: dt.date, odfi: str) -> str:
    return ("5" + service_class + alpha(checked.company_name, 16) + " " * 20
            + alpha(checked.company_identification, 10) + "PPD"
            + alpha(checked.company_entry_description, 10) + " " * 6
            + effective_date.strftime("%y%m%d") + " " * 3 + "1" + odfi + numeric(1, 7))


def _entry_record(code: str, routing: str, account: str, cents: int, individual_id: str,
                  name: str, trace: str) -> str:
    return ("6" + code + routing + alpha(account, 17) + numeric(cents, 10)
            + alpha(individual_id, 15) + alpha(name, 22) + "  " + "0" + trace)
