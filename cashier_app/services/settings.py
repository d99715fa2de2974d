"""Settings with their defaults: the one place each configurable rule's value comes from."""
from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.models import Role, Setting, utcnow
from cashier_app.services.access import Actor, requires, station_task
from cashier_app.services.audit import record_event

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
    # A check or money order above what is owed: "credit" leaves the excess on the first account
    # (the cashier confirms the credit); "refuse" sends the cashier back to change the amounts.
    "payments.noncash_overpay": "credit",
    # A drawer's over/short (per tender) above this needs a supervisor's approval with a note.
    "drawer.difference_threshold": "1.00",
    "returned_check.fee": "25.00",
    # This many returned checks within returned_check.window_months make the account cash-only.
    "returned_check.cash_only_after": 2,
    "returned_check.window_months": 12,
    "backup.daily_folder": "",  # empty: no scheduled backup
    "backup.keep_days": 14,
}


def read_setting(session: Session, key: str) -> Any:
    """The stored value of ``key``, or its default, inside the caller's transaction."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else row.value


_SETTINGS_IN = select(Setting.key, Setting.value).where(Setting.key.in_(bindparam("keys", expanding=True)))


def read_settings(session: Session, *keys: str) -> dict[str, Any]:
    """Several settings in one query (stored value or default), inside the caller's transaction."""
    unknown = [k for k in keys if k not in DEFAULTS]
    if unknown:
        raise KeyError(f"unknown setting {unknown[0]!r}")
    stored = dict(session.execute(_SETTINGS_IN, {"keys": list(keys)}).all())
    return {k: stored.get(k, DEFAULTS[k]) for k in keys}


class SettingError(ValueError):
    """A setting value that is refused; the message says why."""


CHOICES: dict[str, tuple[str, ...]] = {"payments.noncash_overpay": ("credit", "refuse")}


def _check_type(key: str, value: Any) -> None:
    default = DEFAULTS[key]
    expected = type(default)
    if expected is int and (not isinstance(value, int) or isinstance(value, bool)):
        raise SettingError(f"{key} must be a whole number")
    if expected is int and value < 0:
        raise SettingError(f"{key} cannot be negative")
    if key in CHOICES and value not in CHOICES[key]:
        raise SettingError(f"{key} must be one of: {', '.join(CHOICES[key])}")
    if expected is list and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise SettingError(f"{key} must be a list of text lines")
    if expected is str and not isinstance(value, str):
        raise SettingError(f"{key} must be text")
    if expected is str and default and default[0].isdigit():  # money settings are stored as text
        from cashier_app.money import MoneyError, parse_amount

        try:
            parse_amount(value, cap=None)
        except MoneyError as exc:
            raise SettingError(f"{key}: {exc}") from None


@requires(Role.ADMINISTRATOR)
def set_setting(db: Database, actor: Actor, key: str, value: Any) -> None:
    """Change a setting (administrators only), audited with its old and new value."""
    if key not in DEFAULTS:
        raise SettingError(f"unknown setting {key!r}")
    _check_type(key, value)
    with db.write() as s:
        row = s.get(Setting, key)
        before = DEFAULTS[key] if row is None else row.value
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value, row.updated_at = value, utcnow()
        record_event(s, actor, "setting.change", "setting", key, before={"value": before}, after={"value": value})


@station_task("settings are read by every service and the window")
def get_setting(db: Database, key: str) -> Any:
    """The stored value of ``key``, or its default."""
    with db.read() as s:
        return read_setting(s, key)


@requires(Role.ADMINISTRATOR)
def list_settings(db: Database, actor: Actor) -> list[tuple[str, Any, bool]]:
    """Every setting: (key, value, changed from its default), in key order."""
    with db.read() as s:
        values = read_settings(s, *DEFAULTS)
    return [(k, values[k], values[k] != DEFAULTS[k]) for k in sorted(DEFAULTS)]


def parse_setting_value(key: str, text: str) -> Any:
    """A value typed on the command line for ``key``: JSON for lists and numbers, else the text."""
    import json

    if key not in DEFAULTS:
        raise SettingError(f"unknown setting {key!r}")
    if isinstance(DEFAULTS[key], str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        raise SettingError(f"{key}: {text!r} is not a valid value (a number, or a JSON list of lines)") from None
