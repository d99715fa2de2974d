"""The setup assistant's printer buttons: a test page and a drawer opening on a chosen profile,
before the station exists (the same test page as ``cashier-app print-test``)."""
from __future__ import annotations

from pathlib import Path

from cashier_app import config as cfg
from cashier_app.i18n import _t
from cashier_app.receipts.printer_status import PrinterFault
from cashier_app.receipts.profiles import PrinterProfile, ProfileError, load_profile, profile_dirs
from cashier_app.receipts.sample import printer_test_page
from cashier_app.receipts.station_printer import open_printer
from cashier_app.services.setup.database_probe import SetupRefused


def profile_names() -> list[str]:
    """The printer profiles to choose from (the administrator's folder first, then those shipped)."""
    names: list[str] = []
    for folder in profile_dirs():
        if folder.is_dir():
            names += [p.stem for p in sorted(folder.glob("*.toml")) if p.stem not in names]
    return names


def checked_profile(name: str) -> PrinterProfile:
    try:
        return load_profile(name)
    except ProfileError as exc:
        raise SetupRefused(str(exc), "printer") from None


def _printer(name: str):  # noqa: ANN202
    return open_printer(checked_profile(name), Path(cfg.home()) / "receipts")


def print_test_page(name: str, station: str) -> str:
    """Print the test page; says where it went, or SetupRefused (field printer) saying why not."""
    from cashier_app.services.settings import DEFAULTS

    printer = _printer(name)
    status = printer.check()
    if not status.can_print:
        raise SetupRefused(_t("Test page not printed: {0}").format(status.message), "printer")
    try:
        done = printer.deliver(printer.render(printer_test_page(checked_profile(name),
                                                                tuple(DEFAULTS["receipt.header"]), station)))
    except PrinterFault as exc:
        raise SetupRefused(_t("Test page not printed: {0}").format(exc), "printer") from None
    if not done.printed:
        raise SetupRefused(_t("Test page not finished: {0}").format(done.message), "printer")
    if done.message:
        return _t("Test page printed: {0} ({1})").format(done.where, done.message)
    return _t("Test page printed: {0}").format(done.where)


def open_drawer(name: str, station: str) -> str:
    printer = _printer(name)
    try:
        printer.kick_drawer(station=station, reason="set-up test")
    except PrinterFault as exc:
        raise SetupRefused(_t("The drawer did not open: {0}").format(exc), "printer") from None
    return _t("Drawer opened through {0}.").format(printer.describe())
