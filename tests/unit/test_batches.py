"""Mailed checks: batches balanced against a control total, and the lockbox file (service and CLI)."""
import csv
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cashier_app import cli
from cashier_app.models import AuditEvent, Payment, PrintJob, Role, Tender
from cashier_app.services.access import AccessDenied
from cashier_app.services.accounts import account_view
from cashier_app.services.approvals import approve
from cashier_app.services.audit import verify_chain
from cashier_app.services.batches import (
    BatchRefused, batch_summary, close_batch, describe, open_batch, post_mailed_check,
)
from cashier_app.services.lockbox import LockboxError, post_lockbox_file
from cashier_app.services.payments import PaymentRefused, new_client_token
from cashier_app.services.voids import void_payment
from tests.factories import make_account, make_station, make_user

D = Decimal
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def office(db):
    make_station(db)
    cashier = make_user(db)
    ids = [make_account(db),  # 1000001, $128.45
           make_account(db, "1000002", "100001", address="1200 E Dixon Blvd", balance="64.10"),
           make_account(db, "1000003", "100003", last="Smith", first="Ann", balance="75.00"),
           make_account(db, "1000004", "100004", last="Cash", first="Only", cash_only=True)]
    return cashier, ids


def test_a_batch_balances_against_its_control_total(db, office):
    cashier, (first, second, *_) = office
    batch = open_batch(db, cashier, D("192.55"), "envelopes of Monday")
    a = post_mailed_check(db, cashier, batch, first, "1001", D("128.45"), new_client_token(), "053000196", "1234567890")
    post_mailed_check(db, cashier, batch, second, "552", D("60.00"), new_client_token())
    summary = batch_summary(db, cashier, batch)
    assert (summary.count, summary.total, summary.difference, summary.closed) == (2, D("188.45"), D("-4.10"), False)
    assert describe(summary) == "2 checks, $188.45; control $192.55, difference -$4.10"
    assert a.receipt_number == "S1-000001" and not a.open_drawer and a.change == D("0.00")
    closed = close_batch(db, cashier, batch)
    assert closed.closed and closed.difference == D("-4.10")  # recorded as it is, never forced
    with pytest.raises(BatchRefused, match="closed"):
        post_mailed_check(db, cashier, batch, second, "553", D("4.10"), new_client_token())
    with pytest.raises(BatchRefused, match="already closed"):
        close_batch(db, cashier, batch)
    with db.read() as s:
        payment = s.get(Payment, a.payment_id)
        assert (payment.channel, payment.batch_id, payment.drawer_session_id) == ("mail", batch, None)
        tender = s.scalar(select(Tender).where(Tender.payment_id == a.payment_id))
        assert (tender.kind, tender.check_number, tender.bank_account_last4) == ("check", "1001", "7890")
        assert s.scalar(select(func.count(PrintJob.id))) == 0  # mailed checks print nothing by default
        actions = set(s.scalars(select(AuditEvent.action)))
        assert {"batch.open", "payment.post", "batch.close"} <= actions
        assert verify_chain(s).first_broken_id is None
    assert account_view(db, cashier, first).balance == D("0.00")


def test_a_mailed_check_posts_once_and_is_validated_like_a_counter_check(db, office):
    cashier, (first, _, _, cash_only) = office
    batch = open_batch(db, cashier, None)
    token = new_client_token()
    one = post_mailed_check(db, cashier, batch, first, "1001", D("20.00"), token)
    again = post_mailed_check(db, cashier, batch, first, "1001", D("20.00"), token)
    assert again.payment_id == one.payment_id and again.already_posted
    for args, field in [(("", D("5")), "tender:0:check_number"), (("12", D("0")), "allocation:0:amount")]:
        with pytest.raises(PaymentRefused) as refused:
            post_mailed_check(db, cashier, batch, first, *args, new_client_token())
        assert refused.value.field == field
    with pytest.raises(PaymentRefused, match="routing"):
        post_mailed_check(db, cashier, batch, first, "7", D("5"), new_client_token(), "123456789")
    with pytest.raises(PaymentRefused, match="cash only"):
        post_mailed_check(db, cashier, batch, cash_only, "7", D("5"), new_client_token())
    with pytest.raises(PaymentRefused, match="credit of"):
        post_mailed_check(db, cashier, batch, first, "8", D("500.00"), new_client_token())
    post_mailed_check(db, cashier, batch, first, "8", D("500.00"), new_client_token(), accept_credit=True,
                      print_receipt=True)
    summary = batch_summary(db, cashier, batch)
    assert (summary.count, summary.total, summary.control_total, summary.difference) == (2, D("520.00"), None, None)
    with db.read() as s:
        assert s.scalar(select(func.count(PrintJob.id))) == 1


def test_a_voided_check_leaves_the_batch_total(db, office):
    cashier, (first, *_) = office
    make_user(db, "sam", roles=(Role.SUPERVISOR,))
    batch = open_batch(db, cashier, D("30.00"))
    posted = post_mailed_check(db, cashier, batch, first, "1", D("30.00"), new_client_token())
    void_payment(db, cashier, posted.payment_id, "Keyed on the wrong account",
                 approve(db, "sam", "correct-horse-42", "payment.void", cashier))
    assert batch_summary(db, cashier, batch).total == D("0.00")


def test_batches_need_a_cashier_and_an_existing_batch(db, office):
    cashier, _ = office
    with pytest.raises(AccessDenied):
        open_batch(db, make_user(db, "ada", roles=(Role.ADMINISTRATOR,)), None)
    with pytest.raises(BatchRefused, match="no batch"):
        batch_summary(db, cashier, 404)
    with pytest.raises(BatchRefused, match="negative"):
        open_batch(db, cashier, D("-1.00"))


def test_a_lockbox_file_posts_once(db, office, tmp_path):
    cashier, (first, second, third, _) = office
    report = post_lockbox_file(db, cashier, DATA / "lockbox.csv", tmp_path / "rejects.csv")
    assert (report.posted, report.already_posted, report.rejected, report.rejects_path) == (4, 0, 0, None)
    assert report.total == D("1242.55")
    summary = batch_summary(db, cashier, report.batch_id)
    assert summary.closed and summary.count == 4 and summary.difference == D("0.00")
    assert account_view(db, cashier, first).balance == D("-1000.00")  # the customer sent more: a credit
    assert account_view(db, cashier, third).balance == D("25.00")  # found by its stub barcode
    again = post_lockbox_file(db, cashier, DATA / "lockbox.csv")
    assert (again.batch_id, again.posted, again.already_posted, again.total) == (None, 0, 4, D("1242.55"))
    with db.read() as s:
        assert s.scalar(select(func.count(Payment.id))) == 4
        assert set(s.scalars(select(Payment.channel))) == {"mail"}


def payments(db):
    with db.read() as s:
        return s.scalar(select(func.count(Payment.id)))


def test_the_same_items_resaved_with_other_line_ends_quoting_and_order_post_nothing_new(db, office, tmp_path):
    cashier, _ = office
    assert post_lockbox_file(db, cashier, DATA / "lockbox.csv").posted == 4
    lines = (DATA / "lockbox.csv").read_text(encoding="utf-8-sig").splitlines()
    resaved = tmp_path / "lockbox-resaved.csv"  # Excel-style: CRLF, no BOM, every field quoted, rows reversed
    rows = list(csv.reader(lines))
    with open(resaved, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows([rows[0]] + rows[:0:-1])
    again = post_lockbox_file(db, cashier, resaved)
    assert (again.posted, again.already_posted) == (0, 4)
    assert payments(db) == 4


def test_identical_items_in_one_file_are_two_items_and_another_file_repeats_none(db, office, tmp_path):
    cashier, _ = office
    two = tmp_path / "two.csv"
    two.write_text("account_number,check_number,amount,deposit_date\n"
                   "1000003,0500,10.00,2026-11-30\n1000003,500,10.00,2026-11-30\n", encoding="utf-8")
    assert post_lockbox_file(db, cashier, two).posted == 2  # two rows alike: two checks
    again = tmp_path / "again.csv"
    again.write_text("account_number,check_number,amount,deposit_date\n"
                     "1000003,500,10.00,2026-11-30\n1000003,500,10.00,2026-12-01\n", encoding="utf-8")
    report = post_lockbox_file(db, cashier, again)  # the first is the same item; the second was deposited later
    assert (report.posted, report.already_posted) == (1, 1)
    assert payments(db) == 3


def test_items_posted_by_the_earlier_file_hash_rule_are_still_recognised(db, office, tmp_path):
    import hashlib

    cashier, (first, *_) = office
    path = tmp_path / "old.csv"
    path.write_text("account_number,check_number,amount\n1000001,1001,128.45\n", encoding="utf-8")
    batch = open_batch(db, cashier, D("128.45"))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    post_mailed_check(db, cashier, batch, first, "1001", D("128.45"), f"lb-{digest[:40]}-2", accept_credit=True)
    assert post_lockbox_file(db, cashier, path).already_posted == 1
    assert payments(db) == 1


def test_bad_lockbox_rows_go_to_the_rejects_file(db, office, tmp_path):
    cashier, _ = office
    rejects = tmp_path / "rejects.csv"
    report = post_lockbox_file(db, cashier, DATA / "lockbox_bad.csv", rejects)
    assert (report.posted, report.rejected, report.rejects_path) == (2, 9, rejects)
    with open(rejects, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    reasons = {int(r["line"]): r["reason"] for r in rows}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert "account 9999999 does not exist" in reasons[3]
    assert "amount" in reasons[4] and "check number" in reasons[5] and "routing" in reasons[6]
    assert "check digit" in reasons[7] and "differs from the stub" in reasons[8]
    assert "cash only" in reasons[9] and "more than $0.00" in reasons[10] and "fields" in reasons[11]
    assert all(r["file"].endswith("lockbox_bad.csv") for r in rows)
    assert rows[0]["raw"] == "9999999,1002,10.00,,,"


def test_a_nul_in_a_lockbox_row_is_written_escaped_to_the_rejects_file(db, office, tmp_path):
    cashier, _ = office
    path = tmp_path / "lockbox.csv"
    path.write_bytes(b"account_number,check_number,amount\n1000001,10\x0001,5.00\n")
    report = post_lockbox_file(db, cashier, path, tmp_path / "r.csv")
    assert report.rejected == 1 and b"\x00" not in (tmp_path / "r.csv").read_bytes()
    with open(tmp_path / "r.csv", encoding="utf-8", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["raw"] == "1000001,10\\x0001,5.00" and "NUL" in row["reason"]


@pytest.mark.parametrize("content, message", [
    ("account_number,amount\n1000001,5.00\n", "missing column check_number"),
    ("check_number,amount\n1,5.00\n", "missing column account_number"),
    ("", "missing column"),
])
def test_a_file_that_is_not_a_lockbox_file_is_refused_whole(db, office, tmp_path, content, message):
    cashier, _ = office
    path = tmp_path / "lockbox.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LockboxError, match=message):
        post_lockbox_file(db, cashier, path)
    path.write_bytes(b"account_number,check_number,amount\n\xff\xfe,1,2\n")
    with pytest.raises(LockboxError, match="UTF-8"):
        post_lockbox_file(db, cashier, path)


def test_cli_batch_post_says_how_many_were_rejected(db, db_url, office, tmp_path, capsys):
    bad = tmp_path / "lockbox_bad.csv"
    shutil.copy(DATA / "lockbox_bad.csv", bad)
    args = ["--db", db_url, "--station", "S1", "batch", "post"]
    assert cli.main(args + [str(bad), "--cashier", "cashier", "--rejects", str(tmp_path / "r.csv")]) == 1
    captured = capsys.readouterr()
    assert "2 checks posted" in captured.out and "9 rows rejected" in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert cli.main(args + [str(DATA / "lockbox.csv"), "--cashier", "cashier"]) == 0
    # Check 1001 of 1000001 ($128.45) is in both files: the same item, posted once.
    assert "3 checks posted (batch 2), 1 already posted" in capsys.readouterr().out
    assert cli.main(args + [str(DATA / "lockbox.csv"), "--cashier", "nobody"]) == 1
    assert "No active user 'nobody'" in capsys.readouterr().err


def test_cli_stubs_writes_a_pdf(db, db_url, office, tmp_path, capsys):
    out = tmp_path / "stubs.pdf"
    assert cli.main(["--db", db_url, "stubs", "--out", str(out), "--accounts", "3"]) == 0
    assert "3 demo bill stubs written" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
