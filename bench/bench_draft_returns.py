"""Applying a bank return file: 2,500 returns of one draft run, time and peak memory.

    python bench/bench_draft_returns.py [--entries 2500] [--runs 3] [--out FILE]

Builds a sent draft run of N debits in a new SQLite file (accounts, active enrollments with
encrypted bank account numbers, one bank-draft payment per entry: SQLAlchemy core inserts, for the
set-up only), and a return file of all N entries (tests/ach_builder.py): 60 % R01, 10 % R09, 20 %
codes that end the enrollment (R02, R03, R07, R10), 10 % other codes. Each timed run applies the
file to a fresh copy of the database (``apply_return_file``: read the file, match every entry,
reverse, charge the fee, end enrollments, audit; one transaction), target under 2 s. The notice
letters (one PDF per reversed draft, ``write_return_notices``) are timed apart on a sample
(``--letters``, default 100): not part of the target. A second reading of the same file (everything already applied) is timed too. Writes
bench/results/draft_returns.json.
"""
from __future__ import annotations

import argparse
from dataclasses import replace
import json
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_S = 2.0
AMOUNT = Decimal("87.45")
CODES = ["R01"] * 12 + ["R09"] * 2 + ["R02", "R03", "R07", "R10"] + ["R06", "R24"]


def build_run(db, entries: int):  # noqa: ANN001, ANN201
    """A sent run of ``entries`` debits; returns (supervisor, [(trace, bank account, account number)])."""
    import datetime as dt
    import uuid

    from sqlalchemy import insert, select

    from cashier_app.models import (
        Account, Allocation, Customer, DraftEnrollment, DraftEntry, DraftRun, Payment, Role, Station, Tender,
    )
    from cashier_app.services.drafts.draft_key import draft_cipher, encrypt_text, ensure_key
    from tests.factories import AS_OF, make_station, make_user

    ensure_key()
    cipher = draft_cipher()
    make_station(db)
    sam = make_user(db, "sam", roles=(Role.SUPERVISOR,), drawer=False)
    day = dt.date(2026, 11, 20)
    made = []
    with db.write() as s:
        station_id = s.scalar(select(Station.id))
        run_id = s.execute(insert(DraftRun).returning(DraftRun.id), [dict(
            draft_date=day, effective_date=day, status="sent", created_by_id=sam.user_id, file_name="bench.ach",
            entry_count=entries, total=AMOUNT * entries)]).scalar_one()
        for i in range(entries):
            number = str(5000000 + i)
            bank = f"{700000000 + i}"
            customer_id = s.execute(insert(Customer).returning(Customer.id), [dict(
                customer_number=f"C{number}", last_name=f"Doe{i}", first_name="Pat", mailing_address1="1 Main St",
                city="Shelby", state="NC", zip_code="28150", name_key=f"DOE{i}", name_key_first="PAT")]).scalar_one()
            account_id = s.execute(insert(Account).returning(Account.id), [dict(
                account_number=number, customer_id=customer_id, service_address="1 Main St", services="water",
                extract_balance=AMOUNT, balance_as_of=AS_OF, address_key="1 MAIN ST", street_key="MAIN ST")]).scalar_one()
            enrollment_id = s.execute(insert(DraftEnrollment).returning(DraftEnrollment.id), [dict(
                account_id=account_id, status="active", name_on_account="PAT DOE", routing_number="053101121",
                bank_account_encrypted=encrypt_text(cipher, bank), bank_account_last4=bank[-4:],
                bank_account_type="checking", signed_on=day - dt.timedelta(days=40))]).scalar_one()
            payment_id = s.execute(insert(Payment).returning(Payment.id), [dict(
                client_token=uuid.uuid4().hex, receipt_number=f"D{run_id}-{i + 1:06d}", station_id=station_id,
                cashier_id=sam.user_id, channel="draft", business_date=day, total=AMOUNT, tendered=AMOUNT,
                change=Decimal("0.00"))]).scalar_one()
            s.execute(insert(Tender), [dict(payment_id=payment_id, kind="bank_draft", amount=AMOUNT,
                                            routing_number="053101121", bank_account_last4=bank[-4:])])
            s.execute(insert(Allocation), [dict(payment_id=payment_id, account_id=account_id, amount=AMOUNT,
                                                balance_before=AMOUNT)])
            trace = f"05310112{i + 1:07d}"
            s.execute(insert(DraftEntry), [dict(run_id=run_id, enrollment_id=enrollment_id, account_id=account_id,
                                                kind="debit", transaction_code="27", payment_id=payment_id,
                                                amount=AMOUNT, trace_number=trace)])
            made.append((trace, bank, number))
    return sam, made


def return_file(made) -> str:  # noqa: ANN001
    from tests.ach_builder import Batch, Item, ReturnFileText

    items = [Item(CODES[i % len(CODES)], "053101121", bank, int(AMOUNT * 100), number, "PAT DOE",
                  f"0610001{i + 1:08d}", trace) for i, (trace, bank, number) in enumerate(made)]
    return ReturnFileText([Batch(items)]).text()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2_500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--letters", type=int, default=100, help="notice letters timed (a sample of the file's)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "draft_returns.json"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASHIER_HOME"] = tmp  # the audit and draft keys of this run only
        from argon2 import PasswordHasher

        from cashier_app.db import Database, make_engine, upgrade
        from cashier_app.services import users
        from cashier_app.services.drafts.returns import APPLIED, apply_return_file, write_return_notices

        users._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # set-up users only
        template = Path(tmp) / "template.db"
        db = Database(make_engine(str(template)))
        upgrade(db)
        started = time.perf_counter()
        sam, made = build_run(db, args.entries)
        text = return_file(made)
        db.dispose()
        setup_s = time.perf_counter() - started

        def fresh() -> Database:
            path = Path(tmp) / "bench.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            shutil.copy(template, path)
            return Database(make_engine(str(path)))

        samples, again, notices = [], [], None
        applied = 0
        for run in range(args.runs + 1):  # the first run warms imports and caches
            db = fresh()
            t0 = time.perf_counter()
            report = apply_return_file(db, sam, text)
            elapsed = time.perf_counter() - t0
            t0 = time.perf_counter()
            apply_return_file(db, sam, text)
            again_s = time.perf_counter() - t0
            if run:
                samples.append(elapsed)
                again.append(again_s)
            applied = report.count(APPLIED)
            if run == args.runs:
                folder = Path(tmp) / "notices"
                folder.mkdir()
                sample = replace(report, lines=report.lines[:args.letters])
                t0 = time.perf_counter()
                written = write_return_notices(db, sam, sample, folder)
                spent = time.perf_counter() - t0
                notices = {"letters_timed": len(written.notices), "s": round(spent, 2),
                           "per_letter_ms": round(1000 * spent / max(1, len(written.notices)), 1)}
            db.dispose()
        db = fresh()
        tracemalloc.start()
        apply_return_file(db, sam, text)
        python_peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        db.dispose()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "benchmark": "draft_returns",
        "database": "sqlite",
        "entries": args.entries, "applied": applied,
        "setup_s": round(setup_s, 1),
        "apply": {"median_s": round(statistics.median(samples), 3), "max_s": round(max(samples), 3),
                  "runs": args.runs},
        "apply_again_all_already": {"median_s": round(statistics.median(again), 3), "max_s": round(max(again), 3)},
        "target_s": TARGET_S,
        "notices": notices,
        "python_peak_mb": round(python_peak, 1),
        "process_peak_rss_mb": round(rss_mb, 1),
        "machine": f"{platform.machine()} {os.cpu_count()} cores {platform.python_implementation()} "
                   f"{platform.python_version()}",
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0 if result["apply"]["max_s"] < TARGET_S and applied == args.entries else 1


if __name__ == "__main__":
    sys.exit(main())
