"""Every date the counter means is the City's (city_time, business_day), never the PC's calendar:
``date.today()`` and ``QDate.currentDate()`` give the station's own date, which after 7 pm in Shelby
is already tomorrow on a PC set to UTC. A test that took "yesterday" from the PC failed in CI at
that hour; the supervisor's and the draft runs' date fields started on the PC's date too.

The application and its tests ask city_time.today() / business_day.today(). (File names stamped
with the PC's time, e.g. a rejects file, are not dates the counter means and are not checked.)"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
THE_CITY_CLOCK = ROOT / "cashier_app" / "city_time.py"  # the one place that reads the machine's clock
PC_CALENDAR = {"today", "currentDate"}  # date.today(), dt.date.today(), QDate.currentDate()


def _pc_dates(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in PC_CALENDAR:
            owner = ast.unparse(node.func.value)
            if owner.split(".")[-1] in ("date", "QDate"):
                found.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("folder", ["cashier_app", "tests", "bench"])
def test_no_date_is_taken_from_the_pcs_calendar(folder):
    files = [p for p in sorted((ROOT / folder).rglob("*.py")) if p != THE_CITY_CLOCK]
    assert files
    assert [hit for path in files for hit in _pc_dates(path)] == []


def test_the_check_finds_each_way_of_asking_the_pc(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import datetime as dt\nfrom datetime import date\nfrom PySide6.QtCore import QDate\n"
                      "a = dt.date.today()\nb = date.today()\nc = QDate.currentDate().addDays(9)\n"
                      "d = business_day.today()\ne = city_time.today()\n", encoding="utf-8")
    assert [hit.split(": ", 1)[1] for hit in _pc_dates(sample, tmp_path)] == [
        "dt.date.today()", "date.today()", "QDate.currentDate()"]
