"""The tenders the counter takes, as the screens name them (TenderKind values; the UI does not
import the data model)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cashier_app.services.payments import TenderRequest

CASH, CHECK, MONEY_ORDER = "cash", "check", "money_order"
KINDS = (CASH, CHECK, MONEY_ORDER)
_CONTEXT = "tenders"


def tender_name(kind: str) -> str:
    names = {CASH: QCoreApplication.translate(_CONTEXT, "Cash"),
             CHECK: QCoreApplication.translate(_CONTEXT, "Check"),
             MONEY_ORDER: QCoreApplication.translate(_CONTEXT, "Money order")}
    return names.get(kind, kind)


def tender_detail(tender: TenderRequest) -> str:
    """Check number (and the last digits of the bank account), or the money order's serial."""
    if tender.kind == CHECK:
        text = f"#{tender.check_number}" if tender.check_number else ""
        if tender.bank_account:
            text += f" ····{tender.bank_account[-4:]}"
        return text.strip()
    if tender.kind == MONEY_ORDER:
        return " · ".join(p for p in (f"#{tender.serial_number}" if tender.serial_number else "", tender.issuer) if p)
    return ""
