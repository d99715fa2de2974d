"""Settings with their defaults: the one place each configurable rule's value comes from."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.models import Setting

DEFAULTS: dict[str, Any] = {
    "login.max_failures": 5,
    "money.cap": "100000.00",  # largest amount one field accepts
    "receipt.header": [
        "City of Shelby",
        "Utility Payment",
        "300 South Washington Street",
        "Shelby NC 28150",
        "704-484-6866",
    ],
    "receipt.footer": [
        "Bank draft is free: ask for the",
        "authorization form at the counter.",
    ],
    "returned_check.fee": "25.00",
    "returned_check.cash_only_after": 2,
    "backup.daily_folder": "",  # empty: no scheduled backup
    "backup.keep_days": 14,
}


def read_setting(session: Session, key: str) -> Any:
    """The stored value of ``key``, or its default, inside the caller's transaction."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else row.value


def get_setting(db: Database, key: str) -> Any:
    """The stored value of ``key``, or its default."""
    with db.read() as s:
        return read_setting(s, key)
