"""Settings with their defaults: the one place each configurable rule's value comes from."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, literal, select
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Role, Setting, utcnow
from cashier_app.services.access import Actor, requires, station_task
from cashier_app.services.driver_statements import DriverQuery
from cashier_app.services.audit import record_event

DEFAULTS: dict[str, Any] = {
    "login.max_failures": 5,
    # Minutes without a key or the mouse before the counter window locks itself (0: never). A
    # station's own station.toml ``idle_lock_minutes``, when written there, is used instead.
    "counter.idle_lock_minutes": 10,
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
    # The fee schedule shown to customers: paying at the counter is free; the City's online payment
    # provider (Invoice Cloud) charges a convenience fee per payment by card or by e-check.
    "fees.counter": "0.00",
    "fees.online_card": "3.75",
    "fees.online_echeck": "0.95",
    # This many returned checks within returned_check.window_months make the account cash-only.
    "returned_check.cash_only_after": 2,
    "returned_check.window_months": 12,
    # The City's name in the window titles and the counter's header ("" : the product's name only).
    "city.name": "City of Shelby",
    # The City's time zone: business dates, day bounds, report hours and printed times (city_time).
    "city.time_zone": "America/New_York",
    "backup.daily_folder": "",  # empty: no scheduled backup
    "backup.keep_days": 14,
    # Bank draft (docs/formats.md, "Bank draft settings"). The origin values come from the City's
    # bank; a run is refused while one is blank.
    "drafts.immediate_destination": "",  # the City's bank's routing number, 9 digits
    "drafts.immediate_destination_name": "",  # up to 23 characters
    "drafts.immediate_origin": "",  # 9-digit routing number or 10 characters the bank assigned
    "drafts.immediate_origin_name": "",  # up to 23 characters
    "drafts.company_name": "",  # up to 16 characters, on the customer's bank statement
    "drafts.company_identification": "",  # 10 characters, often "1" + the City's EIN
    "drafts.entry_description": "UTILITY",  # up to 10 characters, on the customer's statement
    "drafts.odfi_routing": "",  # the originating bank's routing number (first 8 digits in trace numbers)
    "drafts.balanced_file": "no",  # "yes": an offset credit to the City's account closes the batch
    "drafts.offset_routing": "",
    "drafts.offset_account": "",
    "drafts.offset_account_type": "checking",
    "drafts.lead_banking_days": 2,  # a run for D is refused later than this many banking days before D
    "drafts.prenote_banking_days": 3,  # a prenote settles; the enrollment is drafted after this
    "drafts.allow_savings": "no",  # "yes": savings accounts may be enrolled
    "drafts.max_signature_age_days": 60,  # an older signed form is refused
    "drafts.form_retention_years": 2,  # the paper form is kept this long after the enrollment ends
    "drafts.short_notice_days": 10,  # the run warns about draft dates closer than this to the bill date
}


def read_setting(session: Session, key: str) -> Any:
    """The value of ``key`` (stored or default) in its type, inside the caller's transaction:
    money settings are Decimal, counts int, lines a list, the others text."""
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    row = session.get(Setting, key)
    return setting_value(key, DEFAULTS[key] if row is None else row.value)


_SETTINGS_IN = select(Setting.key, Setting.value).where(Setting.key.in_(bindparam("keys", expanding=True)))


def read_settings(session: Session, *keys: str) -> dict[str, Any]:
    """Several settings in one query, each as :func:`read_setting` gives it."""
    _known(keys)
    return _typed(keys, dict(session.execute(_SETTINGS_IN, {"keys": list(keys)}).all()))


def _known(keys: tuple[str, ...]) -> None:
    unknown = [k for k in keys if k not in DEFAULTS]
    if unknown:
        raise KeyError(f"unknown setting {unknown[0]!r}")


def _typed(keys: tuple[str, ...], stored: dict[str, str]) -> dict[str, Any]:
    return {k: setting_value(k, stored.get(k, DEFAULTS[k])) for k in keys}


class SettingsRead:
    """Some settings read together on the driver's cursor (services/driver_statements.py), for a
    path run after every post (the receipt's header and footer); as :func:`read_settings` gives them."""

    def __init__(self, *keys: str) -> None:
        _known(keys)
        self.keys = keys
        self.query = DriverQuery(select(Setting.key, Setting.value).where(Setting.key.in_([literal(k) for k in keys])))

    def __call__(self, session: Session) -> dict[str, Any]:
        return _typed(self.keys, dict(self.query.rows(session, {})))


class SettingError(ValueError):
    """A setting value that is refused; the message says why. ``key`` is the setting it is about
    (set by :func:`set_settings`, so a screen shows the message at that setting's field)."""

    key: str = ""


CHOICES: dict[str, tuple[str, ...]] = {
    "payments.noncash_overpay": ("credit", "refuse"),
    "drafts.balanced_file": ("no", "yes"),
    "drafts.allow_savings": ("no", "yes"),
    "drafts.offset_account_type": ("checking", "savings"),
}
# Money settings are stored as plain text with two decimals ("100000.00") and read as Decimal.
MONEY: frozenset[str] = frozenset({"money.cap", "drawer.difference_threshold", "returned_check.fee",
                                   "fees.counter", "fees.online_card", "fees.online_echeck"})
MONEY_ABOVE_ZERO: frozenset[str] = frozenset({"money.cap"})


def _routing_number(key: str, value: str) -> None:
    from cashier_app.ach.nacha_fields import NachaError, routing_number

    try:
        routing_number(value, key)
    except NachaError as exc:
        raise SettingError(str(exc)) from None


def _draft_text(size: int):  # noqa: ANN202 - a checker of a NACHA text field of ``size`` characters
    def check(key: str, value: str) -> None:
        from cashier_app.ach.nacha_fields import NachaError, text_value

        try:
            text_value(value, key, size)
        except NachaError as exc:
            raise SettingError(str(exc)) from None
    return check


def _nacha_check(name: str):  # noqa: ANN202 - a checker calling ach.nacha's own rule ``name``
    def check(key: str, value: str) -> None:
        from cashier_app.ach import nacha, nacha_fields

        rule = getattr(nacha_fields, name, None) or getattr(nacha, name)
        try:
            rule(value, key) if name == "bank_account" else rule(value)
        except nacha_fields.NachaError as exc:
            raise SettingError(_t("{0}: {1}").format(key, exc.reason)) from None
    return check


# Checks of text settings beyond their type, each the one rule of the file field it fills
# (ach/nacha_fields.py, imported when used). A blank value is allowed: a draft run refuses it.
CHECKS = {
    "drafts.immediate_destination": _routing_number,
    "drafts.odfi_routing": _routing_number,
    "drafts.offset_routing": _routing_number,
    "drafts.immediate_destination_name": _draft_text(23),
    "drafts.immediate_origin_name": _draft_text(23),
    "drafts.company_name": _draft_text(16),
    "drafts.entry_description": _draft_text(10),
    "drafts.immediate_origin": _nacha_check("_immediate_origin"),
    "drafts.company_identification": _nacha_check("_company_identification"),
    "drafts.offset_account": _nacha_check("bank_account"),
}


def stored_value(key: str, value: Any) -> Any:
    """The one canonical form a setting is stored in; raises SettingError for a refused value.

    Money may be given as typed by people (``$1,000``, ``25``, ``1.5``) or as a Decimal; it is
    stored as ``"1000.00"``. Everything that writes a setting goes through here."""
    default = DEFAULTS[key]
    if key in MONEY:
        from cashier_app.money import MoneyError, parse_amount

        if isinstance(value, (bool, float)) or not isinstance(value, (str, int, Decimal)):
            raise SettingError(_t("{0} must be an amount such as {1}").format(key, default))
        try:
            amount = parse_amount(str(value), cap=None, allow_zero=key not in MONEY_ABOVE_ZERO)
        except MoneyError as exc:
            raise SettingError(_t("{0}: {1}").format(key, exc)) from None
        return f"{amount:.2f}"
    expected = type(default)
    if expected is int and (not isinstance(value, int) or isinstance(value, bool)):
        raise SettingError(_t("{0} must be a whole number").format(key))
    if expected is int and value < 0:
        raise SettingError(_t("{0} cannot be negative").format(key))
    if key in CHOICES and value not in CHOICES[key]:
        raise SettingError(_t("{0} must be one of: {1}").format(key, ', '.join(CHOICES[key])))
    if expected is list and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise SettingError(_t("{0} must be a list of text lines").format(key))
    if expected is str and not isinstance(value, str):
        raise SettingError(_t("{0} must be text").format(key))
    if key == "city.time_zone":
        try:
            city_time.load_zone(value)
        except ValueError as exc:
            raise SettingError(_t("{0}: {1}").format(key, exc)) from None
        return value.strip()
    if key in CHECKS and value.strip():
        CHECKS[key](key, value.strip())
        return value.strip()
    return value


def setting_value(key: str, stored: Any) -> Any:
    """A stored setting in its type: the one reader (money as Decimal). A money value stored before
    values were made canonical (``"$1,000.00"``) is read the same way it was accepted."""
    if key in MONEY:
        from cashier_app.money import parse_amount

        return parse_amount(str(stored), cap=None)
    if isinstance(DEFAULTS[key], int):
        return int(stored)
    return stored


def shown_value(key: str, value: Any) -> str:
    """A setting as the command line shows it (JSON of its stored form)."""
    import json

    return json.dumps(stored_value(key, value))


# Settings holding a bank account number: the audit trail keeps their last 4 digits only.
BANK_ACCOUNTS: frozenset[str] = frozenset({"drafts.offset_account"})


def _audited(key: str, value: Any) -> Any:
    if key in BANK_ACCOUNTS and value:
        from cashier_app.ach.nacha_fields import masked

        return masked(value)
    return value


@requires(Role.ADMINISTRATOR)
def set_setting(db: Database, actor: Actor, key: str, value: Any) -> None:
    """Change a setting (administrators only), audited with its old and new value."""
    set_settings(db, actor, {key: value})


@requires(Role.ADMINISTRATOR)
def set_settings(db: Database, actor: Actor, values: dict[str, Any]) -> list[str]:
    """Change several settings at once: every value is checked first (:func:`stored_value`, the
    command line's rules) and a refused one raises SettingError with its ``key``, nothing written;
    then all are written in one transaction, each changed one audited with its old and new value
    (``setting.change``, as :func:`set_setting` does it). Returns the keys written."""
    checked = {}
    for key, value in values.items():
        try:
            if key not in DEFAULTS:
                raise SettingError(_t("unknown setting {0}").format(repr(key)))
            checked[key] = stored_value(key, value)
        except SettingError as exc:
            exc.key = key
            raise
    changed = []
    with db.write() as s:
        for key, value in checked.items():
            row = s.get(Setting, key)
            before = stored_value(key, setting_value(key, DEFAULTS[key] if row is None else row.value))
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value, row.updated_at = value, utcnow()
            record_event(s, actor, "setting.change", "setting", key, before={"value": _audited(key, before)},
                         after={"value": _audited(key, value)})
            changed.append(key)
    if "city.time_zone" in checked:
        city_time.use_zone(checked["city.time_zone"])  # this process at once; other stations at their next start
    return changed


@station_task("settings are read by every service and the window")
def get_setting(db: Database, key: str) -> Any:
    """The value of ``key`` in its type (stored or default), as :func:`read_setting` gives it."""
    with db.read() as s:
        return read_setting(s, key)


FEE_SCHEDULE = ("fees.counter", "fees.online_card", "fees.online_echeck")


@station_task("the fee schedule is told to every customer who asks")
def fee_schedule(db: Database) -> dict[str, Decimal]:
    """The fees told to customers: at the counter, online by card, online by e-check."""
    with db.read() as s:
        return read_settings(s, *FEE_SCHEDULE)


@requires(Role.ADMINISTRATOR)
def list_settings(db: Database, actor: Actor) -> list[tuple[str, Any, bool]]:
    """Every setting: (key, value, changed from its default), in key order."""
    with db.read() as s:
        values = read_settings(s, *DEFAULTS)
    return [(k, values[k], values[k] != setting_value(k, DEFAULTS[k])) for k in sorted(DEFAULTS)]


def parse_setting_value(key: str, text: str) -> Any:
    """A value typed on the command line for ``key``, in its stored form (:func:`stored_value`):
    JSON for lists and numbers, else the text."""
    import json

    if key not in DEFAULTS:
        raise SettingError(_t("unknown setting {0}").format(repr(key)))
    if isinstance(DEFAULTS[key], str):
        return stored_value(key, text)
    try:
        value = json.loads(text)
    except ValueError:
        raise SettingError(_t("{0}: {1} is not a valid value (a number, or a JSON list of lines)").format(
                               key, repr(text))) from None
    return stored_value(key, value)
