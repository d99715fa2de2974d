"""Build the Receipt value of a posted payment (the one source every renderer uses)."""
from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from cashier_app import city_time
from cashier_app.db import Database
from cashier_app.i18n import _t, customer_language
from cashier_app.models import (
    Account, Allocation, Customer, Payment, PrintDocument, Role, Station, Tender, TenderKind, User,
)
from cashier_app.models.customer import customer_name
from cashier_app.receipts.receipt import Receipt, ReceiptAccountLine, ReceiptTender
from cashier_app.receipts.text import render_text
from cashier_app.services.access import Actor, requires
from cashier_app.services.people import shown_name
from cashier_app.services.driver_statements import DriverQuery
from cashier_app.services.settings import SettingsRead


def _tender_label(kind: str, check_number: str | None, serial: str | None) -> str:
    if kind == TenderKind.CHECK:
        return _t("Check #{0}").format(check_number) if check_number else _t("Check")
    if kind == TenderKind.MONEY_ORDER:
        return _t("Money order #{0}").format(serial) if serial else _t("Money order")
    if kind == TenderKind.BANK_DRAFT:
        return _t("Bank draft")
    return _t("Cash")


# Built once: a receipt in four queries (the payment with its station and cashier, its accounts'
# lines, its tenders, the two settings) instead of one per object, since the print worker builds
# one after every post (bench/bench_printing.py; on PostgreSQL each query is a round trip). They
# select columns, not objects, on the driver's cursor (services/driver_statements.py).
_RECEIPT_HEAD = DriverQuery(
    select(Payment.receipt_number, Payment.posted_at, Payment.total, Payment.tendered, Payment.change, Payment.fee,
           Station.name, User.full_name, User.username)
    .join(Station, Station.id == Payment.station_id)
    .outerjoin(User, User.id == Payment.cashier_id).where(Payment.id == bindparam("payment")))
_RECEIPT_LINES = DriverQuery(
    select(Account.account_number, Customer.first_name, Customer.last_name, Account.service_address,
           Allocation.balance_before, Allocation.amount)
    .join(Account, Account.id == Allocation.account_id).join(Customer, Customer.id == Account.customer_id)
    .where(Allocation.payment_id == bindparam("payment")).order_by(Allocation.id))
_RECEIPT_TENDERS = DriverQuery(
    select(Tender.kind, Tender.check_number, Tender.serial_number, Tender.amount)
    .where(Tender.payment_id == bindparam("payment")).order_by(Tender.id))
_RECEIPT_TEXTS = SettingsRead("receipt.header", "receipt.footer")


@customer_language()
def build_receipt(session: Session, payment_id: int, mark: str = "") -> Receipt:
    """The receipt of one payment, as of when it was posted (header and footer from settings)."""
    if payment_id is None:
        raise LookupError("This print job has no payment to print.")
    asked = {"payment": payment_id}
    head = _RECEIPT_HEAD.rows(session, asked)
    if not head:
        raise LookupError(f"No payment {payment_id}.")
    number, posted_at, total, tendered, change, fee, station, full_name, username = head[0]
    lines = [ReceiptAccountLine(account_number, customer_name(first, last), address, before, amount)
             for account_number, first, last, address, before, amount in _RECEIPT_LINES.rows(session, asked)]
    tenders = [ReceiptTender(_tender_label(kind, check_number, serial), amount)
               for kind, check_number, serial, amount in _RECEIPT_TENDERS.rows(session, asked)]
    texts = _RECEIPT_TEXTS(session)
    return Receipt(
        header=tuple(texts["receipt.header"]),
        receipt_number=number,
        posted_at=city_time.local(posted_at),
        station=station,
        cashier=shown_name(full_name, username) if username is not None else "",  # as people.person_name
        accounts=tuple(lines),
        tenders=tuple(tenders),
        total=total, tendered=tendered, change=change, fee=fee,
        footer=tuple(texts["receipt.footer"]),
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
