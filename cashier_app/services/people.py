"""How a person (a user of the counter) is shown on screen and on paper: the one place.

Everywhere a cashier, a supervisor or whoever closed the day is named for people to read (the
windows, the receipts' "Cashier:", the day report, the deposit slip, the returned-check notice),
it is by the user's full name, or by their login name when no full name is on file. Login names
stay in the audit log and in files for other systems (the posting export).
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cashier_app.models import User


def shown_name(full_name: str | None, username: str | None) -> str:
    """The full name, else the login name (blank full names count as none)."""
    return (full_name or "").strip() or (username or "")


def person_name(user: User | None) -> str:
    """A user as shown to people; "" for no user."""
    return shown_name(user.full_name, user.username) if user is not None else ""


def name_of(s: Session, user_id: int | None) -> str:
    """The shown name of one user by id ("" for none or an unknown id)."""
    return person_name(s.get(User, user_id)) if user_id is not None else ""


def names_by_id(s: Session) -> dict[int, str]:
    """Every user's shown name by id (reports naming many people)."""
    return {uid: shown_name(full, name) for uid, name, full in s.execute(select(User.id, User.username,
                                                                                 User.full_name))}
