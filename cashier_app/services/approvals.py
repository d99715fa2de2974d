"""Supervisor approval on the spot: credentials entered for one action authorize that action only.

The window asks the supervisor for their user name and password, calls ``approve`` with the action
and the cashier concerned, and hands the returned Approval to the one service call it is for.
That service calls ``take`` inside its transaction: an approval taken once cannot be taken again,
is only good for the action it names, and is never good from the cashier concerned.
"""
from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Role
from cashier_app.services.access import AccessDenied, Actor, station_task
from cashier_app.services.users import authenticate


@dataclass(eq=False)
class Approval:
    supervisor: Actor
    action: str
    concerning_user_id: int | None
    nonce: str = field(default_factory=lambda: secrets.token_hex(8))
    _used: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def take(self, action: str, concerning_user_id: int | None) -> Actor:
        """Use the approval for ``action`` once; returns the approving supervisor."""
        with self._lock:
            if self._used:
                raise AccessDenied(_t("This approval was already used; the supervisor must approve again."))
            if action != self.action:
                raise AccessDenied(_t("This approval is for {0}, not {1}.").format(self.action, action))
            if concerning_user_id != self.concerning_user_id:
                raise AccessDenied(_t("This approval was given for another cashier's action."))
            self._used = True
        return self.supervisor


@station_task("checks a supervisor's own password for one action")
def approve(db: Database, username: str, password: str, action: str, concerning: Actor | int | None,
            station: str = "") -> Approval:
    """Check a supervisor's credentials for one action concerning a cashier (an Actor or a user id)."""
    supervisor = authenticate(db, username, password, station)
    if not supervisor.has(Role.SUPERVISOR):
        raise AccessDenied(_t("{0} is not a supervisor.").format(supervisor.username))
    concerning_id = concerning.user_id if isinstance(concerning, Actor) else concerning
    if concerning_id is not None and supervisor.user_id == concerning_id:
        raise AccessDenied(_t("A supervisor cannot approve their own action; ask another supervisor."))
    return Approval(supervisor, action, concerning_id)
