"""The ``cashier-app`` command. With no subcommand it opens the window.

Every failure ends in one line on stderr and a non-zero exit, never a traceback. Qt is imported
only when a window is opened, so the headless commands start fast on a machine without a screen.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from cashier_app import config as cfg
from cashier_app.db import Database, DatabaseError, mask_passwords, open_database
from cashier_app.private_files import private_folder, private_umask

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A command that cannot go on; the message is the one line printed."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + error
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


# -- shared set-up -----------------------------------------------------------------------------

def _station_config(args: argparse.Namespace) -> cfg.StationConfig:
    station = cfg.load_station_config(Path(args.config) if args.config else None)
    if args.station:
        station.station = args.station
    return station


def _db_url(args: argparse.Namespace, station: cfg.StationConfig) -> str:
    from cashier_app.db import normalize_url

    return normalize_url(args.db or os.environ.get("CASHIER_DB_URL") or station.resolved_db_url())


def _open(args: argparse.Namespace, *, create: bool = False) -> tuple[Database, cfg.StationConfig]:
    station = _station_config(args)
    url = _db_url(args, station)
    if not create and url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            raise CommandError(f"no database at {path}; run 'cashier-app init' first (or give --db)")
    if create and url.startswith("sqlite:///"):
        private_folder(Path(url.removeprefix("sqlite:///")).parent)
    db = open_database(url, passfile=cfg.pgpass_path())
    use_city_zone(db)
    return db, station


def use_city_zone(db: Database) -> None:
    """Count dates and hours in the City's zone (setting city.time_zone), not the PC's."""
    from cashier_app import city_time
    from cashier_app.services.settings import get_setting

    city_time.use_zone(get_setting(db, "city.time_zone"))


def _actor(station: cfg.StationConfig):  # noqa: ANN202
    from cashier_app.services.access import system_actor

    return system_actor(station.station)


def _read_new_password(prompt: str) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise CommandError("no password given on standard input")
        return line.rstrip("\n")
    first = getpass.getpass(f"{prompt}: ")
    if first != getpass.getpass(f"{prompt} (again): "):
        raise CommandError("the two passwords differ")
    return first


# -- subcommands -------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from cashier_app.services import users
    from cashier_app.services.setup.station_setup import StationPlan, set_up_station

    password = "" if args.demo else _read_new_password(f"New password for administrator {args.admin!r}")
    if not args.demo and (problem := users.password_problem(password, args.admin)):
        raise CommandError(problem)  # asked first: a refused password leaves nothing behind
    station = _station_config(args)
    station.printer = "file" if args.demo else station.printer
    result = set_up_station(StationPlan(
        _db_url(args, station), station, remember_url=bool(args.db), admin_user="" if args.demo else args.admin,
        admin_password=password, config_path=Path(args.config) if args.config else None,
        fill=_demo_filler(args) if args.demo else None))
    print("\n".join(line for line in result.said if not line.startswith(("station ", "first administrator"))))
    return EXIT_OK


def _demo_filler(args: argparse.Namespace):  # noqa: ANN202
    def fill(db, actor) -> None:  # noqa: ANN001
        from cashier_app.services import demo

        bar = _progress("demo data")
        summary = demo.make_demo(db, actor, accounts=args.accounts, progress=lambda done, total: bar.update(
            "accounts", done, total, done, finished=done >= total))
        print(f"demo data: {summary.customers:,} customers, {summary.accounts:,} accounts, {summary.bills:,} bills; "
              f"demo users: {', '.join(f'{u} / {p}' for u, p in demo.DEMO_PASSWORDS.items())}")
    return fill


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from cashier_app.db import current_revision

    db, _ = _open(args)
    print(f"database at revision {current_revision(db)}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from cashier_app.services.importing import import_files

    db, station = _open(args)
    report = import_files(db, _actor(station), [Path(p) for p in args.paths],
                          rejects_path=Path(args.rejects) if args.rejects else None,
                          progress=_progress("import"))
    for f in report.files:
        print(f"{f.path}: {f.kind}, {f.rows_read:,} rows read, {f.rows_kept:,} kept, {f.rows_rejected:,} rejected")
        if f.note:
            print(f"{f.path}: note: {f.note}")
    if report.rows_rejected:
        print(f"cashier-app: {report.rows_rejected:,} rows rejected; see {report.rejects_path}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _receipt_header(args: argparse.Namespace, default: list[str]) -> tuple[str, ...]:
    """The receipt header setting of the station's database, or the default when there is no
    database yet (a printer is often tried before the database is set up)."""
    from cashier_app.services.settings import get_setting

    try:
        db, _ = _open(args)
    except (CommandError, DatabaseError):
        return tuple(default)
    try:
        return tuple(get_setting(db, "receipt.header"))
    except Exception:  # noqa: BLE001 - an unreadable database still lets the printer be tried
        return tuple(default)
    finally:
        db.dispose()


def cmd_print_test(args: argparse.Namespace) -> int:
    from cashier_app.services.settings import DEFAULTS
    from cashier_app.services.station_options import print_test_page

    station = _station_config(args)
    from cashier_app.i18n import use_station_language

    use_station_language(station)  # the test page as the window prints it; terminal lines stay English
    outcome = print_test_page(station, args.printer or station.printer,
                              _receipt_header(args, DEFAULTS["receipt.header"]))
    print(f"printer: {outcome.printer}")
    print(f"status: {outcome.before.state} ({outcome.before.message})")
    if outcome.delivery is None:
        raise CommandError(f"test page not printed: {outcome.before.message}")
    print(f"status after: {outcome.after.state} ({outcome.after.message})")
    done = outcome.delivery
    if not done.printed:
        raise CommandError(f"test page not finished: {done.message}")
    print(f"test page printed: {done.where}" + (f" ({done.message})" if done.message else ""))
    return EXIT_OK


def cmd_stubs(args: argparse.Namespace) -> int:
    from cashier_app.services.stubs import write_demo_stubs

    db, _ = _open(args)
    count = write_demo_stubs(db, Path(args.out), args.accounts)
    print(f"{count:,} demo bill stubs written: {args.out}")
    return EXIT_OK


def _business_date(text: str):  # noqa: ANN202
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_window(args: argparse.Namespace) -> int:
    if not (args.config or args.db or os.environ.get("CASHIER_DB_URL") or cfg.default_config_path().exists()):
        from cashier_app.ui.setup.first_run import run_first_setup  # no station config: the setup assistant

        return run_first_setup(args.station or "")
    db, station = _open(args)
    from cashier_app.i18n import use_receipt_language
    from cashier_app.ui.app import run_window

    use_receipt_language(station.receipt_language)  # receipts, slips and letters ("": as the window)
    return run_window(db, station)


def _progress(label: str):  # noqa: ANN202
    from cashier_app.progress import TerminalProgress

    return TerminalProgress(label)


# -- parser ------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="cashier-app", description="City Hall utility-payments counter.")
    p.add_argument("--db", help="database URL or SQLite file (default: env CASHIER_DB_URL, then the station "
                                "config); e.g. postgresql://cashier@dbhost/cashier, its password in the pgpass file")
    p.add_argument("--station", help="station name (default: the station config's)")
    p.add_argument("--config", help="station config file (default: station.toml in the data folder)")
    p.set_defaults(run=cmd_window)
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    s = sub.add_parser("init", help="create the database (and demo data with --demo)")
    s.add_argument("--demo", action="store_true", help="fill it with deterministic demo data and demo users")
    s.add_argument("--accounts", type=_positive_int, default=25_000, help="demo accounts (default 25000)")
    s.add_argument("--admin", default="admin", help="first administrator's user name (without --demo)")
    s.set_defaults(run=cmd_init)

    s = sub.add_parser("db", help="database maintenance")
    dbsub = s.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    dbsub.add_parser("upgrade", help="bring the schema to the current version").set_defaults(run=cmd_db_upgrade)

    s = sub.add_parser("import", help="import billing-system CSV files")
    s.add_argument("paths", nargs="+", help="customers, accounts, bills and usage CSV files")
    s.add_argument("--rejects", help="where to write the rejected rows (CSV)")
    s.set_defaults(run=cmd_import)

    from cashier_app import cli_admin

    cli_admin.add_parsers(sub, _Parser)

    s = sub.add_parser("print-test", help="print a test page on a printer and report its status")
    s.add_argument("--printer", help="printer profile name in printers/ or a .toml file (default: the station's)")
    s.set_defaults(run=cmd_print_test)

    s = sub.add_parser("stubs", help="print demo bill stubs with their barcode to a PDF")
    s.add_argument("--out", required=True, help="PDF file to write")
    s.add_argument("--accounts", type=_positive_int, default=20, help="how many accounts (default 20)")
    s.set_defaults(run=cmd_stubs)

    from cashier_app import cli_books, cli_drafts

    cli_books.add_parsers(sub, _Parser, _business_date)

    cli_drafts.add_parsers(sub, _Parser, _business_date)
    return p


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _known_errors() -> tuple[type[BaseException], ...]:
    """The errors a command reports in one line (anything else is a bug and keeps its traceback)."""
    from sqlalchemy.exc import SQLAlchemyError

    from cashier_app.ach.nacha_fields import NachaError
    from cashier_app.ach.returns import ReturnFileError
    from cashier_app.receipts.printer_status import PrinterFault
    from cashier_app.receipts.profiles import ProfileError
    from cashier_app.services.access import AccessDenied
    from cashier_app.services.backup import BackupError
    from cashier_app.services.demo import DemoError
    from cashier_app.services.drafts.draft_key import DraftKeyError
    from cashier_app.services.importing import ImportFileError
    from cashier_app.services.lockbox import LockboxError
    from cashier_app.services.micr import MicrError
    from cashier_app.services.refusal import Refused
    from cashier_app.services.settings import SettingError
    from cashier_app.services.stubs import StubError
    from cashier_app.services.users import UserError

    return (CommandError, DatabaseError, cfg.ConfigError, UserError, AccessDenied, BackupError, OSError,
            SQLAlchemyError, Refused, ImportFileError, ProfileError, PrinterFault, LockboxError, MicrError,
            StubError, DemoError, SettingError, DraftKeyError, NachaError, ReturnFileError)


def _one_line(exc: BaseException) -> str:
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        orig = getattr(exc, "orig", None)
        text = str(orig) if orig is not None else str(exc)
        return "database error: " + text.strip().splitlines()[0]
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.strerror or exc}: {exc.filename}"
    return str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        with private_umask():  # what the app writes is its owner's only (private_files.py)
            cfg.ensure_home()
            return args.run(args)
    except KeyboardInterrupt:
        print("cashier-app: interrupted", file=sys.stderr)
        return 130
    except _known_errors() as exc:
        print(f"cashier-app: {mask_passwords(_one_line(exc))}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    # `python -m cashier_app.cli`: run the package's own module, the one cli_admin, cli_books and
    # cli_drafts import, so their CommandError is the one main() catches (not __main__'s copy).
    from cashier_app.cli import main as package_main

    sys.exit(package_main())
