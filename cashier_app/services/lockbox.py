"""Posting a lockbox file (the bank's CSV of mailed checks) as one mailed-check batch.

Format: docs/formats.md "Lockbox batch file". Each good row is posted like a mailed check typed at
the counter (same validation); bad rows go to a rejects CSV. Re-posting the same file posts
nothing new: each row's client token is made from the file's SHA-256 and the row's line number.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from cashier_app.db import Database
from cashier_app.models import Payment, Role, User
from cashier_app.money import ZERO
from cashier_app.private_files import open_private
from cashier_app.services.access import AccessDenied, Actor, requires, station_task
from cashier_app.services.batches import close_batch, open_batch, post_mailed_check
from cashier_app.services.csv_fields import (
    FieldError, escape_controls, last4_only, parse_dollars, parse_optional_date,
)
from cashier_app.services.lookup import account_id_by_number
from cashier_app.services.payments import PaymentRefused
from cashier_app.services.stubs import StubError, parse_stub

REQUIRED = ("check_number", "amount")  # and account_number or stub_barcode; optional: routing_number,
#                                         bank_account; other columns are ignored
SHOWN_IN_FULL = {"account_number", "check_number", "amount", "routing_number", "stub_barcode",
                 "deposit_date"}  # in rejects
MAX_BYTES = 50 * 1024 * 1024


class LockboxError(ValueError):
    """The whole file cannot be read (missing, not CSV, wrong header)."""


@dataclass(frozen=True)
class LockboxReport:
    batch_id: int | None  # None when nothing new was posted
    posted: int  # new payments
    already_posted: int  # rows posted by an earlier run of the same file
    rejected: int
    total: Decimal  # of new and already posted rows
    rejects_path: Path | None


_Reject = tuple[int, str, list[str]]  # line, reason, raw fields


@dataclass(frozen=True)
class _Row:
    line: int
    account_id: int
    check_number: str
    amount: Decimal
    routing_number: str
    bank_account: str
    token: str
    old_token: str  # how an item was recognised before (file SHA-256 and line): posted by an older version


def _read(path: Path) -> tuple[str, list[str], list[tuple[int, dict[str, str], list[str]]]]:
    """The file's SHA-256, its header and its rows (line number, fields by column, raw)."""
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise LockboxError(f"{path.name} is larger than a lockbox file can be ({MAX_BYTES // 2**20} MB).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise LockboxError(f"{path.name} is not UTF-8 text; save it as CSV UTF-8.") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        missing = [c for c in REQUIRED if c not in header]
        if not {"account_number", "stub_barcode"} & set(header):
            missing.append("account_number (or stub_barcode)")
        if missing:
            raise LockboxError(f"{path.name} is not a lockbox file: missing column {', '.join(missing)}.")
        rows = [(reader.line_num, dict(zip(header, (c.strip() for c in raw))), raw)
                for raw in reader if any(cell.strip() for cell in raw)]
    except csv.Error as exc:
        raise LockboxError(f"{path.name} is not a readable CSV file (line {reader.line_num}: {exc}).") from None
    return hashlib.sha256(data).hexdigest(), header, rows


def _account_number(row: dict[str, str]) -> str:
    number = row.get("account_number", "")
    if row.get("stub_barcode"):
        try:
            stub = parse_stub(row["stub_barcode"])
        except StubError as exc:
            raise FieldError(f"stub_barcode: {exc}") from None
        if number and number != stub.account_number:
            raise FieldError(f"account_number {number} differs from the stub's account {stub.account_number}")
        number = stub.account_number
    if not number:
        raise FieldError("account_number is blank")
    return number


def _parse(rows: list[tuple[int, dict[str, str], list[str]]], width: int, digest: str,
           account_ids: Callable[[str], int | None]) -> tuple[list[tuple[_Row, list[str]]], list[_Reject]]:
    good, rejects, seen = [], [], {}  # seen: identical items so far in this file
    for line, row, raw in rows:
        try:
            if len(raw) != width:
                raise FieldError(f"the row has {len(raw)} fields; the header has {width}")
            if any("\x00" in cell for cell in raw):
                raise FieldError("the row holds a NUL character")
            number = _account_number(row)
            account_id = account_ids(number)
            if account_id is None:
                raise FieldError(f"account {number} does not exist")
            amount = parse_dollars("amount", row.get("amount", ""))
            deposited = parse_optional_date("deposit_date", row.get("deposit_date", ""))
        except FieldError as exc:
            rejects.append((line, str(exc), raw))
            continue
        identity = item_identity(number, row.get("check_number", ""), row.get("routing_number", ""),
                                 row.get("bank_account", ""), amount, deposited)
        seen[identity] = seen.get(identity, 0) + 1
        good.append((_Row(line, account_id, row.get("check_number", ""), amount, row.get("routing_number", ""),
                          row.get("bank_account", ""), f"lb-{identity}-{seen[identity]}",
                          f"lb-{digest[:40]}-{line}"), raw))
    return good, rejects


def item_identity(account_number: str, check_number: str, routing_number: str, bank_account: str,
                  amount: Decimal, deposited: dt.date | None) -> str:
    """What makes a lockbox item the same item wherever it is listed (40 hex digits). Leading zeros
    of the check number do not count; of the bank account only the last 4 digits are used."""
    check = check_number.strip().lstrip("0") or "0"
    key = "|".join((account_number.strip(), check, routing_number.strip(), bank_account.strip()[-4:],
                    f"{amount:.2f}", deposited.isoformat() if deposited else ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]


def _rejects_target(path: Path, asked: Path | None) -> Path:
    return asked or path.parent / f"lockbox-rejects-{dt.datetime.now():%Y%m%d-%H%M%S}.csv"


def _shown_raw(header: list[str], raw: list[str]) -> list[str]:
    """A rejected row as the rejects file shows it: no more than the last 4 digits of a bank
    account, so the bank_account column, any column the lockbox does not read, and every field of
    a row whose fields do not line up with the header keep only the last 4 digits of long numbers."""
    if len(raw) != len(header):
        return [last4_only(cell) for cell in raw]
    return [cell if name in SHOWN_IN_FULL else last4_only(cell) for name, cell in zip(header, raw)]


def _write_rejects(target: Path, source: Path, header: list[str], rejects: list[_Reject]) -> Path:
    with open_private(target, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "line", "reason", "raw"])
        for line, reason, raw in rejects:
            out = io.StringIO()
            csv.writer(out, lineterminator="").writerow(_shown_raw(header, raw))
            writer.writerow([escape_controls(str(source)), line, escape_controls(reason),
                             escape_controls(out.getvalue())])
    return target


@requires(Role.CASHIER)
def post_lockbox_file(db: Database, actor: Actor, path: Path, rejects_path: Path | None = None) -> LockboxReport:
    """Post every good row of the lockbox CSV as a mailed check in one new batch (closed at the
    end, its control total the sum of the rows posted now); over-payments post as credits.
    Rows posted by an earlier run of the same file are counted, not posted again. Bad rows go to
    ``rejects_path`` (default: lockbox-rejects-<time>.csv beside the file; columns file, line,
    reason, raw) and are counted in ``rejected``. Raises LockboxError when the file is unreadable."""
    path = Path(path)
    digest, header, rows = _read(path)
    with db.read() as s:
        good, rejects = _parse(rows, len(header), digest, lambda number: account_id_by_number(s, number))
        tokens = [t for r, _ in good for t in (r.token, r.old_token)]
        done = {t for i in range(0, len(tokens), 500)
                for t in s.scalars(select(Payment.client_token).where(Payment.client_token.in_(tokens[i:i + 500])))}
    posted_before = [(r, raw) for r, raw in good if r.token in done or r.old_token in done]
    new = [(r, raw) for r, raw in good if r.token not in done and r.old_token not in done]
    total = sum((r.amount for r, _ in posted_before), ZERO)
    batch_id, posted = None, 0
    if new:
        batch_id = open_batch(db, actor, sum((r.amount for r, _ in new), ZERO), f"{path.name} sha256:{digest[:16]}")
        for r, raw in new:
            try:
                post_mailed_check(db, actor, batch_id, r.account_id, r.check_number, r.amount, r.token,
                                  r.routing_number, r.bank_account, accept_credit=True)
            except PaymentRefused as exc:
                rejects.append((r.line, str(exc), raw))
                continue
            posted += 1
            total += r.amount
        close_batch(db, actor, batch_id)
    target = _write_rejects(_rejects_target(path, rejects_path), path, header, sorted(rejects)) if rejects else None
    return LockboxReport(batch_id, posted, len(posted_before), len(rejects), total, target)


@station_task("the command line names the cashier; it runs as the machine's administrator")
def cashier_for_batch(db: Database, username: str, station: str) -> Actor:
    """The cashier a command-line batch is posted by: an active user holding the cashier role."""
    with db.read() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise AccessDenied(f"No active user {username!r}; give --cashier USERNAME.")
        if Role.CASHIER.value not in user.role_names:
            raise AccessDenied(f"{username} is not a cashier; give --cashier USERNAME.")
        return Actor(user.id, user.username, user.role_names, station)
