"""What a counter post reads before it writes, in one query instead of three.

A counter post needs: whether this client token has posted already, the cashier's open drawer
session at the station (taken FOR SHARE, as ``drawers.open_session_for_posting`` takes it), and two
settings. On PostgreSQL each statement is a round trip to the server, and the post is the counter's
busiest transaction (bench/bench_stations.py); on SQLite it is three statements less per post.

The drawer session is the row (one per account paid); the token and the settings ride along as
scalar subqueries. On PostgreSQL the same statement locks the accounts paid (FOR NO KEY UPDATE, in
id order, as ``balances.lock_accounts`` does) after the session: the order the separate statements
took them in. The balances are read by the next statement, so they see every change committed by
a post that held those locks before (read committed gives each statement a new snapshot).
With no row (no drawer open, or no such account) the caller falls back to the separate checks
(the token first, then the drawer's refusal, then the accounts), as before.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, literal, select
from sqlalchemy.orm import Session

from cashier_app.models import Account, DrawerSession, Payment, Setting, Station
from cashier_app.services.access import Actor
from cashier_app.services.driver_statements import DriverQuery
from cashier_app.services.settings import DEFAULTS, setting_value

POSTING_SETTINGS = ("money.cap", "payments.noncash_overpay")

_sessions, _stations, _payments, _settings, _accounts = (
    DrawerSession.__table__, Station.__table__, Payment.__table__, Setting.__table__, Account.__table__)


def _setting(key: str):  # noqa: ANN202 - a scalar subquery
    return select(_settings.c.value).where(_settings.c.key == literal(key)).scalar_subquery()


# Built once. FOR SHARE OF the session only: posts to one drawer never wait on each other, a count
# (FOR UPDATE) waits for a post in flight and a post for a count in flight (drawers.py).
def _posting_state(ids):  # noqa: ANN001, ANN202 - the accounts' id clause
    return (
        select(_sessions.c.id, _sessions.c.business_date, _sessions.c.state,
               select(_payments.c.id).where(_payments.c.client_token == bindparam("token"))
               .scalar_subquery().label("posted_id"),
               *(_setting(key).label(f"setting_{i}") for i, key in enumerate(POSTING_SETTINGS)),
               _accounts.c.id.label("account_id"))
        .join(_stations, _stations.c.id == _sessions.c.station_id)
        .join(_accounts, ids)
        .where(_stations.c.name == bindparam("station"), _sessions.c.cashier_id == bindparam("cashier"),
               _sessions.c.open_key.is_not(None))
        .order_by(_accounts.c.id)
        # Two lock strengths in one statement (SQLAlchemy's with_for_update takes one); SQLite has no row
        # locks: its writers hold the database's write lock already.
        .suffix_with("FOR SHARE OF drawer_sessions FOR NO KEY UPDATE OF accounts", dialect="postgresql")
    )


# On the driver's cursor, one SQL text per number of accounts (services/driver_statements.py)
_POSTING_STATE_QUERY = DriverQuery(lambda ids: _posting_state(_accounts.c.id.in_(ids)), listed="ids")


@dataclass(frozen=True)
class PostingState:
    session: Any  # the drawer session row: id, business_date, state (checked by open_session_for_posting)
    locked: frozenset[int]  # the accounts now locked (on PostgreSQL) for the rest of the transaction
    posted_id: int | None  # the payment this client token already posted
    settings: dict[str, Any]  # POSTING_SETTINGS, each in its type


def posting_state(s: Session, actor: Actor, token: str, account_ids) -> PostingState | None:  # noqa: ANN001
    """One query inside the posting transaction; None when the cashier has no open session here or
    none of the accounts exists (the caller then asks the separate questions, so a retried token
    still finds its payment and a refusal says what is wrong)."""
    ids = sorted(set(account_ids))
    if actor.user_id is None or not ids:
        return None
    rows = _POSTING_STATE_QUERY.rows(s, {"token": token, "station": actor.station, "cashier": actor.user_id,
                                         "ids": ids})
    if not rows:
        return None
    row = rows[0]
    stored = row[4:4 + len(POSTING_SETTINGS)]
    settings = {key: setting_value(key, DEFAULTS[key] if value is None else value)
                for key, value in zip(POSTING_SETTINGS, stored)}
    return PostingState(row, frozenset(r.account_id for r in rows), row.posted_id, settings)
