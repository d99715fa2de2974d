"""The customer's confirmation of a bank draft enrollment: a slip from the receipt printer (through
the persisted print queue, like a receipt) and a letter for a window envelope (PDF). Both list the
customer's accounts drafted from the same bank account, the first bill drafted and its date, the
terms and how to cancel; never more than the last 4 digits of the bank account.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.i18n import _t, customer_language, long_date
from cashier_app.money import format_amount
from cashier_app.models import Account, Customer, DraftEnrollment, PrintDocument, PrintJob, Role, User
from cashier_app.receipts.draft_confirmation import ConfirmedAccount, DraftConfirmation, first_draft_text
from cashier_app.reports.draft_confirmation_letter import ConfirmationLetter, render_confirmation_letter
from cashier_app.reports.draft_terms import draft_terms, how_to_cancel
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event
from cashier_app.services.drafts.draft_state import load_draft_state
from cashier_app.services.drafts.enrollments import LIVE, EnrollmentRefused
from cashier_app.services.people import person_name
from cashier_app.services.settings import read_setting
from cashier_app.services.stations import station_by_name

QUEUED_ACTION, LETTER_ACTION = "draft.confirmation_queued", "draft.confirmation_letter"


def _status(status: str) -> str:
    return {"pending": _t("Pending prenote"), "active": _t("Active"), "ended": _t("Ended")}.get(status, status)


def _pay_today(not_drafted) -> str:  # noqa: ANN001 - draft_state.NotDrafted or None
    """The not-drafted sentence in the slip's language (draft_rules.not_drafted_sentence is English)."""
    if not_drafted is None:
        return ""
    return _t("Your bill of {0} due {1} is not drafted: pay it today.").format(
        format_amount(not_drafted.amount), long_date(not_drafted.due_date))


def reference(enrollment_id: int) -> str:
    """The enrollment's number as the customer sees it: ``D000042``."""
    return f"D{enrollment_id:06d}"


def mailing_lines(customer: Customer) -> tuple[str, ...]:
    town = " ".join(p for p in (f"{customer.city}," if customer.city else "", customer.state, customer.zip_code) if p)
    return tuple(line for line in (customer.mailing_address1, customer.mailing_address2, town)
                 if line and line.strip())


def _same_bank_account(session: Session, enrollment: DraftEnrollment, customer_id: int) -> list[DraftEnrollment]:
    """The enrollments the slip confirms: the customer's live ones drafted from the same bank account
    (the accounts ticked on one form), or this one alone once it has ended."""
    if enrollment.status not in LIVE:
        return [enrollment]
    return list(session.scalars(
        select(DraftEnrollment).join(Account, Account.id == DraftEnrollment.account_id)
        .where(Account.customer_id == customer_id, DraftEnrollment.status.in_(LIVE),
               DraftEnrollment.routing_number == enrollment.routing_number,
               DraftEnrollment.bank_account_last4 == enrollment.bank_account_last4)
        .order_by(DraftEnrollment.id)))


@customer_language()
def build_confirmation(session: Session, enrollment_id: int, mark: str = "", station: str = "") -> DraftConfirmation:
    """The confirmation of an enrollment, as of now (header, footer and street from the settings)."""
    enrollment = session.get(DraftEnrollment, enrollment_id)
    if enrollment is None:
        raise LookupError(f"No bank draft enrollment {enrollment_id}.")
    customer = session.get(Account, enrollment.account_id).customer
    header = tuple(read_setting(session, "receipt.header"))
    confirmed = []
    for one in _same_bank_account(session, enrollment, customer.id):
        account = session.get(Account, one.account_id)
        state = load_draft_state(session, account.id)
        first = state.first_bill if state else None
        confirmed.append(ConfirmedAccount(
            account.account_number, account.service_address,
            first_draft_text(first.bill_date if first else None, first.amount if first else None,
                             first.draft_date if first else None),
            _pay_today(state.not_drafted if state else None)))
    enrolled_by = session.get(User, enrollment.enrolled_by_id) if enrollment.enrolled_by_id else None
    street = header[2] if len(header) > 2 else "300 South Washington Street"
    phone = header[4] if len(header) > 4 else ""
    return DraftConfirmation(
        header=header, reference=reference(enrollment.id), printed_at=city_time.now(), station=station,
        cashier=person_name(enrolled_by) if enrolled_by else "", customer_name=customer.display_name,
        customer_number=customer.customer_number, accounts=tuple(confirmed),
        name_on_account=enrollment.name_on_account, bank_name=enrollment.bank_name,
        account_type=enrollment.bank_account_type, last4=enrollment.bank_account_last4,
        signed_on=enrollment.signed_on, status=_status(enrollment.status),
        terms=draft_terms(with_cancel=False), how_to_cancel=how_to_cancel(street, phone), mark=mark)


@requires(Role.CASHIER, Role.SUPERVISOR)
def queue_confirmation(db: Database, actor: Actor, enrollment_id: int, *, reprint: bool = False) -> int:
    """Put the confirmation slip in this station's print queue (it never opens the drawer); audited.
    Returns the print job's id; the station's print worker prints it like a receipt."""
    with db.write() as s:
        enrollment = s.get(DraftEnrollment, enrollment_id)
        if enrollment is None:
            raise EnrollmentRefused(_t("That enrollment does not exist."), "enrollment")
        station = station_by_name(s, actor.station)
        job = PrintJob(station_id=station.id, payment_id=None, enrollment_id=enrollment.id,
                       document=PrintDocument.DRAFT_CONFIRMATION.value, mark="REPRINT" if reprint else "",
                       open_drawer=False)
        s.add(job)
        s.flush()
        record_event(s, actor, QUEUED_ACTION, "draft_enrollment", enrollment.id,
                     after={"job": job.id, "station": station.name, "reprint": reprint})
        return job.id


@requires(Role.CASHIER, Role.SUPERVISOR)
def write_confirmation_letter(db: Database, actor: Actor, enrollment_id: int, out: Path) -> Path:
    """Draw the confirmation letter (PDF for a window envelope) to ``out``; audited."""
    with db.write() as s:
        slip = build_confirmation(s, enrollment_id, station=actor.station)
        enrollment = s.get(DraftEnrollment, enrollment_id)
        customer = s.get(Account, enrollment.account_id).customer
        letter = ConfirmationLetter(slip, city_time.today(), mailing_lines(customer))
        written = render_confirmation_letter(letter, Path(out))  # a letter that fails is not audited
        record_event(s, actor, LETTER_ACTION, "draft_enrollment", enrollment_id, after={"file": written.name})
    return written
