"""Stations paying the same accounts at the same moment: every receipt's previous balance is the
balance the account really had just before that payment (issue 9, item 1).

Per account, in commit order (the audit chain's order: each post appends its event while it holds
the chain's lock, until it commits), each allocation's balance before must equal the previous
allocation's balance after. On PostgreSQL, reading the balance without first locking the account
gave about a third of the allocations a stale "Previous balance".
"""
import os
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from cashier_app.models import Role
from tests.factories import make_account, make_station, make_user
from tests.integration.invariants import allocations_in_commit_order, check_books, stale_previous_balances
from tests.integration.poster import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
STATIONS = 4
PER_STATION = int(os.environ.get("CASHIER_SHARED_POSTS", "120"))


def test_each_receipt_previous_balance_follows_the_payment_before_it(db, db_url):
    for n in range(1, STATIONS + 1):
        make_station(db, f"S{n}", f"S{n}")
        make_user(db, f"cashier{n}", roles=(Role.CASHIER,), station=f"S{n}", password=PASSWORD)
    accounts = [make_account(db, f"50000{i:02d}", f"5000{i:02d}", last=f"Hot{i}", balance="30000.00")
                for i in range(3)]  # three accounts for four stations: they meet on almost every post
    procs = [subprocess.Popen([sys.executable, "-m", "tests.integration.poster", db_url, f"S{n}", f"cashier{n}",
                               str(PER_STATION), str(10 + n)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for n in range(1, STATIONS + 1)]
    outputs = [p.communicate(timeout=600) for p in procs]
    for p, (_, err) in zip(procs, outputs):
        assert p.returncode == 0, err[-2000:]
    check_books(db)

    rows = allocations_in_commit_order(db)
    assert len(rows) >= STATIONS * PER_STATION
    opening = {account_id: Decimal("30000.00") for account_id in accounts}
    stale = stale_previous_balances(rows, opening)
    assert stale == [], f"{len(stale)} of {len(rows)} receipts show a stale previous balance, e.g. {stale[:3]}"
    seen = defaultdict(set)
    for account_id, before, _ in rows:
        assert before not in seen[account_id], "two receipts of one account show the same previous balance"
        seen[account_id].add(before)
