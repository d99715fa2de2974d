"""Applying the bank's return / NOC file: each code family, NOCs, prenotes, unknown and repeated
entries, bad files (nothing changed), returns by hand, and no full bank account number anywhere."""
from __future__ import annotations

from decimal import Decimal

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select

from cashier_app import cli
from cashier_app.models import (
    AuditEvent, Charge, DraftCorrection, DraftEnrollment, ReturnedItem, Role,
)
from cashier_app.services.access import AccessDenied
from cashier_app.services.audit import verify_chain
from cashier_app.services.balances import current_balance
from cashier_app.services.drafts.draft_key import DraftKeyError, decrypt_text, draft_cipher, key_path
from cashier_app.services.drafts.returns import (
    ALREADY, APPLIED, NOT_APPLIED, UNKNOWN, DraftReturnRefused, apply_return_file, record_return_by_hand,
    write_return_notices,
)
from tests.ach_builder import Batch, Item, ReturnFileText
from tests.draft_support import ROUTING, make_draft_run
from tests.factories import make_user

D = Decimal
NEW_ROUTING = "061000104"  # valid check digit


def ret(entry, code, n=1, cents=None, **kw) -> Item:
    return Item(code, ROUTING, entry.bank_account, int(entry.amount * 100) if cents is None else cents,
                entry.account_number, "PAT DOE", f"06100010{n:07d}", entry.trace_number,
                transaction_code="26" if entry.kind == "debit" else "26", **kw)


def noc(entry, code, corrected, n=1) -> Item:
    return Item(code, ROUTING, entry.bank_account, 0, entry.account_number, "PAT DOE", f"06100020{n:07d}",
                entry.trace_number, transaction_code="26", corrected=corrected)


def file_of(*items) -> str:
    return ReturnFileText([Batch(list(items))]).text()


@pytest.fixture
def run(db):
    sam = make_user(db, "sam", roles=(Role.SUPERVISOR,), drawer=False)
    run_id, entries = make_draft_run(db, count=6, prenotes=2, supervisor=sam)
    return sam, entries


def state(db):
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Charge)),
                s.scalar(select(func.count()).select_from(ReturnedItem)),
                s.scalar(select(func.count()).select_from(DraftCorrection)),
                tuple(s.scalars(select(DraftEnrollment.status).order_by(DraftEnrollment.id))),
                s.scalar(select(func.count()).select_from(AuditEvent)))


def balance(db, account_id):
    with db.read() as s:
        return current_balance(s, account_id)


def enrollment(db, enrollment_id):
    with db.read() as s:
        return s.get(DraftEnrollment, enrollment_id)


def test_r01_reverses_charges_the_fee_keeps_the_enrollment_and_writes_the_notice(db, run, tmp_path):
    sam, entries = run
    e = entries[0]
    before = balance(db, e.account_id)
    report = apply_return_file(db, sam, file_of(ret(e, "R01")))
    (line,) = report.lines
    assert (line.status, line.code, line.account_number, line.bank_last4, line.amount) == (
        APPLIED, "R01", e.account_number, e.bank_account[-4:], D("100.00"))
    assert line.reversed == D("100.00") and line.fee == D("25.00") and not line.enrollment_ended
    assert "enrollment kept" in line.done
    assert balance(db, e.account_id) - before == D("125.00")
    assert enrollment(db, e.enrollment_id).status == "active"
    with db.read() as s:
        charges = s.scalars(select(Charge).order_by(Charge.id)).all()
        assert [(c.kind, c.amount, c.payment_id) for c in charges] == [
            ("reversal", D("100.00"), e.payment_id), ("returned_check_fee", D("25.00"), e.payment_id)]
        item = s.scalar(select(ReturnedItem))
        assert (item.draft_entry_id, item.reason_code, item.fee_charge_id) == (e.entry_id, "R01", charges[1].id)
        assert charges[0].tender_id is not None and charges[0].tender_id == item.tender_id
        assert verify_chain(s).first_broken_id is None
    report = write_return_notices(db, sam, report, tmp_path)
    (notice,) = report.notices
    assert notice.name == f"returned-draft-{e.account_number}-{e.trace_number}.pdf"
    assert notice.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("code", ["R02", "R03", "R04", "R07", "R08", "R10", "R16", "R20", "R29"])
def test_account_gone_codes_also_end_the_enrollment_with_the_reason(db, run, code):
    sam, entries = run
    e = entries[1]
    report = apply_return_file(db, sam, file_of(ret(e, code)))
    (line,) = report.lines
    assert line.status == APPLIED and line.enrollment_ended and line.reversed == D("100.00")
    ended = enrollment(db, e.enrollment_id)
    assert ended.status == "ended" and ended.ended_reason.startswith(f"Bank return {code}: ")
    assert ended.ended_by_id == sam.user_id and ended.retention_until is not None
    assert ended.retention_until.year == ended.ended_on.year + 2


@pytest.mark.parametrize("code", ["R06", "R11", "R24"])
def test_other_codes_reverse_and_charge_but_keep_the_enrollment_and_say_so(db, run, code):
    sam, entries = run
    (line,) = apply_return_file(db, sam, file_of(ret(entries[2], code))).lines
    assert line.status == APPLIED and line.fee == D("25.00") and not line.enrollment_ended
    assert f"enrollment kept ({code} does not end it" in line.done
    assert enrollment(db, entries[2].enrollment_id).status == "active"


def test_a_returned_prenote_ends_the_pending_enrollment_and_charges_nothing(db, run):
    sam, entries = run
    prenote = entries[6]
    assert prenote.kind == "prenote" and enrollment(db, prenote.enrollment_id).status == "pending"
    (line,) = apply_return_file(db, sam, file_of(ret(prenote, "R03"))).lines
    assert line.status == APPLIED and line.enrollment_ended and line.reversed == 0 and line.fee == 0
    assert not line.notice_wanted
    assert enrollment(db, prenote.enrollment_id).status == "ended"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Charge)) == 0


def test_nocs_correct_the_enrollment_and_list_the_changes_masked(db, run):
    sam, entries = run
    a, b, c, d = entries[0], entries[1], entries[2], entries[3]
    new_account = "11112222333344"
    text = file_of(noc(a, "C01", new_account.ljust(29), 1),
                   noc(b, "C03", (NEW_ROUTING + "   " + "5556667778").ljust(29), 2),
                   noc(c, "C05", "37".ljust(29), 3),
                   noc(d, "C04", "PATRICIA DOE".ljust(29), 4))
    report = apply_return_file(db, sam, text)
    assert [x.status for x in report.lines] == [APPLIED] * 4
    assert report.lines[0].done == f"bank account ****{a.bank_account[-4:]} -> ****3344"
    assert "routing number 053101121 -> 061000104" in report.lines[1].done
    assert report.lines[2].done == "account type checking -> savings"
    assert report.lines[3].done == "name on account RENEE OBRIEN -> PATRICIA DOE"
    cipher = draft_cipher()
    first = enrollment(db, a.enrollment_id)
    assert decrypt_text(cipher, first.bank_account_encrypted) == new_account and first.bank_account_last4 == "3344"
    second = enrollment(db, b.enrollment_id)
    assert (second.routing_number, decrypt_text(cipher, second.bank_account_encrypted)) == (NEW_ROUTING, "5556667778")
    assert enrollment(db, c.enrollment_id).bank_account_type == "savings"
    assert enrollment(db, d.enrollment_id).name_on_account == "PATRICIA DOE"
    with db.read() as s:
        rows = s.scalars(select(DraftCorrection).order_by(DraftCorrection.id)).all()
        assert [r.change_code for r in rows] == ["C01", "C03", "C05", "C04"]
        stored = repr([r.changes for r in rows]) + repr(s.scalars(select(AuditEvent.after)).all())
        assert new_account not in stored and "5556667778" not in stored
        assert verify_chain(s).first_broken_id is None
    # the same file again: nothing changes twice
    again = apply_return_file(db, sam, text)
    assert [x.status for x in again.lines] == [ALREADY] * 4


def test_a_noc_with_a_station_key_that_cannot_read_is_refused_with_nothing_changed(db, run):
    sam, entries = run
    key_path().write_bytes(Fernet.generate_key() + b"\n")  # another station's key
    before = state(db)
    with pytest.raises(DraftKeyError, match="cannot read the stored bank account numbers") as caught:
        apply_return_file(db, sam, file_of(ret(entries[1], "R01", 1),
                                           noc(entries[0], "C01", "11112222333344".ljust(29), 2)))
    assert "11112222333344" not in str(caught.value) and entries[0].bank_account not in str(caught.value)
    assert state(db) == before  # the R01 in the same file was not applied either


def test_unknown_trace_numbers_and_repeats_are_listed_not_errors(db, run):
    sam, entries = run
    ghost = Item("R01", ROUTING, "123456789", 5000, "9999999", "NOBODY", "061000100000099", "053101129999999")
    text = file_of(ret(entries[0], "R01", 1), ghost, ret(entries[0], "R01", 2), ret(entries[3], "R02", 3))
    report = apply_return_file(db, sam, text)
    assert [x.status for x in report.lines] == [APPLIED, UNKNOWN, ALREADY, APPLIED]
    assert report.lines[1].account_number == "" and "check it with the bank" in report.lines[1].done
    assert report.count(APPLIED) == 2 and report.reversed_total == D("200.00") and report.fees_total == D("50.00")
    again = apply_return_file(db, sam, text)
    assert [x.status for x in again.lines] == [ALREADY, UNKNOWN, ALREADY, ALREADY]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ReturnedItem)) == 2
        assert s.scalar(select(func.count()).select_from(Charge)) == 4


def test_an_amount_that_differs_from_the_draft_is_not_applied(db, run):
    sam, entries = run
    (line,) = apply_return_file(db, sam, file_of(ret(entries[0], "R01", cents=9999))).lines
    assert line.status == NOT_APPLIED and "$99.99" in line.done and "$100.00" in line.done
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ReturnedItem)) == 0


@pytest.mark.parametrize("damage, where", [
    (lambda t: "\n".join(x + "X" if i == 2 else x for i, x in enumerate(t.split("\n"))),
     "line 3: the record is 95 characters long"),
    (lambda t: "\n".join(line[:-1] if line.startswith("6") else line for line in t.split("\n")), "line 3"),
    (lambda t: t.replace("799R01", "799R99", 1), "unknown return reason code 'R99'"),
    (lambda t: "\n".join(t.split("\n")[:-6]), "it may be cut short"),
    (lambda t: "", "line 1: the file is empty"),
])
def test_a_bad_file_changes_nothing_and_names_the_line(db, run, damage, where):
    sam, entries = run
    good = file_of(ret(entries[0], "R01", 1), ret(entries[1], "R02", 2))
    before = state(db)
    with pytest.raises(DraftReturnRefused, match="was not applied") as caught:
        apply_return_file(db, sam, damage(good))
    assert where in str(caught.value) and caught.value.field == "file"
    assert state(db) == before


def test_returns_by_hand(db, run):
    sam, entries = run
    report = record_return_by_hand(db, sam, " " + entries[4].trace_number + " ", "r09", note="phoned by the bank")
    (line,) = report.lines
    assert line.status == APPLIED and line.code == "R09" and line.fee == D("25.00")
    with pytest.raises(DraftReturnRefused, match="returned before") as caught:
        record_return_by_hand(db, sam, entries[4].trace_number, "R01")
    assert caught.value.field == "trace_number"
    with pytest.raises(DraftReturnRefused, match="No draft entry") as caught:
        record_return_by_hand(db, sam, "053101129999999", "R01")
    with pytest.raises(DraftReturnRefused, match="15 digits"):
        record_return_by_hand(db, sam, "12345", "R01")
    with pytest.raises(DraftReturnRefused, match="R01 to R85") as caught:
        record_return_by_hand(db, sam, entries[5].trace_number, "C01")
    assert caught.value.field == "code"
    cashier = make_user(db, "cas", roles=(Role.CASHIER,), drawer=False)
    with pytest.raises(AccessDenied):
        record_return_by_hand(db, cashier, entries[5].trace_number, "R01")


def test_a_closed_business_date_refuses_the_whole_file(db, run, monkeypatch):
    from cashier_app.services import business_day

    sam, entries = run
    monkeypatch.setattr(business_day, "is_closed", lambda s, day: True)
    before = state(db)
    with pytest.raises(DraftReturnRefused, match="already closed"):
        apply_return_file(db, sam, file_of(ret(entries[0], "R01")))
    assert state(db) == before


def test_no_full_bank_account_number_in_report_audit_or_notice(db, run, tmp_path):
    sam, entries = run
    text = file_of(*(ret(e, code, n) for n, (e, code) in enumerate(zip(entries, ["R01", "R02", "R03"]), 1)),
                   ret(entries[6], "R03", 9))
    report = write_return_notices(db, sam, apply_return_file(db, sam, text), tmp_path)
    shown = "\n".join(report.text_lines()) + repr(report)
    with db.read() as s:
        shown += repr(s.scalars(select(AuditEvent.after)).all()) + repr(s.scalars(select(AuditEvent.before)).all())
        shown += repr(s.scalars(select(DraftEnrollment.ended_reason)).all())
        shown += repr(s.scalars(select(Charge.description)).all())
    import subprocess

    for pdf in report.notices:
        shown += subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert len(report.notices) == 3
    with db.read() as s:  # the events of one file are written together: the chain and the facts hold
        from cashier_app.services.audit import verify_audit

        audit = verify_audit(s)
        assert audit.chain.first_broken_id is None and audit.gaps == ()
    for e in entries:
        assert e.bank_account not in shown
    assert f"ending in {entries[0].bank_account[-4:]}" in shown
    assert "your bank draft enrollment has ended" in shown


def test_drafts_returns_command(db, db_url, run, tmp_path, capsys):
    sam, entries = run
    path = tmp_path / "returns.ach"
    path.write_text(file_of(ret(entries[0], "R01", 1), ret(entries[6], "R03", 2)))
    notices = tmp_path / "letters"
    assert cli.main(["--db", db_url, "drafts", "returns", str(path), "--supervisor", "sam",
                     "--notices", str(notices)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("returns.ach: 2 returns and 0 corrections applied; $100.00 reversed, $25.00 in fees, "
                          "1 enrollments ended")
    assert f"R01 {entries[0].trace_number} account {entries[0].account_number} ****{entries[0].bank_account[-4:]}" in out
    assert "1 notice letters written" in out and len(list(notices.glob("*.pdf"))) == 1
    assert entries[0].bank_account not in out
    # again: nothing applied twice; a damaged file: one line, exit 1
    assert cli.main(["--db", db_url, "drafts", "returns", str(path), "--supervisor", "sam",
                     "--notices", str(notices)]) == 0
    assert "0 returns and 0 corrections applied" in capsys.readouterr().out
    path.write_text(path.read_text().replace("\n", "  x\n", 1))
    assert cli.main(["--db", db_url, "drafts", "returns", str(path), "--supervisor", "sam"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cashier-app: returns.ach was not applied (nothing changed): line 1:") and err.count("\n") == 1
    assert cli.main(["--db", db_url, "drafts", "returns", str(path), "--supervisor", "nobody"]) == 1
    assert "give --supervisor" in capsys.readouterr().err


def test_returned_drafts_do_not_make_an_account_cash_only(db, run):
    """Cash-only counts returned checks; a returned draft is not a check (returned_check.cash_only_after)."""
    from cashier_app.models import Account

    sam, entries = run
    e = entries[0]
    apply_return_file(db, sam, file_of(ret(e, "R01", 1)))
    # a second draft of the same account returned: still not cash-only
    _, more = make_draft_run(db, count=1, supervisor=sam, first_account=3100001, first_trace=50)
    with db.write() as s:
        from cashier_app.models import DraftEntry, Allocation
        s.get(DraftEntry, more[0].entry_id).account_id = e.account_id
        s.scalar(select(Allocation).where(Allocation.payment_id == more[0].payment_id)).account_id = e.account_id
    apply_return_file(db, sam, file_of(ret(more[0], "R01", 2)))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ReturnedItem)) == 2
        assert s.get(Account, e.account_id).cash_only is False
