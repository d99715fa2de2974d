"""How dates, times, services and usage read on screen (money is money.format_amount's job)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from cashier_app import city_time

# The context is written out in each call: pyside6-lupdate reads literal strings only.


def date_text(day: dt.date | None) -> str:
    return day.strftime("%m/%d/%Y") if day else ""


def datetime_text(moment: dt.datetime | None) -> str:
    """Local time as the counter reads it: ``11/01/2026 7:00 AM``."""
    if moment is None:
        return ""
    local = city_time.local(moment)
    return local.strftime("%m/%d/%Y %I:%M %p").replace(" 0", " ")


def service_name(service: str, *, short: bool = False) -> str:
    if short and service == "gas":
        return QCoreApplication.translate("formats", "Gas")
    names = {
        "electric": QCoreApplication.translate("formats", "Electric"),
        "water": QCoreApplication.translate("formats", "Water"),
        "sewer": QCoreApplication.translate("formats", "Sewer"),
        "gas": QCoreApplication.translate("formats", "Natural gas"),
        "refuse": QCoreApplication.translate("formats", "Refuse"),
    }
    return names.get(service, service.title())


def status_name(status: str) -> str:
    names = {
        "active": QCoreApplication.translate("formats", "Active"),
        "final": QCoreApplication.translate("formats", "Final"),
        "inactive": QCoreApplication.translate("formats", "Inactive"),
    }
    return names.get(status, status.title())
