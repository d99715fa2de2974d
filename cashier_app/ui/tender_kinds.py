"""The tenders the counter takes, as the screens name them (TenderKind values; the UI does not
import the data model)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cashier_app.services.payments import TenderRequest

CASH, CHECK, MONEY_ORDER = "cash", "check", "money_order"
KINDS = (CASH, CHECK, MONEY_ORDER)
# The context is written out in each call: pyside6-lupdate reads literal strings only.


def tender_name(kind: str) -> str:
    names = {CASH: QCoreApplication.translate("tenders", "Cash"),
             CHECK: QCoreApplication.translate("tenders", "Check"),
             MONEY_ORDER: QCoreApplication.translate("tenders", "Money order")}
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
