"""Recorded facts and the audit events that must go with them.

Every row a service writes together with an audit event is matched to that event by entity,
entity id and action (``FACTS``), or, where one entity has several such rows (cash pick-ups of one
drawer session, posting exports of one day), by counting them against the events. A fact without its
event means the event was deleted: ``audit verify`` reports it. Set-based queries (NOT EXISTS / group
counts) on the index ix_audit_events_entity.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Date, String, Table, and_, cast, func, literal, select
from sqlalchemy.orm import Session

from cashier_app.models import (
    AuditEvent, CashPickup, DayClose, DraftCorrection, DrawerSession, ImportRun, Payment, PaymentBatch, PaymentExport,
    ReturnedItem, Setting, User, Void,
)

_SAMPLE = 10


@dataclass(frozen=True)
class Fact:
    """Rows of ``table`` (those ``where`` holds) each need an event ``action`` on (entity, key)."""

    label: str  # as shown: "payments", "voids", ...
    table: Table
    key: str  # the column naming the event's entity id
    entity: str
    action: str
    where: ColumnElement[bool] | None = None
    counted: bool = False  # several rows share one entity id: as many events as rows


def _table(model) -> Table:
    return model.__table__


FACTS: tuple[Fact, ...] = (
    Fact("payments", _table(Payment), "id", "payment", "payment.post"),
    Fact("voids", _table(Void), "payment_id", "payment", "payment.void"),
    Fact("returned checks", _table(ReturnedItem), "payment_id", "payment", "payment.returned_check",
         and_(_table(ReturnedItem).c.payment_id.is_not(None), _table(ReturnedItem).c.draft_entry_id.is_(None)),
         counted=True),  # one per check: a payment may have several
    Fact("returned drafts", _table(ReturnedItem), "draft_entry_id", "draft_entry", "draft.returned",
         _table(ReturnedItem).c.draft_entry_id.is_not(None)),
    Fact("draft corrections (NOCs)", _table(DraftCorrection), "id", "draft_correction", "draft.correction"),
    Fact("drawer sessions opened", _table(DrawerSession), "id", "drawer_session", "drawer.open"),
    Fact("drawer counts", _table(DrawerSession), "id", "drawer_session", "drawer.count",
         _table(DrawerSession).c.counted_at.is_not(None)),
    Fact("drawer differences approved", _table(DrawerSession), "id", "drawer_session", "drawer.difference",
         _table(DrawerSession).c.approved_by_id.is_not(None)),
    Fact("cash pick-ups", _table(CashPickup), "session_id", "drawer_session", "drawer.pickup", counted=True),
    Fact("day closes", _table(DayClose), "business_date", "day", "day.close"),
    Fact("posting exports", _table(PaymentExport), "business_date", "day", "payments.export", counted=True),
    Fact("imports", _table(ImportRun), "id", "import_run", "import.file", _table(ImportRun).c.finished_at.is_not(None)),
    Fact("settings changed", _table(Setting), "key", "setting", "setting.change"),
    Fact("users", _table(User), "id", "user", "user.create"),
    Fact("users disabled", _table(User), "id", "user", "user.disable", _table(User).c.active.is_(False)),
    Fact("batches opened", _table(PaymentBatch), "id", "payment_batch", "batch.open"),
    Fact("batches closed", _table(PaymentBatch), "id", "payment_batch", "batch.close",
         _table(PaymentBatch).c.closed_at.is_not(None)),
)


@dataclass(frozen=True)
class FactGap:
    """Facts of one kind whose audit event is missing."""

    fact: Fact
    count: int
    sample: tuple[str, ...]  # the first ids (entity ids for counted facts)

    def describe(self) -> str:
        ids = ", ".join(self.sample) + (", ..." if self.count > len(self.sample) else "")
        what = f"{self.fact.entity} ids" if self.fact.counted else "ids"
        return (f"{self.count:,} {self.fact.label} without their '{self.fact.action}' audit event "
                f"({self.fact.table.name} {what} {ids}): their events were deleted")


def _as_entity_id(column, dialect: str) -> ColumnElement[str]:
    """The column as record_event wrote it: str(id), or a date's isoformat()."""
    if isinstance(column.type, String):
        return column
    if isinstance(column.type, Date) and dialect == "postgresql":
        return func.to_char(column, "YYYY-MM-DD")
    return cast(column, String)  # SQLite keeps dates as YYYY-MM-DD text


def _missing(fact: Fact, dialect: str):
    """A select of the keys (rows) without their event."""
    events = _table(AuditEvent)
    key = fact.table.c[fact.key]
    match = and_(events.c.entity == literal(fact.entity), events.c.entity_id == _as_entity_id(key, dialect),
                 events.c.action == literal(fact.action))
    if not fact.counted:
        query = select(key).where(~select(events.c.id).where(match).exists())
        return query.where(fact.where) if fact.where is not None else query
    recorded = select(func.count(events.c.id)).where(match).scalar_subquery()
    rows = select(key).where(fact.where) if fact.where is not None else select(key)
    return rows.group_by(key).having(func.count() > recorded)


def missing_events(session: Session) -> list[FactGap]:
    """Each kind of fact with rows whose audit event is not in the database."""
    gaps, dialect = [], session.get_bind().dialect.name
    for fact in FACTS:
        query = _missing(fact, dialect).subquery()
        count = session.scalar(select(func.count()).select_from(query))
        if count:
            column = query.c[0]
            sample = session.scalars(select(column).order_by(column).limit(_SAMPLE)).all()
            gaps.append(FactGap(fact, count, tuple(str(v) for v in sample)))
    return gaps
