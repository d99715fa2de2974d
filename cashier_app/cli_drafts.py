"""The ``drafts`` and ``keys`` commands: bank draft runs, returns, enrollments, and the draft key.

Each command opens the database like the others in ``cli.py`` and calls one service; the services
are the writers (``services/drafts/``).
"""
from __future__ import annotations

import argparse

EXIT_OK, EXIT_FAILED = 0, 1


def add_parsers(sub: argparse._SubParsersAction, parser_class: type[argparse.ArgumentParser],
                business_date: type) -> None:
    """Add ``drafts`` and ``keys`` to the main parser's subcommands."""
    s = sub.add_parser("drafts", help="bank draft: runs (NACHA files), returns and NOCs, enrollments")
    dsub = s.add_subparsers(dest="drafts_command", required=True, parser_class=parser_class)

    d = dsub.add_parser("run", help="make the NACHA PPD file of the bills whose draft date is DATE")
    d.add_argument("--date", type=business_date, required=True, help="draft date YYYY-MM-DD")
    d.add_argument("--out", required=True, help="NACHA file to write (must not exist yet)")
    _supervisor_option(d)
    d.set_defaults(run=cmd_drafts_run)

    d = dsub.add_parser("runs", help="list the draft runs (of one draft date with --date)")
    d.add_argument("--date", type=business_date, help="draft date YYYY-MM-DD")
    d.set_defaults(run=cmd_drafts_runs)

    d = dsub.add_parser("report", help="the report of one run: entries, totals, warnings")
    d.add_argument("run_id", type=int, help="the run's number (see 'drafts runs')")
    d.set_defaults(run=cmd_drafts_report)

    d = dsub.add_parser("sent", help="mark a run as sent to the bank (it can no longer be voided)")
    d.add_argument("run_id", type=int)
    _supervisor_option(d)
    d.set_defaults(run=cmd_drafts_sent)

    d = dsub.add_parser("void", help="void a run not sent to the bank, and its payments")
    d.add_argument("run_id", type=int)
    d.add_argument("--reason", required=True, help="why the run is voided")
    _supervisor_option(d)
    d.set_defaults(run=cmd_drafts_void)

    d = dsub.add_parser("returns", help="apply the bank's return / NOC file (each entry once)")
    d.add_argument("file", help="the ACH return file from the bank")
    d.add_argument("--supervisor", help="user name the returns are recorded by (a supervisor; default: your login "
                   "name)")
    d.add_argument("--notices", help="folder for the notice letters (default: <home>/reports/<today>/)")
    d.set_defaults(run=cmd_drafts_returns)

    d = dsub.add_parser("enrollments", help="list enrollments (taken on a date with --date)")
    d.add_argument("--date", type=business_date, help="date the enrollments were taken YYYY-MM-DD (default: today)")
    _supervisor_option(d)
    d.set_defaults(run=cmd_drafts_enrollments)

    s = sub.add_parser("keys", help="the bank-draft key (draft.key)")
    ksub = s.add_subparsers(dest="keys_command", required=True, parser_class=parser_class)
    k = ksub.add_parser("rotate", help="new key first, every stored number and scan re-encrypted")
    k.set_defaults(run=cmd_keys_rotate)


def _documents_speak(station) -> None:  # noqa: ANN001 - a config.StationConfig
    """The notice letters in the station's receipt language, as the window would write them."""
    from cashier_app.i18n import use_station_language

    use_station_language(station)


def _supervisor_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--supervisor", help="user name the command acts as (a supervisor; default: your login "
                                             "name)")


def _opened(args: argparse.Namespace):  # noqa: ANN202 - (db, station config)
    from cashier_app.cli import _open

    return _open(args)


def _supervisor(args: argparse.Namespace, db, station):  # noqa: ANN001, ANN202 - an Actor
    import getpass

    from cashier_app.services.drafts.returns import supervisor_for_command

    return supervisor_for_command(db, args.supervisor or getpass.getuser(), station.station)


def cmd_drafts_run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from cashier_app.money import format_amount
    from cashier_app.services.drafts.runs import make_run

    db, station = _opened(args)
    result = make_run(db, _supervisor(args, db, station), args.date, Path(args.out))
    print(f"draft run {result.run_id} written: {result.path}")
    print(f"draft date {result.draft_date.isoformat()}, effective {result.effective_date.isoformat()}, "
          f"file ID modifier {result.file_id_modifier}: {result.debits:,} debits {format_amount(result.total)}, "
          f"{result.prenotes:,} prenotes" + (f", {result.activated:,} enrollments made active" if result.activated else ""))
    for w in result.warnings:
        print(f"warning: account {w.account_number}: {w.message}")
    for k in result.skipped:
        print(f"skipped: account {k.account_number}, bill of {k.bill_date.isoformat()} "
              f"({format_amount(k.bill_amount)}): {k.why}")
    return EXIT_OK


def cmd_drafts_runs(args: argparse.Namespace) -> int:
    from cashier_app.cli import _actor
    from cashier_app.money import format_amount
    from cashier_app.services.drafts.run_report import list_runs

    db, station = _opened(args)
    runs = list_runs(db, _actor(station), args.date)
    if not runs:
        print("no draft runs" + (f" for {args.date.isoformat()}" if args.date else ""))
    for r in runs:
        print(f"{r.run_id:>5}  {r.draft_date.isoformat()}  effective {r.effective_date.isoformat() if r.effective_date else '-':<10}  "
              f"{r.status:<7} {r.file_id_modifier}  {r.debits:>6,} debits {format_amount(r.total):>14}  "
              f"{r.prenotes:>4,} prenotes  {r.created_by}  {r.file_name}")
    return EXIT_OK


def cmd_drafts_report(args: argparse.Namespace) -> int:
    from cashier_app.cli import _actor
    from cashier_app.money import format_amount
    from cashier_app.services.drafts.run_report import run_report

    db, station = _opened(args)
    report = run_report(db, _actor(station), args.run_id)
    r = report.run
    print(f"draft run {r.run_id} ({r.status}): draft date {r.draft_date.isoformat()}, effective "
          f"{r.effective_date.isoformat() if r.effective_date else '-'}, file ID modifier {r.file_id_modifier}, "
          f"{r.file_name}")
    print(f"{'account':<12} {'name':<22} {'bank':<9} {'code':<4} {'amount':>12}  {'trace':<15}  bill")
    for line in report.lines:
        bill = line.bill_date.isoformat() if line.bill_date else "prenote"
        print(f"{line.account_number:<12} {line.name[:22]:<22} {line.bank_last4:<9} {line.transaction_code:<4} "
              f"{format_amount(line.amount):>12}  {line.trace_number:<15}  {bill}")
    print(f"total: {r.debits:,} debits {format_amount(report.total)}, {r.prenotes:,} prenotes")
    for w in report.warnings:
        print(f"warning: account {w.account_number}: {w.message}")
    for k in report.skipped:
        print(f"skipped: account {k.account_number}, bill of {k.bill_date.isoformat()}: {k.why}")
    return EXIT_OK


def cmd_drafts_sent(args: argparse.Namespace) -> int:
    from cashier_app.services.drafts.run_changes import mark_run_sent

    db, station = _opened(args)
    mark_run_sent(db, _supervisor(args, db, station), args.run_id)
    print(f"draft run {args.run_id} marked sent to the bank")
    return EXIT_OK


def cmd_drafts_void(args: argparse.Namespace) -> int:
    from cashier_app.money import format_amount
    from cashier_app.services.drafts.run_changes import void_run

    db, station = _opened(args)
    done = void_run(db, _supervisor(args, db, station), args.run_id, args.reason)
    taken = done.payments_voided + done.payments_charged_back
    print(f"draft run {done.run_id} voided: {taken:,} payments taken back ({format_amount(done.total)}); "
          f"do not send {done.file_name}: delete it")
    return EXIT_OK


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
    _documents_speak(station)
    try:
        report = write_return_notices(db, actor, report, private_folder(folder))
    finally:
        for line in report.text_lines():
            print(line)
    if report.notices:
        print(f"{len(report.notices):,} notice letters written to {folder}")
    return EXIT_OK


def cmd_drafts_enrollments(args: argparse.Namespace) -> int:
    from cashier_app.services import business_day
    from cashier_app.services.drafts.enrollments_taken import enrollments_taken

    db, station = _opened(args)
    day = args.date or business_day.today()
    rows = enrollments_taken(db, _supervisor(args, db, station), day)
    if not rows:
        print(f"no enrollment taken or ended on {day.isoformat()}")
    for r in rows:
        what = r.what + (f" ({r.ended_reason})" if r.ended_reason else "")
        print(f"{r.account_number:<12} {r.customer_name[:28]:<28} {r.bank_name[:20]:<20} {r.account_type:<8} "
              f"****{r.last4}  {r.status:<8} {what:<24} {r.by}  {r.form_location or '(form filed: not said)'}")
    return EXIT_OK


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    from cashier_app.cli import _actor, _open
    from cashier_app.services.drafts.key_rotation import rotate_keys

    db, station = _open(args)
    result = rotate_keys(db, _actor(station))
    print(f"{result.path}: new key in use; {result.enrollments:,} bank account numbers and {result.documents:,} "
          f"scans re-encrypted; {result.old_keys_dropped} old key(s) dropped. Copy this draft.key to every "
          "other station now (docs/admin-guide.md, 'The bank-draft key').")
    return EXIT_OK
