"""What every panel of a signed-in window shares: the database, who is signed in, the station."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from cashier_app.config import StationConfig
from cashier_app.db import Database
from cashier_app.money import DEFAULT_CAP
from cashier_app.services.access import Actor
from cashier_app.ui.jobs import JobRunner


@dataclass
class MoneyLimit:
    """The largest amount one field takes: the setting ``money.cap``, read when the window starts
    (the service checks the same setting again when it posts)."""

    cap: Decimal | None = DEFAULT_CAP  # None: no cap (a batch's control total adds many checks)


@dataclass(frozen=True)
class CounterContext:
    db: Database
    actor: Actor
    station: StationConfig
    jobs: JobRunner  # service calls from the panels go through here, never on the GUI thread
    limit: MoneyLimit = field(default_factory=MoneyLimit)  # shared by every amount field of the window
