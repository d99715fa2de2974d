"""What the database already holds for one chunk of an import, read through the driver's own cursor.

A chunk's rows are turned into their *stored form* once (each column's own bind processor: Decimal
dollars -> integer cents, aware datetimes and dates as the database keeps them, booleans), which is
what gets written; the rows already stored are read back in that same form with statements built
once per database kind and run on the DB-API cursor (no SQLAlchemy row processing: about 1 µs a row
on a million rows), so "is this row new or different?" is a plain tuple comparison — the same
question the upsert's ``WHERE ... IS DISTINCT FROM`` asks in SQL. An account's ``balance_as_of`` is
compared stored too (it sorts as the moments do) and converted back only to be shown.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from decimal import Decimal

from sqlalchemy import Connection, Dialect, Integer, Table

from cashier_app.models.base import Cents
from cashier_app.money import exact_cents

_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def cents(value: Decimal | None) -> int | None:
    """What the ``Cents`` column stores for ``value`` (None, or exact_cents), about 0.3 µs instead of
    1.4 µs for the Decimals an import reads (whole cents). Anything else (a float, a fraction of a
    cent, NaN, a value of 20 digits or more) goes to exact_cents itself, which refuses it as before."""
    if value is None:
        return None
    if type(value) is Decimal and value.is_finite() and value.adjusted() < 20:
        number, divisor = value.as_integer_ratio()  # exact, whatever the digits
        if 100 % divisor == 0:  # a whole number of cents
            return number * (100 // divisor)
    return exact_cents(value)


@functools.lru_cache(maxsize=64)
def _bind(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> tuple[tuple[Callable | None, bool], ...]:
    """Each column's converter to its stored form, and whether to convert each distinct value once
    (dates, moments, flags: few values, cheap to hash) or every value as it comes (money: amounts
    hardly repeat, and hashing a Decimal costs more than converting it)."""
    found = []
    for c in columns:
        kind = table.c[c].type
        if isinstance(kind, Cents) and Integer()._cached_bind_processor(dialect) is None:
            found.append((cents, False))
        else:
            found.append((kind._cached_bind_processor(dialect), True))
    return tuple(found)


def column_converter(dialect: Dialect, table: Table, column: str) -> Callable | None:
    """The one column's converter to its stored form (None: stored as it is), as stored_values uses it."""
    return _bind(dialect, table, (column,))[0][0]


def stored_form(conn: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple]) -> list[tuple]:
    """``rows`` (value tuples in ``columns`` order, as the import reads them) as the database
    stores them: what an ORM insert of the same values would write."""
    return stored_values(conn.dialect, table, columns, rows)


def stored_values(dialect: Dialect, table: Table, columns: tuple[str, ...], rows: list[tuple]) -> list[tuple]:
    """stored_form for a database of the kind ``dialect`` says, without a connection (the reader
    process: extract_process)."""
    convert = _bind(dialect, table, columns)
    if not rows or not any(converter for converter, _ in convert):
        return rows
    values = list(zip(*rows))  # column-wise
    for i, (converter, by_value) in enumerate(convert):
        if converter is None:
            continue
        if by_value:
            # An extract repeats values (one balance_as_of, few dates): convert each one once.
            converted = {value: converter(value) for value in set(values[i])}
            values[i] = map(converted.__getitem__, values[i])
        else:
            values[i] = map(converter, values[i])
    return list(zip(*values))


def python_values(conn: Connection, table: Table, column: str, stored: list) -> list:
    """Stored values of one column back as the import reads them (each distinct value once)."""
    convert = table.c[column].type._cached_result_processor(conn.dialect, None)
    if convert is None:
        return stored
    back = {value: convert(value) for value in set(stored)}
    return [back[value] for value in stored]


@functools.lru_cache(maxsize=64)
def _select_sql(dialect: Dialect, table: Table, columns: tuple[str, ...], where: tuple[str, ...]) -> str:
    quote = dialect.identifier_preparer.quote
    if dialect.name == "postgresql":
        # One array parameter per key column: the same plan for every chunk (psycopg prepares it).
        tests = [f"{quote(c)} = ANY(%s)" for c in where]
    else:
        # SQLite: the keys as ONE JSON parameter each; thousands of expanded parameters per chunk
        # had cost more than the look-up. Both forms walk the column's index.
        mark = _MARKS[dialect.paramstyle]
        tests = [f"{quote(c)} IN (SELECT value FROM json_each({mark}))" for c in where]
    return f"SELECT {', '.join(map(quote, columns))} FROM {quote(table.name)} WHERE {' AND '.join(tests)}"


def fetch(conn: Connection, table: Table, columns: tuple[str, ...],
          where: Sequence[tuple[str, set]]) -> list[tuple]:
    """The stored rows (``columns``, stored form) whose key columns are among the given keys
    (stored form too), in the connection's open transaction."""
    if any(not keys for _, keys in where):
        return []
    sql = _select_sql(conn.dialect, table, columns, tuple(c for c, _ in where))
    if conn.dialect.name == "postgresql":
        params = tuple(sorted(keys) for _, keys in where)
    else:
        params = tuple(json.dumps(sorted(keys)) for _, keys in where)
    cursor = conn.connection.dbapi_connection.cursor()  # the same connection, so the same transaction
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()  # tuples, from both drivers
    finally:
        cursor.close()
