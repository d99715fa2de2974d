"""Imports that could move a balance backwards (issue 10, item 4): an as-of time in the future, the
same account twice in one file (whatever the chunk size), and what an extract says it includes."""
from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from cashier_app.models import Account, Base
from cashier_app.services.importing import import_files

D = Decimal
CUSTOMERS = "customer_number,last_name\n100001,Núñez\n"
HEADER = "account_number,customer_number,service_address,balance,balance_as_of,payments_through\n"


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def run_import(db, admin, folder, text, chunk_rows=5000):
    customers = write(folder, "customers.csv", CUSTOMERS)
    accounts = write(folder, "accounts.csv", HEADER + text)
    rejects = folder / "rejects.csv"
    rejects.unlink(missing_ok=True)
    report = import_files(db, admin, [customers, accounts], rejects_path=rejects, chunk_rows=chunk_rows)
    refused = {}
    if rejects.exists():
        with open(rejects, newline="", encoding="utf-8") as fh:
            refused = {int(r["line"]): r["reason"] for r in csv.DictReader(fh)}
    return report, refused


def stored(db):
    with db.read() as s:
        return {a.account_number: (a.extract_balance, a.balance_as_of, a.payments_through)
                for a in s.scalars(select(Account))}


def test_an_as_of_time_in_the_future_is_refused_at_its_line(db, admin, tmp_path):
    report, refused = run_import(db, admin, tmp_path, "2000001,100001,1 Main St,10.00,2062-11-30T06:00:00,\n"
                                                      "2000002,100001,2 Main St,20.00,2026-11-30T06:00:00,\n")
    assert report.rows_rejected == 1
    assert "is in the future" in refused[2] and "2062-11-30T06:00:00" in refused[2]
    assert set(stored(db)) == {"2000002"}


def test_a_few_minutes_of_clock_difference_are_allowed(db, admin, tmp_path):
    soon = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=3)).replace(microsecond=0)
    report, _ = run_import(db, admin, tmp_path, f"2000001,100001,1 Main St,10.00,{soon.isoformat()},\n")
    assert report.rows_rejected == 0


def test_a_corrected_extract_is_accepted_after_a_refused_future_one(db, admin, tmp_path):
    run_import(db, admin, tmp_path, "2000001,100001,1 Main St,10.00,2062-11-30,\n")
    report, _ = run_import(db, admin, tmp_path, "2000001,100001,1 Main St,10.00,2026-11-30,\n")
    assert report.rows_rejected == 0 and stored(db)["2000001"][0] == D("10.00")


def test_payments_through_is_kept_and_cannot_be_after_the_balance(db, admin, tmp_path):
    report, refused = run_import(db, admin, tmp_path, "2000001,100001,1 Main St,10.00,2026-11-30T06:00:00,2026-11-29\n"
                                                      "2000002,100001,2 Main St,20.00,2026-11-30T06:00:00,2026-12-01\n")
    assert stored(db)["2000001"][2] == dt.date(2026, 11, 29)
    assert "payments_through 2026-12-01 is after the balance's date (2026-11-30)" in refused[3]
    assert report.files[1].note == ""


def test_the_report_says_when_balances_do_not_say_what_they_include(db, admin, tmp_path):
    report, _ = run_import(db, admin, tmp_path, "2000001,100001,1 Main St,10.00,2026-11-30T06:00:00,\n"
                                                "2000002,100001,2 Main St,20.00,2026-11-30T06:00:00,2026-11-29\n")
    accounts = report.files[1]
    assert accounts.without_payments_through == 1
    assert accounts.note.startswith("1 balances do not say which posting exports they include")


MOMENTS = [f"2026-11-{day:02d}T06:00:00" for day in (20, 21, 22)]
rows = st.lists(st.tuples(st.sampled_from(["2000001", "2000002"]), st.sampled_from(MOMENTS),
                          st.integers(0, 99_999)), min_size=1, max_size=6)


def expected(file_rows):
    """Per account the newest balance (the later row on a tie); refused: every row older than an
    earlier row of the same account."""
    newest, refused = {}, set()
    for line, (number, moment, cents) in enumerate(file_rows, start=2):
        if number in newest and moment < newest[number][0]:
            refused.add(line)
        else:
            newest[number] = (moment, D(cents) / 100)
    return {n: b for n, (_, b) in newest.items()}, refused


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file_rows=rows)
def test_the_same_account_twice_keeps_the_newest_balance_whatever_the_chunk_size(db, admin, tmp_path_factory,
                                                                                   file_rows):
    folder = tmp_path_factory.mktemp("chunks")
    text = "".join(f"{n},100001,1 Main St,{D(c) / 100},{m},\n" for n, m, c in file_rows)
    balances, refused_lines = expected(file_rows)
    for chunk_rows in range(1, len(file_rows) + 1):
        with db.write() as s:
            for table in reversed(Base.metadata.sorted_tables):
                s.execute(delete(table))
        _, refused = run_import(db, admin, folder, text, chunk_rows=chunk_rows)
        assert {n: b for n, (b, _, _) in stored(db).items()} == balances, f"chunk size {chunk_rows}"
        assert set(refused) == refused_lines, f"chunk size {chunk_rows}"
        assert all("older than the balance already loaded" in reason for reason in refused.values())


def test_newer_row_first_then_older_row_keeps_the_newer_at_the_default_chunk_size(db, admin, tmp_path):
    report, refused = run_import(db, admin, tmp_path, "2000001,100001,1 Main St,50.00,2026-11-22T06:00:00,\n"
                                                      "2000001,100001,1 Main St,99.00,2026-11-20T06:00:00,\n")
    assert stored(db)["2000001"][0] == D("50.00")
    assert list(refused) == [3] and report.rows_rejected == 1
