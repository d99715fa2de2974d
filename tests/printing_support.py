"""Helpers shared by the printing tests: a counter with a station, users and accounts, and payments."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from decimal import Decimal

from cashier_app.db import Database
from cashier_app.models import Role
from cashier_app.services.access import Actor
from cashier_app.services.payments import (
    AllocationRequest, PaymentRequest, PostedPayment, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.printing import RetryPolicy
from tests.factories import make_account, make_station, make_user

FAST_RETRY = RetryPolicy(attempts=2, first_delay=0.01)


@dataclass
class Counter:
    db: Database
    station: str
    cashier: Actor
    account_id: int
    second_account_id: int

    @cached_property
    def supervisor(self) -> Actor:
        """Made on first use (password hashing is slow): user "super", password correct-horse-42."""
        return make_user(self.db, "super", roles=(Role.SUPERVISOR, Role.CASHIER), station=self.station, drawer=False)


def open_counter(db: Database, station: str = "S1") -> Counter:
    make_station(db, station, station)
    cashier = make_user(db, "cashier", station=station)
    first = make_account(db)
    second = make_account(db, "1000002", "100001", address="1200 E Dixon Blvd", balance="64.10")
    return Counter(db, station, cashier, first, second)


def cash(amount: str) -> TenderRequest:
    return TenderRequest("cash", Decimal(amount))


def check(amount: str, number: str = "1234") -> TenderRequest:
    return TenderRequest("check", Decimal(amount), check_number=number)


def money_order(amount: str, serial: str = "A-77") -> TenderRequest:
    return TenderRequest("money_order", Decimal(amount), serial_number=serial)


def pay(counter: Counter, applied: dict[int, str], *tenders: TenderRequest, actor: Actor | None = None,
        print_here: bool = False) -> PostedPayment:
    """Post one payment: ``applied`` maps account ids to the amount applied to each. ``print_here``:
    as the window posts, its receipt's job claimed for this process in the post's transaction."""
    request = PaymentRequest(new_client_token(),
                             tuple(AllocationRequest(a, Decimal(v)) for a, v in applied.items()), tenders)
    return post_payment(counter.db, actor or counter.cashier, request, print_here=print_here)
