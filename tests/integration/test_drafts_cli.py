"""`cashier-app drafts run|runs|report|sent|void`: the draft run from the command line (one line per
failure, no traceback, exit 0 on success)."""
from __future__ import annotations


import pytest

from cashier_app.services.settings import set_setting
from tests.draft_run_support import DRAFT_DATE, draft_office, enrolled_account, file_entries
from tests.integration.test_cli import one_line, run


@pytest.fixture
def office(db, db_url, admin, monkeypatch):
    draft_office(db, admin, monkeypatch)
    enrolled_account(db, 1, balance="100.00")
    enrolled_account(db, 2, balance="-3.00")  # in credit: skipped
    return db_url


def test_run_report_sent(office, tmp_path, capsys, monkeypatch):
    out = tmp_path / "december.ach"
    code, text, err = run(capsys, monkeypatch, "--db", office, "drafts", "run", "--date", DRAFT_DATE.isoformat(),
                          "--out", str(out), "--supervisor", "sup")
    assert code == 0, err
    assert "draft run 1 written" in text and "1 debits $100.00" in text and "effective 2026-12-10" in text
    assert "skipped: account 2000002" in text and "in credit" in text
    assert [e[3] for e in file_entries(out)] == ["2000001"]

    code, text, err = run(capsys, monkeypatch, "--db", office, "drafts", "runs")
    assert code == 0 and "created" in text and "2026-12-10" in text, err
    code, text, err = run(capsys, monkeypatch, "--db", office, "drafts", "report", "1")
    assert code == 0 and "****8001" in text and "00017788001" not in text and "$100.00" in text, err
    code, text, err = run(capsys, monkeypatch, "--db", office, "drafts", "sent", "1", "--supervisor", "sup")
    assert code == 0 and "marked sent" in text, err
    code, _, err = run(capsys, monkeypatch, "--db", office, "drafts", "void", "1", "--reason", "x",
                       "--supervisor", "sup")
    assert code == 1 and "sent to the bank" in one_line(err)


def test_void_from_the_command_line(office, tmp_path, capsys, monkeypatch):
    out = tmp_path / "december.ach"
    assert run(capsys, monkeypatch, "--db", office, "drafts", "run", "--date", DRAFT_DATE.isoformat(),
               "--out", str(out), "--supervisor", "sup")[0] == 0
    code, text, err = run(capsys, monkeypatch, "--db", office, "drafts", "void", "1", "--reason", "typo",
                          "--supervisor", "sup")
    assert code == 0 and "voided" in text and "delete it" in text, err
    code, text, _ = run(capsys, monkeypatch, "--db", office, "drafts", "runs", "--date", DRAFT_DATE.isoformat())
    assert "voided" in text


@pytest.mark.parametrize("argv, words", [
    (["--date", "2026-12-01"], "too close"),
    (["--date", "2026-11-30"], "has passed"),
    (["--date", DRAFT_DATE.isoformat(), "--supervisor", "nobody"], "No active user 'nobody'"),
])
def test_refusals_are_one_line(office, tmp_path, capsys, monkeypatch, argv, words):
    out = tmp_path / "run.ach"
    if "--supervisor" not in argv:
        argv = [*argv, "--supervisor", "sup"]
    code, _, err = run(capsys, monkeypatch, "--db", office, "drafts", "run", "--out", str(out), *argv)
    assert code == 1 and words in one_line(err)
    assert not out.exists()


def test_missing_origin_names_the_setting(office, db, admin, tmp_path, capsys, monkeypatch):
    set_setting(db, admin, "drafts.company_name", "")
    code, _, err = run(capsys, monkeypatch, "--db", office, "drafts", "run", "--date", DRAFT_DATE.isoformat(),
                       "--out", str(tmp_path / "run.ach"), "--supervisor", "sup")
    assert code == 1 and "Set drafts.company_name" in one_line(err)


def test_a_bad_date_is_a_usage_error(office, tmp_path, capsys, monkeypatch):
    with pytest.raises(SystemExit) as exited:
        run(capsys, monkeypatch, "--db", office, "drafts", "run", "--date", "12/10", "--out", str(tmp_path / "x.ach"))
    assert exited.value.code == 2 and "not a date" in one_line(capsys.readouterr().err)


def test_an_unknown_run_is_one_line(office, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "--db", office, "drafts", "report", "99")
    assert code == 1 and "no draft run 99" in one_line(err)


def test_the_enrollments_of_a_day(office, db, capsys, monkeypatch):
    from sqlalchemy import select

    from cashier_app import city_time
    from cashier_app.models import DraftEnrollment

    with db.read() as s:  # taken "now" by the machine's clock, whatever the test's City clock says
        day = city_time.local(s.scalar(select(DraftEnrollment.created_at))).date()
    code, text, err = run(capsys, monkeypatch, "--db", office, "drafts", "enrollments", "--date", day.isoformat(),
                          "--supervisor", "sup")
    assert code == 0, err
    lines = text.splitlines()
    assert len(lines) == 2 and all("enrolled" in line and "****" in line for line in lines)
    assert "00017788001" not in text
    code, _, err = run(capsys, monkeypatch, "--db", office, "drafts", "enrollments", "--supervisor", "nobody")
    assert code == 1 and "No active user" in one_line(err)
