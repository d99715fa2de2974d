"""The supervisor a ``drafts`` command acts as: draft runs and returns record payments and charges
in a person's name, so the command line names an active supervisor (``--supervisor``)."""
from __future__ import annotations

from sqlalchemy import select

from cashier_app.db import Database
from cashier_app.models import Role, User
from cashier_app.services.access import AccessDenied, Actor, station_task


@station_task("the command line names the supervisor it acts for; the run itself then checks the role")
def supervisor_for_command(db: Database, username: str, station: str) -> Actor:
    """The active user ``username`` holding the supervisor role, acting at ``station``."""
    with db.read() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise AccessDenied(f"No active user {username!r}; give --supervisor USERNAME.")
        if Role.SUPERVISOR.value not in user.role_names:
            raise AccessDenied(f"{username} is not a supervisor; give --supervisor USERNAME.")
        return Actor(user.id, user.username, user.role_names, station)
