import statistics
import time

import pytest
from sqlalchemy import select

from cashier_app.models import AuditEvent, Role, User
from cashier_app.services.access import AccessDenied, Actor
from cashier_app.services.users import (
    UserError, authenticate, bootstrap_admin, create_user, disable_user, password_problem, set_password,
)

GOOD = "counter-window-7"


def test_password_policy():
    assert password_problem("short1") and "10 characters" in password_problem("short1")
    assert "common" in password_problem("password1234")
    assert "user name" in password_problem("maria-2026-shelby", "maria")
    assert password_problem("aaaaaaaaaaaa")
    assert password_problem(GOOD) is None


def test_create_and_sign_in_with_argon2id(db, admin):
    create_user(db, admin, "maria", GOOD, ["cashier"], "Maria Lopez")
    with db.read() as s:
        assert s.scalar(select(User.password_hash).where(User.username == "maria")).startswith("$argon2id$")
    actor = authenticate(db, "maria", GOOD, "S1")
    assert actor.roles == {"cashier"} and actor.station == "S1"


def test_weak_password_and_bad_roles_are_refused(db, admin):
    with pytest.raises(UserError, match="10 characters"):
        create_user(db, admin, "maria", "short", ["cashier"])
    with pytest.raises(UserError, match="roles"):
        create_user(db, admin, "maria", GOOD, ["boss"])
    with db.read() as s:
        assert s.scalar(select(User.id)) is None


def test_only_an_administrator_manages_users(db, admin):
    create_user(db, admin, "maria", GOOD, ["cashier", "supervisor"])
    maria = authenticate(db, "maria", GOOD)
    with pytest.raises(AccessDenied, match="administrator"):
        create_user(db, maria, "eve", GOOD + "x", ["administrator"])
    with pytest.raises(AccessDenied):
        create_user(db, None, "eve", GOOD + "x", ["administrator"])  # type: ignore[arg-type]


def test_lockout_after_failures_and_unlock_by_new_password(db, admin):
    create_user(db, admin, "maria", GOOD, ["cashier"])
    for _ in range(4):
        with pytest.raises(UserError, match="Wrong user name or password"):
            authenticate(db, "maria", "nope-nope-nope")
    with pytest.raises(UserError, match="now locked"):
        authenticate(db, "maria", "nope-nope-nope")
    with pytest.raises(UserError, match="locked"):
        authenticate(db, "maria", GOOD)  # even the right password
    set_password(db, admin, "maria", "another-good-one-9")
    assert authenticate(db, "maria", "another-good-one-9").username == "maria"
    with db.read() as s:
        actions = s.scalars(select(AuditEvent.action)).all()
    assert actions.count("login.failed") == 5 and "user.locked" in actions and "login" in actions


def test_disabled_users_cannot_sign_in(db, admin):
    create_user(db, admin, "maria", GOOD, ["cashier"])
    disable_user(db, admin, "maria")
    with pytest.raises(UserError, match="Wrong user name or password"):
        authenticate(db, "maria", GOOD)


def test_bootstrap_only_once(db, admin):
    bootstrap_admin(db, admin, "admin", GOOD)
    with pytest.raises(UserError, match="already exist"):
        bootstrap_admin(db, admin, "admin2", GOOD)


def test_unknown_user_gets_the_same_message(db):
    with pytest.raises(UserError, match="Wrong user name or password"):
        authenticate(db, "nobody", GOOD)


def _refusal_time(db, username: str) -> float:
    started = time.perf_counter()
    with pytest.raises(UserError, match="Wrong user name or password"):
        authenticate(db, username, "not-the-password-1")
    return time.perf_counter() - started


@pytest.mark.real_passwords
def test_sign_in_time_does_not_tell_whether_a_user_exists(db, admin):
    """The real argon2 parameters (not fast_passwords): an unknown or disabled user name costs the
    same password work as a known one with a wrong password. Medians of a few tries, and a wide
    margin (half), so a busy machine does not make it flaky; before, unknown took ~2% of known."""
    create_user(db, admin, "maria", GOOD, ["cashier"])
    create_user(db, admin, "gone", GOOD, ["cashier"])
    disable_user(db, admin, "gone")
    _refusal_time(db, "nobody")  # the first refusal of an unknown name may set things up
    known, unknown, disabled = [], [], []
    for _ in range(3):  # 3 failures: below the lockout (5)
        known.append(_refusal_time(db, "maria"))
        unknown.append(_refusal_time(db, "nobody"))
        disabled.append(_refusal_time(db, "gone"))
    known_time = statistics.median(known)
    assert statistics.median(unknown) >= known_time / 2, (known, unknown)
    assert statistics.median(disabled) >= known_time / 2, (known, disabled)


def test_every_public_service_function_declares_its_role():
    """Every public service function taking the database says who may call it: @requires(roles)
    for people, or @station_task(reason) for work the station does itself."""
    import importlib
    import inspect
    import pkgutil

    import cashier_app.services as services

    undeclared = []
    for info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"cashier_app.services.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            params = inspect.signature(fn).parameters
            if "db" in params and not hasattr(fn, "__requires__"):
                undeclared.append(f"{module.__name__}.{name}")
            if "actor" in params and getattr(fn, "__station_task__", None) and name != "bootstrap_admin":
                undeclared.append(f"{module.__name__}.{name} (takes an actor but declares no role)")
    assert undeclared == []
