"""``cashier-app batch``, ``report`` and ``export``: the day's books from the command line (mailed-check
batches, the day report, the deposit slip, the posting export). Same rules as ``cli``: one line
on failure, never a traceback (``cli.main`` turns the services' refusals into that line).
"""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path


def add_parsers(sub: argparse._SubParsersAction, parser_class: type[argparse.ArgumentParser],
                business_date: type) -> None:
    """Add ``batch``, ``report`` and ``export`` to the main parser's subcommands."""
    s = sub.add_parser("batch", help="mailed-check batches")
    bsub = s.add_subparsers(dest="batch_command", required=True, parser_class=parser_class)
    b = bsub.add_parser("post", help="post a lockbox CSV file of mailed checks (docs/formats.md)")
    b.add_argument("file", help="lockbox CSV file")
    b.add_argument("--rejects", help="where to write the rejected rows (CSV)")
    b.add_argument("--cashier", help="user name the checks are posted by (a cashier; default: your login name)")
    b.set_defaults(run=cmd_batch_post)

    s = sub.add_parser("report", help="day report (PDF or CSV) and deposit slip (PDF) of a business date")
    rsub = s.add_subparsers(dest="report_command", required=True, parser_class=parser_class)
    r = rsub.add_parser("day", help="the day report: totals, receipts, voids, over/short, audit head")
    r.add_argument("--date", type=business_date, help="business date YYYY-MM-DD (default: today)")
    r.add_argument("--out", required=True, help="file to write: .pdf or .csv")
    r.add_argument("--format", choices=["pdf", "csv"], help="format (default: by the file's suffix)")
    r = rsub.add_parser("deposit", help="the deposit slip of a closed business date (PDF)")
    r.add_argument("--date", type=business_date, help="business date YYYY-MM-DD (default: today)")
    r.add_argument("--out", required=True, help="PDF file to write")
    s.set_defaults(run=cmd_report)

    s = sub.add_parser("export", help="posting export of a closed day's payments for the billing system")
    esub = s.add_subparsers(dest="export_command", required=True, parser_class=parser_class)
    e = esub.add_parser("payments", help="write the day's payments and charges as CSV (docs/formats.md)")
    e.add_argument("--date", type=business_date, required=True, help="closed business date YYYY-MM-DD")
    e.add_argument("--out", required=True, help="CSV file to write (must not exist yet)")
    e.add_argument("--again", action="store_true", help="write an already exported day again, marked as a re-export")
    e = esub.add_parser("status", help="list the exports of a business date")
    e.add_argument("--date", type=business_date, required=True, help="business date YYYY-MM-DD")
    s.set_defaults(run=cmd_export)


def cmd_batch_post(args: argparse.Namespace) -> int:
    from cashier_app import cli
    from cashier_app.money import format_amount
    from cashier_app.services.lockbox import cashier_for_batch, post_lockbox_file

    db, station = cli._open(args)
    actor = cashier_for_batch(db, args.cashier or getpass.getuser(), station.station)
    report = post_lockbox_file(db, actor, Path(args.file), Path(args.rejects) if args.rejects else None)
    batch = f"batch {report.batch_id}" if report.batch_id is not None else "no new batch"
    print(f"{args.file}: {report.posted:,} checks posted ({batch}), {report.already_posted:,} already posted, "
          f"{report.rejected:,} rejected; total {format_amount(report.total)}")
    if report.rejected:
        print(f"cashier-app: {report.rejected:,} rows rejected; see {report.rejects_path}", file=sys.stderr)
        return cli.EXIT_FAILED
    return cli.EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from cashier_app import cli
    from cashier_app.money import format_amount
    from cashier_app.services import business_day
    from cashier_app.services.day_report import write_day_report
    from cashier_app.services.deposit_slip import write_deposit_slip

    db, station = cli._open(args)
    from cashier_app.i18n import use_station_language

    use_station_language(station)  # the day report in the station's language, as the window writes it
    day = args.date or business_day.today()
    if args.report_command == "day":
        out = write_day_report(db, cli._actor(station), day, Path(args.out), args.format)
        print(f"day report of {day.isoformat()} written: {out}")
    else:
        from cashier_app.services.deposit_slip import deposit_slip

        out = write_deposit_slip(db, cli._actor(station), day, Path(args.out))
        slip = deposit_slip(db, cli._actor(station), day)
        print(f"deposit slip of {day.isoformat()} written: {out} (total {format_amount(slip.total)})")
    return cli.EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from cashier_app import cli
    from cashier_app.money import format_amount
    from cashier_app.services.posting_export import describe, export_payments, export_state

    db, station = cli._open(args)
    if args.export_command == "payments":
        result = export_payments(db, cli._actor(station), args.date, Path(args.out), again=args.again)
        print(f"{args.date.isoformat()}: {describe(result)}")
        return cli.EXIT_OK
    earlier = export_state(db, cli._actor(station), args.date)
    if not earlier:
        print(f"{args.date.isoformat()}: not exported yet")
    for e in earlier:
        kind = "re-export" if e.again else "export"
        print(f"{e.exported_at:%Y-%m-%d %H:%M} UTC  {kind:<9} {e.rows:>6,} rows  {format_amount(e.total):>14}  "
              f"{e.exported_by}  {e.file_name}")
    return cli.EXIT_OK
