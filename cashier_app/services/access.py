"""Who is acting, and the one way a service function declares the role it needs."""
from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from cashier_app.i18n import _n, _t
from cashier_app.models import Role

F = TypeVar("F", bound=Callable)

_ROLE_WORDS = {Role.CASHIER.value: _n("cashier"), Role.SUPERVISOR.value: _n("supervisor"),
               Role.ADMINISTRATOR.value: _n("administrator")}


def role_word(role: str) -> str:
    """A role's name in a sentence, in the window's language ("supervisor", "superviseur")."""
    return _t(_ROLE_WORDS[role]) if role in _ROLE_WORDS else role


class AccessDenied(PermissionError):
    """The acting user does not hold the role this action needs."""


@dataclass(frozen=True)
class Actor:
    """The person (or the command line) on whose behalf a service acts."""

    user_id: int | None
    username: str
    roles: frozenset[str]
    station: str = ""

    def has(self, role: Role | str) -> bool:
        return str(role) in self.roles


def system_actor(station: str = "") -> Actor:
    """The command line run by the machine's administrator (it can open the database anyway)."""
    import getpass

    try:
        who = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        who = "unknown"
    return Actor(None, f"cli:{who}", frozenset({Role.ADMINISTRATOR.value}), station)


def requires(*roles: Role) -> Callable[[F], F]:
    """Declare (and check) the roles a service function needs: any one of them will do.

    The function must take ``actor`` as a parameter. ``requires()`` with no role marks a
    function any signed-in user may call.
    """
    needed = frozenset(str(r) for r in roles)

    def decorate(fn: F) -> F:
        signature = inspect.signature(fn)
        if "actor" not in signature.parameters:
            raise TypeError(f"{fn.__qualname__} declares roles but takes no actor")

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            actor = signature.bind_partial(*args, **kwargs).arguments.get("actor")
            if not isinstance(actor, Actor):
                raise AccessDenied(_t("no signed-in user"))
            if needed and not (needed & actor.roles):
                names = _t(" or ").join(role_word(r) for r in sorted(needed))
                raise AccessDenied(_t("{0} may not do this: it needs the {1} role").format(actor.username, names))
            return fn(*args, **kwargs)

        wrapper.__requires__ = needed  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def station_task(reason: str) -> Callable[[F], F]:
    """Declare a service function that acts for the station itself, not for a signed-in person:
    signing in, the health check, the print worker, the scheduled backup, reading a setting.

    ``reason`` says why no role is needed; it is kept on the function for reviewers and tests.
    """

    def decorate(fn: F) -> F:
        fn.__requires__ = frozenset()  # type: ignore[attr-defined]
        fn.__station_task__ = reason  # type: ignore[attr-defined]
        return fn

    return decorate
