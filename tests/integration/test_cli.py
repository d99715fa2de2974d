"""The command line: each subcommand works, and each failure is one line and a non-zero exit."""
import io
import subprocess
import sys

import pytest

from cashier_app.cli import main
from cashier_app.config import load_station_config

PASSWORD = "front-counter-2026"


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err):
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def initialized(db_url, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "--db", db_url, "init", stdin=PASSWORD + "\n")
    assert code == 0, err
    return db_url


def test_init_creates_admin_station_and_config(initialized, capsys, monkeypatch, cashier_home):
    code, out, _ = run(capsys, monkeypatch, "--db", initialized, "user", "list")
    assert code == 0 and "admin" in out and "administrator" in out
    assert load_station_config().db_url  # a plain `cashier-app` finds this database again


def test_init_refuses_a_weak_password_and_creates_nothing(tmp_path, capsys, monkeypatch):
    path = tmp_path / "new.db"
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "init", stdin="password\n")
    assert code == 1 and "10 characters" in one_line(err)
    assert not path.exists()


def test_user_add_passwd_disable(initialized, capsys, monkeypatch):
    db = ("--db", initialized)
    assert run(capsys, monkeypatch, *db, "user", "add", "maria", "--role", "cashier", "--role", "supervisor",
               stdin="front-desk-blue-7\n")[0] == 0
    code, _, err = run(capsys, monkeypatch, *db, "user", "add", "maria", "--role", "cashier", stdin="x-y-z-w-1234\n")
    assert code == 1 and "already exists" in one_line(err)
    assert run(capsys, monkeypatch, *db, "user", "passwd", "maria", stdin="new-counter-pass-2\n")[0] == 0
    assert run(capsys, monkeypatch, *db, "user", "roles", "maria", "--role", "cashier")[0] == 0
    code, _, err = run(capsys, monkeypatch, *db, "user", "unlock", "maria")
    assert code == 1 and "not locked" in one_line(err)
    assert run(capsys, monkeypatch, *db, "user", "disable", "maria")[0] == 0
    code, out, _ = run(capsys, monkeypatch, *db, "user", "list")
    assert "maria" in out and "disabled" in out


def test_settings_are_listed_and_changed_with_a_clear_refusal(initialized, capsys, monkeypatch):
    db = ("--db", initialized)
    assert run(capsys, monkeypatch, *db, "setting", "set", "drawer.difference_threshold", "2.50")[0] == 0
    assert run(capsys, monkeypatch, *db, "setting", "set", "receipt.footer", '["Thank you"]')[0] == 0
    code, _, err = run(capsys, monkeypatch, *db, "setting", "set", "returned_check.fee", "lots")
    assert code != 0 and "not an amount" in one_line(err)
    code, out, _ = run(capsys, monkeypatch, *db, "setting", "list")
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert '"2.50"' in lines["drawer.difference_threshold"] and "(default)" not in lines["receipt.footer"]
    assert '"25.00"   (default)' in lines["returned_check.fee"]


def test_audit_verify(initialized, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "--db", initialized, "audit", "verify")
    assert code == 0 and "verified" in out


@pytest.mark.parametrize("argv, exit_code, message", [
    (["user", "add", "x", "--role", "boss"], 2, "invalid choice"),
    (["init", "--accounts", "-5"], 2, "at least 1"),
    (["init", "--accounts", "many"], 2, "not a whole number"),
    (["frobnicate"], 2, "invalid choice"),
    (["drafts", "run"], 2, "--date"),
])
def test_bad_arguments_are_one_line(capsys, monkeypatch, argv, exit_code, message):
    with pytest.raises(SystemExit) if exit_code == 2 else _nothing():
        code = main(argv)
        assert code == exit_code
    err = capsys.readouterr().err
    assert message in one_line(err)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.mark.parametrize("url, message", [
    ("/no/such/dir/x.db", "no database at"),
    ("mysql+nosuchdriver://u@h/d", "unsupported database URL"),
    ("postgresql+psycopg://nobody:wrong@127.0.0.1:1/none", "database error|cannot open"),
])
def test_bad_databases_are_one_line(capsys, monkeypatch, url, message):
    code, _, err = run(capsys, monkeypatch, "--db", url, "user", "list")
    assert code == 1
    import re
    assert re.search(message, one_line(err))


def test_a_corrupt_database_file_is_one_line(tmp_path, capsys, monkeypatch):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 500)
    before = junk.read_bytes()
    code, _, err = run(capsys, monkeypatch, "--db", str(junk), "user", "list")
    assert code == 1 and "not a database" in one_line(err)
    assert junk.read_bytes() == before


def test_a_config_file_with_wrong_types_is_one_line(tmp_path, capsys, monkeypatch):
    conf = tmp_path / "station.toml"
    conf.write_text('[station]\nidle_lock_minutes = "ten"\n')
    code, _, err = run(capsys, monkeypatch, "--config", str(conf), "user", "list")
    assert code == 1 and "idle_lock_minutes must be int" in one_line(err)


def test_the_command_run_as_a_program_fails_cleanly(tmp_path):
    result = subprocess.run([sys.executable, "-m", "cashier_app.cli", "--db", str(tmp_path / "none.db"), "audit",
                             "verify"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "no database" in result.stderr


def test_init_demo_makes_a_database_the_window_can_use(db_url, capsys, monkeypatch, cashier_home):
    code, out, err = run(capsys, monkeypatch, "--db", db_url, "init", "--demo", "--accounts", "60")
    assert code == 0, err
    assert "cashier / cashier-demo" in out
    assert load_station_config().printer == "file"
    code, out, _ = run(capsys, monkeypatch, "--db", db_url, "user", "list")
    assert {"cashier", "supervisor", "admin"} <= {line.split()[0] for line in out.splitlines()}
    code, _, err = run(capsys, monkeypatch, "--db", db_url, "init", "--demo")
    assert code == 1 and "empty database" in one_line(err)


def test_audit_verify_fails_when_the_newest_events_are_cut_off(initialized, capsys, monkeypatch):
    from cashier_app.db import open_database

    assert run(capsys, monkeypatch, "--db", initialized, "setting", "set", "receipt.footer", '["Thanks"]')[0] == 0
    db = open_database(initialized)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_events WHERE id = (SELECT MAX(id) FROM audit_events)")
    db.dispose()
    code, _, err = run(capsys, monkeypatch, "--db", initialized, "audit", "verify")
    lines = err.strip().splitlines()
    assert code != 0 and len(lines) == 2  # one line per problem
    assert "settings changed without their 'setting.change' audit event" in lines[0]
    assert "newest events were removed" in lines[1]


def test_audit_accept_head_after_a_restore_by_other_means(initialized, capsys, monkeypatch):
    """pg_restore rewinds a PostgreSQL database without cashier-app: the administrator accepts the head."""
    from cashier_app.db import open_database

    db = ("--db", initialized)
    assert run(capsys, monkeypatch, *db, "audit", "accept-head", "--reason", "first")[0] == 0
    database = open_database(initialized)
    with database.engine.begin() as conn:  # as if a dump taken before that event were restored
        conn.exec_driver_sql("DELETE FROM audit_events WHERE id = (SELECT MAX(id) FROM audit_events)")
    database.dispose()
    assert run(capsys, monkeypatch, *db, "audit", "verify")[0] != 0
    code, out, _ = run(capsys, monkeypatch, *db, "audit", "accept-head", "--reason", "pg_restore of Monday")
    assert code == 0 and "audit head witness set to event" in out
    code, out, err = run(capsys, monkeypatch, *db, "audit", "verify")
    assert code == 0 and "audit chain verified" in out, err
