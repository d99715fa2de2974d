"""Build the Receipt value of a posted payment (the one source every renderer uses)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from cashier_app.models import Account, Payment, Station, TenderKind, User
from cashier_app.receipts.receipt import Receipt, ReceiptAccountLine, ReceiptTender
from cashier_app.services.settings import read_setting


def _tender_label(kind: str, check_number: str | None, serial: str | None) -> str:
    if kind == TenderKind.CHECK:
        return f"Check #{check_number}"
    if kind == TenderKind.MONEY_ORDER:
        return f"Money order #{serial}"
    return "Cash"


def build_receipt(session: Session, payment_id: int, mark: str = "") -> Receipt:
    """The receipt of one payment, as of when it was posted."""
    p = session.get(Payment, payment_id)
    if p is None:
        raise LookupError(f"No payment {payment_id}.")
    station = session.get(Station, p.station_id)
    cashier = session.get(User, p.cashier_id)
    lines = []
    for a in p.allocations:
        account = session.get(Account, a.account_id)
        lines.append(ReceiptAccountLine(account.account_number, account.customer.display_name,
                                        account.service_address, a.balance_before, a.amount))
    return Receipt(
        header=tuple(read_setting(session, "receipt.header")),
        receipt_number=p.receipt_number,
        posted_at=p.posted_at.astimezone(),
        station=station.name,
        cashier=(cashier.full_name or cashier.username) if cashier else "",
        accounts=tuple(lines),
        tenders=tuple(ReceiptTender(_tender_label(t.kind, t.check_number, t.serial_number), t.amount)
                      for t in p.tenders),
        total=p.total, tendered=p.tendered, change=p.change, fee=p.fee,
        footer=tuple(read_setting(session, "receipt.footer")),
        mark=mark,
    )
