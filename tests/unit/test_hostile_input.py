"""Hostile and broken input: arbitrary text in import rows and search strings ends in a clear
outcome (kept as typed, or rejected with a reason) and never in a crash or a damaged database."""
import csv

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from cashier_app.models import Customer
from cashier_app.services.importing import import_files
from cashier_app.services.lookup import search_accounts

NASTY = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["O'Brien", "'; DROP TABLE customers; --", "100%", "_", "Robert\"); --", "🙂🙃", "שלום עולם",
                     "مرحبا", "Zoë\u200d", "x" * 10_000, "a\x00b", "\ufeffBOM", "line\nbreak", "tab\there", " "]),
)

HEADER = ["customer_number", "last_name", "first_name", "mailing_address1", "mailing_address2", "city", "state",
          "zip", "phone", "email"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(NASTY, NASTY, NASTY), min_size=1, max_size=25))
def test_any_text_in_customer_rows_is_kept_exactly_or_rejected_with_a_reason(db, admin, tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "customers.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for i, (last, first, street) in enumerate(rows):
            writer.writerow([f"9{i:05d}", last, first, street, "", "Shelby", "NC", "28150", "704-555-0100", ""])
    with db.read() as s:
        before = {c.customer_number: (c.last_name, c.first_name) for c in s.scalars(select(Customer))}
    report = import_files(db, admin, [path], rejects_path=folder / "rejects.csv")
    assert report.rows_read == len(rows)
    assert report.rows_kept + report.rows_rejected == len(rows)
    rejected_lines = {int(r["line"]) for r in csv.DictReader((folder / "rejects.csv").open(encoding="utf-8"))}
    assert len(rejected_lines) == report.rows_rejected
    with db.read() as s:
        stored = {c.customer_number: c for c in s.scalars(select(Customer))}
        for i, (last, first, _) in enumerate(rows):
            number = f"9{i:05d}"
            if number in stored and number not in before:
                assert stored[number].last_name == last.strip()
                assert stored[number].first_name == first.strip()
        search_accounts(s, last)  # any stored text can be searched for


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=NASTY)
def test_any_search_string_is_answered(db, text):
    with db.read() as s:
        assert search_accounts(s, text) == []


def test_a_nul_byte_in_a_row_rejects_that_row_only(db, admin, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_text(",".join(HEADER) + "\n800001,Good,Row,,,,,,,\n800002,Bad\x00Name,Row,,,,,,,\n", encoding="utf-8")
    report = import_files(db, admin, [path], rejects_path=tmp_path / "r.csv")
    assert (report.rows_kept, report.rows_rejected) == (1, 1)
    assert "control character (U+0000)" in (tmp_path / "r.csv").read_text(encoding="utf-8")
