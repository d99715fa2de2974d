"""Re-importing an extract that changes a little: only what differs is written, and the counts are
those of a first import (rows already stored unchanged are compared in bulk and skipped)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from cashier_app.models import Account, Bill, BillLine, Customer, UsageReading
from cashier_app.services.importing import import_files
from tests.unit.test_importing import SAMPLES, _account, _dump


def _lines(db, number: str, day: dt.date) -> dict[str, Decimal]:
    with db.read() as s:
        bill = s.scalars(select(Bill).join(Account).where(Account.account_number == number,
                                                          Bill.bill_date == day)).one()
        return {line.service: line.amount for line in bill.lines}


def test_a_bill_whose_lines_change_but_not_its_total_gets_the_new_lines(db, admin, tmp_path):
    import_files(db, admin, SAMPLES)
    before = _lines(db, "200101", dt.date(2025, 4, 15))
    assert before == {"electric": Decimal("72.10"), "water": Decimal("21.35"), "sewer": Decimal("18.00"),
                      "refuse": Decimal("12.00")}
    fix = tmp_path / "bills_fix.csv"
    # Same total (123.45) and dates: only the lines differ; gas is new, refuse is gone.
    fix.write_text("account_number,bill_date,due_date,draft_date,total,electric,water,sewer,gas\n"
                   "200101,2025-04-15,2025-05-05,2025-05-05,123.45,70.10,21.35,18.00,14.00\n", encoding="utf-8")
    report = import_files(db, admin, [fix])
    assert (report.rows_kept, report.rows_rejected) == (1, 0)
    assert _lines(db, "200101", dt.date(2025, 4, 15)) == {
        "electric": Decimal("70.10"), "water": Decimal("21.35"), "sewer": Decimal("18.00"), "gas": Decimal("14.00")}
    assert _lines(db, "200101", dt.date(2025, 3, 15))["electric"] == Decimal("66.85")  # the other bill untouched


def test_a_re_import_writes_only_the_rows_that_differ_and_counts_every_row(db, admin, tmp_path):
    first = import_files(db, admin, SAMPLES)
    before = _dump(db)
    folder = tmp_path / "next"
    folder.mkdir()
    changed = {}
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        if path.name == "customers.csv":
            text = text.replace("Dupré,Renée", "Dupré-Martin,Renée")
        if path.name == "accounts.csv":
            text = text.replace("200101,100001,412 W Marion St,electric;water;sewer;refuse,active,N,123.45",
                                "200101,100001,412 W Marion St,electric;water;sewer;refuse,active,N,99.99")
        changed[path.name] = folder / path.name
        changed[path.name].write_text(text, encoding="utf-8")
    assert changed["customers.csv"].read_text(encoding="utf-8") != SAMPLES[0].read_text(encoding="utf-8")
    assert changed["accounts.csv"].read_text(encoding="utf-8") != SAMPLES[1].read_text(encoding="utf-8")
    again = import_files(db, admin, list(changed.values()))
    assert [(f.rows_read, f.rows_kept) for f in again.files] == [(f.rows_read, f.rows_kept) for f in first.files]
    after = _dump(db)
    for table in ("bills", "bill_lines", "usage_readings"):
        assert after[table] == before[table], table
    ids = {name: [row[0] for row in rows] for name, rows in after.items()}
    assert ids == {name: [row[0] for row in rows] for name, rows in before.items()}  # no row added or removed
    differ = {t: [a for a, b in zip(after[t], before[t]) if a != b] for t in ("customers", "accounts")}
    assert len(differ["customers"]) == 1 and len(differ["accounts"]) == 1
    with db.read() as s:
        person = s.scalars(select(Customer).where(Customer.customer_number == "100001")).one()
        assert (person.last_name, person.name_key) == ("Dupré-Martin", "DUPRE MARTIN RENEE")
    assert _account(db, "200101").extract_balance == Decimal("99.99")


def test_a_row_changed_by_the_counter_since_is_set_back_only_when_the_extract_differs(db, admin):
    """cash_only set at the counter after returned checks: the same extract imported again leaves
    the account as the extract has it (the row differs from the extract, so it is written)."""
    import_files(db, admin, SAMPLES)
    with db.write() as s:
        s.scalars(select(Account).where(Account.account_number == "200101")).one().cash_only = True
        s.scalars(select(UsageReading)).first().quantity = 1
    import_files(db, admin, SAMPLES)
    assert _account(db, "200101").cash_only is False
    with db.read() as s:
        assert 1 not in set(s.scalars(select(UsageReading.quantity)))
        assert s.query(BillLine).count() == 43


def test_chunks_read_ahead_come_in_file_order_and_closing_stops_the_reading_thread(tmp_path):
    import threading

    from cashier_app.services.extract_rows import ExtractReader, read_ahead, recognize

    path = tmp_path / "usage.csv"
    path.write_text("account_number,service,period_start,period_end,quantity\n"
                    + "".join(f"A{n},water,2025-03-01,2025-03-31,{n}\n" for n in range(50)), encoding="utf-8")
    layout = recognize(["account_number", "service", "period_start", "period_end", "quantity"])
    got = list(read_ahead(ExtractReader(path, layout), 7))
    assert [len(chunk) for chunk, _ in got] == [7] * 7 + [1]
    assert [row.line for chunk, _ in got for row in chunk] == list(range(2, 52))
    assert got[-1][1] == path.stat().st_size and all(a[1] <= b[1] for a, b in zip(got, got[1:]))
    ahead = read_ahead(ExtractReader(path, layout), 2, depth=1)
    next(ahead)
    ahead.close()  # a cancel or an error while writing: the thread ends, the file is closed
    assert not [t for t in threading.enumerate() if t.name.startswith("import-read-")]


def test_an_error_while_reading_ahead_is_raised_where_the_chunks_are_taken(tmp_path):
    import pytest

    from cashier_app.services.extract_rows import ExtractReader, read_ahead, recognize

    layout = recognize(["account_number", "service", "period_start", "period_end", "quantity"])
    with pytest.raises(FileNotFoundError):
        list(read_ahead(ExtractReader(tmp_path / "gone.csv", layout), 5))


def test_rows_sent_by_copy_on_postgresql_are_stored_as_the_upsert_stores_them(db, admin, monkeypatch, tmp_path):
    """On PostgreSQL a chunk's rows go by COPY into a scratch table, then one INSERT ... SELECT ... ON
    CONFLICT (import_chunks.COPY_ROWS and up); the same files give the same rows as row by row."""
    from cashier_app.services import import_chunks
    from tests.unit.test_importing import TABLES, _count

    import_files(db, admin, SAMPLES)
    by_rows = _without_ids(_dump(db))
    with db.write() as s:
        for model in reversed(TABLES):
            s.query(model).delete()
    monkeypatch.setattr(import_chunks, "COPY_ROWS", 1)  # every chunk by COPY
    first = import_files(db, admin, SAMPLES)
    assert first.rows_kept == 54 and [_count(db, m) for m in TABLES] == [12, 14, 14, 43, 14]
    assert _without_ids(_dump(db)) == by_rows
    before = _dump(db)
    import_files(db, admin, SAMPLES)
    assert _dump(db) == before  # a second import by COPY changes nothing
    fix = tmp_path / "bills_fix.csv"
    fix.write_text("account_number,bill_date,due_date,draft_date,total,electric,water,sewer,gas\n"
                   "200101,2025-04-15,2025-05-05,2025-05-05,123.45,70.10,21.35,18.00,14.00\n", encoding="utf-8")
    import_files(db, admin, [fix])
    assert _lines(db, "200101", dt.date(2025, 4, 15)) == {
        "electric": Decimal("70.10"), "water": Decimal("21.35"), "sewer": Decimal("18.00"), "gas": Decimal("14.00")}


def _without_ids(dump: dict[str, list[tuple]]) -> dict[str, list[str]]:
    """Every value of every row but its own id and its parent's id (which differ between two loads)."""
    parent = {"customers": None, "accounts": "customer_id", "bills": "account_id", "bill_lines": "bill_id",
              "usage_readings": "account_id"}
    from cashier_app.models import Base

    shown = {}
    for name, rows in dump.items():
        names = [c.name for c in Base.metadata.tables[name].columns]
        keep = [i for i, c in enumerate(names) if c not in ("id", parent[name])]
        shown[name] = sorted(repr(tuple(row[i] for i in keep)) for row in rows)
    return shown
