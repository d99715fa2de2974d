"""The ``drafts`` and ``keys`` commands: bank draft runs, returns, enrollments, and the draft key.

Each command opens the database like the others in ``cli.py`` and calls one service; the services
are the writers (``services/drafts/``).
"""
from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_FAILED, EXIT_NOT_BUILT = 0, 1, 3


def add_parsers(sub: argparse._SubParsersAction, parser_class: type[argparse.ArgumentParser],
                business_date: type) -> None:
    """Add ``drafts`` and ``keys`` to the main parser's subcommands."""
    s = sub.add_parser("drafts", help="bank draft: runs (NACHA files), returns and NOCs, enrollments")
    dsub = s.add_subparsers(dest="drafts_command", required=True, parser_class=parser_class)

    d = dsub.add_parser("run", help="make the NACHA PPD file of the bills whose draft date is DATE")
    d.add_argument("--date", type=business_date, required=True, help="draft date YYYY-MM-DD")
    d.add_argument("--out", required=True, help="NACHA file to write (must not exist yet)")
    d.set_defaults(run=cmd_drafts_run)

    d = dsub.add_parser("runs", help="list the draft runs (of one draft date with --date)")
    d.add_argument("--date", type=business_date, help="draft date YYYY-MM-DD")
    d.set_defaults(run=cmd_drafts_runs)

    d = dsub.add_parser("report", help="the report of one run: entries, totals, warnings")
    d.add_argument("run_id", type=int, help="the run's number (see 'drafts runs')")
    d.set_defaults(run=cmd_drafts_report)

    d = dsub.add_parser("sent", help="mark a run as sent to the bank (it can no longer be voided)")
    d.add_argument("run_id", type=int)
    d.set_defaults(run=cmd_drafts_sent)

    d = dsub.add_parser("void", help="void a run not sent to the bank, and its payments")
    d.add_argument("run_id", type=int)
    d.add_argument("--reason", required=True, help="why the run is voided")
    d.set_defaults(run=cmd_drafts_void)

    d = dsub.add_parser("returns", help="apply the bank's return / NOC file (each entry once)")
    d.add_argument("file", help="the ACH return file from the bank")
    d.add_argument("--supervisor", help="user name the returns are recorded by (a supervisor; default: your login "
                   "name)")
    d.add_argument("--notices", help="folder for the notice letters (default: <home>/reports/<today>/)")
    d.set_defaults(run=cmd_drafts_returns)

    d = dsub.add_parser("enrollments", help="list enrollments (taken on a date with --date)")
    d.add_argument("--date", type=business_date, help="date the enrollments were taken YYYY-MM-DD")
    d.set_defaults(run=cmd_drafts_enrollments)

    s = sub.add_parser("keys", help="the bank-draft key (draft.key)")
    ksub = s.add_subparsers(dest="keys_command", required=True, parser_class=parser_class)
    k = ksub.add_parser("rotate", help="new key first, every stored number and scan re-encrypted")
    k.set_defaults(run=cmd_keys_rotate)


def _not_yet(name: str) -> int:
    print(f"cashier-app: '{name}' is not available in this version yet (bank draft issue)", file=sys.stderr)
    return EXIT_NOT_BUILT


def cmd_drafts_run(args: argparse.Namespace) -> int:
    return _not_yet("drafts run")


def cmd_drafts_runs(args: argparse.Namespace) -> int:
    return _not_yet("drafts runs")


def cmd_drafts_report(args: argparse.Namespace) -> int:
    return _not_yet("drafts report")


def cmd_drafts_sent(args: argparse.Namespace) -> int:
    return _not_yet("drafts sent")


def cmd_drafts_void(args: argparse.Namespace) -> int:
    return _not_yet("drafts void")


def cmd_drafts_returns(args: argparse.Namespace) -> int:
    import getpass
    from pathlib import Path

    from cashier_app import config
    from cashier_app.cli import _open
    from cashier_app.private_files import private_folder
    from cashier_app.services.drafts.returns import (
        apply_return_file, supervisor_for_command, write_return_notices,
    )

    db, station = _open(args)
    actor = supervisor_for_command(db, args.supervisor or getpass.getuser(), station.station)
    report = apply_return_file(db, actor, Path(args.file))
    folder = Path(args.notices) if args.notices else config.home() / "reports" / report.business_date.isoformat()
    try:
        report = write_return_notices(db, actor, report, private_folder(folder))
    finally:
        for line in report.text_lines():
            print(line)
    if report.notices:
        print(f"{len(report.notices):,} notice letters written to {folder}")
    return EXIT_OK


def cmd_drafts_enrollments(args: argparse.Namespace) -> int:
    return _not_yet("drafts enrollments")


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    from cashier_app.cli import _actor, _open
    from cashier_app.services.drafts.key_rotation import rotate_keys

    db, station = _open(args)
    result = rotate_keys(db, _actor(station))
    print(f"{result.path}: new key in use; {result.enrollments:,} bank account numbers and {result.documents:,} "
          f"scans re-encrypted; {result.old_keys_dropped} old key(s) dropped. Copy this draft.key to every "
          "other station now (docs/admin-guide.md, 'The bank-draft key').")
    return EXIT_OK
