"""Benchmark: import a billing extract of N accounts (default 1,000,000) into a fresh SQLite file.

    .venv/bin/python bench/bench_import.py [--rows N] [--out bench/results/import.json]

Generates, deterministically, an accounts CSV of N rows and the customers CSV it references
(0.8 N customers; the rest of the accounts belong to customers who already hold one), then
imports customers and accounts in a child process, so that the memory used to generate the
files does not count, and writes wall times and peak RSS as JSON. Target (DESIGN): 1,000,000
accounts in under 60 s and under 400 MB peak RSS on the 2-core build machine.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS, TARGET_RSS_MB = 60.0, 400.0
LAST = ["Smith", "Johnson", "O'Brien", "Dupré", "Núñez", "McAllister", "D'Angelo", "Washington", "Lefèvre",
        "Hamrick", "Bridges", "Çelik", "Ó Súilleabháin", "Greene", "Blanton", "Wilson", "Lattimore", "Hoyle"]
FIRST = ["Renée", "José", "Patrick", "Zoë", "Mary-Kate", "Gloria", "Hélène", "Ayşe", "James", "Linda",
         "Robert", "Siobhán", "Tyrone", "Grace", "Wei", "Ana", "Dale", "Brenda"]
STREETS = ["W Marion St", "E Dixon Blvd", "S Lafayette St", "N Post Rd", "Grover St", "Sumter St",
           "Cherryville Rd", "Buffalo St", "E Warren St", "W Warren St", "Oak Ct", "Fallston Rd",
           "S Washington St", "Kings Rd", "Earl Rd", "Country Club Rd"]
SERVICE_MIXES = ["electric;water;sewer;refuse", "electric;water;sewer", "electric", "water;sewer",
                 "electric;water;sewer;gas;refuse", "electric;gas"]


def generate(folder: Path, accounts: int, seed: int = 20250501) -> tuple[Path, Path, int]:
    """Write customers.csv and accounts.csv into ``folder``; the same seed gives the same bytes."""
    rng = random.Random(seed)
    customers = max(1, accounts * 4 // 5)
    customers_csv, accounts_csv = folder / "customers.csv", folder / "accounts.csv"
    with open(customers_csv, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["customer_number", "last_name", "first_name", "mailing_address1", "mailing_address2",
                      "city", "state", "zip", "phone", "email"])
        for n in range(customers):
            out.writerow([f"C{n:08d}", rng.choice(LAST), rng.choice(FIRST),
                          f"{rng.randint(1, 9999)} {rng.choice(STREETS)}", "", "Shelby", "NC",
                          rng.choice(["28150", "28151", "28152"]), f"704-555-{n % 10000:04d}", ""])
    with open(accounts_csv, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["account_number", "customer_number", "service_address", "services", "status",
                      "cash_only", "balance", "balance_as_of"])
        for n in range(accounts):
            owner = n if n < customers else rng.randrange(customers)
            cents = rng.randint(-5000, 60000)
            balance = f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02d}"
            out.writerow([f"A{n:09d}", f"C{owner:08d}", f"{rng.randint(1, 9999)} {rng.choice(STREETS)}",
                          rng.choice(SERVICE_MIXES), "active" if rng.random() < 0.93 else "final",
                          "Y" if rng.random() < 0.02 else "N", balance, "2025-04-30T18:00:00-04:00"])
    return customers_csv, accounts_csv, customers


def child(folder: Path) -> dict:
    """Runs in a fresh interpreter: import both files and measure time and peak memory."""
    import resource

    os.environ["CASHIER_HOME"] = str(folder / "home")
    sys.path.insert(0, str(ROOT))
    from cashier_app.db import open_database
    from cashier_app.services.access import system_actor
    from cashier_app.services.importing import import_files

    db = open_database(str(folder / "bench.db"))
    actor, timings = system_actor("BENCH"), {}
    for name in ("customers", "accounts"):
        started, cpu = time.perf_counter(), time.process_time()
        report = import_files(db, actor, [folder / f"{name}.csv"])
        timings[name] = {"seconds": round(time.perf_counter() - started, 2),
                         "cpu_seconds": round(time.process_time() - cpu, 2), "rows": report.rows_read,
                         "kept": report.rows_kept, "rejected": report.rows_rejected,
                         "peak_rss_mb_so_far": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    db.dispose()
    timings["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux
    timings["database_mb"] = round((folder / "bench.db").stat().st_size / 2**20, 1)
    return timings


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    import sqlite3

    # Other work on the machine slows the wall time; the load average says how busy it was.
    return {"nproc": os.cpu_count(), "cpu_model": cpu, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "platform": platform.platform(),
            "load_average_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000, help="accounts to generate (default 1,000,000)")
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "import.json")
    p.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    host = machine()  # before the run: the load average then says how busy others kept the machine
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        _, accounts_csv, customers = generate(folder, args.rows)
        generated = round(time.perf_counter() - started, 1)
        size_mb = round(accounts_csv.stat().st_size / 2**20, 1)
        run = subprocess.run([sys.executable, __file__, "--child", str(folder)], capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stderr)
            return 1
        measured = json.loads(run.stdout.strip().splitlines()[-1])
    accounts = measured["accounts"]
    result = {
        "benchmark": "import", "accounts_rows": args.rows, "customers_rows": customers,
        "accounts_csv_mb": size_mb, "generate_seconds": generated,
        "customers_seconds": measured["customers"]["seconds"], "accounts_seconds": accounts["seconds"],
        "accounts_cpu_seconds": accounts["cpu_seconds"],
        "total_import_seconds": round(measured["customers"]["seconds"] + accounts["seconds"], 2),
        "accounts_rows_per_second": round(args.rows / accounts["seconds"]) if accounts["seconds"] else None,
        "peak_rss_mb": measured["peak_rss_mb"], "database_mb": measured["database_mb"],
        "rejected": measured["customers"]["rejected"] + accounts["rejected"],
        "target": {"accounts_seconds": TARGET_SECONDS, "peak_rss_mb": TARGET_RSS_MB},
        "meets_target": accounts["seconds"] < TARGET_SECONDS and measured["peak_rss_mb"] < TARGET_RSS_MB,
        "detail": measured, "machine": host, "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("accounts_rows", "customers_seconds", "accounts_seconds",
                                             "accounts_cpu_seconds", "peak_rss_mb", "meets_target")}))
    return 0 if result["meets_target"] or args.rows < 1_000_000 else 2


if __name__ == "__main__":
    sys.exit(main())
