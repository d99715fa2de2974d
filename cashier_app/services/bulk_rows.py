"""Many rows in one ``executemany`` straight through the driver, for the few writers of thousands.

SQLAlchemy's executemany builds and processes parameters row by row (about 60 µs a row here); a
draft run writes 25,000 payments with their allocations, tenders, entries and audit events in one
transaction, where that alone took seconds. :func:`insert_rows` applies each column's own bind
processor (the ``Cents`` type, UTC datetimes, dates as SQLite stores them) to the values, so what is
stored is exactly what an ORM insert stores, then hands plain tuples to the driver.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Table
from sqlalchemy.orm import Session

_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Insert ``rows`` (value tuples in ``columns`` order) into ``table`` in the session's
    transaction; returns how many. Columns left out take their server defaults."""
    connection = session.connection()
    dialect = connection.dialect
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in columns]
    mark = _MARKS[dialect.paramstyle]
    data = [tuple(v if p is None else p(v) for p, v in zip(processors, row)) for row in rows]
    if data:
        quote = dialect.identifier_preparer.quote
        connection.exec_driver_sql(
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join([mark] * len(columns))})", data)
    return len(data)
