"""The four files of the billing-system extract: their columns, and one row turned into values.

A file's kind is recognized from its header row alone. Each layout turns one CSV row into the
column values of its table (search keys included) plus the natural key of the parent row it
refers to (a customer number or an account number), which the importer resolves per chunk.
ExtractReader streams a file's rows with their line numbers. Nothing here touches the database.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from cashier_app.models import SERVICES, UNITS, Account, Customer
from cashier_app.services.csv_fields import (
    CONTROL, FieldError, fits, local_date, parse_count, parse_date, parse_dollars, parse_flag, parse_moment,
    parse_optional_date, parse_service, parse_services, parse_signed_dollars, parse_status,
)
from cashier_app.services.search_keys import address_keys, fold, name_keys, phone_digits

KIND_ORDER = ("customers", "accounts", "bills", "usage")  # parents before the rows that need them


class ExtractRow:
    """One data row of a file: where it was, what it says, and why it was refused (if it was)."""

    __slots__ = ("line", "raw", "ref", "values", "lines", "reason", "stored")

    def __init__(self, line: int, raw: list[str] | tuple[KeptTexts, int]) -> None:
        self.line = line
        # The fields as read; or, for a kept row from the reader process, where they are in its
        # chunk's KeptTexts (no object of its own to pickle and unpickle).
        self.raw = raw
        self.ref: str | None = None  # the parent's natural key (customer or account number)
        self.values: tuple = ()  # column values of the row's table, in its kind's COLUMNS order
        self.lines: tuple[tuple[str, Decimal], ...] = ()  # bills only: (service, amount) per line
        self.reason: str | None = None
        # values and lines already as the database stores them (import_chunks.in_stored_form)
        self.stored = False

    @property
    def fields(self) -> list[str]:
        """The row's fields as read from the file."""
        raw = self.raw
        return raw[0].fields(raw[1]) if isinstance(raw, tuple) else raw


# U+001F and U+001E, control characters: a row holding one is refused as it is read (CONTROL), so
# kept rows joined by RECORD_JOINER, their fields by FIELD_JOINER, split back into exactly those.
FIELD_JOINER, RECORD_JOINER = "\x1f", "\x1e"


class KeptTexts:
    """The fields of a chunk's kept rows, as the reader process sends them: one string (rows joined
    by RECORD_JOINER, their fields by FIELD_JOINER), split only if a row is refused after all (the
    rejects file shows its fields): a row's fields cost nothing to send but their share of it."""

    __slots__ = ("text", "_rows")

    def __init__(self, text: str) -> None:
        self.text, self._rows = text, None

    @staticmethod
    def joined(rows: list[list[str]]) -> str:
        return RECORD_JOINER.join([FIELD_JOINER.join(fields) for fields in rows])

    def fields(self, index: int) -> list[str]:
        if self._rows is None:
            self._rows = self.text.split(RECORD_JOINER)
        return self._rows[index].split(FIELD_JOINER)


# The table columns a row's values fill, in order. A kind with a parent starts with the parent's
# id, None until the importer has looked the parent's number up (import_chunks).
COLUMNS = {
    "customers": ("customer_number", "last_name", "first_name", "mailing_address1", "mailing_address2", "city",
                  "state", "zip_code", "phone", "email", "name_key", "name_key_first", "phone_digits"),
    "accounts": ("customer_id", "account_number", "service_address", "services", "status", "cash_only",
                 "extract_balance", "balance_as_of", "payments_through", "address_key", "street_key"),
    "bills": ("account_id", "bill_date", "due_date", "draft_date", "amount", "final_bill"),
    "usage": ("account_id", "service", "period_start", "period_end", "quantity", "unit"),
}
AS_OF, THROUGH = COLUMNS["accounts"].index("balance_as_of"), COLUMNS["accounts"].index("payments_through")


# The raw texts of one row in its layout's ``columns`` order, whatever the file's column order;
# an optional column the file does not have is "" (ExtractReader picks them out of the row).
Fields = tuple[str, ...]


@dataclass(frozen=True)
class Layout:
    """The columns of one kind of file and how one of its rows becomes values."""

    kind: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    fill: Callable[[ExtractRow, Fields], None]  # the fields in ``columns`` order

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


def _limit(model: type, column: str) -> int:
    return model.__table__.c[column].type.length


def _text(column: str, text: str, limit: int, *, needed: bool = False) -> str:
    value = text.strip()
    if needed and not value:
        raise FieldError(f"{column} is blank")
    return value if len(value) <= limit else fits(column, value, limit)


_CUSTOMER_TEXT = {  # CSV column -> table column, for the plain text fields
    "customer_number": "customer_number", "last_name": "last_name", "first_name": "first_name",
    "mailing_address1": "mailing_address1", "mailing_address2": "mailing_address2", "city": "city",
    "state": "state", "zip": "zip_code", "phone": "phone", "email": "email",
}
_CUSTOMER_LIMITS = {csv: _limit(Customer, col) for csv, col in _CUSTOMER_TEXT.items()}


# Last and first names repeat across a city (Smith, James): each different one is folded once.
# Bounded, so a file of all-different names costs only the misses.
_fold_name = functools.lru_cache(maxsize=1 << 16)(fold)


def fill_customer(row: ExtractRow, fields: Fields) -> None:
    values = []
    for text, (name, limit, needed) in zip(fields, _CUSTOMER_FIELDS):  # _text inlined: ten fields, a million rows
        value = text.strip()
        if (needed and not value) or len(value) > limit:
            value = _text(name, value, limit, needed=needed)  # refuses it with its usual message
        values.append(value)
    values += name_keys(values[1], values[2], _fold_name)
    values.append(phone_digits(values[8]))
    row.values = tuple(values)


_NUMBER = _limit(Account, "account_number")
_CUSTOMER_NUMBER = _limit(Customer, "customer_number")
_ADDRESS = _limit(Account, "service_address")


def fill_account(row: ExtractRow, fields: Fields) -> None:
    number, customer, address, balance, as_of, services, status, cash_only, through = fields
    address = _text("service_address", address, _ADDRESS, needed=True)
    row.ref = _text("customer_number", customer, _CUSTOMER_NUMBER, needed=True)
    number = _text("account_number", number, _NUMBER, needed=True)
    services = parse_services("services", services)
    status = parse_status("status", status)
    cash_only = parse_flag("cash_only", cash_only)
    balance = parse_signed_dollars("balance", balance)
    as_of = parse_as_of(as_of)
    through = parse_optional_date("payments_through", through)
    if through is not None and through > _local_date(as_of):
        raise FieldError(f"payments_through {through.isoformat()} is after the balance's date "
                         f"({_local_date(as_of).isoformat()}): the billing system cannot have "
                         "received a later day's posting export")
    row.values = (None, number, address, services, status, cash_only, balance, as_of, through,
                  *address_keys(address))


_local_date = functools.lru_cache(maxsize=4096)(local_date)  # an extract has few balance_as_of values


CLOCK_SLACK = dt.timedelta(minutes=10)  # how far ahead of this PC's clock the billing system's may be


def parse_as_of(text: str) -> dt.datetime:
    """balance_as_of: a moment not later than now (a few minutes of clock difference allowed). A
    future as-of (a typo such as 2062) would make every counter payment after it seem included."""
    as_of = parse_moment("balance_as_of", text)
    if as_of > dt.datetime.now(dt.timezone.utc) + CLOCK_SLACK:
        raise FieldError(f"balance_as_of {text.strip()!r} is in the future: a balance cannot be computed later "
                         "than now (check the year)")
    return as_of


def fill_bill(row: ExtractRow, fields: Fields) -> None:
    number, bill_date, due_date, total, draft_date, final_bill, *amounts = fields  # amounts: SERVICES order
    row.ref = _text("account_number", number, _NUMBER, needed=True)
    bill_date = parse_date("bill_date", bill_date)
    due_date = parse_date("due_date", due_date)
    draft_date = parse_optional_date("draft_date", draft_date)
    total = parse_dollars("total", total)
    lines = tuple((s, parse_dollars(s, amount)) for s, amount in zip(SERVICES, amounts) if amount.strip())
    if not lines:
        raise FieldError(f"no service amount: a bill needs at least one of {', '.join(SERVICES)}")
    if (added := sum((amount for _, amount in lines), Decimal("0.00"))) != total:
        raise FieldError(f"service amounts add up to {added} but total is {total}")
    if due_date < bill_date:
        raise FieldError("due_date is before bill_date")
    if draft_date is not None and draft_date < bill_date:
        raise FieldError("draft_date is before bill_date")
    row.values = (None, bill_date, due_date, draft_date, total, parse_flag("final_bill", final_bill))
    row.lines = lines


def fill_usage(row: ExtractRow, fields: Fields) -> None:
    number, service, start, end, quantity, unit = fields
    row.ref = _text("account_number", number, _NUMBER, needed=True)
    service = parse_service("service", service)
    if service not in UNITS:
        raise FieldError(f"{service} is not metered; usage is for {', '.join(UNITS)}")
    start = parse_date("period_start", start)
    end = parse_date("period_end", end)
    if end < start:
        raise FieldError("period_end is before period_start")
    unit = unit.strip()
    if unit and unit.lower() != UNITS[service].lower():
        raise FieldError(f"unit {unit!r} does not fit {service} (expected {UNITS[service]})")
    row.values = (None, service, start, end, parse_count("quantity", quantity), UNITS[service])


LAYOUTS = {
    "customers": Layout("customers", ("customer_number", "last_name"),
                        ("first_name", "mailing_address1", "mailing_address2", "city", "state", "zip",
                         "phone", "email"), fill_customer),
    "accounts": Layout("accounts", ("account_number", "customer_number", "service_address", "balance",
                                    "balance_as_of"), ("services", "status", "cash_only", "payments_through"),
                        fill_account),
    "bills": Layout("bills", ("account_number", "bill_date", "due_date", "total"),
                    ("draft_date", "final_bill") + SERVICES, fill_bill),
    "usage": Layout("usage", ("account_number", "service", "period_start", "period_end", "quantity"),
                    ("unit",), fill_usage),
}
# The customers' columns in their layout's order, each with its length and whether it must be filled.
_CUSTOMER_FIELDS = tuple((csv, _CUSTOMER_LIMITS[csv], csv in LAYOUTS["customers"].required)
                         for csv in LAYOUTS["customers"].columns)
# A column only one kind of file has: it says which kind a header was meant to be.
_TELLTALE = {"last_name": "customers", "service_address": "accounts", "bill_date": "bills",
             "period_end": "usage"}


def header_names(header: list[str]) -> list[str]:
    """Header cells as column names: ``Account Number`` and ``account-number`` are ``account_number``."""
    return [re.sub(r"[\s\-]+", "_", cell.strip().lstrip("\ufeff").strip().lower()) for cell in header]


def recognize(header: list[str]) -> Layout:
    """The layout a header row belongs to; ValueError saying what is wrong when it fits none."""
    names = header_names(header)
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise ValueError(f"the header names a column twice: {', '.join(twice)}")
    kinds = [_TELLTALE[n] for n in names if n in _TELLTALE]
    if len(set(kinds)) != 1:
        raise ValueError(
            "the header row is none of the billing-extract files (customers, accounts, bills, usage): "
            + ", ".join(names[:8]) + (" ..." if len(names) > 8 else ""))
    layout = LAYOUTS[kinds[0]]
    if missing := [c for c in layout.required if c not in names]:
        raise ValueError(f"a {layout.kind} file needs the column(s) {', '.join(missing)}")
    if unknown := [n for n in names if n not in layout.columns]:
        raise ValueError(f"unknown column(s) for a {layout.kind} file: {', '.join(unknown)} "
                         f"(known: {', '.join(layout.columns)})")
    return layout


class ExtractReader:
    """The data rows of one file, parsed, each with its first physical line (header = line 1)."""

    def __init__(self, path: Path, layout: Layout) -> None:
        self.path, self.layout = path, layout
        self._raw: BinaryIO | None = None
        self._ended_at = 0  # where the last reading of the file stopped

    @property
    def bytes_read(self) -> int:
        """How far into the file reading has gone (for progress)."""
        return self._raw.tell() if self._raw is not None and not self._raw.closed else self._ended_at

    def __iter__(self) -> Iterator[ExtractRow]:
        with open(self.path, "rb") as self._raw, \
                io.TextIOWrapper(self._raw, encoding="utf-8-sig", newline="") as text:
            reader = csv.reader(text)
            names = header_names(next(reader))
            width, fill, line = len(names), self.layout.fill, reader.line_num + 1
            # Each row's fields in the layout's order (at C speed; a dict per row had cost more); a
            # column the file lacks points just past the row's own fields, at the "" added for it.
            pick = operator.itemgetter(*(names.index(c) if c in names else width for c in self.layout.columns))
            lacking = any(c not in names for c in self.layout.columns)
            try:
                for fields in reader:
                    row, line = ExtractRow(line, fields), reader.line_num + 1
                    if len(fields) != width:  # every layout has at least two columns
                        if not fields or (len(fields) == 1 and not fields[0].strip()):
                            continue  # a blank line is not a row
                        row.reason = f"expected {width} fields, found {len(fields)}"
                    elif bad := CONTROL.search("".join(fields)):
                        row.reason = f"contains a control character (U+{ord(bad.group()):04X})"
                    else:
                        try:
                            fill(row, pick([*fields, ""] if lacking else fields))
                        except FieldError as exc:
                            row.reason = str(exc)
                    yield row
            except csv.Error as exc:  # e.g. a quote never closed: the rest of the file is one field
                row = ExtractRow(line, [])
                row.reason = f"not valid CSV: {exc}"
                self._ended_at = self._raw.tell()
                yield row
                return
            self._ended_at = self._raw.tell()


def chunks(rows: Iterable[ExtractRow], size: int) -> Iterator[list[ExtractRow]]:
    """The rows in lists of ``size`` (the last one shorter)."""
    chunk: list[ExtractRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def read_chunks(reader: ExtractReader, size: int) -> Iterator[tuple[list[ExtractRow], int]]:
    """The reader's chunks of ``size`` rows, each with how many bytes of the file it ends at (for
    progress), read in the caller's thread. (A thread reading ahead was tried: it cost more CPU in
    lock hand-offs than the overlap saved; docs/PERFORMANCE.md.) Closing this iterator (a cancel, an
    error while writing) closes the file."""
    for chunk in chunks(reader, size):
        yield chunk, reader.bytes_read
