"""The counter's lookup indexes (names, phone, address, customer of an account) and a first load.

Loading a town's customers and accounts into empty tables, each row also went into the B-trees of
the lookup indexes, at random places (names, phones and addresses come in no order): most of a
first load's database work once those trees outgrew the page cache. So when an import's file
starts on an EMPTY table, that table's lookup indexes are dropped (committed at once), the file is
loaded, and they are built again from the loaded rows (a sort, much cheaper), whatever way the
file's import ends: done, cancelled, refused, failed. The unique keys the import itself looks rows
up by (customer and account numbers) are never dropped. During such a load a lookup at a counter
reads the table through instead of an index: only while a town is first loaded, with no counter
taking payments yet.

A crash (power cut, killed process) before they are built again leaves the same rows, only
without those indexes: every program opening the database builds any missing one
(``restore_lookup_indexes``, from open_database and at the start of every import).
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Connection, Engine, Index, Table, inspect, select
from sqlalchemy.schema import CreateIndex, DropIndex

from cashier_app.models import Account, Customer

LOOKUP_TABLES: dict[str, Table] = {"customers": Customer.__table__, "accounts": Account.__table__}


def lookup_indexes(table: Table) -> list[Index]:
    """The table's indexes that only lookups use (not unique: the import's own keys stay)."""
    return sorted((ix for ix in table.indexes if not ix.unique), key=lambda ix: ix.name)


def restore_lookup_indexes(bind: Connection | Engine) -> None:
    """Build any lookup index a first load interrupted by a crash left missing, each in a short
    transaction of its own. Which ones are there is read from the catalogue first, so when none is
    missing (nearly always) no table is locked, not even briefly (PostgreSQL's CREATE INDEX IF NOT
    EXISTS would take the table's share lock before finding the index there)."""
    if isinstance(bind, Engine):
        with bind.connect() as conn:
            restore_lookup_indexes(conn)
        return
    catalogue = inspect(bind)
    missing = {table.name: [ix for ix in lookup_indexes(table)
                            if ix.name not in {found["name"] for found in catalogue.get_indexes(table.name)}]
               for table in LOOKUP_TABLES.values()}
    if bind.in_transaction():
        bind.rollback()  # the catalogue's reads
    for indexes in missing.values():
        _build(bind, indexes)


def _build(conn: Connection, indexes: list[Index]) -> None:
    for index in indexes:
        with conn.begin():
            conn.execute(CreateIndex(index, if_not_exists=True))


@contextlib.contextmanager
def indexes_after_a_first_load(conn: Connection, kind: str) -> Iterator[bool]:
    """Around one file's import on ``conn`` (no transaction open): when the file's table is empty,
    its lookup indexes are dropped first and built again after, however the import ends. Yields
    whether they were dropped."""
    table = LOOKUP_TABLES.get(kind)
    if table is None:
        yield False
        return
    with conn.begin():
        empty = conn.execute(select(table.c.id).limit(1)).first() is None
        if empty:
            for index in lookup_indexes(table):
                conn.execute(DropIndex(index, if_exists=True))
    try:
        yield empty
    finally:
        if empty:
            if conn.in_transaction():  # the import's own failure left it open: it was rolled back
                conn.rollback()
            _build(conn, lookup_indexes(table))
