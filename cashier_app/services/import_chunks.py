"""Writing one chunk of extract rows: resolve parent keys, then upsert by natural key (Core).

Each function takes the rows of one chunk that parsed well, inside the caller's transaction,
looks up only the parent keys this chunk names (``WHERE number IN (...)``), marks the rows it
must refuse (``row.reason``), and upserts the rest with INSERT ... ON CONFLICT DO UPDATE. The
update only fires when a value differs, so importing the same file again writes nothing.
"""
from __future__ import annotations

import contextlib
import functools
import json
import operator
import time
from collections.abc import Callable, Hashable, Iterable, Iterator

from sqlalchemy import (
    Column, ColumnElement, Connection, Dialect, String, Table, any_, bindparam, delete, func, or_, select,
)
from sqlalchemy.dialects import postgresql, sqlite

from cashier_app.db import Database
from cashier_app.services.access import station_task
from cashier_app.models import Account, Bill, BillLine, Customer, UsageReading
from cashier_app.services.extract_rows import ExtractRow

CUSTOMERS: Table = Customer.__table__
ACCOUNTS: Table = Account.__table__
BILLS: Table = Bill.__table__
BILL_LINES: Table = BillLine.__table__
USAGE: Table = UsageReading.__table__
COMMIT_SECONDS = 2.0  # longest a transaction grows: other stations wait at most about this long
SQLITE_CACHE_KIB = 64 * 1024  # SQLite page cache while importing (random-order index inserts)


@functools.lru_cache(maxsize=64)
def _upsert_sql(dialect: Dialect, table: Table, keys: tuple[str, ...], columns: tuple[str, ...]):  # noqa: ANN202
    """The compiled upsert, the order of its parameters and each column's bind converter."""
    insert = sqlite.insert if dialect.name == "sqlite" else postgresql.insert
    stmt = insert(table)
    changing = [c for c in columns if c not in keys]
    stmt = stmt.on_conflict_do_update(
        index_elements=list(keys),
        set_={c: stmt.excluded[c] for c in changing},
        # Only a row whose values differ is rewritten: a repeated import writes nothing.
        where=or_(*(table.c[c].is_distinct_from(stmt.excluded[c]) for c in changing)),
    )
    compiled = stmt.compile(dialect=dialect, column_keys=list(columns))
    order = tuple(compiled.positiontup) if compiled.positional else columns
    # The columns' own types convert the values (Decimal -> cents, aware datetimes, booleans).
    convert = tuple(table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order)
    return str(compiled), compiled.positional, order, convert


def _upsert(conn: Connection, table: Table, keys: tuple[str, ...], rows: list[dict]) -> None:
    """INSERT ... ON CONFLICT (keys) DO UPDATE the other columns, as one driver executemany.

    Core's per-row parameter handling cost more than the inserts themselves on a million rows,
    so the statement is compiled once and the rows are handed to the driver already converted.
    """
    if not rows:
        return
    sql, positional, order, convert = _upsert_sql(conn.dialect, table, keys, tuple(rows[0]))
    pick = operator.itemgetter(*order)
    columns = list(zip(*(pick(v) for v in rows)))  # column-wise, so each converter runs in one map()
    for i, converter in enumerate(convert):
        if converter is not None:
            # An extract repeats values (one balance_as_of, few dates): convert each one once.
            converted = {value: converter(value) for value in set(columns[i])}
            columns[i] = tuple(map(converted.__getitem__, columns[i]))
    params = list(zip(*columns))
    conn.exec_driver_sql(sql, params if positional else [dict(zip(order, p)) for p in params])


def _latest(rows: Iterable[ExtractRow], key: Callable[[ExtractRow], Hashable]) -> list[ExtractRow]:
    # The same key twice in a chunk: the later row wins, as it would in two separate chunks
    # (and PostgreSQL refuses to update one row twice in one statement).
    return list({key(r): r for r in rows}.values())


def _among(conn: Connection, column: Column, keys: set[str]) -> ColumnElement[bool]:
    """``column IN (keys)`` with the keys as ONE parameter: rendering thousands of expanded
    parameters per chunk cost more than the look-up itself. Both forms use the column's index."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam("keys", sorted(keys), type_=postgresql.ARRAY(String())))
    chunk_keys = func.json_each(bindparam("keys", json.dumps(sorted(keys)))).table_valued("value")
    return column.in_(select(chunk_keys.c.value))


def _ids(conn: Connection, number_column: Column, keys: set[str]) -> dict[str, int]:
    table = number_column.table
    found = conn.execute(select(number_column, table.c.id).where(_among(conn, number_column, keys)))
    return {number: row_id for number, row_id in found}


def _resolve(conn: Connection, rows: list[ExtractRow], number_column: Column, what: str,
             id_column: str) -> list[ExtractRow]:
    """Rows whose parent exists, with its id set; the others refused as unknown."""
    ids = _ids(conn, number_column, {r.ref for r in rows})
    kept = []
    for row in rows:
        parent = ids.get(row.ref)
        if parent is None:
            row.reason = f"unknown {what} {row.ref} (not in the database nor earlier in this import)"
        else:
            row.values[id_column] = parent
            kept.append(row)
    return kept


def apply_customers(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _latest(rows, lambda r: r.values["customer_number"])
    _upsert(conn, CUSTOMERS, ("customer_number",), [r.values for r in rows])


def apply_accounts(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _resolve(conn, rows, CUSTOMERS.c.customer_number, "customer_number", "customer_id")
    numbers = {r.values["account_number"] for r in rows}
    found = conn.execute(select(ACCOUNTS.c.account_number, ACCOUNTS.c.balance_as_of)
                         .where(_among(conn, ACCOUNTS.c.account_number, numbers)))
    newest = {number: as_of for number, as_of in found}  # and, as rows are read, the file's own
    fresh: dict[str, ExtractRow] = {}
    for row in rows:
        number, as_of = row.values["account_number"], row.values["balance_as_of"]
        before = newest.get(number)
        if before is not None and as_of < before:
            # An older balance never replaces a newer one (invariant 5), whether the newer one was
            # loaded earlier or is an earlier row of this file, in this chunk or an earlier one:
            # the outcome does not depend on the chunk size.
            row.reason = (f"balance_as_of {as_of:%Y-%m-%d %H:%M} UTC is older than the "
                          f"balance already loaded (as of {before:%Y-%m-%d %H:%M} UTC)")
        else:
            newest[number], fresh[number] = as_of, row  # the same as-of again: the later row wins
    fresh = list(fresh.values())
    _upsert(conn, ACCOUNTS, ("account_number",), [r.values for r in fresh])


def apply_bills(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _resolve(conn, rows, ACCOUNTS.c.account_number, "account_number", "account_id")
    rows = _latest(rows, lambda r: (r.values["account_id"], r.values["bill_date"]))
    if not rows:
        return
    _upsert(conn, BILLS, ("account_id", "bill_date"), [r.values for r in rows])
    accounts = sorted({r.values["account_id"] for r in rows})
    dates = sorted({r.values["bill_date"] for r in rows})
    found = conn.execute(select(BILLS.c.account_id, BILLS.c.bill_date, BILLS.c.id)
                         .where(BILLS.c.account_id.in_(accounts), BILLS.c.bill_date.in_(dates)))
    bill_ids = {(account, day): bill for account, day, bill in found}
    wanted = {(bill_ids[(r.values["account_id"], r.values["bill_date"])], service): amount
              for r in rows for service, amount in r.lines.items()}
    _upsert(conn, BILL_LINES, ("bill_id", "service"),
            [{"bill_id": bill, "service": service, "amount": amount}
             for (bill, service), amount in wanted.items()])
    # A service left blank on the new row is no longer on the bill: drop its old line.
    existing = conn.execute(select(BILL_LINES.c.id, BILL_LINES.c.bill_id, BILL_LINES.c.service)
                            .where(BILL_LINES.c.bill_id.in_(sorted({b for b, _ in wanted}))))
    gone = [line for line, bill, service in existing if (bill, service) not in wanted]
    if gone:
        conn.execute(delete(BILL_LINES).where(BILL_LINES.c.id.in_(gone)))


def apply_usage(conn: Connection, rows: list[ExtractRow]) -> None:
    rows = _resolve(conn, rows, ACCOUNTS.c.account_number, "account_number", "account_id")
    rows = _latest(rows, lambda r: (r.values["account_id"], r.values["service"], r.values["period_end"]))
    _upsert(conn, USAGE, ("account_id", "service", "period_end"), [r.values for r in rows])


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
