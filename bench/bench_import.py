"""Benchmark: import the full monthly billing extract for N accounts (default 1,000,000).

    .venv/bin/python bench/bench_import.py [--accounts N] [--sqlite] [--out FILE]

Generates, deterministically (the same N gives the same bytes), the four files of one month's
extract: 0.8 N customers, N accounts (the accounts beyond the first 0.8 N belong to customers who
already hold one), one bill per account with 2 to 5 service lines, and one usage reading per
metered service per account. Then, in a child process (so that generating the files does not
count), it imports the four files into a fresh database (customers, accounts, bills, usage, one
``import_files`` call each), and imports the same four files again (nothing changes). Another
child measures the floor: the same files read and checked by the import's own reader (csv module
and every field check, no database), and the csv module alone.

PostgreSQL when CASHIER_TEST_PG_URL is set (a schema ``bench_import`` of its own, dropped after),
SQLite otherwise (``--sqlite`` forces SQLite). JSON goes to bench/results/import.json or
import-postgresql.json: per file and in all ``seconds``, ``floor_seconds``, ``peak_rss_mb`` (the
importer; ``reader_peak_rss_mb`` is the reader process beside it, ``peak_rss_with_reader_mb`` both),
``cpu_seconds`` and ``reader_cpu_seconds`` (the reader process's CPU),
``reimport_seconds``, rows/s; with the machine and its load average before and after.
Target (issue 14): ≤ 90 s in all and ≤ 400 MB for 1,000,000 accounts; the re-import ≤ 60 s.
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
KINDS = ("customers", "accounts", "bills", "usage")
TARGET_SECONDS, TARGET_REIMPORT_SECONDS, TARGET_RSS_MB = 90.0, 60.0, 400.0
PG_SCHEMA = "bench_import"
LAST = ["Smith", "Johnson", "O'Brien", "Dupré", "Núñez", "McAllister", "D'Angelo", "Washington", "Lefèvre",
        "Hamrick", "Bridges", "Çelik", "Ó Súilleabháin", "Greene", "Blanton", "Wilson", "Lattimore", "Hoyle"]
FIRST = ["Renée", "José", "Patrick", "Zoë", "Mary-Kate", "Gloria", "Hélène", "Ayşe", "James", "Linda",
         "Robert", "Siobhán", "Tyrone", "Grace", "Wei", "Ana", "Dale", "Brenda"]
STREETS = ["W Marion St", "E Dixon Blvd", "S Lafayette St", "N Post Rd", "Grover St", "Sumter St",
           "Cherryville Rd", "Buffalo St", "E Warren St", "W Warren St", "Oak Ct", "Fallston Rd",
           "S Washington St", "Kings Rd", "Earl Rd", "Country Club Rd"]
# 2 to 5 services per account: a bill has one line per service, usage one reading per metered one.
SERVICE_MIXES = [("electric", "water", "sewer", "refuse"), ("electric", "water", "sewer"), ("electric", "refuse"),
                 ("water", "sewer"), ("electric", "water", "sewer", "gas", "refuse"), ("electric", "gas")]
BILL_SERVICES = ("electric", "water", "sewer", "gas", "refuse")
UNITS = {"electric": "kWh", "water": "gal", "sewer": "gal", "gas": "CCF"}
CHARGE_CENTS = {"electric": (2500, 32000), "water": (1500, 9000), "sewer": (1200, 8000), "gas": (900, 15000),
                "refuse": (1200, 1200)}
QUANTITY = {"electric": (150, 2600), "water": (800, 12000), "sewer": (800, 12000), "gas": (5, 140)}
# Four billing cycles in the month: bill, due and reading dates per cycle.
CYCLES = [("2025-04-01", "2025-04-21", "2025-03-01", "2025-03-31"),
          ("2025-04-08", "2025-04-28", "2025-03-08", "2025-04-07"),
          ("2025-04-15", "2025-05-05", "2025-03-15", "2025-04-14"),
          ("2025-04-22", "2025-05-12", "2025-03-22", "2025-04-21")]


def _dollars(cents: int) -> str:
    return f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def generate(folder: Path, accounts: int, seed: int = 20250501) -> dict[str, Path]:
    """Write the four files into ``folder``; the same seed and size give the same bytes."""
    rng = random.Random(seed)
    customers = max(1, accounts * 4 // 5)
    paths = {kind: folder / f"{kind}.csv" for kind in KINDS}
    with open(paths["customers"], "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["customer_number", "last_name", "first_name", "mailing_address1", "mailing_address2",
                      "city", "state", "zip", "phone", "email"])
        for n in range(customers):
            out.writerow([f"C{n:08d}", rng.choice(LAST), rng.choice(FIRST),
                          f"{rng.randint(1, 9999)} {rng.choice(STREETS)}", "", "Shelby", "NC",
                          rng.choice(["28150", "28151", "28152"]), f"704-555-{n % 10000:04d}", ""])
    with open(paths["accounts"], "w", encoding="utf-8", newline="") as accounts_fh, \
            open(paths["bills"], "w", encoding="utf-8", newline="") as bills_fh, \
            open(paths["usage"], "w", encoding="utf-8", newline="") as usage_fh:
        account_out, bill_out, usage_out = csv.writer(accounts_fh), csv.writer(bills_fh), csv.writer(usage_fh)
        account_out.writerow(["account_number", "customer_number", "service_address", "services", "status",
                              "cash_only", "balance", "balance_as_of", "payments_through"])
        bill_out.writerow(["account_number", "bill_date", "due_date", "draft_date", "final_bill", "total",
                           *BILL_SERVICES])
        usage_out.writerow(["account_number", "service", "period_start", "period_end", "quantity", "unit"])
        for n in range(accounts):
            number = f"A{n:09d}"
            owner = n if n < customers else rng.randrange(customers)
            mix = rng.choice(SERVICE_MIXES)
            status = "active" if rng.random() < 0.93 else "final"
            account_out.writerow([number, f"C{owner:08d}", f"{rng.randint(1, 9999)} {rng.choice(STREETS)}",
                                  ";".join(mix), status, "Y" if rng.random() < 0.02 else "N",
                                  _dollars(rng.randint(-5000, 60000)), "2025-04-30T18:00:00-04:00", "2025-04-29"])
            bill_date, due, start, end = CYCLES[n % len(CYCLES)]
            charges = {s: rng.randint(*CHARGE_CENTS[s]) for s in mix}
            bill_out.writerow([number, bill_date, due, due if rng.random() < 0.12 else "",
                               "Y" if status == "final" else "N", _dollars(sum(charges.values())),
                               *(_dollars(charges[s]) if s in charges else "" for s in BILL_SERVICES)])
            for service in mix:
                if service in UNITS:
                    quantity = rng.randint(*QUANTITY[service])
                    usage_out.writerow([number, service, start, end,
                                        f"{quantity:,}" if quantity >= 10000 else quantity,
                                        UNITS[service] if rng.random() < 0.9 else ""])
    return paths


def _peak_rss_mb() -> float:
    """Peak resident memory since the last reset (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _reset_peak_rss() -> bool:
    """Start measuring the peak again from the present size (Linux: clear_refs 5)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _row_counts(db) -> dict[str, int]:  # noqa: ANN001
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return {t: list(conn.execute(text(f"SELECT count(*), coalesce(max(id), 0) FROM {t}")).one())
                for t in ("customers", "accounts", "bills", "bill_lines", "usage_readings")}


def _children_cpu() -> float:
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


class _ChildMemory:
    """The highest peak resident memory (VmHWM) of this process's children (the import's reader
    processes), looked at five times a second. (getrusage's children peak counts the importer's own
    pages the child shared between fork and exec.)"""

    def __init__(self) -> None:
        import threading

        self.peak_mb, self._done = 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        me = str(os.getpid())
        while not self._done.wait(0.2):
            for entry in os.scandir("/proc"):
                if not entry.name.isdigit():
                    continue
                try:
                    stat = Path(entry.path, "stat").read_text()
                    if stat.rsplit(")", 1)[1].split()[1] != me:
                        continue
                    for line in Path(entry.path, "status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peak_mb = max(self.peak_mb, round(int(line.split()[1]) / 1024, 1))
                except (OSError, IndexError):
                    continue

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def child_import(folder: Path, url: str, in_process: bool = False, readers: str | None = None) -> dict:
    """Runs in a fresh interpreter: import the four files, then the same four again."""
    os.environ["CASHIER_HOME"] = str(folder / "home")
    sys.path.insert(0, str(ROOT))
    from cashier_app.db import open_database
    from cashier_app.services import extract_process
    from cashier_app.services.access import system_actor
    from cashier_app.services.importing import import_files

    if in_process:  # --in-process: every file read in the importer's own process, to compare
        extract_process.PROCESS_BYTES = 1 << 62
    if readers is not None:  # --readers KINDS: only these kinds read in a reader process, to compare
        kinds = frozenset(readers.split(","))
        extract_process.READ_ELSEWHERE, extract_process.SENT_STORED = (
            kinds & extract_process.READ_ELSEWHERE, kinds & extract_process.SENT_STORED)

    db = open_database(url)
    actor, result = system_actor("BENCH"), {"first": {}, "again": {}}
    watch = _ChildMemory()
    for run in ("first", "again"):
        for kind in KINDS:
            _reset_peak_rss()
            started, cpu, reader = time.perf_counter(), time.process_time(), _children_cpu()
            report = import_files(db, actor, [folder / f"{kind}.csv"])
            result[run][kind] = {
                "seconds": round(time.perf_counter() - started, 2),
                "cpu_seconds": round(time.process_time() - cpu, 2),
                # the reader process's CPU (services/extract_process.py: a file this large is read there)
                "reader_cpu_seconds": round(_children_cpu() - reader, 2), "rows": report.rows_read,
                "kept": report.rows_kept, "rejected": report.rows_rejected, "peak_rss_mb": _peak_rss_mb()}
        result[f"tables_after_{run}"] = _row_counts(db)
    watch.stop()
    # The largest reader process's peak (it runs beside the importer: the two together are the import's memory).
    result["reader_peak_rss_mb"] = watch.peak_mb
    db.dispose()
    if url.startswith("sqlite"):
        result["database_mb"] = round((folder / "bench.db").stat().st_size / 2**20, 1)
    return result


def child_floor(folder: Path) -> dict:
    """Runs in a fresh interpreter: read each file as the import does, without a database.

    ``seconds``: the import's own reader (csv module, every field check, the rows it yields).
    ``csv_seconds``: the csv module alone (the part no import can avoid)."""
    sys.path.insert(0, str(ROOT))
    from cashier_app.services.extract_rows import ExtractReader, recognize

    result = {}
    for kind in KINDS:
        path = folder / f"{kind}.csv"
        with open(path, encoding="utf-8-sig", newline="") as fh:
            layout = recognize(next(csv.reader(fh)))
        _reset_peak_rss()
        started, cpu = time.perf_counter(), time.process_time()
        rows = refused = 0
        for row in ExtractReader(path, layout):
            rows += 1
            refused += row.reason is not None
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
        peak = _peak_rss_mb()
        started = time.perf_counter()
        with open(path, encoding="utf-8-sig", newline="") as fh:
            for _fields in csv.reader(fh):
                pass
        result[kind] = {"seconds": round(seconds, 2), "cpu_seconds": round(cpu_seconds, 2), "rows": rows,
                        "refused": refused, "peak_rss_mb": peak,
                        "csv_seconds": round(time.perf_counter() - started, 2)}
    return result


def fresh_database(pg_url: str, folder: Path) -> str:
    """The URL of an empty database for this run: a schema of its own on PostgreSQL."""
    if not pg_url:
        return f"sqlite:///{folder / 'bench.db'}"
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import text

    from cashier_app.db import Database, make_engine

    admin = Database(make_engine(pg_url))
    with admin.engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {PG_SCHEMA}"))
    admin.dispose()
    return f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{PG_SCHEMA}"


def drop_schema(pg_url: str) -> None:
    from sqlalchemy import text

    from cashier_app.db import Database, make_engine

    admin = Database(make_engine(pg_url))
    with admin.engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
    admin.dispose()


def machine(pg_url: str) -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    import sqlite3

    info = {"nproc": os.cpu_count(), "cpu_model": cpu, "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "platform": platform.platform()}
    if pg_url:
        from sqlalchemy import text

        from cashier_app.db import make_engine

        engine = make_engine(pg_url)
        with engine.connect() as conn:
            info["postgresql"] = conn.execute(text("SHOW server_version")).scalar()
        engine.dispose()
    return info


def _child(*args: str) -> dict:
    run = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        raise SystemExit(1)
    return json.loads(run.stdout.strip().splitlines()[-1])


def _rate(rows: int, seconds: float) -> int | None:
    return round(rows / seconds) if seconds else None


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--accounts", "--rows", type=int, default=1_000_000, dest="accounts",
                   help="accounts in the extract (default 1,000,000; e.g. 100000 for a quick run)")
    p.add_argument("--sqlite", action="store_true", help="SQLite even when CASHIER_TEST_PG_URL is set")
    p.add_argument("--out", type=Path, help="JSON file (default bench/results/import[-postgresql].json)")
    p.add_argument("--in-process", action="store_true",
                   help="read every file in the importer's own process (no reader process), to compare")
    p.add_argument("--readers", metavar="KINDS", help="only these kinds (e.g. customers,accounts) read in a "
                   "reader process (default: those two, and bills and usage on SQLite), to compare")
    p.add_argument("--child-import", nargs=2, metavar=("FOLDER", "URL"), help=argparse.SUPPRESS)
    p.add_argument("--child-floor", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child_import:
        print(json.dumps(child_import(Path(args.child_import[0]), args.child_import[1], args.in_process,
                                      args.readers)))
        return 0
    if args.child_floor:
        print(json.dumps(child_floor(args.child_floor)))
        return 0
    pg_url = "" if args.sqlite else os.environ.get("CASHIER_TEST_PG_URL", "")
    database = "postgresql" if pg_url else "sqlite"
    out = args.out or ROOT / "bench" / "results" / ("import-postgresql.json" if pg_url else "import.json")
    host = machine(pg_url)
    load_before = [round(x, 2) for x in os.getloadavg()]
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        paths = generate(folder, args.accounts)
        generated = round(time.perf_counter() - started, 1)
        sizes = {kind: round(path.stat().st_size / 2**20, 1) for kind, path in paths.items()}
        floor = _child("--child-floor", str(folder))
        load_floor = [round(x, 2) for x in os.getloadavg()]
        url = fresh_database(pg_url, folder)
        try:
            measured = _child("--child-import", str(folder), url, *(["--in-process"] if args.in_process else []),
                              *(["--readers", args.readers] if args.readers is not None else []))
        finally:
            if pg_url:
                drop_schema(pg_url)
    load_after = [round(x, 2) for x in os.getloadavg()]
    files = {}
    for kind in KINDS:
        first, again, bare = measured["first"][kind], measured["again"][kind], floor[kind]
        files[kind] = {
            "rows": first["rows"], "csv_mb": sizes[kind], "kept": first["kept"], "rejected": first["rejected"],
            "seconds": first["seconds"], "cpu_seconds": first["cpu_seconds"],
            "reader_cpu_seconds": first["reader_cpu_seconds"],
            "rows_per_second": _rate(first["rows"], first["seconds"]),
            "floor_seconds": bare["seconds"], "floor_cpu_seconds": bare["cpu_seconds"],
            "csv_only_seconds": bare["csv_seconds"], "floor_peak_rss_mb": bare["peak_rss_mb"],
            "peak_rss_mb": first["peak_rss_mb"],
            "reimport_seconds": again["seconds"], "reimport_cpu_seconds": again["cpu_seconds"],
            "reimport_reader_cpu_seconds": again["reader_cpu_seconds"],
            "reimport_rows_per_second": _rate(again["rows"], again["seconds"]),
            "reimport_peak_rss_mb": again["peak_rss_mb"], "reimport_kept": again["kept"]}
    total = lambda key: round(sum(f[key] for f in files.values()), 2)  # noqa: E731
    rows = sum(f["rows"] for f in files.values())
    seconds, reimport = total("seconds"), total("reimport_seconds")
    peak = max(max(f["peak_rss_mb"], f["reimport_peak_rss_mb"]) for f in files.values())
    reader_peak = measured["reader_peak_rss_mb"]
    result = {
        "benchmark": "import", "database": database, "accounts": args.accounts, "rows": rows,
        "reader": "in the importer's process" if args.in_process else "a second process for files of 8 MB or more",
        "readers": args.readers,  # --readers: the kinds read in a reader process (None: the default ones)
        "seconds": seconds, "cpu_seconds": total("cpu_seconds"), "reader_cpu_seconds": total("reader_cpu_seconds"),
        "floor_seconds": total("floor_seconds"),
        "csv_only_seconds": total("csv_only_seconds"), "peak_rss_mb": peak, "reader_peak_rss_mb": reader_peak,
        "peak_rss_with_reader_mb": round(peak + reader_peak, 1),
        "rows_per_second": _rate(rows, seconds), "reimport_seconds": reimport,
        "reimport_cpu_seconds": total("reimport_cpu_seconds"),
        "reimport_reader_cpu_seconds": total("reimport_reader_cpu_seconds"),
        "reimport_rows_per_second": _rate(rows, reimport),
        "ratio_to_floor": round(seconds / total("floor_seconds"), 2) if total("floor_seconds") else None,
        "reimport_changed_nothing": measured["tables_after_first"] == measured["tables_after_again"],
        "tables": measured["tables_after_first"], "files": files, "generate_seconds": generated,
        "database_mb": measured.get("database_mb"),
        "target": {"seconds": TARGET_SECONDS, "reimport_seconds": TARGET_REIMPORT_SECONDS,
                   "peak_rss_mb": TARGET_RSS_MB, "accounts": 1_000_000},
        # The targets are for 1,000,000 accounts: a smaller run says nothing about them.
        "meets_target": (seconds <= TARGET_SECONDS and reimport <= TARGET_REIMPORT_SECONDS
                         and peak + reader_peak <= TARGET_RSS_MB)
        if args.accounts >= 1_000_000 else None,
        "machine": host, "load_average": {"before": load_before, "after_floor": load_floor, "after": load_after},
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("database", "accounts", "rows", "seconds", "cpu_seconds",
                                             "reader_cpu_seconds", "floor_seconds", "peak_rss_mb",
                                             "peak_rss_with_reader_mb", "reimport_seconds",
                                             "reimport_cpu_seconds", "reimport_reader_cpu_seconds", "meets_target")}))
    for kind, f in files.items():
        print(f"  {kind:9} {f['rows']:>9,} rows  {f['seconds']:7.2f} s (floor {f['floor_seconds']:6.2f} s, "
              f"csv {f['csv_only_seconds']:5.2f} s)  {f['peak_rss_mb']:6.1f} MB  again {f['reimport_seconds']:7.2f} s")
    print(f"  load average before {load_before}, after {load_after}")
    if result["meets_target"] is False:
        print("  target missed (meets_target false in the JSON)")
    return 0  # a missed target is a figure, not a failure: `make bench` goes on to the next benchmark


if __name__ == "__main__":
    sys.exit(main())
