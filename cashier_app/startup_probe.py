"""``CashierApp --startup-probe``: what ``bench/bench_startup.py`` measures, on the real start path.

Opens the window as a station does (its home, its database, the style, the sign-in dialog) and
prints ``signin-shown`` the moment the sign-in dialog is on screen; then signs in as
``CASHIER_PROBE_USER`` / ``CASHIER_PROBE_PASSWORD`` through the dialog, waits for the counter window
and its start-up service calls, prints ``rss-mb N`` (resident memory now, from /proc) and exits 0.
The benchmark times the first line from the moment it started the process.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

SIGN_IN_SECONDS = 60


def _rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_startup_probe() -> int:
    from cashier_app import config
    from cashier_app.cli import use_city_zone
    from cashier_app.db import open_database
    from cashier_app.self_test import sign_in_through_dialog
    from cashier_app.ui.app import CounterApp, application

    station = config.load_station_config(None)
    db = open_database(station.resolved_db_url(), passfile=config.pgpass_path())
    use_city_zone(db)
    app = application(station.text_size, station.language)
    counter = CounterApp(db, station)
    counter.start()
    login = counter.login
    while not login.isVisible():
        app.processEvents()
    app.processEvents()  # painted once
    print("signin-shown", flush=True)
    if not sign_in_through_dialog(app, counter, os.environ.get("CASHIER_PROBE_USER", "cashier"),
                                  os.environ.get("CASHIER_PROBE_PASSWORD", ""), SIGN_IN_SECONDS):
        print("startup probe: the counter window did not open after signing in", file=sys.stderr)
        return 1
    print(f"rss-mb {_rss_mb():.1f}", flush=True)
    counter.window.close()
    db.dispose()
    return 0
