"""Opening the cash drawer without a sale ("no sale"): a supervisor's action, always audited.

A cash payment's drawer kick travels with its receipt (services/printing.py); this is the only
other way the app opens the drawer. The attempt is audited whether or not the drawer opened.
"""
from __future__ import annotations

from dataclasses import dataclass

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Role
from cashier_app.receipts.printer_status import PrinterFault
from cashier_app.receipts.station_printer import ReceiptPrinter
from cashier_app.services.access import AccessDenied, Actor, requires
from cashier_app.services.approvals import Approval
from cashier_app.services.audit import record_event

NO_SALE = "drawer.no_sale"


class NoSaleRefused(ValueError):
    """A no-sale opening that is not allowed as asked; the message says why."""


@dataclass(frozen=True)
class DrawerOpening:
    opened: bool
    message: str  # "" when it opened; else why not, for the person at the counter


@requires(Role.CASHIER, Role.SUPERVISOR)
def open_drawer_no_sale(db: Database, actor: Actor, printer: ReceiptPrinter, reason: str,
                        approval: Approval | None = None) -> DrawerOpening:
    """Open the station's drawer with no payment. A supervisor may do it; a cashier needs a
    supervisor's approval for NO_SALE. Never raises for a printer fault: the answer says it."""
    reason = reason.strip()
    if len(reason) < 3:
        raise NoSaleRefused(_t("Say why the drawer is opened (at least 3 characters)."))
    approver_id = None
    if not actor.has(Role.SUPERVISOR):
        if approval is None:
            raise AccessDenied(_t("Opening the drawer without a sale needs a supervisor's approval."))
        approver_id = approval.take(NO_SALE, actor.user_id).user_id
    try:
        printer.kick_drawer(station=actor.station, reason=reason)
        opening = DrawerOpening(True, "")
    except PrinterFault as exc:
        opening = DrawerOpening(False, f"Cash drawer not opened: {exc}")
    with db.write() as s:
        record_event(s, actor, NO_SALE, "station", actor.station, approver_id=approver_id,
                     after={"reason": reason, "printer": printer.name, "opened": opening.opened,
                            "problem": opening.message})
    return opening
