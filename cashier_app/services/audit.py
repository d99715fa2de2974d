"""Audit events: written in the caller's transaction, chained by an HMAC over the previous hash.

The HMAC key lives outside the database (a file in the home folder, or CASHIER_AUDIT_KEY_FILE),
so someone who can edit the database cannot rebuild a valid chain. Beside it, the head witness
(services/audit_witness.py) keeps the newest event this station wrote, so a cut-off tail shows.
What ``audit verify`` can and cannot detect is listed in docs/ARCHITECTURE.md.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import weakref
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, event, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from cashier_app import config
from cashier_app.models import AuditEvent, utcnow
from cashier_app.private_files import private_folder
from cashier_app.services.bulk_rows import insert_rows
from cashier_app.services import audit_witness as witness
from cashier_app.services.access import Actor
from cashier_app.services.audit_facts import FactGap, missing_events
from cashier_app.services.driver_statements import DriverInsert, DriverQuery, execute_plain

GENESIS = "0" * 64


def key_path() -> Path:
    env = os.environ.get("CASHIER_AUDIT_KEY_FILE")
    return Path(env) if env else config.home() / "audit.key"


_keys: dict[str, bytes] = {}


def load_key(create: bool = True) -> bytes:
    """The HMAC key (created on first use); cached per key file."""
    path = key_path()
    if str(path) in _keys:
        return _keys[str(path)]
    if not path.exists():
        if not create:
            raise FileNotFoundError(f"audit key not found: {path}")
        private_folder(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    try:
        key = bytes.fromhex(path.read_text().strip())
    except ValueError:
        raise ValueError(f"audit key file {path} is damaged (not hex)") from None
    _keys[str(path)] = key
    return key


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def event_digest(key: bytes, prev_hash: str, event: AuditEvent) -> str:
    body = json.dumps(
        {
            "prev": prev_hash,
            "at": event.at.isoformat(),
            "user": event.user_id,
            "approver": event.approver_id,
            "station": event.station,
            "action": event.action,
            "entity": event.entity,
            "entity_id": event.entity_id,
            "before": event.before,
            "after": event.after,
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


_events = AuditEvent.__table__
_WRITTEN = ("at", "user_id", "approver_id", "station", "action", "entity", "entity_id", "before", "after",
            "prev_hash", "hash")
# No ORM work on the posting path: on PostgreSQL sent on the driver's cursor (services/driver_statements.py)
_INSERT_EVENT = DriverInsert(_events, _WRITTEN, returning=_events.c.id)
# One round trip for what an event needs: the chain's head, its first event (the chain's name for the
# head witness) and the event this station last witnessed (still there, unchanged?).
_CHAIN_STATE = select(
    select(_events.c.hash).order_by(_events.c.id.desc()).limit(1).scalar_subquery(),
    select(_events.c.hash).order_by(_events.c.id).limit(1).scalar_subquery(),
    select(_events.c.hash).where(_events.c.id == bindparam("witnessed")).scalar_subquery(),
)
_CHAIN_STATE_QUERY = DriverQuery(_CHAIN_STATE)  # services/driver_statements.py
_PENDING = "audit_witness"  # Session.info key: the witness to write after the commit
_ASKED = "audit_chain_asked"  # Session.info key: the chain state's query already sent (see ask_chain_state)


def lock_chain(session: Session) -> None:
    """One writer extends the chain at a time, until its transaction ends. ``record_event`` takes
    this lock itself; a caller that batches it with its own statements (services/pipelined.py)
    takes it first and says so (``chain_locked``). SQLite writers already hold the write lock."""
    if session.get_bind().dialect.name == "postgresql":
        execute_plain(session, _LOCK_CHAIN)


_LOCK_CHAIN = "SELECT pg_advisory_xact_lock(8446866)"


def ask_chain_state(session: Session) -> None:
    """On PostgreSQL, inside a pipelined block right after :func:`lock_chain`: send the query of the
    chain's head now, so it travels with the caller's statements (services/pipelined.py) and runs
    after the lock is taken; the next :func:`record_event` of this transaction reads its answer
    instead of asking. Only for a transaction's first event. Elsewhere it does nothing."""
    if session.get_bind().dialect.name != "postgresql" or _PENDING in session.info:
        return
    seen = witness.known(_witness_path(), _database(session))
    witnessed = seen[1] if seen else None
    session.info[_ASKED] = (_CHAIN_STATE_QUERY.send(session, {"witnessed": -1 if witnessed is None else witnessed}),
                            witnessed)


def witness_file() -> Path:
    """This station's head witness file, with every commit of this process written to it."""
    witness.flush()
    return _witness_path()


def _witness_path() -> Path:  # where it is: the posting path asks without waiting for the writer
    return witness.witness_path(key_path())


_database_names: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def _database(session: Session) -> str:
    engine = session.get_bind().engine  # the bind: an Engine, or a Connection (the import joins one)
    name = _database_names.get(engine)
    if name is None:  # rendering the URL is asked twice a post: once per engine
        name = _database_names[engine] = str(engine.url)  # the password is masked
    return name


def _check_witness(session: Session, chain: str, database: str, path: Path,
                   checked: tuple[int | None, str | None, str | None]) -> tuple[int, str] | None:
    """The witnessed event (id, hash) when it is no longer in the chain as witnessed, else None.
    ``checked`` is (id, expected hash, hash found) from the head query, for what this process knew."""
    seen = witness.known(path, database)
    if seen is None or seen[0] != chain:  # first event of this process in this chain: read the file
        try:
            found = witness.entry(path, chain)
        except witness.WitnessDamaged:
            found = None
        witness.remember(path, database, chain, found.event_id if found else None, found.hash if found else None)
        if found is None:
            return None
        at = session.scalar(select(_events.c.hash).where(_events.c.id == found.event_id))
        checked = (found.event_id, found.hash, at)
    event_id, expected, at = checked
    if event_id is None or at == expected:
        return None
    return event_id, expected


def record_event(
    session: Session,
    actor: Actor,
    action: str,
    entity: str = "",
    entity_id: str | int = "",
    *,
    before: dict | None = None,
    after: dict | None = None,
    approver_id: int | None = None,
    chain_locked: bool = False,
) -> str:
    """Append one event to the chain inside the caller's transaction; returns its hash.

    ``chain_locked``: the caller has just taken :func:`lock_chain` in this transaction.
    The head witness is written after the transaction commits (nothing is written on a rollback)."""
    if not chain_locked:
        lock_chain(session)
    pending: witness.Pending | None = session.info.get(_PENDING)
    path, database = (pending.path, pending.database) if pending else (_witness_path(), _database(session))
    seen = None if pending else witness.known(path, database)
    witnessed = seen[1] if seen else None
    asked = session.info.pop(_ASKED, None)
    answer = _CHAIN_STATE_QUERY.read(asked[0]) if asked is not None else None
    if answer is not None and pending is None and asked[1] == witnessed:  # it came with the caller's batch
        prev, first, at = answer[0]
    else:
        prev, first, at = _CHAIN_STATE_QUERY.rows(session, {"witnessed": -1 if witnessed is None else witnessed})[0]
    prev = prev or GENESIS
    if prev == GENESIS:  # the chain's first event: a random name, so no two chains start alike
        after = {**(after or {}), "chain": secrets.token_hex(16)}
    row = dict(at=utcnow().replace(microsecond=0), user_id=actor.user_id, approver_id=approver_id,
               station=actor.station or actor.username, action=action, entity=entity, entity_id=str(entity_id),
               before=_jsonable(before) if before is not None else None,
               after=_jsonable(after) if after is not None else None, prev_hash=prev)
    event = SimpleNamespace(**row)  # what event_digest reads of an AuditEvent; no ORM object to build
    row["hash"] = event.hash = event_digest(load_key(), prev, event)
    # A plain insert: events are written once and never read back in the same transaction.
    event_id = _INSERT_EVENT.execute(session, [row])
    if pending is None:
        chain = first or event.hash
        pending = witness.Pending(path, database, chain)
        pending.lost = _check_witness(session, chain, database, path,
                                      (witnessed, seen[2] if seen else None, at))
        session.info[_PENDING] = pending
    pending.event_id, pending.hash = event_id, event.hash
    return event.hash


def record_events(session: Session, actor: Actor,
                  events: list[tuple[str, str, str | int, dict | None, dict | None]]) -> None:
    """Append several events (action, entity, entity id, before, after) in the caller's transaction
    with one insert: the same chain as calling :func:`record_event` for each, in order (a return
    file of thousands of entries, or a draft run's 25,000 payments, audited one by one without a
    round trip each). The first is written by :func:`record_event` (the chain's lock and the head
    witness are handled there); the rest are hashed here without ORM objects and inserted at once."""
    if not events:
        return
    (action, entity, entity_id, before, after), rest = events[0], events[1:]
    prev = record_event(session, actor, action, entity, entity_id, before=before, after=after)
    if not rest:
        return
    key, at = load_key(), utcnow().replace(microsecond=0)
    station = actor.station or actor.username
    rows = []
    for action, entity, entity_id, before, after in rest:
        row = dict(at=at, user_id=actor.user_id, approver_id=None, station=station, action=action, entity=entity,
                   entity_id=str(entity_id), before=_jsonable(before) if before is not None else None,
                   after=_jsonable(after) if after is not None else None, prev_hash=prev)
        row["hash"] = prev = event_digest(key, prev, SimpleNamespace(**row))  # the same digest as an AuditEvent's
        rows.append(row)
    insert_rows(session, _events, tuple(rows[0]), [tuple(row.values()) for row in rows])
    pending: witness.Pending | None = session.info.get(_PENDING)
    if pending is not None:
        pending.event_id = session.scalar(select(func.max(_events.c.id)))  # ours: the chain is locked
        pending.hash = prev


def pending_witness(session: Session) -> witness.Pending | None:
    """For a session that does not commit itself (it joined a connection's transaction): take the
    witness to write, and give it to ``witness_committed`` once that transaction has committed."""
    return session.info.pop(_PENDING, None)


def witness_committed(pending: witness.Pending | None) -> None:
    if pending is not None:
        witness.advance(pending)


@event.listens_for(Session, "after_commit")
def _witness_after_commit(session: Session) -> None:
    session.info.pop(_ASKED, None)
    pending = session.info.pop(_PENDING, None)
    if pending is not None:
        witness.advance(pending)


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_ASKED, None)


@dataclass(frozen=True)
class ChainReport:
    events: int
    head: str
    first_broken_id: int | None
    problem: str = ""


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain in order; report the first event whose link or hash does not hold."""
    key = load_key(create=False)
    prev = GENESIS
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(1000):
        count += 1
        if event.prev_hash != prev:
            return ChainReport(count, prev, event.id, "its link to the previous event is broken")
        if not hmac.compare_digest(event.hash, event_digest(key, prev, event)):
            return ChainReport(count, prev, event.id, "its contents do not match its hash")
        prev = event.hash
    return ChainReport(count, prev, None)


def rewind_witness(session: Session, reason: str) -> tuple[witness.Witnessed | None, int, str] | None:
    """Set this station's head witness to the database's newest event (after a restore, which rewinds
    the database on purpose); the old head is kept in the witness file's history. Returns
    (old witness, new head id, new head hash), or None when the database has no events."""
    chain = session.scalar(select(_events.c.hash).order_by(_events.c.id).limit(1))
    if chain is None:
        return None
    head_id, head_hash = session.execute(select(_events.c.id, _events.c.hash).order_by(_events.c.id.desc())
                                         .limit(1)).one()
    return witness.rewind(witness_file(), chain, head_id, head_hash, reason), head_id, head_hash


@dataclass(frozen=True)
class AuditReport:
    """``audit verify``: the chain, the facts matched to their events, and this station's head witness."""

    chain: ChainReport
    gaps: tuple[FactGap, ...]
    witness_problems: tuple[str, ...]
    witness_note: str

    @property
    def ok(self) -> bool:
        return self.chain.first_broken_id is None and not self.gaps and not self.witness_problems

    def problems(self) -> list[str]:
        chain = ([f"audit chain broken at event {self.chain.first_broken_id}: {self.chain.problem}"]
                 if self.chain.first_broken_id is not None else [])
        return chain + [gap.describe() for gap in self.gaps] + list(self.witness_problems)


def _witness_check(session: Session) -> tuple[tuple[str, ...], str]:
    chain = session.scalar(select(_events.c.hash).order_by(_events.c.id).limit(1))
    path = witness_file()
    if chain is None:
        return (), "no events, so no head witness to compare"
    try:
        seen = witness.entry(path, chain)
    except witness.WitnessDamaged as exc:
        return (f"{exc}: the newest events cannot be checked",), ""
    if seen is None:
        return (), f"this station holds no head witness for this database ({path})"
    problems = []
    found = session.scalar(select(_events.c.hash).where(_events.c.id == seen.event_id))
    newest = session.scalar(select(func.max(_events.c.id))) or 0
    if found is None:
        removed = f" (at least {seen.event_id - newest:,})" if newest < seen.event_id else ""
        problems.append(f"the newest events were removed{removed}: event {seen.event_id}, which this station "
                        f"wrote at {seen.at}, is no longer in the database (its newest event is {newest})")
    elif found != seen.hash:
        problems.append(f"event {seen.event_id} is not the event this station wrote at {seen.at}: the events "
                        "from there on were removed and others written in their place")
    if seen.lost:
        problems.append(f"event {seen.lost.get('id')}, which this station had written, was gone when it next "
                        f"wrote an event ({seen.lost.get('noticed_at')}): events were removed before then")
    return tuple(problems), f"head witness: event {seen.event_id}, written by this station at {seen.at}"


def verify_audit(session: Session) -> AuditReport:
    """Everything ``audit verify`` checks; what it can and cannot detect is in docs/ARCHITECTURE.md."""
    chain = verify_chain(session)
    gaps = tuple(missing_events(session))
    problems, note = _witness_check(session)
    return AuditReport(chain, gaps, problems, note)
