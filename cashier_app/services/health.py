"""Is the database there? The window asks every few seconds while it is not, and now and then
while it is, so a lost connection shows in the status bar before the cashier posts."""
from __future__ import annotations

from sqlalchemy import text

from cashier_app.db import Database
from cashier_app.services.access import station_task


@station_task("the window asks whether the database answers")
def ping(db: Database) -> None:
    """Run the cheapest query there is; raises the driver's error when the database is gone."""
    with db.read() as s:
        s.execute(text("SELECT 1")).scalar_one()
