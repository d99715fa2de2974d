"""The balance shown is the billing system's balance minus what it has not received yet (issue 10,
item 3): for any order of posts, voids, returned checks, day closes with their posting exports,
the billing system applying those exports, and extract imports (saying or not saying which
exports they include), no payment is counted twice and none is lost.

Before, the rule was keyed on posting time: a payment posted at 10:00 of a day not yet exported
disappeared from the balance once an extract cut at 10:01 was imported.
"""
from __future__ import annotations

import csv
import datetime as dt
import itertools
import time
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from cashier_app.models import Base, utcnow
from cashier_app.services import business_day
from cashier_app.services.approvals import approve
from cashier_app.services.balances import current_balances
from cashier_app.services.importing import import_files
from cashier_app.services.posting_export import export_payments
from cashier_app.services.returned_checks import find_checks, record_returned_check
from cashier_app.services.payments import AllocationRequest, PaymentRequest, new_client_token, post_payment
from cashier_app.services.voids import void_payment
from tests.day_support import close_today
from tests.factories import open_drawer
from tests.printing_support import cash, check, open_counter

D = Decimal
OPENING = {"1000001": D("128.45"), "1000002": D("64.10")}  # open_counter's two accounts
HEADER = "account_number,customer_number,service_address,balance,balance_as_of,payments_through\n"


class Billing:
    """The billing system: its own ledger, moved only by the posting exports it applies."""

    def __init__(self) -> None:
        self.ledger = dict(OPENING)
        self.waiting: list[Path] = []  # exports sent, not applied yet
        self.through: dt.date | None = None  # the last business date applied

    def apply_next(self) -> None:
        path = self.waiting.pop(0)
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row["entry_type"] != "trailer":
                    self.ledger[row["account_number"]] -= D(row["amount"])  # amount credits the account
                else:
                    self.through = dt.date.fromisoformat(row["business_date"])

    def extract(self, folder: Path, n: int, say_through: bool) -> Path:
        # The file says seconds: start a new second, so every export made before the cut is before it.
        time.sleep(1.01 - time.time() % 1)
        as_of = utcnow().replace(microsecond=0).isoformat()
        # "None applied yet" is said with any date before the counter's first business date.
        through = (self.through or dt.date(2000, 1, 1)).isoformat() if say_through else ""
        path = folder / f"accounts-{n}.csv"
        path.write_text(HEADER + "".join(f"{number},100001,Somewhere,{balance},{as_of},{through}\n"
                                         for number, balance in self.ledger.items()), encoding="utf-8")
        return path


def wipe(db) -> None:
    """An empty database for each example (hypothesis runs many in one test)."""
    with db.write() as s:
        for table in reversed(Base.metadata.sorted_tables):
            s.execute(delete(table))


def post(counter, applied: dict[int, D], tender) -> int:
    request = PaymentRequest(new_client_token(), tuple(AllocationRequest(a, v) for a, v in applied.items()),
                             (tender,), accept_credit=True)
    return post_payment(counter.db, counter.cashier, request).payment_id


steps = st.lists(st.sampled_from(["pay cash", "pay check", "pay both accounts", "void", "close and export",
                                  "billing applies", "extract saying", "extract not saying", "return check"]),
                 min_size=3, max_size=14)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=steps, amounts=st.lists(st.integers(1, 50_000), min_size=14, max_size=14))
def test_the_balance_is_billings_balance_less_what_billing_has_not_received(db, admin, tmp_path_factory,
                                                                            monkeypatch, plan, amounts):
    wipe(db)
    folder = tmp_path_factory.mktemp("contract")
    today = {"date": business_day.today() - dt.timedelta(days=20)}  # the days closed stay in the past
    monkeypatch.setattr(business_day, "today", lambda: today["date"])
    counter = open_counter(db)
    sam = counter.supervisor
    first, second = counter.account_id, counter.second_account_id
    numbers = {first: "1000001", second: "1000002"}
    truth = dict(OPENING)  # what the customer really owes: every payment and charge, once
    billing, imports, check_numbers = Billing(), itertools.count(1), itertools.count(1001)
    todays: list[tuple[int, dict[int, D], str]] = []  # payments of the open day: id, applied, check number
    returnable: list[str] = []  # check numbers of closed days
    for step, cents in zip(plan, amounts):
        amount = D(cents) / 100
        if step.startswith("pay"):
            applied = {first: amount, second: D("1.00")} if step == "pay both accounts" else {first: amount}
            total = sum(applied.values(), D(0))
            number = str(next(check_numbers)) if step == "pay check" else ""
            payment_id = post(counter, applied, check(str(total), number) if number else cash(str(total)))
            for account_id, value in applied.items():
                truth[numbers[account_id]] -= value
            todays.append((payment_id, applied, number))
        elif step == "void" and todays:
            payment_id, applied, _ = todays.pop()
            void_payment(db, counter.cashier, payment_id, "wrong account",
                         approve(db, "super", "correct-horse-42", "payment.void", counter.cashier))
            for account_id, value in applied.items():
                truth[numbers[account_id]] += value
        elif step == "close and export":
            day = close_today(db, sam, counter.cashier)
            out = folder / f"export-{day.isoformat()}.csv"
            export_payments(db, sam, day, out)
            billing.waiting.append(out)
            returnable += [number for _, _, number in todays if number]
            todays.clear()
            today["date"] = day + dt.timedelta(days=1)
            open_drawer(db, counter.cashier)
        elif step == "billing applies" and billing.waiting:
            billing.apply_next()
        elif step == "extract saying" or (step == "extract not saying" and not billing.waiting):
            # Without payments_through the fallback holds when billing applied every export it had.
            path = billing.extract(folder, next(imports), step == "extract saying")
            assert import_files(db, admin, [path], rejects_path=folder / "rejects.csv").rows_rejected == 0
        elif step == "return check" and returnable:
            tender = find_checks(db, sam, returnable.pop(0))[0]
            result = record_returned_check(db, sam, tender.tender_id, "NSF")
            assert result.account_numbers == ("1000001",)
            truth["1000001"] += result.reversed + result.fee
        with db.read() as s:
            shown = {numbers[a]: b for a, b in current_balances(s, list(numbers)).items()}
        assert shown == truth, f"after {step!r} in {plan}"
