"""What several benchmarks share: a PostgreSQL schema of a benchmark's own, made afresh."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def schema_url(pg_url: str, schema: str) -> str:
    """``pg_url`` with every connection's search_path set to ``schema``."""
    return f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}"


def fresh_schema(pg_url: str, schema: str) -> str:
    """Drop and create ``schema`` on the PostgreSQL server of ``pg_url``; the URL that uses it."""
    from sqlalchemy import text

    from cashier_app.db import Database, make_engine

    admin = Database(make_engine(pg_url))
    with admin.engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    admin.dispose()
    return schema_url(pg_url, schema)
