"""Writing one chunk of extract rows: resolve parent keys, then upsert by natural key.

Each function takes the rows of one chunk that parsed well, inside the caller's transaction,
looks up only the parent keys this chunk names (``WHERE number IN (...)``, the keys as one
parameter), marks the rows it must refuse (``row.reason``), reads the rows already stored under the
chunk's natural keys, and writes only the rows that differ from them, with INSERT ... ON CONFLICT
DO UPDATE (on PostgreSQL through COPY into a scratch table). The update fires only when a value
differs too, so importing the same file again writes nothing.
"""
from __future__ import annotations

import contextlib
import functools
import json
import time
from collections.abc import Callable, Hashable, Iterable, Iterator
from decimal import Decimal

from sqlalchemy import (
    Column, ColumnElement, Connection, Dialect, Integer, String, Table, and_, any_, bindparam, delete, func, select,
)
from sqlalchemy.dialects import postgresql

from cashier_app.db import Database
from cashier_app.services.access import station_task
from cashier_app.models import Account, Bill, BillLine, Customer, UsageReading
from cashier_app.services.extract_rows import AS_OF, COLUMNS, ExtractRow

CUSTOMERS: Table = Customer.__table__
ACCOUNTS: Table = Account.__table__
BILLS: Table = Bill.__table__
BILL_LINES: Table = BillLine.__table__
USAGE: Table = UsageReading.__table__
COMMIT_SECONDS = 2.0  # longest a transaction grows: other stations wait at most about this long
SQLITE_CACHE_KIB = 64 * 1024  # SQLite page cache while importing (random-order index inserts)


_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


@functools.lru_cache(maxsize=64)
def _upsert_sql(dialect: Dialect, table: Table, keys: tuple[str, ...], columns: tuple[str, ...]):  # noqa: ANN202
    """INSERT ... ON CONFLICT (keys) DO UPDATE the other columns only where a value differs (so a
    row written again unchanged is not rewritten), with positional parameters in ``columns``
    order; and each column's bind converter (Decimal -> cents, aware datetimes, dates, booleans)."""
    quote, mark = dialect.identifier_preparer.quote, _MARKS[dialect.paramstyle]
    differs = "IS NOT" if dialect.name == "sqlite" else "IS DISTINCT FROM"  # both treat NULL as a value
    name, changing = quote(table.name), [quote(c) for c in columns if c not in keys]
    sql = (f"INSERT INTO {name} ({', '.join(map(quote, columns))}) VALUES ({', '.join([mark] * len(columns))}) "
           f"ON CONFLICT ({', '.join(map(quote, keys))}) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in changing)
           + " WHERE " + " OR ".join(f"{name}.{c} {differs} excluded.{c}" for c in changing))
    # The columns' own types convert the values, so what is stored is what an ORM insert stores.
    return sql, tuple(table.c[c].type._cached_bind_processor(dialect) for c in columns)


def _upsert(conn: Connection, table: Table, keys: tuple[str, ...], columns: tuple[str, ...],
            rows: list[tuple]) -> None:
    """Upsert ``rows`` (value tuples in ``columns`` order) as one driver executemany.

    Core's per-row parameter handling cost more than the inserts themselves on a million rows,
    so the statement is built once and the rows are handed to the driver already converted.
    """
    if not rows:
        return
    sql, convert = _upsert_sql(conn.dialect, table, keys, columns)
    if any(convert):
        values = list(zip(*rows))  # column-wise, so each converter runs once per distinct value
        for i, converter in enumerate(convert):
            if converter is not None:
                # An extract repeats values (one balance_as_of, few dates): convert each one once.
                converted = {value: converter(value) for value in set(values[i])}
                values[i] = map(converted.__getitem__, values[i])
        rows = list(zip(*values))
    if conn.dialect.name == "postgresql" and len(rows) >= COPY_ROWS:
        _copy_upsert(conn, table, keys, columns, rows)
    else:
        conn.exec_driver_sql(sql, rows)


COPY_ROWS = 200  # from this many rows on, PostgreSQL gets them by COPY (psycopg's executemany
# adapted every parameter in Python: about 10 µs a row on the client, more than the server's work)


@functools.lru_cache(maxsize=64)
def _copy_sql(dialect: Dialect, table: Table, keys: tuple[str, ...], columns: tuple[str, ...]) -> tuple[str, ...]:
    quote = dialect.identifier_preparer.quote
    name, scratch, listed = quote(table.name), quote(f"import_{table.name}"), ", ".join(map(quote, columns))
    changing = [quote(c) for c in columns if c not in keys]
    return (f"CREATE TEMPORARY TABLE IF NOT EXISTS {scratch} AS SELECT {listed} FROM {name} WITH NO DATA",
            f"COPY {scratch} ({listed}) FROM STDIN",
            f"INSERT INTO {name} ({listed}) SELECT {listed} FROM {scratch} "
            f"ON CONFLICT ({', '.join(map(quote, keys))}) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in changing)
            + " WHERE " + " OR ".join(f"{name}.{c} IS DISTINCT FROM excluded.{c}" for c in changing),
            f"TRUNCATE {scratch}")


def _copy_upsert(conn: Connection, table: Table, keys: tuple[str, ...], columns: tuple[str, ...],
                 rows: list[tuple]) -> None:
    """The same upsert on PostgreSQL: the rows COPYed into a scratch table of this session (in the
    chunk's transaction), then merged by one INSERT ... SELECT ... ON CONFLICT of the same meaning."""
    create, copy_in, merge, clear = _copy_sql(conn.dialect, table, keys, columns)
    cursor = conn.connection.dbapi_connection.cursor()  # the same connection, so the same transaction
    try:
        cursor.execute(create)
        with cursor.copy(copy_in) as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(merge)
        cursor.execute(clear)
    finally:
        cursor.close()


def _latest(rows: Iterable[ExtractRow], key: Callable[[ExtractRow], Hashable]) -> list[ExtractRow]:
    # The same key twice in a chunk: the later row wins, as it would in two separate chunks
    # (and PostgreSQL refuses to update one row twice in one statement).
    return list({key(r): r for r in rows}.values())


def _among(conn: Connection, column: Column, keys: set) -> ColumnElement[bool]:
    """``column IN (keys)`` with the keys as ONE parameter: rendering thousands of expanded
    parameters per chunk cost more than the look-up itself. Both forms use the column's index."""
    whole = isinstance(column.type, Integer)
    if conn.dialect.name == "postgresql":
        kind = postgresql.ARRAY(Integer() if whole else String())
        return column == any_(bindparam(f"{column.name}_keys", sorted(keys), type_=kind))
    chunk_keys = func.json_each(bindparam(f"{column.name}_keys", json.dumps(sorted(keys), default=str))
                                ).table_valued("value")
    return column.in_(select(chunk_keys.c.value))


def _ids(conn: Connection, number_column: Column, keys: set[str]) -> dict[str, int]:
    table = number_column.table
    found = conn.execute(select(number_column, table.c.id).where(_among(conn, number_column, keys)))
    return {number: row_id for number, row_id in found}


def _resolve(conn: Connection, rows: list[ExtractRow], number_column: Column, what: str) -> list[ExtractRow]:
    """Rows whose parent exists, with its id set first in their values; the others refused as unknown."""
    ids = _ids(conn, number_column, {r.ref for r in rows})
    kept = []
    for row in rows:
        parent = ids.get(row.ref)
        if parent is None:
            row.reason = f"unknown {what} {row.ref} (not in the database nor earlier in this import)"
        else:
            row.values = (parent, *row.values[1:])
            kept.append(row)
    return kept


def _stored(conn: Connection, table: Table, columns: tuple[str, ...], where: ColumnElement[bool],
            key: slice) -> dict[tuple, tuple]:
    """The rows already stored (values in ``columns`` order, as the import reads them) by their
    natural key (``key`` of the values), so rows that say nothing new need not be written."""
    found = conn.execute(select(*(table.c[c] for c in columns)).where(where))
    return {tuple(row[key]): tuple(row) for row in found}


def _changed(rows: list[ExtractRow], stored: dict[tuple, tuple], key: slice) -> list[tuple]:
    return [r.values for r in rows if stored.get(r.values[key]) != r.values]


_CUSTOMER_COLUMNS, _CUSTOMER_KEY = COLUMNS["customers"], slice(0, 1)


def apply_customers(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _latest(rows, lambda r: r.values[0])
    stored = _stored(conn, CUSTOMERS, _CUSTOMER_COLUMNS,
                     _among(conn, CUSTOMERS.c.customer_number, {r.values[0] for r in rows}), _CUSTOMER_KEY)
    _upsert(conn, CUSTOMERS, ("customer_number",), _CUSTOMER_COLUMNS, _changed(rows, stored, _CUSTOMER_KEY))


_ACCOUNT_COLUMNS, _ACCOUNT_KEY = COLUMNS["accounts"], slice(1, 2)


def apply_accounts(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _resolve(conn, rows, CUSTOMERS.c.customer_number, "customer_number")
    stored = _stored(conn, ACCOUNTS, _ACCOUNT_COLUMNS,
                     _among(conn, ACCOUNTS.c.account_number, {r.values[1] for r in rows}), _ACCOUNT_KEY)
    newest = {key[0]: row[AS_OF] for key, row in stored.items()}  # and, as rows are read, the file's own
    fresh: dict[str, ExtractRow] = {}
    for row in rows:
        number, as_of = row.values[1], row.values[AS_OF]
        before = newest.get(number)
        if before is not None and as_of < before:
            # An older balance never replaces a newer one (invariant 5), whether the newer one was
            # loaded earlier or is an earlier row of this file, in this chunk or an earlier one:
            # the outcome does not depend on the chunk size.
            row.reason = (f"balance_as_of {as_of:%Y-%m-%d %H:%M} UTC is older than the "
                          f"balance already loaded (as of {before:%Y-%m-%d %H:%M} UTC)")
        else:
            newest[number], fresh[number] = as_of, row  # the same as-of again: the later row wins
    _upsert(conn, ACCOUNTS, ("account_number",), _ACCOUNT_COLUMNS,
            _changed(list(fresh.values()), stored, _ACCOUNT_KEY))


_BILL_COLUMNS, _BILL_KEY = COLUMNS["bills"], slice(0, 2)


def apply_bills(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _resolve(conn, rows, ACCOUNTS.c.account_number, "account_number")
    rows = _latest(rows, lambda r: r.values[:2])
    if not rows:
        return
    accounts, dates = {r.values[0] for r in rows}, {r.values[1] for r in rows}
    in_chunk = and_(_among(conn, BILLS.c.account_id, accounts), BILLS.c.bill_date.in_(sorted(dates)))
    stored = _stored(conn, BILLS, ("id", *_BILL_COLUMNS), in_chunk, slice(1, 3))
    lines: dict[int, dict[str, tuple[int, Decimal]]] = {}  # bill id -> service -> (line id, amount)
    if stored:
        for line, bill, service, amount in conn.execute(
                select(BILL_LINES.c.id, BILL_LINES.c.bill_id, BILL_LINES.c.service, BILL_LINES.c.amount)
                .where(_among(conn, BILL_LINES.c.bill_id, {row[0] for row in stored.values()}))):
            lines.setdefault(bill, {})[service] = (line, amount)
    changed = []
    for r in rows:
        before = stored.get(r.values[:2])
        # A bill that says nothing new (same values, same lines) is not written at all.
        if before is None or before[1:] != r.values or \
                {s: a for s, (_, a) in lines.get(before[0], {}).items()} != dict(r.lines):
            changed.append(r)
    if not changed:
        return
    _upsert(conn, BILLS, ("account_id", "bill_date"), _BILL_COLUMNS,
            [r.values for r in changed if (b := stored.get(r.values[:2])) is None or b[1:] != r.values])
    bill_ids = {key: row[0] for key, row in stored.items()}
    if new := [r for r in changed if r.values[:2] not in bill_ids]:
        bill_ids.update(_bill_ids(conn, new))
    _upsert(conn, BILL_LINES, ("bill_id", "service"), _LINE_COLUMNS,
            [(bill_ids[r.values[:2]], service, amount) for r in changed for service, amount in r.lines])
    # A service left blank on the new row is no longer on the bill: drop its old line.
    gone = [line for r in changed if (bill := bill_ids[r.values[:2]]) in lines
            for service, (line, _) in lines[bill].items() if service not in dict(r.lines)]
    if gone:
        conn.execute(delete(BILL_LINES).where(_among(conn, BILL_LINES.c.id, set(gone))))


_LINE_COLUMNS = ("bill_id", "service", "amount")


def _bill_ids(conn: Connection, rows: list[ExtractRow]) -> dict[tuple, int]:
    accounts, dates = {r.values[0] for r in rows}, {r.values[1] for r in rows}
    found = conn.execute(select(BILLS.c.account_id, BILLS.c.bill_date, BILLS.c.id).where(
        _among(conn, BILLS.c.account_id, accounts), BILLS.c.bill_date.in_(sorted(dates))))
    return {(account, day): bill for account, day, bill in found}


_USAGE_COLUMNS, _USAGE_KEY = COLUMNS["usage"], (0, 1, 3)


def apply_usage(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _resolve(conn, rows, ACCOUNTS.c.account_number, "account_number")
    rows = _latest(rows, lambda r: (r.values[0], r.values[1], r.values[3]))
    if not rows:
        return
    found = conn.execute(select(*(USAGE.c[c] for c in _USAGE_COLUMNS)).where(
        _among(conn, USAGE.c.account_id, {r.values[0] for r in rows}),
        USAGE.c.period_end.in_(sorted({r.values[3] for r in rows}))))
    stored = {(row[0], row[1], row[3]): tuple(row) for row in found}
    _upsert(conn, USAGE, ("account_id", "service", "period_end"), _USAGE_COLUMNS,
            [r.values for r in rows if stored.get((r.values[0], r.values[1], r.values[3])) != r.values])


class ChunkTransaction:
    """Chunks share one transaction until it is COMMIT_SECONDS old.

    Fewer commits spare SQLite rewriting the same index pages into the WAL at every commit;
    a bounded age keeps the counter's other writers from waiting more than a moment.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn, self._txn, self._since = conn, None, 0.0

    def ensure(self) -> None:
        if self._txn is None:
            self._txn, self._since = self.conn.begin(), time.monotonic()

    def commit(self, *, only_if_old: bool = False) -> None:
        if self._txn is not None and not (only_if_old and time.monotonic() - self._since < COMMIT_SECONDS):
            self._txn.commit()
            self._txn = None

    @property
    def open(self) -> bool:
        """Chunks are waiting in a transaction not yet committed."""
        return self._txn is not None

    def rollback(self) -> None:
        if self._txn is not None:
            self._txn.rollback()
            self._txn = None


@contextlib.contextmanager
@station_task("opened by import_files, which checks the role")
def import_connection(db: Database) -> Iterator[Connection]:
    """One connection for all files, with a bigger SQLite page cache while it lasts."""
    with db.engine.connect() as conn:
        conn.execution_options(write=True)  # BEGIN IMMEDIATE on SQLite: no lock upgrade failures
        if not db.is_sqlite:
            yield conn
            return
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        conn.commit()
        try:
            yield conn
        finally:
            conn.rollback()
            conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")
            conn.commit()


APPLY: dict[str, Callable[[Connection, list[ExtractRow]], None]] = {
    "customers": apply_customers,
    "accounts": apply_accounts,
    "bills": apply_bills,
    "usage": apply_usage,
}
