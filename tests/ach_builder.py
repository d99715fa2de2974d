"""Test-only writer of NACHA return/NOC files, so the reader can be tried on any entries.

Deliberately written apart from the reader (field by field, from the NACHA layouts), so a
mistake in one is not copied into the other. Not the City's PPD writer.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

LENGTH = 94


def alpha(value: str, size: int) -> str:
    assert len(value) <= size, (value, size)
    return value.ljust(size)


def num(value: int | str, size: int) -> str:
    text = str(value)
    assert text.isdigit() and len(text) <= size, (value, size)
    return text.rjust(size, "0")


def yymmdd(day: dt.date | None) -> str:
    return "      " if day is None else day.strftime("%y%m%d")


@dataclass
class Item:
    """One return (code Rxx) or notification of change (code Cxx) entry with its addenda."""

    code: str
    routing: str  # 9 digits
    account: str  # up to 17
    cents: int
    individual_id: str
    name: str
    trace: str  # 15 digits
    original_trace: str  # 15 digits
    original_rdfi: str = "05310112"
    transaction_code: str = "26"
    date_of_death: dt.date | None = None
    info: str = ""  # 44 characters of addenda information (returns)
    corrected: str = ""  # 29 characters of corrected data (changes)

    def records(self) -> list[str]:
        entry = ("6" + self.transaction_code + self.routing + alpha(self.account, 17)
                 + num(self.cents, 10) + alpha(self.individual_id, 15) + alpha(self.name, 22)
                 + "  " + "1" + self.trace)
        if self.code.startswith("R"):
            addenda = ("799" + self.code + self.original_trace + yymmdd(self.date_of_death)
                       + self.original_rdfi + alpha(self.info, 44) + self.trace)
        else:
            addenda = ("798" + self.code + self.original_trace + " " * 6 + self.original_rdfi
                       + alpha(self.corrected, 29) + " " * 15 + self.trace)
        assert len(entry) == LENGTH and len(addenda) == LENGTH, (entry, addenda)
        return [entry, addenda]


@dataclass
class Batch:
    items: list[Item]
    effective: dt.date = dt.date(2026, 11, 20)
    number: int = 1
    sec: str = "PPD"
    description: str = "UTIL DRAFT"
    service_class: str = "225"
    company_name: str = "CITY OF SHELBY"
    company_id: str = "1566000123"
    odfi: str = "05310112"

    def totals(self) -> tuple[int, int, int, int]:
        count = 2 * len(self.items)
        hashed = sum(int(i.routing[:8]) for i in self.items)
        debit = sum(i.cents for i in self.items if i.transaction_code[1] in "6789")
        credit = sum(i.cents for i in self.items if i.transaction_code[1] in "1234")
        return count, hashed, debit, credit

    def records(self) -> list[str]:
        header = ("5" + self.service_class + alpha(self.company_name, 16) + " " * 20
                  + alpha(self.company_id, 10) + self.sec + alpha(self.description, 10)
                  + self.effective.strftime("%b%d").upper()[:6].ljust(6) + yymmdd(self.effective)
                  + "   " + "1" + self.odfi + num(self.number, 7))
        count, hashed, debit, credit = self.totals()
        control = ("8" + self.service_class + num(count, 6) + num(hashed % 10**10, 10)
                   + num(debit, 12) + num(credit, 12) + alpha(self.company_id, 10) + " " * 19
                   + " " * 6 + self.odfi + num(self.number, 7))
        assert len(header) == LENGTH and len(control) == LENGTH, (header, control)
        lines = [header]
        for item in self.items:
            lines += item.records()
        return lines + [control]


@dataclass
class ReturnFileText:
    batches: list[Batch] = field(default_factory=list)
    created: dt.date = dt.date(2026, 11, 24)
    destination: str = " 053101121"
    origin: str = " 053000196"
    destination_name: str = "CITY OF SHELBY"
    origin_name: str = "FIRST CITIZENS BANK"
    blocked: bool = True  # pad with 9s lines to a multiple of 10 records
    newline: str = "\n"

    def lines(self) -> list[str]:
        header = ("101" + self.destination + self.origin + yymmdd(self.created) + "0830" + "A"
                  + "094" + "10" + "1" + alpha(self.destination_name, 23)
                  + alpha(self.origin_name, 23) + " " * 8)
        body = [header]
        for batch in self.batches:
            body += batch.records()
        totals = [b.totals() for b in self.batches]
        records = len(body) + 1
        blocks = -(-records // 10)
        control = ("9" + num(len(self.batches), 6) + num(blocks, 6)
                   + num(sum(t[0] for t in totals), 8) + num(sum(t[1] for t in totals) % 10**10, 10)
                   + num(sum(t[2] for t in totals), 12) + num(sum(t[3] for t in totals), 12)
                   + " " * 39)
        assert len(header) == LENGTH and len(control) == LENGTH
        body.append(control)
        if self.blocked:
            body += ["9" * LENGTH] * (blocks * 10 - records)
        return body

    def text(self) -> str:
        return self.newline.join(self.lines()) + self.newline
