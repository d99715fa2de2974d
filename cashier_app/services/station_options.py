"""This station's own setup from the Administration window: its printer profile and receipts
folder (kept in its station.toml, as `init` writes them), the printer test page and the drawer test.

Each change is checked before anything is written, written to station.toml inside the database
transaction that records its audit event (a file that cannot be written rolls the event back)."""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from cashier_app.config import LANGUAGES, TEXT_SIZES, StationConfig, save_station_config
from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import Role, Station
from cashier_app.receipts.printer_status import Delivery, PrinterFault, PrinterStatus
from cashier_app.receipts.profiles import ProfileError, load_profile, profile_dirs
from cashier_app.receipts.sample import printer_test_page
from cashier_app.receipts.station_printer import ReceiptPrinter, open_printer
from cashier_app.services.access import Actor, requires, station_task
from cashier_app.services.audit import record_event
from cashier_app.services.refusal import Refused


class StationSetupRefused(Refused):
    """A station change that is refused; ``field`` is "printer", "receipts_dir", "text_size" or "language"."""


def profile_names(*, described: bool = False) -> list[str] | dict[str, str]:
    """The printer profiles a station may pick: the administrator's folder first, then those shipped;
    ``described``: each with the name it gives itself ("" when it cannot be read)."""
    names: list[str] = []
    for folder in profile_dirs():
        if folder.is_dir():
            names += [p.stem for p in sorted(folder.glob("*.toml")) if p.stem not in names]
    if not described:
        return names
    titles = {}
    for name in names:
        try:
            titles[name] = load_profile(name).name
        except ProfileError:
            titles[name] = ""
    return titles


def _save(db: Database, actor: Actor, config: StationConfig, event: str, before: dict, after: dict,
          station_update: dict | None = None) -> StationConfig:
    path = Path(config.path) if config.path else None
    with db.write() as s:
        if station_update:
            row = s.scalar(select(Station).where(Station.name == config.station))
            if row is not None:
                for key, value in station_update.items():
                    setattr(row, key, value)
        record_event(s, actor, event, "station", config.station, before=before, after=after)
        try:
            save_station_config(config, path)
        except OSError as exc:
            raise StationSetupRefused(_t("The station config could not be written ({0}).").format(exc.strerror or exc),
                                      next(iter(after))) from None
    return config


@requires(Role.ADMINISTRATOR)
def set_station_printer(db: Database, actor: Actor, config: StationConfig, profile: str) -> StationConfig:
    """Make ``profile`` this station's printer (station.toml ``printer``, the station's row), after
    reading the profile with every field checked. Returns the new config (the window uses it from
    its next sign-in)."""
    try:
        load_profile(profile)
    except ProfileError as exc:
        raise StationSetupRefused(str(exc), "printer") from None
    new = dataclasses.replace(config, printer=profile)
    return _save(db, actor, new, "station.printer", {"printer": config.printer}, {"printer": profile},
                 {"printer_profile": profile})


@requires(Role.ADMINISTRATOR)
def set_receipts_folder(db: Database, actor: Actor, config: StationConfig, folder: str) -> StationConfig:
    """Set where the file and PDF printers of this station write (station.toml ``receipts_dir``;
    empty: the home's receipts folder). The folder is made if missing and must be writable."""
    folder = folder.strip()
    if folder:
        where = Path(folder).expanduser()
        if not where.is_absolute():
            raise StationSetupRefused(_t("Give the whole path of the folder (e.g. C:\\Receipts or /srv/receipts)."),
                                      "receipts_dir")
        try:
            where.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StationSetupRefused(_t("The folder cannot be made: {0}.").format(
                                          exc.strerror or exc), "receipts_dir") from None
        if not os.access(where, os.W_OK):
            raise StationSetupRefused(_t("This station cannot write in that folder."), "receipts_dir")
    new = dataclasses.replace(config, receipts_dir=folder)
    return _save(db, actor, new, "station.receipts_dir", {"receipts_dir": config.receipts_dir},
                 {"receipts_dir": folder})


@requires(Role.ADMINISTRATOR)
def set_text_size(db: Database, actor: Actor, config: StationConfig, size: int) -> StationConfig:
    """Set this station's type size (station.toml ``text_size``, per cent: one of TEXT_SIZES); every
    screen of the station follows it from the app's next start."""
    if size not in TEXT_SIZES:
        raise StationSetupRefused(_t("The text size is one of {0} per cent.").format(
                                      ', '.join(map(str, TEXT_SIZES))), "text_size")
    new = dataclasses.replace(config, text_size=size)
    return _save(db, actor, new, "station.text_size", {"text_size": config.text_size}, {"text_size": size})


@requires(Role.ADMINISTRATOR)
def set_language(db: Database, actor: Actor, config: StationConfig, language: str) -> StationConfig:
    """Set the language of this station's window (station.toml ``language``: "en", "fr", or "" for
    the PC's own); it applies from the app's next start. What customers take away follows
    ``receipt_language`` (:func:`set_receipt_language`)."""
    if language not in LANGUAGES:
        raise StationSetupRefused(_t("The language is \"en\", \"fr\" or \"\" (the PC's language)."), "language")
    new = dataclasses.replace(config, language=language)
    return _save(db, actor, new, "station.language", {"language": config.language}, {"language": language})


@requires(Role.ADMINISTRATOR)
def set_receipt_language(db: Database, actor: Actor, config: StationConfig, language: str) -> StationConfig:
    """Set the language of what this station's customers take away (station.toml
    ``receipt_language``: "en", "fr", or "" for the window's); from the app's next start."""
    if language not in LANGUAGES:
        raise StationSetupRefused(_t("The receipt language is \"en\", \"fr\" or \"\" (as the window)."),
                                  "receipt_language")
    new = dataclasses.replace(config, receipt_language=language)
    return _save(db, actor, new, "station.receipt_language", {"receipt_language": config.receipt_language},
                 {"receipt_language": language})


@dataclass(frozen=True)
class PrintTestOutcome:
    printer: str  # the printer as it describes itself
    before: PrinterStatus
    delivery: Delivery | None  # None: not sent (the printer could not print)
    after: PrinterStatus | None

    @property
    def printed(self) -> bool:
        return self.delivery is not None and self.delivery.printed


@station_task("a test page prints a sample, not a payment; `cashier-app print-test` runs before any user exists")
def print_test_page(config: StationConfig, profile: str, header: tuple[str, ...]) -> PrintTestOutcome:
    """Print the test page (receipts/sample.py) on printer ``profile`` as `cashier-app print-test`
    does: its status first, the page only when it can print, its status after. ProfileError when
    the profile cannot be read."""
    chosen = load_profile(profile)
    printer = open_printer(chosen, config.resolved_receipts_dir())
    before = printer.check()
    if not before.can_print:
        return PrintTestOutcome(printer.describe(), before, None, None)
    done = printer.deliver(printer.render(printer_test_page(chosen, header, config.station)))
    return PrintTestOutcome(printer.describe(), before, done, printer.check())


@requires(Role.ADMINISTRATOR)
def try_drawer(db: Database, actor: Actor, printer: ReceiptPrinter) -> str:
    """Kick the cash drawer through ``printer`` to test it (administrators setting up a station);
    audited as ``drawer.test`` whether it opened or not. Returns "" when it opened, else why not."""
    try:
        printer.kick_drawer(station=actor.station, reason="drawer test")
        problem = ""
    except PrinterFault as exc:
        problem = f"Cash drawer not opened: {exc}"
    with db.write() as s:
        record_event(s, actor, "drawer.test", "station", actor.station,
                     after={"printer": printer.name, "opened": not problem, "problem": problem})
    return problem
