"""A first load into empty tables (services/lookup_indexes.py): the customers' and accounts' lookup
indexes are dropped for the load and built again after it, however it ends; a crash before they
are built again leaves a database that the next program opening it gives its indexes back."""
from __future__ import annotations

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.schema import DropIndex

from cashier_app.models import Account, Customer
from cashier_app.services import import_chunks
from cashier_app.services.importing import ImportCancelled, import_files
from cashier_app.services.lookup import find_accounts
from cashier_app.services.lookup_indexes import LOOKUP_TABLES, lookup_indexes, restore_lookup_indexes
from tests.unit.test_importing import SAMPLES, _dump

EXPECTED = {kind: {ix.name for ix in lookup_indexes(table)} for kind, table in LOOKUP_TABLES.items()}


def _indexes(db) -> dict[str, set[str]]:
    with db.engine.connect() as conn:
        found = inspect(conn)
        return {kind: {ix["name"] for ix in found.get_indexes(table.name)} & EXPECTED[kind]
                for kind, table in LOOKUP_TABLES.items()}


def test_the_lookup_indexes_are_the_non_unique_ones_of_customers_and_accounts():
    assert EXPECTED == {"customers": {"ix_customers_name_key", "ix_customers_name_key_first", "ix_customers_phone_digits"},
                        "accounts": {"ix_accounts_address_key", "ix_accounts_customer_id", "ix_accounts_street_key"}}


def test_a_first_load_builds_the_indexes_after_the_rows_and_stores_the_same_rows(db, admin, tmp_path):
    during = []

    def look(step) -> None:  # from another connection, between two chunks
        if not step.finished and step.kind in ("customers", "accounts"):
            during.append((step.kind, frozenset(_indexes(db)[step.kind])))

    import_files(db, admin, SAMPLES, chunk_rows=4, progress=look)
    assert _indexes(db) == EXPECTED  # all there again after the load
    assert {kind for kind, names in during if not names} == {"customers", "accounts"}  # and were not during it
    first = _dump(db)
    with db.read() as s:  # the lookups work through them
        number = s.scalar(select(Account.account_number).limit(1))
    assert find_accounts(db, admin, number)
    import_files(db, admin, SAMPLES, chunk_rows=4)  # nothing changes, indexes or rows
    assert _dump(db) == first and _indexes(db) == EXPECTED


def test_a_load_into_tables_already_holding_rows_keeps_the_indexes(db, admin):
    import_files(db, admin, SAMPLES[:1])
    during = []
    import_files(db, admin, SAMPLES[:2], chunk_rows=4,
                 progress=lambda step: during.append(frozenset(_indexes(db)["customers"])))
    assert set(during) == {frozenset(EXPECTED["customers"])}  # customers were not empty: never dropped
    assert _indexes(db) == EXPECTED


def test_a_cancelled_first_load_leaves_a_usable_database_with_its_indexes(db, admin, monkeypatch):
    monkeypatch.setattr(import_chunks, "COMMIT_SECONDS", 0.0)  # every chunk commits on its own
    seen = []
    with pytest.raises(ImportCancelled):
        import_files(db, admin, SAMPLES, chunk_rows=4, progress=seen.append,
                     cancelled=lambda: sum(s.kind == "accounts" and not s.finished for s in seen) >= 2)
    assert _indexes(db) == EXPECTED
    with db.read() as s:
        assert s.scalar(select(Account.account_number).limit(1)) is not None  # two chunks were saved
    report = import_files(db, admin, SAMPLES)  # importing again finishes it
    assert report.rows_rejected == 0 and _indexes(db) == EXPECTED


def test_a_first_load_that_fails_still_builds_the_indexes_again(db, admin, monkeypatch):
    def broken(conn, rows) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setitem(import_chunks.APPLY, "accounts", broken)
    with pytest.raises(RuntimeError, match="disk went away"):
        import_files(db, admin, SAMPLES[:2])
    assert _indexes(db) == EXPECTED
    with db.read() as s:
        assert s.scalar(select(Customer.id).limit(1)) is not None and s.scalar(select(Account.id)) is None


def test_indexes_a_crash_left_missing_are_built_by_the_next_import_and_by_opening(db, admin):
    import_files(db, admin, SAMPLES[:2])

    def crash_mid_load() -> None:  # what a power cut during a first load leaves: rows, no lookup indexes
        with db.engine.begin() as conn:
            for table in LOOKUP_TABLES.values():
                for index in lookup_indexes(table):
                    conn.execute(DropIndex(index))
        assert _indexes(db) == {kind: set() for kind in LOOKUP_TABLES}

    crash_mid_load()
    import_files(db, admin, SAMPLES[2:3])  # a bills file: its tables are not the ones missing indexes
    assert _indexes(db) == EXPECTED
    crash_mid_load()
    restore_lookup_indexes(db.engine)  # what open_database does once the schema is up to date
    assert _indexes(db) == EXPECTED
    restore_lookup_indexes(db.engine)  # nothing to do: no error
    assert _indexes(db) == EXPECTED


def test_opening_a_database_builds_missing_lookup_indexes(tmp_path):
    from cashier_app.db import open_database

    url = f"sqlite:///{tmp_path / 'town.db'}"
    db = open_database(url)
    with db.engine.begin() as conn:
        conn.execute(DropIndex(lookup_indexes(LOOKUP_TABLES["accounts"])[0]))
    db.dispose()
    db = open_database(url)
    try:
        assert _indexes(db) == EXPECTED
    finally:
        db.dispose()
