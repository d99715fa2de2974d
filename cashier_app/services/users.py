"""Users, roles and sign-in: argon2id hashes, a password policy, lockout after failures."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Role, User, UserRole
from cashier_app.services.access import Actor, requires, station_task
from cashier_app.services.audit import record_event
from cashier_app.services.people import shown_name
from cashier_app.services.settings import get_setting

MIN_PASSWORD_LENGTH = 10
_hasher = PasswordHasher()  # argon2id with the library's current parameters
_decoys: dict[int, str] = {}  # a hash of a random password per hasher: the work of a wrong password


class UserError(ValueError):
    """A refused user change or sign-in; the message is fit to show. ``field`` names the input it is
    about ("username", "password", "roles"; "" when none), so a screen shows it there."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@cache
def _common_passwords() -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "common-passwords.txt"
    return frozenset(line.strip().lower() for line in path.read_text().splitlines() if line.strip())


def password_problem(password: str, username: str = "") -> str | None:
    """Why a password is too weak, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return _t("A password needs at least {0} characters.").format(MIN_PASSWORD_LENGTH)
    if password.lower() in _common_passwords():
        return _t("That password is among the most common ones; choose another.")
    if username and username.lower() in password.lower():
        return _t("A password must not contain the user name.")
    if len(set(password)) < 4:
        return _t("A password needs more different characters.")
    return None


def _parse_roles(roles: list[str] | tuple[str, ...]) -> list[str]:
    valid = {r.value for r in Role}
    wrong = [r for r in roles if r not in valid]
    if wrong or not roles:
        raise UserError(_t("roles must be among {0}; got {1}").format(", ".join(sorted(valid)),
                                                                       ", ".join(wrong) or _t("none")), "roles")
    return sorted(set(roles))


def _add_user(session: Session, username: str, password: str, roles: list[str], full_name: str,
              check_strength: bool) -> User:
    username = username.strip()
    if not username or len(username) > 40 or not username.replace("_", "").replace(".", "").replace("-", "").isalnum():
        raise UserError(_t("A user name is 1 to 40 letters, digits, '.', '_' or '-'."), "username")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise UserError(_t("User {0} already exists.").format(repr(username)), "username")
    if check_strength and (problem := password_problem(password, username)):
        raise UserError(problem, "password")
    user = User(username=username, full_name=full_name, password_hash=_hasher.hash(password))
    user.roles = [UserRole(role=r) for r in _parse_roles(roles)]
    session.add(user)
    session.flush()
    return user


@requires(Role.ADMINISTRATOR)
def create_user(db: Database, actor: Actor, username: str, password: str, roles: list[str],
                full_name: str = "", *, check_strength: bool = True) -> int:
    """Create a user with the given roles; the password must pass the policy."""
    with db.write() as s:
        user = _add_user(s, username, password, roles, full_name, check_strength)
        record_event(s, actor, "user.create", "user", user.id,
                     after={"username": user.username, "roles": sorted(user.role_names)})
        return user.id


@station_task("the first administrator, before any user exists")
def bootstrap_admin(db: Database, actor: Actor, username: str, password: str, *, demo: bool = False) -> int:
    """Create the first administrator; refused once any user exists."""
    with db.write() as s:
        return add_first_admin(s, actor, username, password, demo=demo)


def add_first_admin(session: Session, actor: Actor, username: str, password: str, *, demo: bool = False) -> int:
    """bootstrap_admin inside the caller's transaction (the set-up writes the station in the same one)."""
    if session.scalar(select(func.count(User.id))):
        raise UserError(_t("Users already exist; add more with 'cashier-app user add'."))
    user = _add_user(session, username, password, [Role.ADMINISTRATOR.value], "Administrator", not demo)
    record_event(session, actor, "user.create", "user", user.id,
                 after={"username": user.username, "roles": sorted(user.role_names), "bootstrap": True})
    return user.id


@requires(Role.ADMINISTRATOR)
def set_password(db: Database, actor: Actor, username: str, password: str) -> None:
    """Replace a user's password (it must pass the policy) and unlock the account."""
    with db.write() as s:
        user = _get(s, username)
        if problem := password_problem(password, username):
            raise UserError(problem, "password")
        user.password_hash = _hasher.hash(password)
        user.failed_logins, user.locked = 0, False
        record_event(s, actor, "user.password", "user", user.id)


@requires(Role.ADMINISTRATOR)
def disable_user(db: Database, actor: Actor, username: str) -> None:
    """Disable a user: they can no longer sign in; their history stays."""
    with db.write() as s:
        user = _get(s, username)
        if not user.active:
            raise UserError(_t("User {0} is already disabled.").format(repr(username)))
        user.active = False
        record_event(s, actor, "user.disable", "user", user.id, before={"active": True}, after={"active": False})


@requires(Role.ADMINISTRATOR)
def unlock_user(db: Database, actor: Actor, username: str) -> None:
    """Unlock a user locked by failed sign-ins."""
    with db.write() as s:
        user = _get(s, username)
        if not user.locked:
            raise UserError(_t("User {0} is not locked.").format(repr(username)))
        user.locked, user.failed_logins = False, 0
        record_event(s, actor, "user.unlock", "user", user.id, before={"locked": True}, after={"locked": False})


@requires(Role.ADMINISTRATOR)
def set_roles(db: Database, actor: Actor, username: str, roles: list[str]) -> None:
    """Replace a user's roles; an administrator cannot remove their own administrator role."""
    with db.write() as s:
        user = _get(s, username)
        before = sorted(user.role_names)
        after = _parse_roles(roles)
        if user.id == actor.user_id and Role.ADMINISTRATOR.value not in after:
            raise UserError(_t("You cannot remove your own administrator role."), "roles")
        user.roles = [UserRole(role=r) for r in after]
        s.flush()
        record_event(s, actor, "user.roles", "user", user.id, before={"roles": before}, after={"roles": after})


def _get(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise UserError(_t("No user named {0}.").format(repr(username)), "username")
    return user


@dataclass(frozen=True)
class UserSummary:
    username: str
    full_name: str
    roles: tuple[str, ...]
    active: bool
    locked: bool


@requires(Role.ADMINISTRATOR)
def list_users(db: Database, actor: Actor) -> list[UserSummary]:
    with db.read() as s:
        return [UserSummary(u.username, u.full_name, tuple(sorted(u.role_names)), u.active, u.locked)
                for u in s.scalars(select(User).order_by(User.username))]


@station_task("signing in is how a person becomes an actor")
def authenticate(db: Database, username: str, password: str, station: str = "") -> Actor:
    """Check a user's password and return who they are; failures count toward a lockout.

    A failure is committed (counted and audited) before it is raised.
    """
    max_failures = int(get_setting(db, "login.max_failures"))
    with db.write() as s:
        outcome = _check_login(s, username.strip(), password, station, max_failures)
    if isinstance(outcome, str):
        raise UserError(outcome)
    return outcome


def _same_work_as_a_wrong_password(password: str) -> None:
    """Verify against a hash no password matches, so that an unknown or disabled user name takes
    as long to refuse as a known one with a wrong password (the time tells nothing)."""
    decoy = _decoys.get(id(_hasher))
    if decoy is None:
        decoy = _decoys[id(_hasher)] = _hasher.hash(secrets.token_hex(16))
    try:
        _hasher.verify(decoy, password)
    except (VerifyMismatchError, InvalidHashError):
        pass


def _check_login(s: Session, username: str, password: str, station: str, max_failures: int) -> Actor | str:
    user = s.scalar(select(User).where(User.username == username))
    if user is None or not user.active:
        _same_work_as_a_wrong_password(password)
        record_event(s, Actor(None, username[:40], frozenset(), station), "login.failed", "user", "",
                     after={"username": username[:40]})
        return _t("Wrong user name or password.")
    who = Actor(user.id, user.username, user.role_names, station)
    if user.locked:
        record_event(s, who, "login.refused_locked", "user", user.id)
        return _t("This user is locked after too many failed sign-ins; ask an administrator.")
    try:
        _hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        user.failed_logins += 1
        record_event(s, who, "login.failed", "user", user.id, after={"failed_logins": user.failed_logins})
        if user.failed_logins < max_failures:
            return _t("Wrong user name or password.")
        user.locked = True
        record_event(s, who, "user.locked", "user", user.id)
        return _t("Too many failed sign-ins: this user is now locked; ask an administrator.")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.failed_logins = 0
    record_event(s, who, "login", "user", user.id)
    return who


@requires()
def full_name(db: Database, actor: Actor) -> str:
    """The signed-in user's full name for the status bar (their user name when none is on file)."""
    with db.read() as s:
        name = s.scalar(select(User.full_name).where(User.id == actor.user_id)) if actor.user_id else None
    return shown_name(name, actor.username)
