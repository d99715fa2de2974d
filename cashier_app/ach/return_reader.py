"""The reader behind :func:`cashier_app.ach.returns.read_return_file`: one pass over a NACHA return /
NOC file, a small state machine that checks every record, count and total as it goes (the values
it gives and the refusals it raises are in ``ach/returns.py``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from stdnum.us import rtn

from cashier_app.ach.return_codes import CHANGE_REASONS, RETURN_REASONS
from cashier_app.ach.returns import (
    _DIGITS, BLOCKING_FACTOR, FILLER, RECORD_KINDS, RECORD_LENGTH, TRANSACTION_CODES, ChangeEntry, ReturnEntry,
    ReturnFile, ReturnFileError, _record_name,
)
from cashier_app.i18n import _t
from cashier_app.money import from_cents


@dataclass
class _Batch:
    line: int
    service_class: str
    number: int
    effective_date: dt.date
    count: int = 0
    hash: int = 0
    debit: int = 0
    credit: int = 0
    returns: list[ReturnEntry] = field(default_factory=list)
    changes: list[ChangeEntry] = field(default_factory=list)


@dataclass
class _Entry:
    line: int
    transaction_code: str
    routing: str
    account_last4: str
    cents: int
    individual_id: str
    individual_name: str
    trace: str
    has_addenda: bool = False


def _field(rec: str, start: int, end: int) -> str:
    """Columns ``start``..``end`` as NACHA numbers them (1-based, inclusive)."""
    return rec[start - 1:end]


class Reader:
    def __init__(self) -> None:
        self.line = 0
        self.header: tuple[dt.date, str, str, str] | None = None
        self.batch: _Batch | None = None
        self.entry: _Entry | None = None
        self.closed = False
        self.records = 0
        self.batch_count = 0
        self.count = 0
        self.hash = 0
        self.debit = 0
        self.credit = 0
        self.returns: list[ReturnEntry] = []
        self.changes: list[ChangeEntry] = []
        self.totals: tuple[int, int, int, int, int] | None = None

    # -- helpers ------------------------------------------------------------------------------
    def fail(self, reason: str, line: int | None = None) -> ReturnFileError:
        return ReturnFileError(self.line if line is None else line, reason)

    def digits(self, rec: str, start: int, end: int, what: Callable[[], str]) -> str:
        value = _field(rec, start, end)
        if not value or not set(value) <= _DIGITS:
            raise self.fail(_t("{0} '{1}' is not a number (columns {2}-{3} must be {4} digits)").format(
                                what(), value, start, end, end - start + 1))
        return value

    def date(self, rec: str, start: int, end: int, what: Callable[[], str],
             blank_ok: bool = False) -> dt.date | None:
        value = _field(rec, start, end)
        if blank_ok and not value.strip():
            return None
        if set(value) <= _DIGITS:
            try:
                return dt.date(2000 + int(value[:2]), int(value[2:4]), int(value[4:6]))
            except ValueError:
                pass
        raise self.fail(_t("{0} '{1}' is not a date (columns {2}-{3} must be YYMMDD)").format(
            what(), value, start, end))

    # -- the file -----------------------------------------------------------------------------
    def read(self, text: str) -> ReturnFile:
        lines = text.split("\n")
        if lines and lines[0].startswith("\ufeff"):
            lines[0] = lines[0][1:]  # a byte-order mark left by a Windows editor
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            raise ReturnFileError(1, _t("the file is empty; a return file starts with a file header record (type 1)"))
        for number, raw in enumerate(lines, start=1):
            self.line = number
            self.record(self.clean(raw))
        if self.header is None:  # pragma: no cover - the first line is always checked
            raise self.fail(_t("the file has no file header record (type 1)"))
        if self.batch is not None:
            raise self.fail(_t("the file ends inside batch {0} (no batch control record after its header on line "
                               "{1}); it may be cut short").format(self.batch.number, self.batch.line))
        if not self.closed:
            raise self.fail(_t("the file ends without its file control record (type 9); it may be cut short"))
        assert self.totals is not None
        batch_count, count, entry_hash, debit, credit = self.totals
        created_on, destination, origin, origin_name = self.header
        return ReturnFile(tuple(self.returns), tuple(self.changes), created_on, destination,
                          origin, origin_name, batch_count, count, entry_hash,
                          from_cents(debit), from_cents(credit))

    def clean(self, raw: str) -> str:
        rec = raw[:-1] if raw.endswith("\r") else raw
        if len(rec) > RECORD_LENGTH and not rec[RECORD_LENGTH:].strip():
            rec = rec[:RECORD_LENGTH]  # trailing blanks after column 94
        if not rec.strip():
            raise self.fail(_t("a blank line inside the file (only the end may have blank lines)"))
        for column, char in enumerate(rec, start=1):
            code = ord(char)
            if not (0x20 <= code <= 0x7E or 0xA0 <= code <= 0xFF):
                raise self.fail(_t("column {0} holds the character U+{1:04X}, which a NACHA file cannot hold "
                                   "(letters, digits and punctuation only)").format(column, code))
        if len(rec) != RECORD_LENGTH:
            raise self.fail(_t("the record is {0} characters long; every NACHA record is exactly {1}").format(
                                len(rec), RECORD_LENGTH))
        return rec

    def record(self, rec: str) -> None:
        kind = rec[0]
        if self.closed:
            if rec == FILLER:
                return
            raise self.fail(_t("a record after the file control record (only block-filler lines of 9s may follow it)"))
        if rec == FILLER:
            raise self.fail(_t("a block-filler line (all 9s) before the file control record"))
        if kind not in RECORD_KINDS:
            raise self.fail(_t("unknown record type '{0}' (a NACHA record starts with 1, 5, 6, 7, 8 or 9)").format(
                                kind))
        if self.header is None and kind != "1":
            raise self.fail(_t("the file must start with a file header record (type 1); this line is a {0} record "
                               "(type {1})").format(_record_name(kind), kind))
        if kind in "5689" and self.entry is not None and not self.entry.has_addenda:
            raise self.missing_addenda()
        self.records += 1
        getattr(self, "record_" + kind)(rec)

    def missing_addenda(self) -> ReturnFileError:
        assert self.entry is not None
        return self.fail(_t("the entry has no addenda record after it; in a return file every entry is followed by "
                            "its return (99) or change (98) addenda"),
                         line=self.entry.line)

    # -- records ------------------------------------------------------------------------------
    def record_1(self, rec: str) -> None:
        if self.header is not None:
            raise self.fail(_t("a second file header record (type 1); a return file has one"))
        created = self.date(rec, 24, 29, lambda: _t("the file creation date"))
        assert created is not None
        self.header = (created, _field(rec, 4, 13).strip(), _field(rec, 14, 23).strip(),
                       _field(rec, 64, 86).strip())

    def record_5(self, rec: str) -> None:
        if self.batch is not None:
            raise self.fail(_t("a batch header before the control record of the batch that started on line {0}").format(
                                self.batch.line))
        service_class = self.digits(rec, 2, 4, lambda: _t("the batch's service class code"))
        effective = self.date(rec, 70, 75, lambda: _t("the batch's effective entry date"))
        assert effective is not None
        number = int(self.digits(rec, 88, 94, lambda: _t("the batch number")))
        self.batch = _Batch(self.line, service_class, number, effective)
        self.entry = None

    def record_6(self, rec: str) -> None:
        batch = self.batch
        if batch is None:
            raise self.fail(_t("an entry record outside a batch (no batch header before it)"))
        code = self.digits(rec, 2, 3, lambda: _t("the entry's transaction code"))
        if code not in TRANSACTION_CODES:
            raise self.fail(_t("the entry's transaction code {0} is not a checking or savings code (21-24, 26-29, "
                               "31-34, 36-39)").format(code))
        routing = self.digits(rec, 4, 12, lambda: _t("the entry's routing number"))
        if not rtn.is_valid(routing):
            raise self.fail(_t("the entry's routing number {0} fails its check digit").format(routing))
        account = _field(rec, 13, 29).strip()
        if not account:
            raise self.fail(_t("the entry's bank account number (columns 13-29) is blank"))
        cents = int(self.digits(rec, 30, 39, lambda: _t("the entry's amount")))
        individual_id = _field(rec, 40, 54).strip()
        name = _field(rec, 55, 76).strip()
        indicator = _field(rec, 79, 79)
        if indicator not in ("0", "1"):
            raise self.fail(_t("the entry's addenda record indicator (column 79) is '{0}'; it must be 1").format(
                                indicator))
        if indicator == "0":
            raise self.fail(_t("the entry says it has no addenda record (column 79 is 0); in a return file every "
                               "entry carries its return (99) or change (98) addenda"))
        trace = self.digits(rec, 80, 94, lambda: _t("the entry's trace number"))
        self.entry = _Entry(self.line, code, routing, account[-4:], cents, individual_id, name, trace)
        batch.count += 1
        batch.hash += int(routing[:8])
        if code[1] in "1234":
            batch.credit += cents
        else:
            batch.debit += cents

    def record_7(self, rec: str) -> None:
        entry, batch = self.entry, self.batch
        if entry is None or batch is None:
            raise self.fail(_t("an addenda record with no entry record before it"))
        if entry.has_addenda:
            raise self.fail(_t("a second addenda record for the entry on line {0}; a return or change entry has "
                               "exactly one").format(entry.line))
        kind = _field(rec, 2, 3)
        if kind not in ("98", "99"):
            raise self.fail(_t("the addenda type is '{0}'; a return file holds only return (99) and change (98) "
                               "addenda").format(kind))
        code = _field(rec, 4, 6)
        original_trace = self.digits(rec, 7, 21, lambda: _t("the original entry trace number"))
        original_rdfi = self.digits(rec, 28, 35, lambda: _t("the original receiving bank (RDFI) number"))
        trace = self.digits(rec, 80, 94, lambda: _t("the addenda's trace number"))
        if trace != entry.trace:
            raise self.fail(_t("the addenda's trace number {0} is not its entry's ({1}, line {2})").format(
                                trace, entry.trace, entry.line))
        common = dict(trace_number=entry.trace, original_trace=original_trace,
                      amount=from_cents(entry.cents), account_last4=entry.account_last4,
                      routing_number=entry.routing, individual_id=entry.individual_id,
                      individual_name=entry.individual_name, effective_date=batch.effective_date,
                      transaction_code=entry.transaction_code, original_rdfi=original_rdfi,
                      batch_number=batch.number, line=entry.line)
        if kind == "99":
            text = RETURN_REASONS.get(code)
            if text is None:
                if code in CHANGE_REASONS:
                    raise self.fail(_t("unknown return reason code '{0}' (a change code belongs in a type 98 "
                                       "addenda); NACHA codes are R01 to R85").format(code))
                raise self.fail(_t("unknown return reason code '{0}'; NACHA codes are R01 to R85").format(code))
            died = self.date(rec, 22, 27, lambda: _t("the date of death"), blank_ok=True)
            batch.returns.append(ReturnEntry(reason_code=code, reason_text=text, date_of_death=died,
                                             addenda_information=_field(rec, 36, 79).strip(),
                                             **common))
        else:
            text = CHANGE_REASONS.get(code)
            if text is None:
                if code in RETURN_REASONS:
                    raise self.fail(_t("unknown change code '{0}' (a return code belongs in a type 99 addenda); "
                                       "NACHA codes are C01 to C14").format(code))
                raise self.fail(_t("unknown change code '{0}'; NACHA codes are C01 to C14").format(code))
            corrected = _field(rec, 36, 64)
            batch.changes.append(ChangeEntry(change_code=code, change_text=text,
                                             corrected_data=corrected,
                                             **self.correction(code, corrected), **common))
        entry.has_addenda = True
        batch.count += 1

    def correction(self, code: str, data: str) -> dict[str, str]:
        """The corrected data of a NOC, split by change code (NACHA's corrected-data layouts)."""
        out: dict[str, str] = {}

        def routing(text: str) -> None:
            if not (len(text) == 9 and set(text) <= _DIGITS and rtn.is_valid(text)):
                raise self.fail(_t("the corrected routing number '{0}' is not a valid routing number (check "
                                   "digit)").format(
                                    text))
            out["corrected_routing"] = text

        def account(text: str) -> None:
            if not text.strip():
                raise self.fail(_t("the corrected bank account number is blank"))
            out["corrected_account"] = text.strip()

        def transaction(text: str) -> None:
            if text not in TRANSACTION_CODES:
                raise self.fail(_t("the corrected transaction code '{0}' is not a checking or savings code").format(
                                    text))
            out["corrected_transaction_code"] = text

        if code == "C01":
            account(data[0:17])
        elif code == "C02":
            routing(data[0:9])
        elif code == "C03":
            routing(data[0:9])
            account(data[12:29])
        elif code == "C04":
            if not data[0:22].strip():
                raise self.fail(_t("the corrected name is blank"))
            out["corrected_name"] = data[0:22].strip()
        elif code == "C05":
            transaction(data[0:2])
        elif code == "C06":
            account(data[0:17])
            transaction(data[20:22])
        elif code == "C07":
            routing(data[0:9])
            account(data[9:26])
            transaction(data[26:28])
        elif code == "C09":
            if not data[0:22].strip():
                raise self.fail(_t("the corrected individual identification number is blank"))
            out["corrected_individual_id"] = data[0:22].strip()
        return out

    def record_8(self, rec: str) -> None:
        batch = self.batch
        if batch is None:
            raise self.fail(_t("a batch control record with no batch header before it"))
        service_class = self.digits(rec, 2, 4, lambda: _t("the batch control's service class code"))
        count = int(self.digits(rec, 5, 10, lambda: _t("the batch control's entry/addenda count")))
        entry_hash = int(self.digits(rec, 11, 20, lambda: _t("the batch control's entry hash")))
        debit = int(self.digits(rec, 21, 32, lambda: _t("the batch control's total debit")))
        credit = int(self.digits(rec, 33, 44, lambda: _t("the batch control's total credit")))
        number = int(self.digits(rec, 88, 94, lambda: _t("the batch control's batch number")))
        if number != batch.number:
            raise self.fail(_t("the batch control says batch {0} but closes batch {1} (header on line {2})").format(
                number, batch.number, batch.line))
        if service_class != batch.service_class:
            raise self.fail(_t("the batch control's service class {0} is not its header's ({1}, line {2})").format(
                                service_class, batch.service_class, batch.line))
        if count != batch.count:
            raise self.fail(_t("the batch control counts {0} entry and addenda records but batch {1} (header on line "
                               "{2}) "
                               "has {3}").format(count, batch.number, batch.line, batch.count))
        if entry_hash != batch.hash % 10**10:
            raise self.fail(_t("the batch control's entry hash {0:010d} does not match the entries' routing numbers "
                               "({1:010d})").format(entry_hash, batch.hash % 10**10))
        if debit != batch.debit:
            raise self.fail(_t("the batch control's total debit {0} is not the sum of its debit entries ({1})").format(
                                from_cents(debit), from_cents(batch.debit)))
        if credit != batch.credit:
            raise self.fail(_t("the batch control's total credit {0} is not the sum of its credit "
                               "entries ({1})").format(
                                from_cents(credit), from_cents(batch.credit)))
        self.batch_count += 1
        self.count += batch.count
        self.hash += batch.hash
        self.debit += batch.debit
        self.credit += batch.credit
        self.returns.extend(batch.returns)
        self.changes.extend(batch.changes)
        self.batch = None
        self.entry = None

    def record_9(self, rec: str) -> None:
        if self.batch is not None:
            raise self.fail(_t("the file control record comes before the control record of the batch that started "
                               "on line {0}").format(self.batch.line))
        batch_count = int(self.digits(rec, 2, 7, lambda: _t("the file control's batch count")))
        blocks = int(self.digits(rec, 8, 13, lambda: _t("the file control's block count")))
        count = int(self.digits(rec, 14, 21, lambda: _t("the file control's entry/addenda count")))
        entry_hash = int(self.digits(rec, 22, 31, lambda: _t("the file control's entry hash")))
        debit = int(self.digits(rec, 32, 43, lambda: _t("the file control's total debit")))
        credit = int(self.digits(rec, 44, 55, lambda: _t("the file control's total credit")))
        if batch_count != self.batch_count:
            raise self.fail(_t("the file control counts {0} batches but the file has {1}").format(
                                batch_count, self.batch_count))
        expected_blocks = -(-self.records // BLOCKING_FACTOR)
        if blocks != expected_blocks:
            raise self.fail(_t("the file control counts {0} blocks of 10 records but the file's {1} records "
                               "make {2}").format(
                                blocks, self.records, expected_blocks))
        if count != self.count:
            raise self.fail(_t("the file control counts {0} entry and addenda records but the batches have {1}").format(
                                count, self.count))
        if entry_hash != self.hash % 10**10:
            raise self.fail(_t("the file control's entry hash {0:010d} does not match the batches' ({1:010d})").format(
                                entry_hash, self.hash % 10**10))
        if debit != self.debit:
            raise self.fail(_t("the file control's total debit {0} is not the sum of the batches' ({1})").format(
                                from_cents(debit), from_cents(self.debit)))
        if credit != self.credit:
            raise self.fail(_t("the file control's total credit {0} is not the sum of the batches' ({1})").format(
                                from_cents(credit), from_cents(self.credit)))
        self.totals = (batch_count, count, entry_hash, debit, credit)
        self.closed = True
