"""Enrolling a customer's accounts in bank draft at the counter, ending an enrollment, and where its
paper form is filed.

- :func:`enroll` checks the form as typed (``enrollment_form.check_enrollment_form``) against the
  customer's accounts, ends the enrollments it replaces (a change of bank: they are kept, status
  ``ended``, reason "replaced", with the day the paper form may be destroyed), and stores one
  ``pending`` enrollment per ticked account (its prenote goes in the next run): the bank account
  number encrypted with this station's ``draft.key``, its last 4 in clear. One transaction, audited.
- :func:`cancel_enrollment` ends one enrollment (the customer asked), audited.
- :func:`record_form_filing` says where the signed paper form is filed.

A signed authorization is kept ``drafts.form_retention_years`` (2) years after the enrollment ends:
``retention_until`` is set when it ends. No message, audit event or log line holds more than the
last 4 digits of a bank account.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Account, DraftEnrollment, EnrollmentStatus, Role
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event
from cashier_app.services.balances import lock_accounts
from cashier_app.services.drafts import draft_key
from cashier_app.services.drafts.enrollment_form import (
    AccountFacts, CheckedEnrollment, EnrollmentForm, EnrollmentRefused, check_enrollment_form,
)
from cashier_app.services.refusal import required_text
from cashier_app.services.settings import read_settings

ENROLL_ACTION = "draft.enroll"
END_ACTION = "draft.end"
FILED_ACTION = "draft.form_filed"
REPLACED = "replaced"
LOCATION_LIMIT = 120  # DraftEnrollment.form_location
REASON_LIMIT = 200  # DraftEnrollment.ended_reason
LIVE = (EnrollmentStatus.PENDING.value, EnrollmentStatus.ACTIVE.value)


@dataclass(frozen=True)
class EnrollResult:
    """What :func:`enroll` stored: one enrollment per ticked account (same order)."""

    customer_id: int
    enrollment_ids: tuple[int, ...]
    account_numbers: tuple[str, ...]
    bank_account_last4: str
    replaced_ids: tuple[int, ...]  # the enrollments that ended (kept) for this one


def retention_end(ended_on: dt.date, years: int) -> dt.date:
    """The day after which the paper form of an enrollment that ended on ``ended_on`` may be destroyed
    (the same day ``years`` later; Feb 28 for Feb 29)."""
    try:
        return ended_on.replace(year=ended_on.year + years)
    except ValueError:
        return ended_on.replace(year=ended_on.year + years, day=28)


def live_enrollment(session: Session, account_id: int) -> DraftEnrollment | None:
    """The account's enrollment that is pending or active (at most one), or None."""
    return session.scalar(select(DraftEnrollment).where(DraftEnrollment.account_id == account_id,
                                                        DraftEnrollment.status.in_(LIVE))
                          .order_by(DraftEnrollment.id.desc()).limit(1))


def customer_facts(session: Session, customer_id: int) -> dict[int, AccountFacts]:
    """What ``check_enrollment_form`` needs of each of the customer's accounts, by account id."""
    accounts = session.scalars(select(Account).where(Account.customer_id == customer_id)).all()
    live = {e.account_id: e.bank_account_last4 for e in session.scalars(
        select(DraftEnrollment).where(DraftEnrollment.account_id.in_([a.id for a in accounts]),
                                      DraftEnrollment.status.in_(LIVE)))}
    return {a.id: AccountFacts(a.account_number, a.status, live.get(a.id)) for a in accounts}


def writing_cipher(session: Session):  # noqa: ANN201 - MultiFernet
    """The cipher new numbers are written with. The first enrollment of a database makes the key
    when the station has none; after that a station without the key, or with another key than the
    one the stored numbers were written with, is refused (DraftKeyError): its numbers could not be
    read by the other stations."""
    stored = session.scalar(select(DraftEnrollment.bank_account_encrypted).limit(1))
    if stored is None:
        draft_key.ensure_key()
    cipher = draft_key.draft_cipher()
    if stored is not None:
        draft_key.decrypt_text(cipher, stored)  # raises DraftKeyError, never shows the number
    return cipher


def check_location(text: str) -> str:
    location = " ".join((text or "").split())
    if len(location) > LOCATION_LIMIT:
        raise EnrollmentRefused(_t("Where the form is filed is longer than {0} characters.").format(LOCATION_LIMIT),
                                "form_location")
    return location


def _end(s: Session, actor: Actor, enrollment: DraftEnrollment, today: dt.date, reason: str, years: int,
         **extra) -> None:  # noqa: ANN003 - more facts for the audit event
    before = {"status": enrollment.status}
    enrollment.status = EnrollmentStatus.ENDED.value
    enrollment.ended_on = today
    enrollment.ended_reason = reason
    enrollment.ended_by_id = actor.user_id
    enrollment.retention_until = retention_end(today, years)
    record_event(s, actor, END_ACTION, "draft_enrollment", enrollment.id, before=before,
                 after={"status": enrollment.status, "ended_on": today, "reason": reason,
                        "retention_until": enrollment.retention_until,
                        "bank_account": f"****{enrollment.bank_account_last4}", **extra})


@requires(Role.CASHIER, Role.SUPERVISOR)
def enroll(db: Database, actor: Actor, customer_id: int, form: EnrollmentForm, *, replace: bool = False,
           form_location: str = "") -> EnrollResult:
    """Enroll the ticked accounts of the customer from the signed form, in one transaction.

    Raises EnrollmentRefused at the field of the first problem and changes nothing; an account
    already enrolled is refused with ``needs_confirmation`` unless ``replace`` (then its enrollment
    ends, kept, reason "replaced"). DraftKeyError when this station's key cannot be used."""
    location = check_location(form_location)
    today = city_time.today()
    with db.write() as s:
        lock_accounts(s, form.account_ids)
        settings = read_settings(s, "drafts.allow_savings", "drafts.max_signature_age_days",
                                 "drafts.form_retention_years")
        facts = customer_facts(s, customer_id)
        if not facts:
            raise EnrollmentRefused(_t("That customer has no account."), "accounts")
        checked: CheckedEnrollment = check_enrollment_form(
            form, today=today, allow_savings=settings["drafts.allow_savings"] == "yes",
            max_signature_age_days=int(settings["drafts.max_signature_age_days"]), accounts=facts,
            replace=replace)
        cipher = writing_cipher(s)
        years = int(settings["drafts.form_retention_years"])
        replaced: dict[int, DraftEnrollment] = {}
        for account_id in checked.replaces:
            old = live_enrollment(s, account_id)
            if old is not None:
                replaced[account_id] = old
                _end(s, actor, old, today, REPLACED, years)
        s.flush()
        made = []
        for account_id in checked.account_ids:
            old = replaced.get(account_id)
            enrollment = DraftEnrollment(
                account_id=account_id, status=EnrollmentStatus.PENDING.value,
                name_on_account=checked.bank_account_name, bank_name=checked.bank_name,
                routing_number=checked.routing_number,
                bank_account_encrypted=draft_key.encrypt_text(cipher, checked.account_number),
                bank_account_last4=checked.last4, bank_account_type=checked.account_type,
                phone=checked.phone, email=checked.email, signed_on=checked.signed_on,
                signed_form_received=True, voided_check_received=True, form_location=location,
                replaces_id=old.id if old is not None else None, enrolled_by_id=actor.user_id,
                created_at=city_time.clock())  # the City's clock: its day is the day of the day report
            s.add(enrollment)
            s.flush()
            made.append(enrollment)
            record_event(s, actor, ENROLL_ACTION, "draft_enrollment", enrollment.id,
                         before={"replaces": old.id, "bank_account": f"****{old.bank_account_last4}"} if old else None,
                         after={"account": facts[account_id].account_number, "customer_id": customer_id,
                                "status": enrollment.status, "routing_number": checked.routing_number,
                                "bank_account": f"****{checked.last4}", "account_type": checked.account_type,
                                "signed_on": checked.signed_on, "form_location": location})
        return EnrollResult(customer_id, tuple(e.id for e in made),
                            tuple(facts[e.account_id].account_number for e in made), checked.last4,
                            tuple(o.id for o in replaced.values()))


@requires(Role.CASHIER, Role.SUPERVISOR)
def cancel_enrollment(db: Database, actor: Actor, enrollment_id: int, reason: str) -> dt.date:
    """End an enrollment because the customer asked (``reason`` as they said it); it is kept, and its
    paper form until the returned retention day. Refused at "reason" when blank, at "enrollment"
    when it has already ended."""
    text = required_text(reason, REASON_LIMIT, _t("Say why the draft is cancelled (for example: the customer "
                                                      "asked at the counter)."), EnrollmentRefused)
    today = city_time.today()
    with db.write() as s:
        enrollment = s.get(DraftEnrollment, enrollment_id)
        if enrollment is None:
            raise EnrollmentRefused(_t("That enrollment does not exist."), "enrollment")
        if enrollment.status == EnrollmentStatus.ENDED.value:
            raise EnrollmentRefused(_t("This bank draft already ended on {0:%m/%d/%Y}.").format(enrollment.ended_on),
                                    "enrollment")
        years = int(read_settings(s, "drafts.form_retention_years")["drafts.form_retention_years"])
        _end(s, actor, enrollment, today, f"cancelled: {text}"[:REASON_LIMIT], years, cancelled=True)
        return enrollment.retention_until


@requires(Role.CASHIER, Role.SUPERVISOR)
def record_form_filing(db: Database, actor: Actor, enrollment_id: int, location: str) -> str:
    """Record where the signed paper form of an enrollment is filed (a binder, a drawer, a box);
    audited. Returns the location as stored."""
    where = check_location(location)
    if not where:
        raise EnrollmentRefused(_t("Say where the signed form is filed."), "form_location")
    with db.write() as s:
        enrollment = s.get(DraftEnrollment, enrollment_id)
        if enrollment is None:
            raise EnrollmentRefused(_t("That enrollment does not exist."), "enrollment")
        before = enrollment.form_location
        enrollment.form_location = where
        record_event(s, actor, FILED_ACTION, "draft_enrollment", enrollment.id,
                     before={"form_location": before}, after={"form_location": where})
        return where


@dataclass(frozen=True)
class EnrollableAccount:
    """One of the customer's accounts as the enrollment form lists it."""

    account_id: int
    account_number: str
    service_address: str
    status: str  # "active", "final" or "inactive"
    enrolled_last4: str | None  # last 4 of the bank account it is drafted from now; None: not enrolled


@requires(Role.CASHIER, Role.SUPERVISOR)
def enrollable_accounts(db: Database, actor: Actor, customer_id: int) -> list[EnrollableAccount]:
    """The customer's accounts for the form's check boxes, by account number."""
    with db.read() as s:
        facts = customer_facts(s, customer_id)
        addresses = dict(s.execute(select(Account.id, Account.service_address)
                                   .where(Account.customer_id == customer_id)).all())
    return sorted((EnrollableAccount(i, f.account_number, addresses.get(i, ""), f.status, f.enrolled_last4)
                   for i, f in facts.items()), key=lambda a: a.account_number)
