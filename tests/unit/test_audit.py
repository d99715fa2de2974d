"""The audit chain, and audit verify: facts matched to their events, the head witness (issue 9)."""
import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from cashier_app.models import Role
from cashier_app.services import business_day
from cashier_app.services.approvals import approve
from cashier_app.services.audit import record_event, verify_audit, verify_chain, witness_file
from cashier_app.services.audit_facts import FACTS
from cashier_app.services.batches import close_batch, open_batch
from cashier_app.services.drawers import PICKUP_ACTION, my_session, record_pickup
from cashier_app.services.importing import import_files
from cashier_app.services.posting_export import export_payments
from cashier_app.services.returned_checks import find_checks, record_returned_check
from cashier_app.services.settings import set_setting
from cashier_app.services.users import create_user, disable_user
from cashier_app.services.voids import void_payment
from cashier_app.services.drafts.returns import apply_return_file
from tests.ach_builder import Batch, Item, ReturnFileText
from tests.day_support import close_today
from tests.draft_support import ROUTING, make_draft_run
from tests.factories import make_user
from tests.printing_support import cash, check, open_counter, pay


def _events(db, admin, n=5):
    for i in range(n):
        with db.write() as s:
            record_event(s, admin, "setting.change", "setting", f"k{i}", before={"v": i}, after={"v": i + 1})


def test_chain_verifies(db, admin):
    _events(db, admin)
    with db.read() as s:
        report = verify_chain(s)
    assert report.events == 5 and report.first_broken_id is None and len(report.head) == 64


def test_editing_a_row_in_sql_breaks_the_chain_at_that_event(db, admin):
    _events(db, admin)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET entity_id = 'tampered' WHERE id = 3"))
    with db.read() as s:
        report = verify_chain(s)
    assert report.first_broken_id == 3 and "contents" in report.problem


def test_deleting_a_row_breaks_the_link(db, admin):
    _events(db, admin)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE id = 2"))
    with db.read() as s:
        assert verify_chain(s).first_broken_id == 3


def test_a_rolled_back_change_leaves_no_event(db, admin):
    with pytest.raises(RuntimeError):
        with db.write() as s:
            record_event(s, admin, "x")
            raise RuntimeError
    with db.read() as s:
        assert verify_chain(s).events == 0


# -- audit verify: the chain, the facts matched to their events, the head witness (issue 9) ----------
# One test per line of "What `audit verify` detects / cannot detect" in docs/ARCHITECTURE.md.

PW = "correct-horse-42"
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def day(db, admin, tmp_path, fast_passwords, monkeypatch):
    """A closed day with every kind of recorded fact that has an audit event, all made by the services."""
    counter = open_counter(db)
    sam = make_user(db, "sam", roles=(Role.SUPERVISOR,))
    payments = [pay(counter, {counter.account_id: "20.00"}, cash("150.00")),
                pay(counter, {counter.second_account_id: "30.00"}, check("30.00", "5521")),
                pay(counter, {counter.account_id: "10.00"}, cash("10.00"))]
    void_payment(db, counter.cashier, payments[2].payment_id, "wrong account",
                 approve(db, "sam", PW, "payment.void", counter.cashier))
    sid = my_session(db, counter.cashier).id
    record_pickup(db, counter.cashier, sid, {"$100": 1}, approve(db, "sam", PW, PICKUP_ACTION, counter.cashier))
    record_pickup(db, counter.cashier, sid, {"$10": 1}, approve(db, "sam", PW, PICKUP_ACTION, counter.cashier))
    close_batch(db, counter.cashier, open_batch(db, counter.cashier, None, "empty envelope"))
    closed = close_today(db, sam, counter.cashier)
    export_payments(db, sam, closed, tmp_path / "posting.csv")
    export_payments(db, sam, closed, tmp_path / "again.csv", again=True)
    set_setting(db, admin, "returned_check.fee", "30.00")
    create_user(db, admin, "lee", PW, ["cashier"])
    disable_user(db, admin, "lee")
    import_files(db, admin, [DATA / "customers.csv"], rejects_path=tmp_path / "rejects.csv")
    monkeypatch.setattr(business_day, "today", lambda: closed + dt.timedelta(days=1))
    [returned] = find_checks(db, sam, "5521")
    record_returned_check(db, sam, returned.tender_id, "NSF")
    # a returned draft and a NOC (bank draft returns)
    _, entries = make_draft_run(db, count=2, supervisor=sam)
    items = [Item("R01", ROUTING, entries[0].bank_account, 10000, entries[0].account_number, "PAT", "061000100000001",
                  entries[0].trace_number),
             Item("C05", ROUTING, entries[1].bank_account, 0, entries[1].account_number, "PAT", "061000100000002",
                  entries[1].trace_number, corrected="37".ljust(29))]
    apply_return_file(db, sam, ReturnFileText([Batch(items)]).text())
    return counter, payments


def _report(db):
    with db.read() as s:
        return verify_audit(s)


def _sql(db, statement, **params):
    with db.engine.begin() as conn:
        return conn.execute(text(statement), params)


def _newest_ids(db, n, action=None):
    where = f"WHERE action = '{action}'" if action else ""
    return [r[0] for r in _sql(db, f"SELECT id FROM audit_events {where} ORDER BY id DESC LIMIT {n}")]


def test_an_untouched_day_verifies_with_every_fact_matched_and_the_head_witnessed(db, day):
    report = _report(db)
    assert report.ok, report.problems()
    assert report.chain.events > 20 and "head witness: event" in report.witness_note


def test_every_kind_of_fact_is_in_the_day(db, day):
    """The day above really holds a row of each kind verify matches (else the test above proves little)."""
    with db.read() as s:
        for fact in FACTS:
            query = select(func.count()).select_from(fact.table)
            assert s.scalar(query.where(fact.where) if fact.where is not None else query), fact.label


def test_deleting_the_newest_event_is_caught_by_the_witness(db, day):
    newest = _newest_ids(db, 1)[0]
    _sql(db, "DELETE FROM audit_events WHERE id = :id", id=newest)
    report = _report(db)
    assert report.chain.first_broken_id is None  # the chain alone still holds
    assert not report.ok
    assert any(f"event {newest}" in p and "newest events were removed" in p for p in report.problems())


def test_deleting_the_newest_three_payment_events_is_caught_by_the_facts(db, admin, tmp_path):
    counter = open_counter(db)
    for amount in ("10.00", "11.00", "12.00", "13.00"):
        pay(counter, {counter.account_id: amount}, cash(amount))
    removed = _newest_ids(db, 3)
    _sql(db, f"DELETE FROM audit_events WHERE id IN ({', '.join(map(str, removed))})")
    witness_file().unlink()  # even without this station's witness
    report = _report(db)
    assert report.chain.first_broken_id is None and not report.ok
    [gap] = report.gaps
    assert gap.fact.action == "payment.post" and gap.count == 3
    assert any("3 payments without their 'payment.post' audit event" in p for p in report.problems())


def test_deleting_a_payment_together_with_its_event_is_caught_by_the_witness(db):
    counter = open_counter(db)
    posted = pay(counter, {counter.account_id: "10.00"}, cash("10.00"))
    newest = _newest_ids(db, 1)[0]
    for table in ("print_jobs", "tenders", "allocations"):
        _sql(db, f"DELETE FROM {table} WHERE payment_id = :p", p=posted.payment_id)
    _sql(db, "DELETE FROM payments WHERE id = :p", p=posted.payment_id)
    _sql(db, "DELETE FROM audit_events WHERE id = :id", id=newest)
    report = _report(db)
    assert report.gaps == () and report.chain.first_broken_id is None
    assert not report.ok and any(f"event {newest}" in p for p in report.witness_problems)


@pytest.mark.parametrize("label", [f.label for f in FACTS])
def test_each_kind_of_fact_without_its_event_is_reported(db, day, label):
    fact = next(f for f in FACTS if f.label == label)
    # the first event of that action: an event in the middle, so this is the facts' finding alone
    _sql(db, "UPDATE audit_events SET action = 'tampered' WHERE id = "
             "(SELECT MIN(id) FROM audit_events WHERE action = :a)", a=fact.action)
    problems = [g.fact.label for g in _report(db).gaps]
    assert label in problems


def test_truncating_then_writing_again_is_still_caught(db, admin):
    """A station that writes after its newest events were cut off notices it and keeps saying so."""
    _events(db, admin, 5)
    _sql(db, "DELETE FROM audit_events WHERE id >= 4")
    _events(db, admin, 3)  # ids 4.. again (SQLite) or 6.. (PostgreSQL): the chain links hold
    report = _report(db)
    assert report.chain.first_broken_id is None and not report.ok
    assert any("was gone when it next wrote" in p and "event 5" in p for p in report.witness_problems)


def test_the_witness_file_is_private_and_names_each_chain(db, admin):
    _events(db, admin, 2)
    path = witness_file()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert path.parent == Path(os.environ["CASHIER_HOME"])  # beside audit.key
    with db.read() as s:
        first = s.scalar(text("SELECT hash FROM audit_events ORDER BY id LIMIT 1"))
        newest = tuple(s.execute(text("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")).one())
    entry = json.loads(path.read_text())["chains"][first]
    assert (entry["id"], entry["hash"]) == newest


def test_a_rolled_back_change_moves_no_witness(db, admin):
    _events(db, admin, 2)
    before = witness_file().read_text()
    with pytest.raises(RuntimeError):
        with db.write() as s:
            record_event(s, admin, "x")
            raise RuntimeError
    assert witness_file().read_text() == before
    assert _report(db).ok


def test_another_database_in_the_same_home_is_not_judged_by_this_witness(db, admin, tmp_path):
    from cashier_app.db import open_database

    _events(db, admin, 5)
    other = open_database(str(tmp_path / "other.db"))
    try:
        _events(other, admin, 2)
        assert _report(other).ok and _report(db).ok
        _sql(other, "DELETE FROM audit_events WHERE id = 2")
        assert not _report(other).ok and _report(db).ok
    finally:
        other.dispose()


# -- what it cannot detect: each line of the list, shown ----------------------------------------------
def test_cannot_detect_a_tail_cut_when_the_witness_is_gone_and_the_events_had_no_facts(db, admin):
    _events(db, admin, 5)  # setting.change events for settings that are not stored rows
    _sql(db, "DELETE FROM audit_events WHERE id >= 4")
    witness_file().unlink()
    report = _report(db)
    assert report.ok  # a limit, written down in docs/ARCHITECTURE.md; verify says what it lacked:
    assert "holds no head witness for this database" in report.witness_note


def test_cannot_detect_a_rewrite_by_someone_holding_the_key(db, admin):
    from cashier_app.models import AuditEvent
    from cashier_app.services.audit import GENESIS, event_digest, load_key

    _events(db, admin, 3)
    key, prev = load_key(), GENESIS
    with db.write() as s:
        for event in s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all():
            event.after = {"v": 999}
            event.prev_hash, event.hash = prev, event_digest(key, prev, event)
            prev = event.hash
        chain, head = s.scalar(select(AuditEvent.hash).order_by(AuditEvent.id)), (event.id, event.hash)
    # ...and who rewrites this station's witness file too
    data = json.loads(witness_file().read_text())
    data["chains"] = {chain: {"id": head[0], "hash": head[1], "at": ""}}
    witness_file().write_text(json.dumps(data))
    assert _report(db).ok  # a limit, written down in docs/ARCHITECTURE.md


def test_cannot_detect_a_truncation_on_another_station_from_this_stations_witness(db, admin, tmp_path, monkeypatch):
    """Each station witnesses only the events it wrote; verify on the station that wrote the lost ones."""
    _events(db, admin, 2)
    monkeypatch.setenv("CASHIER_HOME", str(tmp_path / "station-2"))
    (tmp_path / "station-2").mkdir()
    import shutil
    shutil.copy(tmp_path / "home" / "audit.key", tmp_path / "station-2" / "audit.key")
    _events(db, admin, 2)  # written by station 2: station 1's witness is event 2
    _sql(db, "DELETE FROM audit_events WHERE id >= 3")
    assert not _report(db).ok  # station 2 sees it
    monkeypatch.setenv("CASHIER_HOME", str(tmp_path / "home"))
    assert _report(db).ok  # station 1 does not
