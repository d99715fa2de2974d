"""Audit events: written in the caller's transaction, chained by an HMAC over the previous hash.

The HMAC key lives outside the database (a file in the home folder, or CASHIER_AUDIT_KEY_FILE),
so someone who can edit the database cannot rebuild a valid chain.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from cashier_app import config
from cashier_app.models import AuditEvent, utcnow
from cashier_app.private_files import private_folder
from cashier_app.services.access import Actor

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


_INSERT_EVENT = insert(AuditEvent.__table__)  # Core: no ORM bulk-insert work on the posting path
_WRITTEN = ("at", "user_id", "approver_id", "station", "action", "entity", "entity_id", "before", "after",
            "prev_hash", "hash")


def _lock_chain(session: Session) -> None:
    # One writer extends the chain at a time. SQLite writers already hold the write lock.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(8446866)"))


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
) -> str:
    """Append one event to the chain inside the caller's transaction; returns its hash."""
    _lock_chain(session)
    prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS
    event = AuditEvent(
        at=utcnow().replace(microsecond=0),
        user_id=actor.user_id,
        approver_id=approver_id,
        station=actor.station or actor.username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
        prev_hash=prev,
    )
    event.hash = event_digest(load_key(), prev, event)
    # A plain insert: events are written once and never read back in the same transaction.
    session.execute(_INSERT_EVENT, {c: getattr(event, c) for c in _WRITTEN})
    return event.hash


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
