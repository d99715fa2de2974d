"""Engine and sessions for SQLite (default, one station) and PostgreSQL (several stations)."""
from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from cashier_app.i18n import _t

MIGRATIONS = Path(__file__).parent / "migrations"


class DatabaseError(RuntimeError):
    """The database cannot be used; the message is one line fit for a person."""


def normalize_url(url: str) -> str:
    """Accept a bare file path or ``postgresql://`` and return a full SQLAlchemy URL."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


_USERINFO_PASSWORD = re.compile(r"(://[^/@:?#]*:)[^@/?#]*@")
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


def mask_passwords(text: str) -> str:
    """Any text (a message, a log line) with the passwords of URLs in it replaced by ***."""
    return _QUERY_PASSWORD.sub(r"\1***", _USERINFO_PASSWORD.sub(r"\1***@", str(text)))


def shown_url(url: str) -> str:
    """The URL fit to show anywhere (messages, logs, the terminal): its password replaced by ***."""
    try:
        shown = make_url(normalize_url(url)).render_as_string(hide_password=True)
        return _QUERY_PASSWORD.sub(r"\1***", shown)
    except (ArgumentError, ValueError, TypeError):  # not a URL: mask what looks like a password in it
        return mask_passwords(url)


def has_password(url: str) -> bool:
    """Whether the URL carries a password (in its user part or as a ``password=`` parameter)."""
    try:
        parsed = make_url(normalize_url(url))
    except (ArgumentError, ValueError, TypeError):
        return False
    return bool(parsed.password) or "password" in parsed.query


def without_password(url: str) -> str:
    """The URL with its password left out (the password itself is kept elsewhere)."""
    parsed = make_url(normalize_url(url)).difference_update_query(["password"])
    return URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database,
                      parsed.query).render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API connection
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling is broken).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=15000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_begin(conn) -> None:  # noqa: ANN001
    # Writers take the write lock up front so two writers wait for each other instead of
    # failing on a lock upgrade; readers start a plain deferred transaction.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


# A pooled PostgreSQL connection is asked "SELECT 1" before use only when it has been idle this
# long: a station posting and printing takes a connection four times a receipt, and each ping is a
# round trip to the server (bench/bench_printing.py, bench_stations.py). A server restarted while
# the station was idle is still found before the first statement.
PING_AFTER_IDLE_SECONDS = 1.0


def _note_idle_since(_dbapi_conn, record) -> None:  # noqa: ANN001 - DB-API connection, pool record
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_conn, record, _proxy) -> None:  # noqa: ANN001
    idle_since = record.info.pop("idle_since", None)
    if idle_since is not None and time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
        return
    try:
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("SELECT 1")
        finally:
            cursor.close()
    except Exception as exc:  # noqa: BLE001 - any failure: the pool drops it and connects again
        raise sa.exc.DisconnectionError(str(exc)) from exc


def make_engine(url: str, passfile: Path | None = None, **kw) -> Engine:
    """Create the engine; raises DatabaseError with a clear line for a bad URL (password masked).

    ``passfile``: a libpq password file used for a PostgreSQL URL without a password, when it exists.
    """
    full = normalize_url(url)
    try:
        parsed = make_url(full)
    except (ArgumentError, ValueError):
        raise DatabaseError(_t("not a database URL: {0}").format(repr(shown_url(url)))) from None
    try:
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                folder = Path(parsed.database).parent
                if not folder.is_dir():
                    raise DatabaseError(_t("folder for the database does not exist: {0}").format(folder))
                # The connection given back last is the one taken next: after a post, the print run
                # reads the receipt on the connection that wrote it, whose page cache is current (on
                # another, SQLite reloads the pages the commit changed: a millisecond; bench_printing).
                kw.setdefault("pool_use_lifo", True)
            engine = sa.create_engine(full, **kw)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            pinged = "pool_pre_ping" not in kw  # a caller's own choice is kept as it is
            kw.setdefault("pool_pre_ping", False)
            if passfile is not None and Path(passfile).is_file() and not has_password(full) \
                    and "passfile" not in parsed.query:
                kw["connect_args"] = {"passfile": str(passfile), **kw.get("connect_args", {})}
            engine = sa.create_engine(full, **kw)
            if pinged:
                event.listen(engine, "connect", _note_idle_since)
                event.listen(engine, "checkin", _note_idle_since)
                event.listen(engine, "checkout", _ping_if_idle)
    except (NoSuchModuleError, ArgumentError) as exc:
        raise DatabaseError(_t("unsupported database URL {0}: {1}").format(
                                repr(shown_url(url)), str(exc).replace(url, shown_url(url)))) from None
    return engine


@dataclass(frozen=True)
class Database:
    """What services need: an engine and two ways to open a transaction."""

    engine: Engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed on success, rolled back on any error."""
        with Session(self.engine.execution_options(write=True), expire_on_commit=False) as s:
            with s.begin():
                s.connection()  # begin now, so SQLite's write lock is taken before any read
                yield s

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work. Closing ends the transaction; loaded objects keep their values."""
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    def dispose(self) -> None:
        self.engine.dispose()


def alembic_config(engine: Engine):  # noqa: ANN201 - alembic type
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (Alembic), raising DatabaseError on failure."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = alembic_config(db.engine)
    try:
        command.upgrade(config, revision)
    except CommandError:
        # A schema this app does not know: a newer version of the app upgraded the database.
        found, known = current_revision(db), ScriptDirectory.from_config(config).get_current_head()
        raise DatabaseError(_t("the database is newer than this app (schema {0}; this app knows up to {1}): install "
                               "this app's newer version on this station").format(found, known)) from None
    except sa.exc.OperationalError as exc:
        raise DatabaseError(_t("cannot open the database: {0}").format(exc.orig)) from None
    except sa.exc.DatabaseError as exc:
        raise DatabaseError(_t("the database is unreadable: {0}").format(exc.orig)) from None


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_database(url: str, *, migrate: bool = True, passfile: Path | None = None) -> Database:
    """Open (and by default upgrade) the database at ``url`` (``passfile``: see make_engine)."""
    db = Database(make_engine(url, passfile))
    if migrate:
        upgrade(db)
        from cashier_app.services.lookup_indexes import restore_lookup_indexes

        restore_lookup_indexes(db.engine)  # a first load cut short by a crash: services/lookup_indexes.py
    return db
