"""insert_rows stores exactly what an ORM insert stores (money as cents, UTC times, dates, JSON)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select, text

from cashier_app.models import AuditEvent, Payment
from cashier_app.services.bulk_rows import insert_rows
from tests.factories import make_station, make_user

AT = dt.datetime(2026, 12, 1, 15, 4, 5, 123456, tzinfo=dt.timezone.utc)


def test_rows_through_the_driver_read_back_like_orm_rows(db):
    make_station(db)
    user_id = make_user(db).user_id
    with db.write() as s:
        station_id = s.scalar(text("SELECT id FROM stations"))
        s.add(Payment(client_token="orm", receipt_number="R-1", station_id=station_id, cashier_id=user_id,
                      channel="draft", business_date=dt.date(2026, 12, 1), posted_at=AT, total=Decimal("12.34"),
                      tendered=Decimal("12.34"), change=Decimal("0.00")))
        s.add(AuditEvent(at=AT, user_id=user_id, station="S1", action="x", entity="y", entity_id="1", before=None,
                         after={"a": 1}, prev_hash="p", hash="h1"))
        s.flush()
        insert_rows(s, Payment.__table__, ("client_token", "receipt_number", "station_id", "cashier_id", "channel",
                                           "business_date", "posted_at", "total", "tendered", "change", "fee"),
                    [("bulk", "R-2", station_id, user_id, "draft", dt.date(2026, 12, 1), AT, Decimal("12.34"),
                      Decimal("12.34"), Decimal("0.00"), Decimal("0.00"))])
        insert_rows(s, AuditEvent.__table__, ("at", "user_id", "station", "action", "entity", "entity_id", "before",
                                              "after", "prev_hash", "hash"),
                    [(AT, user_id, "S1", "x", "y", "1", None, {"a": 1}, "p", "h2")])
    with db.read() as s:
        orm, bulk = s.scalars(select(Payment).order_by(Payment.id)).all()
        for column in ("channel", "business_date", "posted_at", "total", "tendered", "change", "fee"):
            assert getattr(orm, column) == getattr(bulk, column), column
        assert bulk.total == Decimal("12.34") and bulk.posted_at == AT
        raw = s.execute(text("SELECT total FROM payments ORDER BY id")).scalars().all()
        assert raw == [1234, 1234]  # integer cents in storage
        one, two = s.scalars(select(AuditEvent).where(AuditEvent.action == "x").order_by(AuditEvent.id)).all()
        assert (one.before, one.after, one.at) == (two.before, two.after, two.at)
        stored = s.execute(text("SELECT before FROM audit_events WHERE action = 'x' ORDER BY id")).scalars().all()
        assert stored[0] == stored[1]  # None stored the same way both times
