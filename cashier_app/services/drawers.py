"""Drawer sessions: opened with a counted float, pick-ups to the safe, the blind count, the close.

What a drawer should hold (the one rule, ``expected_cash``) and the figures shown are in
``drawer_figures.py``. A count is
*blind*: the cashier enters what is in the drawer before the service answers with any expected
figure. Differences are recorded as counted, never forced to zero; one above the threshold setting
(or a check or money order missing) waits for a supervisor's approval with a note. A closed
session is read-only.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import (
    Account, Allocation, CashPickup, CashPickupLine, CountedItem, CountPhase, DrawerBalance, DrawerCount,
    DrawerSession, DrawerState, Payment, Role, Station, Tender, TenderKind, Void, utcnow,
)
from cashier_app.money import ZERO, MoneyError, format_amount, parse_amount
from cashier_app.services import business_day
from cashier_app.services.access import AccessDenied, Actor, requires
from cashier_app.services.approvals import Approval
from cashier_app.services.audit import record_event
from cashier_app.services.cash_units import (
    UNITS_BY_CODE, CountRefused, cash_total, line_amount, parse_cash_count, parse_quantity,
)
from cashier_app.services.drawer_figures import (
    TENDER_KINDS, BalanceLine, CashFlow, CountItem, Expected, ItemCount, SessionView, expected_cash,
    expected_in_drawer, within_threshold,
)
from cashier_app.services.people import name_of
from cashier_app.services.refusal import required_text
from cashier_app.services.settings import read_setting
from cashier_app.services.stations import station_by_name

PICKUP_ACTION = "drawer.pickup"
DIFFERENCE_ACTION = "drawer.difference"
NOTE_MAX = 500


class DrawerRefused(CountRefused):
    """A drawer action that cannot be done; nothing was changed."""


def _not_voided():  # noqa: ANN202 - a SQL condition on Payment
    return ~select(Void.id).where(Void.payment_id == Payment.id).exists()


def _view(s: Session, session: DrawerSession) -> SessionView:
    payments = s.scalar(select(func.count(Payment.id)).where(Payment.drawer_session_id == session.id,
                                                              _not_voided())) or 0
    ticked = s.scalar(select(func.count()).select_from(CountedItem).where(CountedItem.session_id == session.id)) \
        if session.balances else 0
    pickups = s.scalar(select(func.sum(CashPickup.amount)).where(CashPickup.session_id == session.id)) or ZERO
    balances = tuple(BalanceLine(b.tender_kind, b.expected, b.counted, b.difference, b.expected_items,
                                 b.counted_items)
                     for b in sorted(session.balances, key=lambda b: TENDER_KINDS.index(b.tender_kind)))
    return SessionView(
        session.id, s.get(Station, session.station_id).name, session.cashier_id, name_of(s, session.cashier_id),
        session.business_date, session.state, session.opening_float, session.opened_at, session.counted_at,
        session.closed_at, payments, pickups, balances,
        session.state == DrawerState.COUNTED.value, name_of(s, session.approved_by_id), session.difference_note,
        _threshold(s), sum(b.expected_items for b in balances if b.kind != "cash") - (ticked or 0))


def _unclosed(s: Session, station_id: int, cashier_id: int) -> DrawerSession | None:
    return s.scalar(select(DrawerSession).where(DrawerSession.open_key == f"{station_id}:{cashier_id}"))


def _session(s: Session, session_id: int, *, lock: bool = False) -> DrawerSession:
    """The session; with ``lock``, row-locked until the transaction ends, so a count, a pick-up and
    a void of the same drawer happen one after the other, each seeing what the other did."""
    session = s.get(DrawerSession, session_id, with_for_update=lock or None)
    if session is None:
        raise DrawerRefused(_t("That drawer session does not exist."), "session")
    return session


def _must_be_open(session: DrawerSession, doing: str) -> None:
    if session.state != DrawerState.OPEN.value:
        refused = (_t("This drawer session is {0}: a pick-up is no longer possible.") if doing == "a pick-up" else
                   _t("This drawer session is {0}: counting is no longer possible."))
        raise DrawerRefused(refused.format(state_word(session.state)), "session")


def state_word(state: str) -> str:
    """A drawer session's state as a refusal says it, in the station's language."""
    return {DrawerState.OPEN.value: _t("open"), DrawerState.COUNTED.value: _t("counted"),
            DrawerState.CLOSED.value: _t("closed")}.get(state, state)


def _supervisor_for(actor: Actor, approval: Approval | None, action: str, cashier_id: int) -> Actor:
    """The supervisor answering for an action on a cashier's drawer: the acting user when they are
    a supervisor other than that cashier, else the one-shot approval (which is then used up)."""
    if approval is not None:
        supervisor = approval.take(action, cashier_id)
    elif actor.has(Role.SUPERVISOR):
        supervisor = actor
    else:
        raise AccessDenied(_t("A supervisor must approve this."))
    if supervisor.user_id == cashier_id:
        raise AccessDenied(_t("A supervisor cannot approve their own drawer; ask another supervisor."))
    return supervisor


def _write_units(s: Session, session_id: int, phase: CountPhase, quantities: Mapping[str, int]) -> None:
    for code, quantity in quantities.items():
        s.add(DrawerCount(session_id=session_id, phase=phase.value, tender_kind="cash", unit=code,
                          quantity=quantity, amount=line_amount(code, quantity)))


# -- opening -----------------------------------------------------------------------------------------
@requires(Role.CASHIER)
def open_session(db: Database, actor: Actor, float_quantities: Mapping[str, str | int],
                 business_date: dt.date | None = None) -> SessionView:
    """Open the actor's drawer session at their station with a float counted by unit.

    Refused when the cashier already has a session there that is not closed, or when the business
    date is already closed. ``business_date`` defaults to today.
    """
    counted = parse_cash_count(float_quantities)
    day = business_date or business_day.today()
    try:
        with db.write() as s:
            station = station_by_name(s, actor.station)
            if (other := _unclosed(s, station.id, actor.user_id)) is not None:
                raise DrawerRefused(_t("You already have a drawer session at {0} ({1}, {2}); count and close it "
                                       "first.").format(station.name, business_day.long_date(other.business_date),
                                                        state_word(other.state)), "session")
            business_day.hold_open(s, day)
            if business_day.is_closed(s, day):
                raise DrawerRefused(_t("{0} is closed; no drawer can open for it.").format(
                                        business_day.long_date(day)), "session")
            session = DrawerSession(station_id=station.id, cashier_id=actor.user_id, business_date=day,
                                    opening_float=cash_total(counted), open_key=f"{station.id}:{actor.user_id}")
            s.add(session)
            s.flush()
            _write_units(s, session.id, CountPhase.OPENING, counted)
            record_event(s, actor, "drawer.open", "drawer_session", session.id, after={
                "station": station.name, "business_date": day.isoformat(), "float": session.opening_float,
                "units": counted})
            s.flush()
            return _view(s, session)
    except IntegrityError:
        raise DrawerRefused(_t("You already have a drawer session at this station."), "session") from None


@requires()
def my_session(db: Database, actor: Actor) -> SessionView | None:
    """The actor's drawer session at their station that is not closed yet (open or counted)."""
    if actor.user_id is None:
        return None
    with db.read() as s:
        station = s.scalar(select(Station).where(Station.name == actor.station))
        if station is None:
            return None
        session = _unclosed(s, station.id, actor.user_id)
        return _view(s, session) if session is not None else None


@requires(Role.SUPERVISOR)
def sessions_of_day(db: Database, actor: Actor, day: dt.date | None = None) -> list[SessionView]:
    """Every drawer session of a business date (today by default), every station, oldest first,
    with any session still open from an earlier date (it blocks nothing but must be seen)."""
    day = day or business_day.today()
    with db.read() as s:
        rows = s.scalars(select(DrawerSession).where(
            (DrawerSession.business_date == day)
            | ((DrawerSession.open_key.is_not(None)) & (DrawerSession.business_date < day)))
            .order_by(DrawerSession.opened_at, DrawerSession.id)).all()
        return [_view(s, r) for r in rows]


@requires(Role.CASHIER, Role.SUPERVISOR)
def session_view(db: Database, actor: Actor, session_id: int) -> SessionView:
    """One session (its balances appear once it is counted)."""
    with db.read() as s:
        session = _session(s, session_id)
        _may_see(actor, session)
        return _view(s, session)


def _may_see(actor: Actor, session: DrawerSession) -> None:
    if session.cashier_id != actor.user_id and not actor.has(Role.SUPERVISOR):
        raise AccessDenied(_t("Only the session's cashier or a supervisor may do this."))


@requires(Role.CASHIER, Role.SUPERVISOR)
def items_to_tick(db: Database, actor: Actor, session_id: int) -> list[CountItem]:
    """The checks and money orders of the session's payments (voided ones left out), to tick off."""
    with db.read() as s:
        session = _session(s, session_id)
        _may_see(actor, session)
        first_account = (select(Account.account_number).join(Allocation, Allocation.account_id == Account.id)
                         .where(Allocation.payment_id == Payment.id).order_by(Allocation.id).limit(1)
                         .correlate(Payment).scalar_subquery())
        rows = s.execute(
            select(Tender.id, Tender.kind, Tender.check_number, Tender.serial_number, Tender.amount,
                   Payment.receipt_number, first_account)
            .join(Payment, Payment.id == Tender.payment_id)
            .where(Payment.drawer_session_id == session.id, Tender.kind != TenderKind.CASH.value, _not_voided())
            .order_by(Tender.kind, Tender.id))
        return [CountItem(tid, kind, (check or serial or ""), amount, receipt, account or "")
                for tid, kind, check, serial, amount, receipt, account in rows]


# -- pick-ups ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PickupResult:
    pickup_id: int
    amount: Decimal
    supervisor: str
    cashier: str


@requires(Role.CASHIER, Role.SUPERVISOR)
def record_pickup(db: Database, actor: Actor, session_id: int, quantities: Mapping[str, str | int],
                  approval: Approval | None = None) -> PickupResult:
    """A supervisor takes cash out of an open drawer to the safe, counted by unit.

    The supervisor is the acting user (when a supervisor other than the drawer's cashier) or the
    one given by ``approval`` (action "drawer.pickup", concerning the drawer's cashier). Both names
    are recorded. Refused for more cash than the drawer should hold.
    """
    counted = parse_cash_count(quantities)
    amount = cash_total(counted)
    if amount <= ZERO:
        raise DrawerRefused(_t("Enter the cash taken out, by bill and coin."), "units")
    with db.write() as s:
        session = _session(s, session_id, lock=True)
        _must_be_open(session, "a pick-up")
        if actor.user_id not in (session.cashier_id,) and not actor.has(Role.SUPERVISOR):
            raise AccessDenied(_t("Only the drawer's cashier or a supervisor may record a pick-up."))
        in_drawer = expected_in_drawer(s, session)["cash"].amount
        if amount > in_drawer:
            raise DrawerRefused(_t("The drawer should hold only {0} in cash; a pick-up of {1} is more than "
                                   "that.").format(
                                    format_amount(in_drawer), format_amount(amount)), "units")
        supervisor = _supervisor_for(actor, approval, PICKUP_ACTION, session.cashier_id)
        pickup = CashPickup(session_id=session.id, amount=amount, supervisor_id=supervisor.user_id,
                            cashier_id=session.cashier_id)
        pickup.lines = [CashPickupLine(unit=code, quantity=q, amount=line_amount(code, q))
                        for code, q in counted.items()]
        s.add(pickup)
        s.flush()
        record_event(s, actor, PICKUP_ACTION, "drawer_session", session.id, approver_id=supervisor.user_id,
                     after={"pickup": pickup.id, "amount": amount, "units": counted,
                            "supervisor": supervisor.username, "cashier_id": session.cashier_id})
        return PickupResult(pickup.id, amount, name_of(s, supervisor.user_id), name_of(s, session.cashier_id))


# -- the blind count and the close -------------------------------------------------------------------
def _paper_count(count: ItemCount, kind: str) -> tuple[int, Decimal]:
    # the count table's words for checks and money orders, in the station's language
    if kind == "check":
        label, number_of, total_refused = _t("Checks"), _t("Number of checks"), _t("Checks total: {0}")
    else:  # "money_order"
        label, number_of, total_refused = (_t("Money orders"), _t("Number of money orders"),
                                           _t("Money orders total: {0}"))
    number = parse_quantity(count.count, f"{kind}:count", number_of)
    try:
        total = parse_amount(str(count.total or "0"))
    except MoneyError as exc:
        raise DrawerRefused(total_refused.format(exc), f"{kind}:total") from None
    if number == 0 and total != ZERO:
        raise DrawerRefused(_t("{0}: a total without any item; enter how many there are.").format(label),
                            f"{kind}:count")
    return number, total


def _threshold(s: Session) -> Decimal:
    return read_setting(s, "drawer.difference_threshold")


@requires(Role.CASHIER, Role.SUPERVISOR)
def submit_count(db: Database, actor: Actor, session_id: int, cash_quantities: Mapping[str, str | int],
                 checks: ItemCount, money_orders: ItemCount, ticked: Iterable[int] = ()) -> SessionView:
    """Record the blind count of an open session and compare it with what is expected.

    The count is written first, then the expected figures; over/short is recorded as counted.
    When every difference is within the threshold and every check and money order is ticked, the
    session closes; otherwise it waits (state "counted") for a supervisor's ``approve_difference``.
    The returned view is the first time the cashier sees the expected figures.
    """
    counted_cash = parse_cash_count(cash_quantities)
    paper = {"check": _paper_count(checks, "check"), "money_order": _paper_count(money_orders, "money_order")}
    ticked_ids = set(ticked)
    with db.write() as s:
        session = _session(s, session_id, lock=True)
        _must_be_open(session, "counting")
        if actor.user_id != session.cashier_id and not actor.has(Role.SUPERVISOR):
            raise AccessDenied(_t("Only the drawer's cashier (or a supervisor) counts this drawer."))
        expected_items = {t.id for t in _items(s, session)}
        if stray := ticked_ids - expected_items:
            raise DrawerRefused(_t("Item {0} is not one of this drawer's checks or money orders.").format(
                                    min(stray)), "items")
        _write_units(s, session.id, CountPhase.CLOSING, counted_cash)
        for kind, (number, total) in paper.items():
            s.add(DrawerCount(session_id=session.id, phase=CountPhase.CLOSING.value, tender_kind=kind, unit="",
                              quantity=number, amount=total))
        for tender_id in sorted(ticked_ids):
            s.add(CountedItem(session_id=session.id, tender_id=tender_id))
        expected = expected_in_drawer(s, session)
        counted = {"cash": (0, cash_total(counted_cash)), **paper}
        lines = []
        for kind in TENDER_KINDS:
            items, amount = counted[kind]
            line = DrawerBalance(session_id=session.id, tender_kind=kind, expected=expected[kind].amount,
                                 counted=amount, difference=amount - expected[kind].amount,
                                 expected_items=expected[kind].items, counted_items=items)
            s.add(line)
            lines.append(line)
        threshold = _threshold(s)
        balanced = (all(within_threshold(line.difference, threshold) for line in lines)
                    and all(line.counted_items == line.expected_items for line in lines if line.tender_kind != "cash")
                    and ticked_ids == expected_items)
        now = utcnow()
        session.counted_at = now
        session.counted_by_id = actor.user_id
        session.state = DrawerState.COUNTED.value
        if balanced:
            _close(session, actor.user_id, now)
        s.flush()
        record_event(s, actor, "drawer.count", "drawer_session", session.id, after={
            "cash_units": counted_cash,
            "balances": {line.tender_kind: {"expected": line.expected, "counted": line.counted,
                                            "difference": line.difference, "items": line.counted_items}
                         for line in lines},
            "missing_items": sorted(expected_items - ticked_ids), "closed": balanced})
        s.expire(session, ["balances"])
        return _view(s, session)


def _items(s: Session, session: DrawerSession) -> list[Tender]:
    return list(s.scalars(select(Tender).join(Payment, Payment.id == Tender.payment_id).where(
        Payment.drawer_session_id == session.id, Tender.kind != TenderKind.CASH.value, _not_voided())))


def _close(session: DrawerSession, closed_by: int | None, at: dt.datetime) -> None:
    session.state = DrawerState.CLOSED.value
    session.closed_at = at
    session.closed_by_id = closed_by
    session.open_key = None


@requires(Role.CASHIER, Role.SUPERVISOR)
def approve_difference(db: Database, actor: Actor, session_id: int, note: str,
                       approval: Approval | None = None) -> SessionView:
    """A supervisor (not the drawer's cashier) accepts a counted session's differences with a note;
    the session closes with its over/short as counted."""
    text = required_text(note, NOTE_MAX, _t("Write a note on the difference before approving it."), DrawerRefused,
                         "note")
    with db.write() as s:
        session = _session(s, session_id, lock=True)
        if session.state != DrawerState.COUNTED.value:
            raise DrawerRefused(_t("Only a counted drawer waiting for approval can be approved (this one is "
                                   "{0}).").format(
                                    
                state_word(session.state)), "session")
        supervisor = _supervisor_for(actor, approval, DIFFERENCE_ACTION, session.cashier_id)
        if session.counted_by_id not in (None, session.cashier_id) and supervisor.user_id == session.counted_by_id:
            raise AccessDenied(_t("You counted this drawer for its cashier: another supervisor approves its "
                                  "difference."))
        session.approved_by_id = supervisor.user_id
        session.difference_note = text
        _close(session, supervisor.user_id, utcnow())
        s.flush()
        record_event(s, actor, DIFFERENCE_ACTION, "drawer_session", session.id, approver_id=supervisor.user_id,
                     after={"note": text, "cashier_id": session.cashier_id, "approved_by": supervisor.username,
                            "differences": {b.tender_kind: b.difference for b in session.balances}})
        return _view(s, session)


# -- for posting and voiding -------------------------------------------------------------------------
_sessions, _stations = DrawerSession.__table__, Station.__table__
# FOR SHARE: posts to one drawer never wait on each other, but a count (FOR UPDATE) waits for a
# post in flight, and a post waits for a count in flight (then sees the drawer counted).
_OPEN_SESSION_OF = (select(_sessions.c.id, _sessions.c.business_date, _sessions.c.state)
                    .join(_stations, _stations.c.id == _sessions.c.station_id)
                    .where(_stations.c.name == bindparam("station"), _sessions.c.cashier_id == bindparam("cashier"),
                           _sessions.c.open_key.is_not(None))
                    .with_for_update(read=True, of=_sessions))


def open_session_for_posting(s: Session, actor: Actor, found=None):  # noqa: ANN001, ANN201 - a row: id, business_date, state
    """The actor's open session at their station, dated today; raises DrawerRefused (field
    "drawer") otherwise. Called inside the posting transaction (one query, or none when ``found`` is
    the session row the caller already read and locked: services/posting_state.py)."""
    session = found if found is not None else \
        s.execute(_OPEN_SESSION_OF, {"station": actor.station, "cashier": actor.user_id}).first() \
        if actor.user_id is not None else None
    if session is None:
        raise DrawerRefused(_t("Open your drawer session (count the opening float) before taking payments."), "drawer")
    if session.state != DrawerState.OPEN.value:
        raise DrawerRefused(_t("Your drawer is counted: it takes no more payments. Open a new session once a "
                               "supervisor has closed it."), "drawer")
    if session.business_date != business_day.today():
        raise DrawerRefused(_t("Your drawer session is for {0}; count and close it, then open today's.").format(
                                business_day.long_date(session.business_date)), "drawer")
    return session


__all__ = [
    "BalanceLine", "CashFlow", "CountItem", "DrawerRefused", "Expected", "ItemCount", "PickupResult",
    "SessionView", "UNITS_BY_CODE", "approve_difference", "expected_cash", "expected_in_drawer",
    "items_to_tick", "my_session", "open_session", "open_session_for_posting", "record_pickup",
    "session_view", "sessions_of_day", "submit_count", "within_threshold",
]
