"""A station posting payments as fast as it can: run as a child process by the crash and
concurrency tests.

    python -m tests.integration.poster URL STATION USERNAME COUNT SEED

It prints "ready" once signed in, then one line per posted payment ("posted RECEIPT LATENCY_MS
EPOCH_SECONDS") and flushes, so a parent that kills it knows what was acknowledged before the kill.
"""
from __future__ import annotations

import random
import sys
import time
from decimal import Decimal

from cashier_app.db import open_database
from cashier_app.services.payments import (
    AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.users import authenticate

PASSWORD = "counter-station-pass-1"


def kill_after_ready(proc, wait: float) -> str:  # noqa: ANN001 - a Popen of a child station
    """SIGKILL a child station ``wait`` seconds after its "ready" (signed in: start-up time varies with
    the machine's load, posting does not); what it printed before it died."""
    import signal

    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    time.sleep(wait)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    return out


def stations_posting(db, url: str, stations: int, count: int, seed: int = 0) -> list[str]:
    """Make stations S1..Sn each with a cashier, run one poster process per station at once (each
    ``count`` payments), wait for all; returns what each printed. Fails if a station failed."""
    import subprocess
    from pathlib import Path

    from cashier_app.models import Role
    from tests.factories import make_station, make_user

    for n in range(1, stations + 1):
        make_station(db, f"S{n}", f"S{n}")
        make_user(db, f"cashier{n}", roles=(Role.CASHIER,), station=f"S{n}", password=PASSWORD)
    procs = [subprocess.Popen([sys.executable, "-m", "tests.integration.poster", url, f"S{n}", f"cashier{n}",
                               str(count), str(seed + n)], cwd=Path(__file__).resolve().parents[2],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n in range(1, stations + 1)]
    outputs = [p.communicate(timeout=600) for p in procs]
    for p, (_, err) in zip(procs, outputs):
        assert p.returncode == 0, err[-2000:]
    return [out for out, _ in outputs]


def main(url: str, station: str, username: str, count: int, seed: int) -> int:
    rnd = random.Random(seed)
    db = open_database(url, migrate=False)
    actor = authenticate(db, username, PASSWORD, station)
    from sqlalchemy import select

    from cashier_app.models import Account

    with db.read() as s:
        account_ids = s.scalars(select(Account.id).order_by(Account.id)).all()
    print("ready", flush=True)  # signed in: a parent timing a kill counts from here, whatever the load
    for _ in range(count):
        picked = rnd.sample(account_ids, min(len(account_ids), rnd.choice([1, 1, 1, 2])))
        allocations = tuple(AllocationRequest(a, Decimal(rnd.randint(1, 20000)) / 100) for a in picked)
        total = sum(a.amount for a in allocations)
        tenders = (TenderRequest("cash", total + Decimal(rnd.randint(0, 2000)) / 100),)
        started = time.perf_counter()
        posted = post_payment(db, actor, PaymentRequest(new_client_token(), allocations, tenders,
                                                         accept_credit=True))  # random amounts may overpay
        print(f"posted {posted.receipt_number} {(time.perf_counter() - started) * 1000:.3f} {time.time():.6f}",
              flush=True)
    return 0


if __name__ == "__main__":
    url, station, username, count, seed = sys.argv[1:6]
    sys.exit(main(url, station, username, int(count), int(seed)))
