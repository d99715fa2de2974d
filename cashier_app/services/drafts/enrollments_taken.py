"""The supervisor's list of a day's bank draft enrollments: the ones taken at the counter, and the
ones that ended (cancelled, replaced by a change of bank, or ended by the bank), with who did it,
where the paper form is filed and whether its scans are in. Last 4 digits only."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.models import Account, Customer, DraftDocument, DraftEnrollment, Role, User
from cashier_app.services.access import Actor, requires
from cashier_app.services.people import person_name

TAKEN, ENDED = "enrolled", "ended"


@dataclass(frozen=True)
class EnrollmentTaken:
    """One row of the day's list: an enrollment taken, or one that ended, that day."""

    enrollment_id: int
    what: str  # "enrolled" or "ended"
    at: dt.datetime | None  # when it was taken (ended ones: None; they carry the day only)
    account_number: str
    customer_name: str
    bank_name: str
    account_type: str
    last4: str
    status: str  # the enrollment's status now
    by: str  # who took it, or who ended it
    form_location: str
    scans: int
    ended_reason: str = ""
    replaces_id: int | None = None


@requires(Role.SUPERVISOR)
def enrollments_taken(db: Database, actor: Actor, day: dt.date) -> list[EnrollmentTaken]:
    """The enrollments taken on ``day`` (the City's calendar day), oldest first, then the ones that
    ended on ``day``."""
    start, end = city_time.day_bounds(day)
    scans = (select(func.count(DraftDocument.id)).where(DraftDocument.enrollment_id == DraftEnrollment.id)
             .scalar_subquery())
    with db.read() as s:
        rows = s.execute(
            select(DraftEnrollment, Account.account_number, Customer, scans)
            .join(Account, Account.id == DraftEnrollment.account_id)
            .join(Customer, Customer.id == Account.customer_id)
            .where(or_((DraftEnrollment.created_at >= start) & (DraftEnrollment.created_at < end),
                       DraftEnrollment.ended_on == day))
            .order_by(DraftEnrollment.created_at, DraftEnrollment.id)).all()
        people = {u.id: person_name(u) for u in s.scalars(select(User).where(User.id.in_(
            {e.enrolled_by_id for e, *_ in rows} | {e.ended_by_id for e, *_ in rows})))}
    taken, ended = [], []
    for enrollment, number, customer, count in rows:
        common = dict(enrollment_id=enrollment.id, account_number=number, customer_name=customer.display_name,
                      bank_name=enrollment.bank_name, account_type=enrollment.bank_account_type,
                      last4=enrollment.bank_account_last4, status=enrollment.status,
                      form_location=enrollment.form_location, scans=int(count or 0),
                      ended_reason=enrollment.ended_reason, replaces_id=enrollment.replaces_id)
        created = enrollment.created_at
        if created is not None and start <= created < end:
            taken.append(EnrollmentTaken(what=TAKEN, at=created, by=people.get(enrollment.enrolled_by_id, ""),
                                         **common))
        if enrollment.ended_on == day:
            ended.append(EnrollmentTaken(what=ENDED, at=None, by=people.get(enrollment.ended_by_id, ""), **common))
    return taken + ended
