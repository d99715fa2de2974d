"""Alembic environment: the engine comes from cashier_app.db (config.attributes["engine"])."""
from __future__ import annotations

from alembic import context

from cashier_app.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # plain `alembic` command line: URL from alembic.ini / -x url=
        url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
        from cashier_app.db import make_engine

        engine = make_engine(url)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite alters a table by copying it to a new one and dropping the old: with foreign
            # keys on, dropping a table that other rows point at fails, so a database holding data
            # could not be upgraded. The pragma is a no-op inside a transaction: set it before.
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:  # raising rolls the whole upgrade back
                    raise RuntimeError(f"the upgrade would break {len(broken)} references, first: {broken[0]}")
        connection.commit()
        if sqlite:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


run_migrations_online()
