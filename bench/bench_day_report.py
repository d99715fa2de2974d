"""Day report and deposit slip of a busy day: time to PDF and CSV, and peak memory.

    python bench/bench_day_report.py [--payments 20000] [--stations 6] [--runs 3] [--out FILE]

Builds a closed business date in a new SQLite file: 6 stations, a cashier each (drawer opened
through the drawers service), then N payments inserted in bulk (SQLAlchemy core inserts, for
the set-up only: 60 % cash, 30 % check, 10 % money order, one in ten paying two accounts, posted
between 8 AM and 5 PM, about 0.2 % voided with a supervisor's approval). The drawers are then
counted and closed and the day closed through the services, as a supervisor does.

Timed (median and max of ``--runs`` runs, each in full: the queries and the rendering):
- the day report to PDF (``write_day_report``), target under 2 s;
- the day report to CSV;
- the deposit slip to PDF (``write_deposit_slip``: every check and money order listed).
Peak memory is measured apart (tracemalloc slows Python down): the peak of Python allocations
during one run of each, and the process's peak RSS at the end. Writes
bench/results/day_report.json.
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
import sys
import tempfile
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

D = Decimal
TARGET_S = 2.0


def build_day(db, payments: int, stations: int, seed: int = 6):  # noqa: ANN001, ANN201
    """A closed business date (today) with ``payments`` payments over ``stations`` stations."""
    from sqlalchemy import insert, select, update

    from cashier_app.models import (
        Allocation, DrawerSession, Payment, ReceiptSequence, Role, Station, Tender, Void,
    )
    from cashier_app.money import ZERO
    from cashier_app.services import business_day
    from cashier_app.services.cash_units import CASH_UNITS
    from cashier_app.services.day_close import close_day
    from cashier_app.services.drawers import (
        ItemCount, approve_difference, expected_in_drawer, items_to_tick, my_session, record_pickup, submit_count,
    )
    from tests.factories import make_account, make_station, make_user

    rng = random.Random(seed)
    day = business_day.today()
    names = [f"S{i}" for i in range(1, stations + 1)]
    for name in names:
        make_station(db, name, name)
    cashiers = [make_user(db, f"cashier{i}", station=name) for i, name in enumerate(names, 1)]
    supervisor = make_user(db, "super", roles=(Role.SUPERVISOR,), station=names[0])
    accounts = [make_account(db, f"{2000000 + i}", f"{200000 + i}", last=f"Bench{i}", balance="900000.00")
                for i in range(300)]
    with db.read() as s:
        station_ids = {n: i for n, i in s.execute(select(Station.name, Station.id))}
    sessions = {c.user_id: my_session(db, c).id for c in cashiers}
    start = dt.datetime.combine(day, dt.time(8, 0)).astimezone()
    pay_rows, alloc_rows, tender_rows, void_rows = [], [], [], []
    next_number = {n: 1 for n in names}
    for pid in range(1, payments + 1):
        k = pid % stations
        station, cashier = names[k], cashiers[k]
        total = D(rng.randint(1500, 14000)) / 100
        kind = rng.choices(("cash", "check", "money_order"), (6, 3, 1))[0]
        tendered = (total // 20 + 1) * 20 if kind == "cash" and rng.random() < 0.7 else total
        change = tendered - total
        number = next_number[station]
        next_number[station] += 1
        posted = (start + dt.timedelta(seconds=rng.randint(0, 9 * 3600 - 1))).astimezone(dt.timezone.utc)
        pay_rows.append(dict(id=pid, client_token=f"bench-{pid}", receipt_number=f"{station}-{number:06d}",
                             station_id=station_ids[station], cashier_id=cashier.user_id,
                             drawer_session_id=sessions[cashier.user_id], channel="counter", business_date=day,
                             posted_at=posted, total=total, tendered=tendered, change=change, fee=ZERO))
        first = rng.choice(accounts)
        if rng.random() < 0.1:
            second = rng.choice([a for a in accounts[:5] if a != first])
            half = (total / 2).quantize(D("0.01"))
            alloc_rows += [dict(payment_id=pid, account_id=first, amount=half, balance_before=D("900000.00")),
                           dict(payment_id=pid, account_id=second, amount=total - half, balance_before=D("900000.00"))]
        else:
            alloc_rows.append(dict(payment_id=pid, account_id=first, amount=total, balance_before=D("900000.00")))
        tender_rows.append(dict(payment_id=pid, kind=kind, amount=tendered,
                                check_number=str(1000 + pid) if kind == "check" else None,
                                serial_number=f"MO-{pid:07d}" if kind == "money_order" else None,
                                issuer="USPS" if kind == "money_order" else None))
        if rng.random() < 0.002:
            void_rows.append(dict(payment_id=pid, reason="Bench: keyed on the wrong account",
                                  voided_by_id=cashier.user_id, approved_by_id=supervisor.user_id,
                                  voided_at=posted + dt.timedelta(minutes=2)))
    with db.write() as s:
        for table, rows in ((Payment, pay_rows), (Allocation, alloc_rows), (Tender, tender_rows), (Void, void_rows)):
            for i in range(0, len(rows), 5000):
                s.execute(insert(table), rows[i:i + 5000])
        for name, following in next_number.items():
            s.execute(update(ReceiptSequence).where(ReceiptSequence.station_id == station_ids[name])
                      .values(next_number=following))

    bills = [u for u in CASH_UNITS if u.group != "rolls"]

    def as_units(amount: Decimal) -> dict[str, int]:
        out = {}
        for unit in bills:
            q = int(amount // unit.value)
            if q:
                out[unit.code] = q
                amount -= unit.value * q
        return out

    for i, cashier in enumerate(cashiers):
        session_id = sessions[cashier.user_id]
        record_pickup(db, supervisor, session_id, {"$100": 20})
        with db.read() as s:
            expected = expected_in_drawer(s, s.get(DrawerSession, session_id))
        short = D("3.00") if i == 0 else ZERO
        ticks = [item.tender_id for item in items_to_tick(db, cashier, session_id)]
        view = submit_count(db, cashier, session_id, as_units(expected["cash"].amount - short),
                            ItemCount(expected["check"].items, str(expected["check"].amount)),
                            ItemCount(expected["money_order"].items, str(expected["money_order"].amount)), ticks)
        if view.state == "counted":
            approve_difference(db, supervisor, session_id, "Bench: three dollars short")
    close_day(db, supervisor, day)
    return supervisor, day, len(void_rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payments", type=int, default=20_000)
    parser.add_argument("--stations", type=int, default=6)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", help="folder to keep the PDFs and CSV written (default: thrown away)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "day_report.json"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASHIER_HOME"] = tmp  # the audit key of this run only
        from argon2 import PasswordHasher

        from cashier_app.db import Database, make_engine, upgrade
        from cashier_app.services import users
        from cashier_app.services.day_report import day_report, write_day_report
        from cashier_app.services.deposit_slip import deposit_slip, write_deposit_slip

        users._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # set-up users only
        db = Database(make_engine(str(Path(tmp) / "bench.db")))
        upgrade(db)
        started = time.perf_counter()
        supervisor, day, voids = build_day(db, args.payments, args.stations)
        setup_s = time.perf_counter() - started
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        jobs = {
            "day_report_pdf": lambda: write_day_report(db, supervisor, day, folder / "day-report.pdf"),
            "day_report_csv": lambda: write_day_report(db, supervisor, day, folder / "day-report.csv"),
            "deposit_slip_pdf": lambda: write_deposit_slip(db, supervisor, day, folder / "deposit-slip.pdf"),
            "day_report_query_only": lambda: day_report(db, supervisor, day),
            "deposit_slip_query_only": lambda: deposit_slip(db, supervisor, day),
        }
        timings, memory = {}, {}
        for name, job in jobs.items():
            job()  # warm: imports, fonts, the SQLite page cache
            samples = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                job()
                samples.append(time.perf_counter() - t0)
            timings[name] = {"median_s": round(statistics.median(samples), 3), "max_s": round(max(samples), 3),
                             "runs": args.runs}
            tracemalloc.start()
            job()
            memory[name] = {"python_peak_mb": round(tracemalloc.get_traced_memory()[1] / 2**20, 1)}
            tracemalloc.stop()
        report = day_report(db, supervisor, day)
        slip = deposit_slip(db, supervisor, day)
        sizes = {p.name: p.stat().st_size for p in folder.glob("day-report.*")} | {
            p.name: p.stat().st_size for p in folder.glob("deposit-slip.pdf")}
        pages = {}
        try:
            from pypdf import PdfReader  # optional

            pages = {n: len(PdfReader(str(folder / n)).pages) for n in ("day-report.pdf", "deposit-slip.pdf")}
        except ImportError:
            import subprocess

            for n in ("day-report.pdf", "deposit-slip.pdf"):
                info = subprocess.run(["pdfinfo", str(folder / n)], capture_output=True, text=True).stdout
                pages[n] = next((int(line.split()[-1]) for line in info.splitlines()
                                 if line.startswith("Pages:")), None)
        db.dispose()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "benchmark": "day_report",
        "database": "sqlite",
        "payments": args.payments, "stations": args.stations, "voided": voids,
        "checks_listed": len(slip.checks.items), "money_orders_listed": len(slip.money_orders.items),
        "report_payments": report.payments, "report_total": str(report.total), "deposit_total": str(slip.total),
        "setup_s": round(setup_s, 1),
        "time": timings,
        "target_pdf_s": TARGET_S,
        "memory": memory,
        "process_peak_rss_mb": round(rss_mb, 1),
        "files_bytes": sizes,
        "pages": pages,
        "machine": f"{platform.machine()} {os.cpu_count()} cores {platform.python_implementation()} "
                   f"{platform.python_version()}",
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    ok = timings["day_report_pdf"]["max_s"] < TARGET_S and timings["deposit_slip_pdf"]["max_s"] < TARGET_S
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
