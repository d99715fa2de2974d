"""A station posting and printing as the window does (the receipt's job claimed in the post's
transaction, then the print run on the emupos printer): run as a child process by
tests/integration/test_receipt_claimed_at_post.py.

    python -m tests.integration.receipt_poster URL STATION USERNAME PROFILE COUNT [DIE_AFTER_POST]

Prints "ready" once signed in, "posted RECEIPT" once the post returned and "printed RECEIPT" once the run printed it, and
flushes, so a parent that kills it knows how far it got. With DIE_AFTER_POST = n it kills itself
(SIGKILL) right after its n-th post returned, before that receipt's print run.
"""
from __future__ import annotations

import os
import signal
import sys
from decimal import Decimal

from sqlalchemy import select

from cashier_app.db import open_database
from cashier_app.models import Account
from cashier_app.receipts.escpos_printer import EscposPrinter
from cashier_app.receipts.profiles import load_profile
from cashier_app.services.payments import (
    AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.printing import RetryPolicy, print_waiting
from cashier_app.services.users import authenticate
from tests.integration.poster import PASSWORD


def main(url: str, station: str, username: str, profile: str, count: int, die_after_post: int) -> int:
    db = open_database(url, migrate=False)
    actor = authenticate(db, username, PASSWORD, station)
    printer = EscposPrinter(load_profile(profile))
    with db.read() as s:
        account_id = s.scalars(select(Account.id).order_by(Account.id)).first()
    print("ready", flush=True)  # signed in: a parent timing a kill counts from here, whatever the load
    for n in range(1, count + 1):
        amount = Decimal("1.00")
        posted = post_payment(db, actor, PaymentRequest(new_client_token(), (AllocationRequest(account_id, amount),),
                                                        (TenderRequest("cash", amount),), accept_credit=True),
                              print_here=True)
        print(f"posted {posted.receipt_number}", flush=True)
        if n == die_after_post:
            os.kill(os.getpid(), signal.SIGKILL)
        result = print_waiting(db, station, printer, retry=RetryPolicy(attempts=1))
        if result.printed:
            print(f"printed {posted.receipt_number}", flush=True)
    return 0


if __name__ == "__main__":
    url, station, username, profile, count = sys.argv[1:6]
    die = int(sys.argv[6]) if len(sys.argv) > 6 else 0
    sys.exit(main(url, station, username, profile, int(count), die))
