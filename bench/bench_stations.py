"""Several stations posting at once: payments per second in all and p95 post latency per station.

    python bench/bench_stations.py [--pg URL] [--stations 4] [--payments 500] [--accounts 50] [--hot] [--out FILE]

Without --pg (or env CASHIER_TEST_PG_URL) it measures SQLite with the given stations (use
--stations 1 for the single-station figure). Each station is a separate process running
tests/integration/poster.py; throughput is counted from the first post to the last. --hot makes
every station pay one account (a large business paid at every window); each run also counts the
receipts whose previous balance was not the account's true balance at that moment (must be 0).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cashier_app.db import Database, make_engine, upgrade  # noqa: E402
from cashier_app.models import Role  # noqa: E402
from tests.factories import make_account, make_station, make_user  # noqa: E402
from tests.integration.invariants import allocations_in_commit_order, stale_previous_balances  # noqa: E402
from tests.integration.poster import PASSWORD  # noqa: E402


def fresh_database(pg_url: str | None, folder: Path) -> tuple[Database, str]:
    if pg_url:
        from bench_support import fresh_schema

        url = fresh_schema(pg_url, "bench_stations")
    else:
        url = f"sqlite:///{folder / 'bench.db'}"
    db = Database(make_engine(url))
    upgrade(db)
    return db, url


def station_home(folder: Path, n: int) -> Path:
    """Station n's own home folder, as on its own PC: a copy of the shared audit.key, and its own
    audit head witness (four stations writing one witness file is not a real installation)."""
    home = folder / f"S{n}"
    home.mkdir(mode=0o700, exist_ok=True)
    key = home / "audit.key"
    if not key.exists():
        shutil.copy2(folder / "audit.key", key)
    return home


def loadavg() -> list[float]:
    """The machine's load average (1, 5, 15 minutes): the figure is only comparable beside it."""
    return [float(v) for v in Path("/proc/loadavg").read_text().split()[:3]] if Path("/proc/loadavg").exists() else []


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run_stations(args, pg: str, folder: Path):  # noqa: ANN001, ANN201
    """(per station figures, each post's time stamp, stale receipts, accounts paid), or None if a station failed."""
    os.environ["CASHIER_HOME"] = str(folder)
    db, url = fresh_database(pg, folder)
    for n in range(1, args.stations + 1):
        make_station(db, f"S{n}", f"S{n}")
        make_user(db, f"cashier{n}", roles=(Role.CASHIER,), station=f"S{n}", password=PASSWORD)
    accounts = 1 if args.hot else args.accounts
    opening = {make_account(db, f"5{i:06d}", f"5{i:05d}", last=f"Bench{i}", balance="100000.00"): Decimal("100000.00")
               for i in range(accounts)}
    procs = [subprocess.Popen([sys.executable, "-m", "tests.integration.poster", url, f"S{n}", f"cashier{n}",
                               str(args.payments), str(n)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "CASHIER_HOME": str(station_home(folder, n))})
             for n in range(1, args.stations + 1)]
    per_station, stamps = {}, []
    for n, proc in enumerate(procs, start=1):
        out, _ = proc.communicate()
        if proc.returncode:
            print(f"station S{n} failed", file=sys.stderr)
            return None
        rows = [line.split() for line in out.splitlines() if line.startswith("posted ")]
        latencies = [float(r[2]) for r in rows]
        stamps += [float(r[3]) for r in rows]
        per_station[f"S{n}"] = {"payments": len(rows), "p50_ms": round(percentile(latencies, 0.5), 2),
                                "p95_ms": round(percentile(latencies, 0.95), 2)}
    stale = stale_previous_balances(allocations_in_commit_order(db), opening)
    db.dispose()
    return per_station, stamps, stale, accounts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pg", default=os.environ.get("CASHIER_TEST_PG_URL", ""))
    ap.add_argument("--sqlite", action="store_true", help="measure SQLite even if a PostgreSQL URL is set")
    ap.add_argument("--stations", type=int, default=4)
    ap.add_argument("--payments", type=int, default=500, help="per station")
    ap.add_argument("--accounts", type=int, default=50, help="accounts the stations pay (chosen at random)")
    ap.add_argument("--hot", action="store_true", help="all stations pay one account (same as --accounts 1)")
    ap.add_argument("--out")
    args = ap.parse_args()
    pg = "" if args.sqlite else args.pg
    folder = Path(tempfile.mkdtemp(prefix="cashier-bench-"))
    load_before = loadavg()
    try:  # the folder (homes, audit keys, SQLite's file) goes when the run ends, whatever happens
        ran = run_stations(args, pg, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if ran is None:
        return 1
    per_station, stamps, stale, accounts = ran
    total = sum(s["payments"] for s in per_station.values())
    elapsed = max(stamps) - min(stamps)
    result = {
        "benchmark": "stations", "database": "postgresql" if pg else "sqlite", "stations": args.stations,
        "accounts": accounts, "payments": total, "seconds": round(elapsed, 2), "payments_per_second": round(total / elapsed, 1),
        "worst_station_p95_ms": max(s["p95_ms"] for s in per_station.values()), "per_station": per_station,
        "stale_previous_balances": len(stale), "loadavg_before": load_before, "loadavg_after": loadavg(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
    }
    out = Path(args.out or ROOT / "bench" / "results" / f"stations-{result['database']}-{args.stations}{'-hot' if accounts == 1 else ''}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "per_station"}))
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
