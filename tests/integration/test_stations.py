"""Four stations post at the same time to one database, some to the same accounts: no duplicate or
missing receipt numbers, no lost allocation, balances exact, audit chain whole."""
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from cashier_app.models import Allocation, Payment, Role
from tests.factories import make_account, make_station, make_user
from tests.integration.invariants import check_books
from tests.integration.poster import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
STATIONS = 4
PER_STATION = int(os.environ.get("CASHIER_STATION_POSTS", "500"))


def test_four_stations_post_at_once(db, db_url):
    for n in range(1, STATIONS + 1):
        make_station(db, f"S{n}", f"S{n}")
        make_user(db, f"cashier{n}", roles=(Role.CASHIER,), station=f"S{n}", password=PASSWORD)
    for i in range(6):  # few accounts, so stations often pay the same ones at once
        make_account(db, f"40000{i:02d}", f"4000{i:02d}", last=f"Shared{i}", balance="9000.00")
    procs = [subprocess.Popen([sys.executable, "-m", "tests.integration.poster", db_url, f"S{n}", f"cashier{n}",
                               str(PER_STATION), str(n)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for n in range(1, STATIONS + 1)]
    outputs = [p.communicate(timeout=600) for p in procs]
    for p, (_, err) in zip(procs, outputs):
        assert p.returncode == 0, err[-2000:]
    numbers = check_books(db)
    assert {k: len(v) for k, v in numbers.items()} == {f"S{n}": PER_STATION for n in range(1, STATIONS + 1)}
    with db.read() as s:
        assert s.scalar(select(func.count(Payment.id))) == STATIONS * PER_STATION
        acknowledged = sum(out.count("posted ") for out, _ in outputs)
        allocations = s.scalar(select(func.count(Allocation.id)))
    assert acknowledged == STATIONS * PER_STATION
    assert allocations >= STATIONS * PER_STATION
