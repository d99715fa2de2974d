"""The counter post's statements sent on the database driver's own cursor (PostgreSQL).

Several stations share a 2-core machine with the PostgreSQL server, and a post is bound by the CPU it
costs, not by its waiting (bench/bench_post_cpu.py). SQLAlchemy's execution of one statement (the
compiled cache's key, parameter processing, result set-up, events) costs the station about a tenth
of a millisecond of CPU more than the driver's own ``execute``; a post writes five rows.

A ``DriverInsert`` is an insert of named columns, compiled once per dialect by SQLAlchemy (the same
SQL it would send); a ``DriverQuery`` a select (or an update returning rows) compiled the same way,
whose rows come back with each column type's own result processing, as named tuples. Its values go through each column type's own bind processing (Cents,
UTCDateTime, JSON), and the columns' Python-side defaults are filled in here as SQLAlchemy would
fill them. An error comes out as SQLAlchemy's exception (IntegrityError for a client token posted
twice). On SQLite, which has no round trips and whose statements are cheap, it is SQLAlchemy's own
insert or execution. These statements are not seen by SQLAlchemy's ``before_cursor_execute`` event.
"""
from __future__ import annotations

import contextlib
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Column, Executable, Integer, Table, bindparam, insert, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def driver_connection(session: Session):  # noqa: ANN201 - a psycopg.Connection
    """The DB-API connection of the session's transaction (begun if it was not)."""
    return session.connection().connection.driver_connection


@contextlib.contextmanager
def _errors_as_sqlalchemy(sql: str | None, params: Any) -> Iterator[None]:
    """The driver's errors raised as SQLAlchemy raises them (IntegrityError for a token posted twice)."""
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, params, exc, psycopg.Error) from exc


def _default_value(default) -> Any:  # noqa: ANN001 - a ColumnDefault
    if default.is_scalar:
        return default.arg
    return default.arg(None)  # SQLAlchemy wraps a default of no arguments to take its context


class DriverInsert:
    """``insert(table)`` of the columns ``keys`` (plus those with a Python-side default), optionally
    returning one column."""

    def __init__(self, table: Table, keys: Iterable[str], returning: Column | None = None) -> None:
        keys = list(keys)
        for key in keys:
            table.c[key]  # noqa: B018 - a misspelt column fails here, at import
        self.table, self.returning = table, returning
        self.defaults = {c.name: c.default for c in table.columns if c.default is not None and c.name not in keys}
        for default in self.defaults.values():
            if not (default.is_scalar or default.is_callable):
                raise ValueError(f"{table.name}: only scalar and callable column defaults are filled in here")
        self.keys = tuple(keys) + tuple(self.defaults)
        core = insert(table)
        self.core = core.returning(returning) if returning is not None else core.inline()
        self._compiled: dict[str, tuple[str, tuple[tuple[str, Any], ...], Any]] = {}

    def _for(self, dialect) -> tuple[str, tuple[tuple[str, Any], ...], Any]:  # noqa: ANN001
        found = self._compiled.get(dialect.name)
        if found is None:
            sql = str(self.core.compile(dialect=dialect, column_keys=list(self.keys)))
            processors = tuple((key, self.table.c[key].type.dialect_impl(dialect).bind_processor(dialect))
                               for key in self.keys)
            result = None
            if self.returning is not None:
                result = self.returning.type.dialect_impl(dialect).result_processor(dialect, None)
            found = self._compiled.setdefault(dialect.name, (sql, processors, result))
        return found

    def _params(self, values: dict[str, Any], processors: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
        row = {}
        for key, process in processors:
            value = values[key] if key in values else _default_value(self.defaults[key])
            row[key] = process(value) if process is not None else value  # None too: JSON's is 'null'
        return row

    def execute(self, session: Session, rows: Sequence[dict[str, Any]]) -> Any:
        """Insert ``rows`` (dicts of column values) in the session's transaction; with ``returning``
        (one row only), the value returned."""
        bind = session.get_bind()
        if bind.dialect.name != "postgresql":
            result = session.execute(self.core, list(rows) if len(rows) > 1 else rows[0])
            return result.scalar_one() if self.returning is not None else None
        sql, processors, result_processor = self._for(bind.dialect)
        params = [self._params(row, processors) for row in rows]
        with _errors_as_sqlalchemy(sql, params), driver_connection(session).cursor() as cursor:
            if len(params) == 1:
                cursor.execute(sql, params[0])
            else:
                cursor.executemany(sql, params)
            if self.returning is None:
                return None
            value = cursor.fetchone()[0]
        return result_processor(value) if result_processor is not None else value


def execute_plain(session: Session, sql: str) -> None:
    """A statement without parameters or an answer to read (a lock taken with SELECT), on the
    driver's cursor on PostgreSQL."""
    if session.get_bind().dialect.name != "postgresql":
        session.execute(text(sql))
        return
    with _errors_as_sqlalchemy(sql, None), driver_connection(session).cursor() as cursor:
        cursor.execute(sql)


class DriverQuery:
    """A statement returning rows: ``postgresql`` is run on the driver's cursor on PostgreSQL,
    ``other`` through SQLAlchemy elsewhere; both with the same parameters, giving rows readable by
    name and index.

    ``listed``: the name of a parameter holding a list (account ids). ``postgresql`` is then a
    function of that many bind parameters (``column.in_(binds)``), compiled once per length, as
    SQLAlchemy's expanding IN does: with one SQL text per length PostgreSQL soon keeps a generic plan
    of it (an index scan), where ``= ANY(array)`` was planned again at every post (half a millisecond
    of the server's CPU for the balances) because its generic plan would scan every account."""

    def __init__(self, postgresql: Executable | Callable[[list], Executable], other: Executable, *,
                 listed: str | None = None) -> None:
        self.postgresql, self.other, self.listed = postgresql, other, listed
        self._compiled: dict[int | None, tuple] = {}

    def _for(self, dialect, length: int | None):  # noqa: ANN001, ANN202
        found = self._compiled.get(length)
        if found is None:
            statement = self.postgresql if length is None else self.postgresql(
                [bindparam(f"{self.listed}_{i}", type_=Integer) for i in range(length)])
            compiled = statement.compile(dialect=dialect)
            binds = {name: bind.type.dialect_impl(dialect).bind_processor(dialect)
                     for name, bind in compiled.binds.items()}
            columns = list(statement.exported_columns)  # a select's columns, or an update's RETURNING
            results = tuple(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns)
            row = namedtuple("Row", [c.key or f"c{i}" for i, c in enumerate(columns)], rename=True)
            found = self._compiled.setdefault(
                length, (compiled, {k: p for k, p in binds.items() if p is not None}, results, row))
        return found

    def rows(self, session: Session, params: dict[str, Any]) -> list:
        return self.read(self.send(session, params))

    def send(self, session: Session, params: dict[str, Any]) -> Any:
        """Send the statement; ``read`` gives its rows. Inside a pipelined block (services/pipelined.py)
        the rows are read after the block: several statements' answers in one round trip."""
        bind = session.get_bind()
        if bind.dialect.name != "postgresql":
            return session.execute(self.other, params).all()
        length = None
        if self.listed is not None:
            listed = params[self.listed]
            length, params = len(listed), {**params, **{f"{self.listed}_{i}": v for i, v in enumerate(listed)}}
        compiled, binds, results, row = self._for(bind.dialect, length)
        values = compiled.construct_params(params)
        for name, process in binds.items():
            values[name] = process(values[name])
        cursor = driver_connection(session).cursor()
        try:
            with _errors_as_sqlalchemy(compiled.string, values):
                cursor.execute(compiled.string, values)
        except BaseException:
            cursor.close()
            raise
        return cursor, results, row

    def read(self, sent: Any) -> list:
        if isinstance(sent, list):  # SQLAlchemy's rows (SQLite)
            return sent
        sent, results, row = sent
        with _errors_as_sqlalchemy(None, None), sent as cursor:
            found = cursor.fetchall()
        return [row._make(v if p is None else p(v) for p, v in zip(results, r)) for r in found]
