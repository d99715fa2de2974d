"""What the import says about odd input: a folder, a file that is not UTF-8, control characters."""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest

from cashier_app.cli import main
from cashier_app.services.csv_fields import escape_controls
from cashier_app.services.importing import ImportFileError, import_files

HEADER = "customer_number,last_name,first_name\n"


def _customers(tmp_path: Path, body: bytes, name: str = "customers.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(HEADER.encode() + body)
    return path


def test_a_folder_is_named_as_a_folder_not_as_a_missing_file(db, db_url, admin, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "extract"
    folder.mkdir()
    with pytest.raises(ImportFileError, match=r"extract: is a folder, not a file; name the CSV files in it"):
        import_files(db, admin, [folder])
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--db", db_url, "import", str(folder)]) == 1
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if line.strip()] == [
        f"cashier-app: {folder}: is a folder, not a file; name the CSV files in it (e.g. {folder / '*.csv'})"]


@pytest.mark.parametrize("body, where", [
    (b"100001,Dupr\xe9,Ann\n", "line 2, column 12: byte 0xE9"),  # Latin-1 é after "100001,Dupr"
    (b"100001,Smith,Ann\n100002,Ren\xc3\xa9e,Zo\xeb\n", "line 3, column 16: byte 0xEB"),  # é is one column
    (b"100001,Smith,Ann\r\n" * 3 + b"100004,\x80,Bo\r\n", "line 5, column 8: byte 0x80"),
])
def test_a_file_not_utf8_names_the_line_and_column_of_the_first_bad_byte(db, admin, tmp_path, body, where):
    path = _customers(tmp_path, body)
    with pytest.raises(ImportFileError, match=f"not UTF-8 text \\({where}"):
        import_files(db, admin, [path])


def test_the_bad_byte_is_found_across_read_blocks(db, admin, tmp_path):
    row = "100001,Zoë Ünal,Ann\n".encode()  # 21 bytes, 19 characters
    rows = (1 << 20) // len(row) + 3  # past the first 1 MiB block
    path = _customers(tmp_path, row * rows + b"100002,Ab\xff\n")
    with pytest.raises(ImportFileError, match=rf"line {rows + 2}, column 10: byte 0xFF"):
        import_files(db, admin, [path])


def test_a_nul_or_escape_in_a_rejected_row_is_written_escaped_never_raw(db, admin, tmp_path):
    path = _customers(tmp_path, b"100001,Bad\x00Name,Ann\n100002,Esc\x1b[2J,Bo,extra\n100003,Good,Row\n")
    report = import_files(db, admin, [path], rejects_path=tmp_path / "r.csv")
    assert (report.rows_kept, report.rows_rejected) == (1, 2)
    data = (tmp_path / "r.csv").read_bytes()
    assert b"\x00" not in data and b"\x1b" not in data
    with open(tmp_path / "r.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["raw"] for r in rows] == ["100001,Bad\\x00Name,Ann", "100002,Esc\\x1b[2J,Bo,extra"]
    assert "control character (U+0000)" in rows[0]["reason"]


def test_escape_controls_keeps_text_tabs_and_line_breaks():
    assert escape_controls("Zoë\tRue\r\nB") == "Zoë\tRue\r\nB"
    assert escape_controls("a\x00b\x7fc\x08") == "a\\x00b\\x7fc\\x08"
