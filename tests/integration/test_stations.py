"""Four stations post at the same time to one database, some to the same accounts: no duplicate or
missing receipt numbers, no lost allocation, balances exact, audit chain whole."""
import os

from sqlalchemy import func, select

from cashier_app.models import Allocation, Payment
from tests.factories import make_account
from tests.integration.invariants import check_books
from tests.integration.poster import stations_posting

STATIONS = 4
PER_STATION = int(os.environ.get("CASHIER_STATION_POSTS", "500"))


def test_four_stations_post_at_once(db, db_url):
    for i in range(6):  # few accounts, so stations often pay the same ones at once
        make_account(db, f"40000{i:02d}", f"4000{i:02d}", last=f"Shared{i}", balance="9000.00")
    outputs = stations_posting(db, db_url, STATIONS, PER_STATION)
    numbers = check_books(db)
    assert {k: len(v) for k, v in numbers.items()} == {f"S{n}": PER_STATION for n in range(1, STATIONS + 1)}
    with db.read() as s:
        assert s.scalar(select(func.count(Payment.id))) == STATIONS * PER_STATION
        acknowledged = sum(out.count("posted ") for out in outputs)
        allocations = s.scalar(select(func.count(Allocation.id)))
    assert acknowledged == STATIONS * PER_STATION
    assert allocations >= STATIONS * PER_STATION
