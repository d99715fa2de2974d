"""The counter's busiest statements sent on the database driver's own cursor (psycopg, sqlite3).

A post, and the print run right after it, are bound by the CPU they cost, not by their waiting
(bench/bench_post_cpu.py, bench_printing.py). SQLAlchemy's execution of one statement (the compiled
cache's key, parameter processing, result set-up, events) costs about a tenth of a millisecond of
CPU more than the driver's own ``execute`` when its code is in the processor's caches, and up to
three quarters of a millisecond when it is not: right after a post, a print run's first queries on
SQLite took 0.8 ms through SQLAlchemy's Core and 0.3 ms on the driver (docs/PERFORMANCE.md). A post
writes five rows; a print run reads five answers.

A ``DriverInsert`` is an insert of named columns, compiled once per dialect by SQLAlchemy (the same
SQL it would send); a ``DriverQuery`` a select (or an update returning rows) compiled the same way,
whose rows come back with each column type's own result processing, as named tuples. Its values go
through each column type's own bind processing (Cents, UTCDateTime, JSON), and the columns'
Python-side defaults are filled in here as SQLAlchemy would fill them. Parameters go by name
(psycopg) or by position (sqlite3), as the dialect compiled them. An error comes out as
SQLAlchemy's exception (IntegrityError for a client token posted twice). These statements are not
seen by SQLAlchemy's ``before_cursor_execute`` event (tests trace the drivers themselves).
"""
from __future__ import annotations

import contextlib
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Column, Executable, Integer, Table, bindparam, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def driver_connection(session: Session):  # noqa: ANN201 - a psycopg.Connection or sqlite3.Connection
    """The DB-API connection of the session's transaction (begun if it was not)."""
    return session.connection().connection.driver_connection


@contextlib.contextmanager
def _errors_as_sqlalchemy(dialect, sql: str | None, params: Any) -> Iterator[None]:  # noqa: ANN001
    """The driver's errors raised as SQLAlchemy raises them (IntegrityError for a token posted twice)."""
    error = dialect.loaded_dbapi.Error
    try:
        yield
    except error as exc:
        raise DBAPIError.instance(sql, params, exc, error) from exc


def _positional(compiled, values: dict[str, Any]) -> dict[str, Any] | list[Any]:  # noqa: ANN001
    """The parameters as the driver takes them: by name (psycopg), or in the SQL's order (sqlite3)."""
    names = compiled.positiontup
    return values if names is None else [values[name] for name in names]


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
        self._compiled: dict[str, tuple] = {}  # dialect name -> (compiled, bind processors, result processor)

    def _for(self, dialect):  # noqa: ANN001, ANN202 - (compiled, processors, result processor)
        found = self._compiled.get(dialect.name)
        if found is None:
            compiled = self.core.compile(dialect=dialect, column_keys=list(self.keys))
            if compiled.positiontup is not None and sorted(compiled.positiontup) != sorted(self.keys):
                raise ValueError(f"{self.table.name}: the insert's parameters are not its columns")
            processors = tuple((key, self.table.c[key].type.dialect_impl(dialect).bind_processor(dialect))
                               for key in self.keys)
            result = None
            if self.returning is not None:
                result = self.returning.type.dialect_impl(dialect).result_processor(dialect, None)
            found = self._compiled.setdefault(dialect.name, (compiled, processors, result))
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
        dialect = session.get_bind().dialect
        compiled, processors, result_processor = self._for(dialect)
        params = [_positional(compiled, self._params(row, processors)) for row in rows]
        sql = compiled.string
        with _errors_as_sqlalchemy(dialect, sql, params), contextlib.closing(driver_connection(session).cursor()) as cursor:
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
    driver's cursor."""
    dialect = session.get_bind().dialect
    with _errors_as_sqlalchemy(dialect, sql, None), contextlib.closing(driver_connection(session).cursor()) as cursor:
        cursor.execute(sql)


class DriverQuery:
    """A statement returning rows, run on the driver's cursor, giving rows readable by name and index.

    ``listed``: the name of a parameter holding a list (account ids); ``statement`` is then a function
    of that many bind parameters (``column.in_(binds)``), compiled once per length, as SQLAlchemy's
    expanding IN does: with one SQL text per length PostgreSQL soon keeps a generic plan of it (an
    index scan), where ``= ANY(array)`` was planned again at every post (half a millisecond of the
    server's CPU for the balances) because its generic plan would scan every account. A fixed list
    in the statement is written as separate values (``column.in_([literal(v) ...])``): SQLAlchemy's
    own expanding lists are filled in by its execution, which this skips."""

    def __init__(self, statement: Executable | Callable[[list], Executable], *, listed: str | None = None) -> None:
        self.statement, self.listed = statement, listed
        self._compiled: dict[tuple[str, int | None], tuple] = {}

    def _for(self, dialect, length: int | None):  # noqa: ANN001, ANN202
        found = self._compiled.get((dialect.name, length))
        if found is None:
            statement = self.statement if length is None else self.statement(
                [bindparam(f"{self.listed}_{i}", type_=Integer) for i in range(length)])
            compiled = statement.compile(dialect=dialect)
            if "POSTCOMPILE" in compiled.string:
                raise ValueError("a DriverQuery cannot take an expanding IN list: give its values one by one")
            binds = {name: bind.type.dialect_impl(dialect).bind_processor(dialect)
                     for name, bind in compiled.binds.items()}
            columns = list(statement.exported_columns)  # a select's columns, or an update's RETURNING
            results = tuple(c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns)
            row = namedtuple("Row", [c.key or f"c{i}" for i, c in enumerate(columns)], rename=True)
            found = self._compiled.setdefault(
                (dialect.name, length), (compiled, {k: p for k, p in binds.items() if p is not None}, results, row))
        return found

    def rows(self, session: Session, params: dict[str, Any]) -> list:
        return self.read(self.send(session, params))

    def send(self, session: Session, params: dict[str, Any]) -> Any:
        """Send the statement; ``read`` gives its rows. Inside a pipelined block (services/pipelined.py)
        the rows are read after the block: several statements' answers in one round trip."""
        dialect = session.get_bind().dialect
        length = None
        if self.listed is not None:
            listed = params[self.listed]
            length, params = len(listed), {**params, **{f"{self.listed}_{i}": v for i, v in enumerate(listed)}}
        compiled, binds, results, row = self._for(dialect, length)
        values = compiled.construct_params(params)
        for name, process in binds.items():
            values[name] = process(values[name])
        values = _positional(compiled, values)
        cursor = driver_connection(session).cursor()
        try:
            with _errors_as_sqlalchemy(dialect, compiled.string, values):
                cursor.execute(compiled.string, values)
        except BaseException:
            cursor.close()
            raise
        return cursor, results, row, dialect

    def read(self, sent: Any) -> list:
        cursor, results, row, dialect = sent
        with _errors_as_sqlalchemy(dialect, None, None), contextlib.closing(cursor):
            found = cursor.fetchall()
        return [row._make(v if p is None else p(v) for p, v in zip(results, r)) for r in found]
