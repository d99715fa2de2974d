"""What the counter shows about one account: who, where, balance, bills, usage, badges."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Account, Bill, Customer, UsageReading
from cashier_app.money import ZERO
from cashier_app.services.access import Actor, requires
from cashier_app.services.balances import current_balances
from cashier_app.services.drafts.draft_state import DraftState, load_draft_state

HISTORY_MONTHS = 24


class AccountNotFound(LookupError):
    pass


@dataclass(frozen=True)
class BillSummary:
    bill_date: dt.date
    due_date: dt.date
    draft_date: dt.date | None
    amount: Decimal
    lines: tuple[tuple[str, Decimal], ...]
    final_bill: bool


@dataclass(frozen=True)
class UsagePoint:
    service: str
    period_end: dt.date
    quantity: int
    unit: str


@dataclass(frozen=True)
class OtherAccount:
    account_id: int
    account_number: str
    service_address: str
    balance: Decimal


@dataclass(frozen=True)
class AccountView:
    account_id: int
    account_number: str
    customer_number: str
    customer_name: str
    service_address: str
    mailing_address: str
    phone: str
    services: tuple[str, ...]
    status: str
    cash_only: bool
    draft: DraftState | None  # the bank draft (badge, bank, last 4, first drafted bill); None: never enrolled
    balance: Decimal
    balance_as_of: dt.datetime | None
    last_bill: BillSummary | None
    bills: tuple[BillSummary, ...] = ()  # newest first
    usage: tuple[UsagePoint, ...] = ()  # oldest first
    other_accounts: tuple[OtherAccount, ...] = field(default=())
    customer_id: int = 0

    @property
    def bank_draft_active(self) -> bool:
        """Its bills are drafted now (an active enrollment; a pending one waits for its prenote)."""
        return self.draft is not None and self.draft.status == "active"

    @property
    def amount_due(self) -> Decimal:
        """What the payment defaults to: the balance, never below zero."""
        return max(self.balance, ZERO)

    @property
    def final_bill(self) -> bool:
        return self.status == "final" or bool(self.last_bill and self.last_bill.final_bill)


def _bills(session: Session, account_id: int) -> tuple[BillSummary, ...]:
    bills = session.scalars(
        select(Bill).where(Bill.account_id == account_id).order_by(Bill.bill_date.desc()).limit(HISTORY_MONTHS)
    ).all()
    return tuple(
        BillSummary(b.bill_date, b.due_date, b.draft_date, b.amount,
                    tuple((line.service, line.amount) for line in b.lines), b.final_bill)
        for b in bills
    )


def _usage(session: Session, account_id: int, since: dt.date | None) -> tuple[UsagePoint, ...]:
    query = select(UsageReading).where(UsageReading.account_id == account_id)
    if since is not None:
        query = query.where(UsageReading.period_end > since)
    rows = session.scalars(query.order_by(UsageReading.period_end, UsageReading.service))
    return tuple(UsagePoint(u.service, u.period_end, u.quantity, u.unit) for u in rows)


def load_account_view(session: Session, account_id: int) -> AccountView:
    account = session.get(Account, account_id)
    if account is None:
        raise AccountNotFound(_t("No account with id {0}.").format(account_id))
    customer: Customer = account.customer
    siblings = session.scalars(
        select(Account).where(Account.customer_id == customer.id, Account.id != account.id)
        .order_by(Account.account_number)
    ).all()
    balances = current_balances(session, [account.id, *(a.id for a in siblings)])
    bills = _bills(session, account.id)
    since = bills[-1].bill_date - dt.timedelta(days=31) if bills else None
    balance = balances.get(account.id, ZERO)
    mailing = ", ".join(p for p in (customer.mailing_address1, customer.mailing_address2,
                                   f"{customer.city} {customer.state} {customer.zip_code}".strip()) if p)
    return AccountView(
        account_id=account.id, account_number=account.account_number,
        customer_number=customer.customer_number, customer_name=customer.display_name,
        service_address=account.service_address, mailing_address=mailing, phone=customer.phone,
        services=tuple(account.service_list), status=account.status, cash_only=account.cash_only,
        draft=load_draft_state(session, account.id, balance), balance=balance,
        balance_as_of=account.balance_as_of, last_bill=bills[0] if bills else None, bills=bills,
        usage=_usage(session, account.id, since),
        other_accounts=tuple(OtherAccount(a.id, a.account_number, a.service_address, balances.get(a.id, ZERO))
                             for a in siblings),
        customer_id=customer.id,
    )


@requires()
def account_view(db: Database, actor: Actor, account_id: int) -> AccountView:
    """Everything the counter shows about one account (any signed-in user)."""
    with db.read() as s:
        return load_account_view(s, account_id)
