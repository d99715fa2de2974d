"""The bill stub barcode: what a keyboard-wedge scanner types when it reads a bill's return stub.

Content (Code 128; docs/formats.md "Bill stub barcode"), digits only after the prefix:

    SHB1 LL <account number, LL digits> <amount due in cents, 8 digits> <due date YYYYMMDD> <check>

The check digit is Luhn (mod 10) over every digit after ``SHB1``. Example: account 1000001,
$128.45 due 2026-11-25 is ``SHB10710000010001284520261125`` + its check digit.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from stdnum import luhn

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.services.access import station_task
from cashier_app.models import Account, Bill
from cashier_app.money import CENT, ZERO, from_cents, to_cents
from cashier_app.services.balances import current_balances
from cashier_app.services.settings import read_setting

PREFIX = "SHB1"
_LOOKS = re.compile(r"^SHB\d[0-9 ]*$", re.ASCII)  # a stub, even a damaged one: parse it, don't search it
MAX_CENTS = 99_999_999  # 8 digits: $999,999.99


class StubError(ValueError):
    """A scan that is not a readable bill stub; the message is for the cashier."""


@dataclass(frozen=True)
class StubScan:
    account_number: str
    amount_due: Decimal
    due_date: dt.date


def _clean(text: str) -> str:
    # Scanners may add spaces or a line end; caps lock on a keyboard wedge lowers the prefix.
    return "".join((text or "").split()).upper()


def looks_like_stub(text: str) -> bool:
    """True when ``text`` is meant as a stub scan (so the lookup field routes it to parse_stub)."""
    return bool(_LOOKS.match((text or "").strip().upper()))


def parse_stub(text: str) -> StubScan:
    """Read a scanned stub; raises StubError (bad prefix, length, check digit, amount or date)."""
    raw = _clean(text)
    if not raw.startswith("SHB"):
        raise StubError(_t("This is not a City of Shelby bill stub."))
    if not raw.startswith(PREFIX):
        raise StubError(_t("This bill stub's barcode ({0}) is from an unknown format.").format(raw[:4]))
    body = raw[len(PREFIX):]
    if not body.isascii() or not body.isdigit():
        raise StubError(_t("The stub did not scan cleanly (letters in the number); scan it again or type the "
                           "account."))
    if len(body) < 2 or not 1 <= int(body[:2]) <= 20:
        raise StubError(_t("The stub did not scan cleanly (account length); scan it again or type the account."))
    size = int(body[:2])
    if len(body) != 2 + size + 8 + 8 + 1:
        raise StubError(_t("The stub did not scan completely (wrong length); scan it again or type the account."))
    if not luhn.is_valid(body):
        raise StubError(_t("The stub did not scan cleanly (check digit); scan it again or type the account."))
    account = body[2:2 + size]
    cents = body[2 + size:2 + size + 8]
    day = body[2 + size + 8:2 + size + 16]
    try:
        due = dt.date(int(day[:4]), int(day[4:6]), int(day[6:8]))
    except ValueError:
        raise StubError(_t("The stub's due date {0} is not a date.").format(day)) from None
    return StubScan(account, from_cents(int(cents)), due)


def stub_barcode(account_number: str, amount_due: Decimal, due_date: dt.date) -> str:
    """The barcode text printed on the stub of a bill. Raises StubError for an account number
    that is not 1 to 20 digits or an amount due below zero or above $999,999.99."""
    account = account_number.strip()
    if not (account.isascii() and account.isdigit() and 1 <= len(account) <= 20):
        raise StubError(_t("Account number {0} cannot go on a stub barcode (digits only).").format(
                            repr(account_number)))
    if amount_due != amount_due.quantize(CENT) or not 0 <= to_cents(amount_due) <= MAX_CENTS:
        raise StubError(_t("Amount due {0} cannot go on a stub barcode.").format(amount_due))
    body = f"{len(account):02d}{account}{to_cents(amount_due):08d}{due_date:%Y%m%d}"
    return PREFIX + body + luhn.calc_check_digit(body)


@station_task("demo only: draws bill stubs of existing accounts, changes nothing")
def write_demo_stubs(db: Database, out_path: Path, accounts: int = 20) -> int:
    """Render demo bill stubs for the first ``accounts`` accounts (by account number) to a PDF;
    amount due is the current balance (never below zero), due date the last bill's (or 20 days
    from today). Accounts whose number cannot go on a barcode are left out. Returns how many."""
    from cashier_app.reports.bill_stubs import BillStub, render_bill_stubs  # reportlab only when printing

    with db.read() as s:
        rows = s.scalars(select(Account).options(selectinload(Account.customer))
                         .order_by(Account.account_number).limit(max(accounts, 0))).all()
        ids = [a.id for a in rows]
        balances = current_balances(s, ids)
        last_due = dict(s.execute(select(Bill.account_id, func.max(Bill.due_date))
                                  .where(Bill.account_id.in_(ids)).group_by(Bill.account_id)).all()) if ids else {}
        header = tuple(read_setting(s, "receipt.header"))
        stubs = []
        for a in rows:
            due = last_due.get(a.id) or city_time.today() + dt.timedelta(days=20)
            amount = max(balances.get(a.id, ZERO), ZERO)
            try:
                barcode = stub_barcode(a.account_number, amount, due)
            except StubError:
                continue
            c = a.customer
            city = f"{c.city}, {c.state} {c.zip_code}".strip(", ")
            mailing = tuple(x for x in (c.mailing_address1, c.mailing_address2, city) if x)
            stubs.append(BillStub(a.account_number, c.customer_number, c.display_name, mailing,
                                  a.service_address, amount, due, barcode))
    render_bill_stubs(stubs, out_path, header)
    return len(stubs)
