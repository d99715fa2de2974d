"""Writing one chunk of extract rows: resolve parent keys, then upsert by natural key.

Each function takes the rows of one chunk that parsed well, inside the caller's transaction,
looks up only the parent keys this chunk names (``WHERE number IN (...)``, the keys as one
parameter), marks the rows it must refuse (``row.reason``), reads the rows already stored under the
chunk's natural keys (in their stored form, through the driver's cursor: stored_rows), and writes
only the rows that differ from them, with INSERT ... ON CONFLICT
DO UPDATE (on PostgreSQL through COPY into a scratch table). The update fires only when a value
differs too, so importing the same file again writes nothing.
"""
from __future__ import annotations

import contextlib
import functools
import operator
import time
from collections.abc import Callable, Hashable, Iterable, Iterator

from sqlalchemy import Connection, Dialect, Table, delete

from cashier_app.db import Database
from cashier_app.services.access import station_task
from cashier_app.models import Account, Bill, BillLine, Customer, UsageReading
from cashier_app.services.extract_rows import AS_OF, COLUMNS, ExtractRow
from cashier_app.services.stored_rows import column_converter, fetch, python_values, stored_form, stored_values

CUSTOMERS: Table = Customer.__table__
ACCOUNTS: Table = Account.__table__
BILLS: Table = Bill.__table__
BILL_LINES: Table = BillLine.__table__
USAGE: Table = UsageReading.__table__
COMMIT_SECONDS = 2.0  # longest a transaction grows: other stations wait at most about this long
SQLITE_CACHE_KIB = 128 * 1024  # SQLite page cache while importing (random-order index inserts; PERFORMANCE.md)


_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


@functools.lru_cache(maxsize=64)
def _upsert_sql(dialect: Dialect, table: Table, keys: tuple[str, ...], columns: tuple[str, ...]) -> str:
    """INSERT ... ON CONFLICT (keys) DO UPDATE the other columns only where a value differs (so a
    row written again unchanged is not rewritten), with positional parameters in ``columns`` order."""
    quote, mark = dialect.identifier_preparer.quote, _MARKS[dialect.paramstyle]
    differs = "IS NOT" if dialect.name == "sqlite" else "IS DISTINCT FROM"  # both treat NULL as a value
    name, changing = quote(table.name), [quote(c) for c in columns if c not in keys]
    sql = (f"INSERT INTO {name} ({', '.join(map(quote, columns))}) VALUES ({', '.join([mark] * len(columns))}) "
           f"ON CONFLICT ({', '.join(map(quote, keys))}) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in changing)
           + " WHERE " + " OR ".join(f"{name}.{c} {differs} excluded.{c}" for c in changing))
    return sql


def _upsert(conn: Connection, table: Table, keys: tuple[str, ...], columns: tuple[str, ...],
            rows: list[tuple]) -> None:
    """Upsert ``rows`` (value tuples in ``columns`` order, already in their stored form: see
    stored_rows) as one driver executemany, or COPY and one merge on PostgreSQL.

    Core's per-row parameter handling cost more than the inserts themselves on a million rows,
    so the statement is built once and the rows are handed to the driver already converted.
    """
    if not rows:
        return
    if conn.dialect.name == "postgresql" and len(rows) >= COPY_ROWS:
        _copy_upsert(conn, table, keys, columns, rows)
    else:
        conn.exec_driver_sql(_upsert_sql(conn.dialect, table, keys, columns), rows)


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


def _parent_ids(conn: Connection, rows: list[ExtractRow], parents: Table, number: str) -> dict[str, int]:
    """The ids of the parents the rows name (their ``ref``), by number; a number not found is absent."""
    return dict(fetch(conn, parents, (number, "id"), ((number, {r.ref for r in rows}),)))


def _refuse_unknown(row: ExtractRow, what: str) -> None:
    row.reason = f"unknown {what} {row.ref} (not in the database nor earlier in this import)"


def _resolve(conn: Connection, rows: list[ExtractRow], parents: Table, number: str, what: str) -> list[ExtractRow]:
    """Rows whose parent exists, with its id set first in their values; the others refused as unknown."""
    ids = _parent_ids(conn, rows, parents, number)
    kept = []
    for row in rows:
        parent = ids.get(row.ref)
        if parent is None:
            _refuse_unknown(row, what)
        else:
            row.values = (parent, *row.values[1:])
            kept.append(row)
    return kept


def _resolved_latest(conn: Connection, rows: list[ExtractRow], key: Callable[[tuple], Hashable]) -> list[ExtractRow]:
    """_resolve to their accounts and _latest by (account, ``key`` of the values) in one pass (a
    bill or a usage reading: millions of rows; two passes had cost a twentieth more)."""
    ids = _parent_ids(conn, rows, ACCOUNTS, "account_number")
    latest: dict[Hashable, ExtractRow] = {}
    for row in rows:
        parent = ids.get(row.ref)
        if parent is None:
            _refuse_unknown(row, "account_number")
        else:
            row.values = values = (parent, *row.values[1:])
            latest[parent, key(values)] = row
    return list(latest.values())


_CUSTOMER_COLUMNS = COLUMNS["customers"]


def apply_customers(conn: Connection, rows: list[ExtractRow]) -> None:
    values = stored_form(conn, CUSTOMERS, _CUSTOMER_COLUMNS, [r.values for r in _latest(rows, lambda r: r.values[0])])
    stored = set(fetch(conn, CUSTOMERS, _CUSTOMER_COLUMNS, (("customer_number", {v[0] for v in values}),)))
    _upsert(conn, CUSTOMERS, ("customer_number",), _CUSTOMER_COLUMNS, [v for v in values if v not in stored])


_ACCOUNT_COLUMNS = COLUMNS["accounts"]


def apply_accounts(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _resolve(conn, rows, CUSTOMERS, "customer_number", "customer_number")
    in_stored_form(conn.dialect, "accounts", rows)
    found = fetch(conn, ACCOUNTS, _ACCOUNT_COLUMNS, (("account_number", {r.values[1] for r in rows}),))
    stored = {row[1]: row for row in found}
    # The newest balance_as_of of each account: stored ones, and, as rows are read, the file's own;
    # compared in their stored form, which sorts as the moments do (SQLite keeps them as text of one
    # fixed width, in UTC, as its queries comparing moments already rely on; PostgreSQL as timestamps).
    newest = {number: row[AS_OF] for number, row in stored.items()}
    fresh: dict[str, tuple] = {}
    for row in rows:
        number, as_of = row.values[1], row.values[AS_OF]
        before = newest.get(number)
        if before is not None and as_of < before:
            # An older balance never replaces a newer one (invariant 5), whether the newer one was
            # loaded earlier or is an earlier row of this file, in this chunk or an earlier one:
            # the outcome does not depend on the chunk size.
            as_of, before = python_values(conn, ACCOUNTS, "balance_as_of", [as_of, before])
            row.reason = (f"balance_as_of {as_of:%Y-%m-%d %H:%M} UTC is older than the "
                          f"balance already loaded (as of {before:%Y-%m-%d %H:%M} UTC)")
        else:
            newest[number], fresh[number] = as_of, row.values  # the same as-of again: the later row wins
    _upsert(conn, ACCOUNTS, ("account_number",), _ACCOUNT_COLUMNS,
            [v for number, v in fresh.items() if stored.get(number) != v])


_BILL_COLUMNS = COLUMNS["bills"]
_BILL_DATE = operator.itemgetter(_BILL_COLUMNS.index("bill_date"))  # with the account: a bill's key
_LINE_COLUMNS = ("bill_id", "service", "amount")
# The kinds whose good rows can be put in their stored form before the database is asked anything
# (no check needs their Python values after reading; an account's balance_as_of is compared stored).
_STORED_TABLES = {"accounts": ACCOUNTS, "bills": BILLS, "usage": USAGE}
STORED_KINDS = tuple(_STORED_TABLES)


def in_stored_form(dialect: Dialect, kind: str, rows: list[ExtractRow]) -> None:
    """Turn the good rows (reason None) of an accounts, bills or usage chunk into their stored form,
    in place: values as stored_form makes them, a bill's line amounts as stored cents; ``row.stored``
    says so. The reader process does it before sending a chunk (ints and strings cost far less to
    pickle than Decimals and dates); rows read here are turned when they are written. Same values
    either way. (An account's customer number, first in its values, is not converted: its column,
    the customer's id, is stored as it is; the importer puts the id there.)"""
    rows = [r for r in rows if r.reason is None and not r.stored]
    if not rows:
        return
    table = _STORED_TABLES[kind]
    for row, values in zip(rows, stored_values(dialect, table, COLUMNS[kind], [r.values for r in rows])):
        row.values, row.stored = values, True
    if kind == "bills" and (convert := column_converter(dialect, BILL_LINES, "amount")) is not None:
        for row in rows:  # four million line amounts in a monthly extract: the converter itself, no wrapping
            row.lines = tuple([(service, convert(amount)) for service, amount in row.lines])


def apply_bills(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _resolved_latest(conn, rows, _BILL_DATE)
    if not rows:
        return
    in_stored_form(conn.dialect, "bills", rows)
    values = [r.values for r in rows]
    cents = [dict(r.lines) for r in rows]  # each bill's lines as {service: stored amount}
    stored = {(row[1], row[2]): row for row in fetch(
        conn, BILLS, ("id", *_BILL_COLUMNS), (("account_id", {v[0] for v in values}), ("bill_date", {v[1] for v in values})))}
    found = fetch(conn, BILL_LINES, ("id", "bill_id", "service", "amount"),
                  (("bill_id", {row[0] for row in stored.values()}),)) if stored else []
    lines: dict[int, dict[str, int]] = {}  # bill id -> service -> stored amount
    for _, bill, service, amount in found:
        lines.setdefault(bill, {})[service] = amount
    changed = []  # (bill values, its lines) of the bills that say something new
    for value, amount in zip(values, cents):
        before = stored.get(value[:2])
        # A bill that says nothing new (same values, same lines) is not written at all.
        if before is None or before[1:] != value or lines.get(before[0], {}) != amount:
            changed.append((value, amount))
    if not changed:
        return
    _upsert(conn, BILLS, ("account_id", "bill_date"), _BILL_COLUMNS,
            [v for v, _ in changed if (b := stored.get(v[:2])) is None or b[1:] != v])
    bill_ids = {key: row[0] for key, row in stored.items()}
    if new := [v for v, _ in changed if v[:2] not in bill_ids]:
        bill_ids.update(((account, day), bill) for account, day, bill in fetch(
            conn, BILLS, ("account_id", "bill_date", "id"),
            (("account_id", {v[0] for v in new}), ("bill_date", {v[1] for v in new}))))
    _upsert(conn, BILL_LINES, ("bill_id", "service"), _LINE_COLUMNS,
            [(bill_ids[v[:2]], service, a) for v, amount in changed for service, a in amount.items()])
    # A service left blank on the new row is no longer on the bill: drop its old line.
    line_ids = {(bill, service): line for line, bill, service, _ in found}
    gone = [line_ids[bill, service] for v, amount in changed if (bill := bill_ids[v[:2]]) in lines
            for service in lines[bill] if service not in amount]
    for at in range(0, len(gone), 1000):  # rare: a few parameters per statement at most
        conn.execute(delete(BILL_LINES).where(BILL_LINES.c.id.in_(sorted(gone)[at:at + 1000])))


_USAGE_COLUMNS = COLUMNS["usage"]
_SERVICE_AND_PERIOD_END = operator.itemgetter(_USAGE_COLUMNS.index("service"), _USAGE_COLUMNS.index("period_end"))


def apply_usage(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _resolved_latest(conn, rows, _SERVICE_AND_PERIOD_END)
    if not rows:
        return
    in_stored_form(conn.dialect, "usage", rows)
    values = [r.values for r in rows]
    # A row is unchanged when the very same tuple is stored (its key is in it): a set, no key tuples.
    stored = set(fetch(conn, USAGE, _USAGE_COLUMNS,
                       (("account_id", {v[0] for v in values}), ("period_end", {v[3] for v in values}))))
    _upsert(conn, USAGE, ("account_id", "service", "period_end"), _USAGE_COLUMNS,
            [v for v in values if v not in stored])


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
