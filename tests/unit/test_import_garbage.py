"""While importing from the command line, Python's automatic cyclic collection is off and the young
generations are collected once every YOUNG_CHUNKS chunks (extract_process.young_collector); after
the import, automatic collection is on again, as it was."""
from __future__ import annotations

import gc

from cashier_app.services import extract_process
from cashier_app.services.importing import import_files
from tests.unit.test_importing import SAMPLES


def test_the_young_generations_are_collected_once_every_few_chunks(monkeypatch):
    collected = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    tidy = extract_process.young_collector()
    for _ in range(3 * extract_process.YOUNG_CHUNKS + 1):
        tidy()
    assert collected == [1, 1, 1]


def test_an_import_turns_automatic_collection_off_while_it_runs_and_on_again(db, admin):
    seen = []
    was = gc.isenabled()  # off when a window test ran before (ui/main_thread_gc.py)
    gc.enable()
    try:
        import_files(db, admin, SAMPLES, chunk_rows=2, progress=lambda step: seen.append(gc.isenabled()))
        assert seen and not any(seen)
        assert gc.isenabled()
    finally:
        if not was:
            gc.disable()
