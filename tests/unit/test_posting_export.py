"""The posting export: a closed day's payments and charges as CSV for the billing system."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cashier_app.models import AuditEvent, Payment, PaymentExport, Role
from cashier_app.services import posting_export
from cashier_app.services.access import AccessDenied
from cashier_app.services.approvals import approve
from cashier_app.services.audit import verify_chain
from cashier_app.services.business_day import today
from cashier_app.services.posting_export import COLUMNS, ExportRefused, export_payments, export_state
from cashier_app.services.voids import void_payment
from tests.day_support import close_today
from tests.factories import make_user
from tests.printing_support import cash, check, open_counter, pay

D = Decimal


@pytest.fixture
def day(db):
    """A closed day: a check payment over two accounts, a cash payment, and a voided payment."""
    counter = open_counter(db)
    supervisor = make_user(db, "sam", roles=(Role.SUPERVISOR,))
    first = pay(counter, {counter.account_id: "100.00", counter.second_account_id: "50.00"}, check("150.00", "5521"))
    second = pay(counter, {counter.account_id: "28.45"}, cash("30.00"))
    voided = pay(counter, {counter.second_account_id: "10.00"}, cash("10.00"))
    void_payment(db, counter.cashier, voided.payment_id, "wrong account",
                 approve(db, "sam", "correct-horse-42", "payment.void", counter.cashier))
    closed = close_today(db, supervisor, counter.cashier)
    return counter, supervisor, closed, (first, second, voided)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_export_writes_one_row_per_allocation_and_a_trailer(db, day, tmp_path):
    counter, supervisor, closed, (first, second, voided) = day
    out = tmp_path / "posting.csv"
    result = export_payments(db, supervisor, closed, out)
    assert (result.path, result.rows, result.total, result.again) == (out, 3, D("178.45"), False)
    rows = read_csv(out)
    assert list(rows[0]) == list(COLUMNS)
    details, trailer = rows[:-1], rows[-1]
    assert [(r["entry_type"], r["receipt_number"], r["account_number"], r["amount"]) for r in details] == [
        ("payment", first.receipt_number, "1000001", "100.00"),
        ("payment", first.receipt_number, "1000002", "50.00"),
        ("payment", second.receipt_number, "1000001", "28.45"),
    ]
    assert voided.receipt_number not in {r["receipt_number"] for r in details}  # voided payments are left out
    assert details[0]["check_numbers"] == "5521" and details[0]["tenders"] == "check"
    assert details[2]["tenders"] == "cash" and details[2]["cashier"] == "cashier"
    assert all(r["business_date"] == closed.isoformat() and r["reexport"] == "N" for r in rows)
    assert len({r["reference"] for r in details}) == 3
    assert (trailer["entry_type"], trailer["amount"], trailer["reference"]) == ("trailer", "178.45", "3")
    assert sum(D(r["amount"]) for r in details) == D(trailer["amount"])
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment).where(Payment.exported_at.is_(None))) == 1  # the void
        record = s.scalar(select(PaymentExport))
        assert (record.rows, record.total, record.again, record.exported_by) == (3, D("178.45"), False, "sam")
        assert record.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "payments.export"))
        assert event.user_id == supervisor.user_id and event.after["rows"] == 3
        assert verify_chain(s).first_broken_id is None


def test_a_second_export_is_refused_and_writes_nothing(db, day, tmp_path):
    _, supervisor, closed, _ = day
    export_payments(db, supervisor, closed, tmp_path / "first.csv")
    with pytest.raises(ExportRefused, match="already exported") as refused:
        export_payments(db, supervisor, closed, tmp_path / "second.csv")
    assert refused.value.field == "again"
    # The window asks "export again?" with when the day was exported, in whole sentences.
    earlier = refused.value.earlier_export
    assert "already exported" in earlier and "first.csv" in earlier and "Nothing was written" not in earlier
    assert str(refused.value).startswith(earlier) and "--again" in str(refused.value)
    assert not (tmp_path / "second.csv").exists()
    assert len(export_state(db, supervisor, closed)) == 1


def test_again_writes_every_row_marked_as_a_reexport(db, day, tmp_path):
    _, supervisor, closed, _ = day
    first = export_payments(db, supervisor, closed, tmp_path / "first.csv")
    again = export_payments(db, supervisor, closed, tmp_path / "again.csv", again=True)
    assert (again.rows, again.total, again.again) == (first.rows, first.total, True)
    rows = read_csv(tmp_path / "again.csv")
    assert all(r["reexport"] == "Y" for r in rows)
    before = read_csv(tmp_path / "first.csv")
    assert [r["reference"] for r in rows] == [r["reference"] for r in before]  # the same rows, recognisable
    state = export_state(db, supervisor, closed)
    assert [(e.rows, e.again, e.exported_by) for e in state] == [(3, False, "sam"), (3, True, "sam")]
    assert state[1].file_name.endswith("again.csv")


def test_a_day_that_is_not_closed_is_refused(db, tmp_path):
    counter = open_counter(db)
    supervisor = make_user(db, "sam", roles=(Role.SUPERVISOR,))
    pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    out = tmp_path / "posting.csv"
    with pytest.raises(ExportRefused, match="not closed") as refused:
        export_payments(db, supervisor, today(), out)
    assert refused.value.field == "date"
    assert not out.exists()
    with db.read() as s:
        assert s.scalar(select(Payment.exported_at)) is None
        assert s.scalar(select(func.count()).select_from(PaymentExport)) == 0


def test_an_existing_file_or_missing_folder_is_refused(db, day, tmp_path):
    _, supervisor, closed, _ = day
    out = tmp_path / "posting.csv"
    out.write_text("keep me")
    with pytest.raises(ExportRefused, match="already exists"):
        export_payments(db, supervisor, closed, out)
    assert out.read_text() == "keep me"
    with pytest.raises(ExportRefused, match="does not exist"):
        export_payments(db, supervisor, closed, tmp_path / "nowhere" / "posting.csv")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PaymentExport)) == 0


def test_a_failed_transaction_leaves_no_file_and_nothing_marked(db, day, tmp_path, monkeypatch):
    _, supervisor, closed, _ = day
    real = posting_export.write_whole

    def write_then_fail(out, data):
        real(out, data)
        assert out.exists()
        raise OSError("disk pulled out")

    monkeypatch.setattr(posting_export, "write_whole", write_then_fail)
    out = tmp_path / "posting.csv"
    with pytest.raises(OSError, match="disk pulled out"):
        export_payments(db, supervisor, closed, out)
    assert not out.exists()
    assert not list(tmp_path.glob("*.partial"))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment).where(Payment.exported_at.is_not(None))) == 0
        assert s.scalar(select(func.count()).select_from(PaymentExport)) == 0


def test_an_empty_closed_day_exports_a_trailer_only(db, tmp_path):
    supervisor = make_user(db, "sam", roles=(Role.SUPERVISOR,))
    closed = close_today(db, supervisor)
    result = export_payments(db, supervisor, closed, tmp_path / "empty.csv")
    assert (result.rows, result.total) == (0, D("0.00"))
    rows = read_csv(tmp_path / "empty.csv")
    assert [(r["entry_type"], r["amount"], r["reference"]) for r in rows] == [("trailer", "0.00", "0")]
    with pytest.raises(ExportRefused, match="already exported"):
        export_payments(db, supervisor, closed, tmp_path / "empty2.csv")


def test_a_cashier_may_not_export_and_the_command_line_may(db, day, tmp_path):
    counter, _, closed, _ = day
    with pytest.raises(AccessDenied):
        export_payments(db, counter.cashier, closed, tmp_path / "x.csv")
    from cashier_app.services.access import system_actor

    result = export_payments(db, system_actor("S1"), closed, tmp_path / "cli.csv")
    assert result.rows == 3
    with db.read() as s:
        record = s.scalar(select(PaymentExport))
        assert record.exported_by_id is None and record.exported_by.startswith("cli:")


def test_exported_at_is_recorded_in_utc(db, day, tmp_path):
    _, supervisor, closed, _ = day
    export_payments(db, supervisor, closed, tmp_path / "p.csv")
    rows = read_csv(tmp_path / "p.csv")
    moment = dt.datetime.fromisoformat(rows[0]["posted_at"].replace("Z", "+00:00"))
    assert moment.utcoffset() == dt.timedelta(0)
