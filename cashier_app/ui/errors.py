"""What a person is told when a background job fails: a sentence, never a traceback."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from cashier_app.db import DatabaseError, mask_passwords
from cashier_app.money import MoneyError
from cashier_app.receipts.file_printer import PrinterFault
from cashier_app.services.access import AccessDenied
from cashier_app.services.accounts import AccountNotFound
from cashier_app.services.backup import BackupError
from cashier_app.services.batches import BatchRefused
from cashier_app.services.drafts.draft_key import DraftKeyError
from cashier_app.services.micr import MicrError
from cashier_app.services.payments import PaymentRefused
from cashier_app.services.print_queue import PrintQueueError
from cashier_app.services.refusal import Refused
from cashier_app.services.settings import SettingError
from cashier_app.services.stations import StationError
from cashier_app.services.stubs import StubError
from cashier_app.services.users import UserError
from cashier_app.services.voids import VoidRefused

log = logging.getLogger(__name__)

# Services raise these with a message written for the person at the counter.
_SHOWN = (UserError, PaymentRefused, MoneyError, AccessDenied, AccountNotFound, StationError,
          PrinterFault, DatabaseError, VoidRefused, BatchRefused, StubError, MicrError, PrintQueueError,
          Refused, DraftKeyError, SettingError, BackupError)  # every service's refusal (drawers, day close, exports, returned checks)
# Errors that mean "the database cannot be reached right now", by class (the UI does not import
# SQLAlchemy or the drivers): trying again later with the same client token is safe.
_CONNECTION_ERRORS = {("sqlalchemy.exc", "OperationalError"), ("sqlalchemy.exc", "InterfaceError"),
                      ("sqlalchemy.exc", "DisconnectionError"), ("sqlalchemy.exc", "TimeoutError"),
                      ("psycopg", "OperationalError"), ("psycopg.errors", "OperationalError"),
                      ("sqlite3", "OperationalError")}


def is_database_error(exc: BaseException) -> bool:
    """The database could not be reached or used (the UI does not import SQLAlchemy itself)."""
    return isinstance(exc, DatabaseError) or type(exc).__module__.startswith(("sqlalchemy", "psycopg", "sqlite3"))


def is_connection_error(exc: BaseException) -> bool:
    """The database is unavailable (connection lost, server down, file locked): retry later."""
    if isinstance(exc, DatabaseError) or getattr(exc, "connection_invalidated", False):
        return True
    return any((cls.__module__, cls.__name__) in _CONNECTION_ERRORS for cls in type(exc).__mro__)


def error_message(exc: BaseException) -> str:
    """One line fit to show; unexpected errors are logged in full and summarized."""
    if isinstance(exc, _SHOWN) and str(exc).strip():
        return str(exc).strip()
    if isinstance(exc, NotImplementedError):
        return QCoreApplication.translate("errors", "This part of the counter is not ready yet ({0}).").format(
            str(exc) or QCoreApplication.translate("errors", "service not implemented"))
    if is_connection_error(exc):
        log.warning("database unavailable: %s", mask_passwords(str(exc)))
        return QCoreApplication.translate("errors", "Database unavailable. Try again in a moment.")
    log.error("unexpected error in a background job", exc_info=exc)
    if is_database_error(exc):
        return QCoreApplication.translate(
            "errors", "The database did not answer. Try again; if it goes on, call the supervisor.")
    return QCoreApplication.translate(
        "errors", "Something went wrong ({0}). Try again; the details are in the log.").format(
        type(exc).__name__)
