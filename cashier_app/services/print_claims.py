"""Receipts claimed for printing in the post's own transaction, by this process.

A print job must be claimed (``waiting`` -> ``sending``) durably before a byte of it goes out, so
that a crash or a power cut can never print a receipt twice without the REPRINT mark
(services/printing.py). The window prints a payment's receipt right after posting it, in the same
process; claiming the job in the post's transaction (``post_payment(..., print_here=True)``)
makes that claim durable with the post's own commit, instead of a second transaction and its
second fsync before the bytes (bench/bench_printing.py).

The database then says "sending" from the commit on, for every process; only this process knows
that it has not sent the receipt yet. That knowledge lives here, in memory, keyed by payment id
(one original receipt per payment; a reprint is a job of its own, claimed the usual way) and
by database:

- the post registers the payment, with the claim's time, after its transaction committed (never
  before: an id of a rolled-back transaction could be given again);
- a print run takes the ids it finds among the station's ``sending`` jobs (under a lock, so two
  runs in this process never both send one) and sends them in the queue's order; a run that
  stops before sending one (printer not ready, printer fault) puts it back to ``waiting`` or
  ``failed`` as it does a waiting job; a run that stops on an error (the database) leaves the rest
  ``sending``, which is safe (below).

A window that closes before its print run started gives them back (``printing.release_claims``:
``waiting`` again, for the next start). If the process dies between the post and the bytes, the
memory is gone and the job stays
``sending``: as with a worker killed while sending, it becomes ``failed`` after two minutes with
"it may have printed; check the printer before you press Retry" (docs/printing.md). It is never
sent again by itself.
"""
from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections.abc import Iterable

from sqlalchemy.engine import Engine

_lock = threading.Lock()
# Per database (its engine: a test's fresh database numbers its payments from 1 again): payment id ->
# the claim's time (the job's sent_at) of the original receipts this process claimed at posting and
# no print run has taken yet. The time must match: a job claimed since by another worker (failed
# after two minutes, Retry, claimed again) is not this process's.
_claimed: weakref.WeakKeyDictionary[Engine, dict[int, dt.datetime]] = weakref.WeakKeyDictionary()


def claimed_at_post(engine: Engine, payment_id: int, sent_at: dt.datetime) -> None:
    """The post committed with its receipt's job claimed for this process at ``sent_at``."""
    with _lock:
        _claimed.setdefault(engine, {})[payment_id] = sent_at


def take(engine: Engine, sending: Iterable[tuple[int, dt.datetime]]) -> set[int]:
    """Of the (payment id, sent_at) of original receipts found ``sending``, the payments claimed here
    and not taken yet; the caller now owns them (and no one else in this process will)."""
    with _lock:
        claimed = _claimed.get(engine)
        if not claimed:
            return set()
        taken = set()
        for payment_id, sent_at in sending:
            if payment_id in claimed:
                if claimed.pop(payment_id) == sent_at:
                    taken.add(payment_id)
    return taken


def pending(engine: Engine) -> dict[int, dt.datetime]:
    """Payments claimed here and not yet taken by a print run."""
    with _lock:
        return dict(_claimed.get(engine, {}))
