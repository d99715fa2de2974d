"""The import compares a chunk with what is stored in the stored form (stored_rows): a row read
again from the same file must compare equal to what its first import wrote, on both databases, or
every re-import would rewrite everything; and a changed row must compare different."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cashier_app.services import extract_process, import_chunks
from cashier_app.services.importing import import_files
from cashier_app.services.stored_rows import fetch, python_values, stored_form
from tests.unit.test_importing import SAMPLES, _dump


def _writes(monkeypatch) -> list[tuple[str, int]]:
    seen: list[tuple[str, int]] = []
    real = import_chunks._upsert

    def counting(conn, table, keys, columns, rows):  # noqa: ANN001
        seen.append((table.name, len(rows)))
        real(conn, table, keys, columns, rows)

    monkeypatch.setattr(import_chunks, "_upsert", counting)
    return seen


@pytest.mark.parametrize("reader_process", [False, True])
def test_the_same_files_again_write_no_row_at_all(db, admin, monkeypatch, reader_process):
    if reader_process:  # every file read by a reader process (bills and usage sent in stored form on SQLite)
        monkeypatch.setattr(extract_process, "PROCESS_BYTES", 0)
    first = import_files(db, admin, SAMPLES)
    before = _dump(db)
    writes = _writes(monkeypatch)
    again = import_files(db, admin, SAMPLES)
    assert [f.rows_kept for f in again.files] == [f.rows_kept for f in first.files]
    assert [n for _, n in writes if n] == []  # every stored row compared equal: nothing handed to the database
    assert _dump(db) == before


def test_a_changed_amount_is_seen_and_only_that_row_written(db, admin, monkeypatch, tmp_path):
    import_files(db, admin, SAMPLES)
    writes = _writes(monkeypatch)
    fix = tmp_path / "accounts.csv"
    text = SAMPLES[1].read_text(encoding="utf-8")
    assert "200101,100001,412 W Marion St,electric;water;sewer;refuse,active,N,123.45" in text
    fix.write_text(text.replace("200101,100001,412 W Marion St,electric;water;sewer;refuse,active,N,123.45",
                                "200101,100001,412 W Marion St,electric;water;sewer;refuse,active,N,123.46"),
                   encoding="utf-8")
    import_files(db, admin, [fix])
    assert [w for w in writes if w[1]] == [("accounts", 1)]


def test_stored_form_and_back(db, admin):
    import_files(db, admin, SAMPLES)
    table = import_chunks.ACCOUNTS
    columns = ("account_number", "extract_balance", "balance_as_of")
    with db.engine.connect() as conn, conn.begin():
        stored = fetch(conn, table, columns, (("account_number", {"200101"}),))
        assert len(stored) == 1
        number, cents, as_of = stored[0]
        assert (number, cents) == ("200101", 12345)  # integer cents, as the Cents column keeps them
        back = python_values(conn, table, "balance_as_of", [as_of])[0]
        assert back.tzinfo is not None and back.utcoffset() == dt.timedelta(0)
        assert stored_form(conn, table, columns, [("200101", Decimal("123.45"), back)]) == stored
        assert fetch(conn, table, columns, (("account_number", set()),)) == []
        assert fetch(conn, table, columns, (("account_number", {"no such"}),)) == []


def test_cents_stores_what_exact_cents_stores_and_refuses_the_same():
    import random

    from cashier_app.money import exact_cents
    from cashier_app.services.stored_rows import cents

    def outcome(convert, value):  # noqa: ANN001
        try:
            return convert(value)
        except (TypeError, ValueError) as exc:
            return type(exc)

    rng = random.Random(14)
    values = [Decimal(t) for t in ("0.00", "-0.00", "123.45", "-12.34", "1.5", "1E+3", "999999999999.99",
                                   "12.345", "-0.001", "0E-10", "1e19", "1e20", "1E+30", "NaN", "-Infinity",
                                   "1.0000000000000000000000000001")]
    values += [Decimal(f"{rng.randint(-10**14, 10**14)}E{rng.randint(-6, 3)}") for _ in range(5000)]
    for value in [*values, 1.5, 3]:
        assert outcome(cents, value) == outcome(exact_cents, value), value
    assert cents(None) is None
