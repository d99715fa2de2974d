"""How dates, times, services and usage read on screen (money is money.format_amount's job)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from cashier_app import city_time

_CONTEXT = "formats"


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
        return QCoreApplication.translate(_CONTEXT, "Gas")
    names = {
        "electric": QCoreApplication.translate(_CONTEXT, "Electric"),
        "water": QCoreApplication.translate(_CONTEXT, "Water"),
        "sewer": QCoreApplication.translate(_CONTEXT, "Sewer"),
        "gas": QCoreApplication.translate(_CONTEXT, "Natural gas"),
        "refuse": QCoreApplication.translate(_CONTEXT, "Refuse"),
    }
    return names.get(service, service.title())


def status_name(status: str) -> str:
    names = {
        "active": QCoreApplication.translate(_CONTEXT, "Active"),
        "final": QCoreApplication.translate(_CONTEXT, "Final"),
        "inactive": QCoreApplication.translate(_CONTEXT, "Inactive"),
    }
    return names.get(status, status.title())
