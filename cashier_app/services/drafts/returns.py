"""Applying the bank's return / NOC file (and a return phoned in by the bank) to the draft entries.

The file is read whole first (``ach/returns.read_return_file``): a file that does not read is
refused with one message naming the line, and nothing is applied. A file that reads is applied in
ONE transaction: every return and correction it holds, or (on a database error) none of them, so a
second reading applies exactly what the first did not. Each return is matched by the original trace
number to a DraftEntry and applied once (``ReturnedItem.draft_entry_id`` is unique; a NOC by
``DraftCorrection.identity``): whatever the order of the entries, however often the file is read.
Unknown trace numbers, entries already returned, entries of a voided run and amounts that differ
from what was drafted are listed in the report, never applied, and do not stop the others.
What each code does is in ``return_actions.py`` and ``corrections.py``; docs/formats.md says it too.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from cashier_app.ach.return_codes import RETURN_REASONS
from cashier_app.ach.returns import ChangeEntry, ReturnEntry, ReturnFileError, read_return_file
from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import (
    DraftCorrection, DraftEnrollment, DraftEntry, Payment, ReturnedItem, Role,
)
from cashier_app.money import ZERO, format_amount
from cashier_app.services import business_day
from cashier_app.services.access import Actor, requires
from cashier_app.services.balances import lock_accounts
from cashier_app.services.drafts import corrections
from cashier_app.services.drafts.draft_key import draft_cipher
from cashier_app.services.drafts.return_actions import ReturnToApply, apply_returns
from cashier_app.services.refusal import Refused
from cashier_app.services.settings import read_setting

_CHUNK = 500  # trace numbers per IN (...) query
_RETURNS_LOCK = 8446867  # PostgreSQL: one return file applied at a time

# What happened to a line of the file, as the report counts it.
APPLIED, ALREADY, UNKNOWN, NOT_APPLIED = "applied", "already applied", "unknown trace number", "not applied"


class DraftReturnRefused(Refused):
    """A return file or a return by hand that cannot be applied; nothing was changed ("file",
    "trace_number", "code", "date" fields)."""


@dataclass(frozen=True)
class ReturnLine:
    """One line of the report: a return or a NOC of the file, and what was done with it."""

    trace_number: str  # the City's original trace number
    code: str  # R01 / C01 ...
    code_text: str
    account_number: str  # the City's utility account ("" when the trace number is unknown)
    bank_last4: str
    amount: Decimal
    status: str  # APPLIED, ALREADY, UNKNOWN, NOT_APPLIED
    done: str  # in words: "payment reversed, fee $25.00; enrollment ended"
    returned_item_id: int | None = None
    notice_wanted: bool = False
    reversed: Decimal = ZERO
    fee: Decimal = ZERO
    enrollment_ended: bool = False
    line: int = 0  # in the file (0 by hand)


@dataclass(frozen=True)
class ReturnsReport:
    source: str  # the file's name, or "by hand"
    lines: tuple[ReturnLine, ...]
    business_date: dt.date
    notices: tuple[Path, ...] = field(default=())

    def count(self, status: str, kind: str | None = None) -> int:
        return sum(1 for x in self.lines if x.status == status and (kind is None or x.code.startswith(kind)))

    @property
    def applied(self) -> int:
        return self.count(APPLIED)

    @property
    def reversed_total(self) -> Decimal:
        return sum((x.reversed for x in self.lines), ZERO)

    @property
    def fees_total(self) -> Decimal:
        return sum((x.fee for x in self.lines), ZERO)

    @property
    def enrollments_ended(self) -> int:
        return sum(1 for x in self.lines if x.enrollment_ended)

    def summary(self) -> str:
        return (f"{self.source}: {self.count(APPLIED, 'R'):,} returns and {self.count(APPLIED, 'C'):,} "
                f"corrections applied; {format_amount(self.reversed_total)} reversed, "
                f"{format_amount(self.fees_total)} in fees, {self.enrollments_ended:,} enrollments ended; "
                f"{self.count(ALREADY):,} already applied, {self.count(UNKNOWN):,} unknown, "
                f"{self.count(NOT_APPLIED):,} not applied")

    def text_lines(self) -> list[str]:
        """The report as plain lines (the command's output): a summary, then one line per entry."""
        out = [self.summary()]
        for x in self.lines:
            who = f"account {x.account_number} ****{x.bank_last4}" if x.account_number else "no such entry"
            out.append(f"  {x.code} {x.trace_number} {who} {format_amount(x.amount)}: {x.status}: {x.done}")
        return out


@dataclass
class _Found:
    entry: DraftEntry
    enrollment: DraftEnrollment
    payment: Payment | None
    account_number: str
    returned: bool


def _load(s: Session, traces: Iterable[str]) -> dict[str, _Found]:
    """The entries of these trace numbers with what applying needs, in a few queries."""
    from cashier_app.models import Account

    traces = sorted(set(traces))
    found: dict[str, _Found] = {}
    for start in range(0, len(traces), _CHUNK):
        chunk = traces[start:start + _CHUNK]
        rows = s.execute(select(DraftEntry, DraftEnrollment, Account.account_number)
                         .join(DraftEnrollment, DraftEnrollment.id == DraftEntry.enrollment_id)
                         .join(Account, Account.id == DraftEnrollment.account_id)
                         .where(DraftEntry.trace_number.in_(chunk))).all()
        payment_ids = [e.payment_id for e, _, _ in rows if e.payment_id is not None]
        payments = {p.id: p for p in s.scalars(
            select(Payment).where(Payment.id.in_(payment_ids))
            .options(selectinload(Payment.tenders), selectinload(Payment.allocations), selectinload(Payment.void)))} if payment_ids else {}
        returned = set(s.scalars(select(ReturnedItem.draft_entry_id)
                                 .where(ReturnedItem.draft_entry_id.in_([e.id for e, _, _ in rows])))) if rows else set()
        for entry, enrollment, number in rows:
            found[entry.trace_number] = _Found(entry, enrollment, payments.get(entry.payment_id), number,
                                               entry.id in returned)
    return found


def _line(item: ReturnEntry | ChangeEntry, found: _Found | None, status: str, done: str) -> ReturnLine:
    code = item.reason_code if isinstance(item, ReturnEntry) else item.change_code
    code_text = item.reason_text if isinstance(item, ReturnEntry) else item.change_text
    return ReturnLine(item.original_trace, code, code_text, found.account_number if found else "",
                      found.enrollment.bank_account_last4 if found else item.account_last4,
                      found.entry.amount if found else item.amount, status, done, line=item.line)


def _check_return(item: ReturnEntry, found: _Found | None) -> ReturnLine | None:
    """The report's line for a return that is not applied, or None when it is to be applied."""
    if found is None:
        return _line(item, None, UNKNOWN, _t("no draft entry has this trace number: check it with the bank"))
    entry = found.entry
    if found.returned:
        return _line(item, found, ALREADY, _t("this entry was returned before: nothing done again"))
    if entry.voided or (found.payment is not None and found.payment.void is not None):
        return _line(item, found, NOT_APPLIED, _t("this entry's run was voided: nothing was drafted"))
    if item.amount != entry.amount:
        return _line(item, found, NOT_APPLIED, _t(
            "the bank returned {0} but {1} was drafted: check it with the bank, then record it by hand").format(
            format_amount(item.amount), format_amount(entry.amount)))
    found.returned = True  # the same entry twice in one file: the second is "already applied"
    return None


def _apply_returns(s: Session, actor: Actor, returns: tuple[ReturnEntry, ...], found: dict[str, _Found],
                   today: dt.date, fee: Decimal, years: int, source: str) -> list[ReturnLine]:
    lines: list[ReturnLine | None] = []
    todo, where = [], []
    for item in returns:
        f = found.get(item.original_trace)
        line = _check_return(item, f)
        lines.append(line)
        if line is None:
            todo.append(ReturnToApply(f.entry, f.enrollment, f.payment, item.reason_code, item.reason_text))
            where.append(len(lines) - 1)
    for at, done in zip(where, apply_returns(s, actor, todo, today, fee, years, source)):
        item = returns[at]
        lines[at] = replace(_line(item, found[item.original_trace], APPLIED, done.words),
                            returned_item_id=done.returned_item_id, notice_wanted=done.notice_wanted,
                            reversed=done.reversed, fee=done.fee, enrollment_ended=done.ended)
    return lines


def _apply_one_change(s: Session, actor: Actor, item: ChangeEntry, found: _Found | None, done_ids: set[str],
                      cipher_of) -> ReturnLine:  # noqa: ANN001 - a callable giving the cipher once
    if found is None:
        return _line(item, None, UNKNOWN, _t("no draft entry has this trace number: check it with the bank"))
    key = corrections.identity(item)
    if key in done_ids:
        return _line(item, found, ALREADY, _t("this correction was applied before: nothing done again"))
    cipher = cipher_of() if item.corrected_account is not None else None
    done = corrections.apply_correction(s, actor, item, found.entry, found.enrollment, cipher)
    done_ids.add(key)
    return _line(item, found, APPLIED, done.words)


def _apply(db: Database, actor: Actor, returns: tuple[ReturnEntry, ...], changes: tuple[ChangeEntry, ...],
           source: str) -> ReturnsReport:
    today = business_day.today()
    with db.write() as s:
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text(f"SELECT pg_advisory_xact_lock({_RETURNS_LOCK})"))
        business_day.hold_open(s, today)
        if business_day.is_closed(s, today):
            raise DraftReturnRefused(_t("Today's business date, {0}, is already closed: returns are applied on an "
                                        "open business date.").format(business_day.long_date(today)), "date")
        found = _load(s, [r.original_trace for r in returns] + [c.original_trace for c in changes])
        lock_accounts(s, {f.entry.account_id for f in found.values() if f.entry.account_id is not None})
        fee = read_setting(s, "returned_check.fee")
        years = int(read_setting(s, "drafts.form_retention_years"))
        lines = _apply_returns(s, actor, returns, found, today, fee, years, source)
        if changes:
            identities = [corrections.identity(c) for c in changes]
            done_ids = set()
            for start in range(0, len(identities), _CHUNK):
                done_ids |= set(s.scalars(select(DraftCorrection.identity)
                                          .where(DraftCorrection.identity.in_(identities[start:start + _CHUNK]))))
            cipher: list = []

            def cipher_of():  # noqa: ANN202 - read draft.key only when a number changes
                if not cipher:
                    cipher.append(draft_cipher())
                return cipher[0]

            lines += [_apply_one_change(s, actor, c, found.get(c.original_trace), done_ids, cipher_of)
                      for c in changes]
    return ReturnsReport(source, tuple(lines), today)


def supervisor_for_command(db: Database, username: str, station: str) -> Actor:
    """The supervisor a command-line action is recorded under: an active user with the supervisor role."""
    from cashier_app.models import User
    from cashier_app.services.access import AccessDenied

    with db.read() as s:
        user = s.scalar(select(User).where(User.username == username))
        if user is None or not user.active:
            raise AccessDenied(_t("No active user {0}; give --supervisor USERNAME.").format(repr(username)))
        if Role.SUPERVISOR.value not in user.role_names:
            raise AccessDenied(_t("{0} is not a supervisor; give --supervisor USERNAME.").format(username))
        return Actor(user.id, user.username, user.role_names, station)


@requires(Role.SUPERVISOR)
def apply_return_file(db: Database, actor: Actor, path_or_text: Path | str) -> ReturnsReport:
    """Apply every return and NOC of a return file (a Path, or the file's text) once, in one
    transaction; DraftReturnRefused (nothing applied) when the file does not read."""
    if isinstance(path_or_text, Path):
        source = path_or_text.name
        try:
            raw = path_or_text.read_bytes()
        except OSError as exc:
            raise DraftReturnRefused(_t("The return file cannot be read ({0}): {1}.").format(
                                         path_or_text, exc.strerror),
                                     "file") from None
        content = raw.decode("latin-1")  # NACHA is ASCII; the reader names any stray character's line
    else:
        source, content = "return file", path_or_text
    try:
        parsed = read_return_file(content)
    except ReturnFileError as exc:
        raise DraftReturnRefused(_t("{0} was not applied (nothing changed): line {1}: {2}.").format(
                                     source, exc.line, exc.reason),
                                 "file") from None
    if parsed.is_empty:
        raise DraftReturnRefused(_t("{0} holds no return and no correction: nothing to apply.").format(source), "file")
    return _apply(db, actor, parsed.returns, parsed.changes, source)


@requires(Role.SUPERVISOR)
def record_return_by_hand(db: Database, actor: Actor, trace_number: str, code: str,
                          note: str = "") -> ReturnsReport:
    """A return the bank phoned in: the original trace number and the reason code (R01...), applied
    like a line of a return file. DraftReturnRefused (at its field) when the trace number is unknown,
    already returned, or the code is not a NACHA return code."""
    trace = "".join((trace_number or "").split())
    if not (len(trace) == 15 and trace.isdigit()):
        raise DraftReturnRefused(_t("Enter the draft's trace number: 15 digits, as on the run's report."),
                                 "trace_number")
    code = (code or "").strip().upper()
    reason_text = RETURN_REASONS.get(code)
    if reason_text is None:
        raise DraftReturnRefused(_t("Enter the bank's return reason code, R01 to R85 (for example R01)."), "code")
    with db.read() as s:
        entry = s.scalar(select(DraftEntry).where(DraftEntry.trace_number == trace))
        if entry is None:
            raise DraftReturnRefused(_t("No draft entry has the trace number {0}.").format(trace), "trace_number")
        enrollment = s.get(DraftEnrollment, entry.enrollment_id)
    item = ReturnEntry(trace_number=trace, original_trace=trace, reason_code=code,
                       reason_text=reason_text + (f" ({note.strip()[:60]})" if note.strip() else ""),
                       amount=entry.amount, account_last4=enrollment.bank_account_last4,
                       routing_number=enrollment.routing_number, individual_id="", individual_name="",
                       effective_date=business_day.today(), transaction_code="", original_rdfi="")
    report = _apply(db, actor, (item,), (), "by hand")
    line = report.lines[0]
    if line.status != APPLIED:
        raise DraftReturnRefused(_t("Trace number {0}: {1}.").format(trace, line.done), "trace_number")
    return report


@requires(Role.SUPERVISOR)
def write_return_notices(db: Database, actor: Actor, report: ReturnsReport, folder: Path) -> ReturnsReport:
    """Write the notice letter of every reversed draft of ``report`` into ``folder`` (one PDF each,
    ``returned-draft-<account>-<trace>.pdf``); the report comes back with their paths."""
    from cashier_app.services.returned_checks import write_notice

    paths = []
    for x in report.lines:
        if x.status == APPLIED and x.notice_wanted and x.returned_item_id is not None:
            out = Path(folder) / f"returned-draft-{x.account_number}-{x.trace_number}.pdf"
            paths.append(write_notice(db, actor, x.returned_item_id, out))
    return replace(report, notices=tuple(paths))
