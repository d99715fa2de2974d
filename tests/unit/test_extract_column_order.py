"""A file's columns may come in any order, optional ones may be left out: each field still lands in
its own value (ExtractReader hands each layout's fill the fields in the layout's own order)."""
from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest

from cashier_app.services.extract_rows import ExtractReader, recognize

ROWS = {
    "customers": {"customer_number": "C1", "last_name": "Renée", "first_name": "Ann", "mailing_address1": "1 Main St",
                  "mailing_address2": "Apt 2", "city": "Shelby", "state": "NC", "zip": "28150",
                  "phone": "704-555-0101", "email": "ann@example.com"},
    "accounts": {"account_number": "A1", "customer_number": "C1", "service_address": "12 N Oak St",
                 "balance": "-3.50", "balance_as_of": "2025-04-30", "services": "water;electric", "status": "final",
                 "cash_only": "Y", "payments_through": "2025-04-29"},
    "bills": {"account_number": "A1", "bill_date": "2025-04-01", "due_date": "2025-04-20", "total": "12.50",
              "draft_date": "2025-04-15", "final_bill": "Y", "electric": "10.00", "water": "", "sewer": "2.50",
              "gas": "", "refuse": ""},
    "usage": {"account_number": "A1", "service": "Water", "period_start": "2025-03-01", "period_end": "2025-03-31",
              "quantity": "1,200", "unit": "GAL"},
}
LEFT_OUT = {"customers": "email", "accounts": "payments_through", "bills": "gas", "usage": "unit"}


def _read(tmp_path, kind: str, columns: list[str], fields: dict[str, str] | None = None):
    fields = fields or ROWS[kind]
    path = tmp_path / f"{kind}.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(columns)
        out.writerow([fields[c] for c in columns])
    with open(path, encoding="utf-8", newline="") as fh:
        layout = recognize(next(csv.reader(fh)))
    [row] = list(ExtractReader(path, layout))
    assert row.reason is None, row.reason
    return row


@pytest.mark.parametrize("kind", sorted(ROWS))
def test_any_column_order_gives_the_same_values(tmp_path, kind):
    columns = list(ROWS[kind])
    rows = [_read(tmp_path, kind, order) for order in (columns, columns[::-1], columns[1:] + columns[:1])]
    assert len({(r.ref, r.values, r.lines) for r in rows}) == 1


def test_each_field_lands_in_its_own_value(tmp_path):
    customer = _read(tmp_path, "customers", list(ROWS["customers"])[::-1])
    assert customer.values[:10] == ("C1", "Renée", "Ann", "1 Main St", "Apt 2", "Shelby", "NC", "28150",
                                    "704-555-0101", "ann@example.com")
    account = _read(tmp_path, "accounts", list(ROWS["accounts"])[::-1])
    assert account.ref == "C1"
    assert account.values[1:7] == ("A1", "12 N Oak St", "electric,water", "final", True, Decimal("-3.50"))
    assert account.values[8] == dt.date(2025, 4, 29)
    bill = _read(tmp_path, "bills", list(ROWS["bills"])[::-1])
    assert (bill.ref, bill.values[1:]) == ("A1", (dt.date(2025, 4, 1), dt.date(2025, 4, 20), dt.date(2025, 4, 15),
                                                  Decimal("12.50"), True))
    assert bill.lines == (("electric", Decimal("10.00")), ("sewer", Decimal("2.50")))
    usage = _read(tmp_path, "usage", list(ROWS["usage"])[::-1])
    assert (usage.ref, usage.values[1:]) == ("A1", ("water", dt.date(2025, 3, 1), dt.date(2025, 3, 31), 1200, "gal"))


@pytest.mark.parametrize("kind", sorted(ROWS))
def test_an_optional_column_left_out_reads_as_blank(tmp_path, kind):
    columns = [c for c in ROWS[kind] if c != LEFT_OUT[kind]]
    row = _read(tmp_path, kind, columns[::-1])
    full = _read(tmp_path, kind, list(ROWS[kind]), dict(ROWS[kind], **{LEFT_OUT[kind]: ""}))
    assert (row.ref, row.values, row.lines) == (full.ref, full.values, full.lines)
