"""Build the Receipt value of a posted payment (the one source every renderer uses)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.i18n import _t, customer_language
from cashier_app.models import Account, Payment, PrintDocument, Role, Station, TenderKind, User
from cashier_app.receipts.receipt import Receipt, ReceiptAccountLine, ReceiptTender
from cashier_app.receipts.text import render_text
from cashier_app.services.access import Actor, requires
from cashier_app.services.people import person_name
from cashier_app.services.settings import read_setting


def _tender_label(kind: str, check_number: str | None, serial: str | None) -> str:
    if kind == TenderKind.CHECK:
        return _t("Check #{0}").format(check_number) if check_number else _t("Check")
    if kind == TenderKind.MONEY_ORDER:
        return _t("Money order #{0}").format(serial) if serial else _t("Money order")
    if kind == TenderKind.BANK_DRAFT:
        return _t("Bank draft")
    return _t("Cash")


@customer_language()
def build_receipt(session: Session, payment_id: int, mark: str = "") -> Receipt:
    """The receipt of one payment, as of when it was posted (header and footer from settings)."""
    if payment_id is None:
        raise LookupError("This print job has no payment to print.")
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
        posted_at=city_time.local(p.posted_at),
        station=station.name,
        cashier=person_name(cashier),
        accounts=tuple(lines),
        tenders=tuple(ReceiptTender(_tender_label(t.kind, t.check_number, t.serial_number), t.amount)
                      for t in p.tenders),
        total=p.total, tendered=p.tendered, change=p.change, fee=p.fee,
        footer=tuple(read_setting(session, "receipt.footer")),
        mark=mark,
    )


def build_printout(session: Session, payment_id: int | None, mark: str = "", document: str = "receipt",
                   enrollment_id: int | None = None, station: str = ""):  # noqa: ANN201 - Receipt or DraftConfirmation
    """What a print job prints: the payment's receipt, or a bank draft enrollment's confirmation slip."""
    if document == PrintDocument.DRAFT_CONFIRMATION:
        from cashier_app.services.drafts.confirmation import build_confirmation

        if enrollment_id is None:
            raise LookupError("This print job has no enrollment to confirm.")
        return build_confirmation(session, enrollment_id, mark, station)
    return build_receipt(session, payment_id, mark)


@requires(Role.CASHIER, Role.SUPERVISOR)
def receipt_preview(db: Database, actor: Actor, receipt_number: str, width: int = 42, mark: str = "") -> str:
    """A receipt as plain text for the screen, ``width`` characters wide."""
    with db.read() as s:
        payment_id = s.scalar(select(Payment.id).where(Payment.receipt_number == receipt_number.strip().upper()))
        if payment_id is None:
            raise LookupError(f"No receipt {receipt_number}.")
        return render_text(build_receipt(s, payment_id, mark), width)
