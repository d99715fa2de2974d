"""Hostile and broken input: arbitrary text in import rows and search strings ends in a clear
outcome (kept as typed, or rejected with a reason) and never in a crash or a damaged database."""
import csv
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from cashier_app.models import Customer
from cashier_app.services.importing import import_files
from cashier_app.services.lookup import search_accounts
from tests.factories import import_names

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


def _letters(first: int, last: int) -> list[str]:
    return [chr(c) for c in range(first, last + 1) if unicodedata.category(chr(c)).startswith("L")]


# Per script: its letters, and the marks a keyboard may put on them ("" for none).
ACCENTS = ["", "", "\u0301", "\u0300", "\u0303", "\u0308", "\u0323", "\u0309", "\u0302"]
SCRIPTS = {
    "latin": ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàáâãäåçèéêëìíîïñòóôõöøùúûüýÿßœæłđ"
              "ÀÉÎÕÜÇÑØŒÆŁĐıİ", ACCENTS),
    "vietnamese": ("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ", ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]),
    "greek": (_letters(0x0386, 0x03CE), ["", "", "\u0301", "\u0308"]),
    "cyrillic": (_letters(0x0400, 0x045F), ["", "", "\u0301"]),
    "arabic": (_letters(0x0621, 0x064A), ["", "", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b",
                                          "\u0640", "\u0640\u0640"]),
    "hebrew": (_letters(0x05D0, 0x05EA), ["", "\u05b4", "\u05b7", "\u05bc"]),
    "devanagari": (_letters(0x0915, 0x0939), ["", "\u093e", "\u093f", "\u0940", "\u0947", "\u094d", "\u0902"]),
    "han": (_letters(0x4E00, 0x4FFF) + ["\U00020000", "\U0002A6D6"], [""]),
    "kana": (_letters(0x3041, 0x3096) + _letters(0x30A1, 0x30FA), ["", "\u3099"]),
    "hangul": ([chr(c) for c in range(0xAC00, 0xD7A4, 7)], [""]),
}


@st.composite
def names(draw) -> str:
    """A name of one to three words of one script, accents and all; parts joined by ' ’ or -."""
    letters, marks = SCRIPTS[draw(st.sampled_from(sorted(SCRIPTS)))]
    letter = st.tuples(st.sampled_from(letters), st.sampled_from(marks)).map("".join)
    part = st.lists(letter, min_size=1, max_size=6).map("".join)
    word = st.lists(part, min_size=1, max_size=2).flatmap(
        lambda parts: st.sampled_from(["'", "’", "-"]).map(lambda sep: sep.join(parts)))
    return " ".join(draw(st.lists(word, min_size=1, max_size=3)))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(st.tuples(names(), st.one_of(st.just(""), names())), min_size=1, max_size=8))
def test_every_imported_name_is_found_as_stored_and_by_its_first_word(db, admin, tmp_path_factory, people):
    rows = [(f"7{i:05d}", last, first) for i, (last, first) in enumerate(people)]
    import_names(db, admin, tmp_path_factory.mktemp("names"), rows)
    with db.read() as s:
        for number, last, first in rows:
            stored = s.scalars(select(Customer).where(Customer.customer_number == number)).one()
            assert (stored.last_name, stored.first_name) == (last, first)
            typed = [last, last.split()[0], f"{first} {last}"] + ([first, first.split()[0]] if first else [])
            for text in typed:
                assert number in {hit.customer_number for hit in search_accounts(s, text)}, (text, stored.name_key)
