"""Enrolling at the counter on a real database (SQLite, and PostgreSQL when configured): stored
encrypted, every refusal at its field with nothing changed, a change of bank keeps the old one,
cancelling, where the form is filed, what the account view shows, the day's list and the day report."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cashier_app.models import AuditEvent, Bill, DraftEnrollment
from cashier_app.services import accounts, day_report
from cashier_app.services.access import AccessDenied
from cashier_app.services.audit import verify_chain
from cashier_app.services.drafts import draft_key, draft_rules
from cashier_app.services.drafts.draft_key import DraftKeyError
from cashier_app.services.drafts.draft_state import draft_state
from cashier_app.services.drafts.enrollment_form import EnrollmentRefused
from cashier_app.services.drafts.enrollments import (
    cancel_enrollment, enroll, enrollable_accounts, record_form_filing, retention_end,
)
from cashier_app.services.drafts.enrollments_taken import enrollments_taken
from cashier_app.services.settings import set_setting
from tests.enrollment_support import ACCOUNT_NUMBER, TODAY, customer_of, form

def counts(db) -> tuple[int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count(DraftEnrollment.id))), s.scalar(select(func.count(AuditEvent.id))))


def every_text(db) -> str:
    """Everything a database dump shows in clear (audit events, enrollments' text columns)."""
    with db.read() as s:
        events = s.scalars(select(AuditEvent)).all()
        rows = s.scalars(select(DraftEnrollment)).all()
        return repr([(e.action, e.before, e.after) for e in events]) + repr(
            [(r.routing_number, r.bank_account_last4, r.name_on_account, r.ended_reason, r.form_location) for r in rows])


def add_bill(db, account_id: int, bill_date: dt.date, draft_date: dt.date | None, amount: str = "84.10") -> None:
    with db.write() as s:
        s.add(Bill(account_id=account_id, bill_date=bill_date, due_date=bill_date + dt.timedelta(days=20),
                   draft_date=draft_date, amount=Decimal(amount)))


def test_an_enrollment_is_stored_pending_with_the_number_encrypted(enrolling):
    db, cashier, _boss, ids = enrolling
    result = enroll(db, cashier, customer_of(db, ids["main"]), form(ids["main"], ids["second"]),
                    form_location="Binder 3, tab O")
    assert result.account_numbers == ("1000001", "1000002") and result.bank_account_last4 == "7890"
    with db.read() as s:
        rows = s.scalars(select(DraftEnrollment).order_by(DraftEnrollment.id)).all()
        assert [r.status for r in rows] == ["pending", "pending"]
        one = rows[0]
        assert (one.routing_number, one.bank_account_last4, one.bank_account_type) == ("053000196", "7890", "checking")
        assert (one.name_on_account, one.bank_name, one.phone, one.email) == (
            "Renee O'Brien", "First Bank", "7045550142", "renee@example.com")
        assert one.signed_on == TODAY - dt.timedelta(days=2) and one.form_location == "Binder 3, tab O"
        assert one.signed_form_received and one.voided_check_received and one.enrolled_by_id == cashier.user_id
        assert ACCOUNT_NUMBER.encode() not in bytes(one.bank_account_encrypted)
        assert draft_key.decrypt_text(draft_key.draft_cipher(), one.bank_account_encrypted) == ACCOUNT_NUMBER
        assert verify_chain(s).first_broken_id is None
    text = every_text(db)
    assert ACCOUNT_NUMBER not in text and "567890" not in text and "****7890" in text


@pytest.mark.parametrize("changes, field", [
    (dict(account_ids=()), "accounts"),
    (dict(bank_account_name=" "), "bank_account_name"),
    (dict(routing_number="053000197"), "routing_number"),  # check digit
    (dict(routing_number="500000002"), "routing_number"),  # unassigned Federal Reserve prefix
    (dict(account_number="12a4567"), "account_number"),
    (dict(account_number="123"), "account_number"),
    (dict(account_number_again="001234567891"), "account_number_again"),
    (dict(account_type="savings"), "account_type"),
    (dict(phone="555-01"), "phone"),
    (dict(email="renee at example"), "email"),
    (dict(signed_on=TODAY + dt.timedelta(days=1)), "signed_on"),
    (dict(signed_on=TODAY - dt.timedelta(days=61)), "signed_on"),
    (dict(form_received=False), "form_received"),
    (dict(voided_check_received=False), "voided_check_received"),
])
def test_every_refusal_is_at_its_field_and_changes_nothing(enrolling, changes, field):
    db, cashier, _boss, ids = enrolling
    typed = form(ids["main"], **changes)
    before = counts(db)
    with pytest.raises(EnrollmentRefused) as caught:
        enroll(db, cashier, customer_of(db, ids["main"]), typed)
    assert caught.value.field == field and not caught.value.needs_confirmation
    assert ACCOUNT_NUMBER not in str(caught.value) and "4567891" not in str(caught.value)
    assert counts(db) == before


def test_an_account_of_another_customer_a_final_one_and_a_long_location_are_refused(enrolling):
    db, cashier, _boss, ids = enrolling
    customer = customer_of(db, ids["main"])
    with pytest.raises(EnrollmentRefused) as caught:
        enroll(db, cashier, customer, form(ids["main"], ids["other"]))
    assert caught.value.field == "accounts"
    with db.write() as s:
        s.execute(DraftEnrollment.__table__.delete())
        from cashier_app.models import Account
        s.get(Account, ids["second"]).status = "final"
    with pytest.raises(EnrollmentRefused, match="final-billed") as caught:
        enroll(db, cashier, customer, form(ids["second"]))
    with pytest.raises(EnrollmentRefused) as caught:
        enroll(db, cashier, customer, form(ids["main"]), form_location="x" * 121)
    assert caught.value.field == "form_location"
    assert counts(db)[0] == 0


def test_savings_is_taken_when_the_setting_allows_it(enrolling, admin):
    db, cashier, _boss, ids = enrolling
    set_setting(db, admin, "drafts.allow_savings", "yes")
    enroll(db, cashier, customer_of(db, ids["main"]), form(ids["main"], account_type="savings"))
    with db.read() as s:
        assert s.scalar(select(DraftEnrollment.bank_account_type)) == "savings"


def test_already_enrolled_asks_then_replace_ends_the_old_one_and_keeps_it(enrolling):
    db, cashier, _boss, ids = enrolling
    customer = customer_of(db, ids["main"])
    first = enroll(db, cashier, customer, form(ids["main"]))
    before = counts(db)
    with pytest.raises(EnrollmentRefused) as caught:
        enroll(db, cashier, customer, form(ids["main"], account_number="99887766", account_number_again="99887766"))
    assert caught.value.needs_confirmation and caught.value.field == "accounts" and "7890" in str(caught.value)
    assert counts(db) == before
    second = enroll(db, cashier, customer, form(ids["main"], account_number="99887766",
                                                account_number_again="99887766"), replace=True)
    assert second.replaced_ids == first.enrollment_ids
    with db.read() as s:
        old = s.get(DraftEnrollment, first.enrollment_ids[0])
        new = s.get(DraftEnrollment, second.enrollment_ids[0])
    assert (old.status, old.ended_on, old.ended_reason, old.ended_by_id) == ("ended", TODAY, "replaced", cashier.user_id)
    assert old.retention_until == dt.date(2028, 11, 10)
    assert (new.status, new.replaces_id, new.bank_account_last4) == ("pending", old.id, "7766")
    view = draft_state(db, cashier, ids["main"])
    assert view.enrollment_id == new.id and view.last4 == "7766"


def test_cancel_ends_it_keeps_it_and_says_when_the_form_may_go(enrolling):
    db, cashier, _boss, ids = enrolling
    made = enroll(db, cashier, customer_of(db, ids["main"]), form(ids["main"]))
    enrollment_id = made.enrollment_ids[0]
    with pytest.raises(EnrollmentRefused) as caught:
        cancel_enrollment(db, cashier, enrollment_id, "  ")
    assert caught.value.field == "reason"
    assert cancel_enrollment(db, cashier, enrollment_id, "customer asked at the counter") == dt.date(2028, 11, 10)
    with pytest.raises(EnrollmentRefused, match="already ended") as caught:
        cancel_enrollment(db, cashier, enrollment_id, "again")
    state = draft_state(db, cashier, ids["main"])
    assert state.status == "ended" and state.badge == "Bank draft ended (cancelled)"
    assert state.ended_reason == "cancelled: customer asked at the counter"
    with db.read() as s:
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions[-2:] == ["draft.enroll", "draft.end"]
    # enrolling again after a cancel needs no confirmation
    enroll(db, cashier, customer_of(db, ids["main"]), form(ids["main"]))


def test_where_the_form_is_filed_is_recorded_and_audited(enrolling):
    db, cashier, _boss, ids = enrolling
    made = enroll(db, cashier, customer_of(db, ids["main"]), form(ids["main"]))
    with pytest.raises(EnrollmentRefused) as caught:
        record_form_filing(db, cashier, made.enrollment_ids[0], "")
    assert caught.value.field == "form_location"
    assert record_form_filing(db, cashier, made.enrollment_ids[0], " Cabinet  B ") == "Cabinet B"
    with db.read() as s:
        assert s.get(DraftEnrollment, made.enrollment_ids[0]).form_location == "Cabinet B"
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)) == "draft.form_filed"


def test_retention_end_is_two_years_later_and_leap_days_fall_back():
    assert retention_end(dt.date(2026, 11, 10), 2) == dt.date(2028, 11, 10)
    assert retention_end(dt.date(2028, 2, 29), 2) == dt.date(2030, 2, 28)


def test_the_account_view_shows_the_first_drafted_bill_or_the_bill_to_pay_today(enrolling):
    db, cashier, _boss, ids = enrolling
    assert accounts.account_view(db, cashier, ids["main"]).draft is None
    enroll(db, cashier, customer_of(db, ids["main"]), form(ids["main"]))
    first_possible = draft_rules.first_draft_date_possible(TODAY, 2, 3, active=False)
    add_bill(db, ids["main"], TODAY - dt.timedelta(days=5), first_possible - dt.timedelta(days=1), "84.10")
    view = accounts.account_view(db, cashier, ids["main"])
    state = view.draft
    assert state.status == "pending" and state.badge == "Bank draft: pending prenote" and not view.bank_draft_active
    assert (state.bank_name, state.account_type, state.masked_account) == ("First Bank", "checking", "****7890")
    assert state.first_possible == first_possible and state.first_bill is None
    due = TODAY + dt.timedelta(days=15)
    assert state.not_drafted.sentence == f"Your bill of $84.10 due {due:%B} {due.day}, {due.year} is not drafted: pay it today."
    add_bill(db, ids["main"], TODAY - dt.timedelta(days=1), first_possible + dt.timedelta(days=4), "90.00")
    state = accounts.account_view(db, cashier, ids["main"]).draft
    assert state.not_drafted is None
    # the balance is $128.45 from the extract: the whole $90.00 bill is drafted on its printed date
    assert (state.first_bill.amount, state.first_bill.draft_date) == (Decimal("90.00"), first_possible + dt.timedelta(days=4))


def test_a_station_with_another_key_cannot_enroll_and_nothing_is_stored(enrolling, cashier_home):
    db, cashier, _boss, ids = enrolling
    customer = customer_of(db, ids["main"])
    enroll(db, cashier, customer, form(ids["main"]))
    from cryptography.fernet import Fernet

    draft_key.key_path().write_bytes(Fernet.generate_key() + b"\n")
    before = counts(db)
    with pytest.raises(DraftKeyError) as caught:
        enroll(db, cashier, customer, form(ids["second"]))
    assert "draft.key" in str(caught.value) and ACCOUNT_NUMBER not in str(caught.value)
    assert counts(db) == before


def test_the_form_lists_the_customers_accounts_with_their_enrollment(enrolling):
    db, cashier, _boss, ids = enrolling
    enroll(db, cashier, customer_of(db, ids["main"]), form(ids["second"]))
    listed = enrollable_accounts(db, cashier, customer_of(db, ids["main"]))
    assert [(a.account_number, a.enrolled_last4) for a in listed] == [("1000001", None), ("1000002", "7890")]


def test_the_supervisor_sees_the_days_enrollments_and_endings(enrolling):
    db, cashier, boss, ids = enrolling
    customer = customer_of(db, ids["main"])
    first = enroll(db, cashier, customer, form(ids["main"]), form_location="Binder 1")
    enroll(db, cashier, customer, form(ids["main"], account_number="99887766", account_number_again="99887766"),
           replace=True)
    with pytest.raises(AccessDenied):
        enrollments_taken(db, cashier, TODAY)
    rows = enrollments_taken(db, boss, TODAY)
    assert [(r.what, r.last4, r.status) for r in rows] == [
        ("enrolled", "7890", "ended"), ("enrolled", "7766", "pending"), ("ended", "7890", "ended")]
    assert rows[0].form_location == "Binder 1" and rows[0].by == "Cashier" and rows[2].ended_reason == "replaced"
    assert rows[0].enrollment_id == first.enrollment_ids[0]
    assert enrollments_taken(db, boss, TODAY - dt.timedelta(days=1)) == []


def test_the_day_report_lists_the_enrollments_with_their_status(enrolling):
    db, cashier, boss, ids = enrolling
    enroll(db, cashier, customer_of(db, ids["main"]), form(ids["main"]))
    report = day_report.day_report(db, boss, TODAY)
    [line] = report.enrollments
    assert (line.account_number, line.bank_account_last4, line.status) == ("1000001", "7890", "pending")
