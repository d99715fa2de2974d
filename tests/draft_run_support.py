"""Builders for draft-run tests: origin settings, a supervisor, enrolled accounts with bills, and
reading a written file back with achlens (an independent parser and validator)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from achlens.core.parser import parse as achlens_parse
from achlens.core.validator import validate as achlens_validate
from sqlalchemy import select

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.models import Bill, DraftEnrollment, DraftEntry, EnrollmentStatus, Role
from cashier_app.services.access import Actor
from cashier_app.services.drafts.draft_key import draft_cipher, encrypt_text, ensure_key
from cashier_app.services.settings import set_setting
from tests.factories import make_account, make_station, make_user

# Tuesday 1 December 2026, 10:00 in Shelby (15:00 UTC).
NOW = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.timezone.utc)
TODAY = dt.date(2026, 12, 1)
DRAFT_DATE = dt.date(2026, 12, 10)  # a Thursday, past the lead time
BILL_DATE = dt.date(2026, 11, 20)

ORIGIN = {
    "drafts.immediate_destination": "053101121",
    "drafts.immediate_destination_name": "First Citizens Bank",
    "drafts.immediate_origin": "1566000123",
    "drafts.immediate_origin_name": "City of Shelby",
    "drafts.company_name": "City of Shelby",
    "drafts.company_identification": "1566000123",
    "drafts.odfi_routing": "053101121",
}
ROUTINGS = ("053000196", "053100300", "061000104", "053201607")


def at_now(monkeypatch, moment: dt.datetime = NOW) -> None:
    monkeypatch.setattr(city_time, "clock", lambda: moment)


def set_origin(db: Database, admin: Actor, **more: str) -> None:
    for key, value in {**ORIGIN, **more}.items():
        set_setting(db, admin, key, value)


def draft_office(db: Database, admin: Actor, monkeypatch) -> Actor:
    """Station S1, the origin settings, a key, the clock at NOW; returns a supervisor at S1."""
    at_now(monkeypatch)
    make_station(db)
    set_origin(db, admin)
    ensure_key()
    return make_user(db, "sup", roles=(Role.SUPERVISOR,))


def enroll(db: Database, account_id: int, bank_account: str = "123456789", routing: str = "053000196",
           status: str = EnrollmentStatus.ACTIVE.value, kind: str = "checking", name: str = "Renee O'Brien") -> int:
    with db.write() as s:
        e = DraftEnrollment(account_id=account_id, status=status, name_on_account=name, bank_name="Test Bank",
                            routing_number=routing, bank_account_encrypted=encrypt_text(draft_cipher(), bank_account),
                            bank_account_last4=bank_account[-4:], bank_account_type=kind,
                            signed_on=TODAY - dt.timedelta(days=5),
                            activated_on=TODAY if status == EnrollmentStatus.ACTIVE.value else None)
        s.add(e)
        s.flush()
        return e.id


def add_bill(db: Database, account_id: int, amount: str = "100.00", draft_date: dt.date = DRAFT_DATE,
             bill_date: dt.date = BILL_DATE) -> int:
    with db.write() as s:
        bill = Bill(account_id=account_id, bill_date=bill_date, due_date=bill_date + dt.timedelta(days=20),
                    draft_date=draft_date, amount=Decimal(amount))
        s.add(bill)
        s.flush()
        return bill.id


def enrolled_account(db: Database, n: int, balance: str = "100.00", bill: str = "100.00",
                     draft_date: dt.date = DRAFT_DATE, bank_account: str | None = None, **enroll_args) -> int:
    """Account 20000nn of customer 3000nn with balance ``balance``, an active enrollment, and one
    bill of ``bill`` with the draft date."""
    account_id = make_account(db, f"2000{n:03d}", f"3000{n:03d}", last=f"Last{n}", first="Pat", balance=balance)
    enroll(db, account_id, bank_account or f"{n:04d}7788{n:03d}", ROUTINGS[n % len(ROUTINGS)], **enroll_args)
    add_bill(db, account_id, bill, draft_date)
    return account_id


def file_entries(path: Path) -> list[tuple[str, str, Decimal, str, str]]:
    """(transaction code, account number, amount, individual id, trace) of each entry, by achlens;
    the file is checked valid first."""
    text = Path(path).read_bytes().decode("ascii")
    report = achlens_validate(text)
    assert report.valid and report.counts["error"] == 0, report.findings
    parsed = achlens_parse(text)
    assert len(parsed.batches) == 1 and not parsed.unparsed
    rows = []
    for e in parsed.batches[0].entries:
        f = e.detail.fields
        rows.append((f["transaction_code"].raw, f["dfi_account_number"].value,
                     Decimal(f["amount"].value or 0) / 100, f["individual_identification_number"].value,
                     f["trace_number"].raw))
    return rows


def db_entries(db: Database, run_id: int) -> list[tuple[str, Decimal, str, str]]:
    """(transaction code, amount, account number, trace) of the run's entries in the database."""
    from cashier_app.models import Account

    with db.read() as s:
        return [(code, amount, number, trace) for code, amount, number, trace in s.execute(
            select(DraftEntry.transaction_code, DraftEntry.amount, Account.account_number, DraftEntry.trace_number)
            .join(Account, Account.id == DraftEntry.account_id)
            .where(DraftEntry.run_id == run_id).order_by(DraftEntry.trace_number))]


def assert_file_matches_database(db: Database, run_id: int, path: Path, offset: bool = False) -> None:
    read = file_entries(path)
    if offset:
        assert read[-1][0] == "22"
        read = read[:-1]
    assert [(code, amount, ident, trace) for code, _acct, amount, ident, trace in read] == db_entries(db, run_id)
