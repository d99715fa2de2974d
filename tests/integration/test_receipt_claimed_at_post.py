"""A receipt claimed in its post's transaction (the window's path, services/print_claims.py) is
never printed twice without REPRINT, even when the station's process is killed between the post
and the receipt's bytes, on the emupos printer, on SQLite and PostgreSQL."""
import datetime as dt
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select, update

from cashier_app.models import PrintJob, Role, utcnow
from cashier_app.receipts.escpos_printer import EscposPrinter
from cashier_app.receipts.profiles import load_profile
from cashier_app.services.print_queue import retry_printing
from cashier_app.services.printing import RetryPolicy, print_waiting
from tests.factories import make_account, make_station, make_user
from tests.integration.poster import PASSWORD, kill_after_ready

ROOT = Path(__file__).resolve().parents[2]


def start_station(url, profile, count, die_after_post=0):
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.receipt_poster", url, "S1", "poster", str(profile), str(count),
         str(die_after_post)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def set_up(db):
    make_station(db)
    cashier = make_user(db, "poster", roles=(Role.CASHIER,), password=PASSWORD)
    make_account(db, "3000001", "300001", last="Claimed", balance="5000.00")
    return cashier


def printed_numbers(emupos):
    """Receipt numbers in the receipts the emulator completed since its reset, one per receipt."""
    numbers = []
    for receipt_id in emupos.new_receipt_ids():
        text = emupos.receipt_text(receipt_id)
        found = [word for line in text.splitlines() for word in line.split() if word.startswith("S1-")]
        assert found, text
        assert "REPRINT" not in text
        numbers.append(found[0])
    return numbers


def jobs(db):
    with db.read() as s:
        return {number: (state, error) for number, state, error in s.execute(
            select(PrintJob.payment_id, PrintJob.state, PrintJob.last_error).order_by(PrintJob.id))}


def age_claims(db):
    """Two minutes and more later: the claims of the killed process are stale."""
    with db.write() as s:
        s.execute(update(PrintJob).where(PrintJob.state == "sending")
                  .values(sent_at=utcnow() - dt.timedelta(minutes=5)))


def test_killed_right_after_a_post_the_receipt_is_left_for_the_cashier_and_prints_once(db, db_url, emupos,
                                                                                      tmp_path):
    cashier = set_up(db)
    profile = emupos.profile(tmp_path)
    proc = start_station(db_url, profile, 5, die_after_post=3)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err
    assert [line for line in out.splitlines()] == ["ready", "posted S1-000001", "printed S1-000001", "posted S1-000002",
                                                   "printed S1-000002", "posted S1-000003"]
    time.sleep(0.5)  # the emulator finishes what it was given
    assert printed_numbers(emupos) == ["S1-000001", "S1-000002"]
    assert jobs(db)[3] == ("sending", "")  # claimed by the post, durably; the bytes never went out
    printer = EscposPrinter(load_profile(profile))
    # The station starts again: its new process does not know whether the receipt went out.
    result = print_waiting(db, "S1", printer, retry=RetryPolicy(attempts=1))
    assert (result.printed, result.waiting) == (0, 1) and jobs(db)[3][0] == "sending"
    age_claims(db)
    result = print_waiting(db, "S1", printer, retry=RetryPolicy(attempts=1))
    assert (result.printed, result.waiting) == (0, 1)
    state, error = jobs(db)[3]
    assert state == "failed" and "may have printed" in error  # as docs/printing.md says
    assert printed_numbers(emupos) == ["S1-000001", "S1-000002"]
    # The cashier looked at the printer (nothing came out) and pressed Retry: it prints once.
    assert retry_printing(db, cashier, "S1", printer).printed == 1
    time.sleep(0.5)
    assert printed_numbers(emupos) == ["S1-000001", "S1-000002", "S1-000003"]
    assert {state for state, _ in jobs(db).values()} == {"printed"}


def test_killed_at_random_moments_no_receipt_prints_twice(db, db_url, emupos, tmp_path):
    set_up(db)
    profile = emupos.profile(tmp_path)
    rnd = random.Random(20261201)
    posted, printed, kills = [], [], 4
    for _ in range(kills):
        out = kill_after_ready(start_station(db_url, profile, 10**6), rnd.uniform(0.2, 1.5))
        posted += [line.split()[1] for line in out.splitlines() if line.startswith("posted ")]
        printed += [line.split()[1] for line in out.splitlines() if line.startswith("printed ")]
    assert len(printed) > kills  # the kills landed while posting and printing
    time.sleep(0.5)
    on_paper = printed_numbers(emupos)
    assert len(on_paper) == len(set(on_paper))  # never twice
    assert set(printed) <= set(on_paper)
    states = jobs(db)
    # Each kill leaves at most its one receipt in flight: claimed, maybe on paper, not known to be.
    sending = [payment for payment, (state, _) in states.items() if state == "sending"]
    assert len(sending) <= kills
    assert {state for state, _ in states.values()} <= {"printed", "sending"}
    age_claims(db)
    printer = EscposPrinter(load_profile(profile))
    result = print_waiting(db, "S1", printer, retry=RetryPolicy(attempts=1))
    assert result.printed == 0 and result.failed == 0
    assert sorted(p for p, (state, error) in jobs(db).items() if state == "failed" and "may have printed" in error) \
        == sorted(sending)
    time.sleep(0.3)
    assert printed_numbers(emupos) == on_paper  # nothing sent again by itself
