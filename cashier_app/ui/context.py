"""What every panel of a signed-in window shares: the database, who is signed in, the station."""
from __future__ import annotations

from dataclasses import dataclass

from cashier_app.config import StationConfig
from cashier_app.db import Database
from cashier_app.services.access import Actor
from cashier_app.ui.jobs import JobRunner


@dataclass(frozen=True)
class CounterContext:
    db: Database
    actor: Actor
    station: StationConfig
    jobs: JobRunner  # service calls from the panels go through here, never on the GUI thread
