"""What a run writes is its owner's only, and holds no full bank account number.

One run in a fresh home under a permissive umask (022): init, users, import (with rejects), a
lockbox batch (with rejects), a counter payment by check printed as text and PDF receipts, the day
closed, day report (PDF and CSV), deposit slip, posting export, bill stubs and (SQLite) backups.
Then every file and folder in the home is checked for its mode, and everything written (files,
PDF text, what the commands printed, every row of the database) is scanned for the full numbers.
"""
from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from cashier_app import config
from cashier_app.db import Database, make_engine
from cashier_app.models import Base
from cashier_app.receipts.file_printer import FilePrinter, PdfPrinter
from cashier_app.services.lookup import account_id_by_number
from cashier_app.services.payments import (
    AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.print_queue import reprint_receipt
from cashier_app.services.printing import print_waiting
from cashier_app.services.users import authenticate
from tests.day_support import close_today
from tests.factories import open_drawer
from tests.integration.test_cli import PASSWORD, run


DATA = Path(__file__).resolve().parent.parent / "data"
USER_PASSWORD = "front-desk-blue-7"
POSTED, UNKNOWN_ACCOUNT, BAD_AMOUNT, SHORT_ROW, EXTRA_COLUMN, AT_THE_COUNTER = (
    "111122223333", "555566667777", "999988887777", "123412341234", "121212343434", "444455556666")
BANK_NUMBERS = (POSTED, UNKNOWN_ACCOUNT, BAD_AMOUNT, SHORT_ROW, EXTRA_COLUMN, AT_THE_COUNTER)
LOCKBOX = f"""account_number,check_number,amount,routing_number,bank_account,stub_barcode,payer_account
200101,5001,10.00,053000196,{POSTED},,
9999999,5002,10.00,053000196,{UNKNOWN_ACCOUNT},,{EXTRA_COLUMN}
200101,5003,ten dollars,053000196,{BAD_AMOUNT},,
200101,5004,10.00,053000196,{SHORT_ROW}
"""


@dataclass
class Run:
    home: Path
    printed: str  # everything the commands wrote to stdout and stderr
    rows: str  # every row of every table


@contextlib.contextmanager
def _umask(mask: int):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def _counter_payment(db: Database, home: Path) -> None:
    """A check with its bank account taken at the counter; its receipt printed as text, then as PDF."""
    cashier = authenticate(db, "maria", USER_PASSWORD, "S1")
    open_drawer(db, cashier)
    with db.read() as s:
        account_id = account_id_by_number(s, "200102")
    posted = post_payment(db, cashier, PaymentRequest(
        new_client_token(), (AllocationRequest(account_id, Decimal("20.00")),),
        (TenderRequest("check", Decimal("20.00"), "7001", "053000196", AT_THE_COUNTER),)))
    assert print_waiting(db, "S1", FilePrinter(home / "receipts")).printed == 1
    reprint_receipt(db, cashier, posted.receipt_number)
    assert print_waiting(db, "S1", PdfPrinter(home / "receipts-pdf")).printed == 1
    close_today(db, authenticate(db, "sam", USER_PASSWORD, "S1"), cashier)


def _all_rows(db: Database) -> str:
    with db.read() as s:
        return "\n".join(repr(row) for table in Base.metadata.sorted_tables for row in s.execute(sa.select(table)))


@pytest.fixture
def a_run(db_url, cashier_home, tmp_path, capsys, monkeypatch) -> Run:
    sqlite = db_url.startswith("sqlite")
    home, printed = cashier_home, []

    def cli(*argv, stdin="", ok=True):
        code, out, err = run(capsys, monkeypatch, *argv, stdin=stdin)
        printed.append(out + err)
        assert code == 0 or not ok, (argv, err)

    lockbox = tmp_path / "lockbox.csv"
    lockbox.write_text(LOCKBOX, encoding="utf-8")
    with _umask(0o022):  # an ordinary login's umask: the app must not rely on a careful one
        cli(*(() if sqlite else ("--db", db_url)), "init", stdin=PASSWORD + "\n")  # then from station.toml
        cli("user", "add", "maria", "--role", "cashier", stdin=USER_PASSWORD + "\n")
        cli("user", "add", "sam", "--role", "supervisor", stdin=USER_PASSWORD + "\n")
        cli("import", *(str(DATA / f"{k}.csv") for k in ("customers", "accounts", "bills", "usage")),
            str(DATA / "customers_bad.csv"), "--rejects", str(home / "import-rejects.csv"), ok=False)
        cli("batch", "post", str(lockbox), "--cashier", "maria", "--rejects", str(home / "lockbox-rejects.csv"),
            ok=False)
        db = Database(make_engine(config.load_station_config().resolved_db_url(), config.pgpass_path()))
        try:
            _counter_payment(db, home)
            day = __import__("cashier_app.services.business_day", fromlist=["today"]).today().isoformat()
            cli("report", "day", "--date", day, "--out", str(home / "day.pdf"))
            cli("report", "day", "--date", day, "--out", str(home / "day.csv"))
            cli("report", "deposit", "--date", day, "--out", str(home / "deposit.pdf"))
            cli("export", "payments", "--date", day, "--out", str(home / "posting.csv"))
            cli("stubs", "--out", str(home / "stubs.pdf"), "--accounts", "2")
            if sqlite:
                cli("setting", "set", "backup.daily_folder", str(home / "backups"))
                cli("backup", "--out", str(home / "copies" / "copy.db"))
                cli("backup", "--scheduled")
            rows = _all_rows(db)
        finally:
            db.dispose()
    assert (home / "lockbox-rejects.csv").read_text(encoding="utf-8").count("****") >= 3
    return Run(home, "\n".join(printed), rows)


def _everything(home: Path) -> list[Path]:
    return [home, *sorted(home.rglob("*"))]


def test_every_file_and_folder_a_run_makes_is_its_owners_only(a_run):
    made = _everything(a_run.home)
    assert {"cashier.db", "pgpass"} & {p.name for p in made}  # the database, or the PostgreSQL password
    assert {"station.toml", "audit.key", "import-rejects.csv", "lockbox-rejects.csv", "day.pdf", "day.csv",
            "deposit.pdf", "posting.csv", "stubs.pdf", "receipts", "receipts-pdf"} <= {p.name for p in made}
    wrong = {str(p.relative_to(a_run.home)): oct(stat.S_IMODE(p.stat().st_mode)) for p in made
             if stat.S_IMODE(p.stat().st_mode) != (0o700 if p.is_dir() else 0o600)}
    assert not wrong, wrong


def _text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return path.read_bytes().decode("latin-1")


def test_nothing_a_run_writes_holds_a_full_bank_account_number(a_run):
    files = [p for p in _everything(a_run.home) if p.is_file()]
    assert any(p.suffix == ".pdf" for p in (a_run.home / "receipts-pdf").iterdir())
    assert any(p.suffix == ".txt" for p in (a_run.home / "receipts").iterdir())
    written = {str(p.relative_to(a_run.home)): _text_of(p) for p in files}
    written["(printed by the commands)"] = a_run.printed
    written["(rows of the database)"] = a_run.rows
    found = {(where, number) for where, text in written.items() for number in BANK_NUMBERS if number in text}
    assert not found, found
    assert "****7777" in written["lockbox-rejects.csv"] and "3333" in written["(rows of the database)"]  # last 4 kept
