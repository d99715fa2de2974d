"""What a person is told when a background job fails: a sentence, never a traceback."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from cashier_app.db import DatabaseError
from cashier_app.money import MoneyError
from cashier_app.receipts.file_printer import PrinterFault
from cashier_app.services.access import AccessDenied
from cashier_app.services.accounts import AccountNotFound
from cashier_app.services.payments import PaymentRefused
from cashier_app.services.stations import StationError
from cashier_app.services.users import UserError

log = logging.getLogger(__name__)

# Services raise these with a message written for the person at the counter.
_SHOWN = (UserError, PaymentRefused, MoneyError, AccessDenied, AccountNotFound, StationError,
          PrinterFault, DatabaseError)


def is_database_error(exc: BaseException) -> bool:
    """The database could not be reached or used (the UI does not import SQLAlchemy itself)."""
    return isinstance(exc, DatabaseError) or type(exc).__module__.startswith("sqlalchemy")


def error_message(exc: BaseException) -> str:
    """One line fit to show; unexpected errors are logged in full and summarized."""
    if isinstance(exc, _SHOWN) and str(exc).strip():
        return str(exc).strip()
    log.error("unexpected error in a background job", exc_info=exc)
    if is_database_error(exc):
        return QCoreApplication.translate(
            "errors", "The database did not answer. Try again; if it goes on, call the supervisor.")
    return QCoreApplication.translate(
        "errors", "Something went wrong ({0}). Try again; the details are in the log.").format(
        type(exc).__name__)
