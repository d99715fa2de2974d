"""The draft run (issue 11, items 7-9): what is drafted and for how much, prenotes, trace numbers,
refusals that leave nothing, voids and re-runs; every file read back by achlens and compared
with the database's entries. On SQLite and PostgreSQL (the ``db`` fixture)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select

from cashier_app.models import (
    Allocation, DraftEnrollment, DraftEntry, DraftRun, EnrollmentStatus, Payment, Role, Tender, Void,
)
from cashier_app.services.audit import verify_audit
from cashier_app.services.balances import current_balance
from cashier_app.services.drafts import draft_key
from cashier_app.services.drafts.draft_key import DraftKeyError
from cashier_app.services.drafts.draft_rules import counter_warning
from cashier_app.services.drafts.origin import OriginRefused
from cashier_app.services.drafts.run_changes import mark_run_sent, void_run
from cashier_app.services.drafts.run_report import bill_in_open_run, list_runs, run_report
from cashier_app.services.drafts.runs import DraftRunRefused, make_run
from cashier_app.services.payments import AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment
from cashier_app.services.settings import set_setting
from tests.draft_run_support import (
    DRAFT_DATE, TODAY, add_bill, assert_file_matches_database, at_now, draft_office, enroll, enrolled_account,
    file_entries,
)
from tests.factories import make_account, make_user


@pytest.fixture
def sup(db, admin, monkeypatch):
    return draft_office(db, admin, monkeypatch)


def pay_at_counter(db, account_id: int, amount: str, cashier=None):
    cashier = cashier or make_user(db, f"cash{account_id}")
    return post_payment(db, cashier, PaymentRequest(new_client_token(), (AllocationRequest(account_id, Decimal(amount)),),
                                                    (TenderRequest("cash", Decimal(amount)),), accept_credit=True))


def audit_ok(db):
    with db.read() as s:
        report = verify_audit(s)
    assert report.ok, report.problems()


# -- how much: the double-collection cases (docs/ARCHITECTURE.md "Bank draft: double collection") ---------------
def test_each_bill_is_drafted_for_what_is_still_due(db, sup, tmp_path):
    full = enrolled_account(db, 1, balance="100.00")
    paid_before = enrolled_account(db, 2, balance="100.00")
    partly = enrolled_account(db, 3, balance="100.00")
    credit = enrolled_account(db, 4, balance="-12.50")
    more_owed = enrolled_account(db, 5, balance="180.00", bill="100.00")  # arrears are not drafted
    pay_at_counter(db, paid_before, "100.00")
    pay_at_counter(db, partly, "35.25")

    result = make_run(db, sup, DRAFT_DATE, tmp_path / "run.ach")

    with db.read() as s:
        drafted = dict(s.execute(select(DraftEntry.account_id, DraftEntry.amount)).all())
    assert drafted == {full: Decimal("100.00"), partly: Decimal("64.75"), more_owed: Decimal("100.00")}
    assert result.debits == 3 and result.total == Decimal("264.75") and result.prenotes == 0
    assert {(k.account_number, k.why.split(" (")[0]) for k in result.skipped} == {
        ("2000002", "the bill is paid"), ("2000004", "the account is in credit")}
    assert_file_matches_database(db, result.run_id, result.path)
    with db.read() as s:  # balances drop as the file is made
        assert current_balance(s, full) == Decimal("0.00")
        assert current_balance(s, partly) == Decimal("0.00")
        assert current_balance(s, more_owed) == Decimal("80.00")
        assert current_balance(s, credit) == Decimal("-12.50")
    audit_ok(db)


def test_a_payment_after_the_run_is_warned_about_and_never_lowers_the_draft(db, sup, tmp_path, monkeypatch):
    account = enrolled_account(db, 1, balance="100.00")
    result = make_run(db, sup, DRAFT_DATE, tmp_path / "run.ach")
    cashier = make_user(db, "cashier")
    open_runs = bill_in_open_run(db, cashier, [account])
    assert [(b.amount, b.draft_date, b.run_id) for b in open_runs] == [(Decimal("100.00"), DRAFT_DATE, result.run_id)]
    assert "$100.00 will be drafted on December 10, 2026" in counter_warning(open_runs[0].amount,
                                                                             open_runs[0].draft_date)
    pay_at_counter(db, account, "100.00", cashier)  # the customer pays anyway: a credit, the file is unchanged
    with db.read() as s:
        assert current_balance(s, account) == Decimal("-100.00")
        assert s.scalar(select(DraftEntry.amount)) == Decimal("100.00")
    assert_file_matches_database(db, result.run_id, result.path)
    at_now(monkeypatch, dt.datetime(2026, 12, 11, 15, 0, tzinfo=dt.timezone.utc))  # the drafts have settled
    assert bill_in_open_run(db, cashier, [account]) == []


def test_running_the_same_date_again_never_drafts_a_bill_twice(db, sup, tmp_path):
    enrolled_account(db, 1)
    first = make_run(db, sup, DRAFT_DATE, tmp_path / "one.ach")
    later = enrolled_account(db, 2)  # enrolled after the first run, same draft date
    second = make_run(db, sup, DRAFT_DATE, tmp_path / "two.ach")
    assert (first.debits, second.debits) == (1, 1)
    assert [e[3] for e in file_entries(second.path)] == ["2000002"]
    assert second.file_id_modifier == "B"
    with pytest.raises(DraftRunRefused, match="already in a run") as refused:
        make_run(db, sup, DRAFT_DATE, tmp_path / "three.ach")
    assert refused.value.field == "date" and not (tmp_path / "three.ach").exists()
    with db.read() as s:
        assert s.scalar(select(func.count(DraftEntry.id)).where(DraftEntry.account_id == later)) == 1


def test_void_then_run_again_drafts_the_bills_again(db, sup, tmp_path):
    account = enrolled_account(db, 1)
    first = make_run(db, sup, DRAFT_DATE, tmp_path / "one.ach")
    with pytest.raises(DraftRunRefused, match="reason"):
        void_run(db, sup, first.run_id, "  ")
    voided = void_run(db, sup, first.run_id, "wrong date typed")
    assert (voided.payments_voided, voided.payments_charged_back, voided.total) == (1, 0, Decimal("100.00"))
    with db.read() as s:
        assert current_balance(s, account) == Decimal("100.00")
        assert s.scalar(select(func.count(Void.id))) == 1
        assert s.get(DraftRun, first.run_id).status == "voided"
    second = make_run(db, sup, DRAFT_DATE, tmp_path / "two.ach")
    assert second.debits == 1 and second.total == Decimal("100.00")
    assert set(t for *_, t in file_entries(first.path)).isdisjoint(t for *_, t in file_entries(second.path))
    with pytest.raises(DraftRunRefused, match="already voided"):
        void_run(db, sup, first.run_id, "again")
    mark_run_sent(db, sup, second.run_id)
    with pytest.raises(DraftRunRefused, match="sent to the bank"):
        void_run(db, sup, second.run_id, "too late")
    with pytest.raises(DraftRunRefused, match="already marked sent"):
        mark_run_sent(db, sup, second.run_id)
    assert [r.status for r in list_runs(db, sup)] == ["sent", "voided"]
    audit_ok(db)


def test_a_run_voided_after_its_day_closed_is_taken_back_by_charges(db, sup, tmp_path, monkeypatch):
    from cashier_app.services.day_close import close_day

    account = enrolled_account(db, 1)
    run = make_run(db, sup, DRAFT_DATE, tmp_path / "one.ach")
    close_day(db, sup, TODAY)
    at_now(monkeypatch, dt.datetime(2026, 12, 2, 15, 0, tzinfo=dt.timezone.utc))
    voided = void_run(db, sup, run.run_id, "bank rejected the file")
    assert (voided.payments_voided, voided.payments_charged_back) == (0, 1)
    with db.read() as s:
        assert current_balance(s, account) == Decimal("100.00")
        assert s.scalar(select(func.count(Void.id))) == 0  # the closed day's payment is never changed
    audit_ok(db)


# -- refusals: one clear message, nothing recorded, no file ---------------------------------------------------
def _nothing_recorded(db, out):
    assert not out.exists() and not list(out.parent.glob("*.tmp*"))
    with db.read() as s:
        assert s.scalar(select(func.count(DraftRun.id))) == 0
        assert s.scalar(select(func.count(Payment.id))) == 0
        assert s.scalar(select(func.count(DraftEntry.id))) == 0


@pytest.mark.parametrize("day, field, words", [
    (None, "date", "Enter the draft date"),
    (TODAY - dt.timedelta(days=1), "date", "has passed"),
    (dt.date(2026, 12, 2), "date", "too close"),  # Wednesday: inside the 2 banking days
    (TODAY, "date", "too close"),  # today itself
])
def test_a_draft_date_too_soon_is_refused(db, sup, tmp_path, day, field, words):
    enrolled_account(db, 1, draft_date=day or DRAFT_DATE)
    out = tmp_path / "run.ach"
    with pytest.raises(DraftRunRefused, match=words) as refused:
        make_run(db, sup, day, out)
    assert refused.value.field == field
    _nothing_recorded(db, out)


def test_the_lead_time_is_a_setting(db, sup, admin, tmp_path):
    enrolled_account(db, 1, draft_date=dt.date(2026, 12, 4))
    with pytest.raises(DraftRunRefused, match="earliest draft date for a run made Tuesday 2026-12-01 is Friday 2026-12-04"):
        set_setting(db, admin, "drafts.lead_banking_days", 3)
        make_run(db, sup, dt.date(2026, 12, 3), tmp_path / "a.ach")
    set_setting(db, admin, "drafts.lead_banking_days", 1)
    assert make_run(db, sup, dt.date(2026, 12, 4), tmp_path / "b.ach").debits == 1


@pytest.mark.parametrize("key", ["drafts.company_identification", "drafts.odfi_routing", "drafts.immediate_origin"])
def test_a_missing_origin_setting_is_refused_by_name(db, sup, admin, tmp_path, key):
    enrolled_account(db, 1)
    set_setting(db, admin, key, "")
    out = tmp_path / "run.ach"
    with pytest.raises(OriginRefused, match=f"Set {key} ") as refused:
        make_run(db, sup, DRAFT_DATE, out)
    assert refused.value.field == key
    _nothing_recorded(db, out)


def test_a_balanced_file_needs_its_offset_account(db, sup, admin, tmp_path):
    enrolled_account(db, 1)
    set_setting(db, admin, "drafts.balanced_file", "yes")
    with pytest.raises(OriginRefused, match="drafts.offset_routing"):
        make_run(db, sup, DRAFT_DATE, tmp_path / "a.ach")
    set_setting(db, admin, "drafts.offset_routing", "053101121")
    set_setting(db, admin, "drafts.offset_account", "5550001234")
    result = make_run(db, sup, DRAFT_DATE, tmp_path / "b.ach")
    assert_file_matches_database(db, result.run_id, result.path, offset=True)
    assert file_entries(result.path)[-1][2] == Decimal("100.00")


def test_a_wrong_key_leaves_nothing(db, sup, tmp_path):
    enrolled_account(db, 1)
    draft_key.key_path().write_bytes(Fernet.generate_key() + b"\n")  # another station's key
    out = tmp_path / "run.ach"
    with pytest.raises(DraftKeyError, match="cannot read the stored bank account numbers") as refused:
        make_run(db, sup, DRAFT_DATE, out)
    assert "7788" not in str(refused.value)
    _nothing_recorded(db, out)


def test_a_failed_commit_removes_the_written_file(db, sup, tmp_path, monkeypatch):
    from cashier_app.services.drafts import runs

    enrolled_account(db, 1)

    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(runs, "record_events", broken)
    out = tmp_path / "run.ach"
    with pytest.raises(RuntimeError):
        make_run(db, sup, DRAFT_DATE, out)
    _nothing_recorded(db, out)


def test_an_existing_file_is_never_overwritten(db, sup, tmp_path):
    enrolled_account(db, 1)
    out = tmp_path / "run.ach"
    out.write_text("keep me")
    with pytest.raises(DraftRunRefused, match="already exists") as refused:
        make_run(db, sup, DRAFT_DATE, out)
    assert refused.value.field == "out" and out.read_text() == "keep me"


def test_only_a_supervisor_makes_a_run(db, sup, tmp_path):
    from cashier_app.services.access import AccessDenied

    cashier = make_user(db, "cashier")
    with pytest.raises(AccessDenied):
        make_run(db, cashier, DRAFT_DATE, tmp_path / "run.ach")


# -- dates, prenotes, trace numbers ----------------------------------------------------------------------------
def test_a_holiday_draft_date_settles_the_next_banking_day(db, sup, tmp_path):
    enrolled_account(db, 1, draft_date=dt.date(2026, 12, 25))  # Christmas, a Friday
    result = make_run(db, sup, dt.date(2026, 12, 25), tmp_path / "xmas.ach")
    assert result.effective_date == dt.date(2026, 12, 28)
    batch_header = result.path.read_text().splitlines()[1]
    assert batch_header[69:75] == "261228"


def test_a_weekend_draft_date_settles_on_monday(db, sup, tmp_path):
    enrolled_account(db, 1, draft_date=dt.date(2026, 12, 12))  # a Saturday
    assert make_run(db, sup, dt.date(2026, 12, 12), tmp_path / "sat.ach").effective_date == dt.date(2026, 12, 14)


def test_pending_enrollments_get_one_prenote_then_are_drafted_once_it_settled(db, sup, tmp_path, monkeypatch):
    savings = make_account(db, "2000101", "3000101", balance="50.00")
    enroll(db, savings, "99887766", status=EnrollmentStatus.PENDING.value, kind="savings")
    checking = make_account(db, "2000102", "3000102", balance="70.00")
    enroll(db, checking, "11223344", status=EnrollmentStatus.PENDING.value)
    add_bill(db, checking, "70.00")  # its bill is not drafted: the enrollment is pending
    enrolled_account(db, 1)

    first = make_run(db, sup, DRAFT_DATE, tmp_path / "one.ach")
    assert (first.debits, first.prenotes) == (1, 2)
    assert sorted((code, amount) for code, _a, amount, _i, _t in file_entries(first.path)) == [
        ("27", Decimal("100")), ("28", Decimal("0")), ("38", Decimal("0"))]
    assert_file_matches_database(db, first.run_id, first.path)

    add_bill(db, checking, "70.00", dt.date(2026, 12, 14), dt.date(2026, 12, 1))
    # Dec 10 (effective) + 3 banking days = Dec 15: a run made on Dec 11 sends no second prenote, activates nothing
    at_now(monkeypatch, dt.datetime(2026, 12, 11, 15, 0, tzinfo=dt.timezone.utc))
    add_bill(db, checking, "70.00", dt.date(2026, 12, 18), dt.date(2026, 12, 2))
    with pytest.raises(DraftRunRefused, match="no prenote is waiting"):
        make_run(db, sup, dt.date(2026, 12, 18), tmp_path / "two.ach")
    at_now(monkeypatch, dt.datetime(2026, 12, 15, 15, 0, tzinfo=dt.timezone.utc))
    add_bill(db, checking, "70.00", dt.date(2026, 12, 21), dt.date(2026, 12, 3))
    third = make_run(db, sup, dt.date(2026, 12, 21), tmp_path / "three.ach")
    assert (third.activated, third.debits, third.prenotes) == (2, 1, 0)
    with db.read() as s:
        assert {e.status for e in s.scalars(select(DraftEnrollment))} == {"active"}
    assert [e[3] for e in file_entries(third.path)] == ["2000102"]


def test_trace_numbers_continue_across_runs(db, sup, tmp_path):
    for n in range(1, 4):
        enrolled_account(db, n)
    for n in range(4, 6):
        enrolled_account(db, n, draft_date=dt.date(2026, 12, 11))
    one = make_run(db, sup, DRAFT_DATE, tmp_path / "one.ach")
    two = make_run(db, sup, dt.date(2026, 12, 11), tmp_path / "two.ach")
    traces = [t for *_, t in file_entries(one.path)] + [t for *_, t in file_entries(two.path)]
    assert traces == sorted(traces) and len(set(traces)) == 5
    assert all(t.startswith("05310112") for t in traces)
    assert (one.file_id_modifier, two.file_id_modifier) == ("A", "B")


def test_the_runs_payments_and_report(db, sup, tmp_path):
    account = enrolled_account(db, 1, bill="82.10", balance="82.10")
    add_bill(db, enrolled_account(db, 2, balance="120.00"), "20.00", DRAFT_DATE, dt.date(2026, 12, 3))  # 7 days: short notice
    result = make_run(db, sup, DRAFT_DATE, tmp_path / "run.ach")
    assert [w.account_number for w in result.warnings] == ["2000002"]
    with db.read() as s:
        p = s.scalar(select(Payment).join(Allocation).where(Allocation.account_id == account))
        assert (p.channel, p.drawer_session_id, p.receipt_number, p.business_date, p.total) == (
            "draft", None, f"D{result.run_id}-000001", TODAY, Decimal("82.10"))
        assert [(t.kind, t.bank_account_last4) for t in s.scalars(select(Tender).where(Tender.payment_id == p.id))] \
            == [("bank_draft", "8001")]
        assert p.allocations[0].balance_before == Decimal("82.10")
        from cashier_app.models import PrintJob
        assert s.scalar(select(func.count(PrintJob.id))) == 0
    report = run_report(db, sup, result.run_id)
    assert [(line.account_number, line.bank_last4, line.amount) for line in report.lines] == [
        ("2000001", "****8001", Decimal("82.10")), ("2000002", "****8002", Decimal("100.00")),
        ("2000002", "****8002", Decimal("20.00"))]
    assert report.total == result.total == Decimal("202.10")
    assert report.lines[2].warning and not report.lines[0].warning
    for line in report.lines:  # never a full bank account number
        assert "7788" not in repr(line)  # the middle of every test account number


def test_a_draft_payment_is_not_voided_alone(db, sup, tmp_path):
    from cashier_app.services.voids import VoidRefused, _voidable

    enrolled_account(db, 1)
    make_run(db, sup, DRAFT_DATE, tmp_path / "run.ach")
    with db.write() as s:
        payment_id = s.scalar(select(Payment.id))
        with pytest.raises(VoidRefused, match="voided with its draft run"):
            _voidable(s, sup, payment_id)


def test_roles(db, sup):
    assert make_run.__requires__ == {Role.SUPERVISOR.value}
