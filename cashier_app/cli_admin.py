"""``cashier-app user``, ``setting``, ``audit``, ``backup`` and ``restore``: the administrator's
commands. Same rules as ``cli``: one line on failure, never a traceback (``cli.main`` turns the
services' refusals into that line).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parsers(sub: argparse._SubParsersAction, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add ``user``, ``setting``, ``audit``, ``backup`` and ``restore`` to the main parser's subcommands."""
    s = sub.add_parser("user", help="users and roles")
    usub = s.add_subparsers(dest="user_command", required=True, parser_class=parser_class)
    a = usub.add_parser("add", help="add a user (password read from the terminal or stdin)")
    a.add_argument("username")
    a.add_argument("--role", action="append", required=True,
                   choices=["cashier", "supervisor", "administrator"], help="repeat for several roles")
    a.add_argument("--full-name")
    for name, text in (("passwd", "set a user's password (also unlocks)"), ("disable", "disable a user"),
                       ("unlock", "unlock a user locked by failed sign-ins")):
        usub.add_parser(name, help=text).add_argument("username")
    r = usub.add_parser("roles", help="replace a user's roles")
    r.add_argument("username")
    r.add_argument("--role", action="append", required=True, choices=["cashier", "supervisor", "administrator"])
    usub.add_parser("list", help="list users")
    s.set_defaults(run=cmd_user)

    s = sub.add_parser("setting", help="list or change settings (administrators; docs/admin-guide.md)")
    ssub = s.add_subparsers(dest="setting_command", required=True)
    ssub.add_parser("list", help="every setting with its value")
    e = ssub.add_parser("set", help="change one setting (audited)")
    e.add_argument("key")
    e.add_argument("value", help='text, a number, or a JSON list of lines: \'["line 1", "line 2"]\'')
    s.set_defaults(run=cmd_setting)

    s = sub.add_parser("audit", help="audit trail")
    asub = s.add_subparsers(dest="audit_command", required=True, parser_class=parser_class)
    asub.add_parser("verify", help="check the audit chain, each recorded fact's event and this station's head "
                    "witness").set_defaults(run=cmd_audit_verify)
    a = asub.add_parser("accept-head", help="after a pg_restore: take the database's newest event as this "
                        "station's head witness (the old one stays in its history)")
    a.add_argument("--reason", required=True, help="why, e.g. 'pg_restore of Monday's dump'")
    a.set_defaults(run=cmd_audit_accept_head)

    s = sub.add_parser("backup", help="copy the SQLite database while the app runs")
    s.add_argument("--out", help="backup file to write")
    s.add_argument("--scheduled", action="store_true", help="make today's backup in the configured daily folder")
    s.set_defaults(run=cmd_backup)

    s = sub.add_parser("restore", help="replace the SQLite database with a checked backup")
    s.add_argument("file", help="backup file")
    s.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    s.set_defaults(run=cmd_restore)


def cmd_user(args: argparse.Namespace) -> int:
    from cashier_app import cli
    from cashier_app.services import users

    db, station = cli._open(args)
    actor = cli._actor(station)
    if args.user_command == "add":
        password = cli._read_new_password(f"Password for {args.username!r}")
        users.create_user(db, actor, args.username, password, args.role, args.full_name or "")
        print(f"user {args.username} added with roles {', '.join(sorted(set(args.role)))}")
    elif args.user_command == "passwd":
        users.set_password(db, actor, args.username, cli._read_new_password(f"New password for {args.username!r}"))
        print(f"password of {args.username} changed")
    elif args.user_command == "disable":
        users.disable_user(db, actor, args.username)
        print(f"user {args.username} disabled")
    elif args.user_command == "unlock":
        users.unlock_user(db, actor, args.username)
        print(f"user {args.username} unlocked")
    elif args.user_command == "roles":
        users.set_roles(db, actor, args.username, args.role)
        print(f"user {args.username} now has roles {', '.join(sorted(set(args.role)))}")
    else:
        for u in users.list_users(db, actor):
            state = "disabled" if not u.active else "locked" if u.locked else "active"
            print(f"{u.username:<20} {state:<9} {','.join(u.roles):<32} {u.full_name}")
    return cli.EXIT_OK


def cmd_setting(args: argparse.Namespace) -> int:
    from cashier_app import cli
    from cashier_app.services import settings

    db, station = cli._open(args)
    actor = cli._actor(station)
    if args.setting_command == "set":
        settings.set_setting(db, actor, args.key, settings.parse_setting_value(args.key, args.value))
        print(f"{args.key} = {settings.shown_value(args.key, settings.get_setting(db, args.key))}")
    else:
        for key, value, changed in settings.list_settings(db, actor):
            print(f"{key:<34} {settings.shown_value(key, value)}{'' if changed else '   (default)'}")
    return cli.EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from cashier_app import cli
    from cashier_app.services.audit import verify_audit

    db, _ = cli._open(args)
    with db.read() as s:
        try:
            report = verify_audit(s)
        except FileNotFoundError as exc:
            raise cli.CommandError(str(exc)) from None
    if not report.ok:
        for problem in report.problems():
            print(f"cashier-app: {problem}", file=sys.stderr)
        return cli.EXIT_FAILED
    print(f"audit chain verified: {report.chain.events:,} events, head {report.chain.head}; every recorded fact "
          f"has its event; {report.witness_note}")
    return cli.EXIT_OK


def cmd_audit_accept_head(args: argparse.Namespace) -> int:
    from cashier_app import cli
    from cashier_app.services import backup

    db, station = cli._open(args)
    print(backup.accept_head(db, cli._actor(station), args.reason))
    return cli.EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from cashier_app import cli
    from cashier_app.services import backup

    db, station = cli._open(args)
    if args.scheduled:
        made = backup.run_scheduled_backup(db)
        print(f"backup written: {made}" if made else "no backup due (done today, or no daily folder set)")
        return cli.EXIT_OK
    if not args.out:
        raise cli.CommandError("give --out FILE (or --scheduled)")
    out = backup.backup_database(db, cli._actor(station), Path(args.out))
    print(f"backup written: {out}")
    return cli.EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from cashier_app import cli
    from cashier_app.services import backup

    station = cli._station_config(args)
    url = cli._db_url(args, station)
    if not url.startswith("sqlite:///"):
        raise cli.CommandError("restore is for the SQLite database; restore PostgreSQL with pg_restore")
    target = Path(url.removeprefix("sqlite:///"))
    source = Path(args.file)
    if problem := backup.check_backup_file(source):
        raise cli.CommandError(f"refusing to restore {source}: {problem}")
    if not args.yes:
        if not sys.stdin.isatty():
            raise cli.CommandError("restore replaces the database: add --yes to confirm")
        if input(f"Replace {target} with {source}? Type yes: ").strip().lower() != "yes":
            raise cli.CommandError("restore cancelled")
    kept = backup.restore_database(source, target)
    witness = backup.record_restore(cli.open_database(url), cli._actor(station), source, kept)
    print(f"restored {target} from {source}; the previous database is kept as {kept}; {witness}")
    return cli.EXIT_OK
