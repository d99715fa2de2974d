"""``CashierApp --self-test``: what CI runs on the built program, here on the source tree."""
from __future__ import annotations

import os
import subprocess
import sys

from cashier_app import self_test
from cashier_app.window_main import main


def test_the_self_test_passes_end_to_end(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASHIER_HOME": str(tmp_path / "not-used")}
    done = subprocess.run([sys.executable, "-m", "cashier_app.window_main", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "self-test passed: database, window sign-in, payment, receipt, day report, translations"
    assert not (tmp_path / "not-used").exists()  # its own temporary home, removed afterwards


def test_a_failing_step_is_named_in_one_line(monkeypatch, capsys):
    monkeypatch.setenv("CASHIER_HOME", "/nonexistent")  # restored after the test

    def broken(self) -> None:
        raise OSError("disk full\nsecond line")

    monkeypatch.setattr(self_test._SelfTest, "database", broken)
    assert main(["--self-test"]) == self_test.EXIT_FAILED
    err = capsys.readouterr().err
    assert err == "self-test failed at 'database': disk full\n"


def test_the_startup_probe_reports_the_sign_in_window_then_memory(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASHIER_HOME": str(tmp_path),
           "CASHIER_PROBE_USER": "cashier", "CASHIER_PROBE_PASSWORD": "cashier-demo"}
    env.pop("CASHIER_DB_URL", None)
    subprocess.run([sys.executable, "-m", "cashier_app", "init", "--demo", "--accounts", "20"], env=env, check=True,
                   capture_output=True, timeout=180)
    done = subprocess.run([sys.executable, "-m", "cashier_app.window_main", "--startup-probe"], env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.split()[:1], done.stdout.splitlines()[1].split()
    assert first == ["signin-shown"] and second[0] == "rss-mb" and 50 < float(second[1]) < 2000

    env["CASHIER_PROBE_PASSWORD"] = "wrong"  # never signs in: says so, exits 1
    monkeypatched = subprocess.run([sys.executable, "-c", "import sys; from cashier_app import startup_probe as p; "
                                    "p.SIGN_IN_SECONDS = 3; sys.exit(p.run_startup_probe())"], env=env,
                                   capture_output=True, text=True, timeout=180)
    assert monkeypatched.returncode == 1 and "did not open" in monkeypatched.stderr
