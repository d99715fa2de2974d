"""CPU time of one counter post, the station's and the database server's, one station posting alone.

    python bench/bench_post_cpu.py [--pg URL] [--payments 1000] [--accounts 50] [--profile FILE] [--out FILE]

Several stations on one 2-core machine share the cores with the server, so what limits
``bench_stations.py`` there is the CPU each post costs, not its waiting. This measures it without
the noise of wall-clock time: the posting process's own CPU (``time.process_time``) and its server
process's (PostgreSQL: the backend's utime + stime from /proc, so the server must be on this
machine), per post, over the same posts as ``tests/integration/poster.py`` makes (1 or 2 accounts,
cash). ``--profile FILE`` also writes the posting loop's cProfile stats (``python -m pstats FILE``).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cashier_app.db import Database, make_engine, open_database, upgrade  # noqa: E402
from cashier_app.models import Role  # noqa: E402
from cashier_app.services.payments import (  # noqa: E402
    AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.users import authenticate  # noqa: E402
from tests.factories import make_account, make_station, make_user  # noqa: E402

PASSWORD = "counter-station-pass-1"


def server_cpu_seconds(db: Database) -> float | None:
    """CPU seconds used so far by the server process serving this station's pooled connection."""
    if db.is_sqlite:
        return None
    from sqlalchemy import text

    with db.read() as s:
        pid = s.scalar(text("SELECT pg_backend_pid()"))
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def requests(count: int, account_ids: list[int], seed: int = 1) -> list[PaymentRequest]:
    rnd, made = random.Random(seed), []
    for _ in range(count):
        picked = rnd.sample(account_ids, min(len(account_ids), rnd.choice([1, 1, 1, 2])))
        allocations = tuple(AllocationRequest(a, Decimal(rnd.randint(1, 20000)) / 100) for a in picked)
        total = sum(a.amount for a in allocations)
        tenders = (TenderRequest("cash", total + Decimal(rnd.randint(0, 2000)) / 100),)
        made.append(PaymentRequest(new_client_token(), allocations, tenders, accept_credit=True))
    return made


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pg", default=os.environ.get("CASHIER_TEST_PG_URL", ""))
    ap.add_argument("--sqlite", action="store_true", help="measure SQLite even if a PostgreSQL URL is set")
    ap.add_argument("--schema", default="bench_post_cpu", help="PostgreSQL schema made afresh for the run")
    ap.add_argument("--payments", type=int, default=1000)
    ap.add_argument("--accounts", type=int, default=50)
    ap.add_argument("--profile", help="write the posting loop's cProfile stats here")
    ap.add_argument("--out")
    args = ap.parse_args()
    pg = "" if args.sqlite else args.pg
    folder = Path(tempfile.mkdtemp(prefix="cashier-bench-"))
    try:
        os.environ["CASHIER_HOME"] = str(folder)
        if pg:
            from bench_support import fresh_schema

            url = fresh_schema(pg, args.schema)
        else:
            url = f"sqlite:///{folder / 'bench.db'}"
        setup = Database(make_engine(url))
        upgrade(setup)
        make_station(setup, "S1", "S1")
        make_user(setup, "cashier1", roles=(Role.CASHIER,), station="S1", password=PASSWORD)
        ids = [make_account(setup, f"5{i:06d}", f"5{i:05d}", last=f"Bench{i}", balance="100000.00")
               for i in range(args.accounts)]
        setup.dispose()
        db = open_database(url, migrate=False)
        actor = authenticate(db, "cashier1", PASSWORD, "S1")
        warm, todo = requests(50, ids, seed=2), requests(args.payments, ids)
        for request in warm:  # connection, caches, compiled statements
            post_payment(db, actor, request)
        server0, client0, wall0, times0 = server_cpu_seconds(db), time.process_time(), time.perf_counter(), os.times()
        profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU, not waiting
        if profiler:
            profiler.enable()
        for request in todo:
            post_payment(db, actor, request)
        if profiler:
            profiler.disable()
        client, wall, times = time.process_time() - client0, time.perf_counter() - wall0, os.times()
        server = server_cpu_seconds(db)
        if profiler:
            profiler.dump_stats(args.profile)
        db.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    n = args.payments
    result = {
        "benchmark": "post_cpu", "database": "postgresql" if pg else "sqlite", "payments": n,
        "profiled": bool(profiler),
        "client_cpu_ms_per_post": round(client * 1000 / n, 3),
        "client_system_cpu_ms_per_post": round((times.system - times0.system) * 1000 / n, 3),  # the kernel's part
        "server_cpu_ms_per_post": round((server - server0) * 1000 / n, 3) if server is not None else None,
        "wall_ms_per_post": round(wall * 1000 / n, 3),
        "loadavg": Path("/proc/loadavg").read_text().split()[:3],
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
    }
    out = Path(args.out or ROOT / "bench" / "results" / f"post-cpu-{result['database']}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
