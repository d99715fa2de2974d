"""Every message a service raises (or makes to raise) for a person goes through ``_t("…")`` (cashier_app.i18n), so a
French station shows it in French: a raise of a refusal with a bare string literal or an f-string
fails here (docs/TRANSLATING.md). Read from the source (the AST), not by running it."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

from cashier_app.ach.nacha_fields import NachaError
from cashier_app.ach.returns import ReturnFileError
from cashier_app.config import ConfigError
from cashier_app.db import DatabaseError
from cashier_app.money import MoneyError
from cashier_app.receipts.printer_status import Delivery, PrinterFault, status_of
from cashier_app.receipts.profiles import ProfileError
from cashier_app.services.access import AccessDenied
from cashier_app.services.accounts import AccountNotFound
from cashier_app.services.backup import BackupError
from cashier_app.services.cash_drawer import NoSaleRefused
from cashier_app.services.drafts.draft_key import DraftKeyError
from cashier_app.services.micr import MicrError
from cashier_app.services.print_queue import PrintQueueError
from cashier_app.services.refusal import Refused
from cashier_app.services.settings import SettingError
from cashier_app.services.stations import StationError
from cashier_app.services.stubs import StubError
from cashier_app.services.users import UserError

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cashier_app"
#: Where messages meant for a person are raised (receipts, letters and reports have their own
#: translation; the window uses self.tr).
SCANNED = [*sorted((PACKAGE / "services").rglob("*.py")), *sorted((PACKAGE / "ach").glob("*.py")),
           PACKAGE / "money.py", PACKAGE / "db.py", PACKAGE / "config.py",
           *(PACKAGE / "receipts" / f"{name}.py" for name in (  # what the printer says, in the status bar
               "printer_status", "escpos_printer", "cups_queue", "file_printer", "station_printer", "profiles"))]
#: The exceptions whose message the window (or the setup assistant) shows to a person.
SHOWN = (Refused, UserError, MoneyError, AccessDenied, AccountNotFound, StationError, SettingError,
         BackupError, StubError, MicrError, PrintQueueError, DraftKeyError, NoSaleRefused, DatabaseError,
         ConfigError, NachaError, ReturnFileError, PrinterFault, ProfileError, Delivery)
#: The message's position among the exception's arguments (NachaError(field, reason, ...)).
MESSAGE_ARG = {NachaError: 1, ReturnFileError: 1, ProfileError: 2, Delivery: 1}
#: Functions that make a shown message, and the position of the text they are given.
SHOWN_FUNCTIONS = {status_of: 1}
#: (file, exception) pairs left English on purpose: the billing import's and the lockbox's reasons
#: are the "reason" column of a rejects CSV the billing office reads (a file format), and the
#: lockbox and demo commands are command-line only (docs/TRANSLATING.md).
ENGLISH_ON_PURPOSE = {
    ("services/csv_fields.py", "FieldError"), ("services/extract_rows.py", "FieldError"),
    ("services/lockbox.py", "FieldError"), ("services/lockbox.py", "LockboxError"),
    ("services/lockbox.py", "AccessDenied"),  # `cashier-app lockbox --cashier USERNAME` only
    ("services/importing.py", "ImportFileError"), ("services/demo.py", "DemoError"),
}


def _class_of(module, call: ast.Call):
    """The exception class a ``raise Name(...)`` / ``raise module.Name(...)`` builds, or None."""
    func = call.func
    if isinstance(func, ast.Name):
        found = getattr(module, func.id, None)
    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        found = getattr(getattr(module, func.value.id, None), func.attr, None)
    else:
        return None
    return found if isinstance(found, type) else None


def _is_bare_text(node: ast.AST) -> bool:
    """A string the translator never sees: a literal, an f-string, or one glued with ``+``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value != ""  # no message at all is not English
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_is_bare_text(node.left) or _is_bare_text(node.right))


def untranslated_raises(path: Path, source: str | None = None) -> list[str]:
    """The raises of ``path`` (or of ``source`` read as that module's code) left untranslated."""
    relative = path.relative_to(PACKAGE).as_posix()
    module = importlib.import_module("cashier_app." + relative[:-3].replace("/", "."))
    found = []
    for node in ast.walk(ast.parse(source if source is not None else path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):  # raised, or made to be raised later (`return SetupRefused(...)`)
            continue
        cls = _class_of(module, node)
        name = ast.unparse(node.func).split(".")[-1]
        function = getattr(module, name, None) if isinstance(node.func, ast.Name) else None
        if function in SHOWN_FUNCTIONS:
            at = SHOWN_FUNCTIONS[function]
        elif (relative, name) in ENGLISH_ON_PURPOSE or cls is None or not issubclass(cls, SHOWN):
            continue
        else:
            at = next((i for base, i in MESSAGE_ARG.items() if issubclass(cls, base)), 0)
        if len(node.args) > at and _is_bare_text(node.args[at]):
            found.append(f"{relative}:{node.lineno}: {ast.unparse(node)[:90]}")
    return found


def test_every_refusal_a_person_reads_goes_through_t():
    found = [line for path in SCANNED if path.name != "__init__.py" for line in untranslated_raises(path)]
    assert not found, ("a refusal raised with English text the catalogue cannot hold; write it "
                       "_t(\"… {0} …\").format(...) (docs/TRANSLATING.md):\n" + "\n".join(found))


def test_the_check_finds_a_bare_refusal():
    """The check itself, on code read as payments.py's: an f-string, a literal and a glued string
    are caught, in any refusal class; _t(...) and a message built elsewhere are not."""
    probe = ("def a(x):\n    raise PaymentRefused(f'Amount {x} refused.', 'amount')\n"
             "def b():\n    raise PaymentRefused('Refused.')\n"
             "def c(x):\n    raise Refused('Refused ' + x)\n"
             "def d(x):\n    raise PaymentRefused(_t('Amount {0} refused.').format(x), 'amount')\n"
             "def e(message):\n    raise PaymentRefused(message)\n"
             "def f():\n    raise KeyError('a programmer error, never shown')\n"
             "def g(x):\n    return PaymentRefused(f'Amount {x} refused.')\n")
    found = untranslated_raises(PACKAGE / "services" / "payments.py", probe)
    assert [line.split(":")[1] for line in found] == ["2", "4", "6", "14"]
