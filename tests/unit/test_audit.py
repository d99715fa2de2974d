import pytest
from sqlalchemy import text

from cashier_app.services.audit import record_event, verify_chain


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
