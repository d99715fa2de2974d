"""Bank draft: a monthly run for 25,000 enrolled accounts, timed and measured.

    python bench/bench_drafts.py [--enrollments 25000] [--runs 3] [--returns 2500] [--out FILE]

Builds a new SQLite database: 25,000 accounts, each with an active enrollment (its bank account
number encrypted with the run's own draft.key) and one bill of $20-$300 on the same draft date,
a tenth of the accounts having paid part of it already (their balance is lower), a few in credit.
The set-up uses bulk core inserts; the run goes through the service, as a supervisor makes it.

Measured, each in a fresh child process so its memory is the run's own (peak RSS by
``resource.getrusage``): ``make_run`` in full (the query, the locked balances, the file built and
written, the 25,000 bank-draft payments, allocations, tenders, entries and their audit events, one
transaction). Target: under 5 s and 300 MB. Between runs the run is voided (timed too), so each
run drafts the same bills again. Writes bench/results/drafts.json with one section per
measurement: "run", and "returns": a 2,500-entry return file applied (target under 2 s), measured
by bench/bench_draft_returns.py in its own process and copied here.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

D = Decimal
TARGET_S, TARGET_MB = 5.0, 300
TODAY = dt.date(2026, 12, 1)  # a Tuesday; the clock is set there so the lead time holds
DRAFT_DATE = dt.date(2026, 12, 10)
NOW = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.timezone.utc)
ORIGIN = {
    "drafts.immediate_destination": "053101121", "drafts.immediate_destination_name": "First Citizens Bank",
    "drafts.immediate_origin": "1566000123", "drafts.immediate_origin_name": "City of Shelby",
    "drafts.company_name": "City of Shelby", "drafts.company_identification": "1566000123",
    "drafts.odfi_routing": "053101121",
}
ROUTINGS = ("053000196", "053100300", "061000104", "053201607", "053101121")


def _fix_clock() -> None:
    from cashier_app import city_time

    city_time.clock = lambda: NOW


def build_enrollments(db, count: int, seed: int = 11) -> dict:  # noqa: ANN001
    """``count`` enrolled accounts with one bill each on DRAFT_DATE; returns what was built."""
    from sqlalchemy import insert

    from cashier_app.models import Account, Bill, Customer, DraftEnrollment, Role
    from cashier_app.services.access import Actor
    from cashier_app.services.drafts.draft_key import draft_cipher, ensure_key
    from cashier_app.services.settings import set_setting
    from tests.factories import make_station, make_user

    rng = random.Random(seed)
    make_station(db)
    admin = Actor(None, "bench-admin", frozenset({Role.ADMINISTRATOR.value}), "S1")
    for key, value in ORIGIN.items():
        set_setting(db, admin, key, value)
    ensure_key()
    cipher = draft_cipher()
    make_user(db, "super", roles=(Role.SUPERVISOR,))
    customers, accounts, enrollments, bills = [], [], [], []
    due = D("0.00")
    for i in range(1, count + 1):
        amount = D(rng.randint(2000, 30000)) / 100
        roll = rng.random()
        balance = amount if roll > 0.12 else (amount / 2).quantize(D("0.01")) if roll > 0.02 else D("-5.00")
        due += max(min(amount, balance), D("0.00"))
        customers.append(dict(id=i, customer_number=f"{500000 + i}", last_name=f"Bench{i}", first_name="Pat",
                              name_key=f"BENCH{i}", name_key_first="PAT"))
        accounts.append(dict(id=i, account_number=f"{5000000 + i}", customer_id=i, service_address=f"{i} Main St",
                             services="electric,water", status="active", cash_only=False, extract_balance=balance,
                             address_key=f"{i} MAIN ST", street_key="MAIN ST"))
        bank = f"{rng.randint(10**7, 10**12)}"
        enrollments.append(dict(account_id=i, status="active", name_on_account=f"Pat Bench{i}", bank_name="Bank",
                                routing_number=ROUTINGS[i % len(ROUTINGS)],
                                bank_account_encrypted=cipher.encrypt(bank.encode()), bank_account_last4=bank[-4:],
                                bank_account_type="savings" if i % 17 == 0 else "checking",
                                signed_on=TODAY - dt.timedelta(days=40), activated_on=TODAY - dt.timedelta(days=20)))
        bills.append(dict(account_id=i, bill_date=dt.date(2026, 11, 20), due_date=dt.date(2026, 12, 10),
                          draft_date=DRAFT_DATE, amount=amount, final_bill=False))
    with db.write() as s:
        for table, rows in ((Customer, customers), (Account, accounts), (DraftEnrollment, enrollments), (Bill, bills)):
            for i in range(0, len(rows), 5000):
                s.execute(insert(table), rows[i:i + 5000])
    return {"enrollments": count, "amount_due": str(due)}


def bench_run(db_url: str, out: Path, void_after: bool) -> dict:
    """One run, timed, in this process (the child): seconds, figures, peak RSS."""
    from cashier_app.db import Database, make_engine
    from cashier_app.services.drafts.returns import supervisor_for_command
    from cashier_app.services.drafts.run_changes import void_run
    from cashier_app.services.drafts.runs import make_run

    _fix_clock()
    db = Database(make_engine(db_url))
    supervisor = supervisor_for_command(db, "super", "S1")
    started = time.perf_counter()
    result = make_run(db, supervisor, DRAFT_DATE, out)
    run_s = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {"run_s": round(run_s, 3), "peak_rss_mb": round(rss_mb, 1), "debits": result.debits,
               "skipped": len(result.skipped), "total": str(result.total), "file_bytes": out.stat().st_size}
    if void_after:
        started = time.perf_counter()
        void_run(db, supervisor, result.run_id, "bench: run again")
        figures["void_s"] = round(time.perf_counter() - started, 3)
    db.dispose()
    return figures


def _child(args: argparse.Namespace) -> int:
    print(json.dumps(bench_run(args.db_url, Path(args.file), args.void_after)))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enrollments", type=int, default=25_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--returns", type=int, default=2_500, help="entries of the return file (0: skip)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "drafts.json"))
    parser.add_argument("--child-run", dest="db_url", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--void-after", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.db_url:
        return _child(args)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASHIER_HOME"] = tmp  # the audit key and draft.key of this run only
        from argon2 import PasswordHasher

        from cashier_app.db import Database, make_engine, upgrade
        from cashier_app.services import users

        users._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # set-up users only
        _fix_clock()
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        db = Database(make_engine(url))
        upgrade(db)
        started = time.perf_counter()
        built = build_enrollments(db, args.enrollments)
        setup_s = time.perf_counter() - started
        db.dispose()
        runs = []
        for n in range(args.runs):
            child = subprocess.run([sys.executable, __file__, "--child-run", url, "--file", str(Path(tmp) / f"run{n}.ach")]
                                   + (["--void-after"] if n < args.runs - 1 else []),
                                   capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
            if child.returncode != 0:
                print(child.stderr, file=sys.stderr)
                return 1
            runs.append(json.loads(child.stdout.strip().splitlines()[-1]))
    times = [r["run_s"] for r in runs]
    run_section = {
        **built, "database": "sqlite", "setup_s": round(setup_s, 1), "runs": runs,
        "run_median_s": round(statistics.median(times), 3), "run_max_s": round(max(times), 3),
        "peak_rss_max_mb": max(r["peak_rss_mb"] for r in runs), "target_s": TARGET_S, "target_mb": TARGET_MB,
    }
    out = Path(args.out)
    result = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    returns_ok = True
    if args.returns:
        returns_out = out.with_name("draft_returns.json")
        child = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_draft_returns.py"), "--entries",
                                str(args.returns), "--out", str(returns_out)], capture_output=True, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
        if not returns_out.exists():
            print(child.stderr, file=sys.stderr)
            return 1
        result["returns"] = json.loads(returns_out.read_text(encoding="utf-8"))
        returns_ok = child.returncode == 0
    result.update({"benchmark": "drafts", "run": run_section,
                   "machine": f"{platform.machine()} {os.cpu_count()} cores {platform.python_implementation()} "
                              f"{platform.python_version()}"})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    met = run_section["run_max_s"] < TARGET_S and run_section["peak_rss_max_mb"] < TARGET_MB and returns_ok
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
