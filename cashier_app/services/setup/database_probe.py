"""Look at a database before this station is set up on it, writing nothing.

The setup assistant's **Test connection** and ``cashier-app init`` use it: can this PC reach the
server, with this password, is there such a database, is its schema one this app can use (a
database newer than the app is refused, an older one is upgraded at Finish), and what is in it
already (users, stations, audit events, encrypted bank numbers), which decides the pages that
follow (a first administrator only on a new database; keys made, or copied from the first station).
A SQLite file that does not exist yet is not created; an existing one is opened read-only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import func, inspect, select
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import SQLAlchemyError

from cashier_app.db import MIGRATIONS, mask_passwords
from cashier_app.i18n import _t
from cashier_app.models import AuditEvent, Station, User
from cashier_app.services.refusal import Refused

CONNECT_SECONDS = 5


class SetupRefused(Refused):
    """A set-up answer that cannot be used; ``field`` names the page's input (host, password,
    database, user, station, receipt_prefix, admin_user, admin_password, audit_key, draft_key, printer)."""


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL server as typed in the assistant's fields (the password stays in memory)."""

    host: str
    port: int
    database: str
    user: str
    password: str = field(default="", repr=False)

    def url(self, *, with_password: bool = True) -> str:
        return URL.create("postgresql+psycopg", self.user or None,
                          (self.password or None) if with_password else None, self.host or None,
                          self.port, self.database or None).render_as_string(hide_password=False)


@dataclass(frozen=True)
class DatabaseProbe:
    """What a database holds, as far as setting up a station is concerned."""

    shown: str  # where it is, fit to show (no password)
    exists: bool  # False: a SQLite file still to be made, or a PostgreSQL database without tables
    revision: str | None
    head: str
    users: int = 0
    stations: tuple[tuple[str, str], ...] = ()  # (name, receipt prefix)
    audit_events: int = 0
    first_event: AuditEvent | None = None  # to check an audit.key against
    ciphertext: bytes | None = None  # one encrypted bank number or scan, to check a draft.key against

    @property
    def older(self) -> bool:
        return self.revision is not None and self.revision != self.head

    @property
    def needs_admin(self) -> bool:
        return self.users == 0

    @property
    def in_use(self) -> bool:
        """Another station set it up: its keys must be copied, never made anew."""
        return bool(self.audit_events or self.stations or self.ciphertext is not None)

    def station_named(self, name: str) -> tuple[str, str] | None:
        return next((s for s in self.stations if s[0].lower() == name.lower()), None)

    def prefix_owner(self, prefix: str) -> str | None:
        return next((s[0] for s in self.stations if s[1].upper() == prefix.upper()), None)


def schema_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def _known_revision(revision: str) -> bool:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        return ScriptDirectory.from_config(config).get_revision(revision) is not None
    except CommandError:
        return False


def probe_sqlite(path: Path) -> DatabaseProbe:
    """This PC's own database file: new when it does not exist (nothing is made), else read-only."""
    head = schema_head()
    if not path.exists():
        return DatabaseProbe(str(path), False, None, head)
    # immutable: read without making the -wal/-shm files a WAL database would get (nothing is written)
    engine = sa.create_engine(f"sqlite:///file:{path.as_posix()}?mode=ro&immutable=1&uri=true")
    try:
        with engine.connect() as conn:
            return _read(conn, str(path), head)
    except SQLAlchemyError as exc:
        raise SetupRefused(_t("{0} cannot be read as a database: {1}").format(
                               path, _first_line(exc)), "database") from None
    finally:
        engine.dispose()


def probe_server(address: ServerAddress) -> DatabaseProbe:
    """Connect to the PostgreSQL server as typed; SetupRefused says what is wrong, on its field."""
    for name, value in (("host", address.host), ("database", address.database), ("user", address.user)):
        if not value.strip():
            raise SetupRefused(_blank(name), name)
    if not 0 < address.port < 65536:
        raise SetupRefused(_t("The port is a number from 1 to 65535 (PostgreSQL's usual one is 5432)."), "port")
    engine = sa.create_engine(address.url(), connect_args={"connect_timeout": CONNECT_SECONDS})
    shown = address.url(with_password=False)
    try:
        with engine.connect() as conn:
            return _read(conn, shown, schema_head())
    except SetupRefused:
        raise
    except SQLAlchemyError as exc:
        raise connection_problem(exc, address) from None
    finally:
        engine.dispose()


def _blank(name: str) -> str:
    """The refusal of the blank field ``name`` (host, database or user)."""
    return {"host": _t("Type the server's name or address (e.g. dbhost or 192.168.1.20)."),
            "database": _t("Type the database's name (e.g. cashier)."),
            "user": _t("Type the PostgreSQL user name the stations connect as (e.g. cashier).")}[name]


def connection_problem(exc: BaseException, address: ServerAddress) -> SetupRefused:
    """The driver's complaint turned into one sentence on the field to fix (never the password)."""
    text = _first_line(exc)
    low = str(getattr(exc, "orig", exc)).lower()
    host, port = address.host, address.port
    if "password authentication failed" in low or "no password supplied" in low:
        return SetupRefused(_t("The server refused the password of user {0}: check the password (and the user "
                               "name).").format(
                                repr(address.user)), "password")
    if re.search(r'role ".*" does not exist', low):
        return SetupRefused(_t("The server has no user {0}.").format(repr(address.user)), "user")
    if re.search(r'database ".*" does not exist', low):
        return SetupRefused(_t("The server has no database {0}: check its name, or ask for it to be created (CREATE "
                               "DATABASE).").format(repr(address.database)), "database")
    if "permission denied" in low:
        return SetupRefused(_t("User {0} may not use database {1}.").format(
                                repr(address.user), repr(address.database)), "user")
    if "could not translate host name" in low or "name or service not known" in low or "nodename nor" in low \
            or "no such host" in low:
        return SetupRefused(_t("No computer named {0} was found on the network: check the server's name.").format(
                                repr(host)),
                            "host")
    if "connection refused" in low:
        return SetupRefused(_t("{0} answers, but no database server listens on port {1}: check the port, and that "
                               "PostgreSQL runs there.").format(host, port), "host")
    if "invalid response to ssl negotiation" in low or "received invalid response" in low \
            or "server closed the connection unexpectedly" in low:
        return SetupRefused(_t("{0} answers on port {1}, but not as a PostgreSQL server: check the port.").format(
                                host, port), "port")
    if "timeout" in low or "timed out" in low or "no route to host" in low or "unreachable" in low:
        return SetupRefused(_t("{0} is unreachable: no answer within {1} seconds (network, firewall, or the server "
                               "is off).").format(host, CONNECT_SECONDS), "host")
    if "pg_hba.conf" in low:
        return SetupRefused(_t("The server does not let this PC in (its pg_hba.conf has no entry for it): {0}").format(
                                text), "host")
    return SetupRefused(_t("Cannot connect to {0}: {1}").format(host, text), "host")


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return mask_passwords(text.splitlines()[0] if text else type(exc).__name__)


def _read(conn: Connection, shown: str, head: str) -> DatabaseProbe:
    from alembic.runtime.migration import MigrationContext

    revision = MigrationContext.configure(conn).get_current_revision()
    if revision is None:
        if inspect(conn).get_table_names():
            raise SetupRefused(_t("{0} holds tables of another program: choose an empty database, or the cashier "
                                  "app's own.").format(shown), "database")
        return DatabaseProbe(shown, False, None, head)
    if not _known_revision(revision):
        raise SetupRefused(_t("The database is newer than this app (schema {0}; this app knows up to {1}): install "
                              "this app's newer version on this station.").format(revision, head), "database")
    users = conn.execute(select(func.count(User.id))).scalar_one()
    stations = tuple((n, p) for n, p in conn.execute(select(Station.name, Station.receipt_prefix)
                                                     .order_by(Station.name)))
    events = conn.execute(select(func.count(AuditEvent.id))).scalar_one()
    first = None
    if events:
        from sqlalchemy.orm import Session

        with Session(conn) as s:
            first = s.scalars(select(AuditEvent).order_by(AuditEvent.id).limit(1)).one()
            s.expunge(first)
    return DatabaseProbe(shown, True, revision, head, users, stations, events, first, _ciphertext(conn))


def _ciphertext(conn: Connection) -> bytes | None:
    from cashier_app.services.drafts.key_rotation import _ENCRYPTED

    for _model, column, _batch in _ENCRYPTED:
        try:
            token = conn.execute(select(column).where(column.is_not(None)).limit(1)).scalar()
        except SQLAlchemyError:  # an older schema without the draft tables holds no numbers
            return None
        if token is not None:
            return bytes(token)
    return None
