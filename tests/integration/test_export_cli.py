"""`cashier-app export`: the posting export from the command line (one line per failure, no traceback)."""
from __future__ import annotations

import csv

import pytest

from cashier_app.models import Role
from cashier_app.services.business_day import today
from tests.day_support import close_today
from tests.factories import make_user
from tests.integration.test_cli import one_line, run
from tests.printing_support import check, open_counter, pay


@pytest.fixture
def closed_day(db, db_url):
    counter = open_counter(db)
    supervisor = make_user(db, "sam", roles=(Role.SUPERVISOR,))
    pay(counter, {counter.account_id: "100.00"}, check("100.00", "4410"))
    return db_url, close_today(db, supervisor, counter.cashier)


def test_export_then_refuse_then_again(closed_day, tmp_path, capsys, monkeypatch):
    url, day = closed_day
    out = tmp_path / "posting.csv"
    code, text, err = run(capsys, monkeypatch, "--db", url, "export", "payments", "--date", day.isoformat(),
                          "--out", str(out))
    assert code == 0, err
    assert "export written" in text and "1 rows" in text and "$100.00" in text
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["entry_type"] for r in rows] == ["payment", "trailer"]

    second = tmp_path / "second.csv"
    code, _, err = run(capsys, monkeypatch, "--db", url, "export", "payments", "--date", day.isoformat(),
                       "--out", str(second))
    assert code == 1 and "already exported" in one_line(err) and "--again" in err
    assert not second.exists()

    code, text, err = run(capsys, monkeypatch, "--db", url, "export", "payments", "--date", day.isoformat(),
                          "--out", str(second), "--again")
    assert code == 0 and "re-export written" in text, err
    code, text, _ = run(capsys, monkeypatch, "--db", url, "export", "status", "--date", day.isoformat())
    assert code == 0 and text.count("re-export") == 1 and len(text.splitlines()) == 2


def test_an_open_day_is_refused_in_one_line(db, db_url, tmp_path, capsys, monkeypatch):
    counter = open_counter(db)
    pay(counter, {counter.account_id: "10.00"}, check("10.00", "1"))
    out = tmp_path / "posting.csv"
    code, _, err = run(capsys, monkeypatch, "--db", db_url, "export", "payments", "--date", today().isoformat(),
                       "--out", str(out))
    assert code == 1 and "not closed yet" in one_line(err)
    assert not out.exists()


def test_a_bad_date_is_a_usage_error(capsys):
    from cashier_app.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["export", "payments", "--date", "yesterday", "--out", "x.csv"])
    assert exited.value.code == 2
    assert "not a date" in one_line(capsys.readouterr().err)
