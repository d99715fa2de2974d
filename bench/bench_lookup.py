"""Lookup speed on a large database: the service against hand-written SQL on the same file.

    python bench/bench_lookup.py [--accounts 1000000] [--queries 300] [--db FILE] [--out FILE]

Builds (once, then reuses) a demo database of N accounts without bills, then times each kind of
lookup a cashier does: account number, customer number, name prefix, service-address fragment,
phone. For each kind it runs the same inputs through ``search_accounts`` (SQLAlchemy, what the
window calls) and through hand-written SQL with the ``sqlite3`` module (the floor), and writes
p50/p95 in milliseconds and the ratio to bench/results/lookup.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cashier_app.db import open_database  # noqa: E402
from cashier_app.services.access import system_actor  # noqa: E402
from cashier_app.services.lookup import LOCAL_AREA_CODE, search_accounts  # noqa: E402
from cashier_app.services.search_keys import fold, phone_digits, prefix_upper_bound  # noqa: E402

HITS = """SELECT a.id, a.account_number, c.customer_number, c.first_name, c.last_name, a.service_address,
 c.phone, a.status, a.cash_only FROM accounts a JOIN customers c ON c.id = a.customer_id"""


def _prefix_sql(column: str) -> str:
    return f"{HITS} WHERE {column} >= ? AND {column} < ? ORDER BY {column} LIMIT 50"


def floor_lookup(conn: sqlite3.Connection, text: str) -> int:
    """The same queries as the service, written by hand (the best the database can do)."""
    seen: set[int] = set()

    def run(sql: str, *params: str) -> None:
        for row in conn.execute(sql, params):
            seen.add(row[0])

    compact = text.replace(" ", "").replace("-", "")
    if compact.isdigit():
        run(f"{HITS} WHERE a.account_number = ? LIMIT 50", compact)
        run(f"{HITS} WHERE c.customer_number = ? ORDER BY a.account_number LIMIT 50", compact)
    if re.match(r"^[\d\s().+-]+$", text, re.ASCII):
        digits = phone_digits(text)
        if len(digits) == 7:
            digits = LOCAL_AREA_CODE + digits
        if len(digits) >= 7:
            run(_prefix_sql("c.phone_digits"), digits, prefix_upper_bound(digits))
    key = fold(text)
    if key and len(seen) < 50:
        run(_prefix_sql("a.address_key"), key, prefix_upper_bound(key))
        if not key[0].isdigit():
            for column in ("c.name_key", "c.name_key_first", "a.street_key"):
                if len(seen) >= 50:
                    break
                run(_prefix_sql(column), key, prefix_upper_bound(key))
    return len(seen)


def build(path: Path, accounts: int) -> None:
    from cashier_app.services.demo import make_demo

    db = open_database(str(path))
    started = time.perf_counter()
    make_demo(db, system_actor("S1"), accounts=accounts, months=0)
    print(f"built {accounts:,} accounts in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    db.dispose()


def samples(conn: sqlite3.Connection, n: int, seed: int = 7) -> dict[str, list[str]]:
    rnd = random.Random(seed)
    total = conn.execute("SELECT max(id) FROM accounts").fetchone()[0]
    rows = [conn.execute(
        "SELECT a.account_number, c.customer_number, c.last_name, a.street_key, c.phone FROM accounts a "
        "JOIN customers c ON c.id = a.customer_id WHERE a.id = ?", (rnd.randint(1, total),)).fetchone()
        for _ in range(n)]
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


def time_both(service, floor, inputs: list[str]) -> tuple[list[float], list[float]]:  # noqa: ANN001
    """Time the service and the floor on each input in turn, so both meet the same machine noise."""
    for text in inputs[:10]:  # warm the cache as a counter in use would be
        service(text)
        floor(text)
    times: tuple[list[float], list[float]] = ([], [])
    for text in inputs:
        for fn, out in ((service, times[0]), (floor, times[1])):
            started = time.perf_counter()
            fn(text)
            out.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accounts", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--db", help="database file to build or reuse (default: a cache in the temp folder)")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "lookup.json"))
    args = ap.parse_args()
    path = Path(args.db) if args.db else Path(tempfile.gettempdir()) / f"cashier-bench-{args.accounts}.db"
    if not path.exists():
        os.environ.setdefault("CASHIER_HOME", str(path.parent / "cashier-bench-home"))
        build(path, args.accounts)
    db = open_database(str(path))
    floor_conn = sqlite3.connect(path)
    inputs = samples(floor_conn, args.queries)
    results = {}
    with db.read() as session:
        for kind, texts in inputs.items():
            service, floor = time_both(lambda t: search_accounts(session, t), lambda t: floor_lookup(floor_conn, t),
                                       texts)
            results[kind] = {
                "queries": len(texts),
                "service_p50_ms": round(statistics.median(service), 3),
                "service_p95_ms": round(percentile(service, 0.95), 3),
                "sql_p50_ms": round(statistics.median(floor), 3),
                "sql_p95_ms": round(percentile(floor, 0.95), 3),
                "ratio_p50": round(statistics.median(service) / statistics.median(floor), 2),
                "ratio_p95": round(percentile(service, 0.95) / percentile(floor, 0.95), 2),
            }
            r = results[kind]
            print(f"{kind:<17} service p50 {r['service_p50_ms']:6.3f} p95 {r['service_p95_ms']:6.3f} ms | sql p50 "
                  f"{r['sql_p50_ms']:6.3f} p95 {r['sql_p95_ms']:6.3f} ms | ratio p50 {r['ratio_p50']} p95 {r['ratio_p95']}")
    out = {
        "benchmark": "lookup", "accounts": args.accounts, "database": "sqlite",
        "machine": {"cpus": os.cpu_count(), "cpu": _cpu_model(), "python": platform.python_version()},
        "results": results,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {args.out}", file=sys.stderr)
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
