"""Lookup speed on a large database: the service against hand-written SQL on the same data.

    python bench/bench_lookup.py [--accounts 1000000] [--queries 1000] [--db FILE] [--out FILE]

PostgreSQL when CASHIER_TEST_PG_URL is set (or --pg URL), SQLite otherwise. Builds once, then
reuses, a demo town of N accounts without bills (services.demo.make_demo(months=0); above a
million accounts its numbers get 8 digits): on SQLite the file cashier-bench-N.db in the temp
folder (the one bench/bench_counter.py copies), on PostgreSQL the schema bench_lookup_N of that
database (built as bench_lookup_N_building and renamed when complete). Then it times each kind of
lookup a cashier does: account number, customer number, name prefix, service-address fragment,
phone. For each kind the same inputs go through ``search_accounts`` (what the window calls) and
through the same queries with the same parameters hand-written for the driver (``sqlite3``, or
``psycopg`` on its own connection: the floor), alternately on each input and in alternating order
(the first to read a page pays for it). Before timing, the SQLite file is read through once, and on
PostgreSQL the two tables and each index the lookups walk (``warm_postgresql``): a counter in use
has its database in the operating system's cache, a server in use its pages in memory.

Writes, per kind, ``p50_ms``/``p95_ms`` (service), ``floor_p50_ms``/``floor_p95_ms``, the ratios, whether
the targets are ``met``, and the p95 of this thread's CPU time (``cpu_p95_ms``, ``floor_cpu_p95_ms``) to
bench/results/lookup[-postgresql][-Nm].json (``-Nm`` when N is not 1,000,000), naming the
``database`` and the load. Targets: p95 ≤ 5 ms on PostgreSQL, ≤ 2 ms on SQLite, ≤ 1.3× the floor.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cashier_app.db import open_database  # noqa: E402
from cashier_app.services.access import system_actor  # noqa: E402
from cashier_app.services.lookup import LOCAL_AREA_CODE, search_accounts  # noqa: E402
from cashier_app.services.search_keys import KEY_LENGTH, fold, phone_digits, prefix_upper_bound  # noqa: E402

HITS = """SELECT a.id, a.account_number, c.customer_number, trim(c.first_name || ' ' || c.last_name), a.service_address,
 c.phone, a.status, a.cash_only FROM accounts a JOIN customers c ON c.id = a.customer_id"""
TARGET_P95_MS = {"sqlite": 2.0, "postgresql": 5.0}
TARGET_RATIO = 1.3


class Floor:
    """The service's queries written by hand for the driver (the best the database can do)."""

    def __init__(self, conn, mark: str) -> None:  # noqa: ANN001 - sqlite3 or psycopg connection
        self.conn = conn
        self.number = f"{HITS} WHERE a.account_number = {mark} LIMIT 50"
        self.customer = f"{HITS} WHERE c.customer_number = {mark} ORDER BY a.account_number LIMIT 50"
        self.prefix = {column: f"{HITS} WHERE {column} >= {mark} AND {column} < {mark} ORDER BY {column} LIMIT 50"
                       for column in ("c.phone_digits", "a.address_key", "c.name_key", "c.name_key_first",
                                      "a.street_key")}

    def lookup(self, text: str) -> int:
        seen: set[int] = set()
        execute = self.conn.execute

        def run(sql: str, params: tuple) -> None:
            for row in execute(sql, params).fetchall():
                seen.add(row[0])

        text = text.strip()
        compact = text.replace(" ", "").replace("-", "")
        if compact.isdigit():
            run(self.number, (compact,))
            run(self.customer, (compact,))
        if re.match(r"^[\d\s().+-]+$", text, re.ASCII):
            digits = phone_digits(text)
            if len(digits) == 7:
                digits = LOCAL_AREA_CODE + digits
            if len(digits) >= 7:
                run(self.prefix["c.phone_digits"], (digits, prefix_upper_bound(digits)))
        key = fold(text)[:KEY_LENGTH]
        if key and len(seen) < 50:
            run(self.prefix["a.address_key"], (key, prefix_upper_bound(key)))
            if not key[0].isdigit():
                for column in ("c.name_key", "c.name_key_first", "a.street_key"):
                    if len(seen) >= 50:
                        break
                    run(self.prefix[column], (key, prefix_upper_bound(key)))
        return len(seen)


def build(url: str, accounts: int) -> None:
    from cashier_app.services.demo import make_demo

    db = open_database(url)
    started = time.perf_counter()
    make_demo(db, system_actor("S1"), accounts=accounts, months=0)
    print(f"built {accounts:,} accounts in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    db.dispose()


def sqlite_database(path: Path, accounts: int) -> tuple[str, Floor]:
    """The SQLite file (built when missing, read through once) and the floor on its own connection."""
    import sqlite3

    if not path.exists():
        os.environ.setdefault("CASHIER_HOME", str(path.parent / "cashier-bench-home"))
        building = path.with_name(path.name + ".building")
        building.unlink(missing_ok=True)
        build(str(building), accounts)
        building.rename(path)
    with open(path, "rb") as f:  # into the OS cache, as on a counter in use
        while f.read(1 << 24):
            pass
    url = str(path)
    open_database(url).dispose()  # migrated to head before the floor looks at it
    return url, Floor(sqlite3.connect(path), "?")


def postgresql_database(pg_url: str, accounts: int) -> tuple[str, Floor]:
    """The schema bench_lookup_N (built when missing) and the floor on a psycopg connection of its own."""
    import psycopg
    from sqlalchemy import create_engine, text

    from cashier_app.db import normalize_url

    schema = f"bench_lookup_{accounts}"
    base = normalize_url(pg_url)
    sep = "&" if "?" in base else "?"
    engine = create_engine(base)
    with engine.begin() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_namespace WHERE nspname = :s"), {"s": schema})
        if not exists:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema}_building CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {schema}_building"))
    if not exists:
        os.environ.setdefault("CASHIER_HOME", str(Path(tempfile.gettempdir()) / "cashier-bench-home"))
        build(f"{base}{sep}options=-csearch_path%3D{schema}_building", accounts)
        with engine.begin() as conn:
            conn.execute(text(f"ALTER SCHEMA {schema}_building RENAME TO {schema}"))
            conn.execute(text(f"ANALYZE {schema}.customers"))
            conn.execute(text(f"ANALYZE {schema}.accounts"))
    engine.dispose()
    url = f"{base}{sep}options=-csearch_path%3D{schema}"
    open_database(url).dispose()  # migrated to head before the floor looks at it
    plain = base.replace("postgresql+psycopg://", "postgresql://", 1)
    conn = psycopg.connect(plain, options=f"-csearch_path={schema}")
    warm_postgresql(conn)
    return url, Floor(conn, "%s")


# What the lookups read: the two tables and the indexes they walk.
LOOKUP_INDEXES = {"customers": ("id", "customer_number", "name_key", "name_key_first", "phone_digits"),
                  "accounts": ("id", "account_number", "customer_id", "address_key", "street_key")}


def warm_postgresql(conn) -> None:  # noqa: ANN001 - a psycopg connection
    """Every page the lookups read, read once (into the server's and the OS's caches), as on a
    server in use; the SQLite file is read through the same way. Without it the first queries
    read from disk at a third of a millisecond a page, and p95 measures the disk, not the lookup."""
    started = time.perf_counter()
    for table, columns in LOOKUP_INDEXES.items():
        conn.execute(f"SELECT count(*) FROM {table}")  # the table's pages
        conn.execute("SET LOCAL enable_seqscan = off")
        conn.execute("SET LOCAL enable_bitmapscan = off")
        for column in columns:  # each index, whole, in its order
            conn.execute(f"SELECT count(*) FROM (SELECT {column} FROM {table} ORDER BY {column}) k")
        conn.rollback()
    print(f"read the lookup's tables and indexes once in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def samples(conn, mark: str, n: int, seed: int = 7) -> dict[str, list[str]]:  # noqa: ANN001
    rnd = random.Random(seed)
    total = conn.execute("SELECT max(id) FROM accounts").fetchone()[0]
    rows = [conn.execute(
        "SELECT a.account_number, c.customer_number, c.last_name, a.street_key, c.phone FROM accounts a "
        f"JOIN customers c ON c.id = a.customer_id WHERE a.id = {mark}", (rnd.randint(1, total),)).fetchone()
        for _ in range(n)]
    conn.rollback()  # psycopg opened a transaction; the floor starts its own
    return {
        "account_number": [r[0] for r in rows],
        "customer_number": [r[1] for r in rows],
        "name_prefix": [r[2][: max(3, min(6, len(r[2])))] for r in rows],
        "address_fragment": [r[3].split()[0][:5] for r in rows if r[3]],
        "phone": [r[4] for r in rows if r[4]],
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def time_both(service: Callable[[str], object], floor: Callable[[str], object],
              inputs: list[str]) -> dict[str, list[float]]:
    """Time the service and the floor on each input in turn, so both meet the same machine noise.

    The order alternates from one input to the next: whichever runs first on an input reads its
    pages into the cache, and the second would otherwise always find them there. Besides the wall
    time, this thread's CPU time: on a busy machine it tells the work from the waiting (on
    PostgreSQL it leaves out the server's work).
    """
    for text in inputs[:10]:  # warm the statement caches as a counter in use would be
        service(text)
        floor(text)
    times: dict[str, list[float]] = {"service": [], "floor": [], "service_cpu": [], "floor_cpu": []}
    pairs = (("service", service), ("floor", floor))
    for i, text in enumerate(inputs):
        for name, fn in (pairs if i % 2 == 0 else pairs[::-1]):
            cpu, started = time.thread_time(), time.perf_counter()
            fn(text)
            times[name].append((time.perf_counter() - started) * 1000)
            times[f"{name}_cpu"].append((time.thread_time() - cpu) * 1000)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accounts", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--pg", default=os.environ.get("CASHIER_TEST_PG_URL", ""),
                    help="PostgreSQL URL (default: CASHIER_TEST_PG_URL; empty: SQLite)")
    ap.add_argument("--db", help="SQLite file to build or reuse (default: a cache in the temp folder)")
    ap.add_argument("--out", help="JSON result (default: bench/results/lookup[-postgresql][-Nm].json)")
    args = ap.parse_args()
    database = "postgresql" if args.pg else "sqlite"
    if args.pg:
        url, floor = postgresql_database(args.pg, args.accounts)
        mark = "%s"
    else:
        path = Path(args.db) if args.db else Path(tempfile.gettempdir()) / f"cashier-bench-{args.accounts}.db"
        url, floor = sqlite_database(path, args.accounts)
        mark = "?"
    suffix = ("-postgresql" if args.pg else "") + ("" if args.accounts == 1_000_000 else
                                                   f"-{args.accounts / 1e6:g}m")
    out_path = Path(args.out) if args.out else Path(__file__).parent / "results" / f"lookup{suffix}.json"
    inputs = samples(floor.conn, mark, args.queries)
    db = open_database(url)
    load_before = os.getloadavg()
    results = {}
    with db.read() as session:
        for kind, texts in inputs.items():
            t = time_both(lambda text: search_accounts(session, text), floor.lookup, texts)
            p50, p95 = statistics.median(t["service"]), percentile(t["service"], 0.95)
            f50, f95 = statistics.median(t["floor"]), percentile(t["floor"], 0.95)
            results[kind] = {
                "queries": len(texts),
                "p50_ms": round(p50, 3), "p95_ms": round(p95, 3),
                "floor_p50_ms": round(f50, 3), "floor_p95_ms": round(f95, 3),
                "ratio_p50": round(p50 / f50, 2), "ratio_p95": round(p95 / f95, 2),
                "met": p95 <= TARGET_P95_MS[database] and p95 <= TARGET_RATIO * f95,
                "cpu_p95_ms": round(percentile(t["service_cpu"], 0.95), 3),
                "floor_cpu_p95_ms": round(percentile(t["floor_cpu"], 0.95), 3),
            }
            r = results[kind]
            print(f"{kind:<17} service p50 {r['p50_ms']:6.3f} p95 {r['p95_ms']:6.3f} ms | floor p50 "
                  f"{r['floor_p50_ms']:6.3f} p95 {r['floor_p95_ms']:6.3f} ms | ratio p50 {r['ratio_p50']} "
                  f"p95 {r['ratio_p95']} | CPU p95 {r['cpu_p95_ms']:.3f}/{r['floor_cpu_p95_ms']:.3f} ms")
    db.dispose()
    out = {
        "benchmark": "lookup", "accounts": args.accounts, "database": database,
        "floor": "psycopg" if args.pg else "sqlite3",
        "targets": {"p95_ms": TARGET_P95_MS[database], "ratio_p95": TARGET_RATIO},
        "machine": {"cpus": os.cpu_count(), "cpu": _cpu_model(), "python": platform.python_version(),
                    "load_average_before": [round(x, 2) for x in load_before],
                    "load_average_after": [round(x, 2) for x in os.getloadavg()]},
        "results": results,
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {out_path}", file=sys.stderr)
    return 0


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


if __name__ == "__main__":
    sys.exit(main())
