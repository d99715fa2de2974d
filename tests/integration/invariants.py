"""Checks that must hold after any crash or race: used by the crash and concurrency tests."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import Integer, cast, select

from cashier_app.db import Database
from cashier_app.models import Account, Allocation, AuditEvent, Payment, PrintJob, Station, Tender
from cashier_app.services.audit import verify_chain
from cashier_app.services.balances import current_balances


def check_books(db: Database) -> dict[str, list[int]]:
    """Assert every invariant; return the receipt numbers taken per station prefix."""
    with db.read() as s:
        payments = s.scalars(select(Payment)).all()
        alloc = defaultdict(list)
        for a in s.scalars(select(Allocation)):
            alloc[a.payment_id].append(a)
        tenders = defaultdict(list)
        for t in s.scalars(select(Tender)):
            tenders[t.payment_id].append(t)
        jobs = {j.payment_id for j in s.scalars(select(PrintJob))}
        posted_events = {e.entity_id for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "payment.post"))}
        numbers: dict[str, list[int]] = defaultdict(list)
        for p in payments:  # whole or absent
            assert alloc[p.id], f"payment {p.receipt_number} has no allocation"
            assert tenders[p.id], f"payment {p.receipt_number} has no tender"
            assert sum(a.amount for a in alloc[p.id]) == p.total
            assert sum(t.amount for t in tenders[p.id]) == p.tendered
            assert p.tendered - p.total == p.change
            assert p.id in jobs, f"payment {p.receipt_number} has no print job"
            assert str(p.id) in posted_events, f"payment {p.receipt_number} has no audit event"
            prefix, number = p.receipt_number.split("-")
            numbers[prefix].append(int(number))
        for prefix, taken in numbers.items():  # gapless and unique
            assert sorted(taken) == list(range(1, len(taken) + 1)), f"gap or duplicate in {prefix}"
        stations = {st.receipt_prefix for st in s.scalars(select(Station))}
        assert set(numbers) <= stations
        extract = dict(s.execute(select(Account.id, Account.extract_balance)).all())
        paid: dict[int, Decimal] = defaultdict(Decimal)
        for rows in alloc.values():
            for a in rows:
                paid[a.account_id] += a.amount
        balances = current_balances(s, list(extract))
        for account_id, start in extract.items():
            assert balances[account_id] == start - paid[account_id], f"balance of account {account_id}"
        report = verify_chain(s)
        assert report.first_broken_id is None, report
    return dict(numbers)


def allocations_in_commit_order(db: Database) -> list[tuple[int, Decimal, Decimal]]:
    """(account_id, balance_before, amount) of every allocation, in the order the payments committed:
    the audit chain's order, since each post appends its event under the chain's lock until it commits."""
    with db.read() as s:
        return [tuple(r) for r in s.execute(
            select(Allocation.account_id, Allocation.balance_before, Allocation.amount)
            .join(AuditEvent, (AuditEvent.action == "payment.post")
                  & (cast(AuditEvent.entity_id, Integer) == Allocation.payment_id))
            .order_by(AuditEvent.id, Allocation.id))]


def stale_previous_balances(rows, opening: dict[int, Decimal]) -> list[tuple[int, Decimal, Decimal]]:
    """(account, balance printed, true balance) of each allocation whose balance before is not the
    previous allocation's balance after (payments only: no voids or charges in between)."""
    balance, stale = dict(opening), []
    for account_id, before, amount in rows:
        if before != balance[account_id]:
            stale.append((account_id, before, balance[account_id]))
        balance[account_id] -= amount
    return stale
