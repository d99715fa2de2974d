"""Several statements in one round trip to PostgreSQL (psycopg's pipeline mode).

Each statement sent to PostgreSQL waits for its answer before the next one goes: a network round
trip, plus a wake-up of the server and of the station each time. Inside ``pipelined(session)`` the
statements go together and the server runs them one after the other, in order, as before; the block
waits once, at its end, for all of them. Only statements whose results are not read inside the
block belong there (inserts without RETURNING, locks taken with SELECT); reads come after it.

Each statement still runs on its own snapshot, in order, so a lock taken by one statement is held
before the next one starts (read committed). On SQLite, which has no round trips, the block does
nothing.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


@contextlib.contextmanager
def pipelined(session: Session) -> Iterator[None]:
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    fairy = session.connection().connection  # SQLAlchemy's pooled DB-API connection
    driver = fairy.driver_connection  # psycopg.Connection
    import psycopg

    try:
        with driver.pipeline():
            yield
    except psycopg.Error as exc:  # raised when the block synced: the same exception types as elsewhere
        raise DBAPIError.instance(None, None, exc, psycopg.Error) from exc
