"""Stations paying the same accounts at the same moment: every receipt's previous balance is the
balance the account really had just before that payment (issue 9, item 1).

Per account, in commit order (the audit chain's order: each post appends its event while it holds
the chain's lock, until it commits), each allocation's balance before must equal the previous
allocation's balance after. On PostgreSQL, reading the balance without first locking the account
gave about a third of the allocations a stale "Previous balance".
"""
import os
from collections import defaultdict
from decimal import Decimal

from tests.factories import make_account
from tests.integration.invariants import allocations_in_commit_order, check_books, stale_previous_balances
from tests.integration.poster import stations_posting

STATIONS = 4
PER_STATION = int(os.environ.get("CASHIER_SHARED_POSTS", "120"))


def test_each_receipt_previous_balance_follows_the_payment_before_it(db, db_url):
    accounts = [make_account(db, f"50000{i:02d}", f"5000{i:02d}", last=f"Hot{i}", balance="30000.00")
                for i in range(3)]  # three accounts for four stations: they meet on almost every post
    stations_posting(db, db_url, STATIONS, PER_STATION, seed=10)
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
