"""Running jobs at the same moment, each as its own station (its own engine and connection)."""
from __future__ import annotations

import threading

from cashier_app.db import Database, make_engine


def at_once(db_url, jobs):
    """Run each job on its own engine (its own connection), all released together; each result is
    what the job returned or the exception it raised."""
    start, results = threading.Barrier(len(jobs)), [None] * len(jobs)

    def run(i, job):
        station_db = Database(make_engine(db_url))
        try:
            start.wait()
            results[i] = job(station_db)
        except Exception as exc:  # noqa: BLE001 - the test looks at what each got
            results[i] = exc
        finally:
            station_db.dispose()

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results
