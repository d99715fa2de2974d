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
