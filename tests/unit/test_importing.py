"""The billing-system import: samples in tests/data, bad rows, re-import, order, errors, as_of."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from cashier_app.models import Account, AuditEvent, Bill, BillLine, Customer, ImportRun, Role, UsageReading
from cashier_app.progress import TerminalProgress, render_line
from cashier_app.services.access import AccessDenied, Actor
from cashier_app.services.csv_fields import (
    FieldError, parse_count, parse_date, parse_dollars, parse_flag, parse_moment, parse_services, parse_signed_dollars,
)
from cashier_app.services.importing import ImportFileError, import_files

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLES = [DATA / n for n in ("customers.csv", "accounts.csv", "bills.csv", "usage.csv")]
BAD = [DATA / n for n in ("customers_bad.csv", "accounts_bad.csv", "bills_bad.csv", "usage_bad.csv")]
UTC = dt.timezone.utc
TABLES = (Customer, Account, Bill, BillLine, UsageReading)


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _dump(db) -> dict[str, list[tuple]]:
    with db.read() as s:
        return {m.__tablename__: [tuple(r) for r in s.execute(select(m.__table__).order_by(m.__table__.c.id))]
                for m in TABLES}


def _detached(s, rows: list) -> list:
    # db.read() rolls back at the end, which would expire what it loaded: keep the loaded values.
    for row in rows:
        s.expunge(row)
    return rows


def _account(db, number: str) -> Account:
    with db.read() as s:
        return _detached(s, [s.scalars(select(Account).where(Account.account_number == number)).one()])[0]


def _rejects(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def imported(db, admin, tmp_path):
    return import_files(db, admin, list(reversed(SAMPLES)), rejects_path=tmp_path / "rejects.csv")


def test_samples_import_in_dependency_order_with_right_counts(db, imported):
    assert [f.kind for f in imported.files] == ["customers", "accounts", "bills", "usage"]
    assert [(f.rows_read, f.rows_kept, f.rows_rejected) for f in imported.files] == [(12, 12, 0), (14, 14, 0),
                                                                                     (14, 14, 0), (14, 14, 0)]
    assert imported.rows_rejected == 0
    assert [_count(db, m) for m in TABLES] == [12, 14, 14, 43, 14]
    assert _rejects(imported.rejects_path) == []  # asked for, so written even when empty


def test_accents_apostrophes_and_quotes_survive_and_search_keys_are_filled(db, imported):
    with db.read() as s:
        people = {c.customer_number: c for c in _detached(s, s.scalars(select(Customer)).all())}
        accounts = _detached(s, s.scalars(select(Account)).all())
    assert (people["100001"].last_name, people["100001"].first_name) == ("Dupré", "Renée")
    assert people["100001"].name_key == "DUPRE RENEE" and people["100001"].name_key_first == "RENEE DUPRE"
    assert people["100002"].last_name == "O'Brien" and people["100002"].name_key == "OBRIEN PATRICK"
    assert people["100004"].last_name == "Smith & Sons Hardware, Inc."
    assert people["100005"].first_name == 'Robert "Bob"'
    assert people["100005"].phone_digits == "7045550105"
    assert people["100010"].name_key == "CELIK AYSE" and people["100001"].zip_code == "28150"
    assert all(c.name_key and c.name_key_first for c in people.values())
    assert all(a.address_key and a.street_key for a in accounts)
    by_number = {a.account_number: a for a in accounts}
    assert by_number["200103"].service_address == "101 N Lafayette St, Unit B"
    assert by_number["200103"].street_key == "LAFAYETTE ST UNIT B"


def test_amounts_flags_services_and_both_date_forms(db, imported):
    eastern_midnight = dt.datetime(2025, 4, 30, 4, 0, tzinfo=UTC)  # 2025-04-30 00:00 EDT
    cases = {  # number: (balance, as_of, services, status, cash_only)
        "200101": (Decimal("123.45"), eastern_midnight, "electric,water,sewer,refuse", "active", False),
        "200102": (Decimal("1234.56"), eastern_midnight, "electric,water,sewer", "active", False),  # 04/30/2025
        "200103": (Decimal("0.00"), dt.datetime(2025, 4, 30, 22, 0, tzinfo=UTC), "electric,gas", "active", True),
        "200104": (Decimal("-12.50"), dt.datetime(2025, 4, 30, 22, 0, tzinfo=UTC), "electric,water,sewer,gas,refuse",
                   "active", False),
        "200106": (Decimal("88.10"), eastern_midnight, "electric,water,sewer,refuse", "final", False),
    }
    for number, expected in cases.items():
        a = _account(db, number)
        assert (a.extract_balance, a.balance_as_of, a.services, a.status, a.cash_only) == expected, number
    with db.read() as s:
        bills = {(number, b.bill_date): (b, {ln.service: ln.amount for ln in b.lines})
                 for b, number in s.execute(select(Bill, Account.account_number).join(Account))}
        _detached(s, [b for b, _ in bills.values()])
    march, _ = bills[("200101", dt.date(2025, 3, 15))]  # written 03/15/2025
    assert (march.due_date, march.draft_date, march.amount) == (dt.date(2025, 4, 4), dt.date(2025, 4, 4),
                                                                Decimal("118.20"))
    assert bills[("200106", dt.date(2025, 4, 15))][0].final_bill is True
    big, big_lines = bills[("200112", dt.date(2025, 4, 15))]
    assert big.amount == Decimal("2045.00") and big_lines["electric"] == Decimal("1900.00")
    for bill, lines in bills.values():
        assert sum(lines.values(), Decimal("0.00")) == bill.amount
    with db.read() as s:
        usage = {(u.service, u.period_end): u for u in _detached(s, s.scalars(
            select(UsageReading).join(Account).where(Account.account_number == "200101")).all())}
    assert usage[("water", dt.date(2025, 4, 10))].quantity == 4300
    assert usage[("electric", dt.date(2025, 3, 11))].period_start == dt.date(2025, 2, 10)  # 02/10/2025
    assert {u.unit for u in usage.values()} == {"kWh", "gal"}


def test_importing_the_same_files_again_changes_nothing(db, admin, imported, tmp_path):
    before = _dump(db)
    again = import_files(db, admin, SAMPLES, rejects_path=tmp_path / "again.csv")
    assert again.rows_kept == imported.rows_kept and again.rows_rejected == 0
    assert _dump(db) == before


def test_bad_rows_are_rejected_with_file_line_and_reason_and_good_rows_kept(db, admin, imported, tmp_path):
    report = import_files(db, admin, BAD, rejects_path=tmp_path / "rejects.csv")
    assert [(f.kind, f.rows_read, f.rows_kept, f.rows_rejected) for f in report.files] == [
        ("customers", 3, 1, 2), ("accounts", 11, 3, 8), ("bills", 8, 2, 6), ("usage", 7, 1, 6)]
    assert report.rows_rejected == 22
    found = {(Path(r["file"]).name, int(r["line"])): r for r in _rejects(report.rejects_path)}
    expected = {
        ("customers_bad.csv", 3): "last_name is blank",
        ("customers_bad.csv", 4): "state is longer than 2",
        ("accounts_bad.csv", 3): "unknown customer_number 999999",
        ("accounts_bad.csv", 4): "at most two decimals",
        ("accounts_bad.csv", 5): "balance_as_of '2025-02-30' is not a date",
        ("accounts_bad.csv", 6): "account_number is blank",
        ("accounts_bad.csv", 7): "expected 8 fields, found 7",
        ("accounts_bad.csv", 8): "unknown service cable",
        ("accounts_bad.csv", 9): "status 'closed' is not a status",
        ("accounts_bad.csv", 12): "cash_only 'maybe' is not Y or N",  # after a row on lines 10-11
        ("bills_bad.csv", 3): "service amounts add up to 90.00 but total is 100.00",
        ("bills_bad.csv", 4): "unknown account_number 999999",
        ("bills_bad.csv", 5): "bill_date '2025-13-01' is not a date",
        ("bills_bad.csv", 6): "total 'abc'",
        ("bills_bad.csv", 7): "due_date is before bill_date",
        ("bills_bad.csv", 8): "no service amount",
        ("usage_bad.csv", 3): "refuse is not metered",
        ("usage_bad.csv", 4): "unit 'kWh' does not fit water",
        ("usage_bad.csv", 5): "quantity '12.5' is not a whole number",
        ("usage_bad.csv", 6): "period_end is before period_start",
        ("usage_bad.csv", 7): "unknown account_number 999999",
        ("usage_bad.csv", 8): "service 'cable' is not a service",
    }
    assert set(found) == set(expected)
    for key, reason in expected.items():
        assert reason in found[key]["reason"], (key, found[key]["reason"])
    assert found[("accounts_bad.csv", 7)]["raw"] == "200206,100003,15 Short Row St,electric,active,N,10.00"
    assert _account(db, "200209").service_address == "18 Long Row St\nRear Building"
    assert _account(db, "200211").extract_balance == Decimal("-3.50") and _account(db, "200211").cash_only
    with db.read() as s:
        owner = s.scalar(select(Customer.customer_number).join(Account).where(Account.account_number == "200201"))
    assert owner == "100001"
    with db.read() as s:
        assert s.scalar(select(Customer.name_key).where(Customer.customer_number == "100101")) == "O SUILLEABHAIN MAIRE"


def test_rejects_file_goes_next_to_the_first_file_and_only_when_needed(db, admin, tmp_path):
    folder = tmp_path / "extract"
    folder.mkdir()
    for path in SAMPLES[:2] + BAD[1:2]:
        shutil.copy(path, folder / path.name)
    clean = import_files(db, admin, [folder / "customers.csv", folder / "accounts.csv"])
    assert clean.rejects_path is None and not list(folder.glob("import-rejects-*.csv"))
    dirty = import_files(db, admin, [folder / "accounts_bad.csv"])
    assert dirty.rejects_path.parent == folder and dirty.rejects_path.name.startswith("import-rejects-")
    assert len(_rejects(dirty.rejects_path)) == 8


def test_utf8_bom_quoted_fields_and_spelled_headers_are_read(db, admin, tmp_path):
    path = tmp_path / "clients.csv"
    path.write_bytes("\ufeff".encode() + (
        'Customer Number,Last Name,First Name,Phone\r\n'
        '300001,"Doe, Jr.","Jean ""JJ"" René",(704) 555-0199\r\n'
        '300002,"Line\r\nBreak",Ana,\r\n'
        '\r\n'
        '300003,Zoë,Ünal,\r\n').encode("utf-8"))
    report = import_files(db, admin, [path], rejects_path=tmp_path / "r.csv")
    assert (report.files[0].kind, report.rows_kept, report.rows_rejected) == ("customers", 3, 0)
    with db.read() as s:
        people = {c.customer_number: c for c in _detached(s, s.scalars(select(Customer)).all())}
    assert (people["300001"].last_name, people["300001"].first_name) == ("Doe, Jr.", 'Jean "JJ" René')
    assert people["300001"].name_key == "DOE JR JEAN JJ RENE" and people["300001"].phone_digits == "7045550199"
    assert people["300002"].last_name == "Line\r\nBreak" and people["300003"].name_key == "ZOE UNAL"


def test_a_missing_file_stops_everything_before_any_change(db, admin, tmp_path):
    with pytest.raises(ImportFileError, match="nowhere.csv: no such file"):
        import_files(db, admin, [SAMPLES[0], tmp_path / "nowhere.csv"])
    assert _count(db, Customer) == 0 and _count(db, ImportRun) == 0


@pytest.mark.parametrize("content, message", [
    (b"name,amount\nx,1\n", "none of the billing-extract files"),
    (b"account_number,bill_date,total\n", "needs the column(s) due_date"),
    (b"account_number,service,period_start,period_end,quantity,colour\n", "unknown column(s) for a usage file: colour"),
    (b"", "empty"),
    (b"customer_number,last_name,Last Name\n", "names a column twice: last_name"),
    (b"customer_number,last_name\n1,Dupr\xe9\n", "not UTF-8"),
])
def test_a_file_of_no_known_kind_is_refused_with_a_clear_reason(db, admin, tmp_path, content, message):
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=re.escape(message)):
        import_files(db, admin, [SAMPLES[0], path])
    assert _count(db, Customer) == 0


def test_an_unwritable_rejects_place_stops_everything_before_any_change(db, admin, tmp_path):
    with pytest.raises(ImportFileError, match="cannot write the rejects file"):
        import_files(db, admin, SAMPLES, rejects_path=tmp_path / "no-such-folder" / "rejects.csv")
    assert _count(db, Customer) == 0


def test_each_run_records_as_of_counts_sha256_and_one_audit_event(db, imported):
    with db.read() as s:
        runs = {r.kind: r for r in _detached(s, s.scalars(select(ImportRun)).all())}
        events = _detached(s, s.scalars(select(AuditEvent).where(AuditEvent.action == "import.file")
                                        .order_by(AuditEvent.id)).all())
    accounts = runs["accounts"]
    assert accounts.as_of == dt.datetime(2025, 5, 1, 10, 30, tzinfo=UTC)  # latest balance_as_of in the file
    assert imported.files[1].as_of == accounts.as_of
    assert accounts.sha256 == hashlib.sha256((DATA / "accounts.csv").read_bytes()).hexdigest()
    assert (accounts.rows_read, accounts.rows_kept, accounts.rows_rejected) == (14, 14, 0)
    assert accounts.file_name.endswith("accounts.csv")
    for kind in ("customers", "bills", "usage"):  # no balance: as of the import itself
        run = runs[kind]
        assert run.started_at <= run.as_of <= run.finished_at
    assert [(e.after["kind"], e.after["kept"], e.after["rejected"]) for e in events] == [
        ("customers", 12, 0), ("accounts", 14, 0), ("bills", 14, 0), ("usage", 14, 0)]
    assert events[1].after["sha256"] == accounts.sha256 and events[1].entity_id == str(accounts.id)


def test_an_older_extract_does_not_roll_a_balance_back(db, admin, imported, tmp_path):
    old = tmp_path / "old_accounts.csv"
    old.write_text("account_number,customer_number,service_address,balance,balance_as_of\n"
                   "200101,100001,412 W Marion St,999.99,2025-03-31\n"
                   "200102,100002,1208 E Dixon Blvd Apt 4,10.00,2025-05-31T08:00:00\n", encoding="utf-8")
    report = import_files(db, admin, [old], rejects_path=tmp_path / "r.csv")
    assert (report.rows_kept, report.rows_rejected) == (1, 1)
    assert "older than the balance already loaded" in _rejects(report.rejects_path)[0]["reason"]
    assert _account(db, "200101").extract_balance == Decimal("123.45")
    newer = _account(db, "200102")
    assert (newer.extract_balance, newer.services, newer.status) == (Decimal("10.00"), "", "active")


def test_a_corrected_bill_replaces_its_lines(db, admin, imported, tmp_path):
    fix = tmp_path / "bills_fix.csv"
    fix.write_text("account_number,bill_date,due_date,total,electric,water,sewer\n"
                   "200101,2025-04-15,2025-05-05,111.45,72.10,21.35,18.00\n", encoding="utf-8")
    import_files(db, admin, [fix])
    with db.read() as s:
        bill = s.scalars(select(Bill).join(Account).where(Account.account_number == "200101",
                                                          Bill.bill_date == dt.date(2025, 4, 15))).one()
        assert bill.amount == Decimal("111.45") and bill.draft_date is None
        assert [ln.service for ln in bill.lines] == ["electric", "sewer", "water"]  # refuse line dropped
    assert _count(db, BillLine) == 42


def test_small_chunks_and_repeated_keys_give_the_same_result(db, admin, tmp_path):
    dup = tmp_path / "accounts_twice.csv"
    rows = (DATA / "accounts.csv").read_text(encoding="utf-8").splitlines()
    dup.write_text("\n".join(rows + [rows[1].replace("123.45", "5.00")]) + "\n", encoding="utf-8")
    steps = []
    report = import_files(db, admin, [SAMPLES[0], dup], chunk_rows=4, progress=steps.append)
    assert report.files[1].rows_kept == 15 and _count(db, Account) == 14
    assert _account(db, "200101").extract_balance == Decimal("5.00")  # the later row wins
    last = [s for s in steps if s.finished]
    assert [s.label for s in last] == ["customers.csv", "accounts_twice.csv"]
    assert all(s.done == s.total > 0 for s in last) and last[1].rows == 15
    assert len([s for s in steps if s.kind == "accounts" and not s.finished]) == 4  # 15 rows in chunks of 4


def test_only_an_administrator_may_import(db):
    cashier = Actor(None, "pat", frozenset({Role.CASHIER.value}), "S1")
    with pytest.raises(AccessDenied):
        import_files(db, cashier, SAMPLES)


def test_terminal_progress_draws_only_on_a_terminal_or_when_forced():
    quiet = io.StringIO()
    TerminalProgress("import", stream=quiet).update("accounts.csv", 50, 100, 10)
    assert quiet.getvalue() == ""
    shown = io.StringIO()
    bar = TerminalProgress("import", stream=shown, force=True, min_interval=0)
    bar.update("accounts.csv", 50, 100, 500)
    bar.update("accounts.csv", 100, 100, 1000, finished=True)
    text = shown.getvalue()
    assert "import: accounts.csv" in text and "50%" in text and "100%" in text and text.endswith("\n")
    assert "1,000 rows" in text and "rows/s" in text
    line = render_line("a-very-long-file-name-for-the-billing-extract.csv", 1, 4, 12, 2.0, columns=60)
    assert len(line) <= 59 and "25%" in line and "6 rows/s" in line


# -- fields -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2025-04-30", dt.datetime(2025, 4, 30, 4, 0, tzinfo=UTC)),  # a date alone: midnight in Shelby (EDT)
    ("01/15/2025", dt.datetime(2025, 1, 15, 5, 0, tzinfo=UTC)),  # EST in winter
    ("2025-04-30T18:00:00", dt.datetime(2025, 4, 30, 22, 0, tzinfo=UTC)),
    ("2025-04-30 18:00", dt.datetime(2025, 4, 30, 22, 0, tzinfo=UTC)),
    ("2025-04-30T18:00:00Z", dt.datetime(2025, 4, 30, 18, 0, tzinfo=UTC)),
    ("2025-04-30T18:00:00-05:00", dt.datetime(2025, 4, 30, 23, 0, tzinfo=UTC)),
    ("4/30/2025 6:05", dt.datetime(2025, 4, 30, 10, 5, tzinfo=UTC)),
])
def test_balance_moments_in_every_accepted_form(text, expected):
    assert parse_moment("balance_as_of", text) == expected


@pytest.mark.parametrize("text", ["2025-02-30", "30/04/2025", "2025-4-30", "yesterday", "", "04/30/25",
                                  "2025-04-30T25:00"])
def test_bad_moments_and_dates_are_refused(text):
    with pytest.raises(FieldError):
        parse_moment("balance_as_of", text)
    with pytest.raises(FieldError):
        parse_date("bill_date", text)


@pytest.mark.parametrize("text, expected", [
    ("12", "12.00"), ("-12.5", "-12.50"), ("$1,234.56", "1234.56"), ("-$1,234.56", "-1234.56"),
    ("-0.00", "0.00"), (" 7.10 ", "7.10"), ("0", "0.00"),
])
def test_balances_may_be_credits(text, expected):
    value = parse_signed_dollars("balance", text)
    assert value == Decimal(expected) and str(value) == expected


@pytest.mark.parametrize("text", ["12.345", "1e3", "--5", "-", "5-", "(5.00)", "12,34", "abc", ""])
def test_bad_balances_are_refused(text):
    with pytest.raises(FieldError, match="balance"):
        parse_signed_dollars("balance", text)


def test_bill_amounts_may_not_be_negative():
    with pytest.raises(FieldError, match="negative"):
        parse_dollars("total", "-5.00")


@given(st.integers(min_value=-10**11, max_value=10**11), st.booleans(), st.booleans())
def test_any_amount_in_cents_reads_back_exactly(cents, dollar_sign, thousands):
    body = f"{abs(cents) // 100:,}" if thousands else f"{abs(cents) // 100}"
    text = ("-" if cents < 0 else "") + ("$" if dollar_sign else "") + f"{body}.{abs(cents) % 100:02d}"
    assert parse_signed_dollars("balance", text) == Decimal(cents) / 100


@pytest.mark.parametrize("text, expected", [
    ("electric;water;sewer", "electric,water,sewer"), ("Water  Electric", "electric,water"),
    ("refuse,gas", "gas,refuse"), ("", ""), ("electric; electric", "electric"),
])
def test_services_are_stored_in_one_order(text, expected):
    assert parse_services("services", text) == expected


def test_flags_and_counts():
    assert [parse_flag("cash_only", t) for t in ("Y", "n", "", "yes", "FALSE", "1")] == [True, False, False, True,
                                                                                       False, True]
    assert parse_count("quantity", "12,345") == 12345
    for bad in ("maybe", "2"):
        with pytest.raises(FieldError):
            parse_flag("cash_only", bad)
    for bad in ("-1", "1.5", "12,34", ""):
        with pytest.raises(FieldError):
            parse_count("quantity", bad)
