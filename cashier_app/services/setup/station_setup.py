"""Set up this station: what ``cashier-app init`` and the setup assistant's **Finish** write.

Both build a :class:`StationPlan` and call :func:`set_up_station`, so the two write the same
things in the same order: the keys copied from the first station (if any), the database schema,
in one transaction the first administrator (a new database) and the station row with its receipt
sequence, ``draft.key`` (made, or checked against the stored numbers), the PostgreSQL password in
``pgpass``, and last ``station.toml``, whose presence means "this station is set up". Everything is
checked before the first write; if a write fails, the files this call made are removed again.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import or_, select

from cashier_app import config as cfg
from cashier_app.db import Database, open_database, shown_url
from cashier_app.i18n import _t
from cashier_app.models import Station
from cashier_app.private_files import private_folder, write_private
from cashier_app.services import audit, users
from cashier_app.services.access import Actor, system_actor
from cashier_app.services.drafts.station_key import key_for_this_station
from cashier_app.services.setup.database_probe import DatabaseProbe, SetupRefused
from cashier_app.services.setup.setup_keys import KeyChoice, home_keys, read_audit_key
from cashier_app.services.stations import ensure_station

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$")
_PREFIX = re.compile(r"^[A-Z0-9]{1,8}$")


@dataclass(frozen=True)
class StationPlan:
    """Everything the set-up writes, decided before anything is written."""

    db_url: str = field(repr=False)  # may carry the PostgreSQL password: kept in memory only
    station: cfg.StationConfig
    remember_url: bool = False  # keep the URL (without password) in station.toml, the password in pgpass
    admin_user: str = ""  # empty: no first administrator (a database that has users)
    admin_password: str = field(default="", repr=False)
    keys: KeyChoice = KeyChoice()
    config_path: Path | None = None
    fill: Callable[[Database, Actor], None] | None = None  # instead of admin + station: the demo data


@dataclass(frozen=True)
class SetupResult:
    db: Database
    station: cfg.StationConfig
    config_path: Path
    said: tuple[str, ...]  # what was done, one line each (init prints them)


def check_station_names(probe: DatabaseProbe | None, name: str, prefix: str) -> tuple[str, str]:
    """The station name and receipt prefix as kept; SetupRefused when malformed or already used."""
    name, prefix = name.strip(), prefix.strip().upper()
    if not _NAME.match(name):
        raise SetupRefused(_t("A station name is 1 to 40 letters, digits, spaces, '.', '_' or '-' (e.g. S2 or Front "
                              "desk 2)."), "station")
    if not _PREFIX.match(prefix):
        raise SetupRefused(_t("A receipt prefix is 1 to 8 letters or digits (receipts read PREFIX-000123)."),
                           "receipt_prefix")
    if probe is not None:
        if (taken := probe.station_named(name)) is not None:
            raise SetupRefused(_t("Station {0} is already set up in this database (receipt prefix {1}): give this "
                                  "station another name.").format(repr(taken[0]), taken[1]), "station")
        if (owner := probe.prefix_owner(prefix)) is not None:
            raise SetupRefused(_t("Station {0} already prints receipts {1}-…: give this station another receipt "
                                  "prefix.").format(repr(owner), prefix), "receipt_prefix")
    return name, prefix


def check_admin(username: str, password: str, again: str | None = None) -> None:
    """The first administrator's name and password pass the rules (services/users), or SetupRefused."""
    username = username.strip()
    if not username or len(username) > 40 or not username.replace("_", "").replace(".", "").replace("-", "").isalnum():
        raise SetupRefused(_t("A user name is 1 to 40 letters, digits, '.', '_' or '-'."), "admin_user")
    if problem := users.password_problem(password, username):
        raise SetupRefused(problem, "admin_password")
    if again is not None and again != password:
        raise SetupRefused(_t("The two passwords differ."), "admin_again")


class _Written:
    """The files this set-up makes, removed again if a later step fails."""

    def __init__(self, paths: list[Path]) -> None:
        self.new = [p for p in paths if not p.exists()]

    def undo(self) -> None:
        for path in self.new:
            for extra in ("", "-wal", "-shm", "-journal"):
                Path(str(path) + extra).unlink(missing_ok=True)
            audit._keys.pop(str(path), None)  # noqa: SLF001 - forget a cached key that is gone


def _copy_key(source: Path, target: Path) -> None:
    private_folder(target.parent)
    write_private(target, source.read_bytes())


def set_up_station(plan: StationPlan) -> SetupResult:
    """Write the station's set-up (see the module's docstring); the opened database is returned."""
    if plan.admin_user:
        check_admin(plan.admin_user, plan.admin_password)
    if plan.keys.audit_from is not None:
        read_audit_key(plan.keys.audit_from)
    station = plan.station
    config_path = plan.config_path or cfg.default_config_path()
    sqlite_file = Path(plan.db_url.removeprefix("sqlite:///")) if plan.db_url.startswith("sqlite:///") else None
    audit_home, draft_home = home_keys()
    written = _Written([p for p in (audit_home, audit.witness_file(), draft_home, cfg.pgpass_path(), config_path,
                                    sqlite_file) if p])
    said: list[str] = []
    db: Database | None = None
    try:
        for source, target in ((plan.keys.audit_from, audit_home), (plan.keys.draft_from, draft_home)):
            if source is not None and not target.exists():
                _copy_key(source, target)
        if sqlite_file is not None:
            private_folder(sqlite_file.parent)
        db = open_database(plan.db_url, passfile=cfg.pgpass_path())  # the schema, made or upgraded
        _use_city_zone(db)
        said.append(key_for_this_station(db))  # before the rows: a key that does not fit stops here
        actor = system_actor(station.station)
        if plan.fill is not None:
            plan.fill(db, actor)
        else:
            with db.write() as s:
                if plan.admin_user:
                    users.add_first_admin(s, actor, plan.admin_user.strip(), plan.admin_password)
                    said.insert(0, f"first administrator: {plan.admin_user.strip()}")
                _add_station(s, station)
            said.insert(0, f"station {station.station}: receipts {station.receipt_prefix}-000001 on")
        if plan.remember_url:
            station = replace(station, db_url=cfg.remember_db_url(plan.db_url))
        path = cfg.save_station_config(station, plan.config_path)
    except BaseException:
        if db is not None:
            db.dispose()
        written.undo()
        raise
    said.append(f"database ready: {shown_url(plan.db_url)}")
    said.append(f"station config: {path}")
    return SetupResult(db, station, path, tuple(said))


def _add_station(session, station: cfg.StationConfig) -> None:  # noqa: ANN001 - a Session
    """The station row; another station with this name or prefix (set up meanwhile) is a refusal."""
    other = session.execute(select(Station.name, Station.receipt_prefix).where(
        or_(Station.name == station.station, Station.receipt_prefix == station.receipt_prefix))).first()
    if other is not None and tuple(other) != (station.station, station.receipt_prefix):
        field_name = "station" if other[0] == station.station else "receipt_prefix"
        raise SetupRefused(_t("Station {0} (receipt prefix {1}) is already set up in this database.").format(
                               repr(other[0]), other[1]),
                           field_name)
    ensure_station(session, station.station, station.receipt_prefix, station.printer)


def _use_city_zone(db: Database) -> None:
    from cashier_app import city_time
    from cashier_app.services.settings import get_setting

    city_time.use_zone(get_setting(db, "city.time_zone"))


def sqlite_url() -> str:
    """This PC's own database: the SQLite file in the home folder."""
    return cfg.default_db_url()
