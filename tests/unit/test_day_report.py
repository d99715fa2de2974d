"""Day report (PDF, CSV) and deposit slip: a real day built through the services (payments, a void,
a pick-up, blind counts, an approved difference, the day close), then every figure of the report
checked against the database, and the PDFs read back with pdftotext."""
from __future__ import annotations

import csv
import datetime as dt
import re
import subprocess
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from cashier_app import cli
from cashier_app.models import (
    AuditEvent, Charge, DraftEnrollment, DrawerCount, DrawerSession, Payment, Role, Tender, Void, utcnow,
)
from cashier_app.money import ZERO, format_amount
from cashier_app.services import business_day
from cashier_app.services.access import AccessDenied, system_actor
from cashier_app.services.approvals import approve
from cashier_app.services.audit import record_event
from cashier_app.services.day_close import close_day
from cashier_app.services.day_report import ReportRefused, day_report, write_day_report
from cashier_app.services.receipt_ranges import receipt_ranges
from cashier_app.services.deposit_slip import DepositItem, DepositSlip, PaperTotal, deposit_slip, write_deposit_slip
from cashier_app.services.drawers import (
    ItemCount, approve_difference, items_to_tick, my_session, record_pickup, submit_count,
)
from cashier_app.services.voids import void_payment
from tests.factories import make_account, make_station, make_user, open_drawer
from tests.printing_support import Counter, cash, check, money_order, open_counter, pay

D = Decimal
PW = "correct-horse-42"


@dataclass
class Day:
    db: object
    day: dt.date
    s1: Counter
    s2: Counter
    supervisor: object
    accounts: tuple[int, int]


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _line_with(text: str, label: str) -> str:
    """The first line that starts with ``label`` then figures (a digit, $ or - after spaces)."""
    pattern = re.compile(rf"^\s*{re.escape(label.strip())}\s+[-+$\d]")
    lines = [line for line in text.splitlines() if pattern.match(line)]
    assert lines, f"no line starting with {label!r}"
    return lines[0]


@pytest.fixture
def office(db):
    """Two stations with a cashier each and a supervisor; the day's payments posted, not counted."""
    make_station(db, "S1", "S1")
    make_station(db, "S2", "S2")
    ann = make_user(db, "ann", station="S1")
    bob = make_user(db, "bob", station="S2")
    sam = make_user(db, "sam", roles=(Role.SUPERVISOR,), station="S1")
    a1 = make_account(db, "1000001", "100001", balance="5000.00")
    a2 = make_account(db, "1000002", "100001", address="1200 E Dixon Blvd", balance="5000.00")
    s1, s2 = Counter(db, "S1", ann, a1, a2), Counter(db, "S2", bob, a1, a2)
    pay(s1, {a1: "20.00"}, cash("50.00"))  # change 30.00
    pay(s1, {a2: "45.50"}, check("45.50", "1001"))
    pay(s1, {a1: "30.00"}, money_order("30.00", "MO-9"))
    pay(s1, {a1: "40.00", a2: "30.00"}, check("60.00", "1002"), cash("10.00"))
    voided = pay(s1, {a2: "15.00"}, cash("20.00"))
    void_payment(db, ann, voided.payment_id, "Wrong account keyed",
                 approve(db, "sam", PW, "payment.void", ann))
    pay(s2, {a1: "12.34"}, cash("12.34"))
    pay(s2, {a2: "100.00"}, check("100.00", "2002"))
    return Day(db, business_day.today(), s1, s2, sam, (a1, a2))


def _count_and_close(office: Day) -> None:
    db, sam = office.db, office.supervisor
    s1 = my_session(db, office.s1.cashier)
    record_pickup(db, sam, s1.id, {"$20": 1})  # expected cash now 100 + 20 + 10 - 20 = 110.00
    ticks = [i.tender_id for i in items_to_tick(db, office.s1.cashier, s1.id)]
    view = submit_count(db, office.s1.cashier, s1.id, {"$100": 1, "$5": 1, "$1": 3},  # 108.00: $2 short
                        ItemCount(2, "105.50"), ItemCount(1, "30.00"), ticks)
    assert view.state == "counted"
    approve_difference(db, sam, s1.id, "Two dollars short, recounted twice")
    s2 = my_session(db, office.s2.cashier)
    ticks = [i.tender_id for i in items_to_tick(db, office.s2.cashier, s2.id)]
    view = submit_count(db, office.s2.cashier, s2.id, {"$100": 1, "$10": 1, "$1": 2, "25c": 1, "5c": 1, "1c": 4},
                        ItemCount(1, "100.00"), ItemCount(0, ""), ticks)
    assert view.state == "closed"


def _returned_check_and_enrollment(office: Day) -> None:
    """Charge rows (a returned check's reversal and fee, and one of another date) and a draft
    enrollment, written as rows: the report reads them whoever records them."""
    with office.db.write() as s:
        payment = s.scalar(select(Payment).join(Tender).where(Tender.check_number == "2002"))
        s.add(Charge(account_id=office.accounts[1], kind="reversal", amount=D("100.00"), payment_id=payment.id,
                     description="NSF check 2002", business_date=office.day, created_by_id=office.supervisor.user_id))
        s.add(Charge(account_id=office.accounts[1], kind="returned_check_fee", amount=D("25.00"),
                     payment_id=payment.id, description="Returned check fee", business_date=office.day,
                     created_by_id=office.supervisor.user_id))
        s.add(Charge(account_id=office.accounts[0], kind="reversal", amount=D("9.99"),
                     description="recorded another day", business_date=office.day - dt.timedelta(days=1)))
        s.add(DraftEnrollment(account_id=office.accounts[0], routing_number="053100300",
                              bank_account_encrypted=b"x", bank_account_last4="6789", signed_on=office.day,
                              enrolled_by_id=office.s1.cashier.user_id))


@pytest.fixture
def closed_day(office):
    _returned_check_and_enrollment(office)
    _count_and_close(office)
    close_day(office.db, office.supervisor, office.day)
    return office


def _db_figures(db, day):
    """The day's figures straight from the tables, the way an auditor would add them up."""
    with db.read() as s:
        kept = select(Payment.id).outerjoin(Void, Void.payment_id == Payment.id).where(
            Payment.business_date == day, Void.id.is_(None))
        total = s.scalar(select(func.sum(Payment.total)).where(Payment.id.in_(kept))) or ZERO
        count = s.scalar(select(func.count()).select_from(Payment).where(Payment.id.in_(kept)))
        change = s.scalar(select(func.sum(Payment.change)).where(Payment.id.in_(kept))) or ZERO
        by_kind = {kind: (amount or ZERO, n) for kind, amount, n in s.execute(
            select(Tender.kind, func.sum(Tender.amount), func.count()).where(Tender.payment_id.in_(kept))
            .group_by(Tender.kind))}
        counted = {kind: amount for kind, amount in s.execute(
            select(DrawerCount.tender_kind, func.sum(DrawerCount.amount)).where(DrawerCount.phase == "closing")
            .group_by(DrawerCount.tender_kind))}
        head = s.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
        floats = s.scalar(select(func.sum(DrawerSession.opening_float)).where(DrawerSession.business_date == day))
    return dict(total=total, count=count, cash=by_kind["cash"][0] - change, checks=by_kind["check"][0],
                money_orders=by_kind["money_order"][0], counted=counted, head=head, floats=floats)


# -- the report's figures --------------------------------------------------------------------------------
def test_day_report_totals_equal_the_database(closed_day):
    db, day = closed_day.db, closed_day.day
    figures = _db_figures(db, day)
    report = day_report(db, closed_day.supervisor, day)
    assert report.closed and report.closed_by == "Sam"
    assert (report.payments, report.total) == (figures["count"], figures["total"]) == (6, D("277.84"))
    assert (report.voided, report.voided_total) == (1, D("15.00"))
    tenders = {t.kind: t.amount for t in report.tenders}
    assert tenders == {"cash": figures["cash"], "check": figures["checks"], "money_order": figures["money_orders"]}
    assert tenders == {"cash": D("42.34"), "check": D("205.50"), "money_order": D("30.00")}
    assert report.tendered_total == report.total
    stations = {g.name: g for g in report.stations}
    assert (stations["S1"].payments, stations["S1"].total, stations["S1"].voided) == (4, D("165.50"), 1)
    assert (stations["S2"].cash, stations["S2"].checks, stations["S2"].total) == (D("12.34"), D("100.00"), D("112.34"))
    assert {g.name: g.total for g in report.cashiers} == {"Ann": D("165.50"), "Bob": D("112.34")}
    assert sum(h.payments for h in report.by_hour) == report.payments
    assert sum((h.amount for h in report.by_hour), ZERO) == report.total


def test_day_report_lists_receipts_voids_sessions_pickups_returns_and_enrollments(closed_day):
    report = day_report(closed_day.db, closed_day.supervisor, closed_day.day)
    s1 = next(r for r in report.receipts if r.station == "S1")
    assert (s1.first, s1.last, s1.used, s1.no_gap) == ("S1-000001", "S1-000005", 5, True)
    assert report.receipts_without_gap
    [void] = report.voids
    assert (void.receipt_number, void.reason, void.voided_by, void.approved_by) == (
        "S1-000005", "Wrong account keyed", "Ann", "Sam")
    sessions = {s.station: s for s in report.sessions}
    assert sessions["S1"].over_short == D("-2.00") and sessions["S1"].approved_by == "Sam"
    assert sessions["S1"].note == "Two dollars short, recounted twice"
    assert sessions["S2"].over_short == ZERO
    assert report.over_short == D("-2.00")
    [pickup] = report.pickups
    assert (pickup.amount, pickup.supervisor, pickup.cashier) == (D("20.00"), "Sam", "Ann")
    assert [(c.kind, c.amount, c.receipt_number) for c in report.charges] == [
        ("reversal", D("100.00"), "S2-000002"), ("returned_check_fee", D("25.00"), "S2-000002")]
    [enrollment] = report.enrollments
    assert (enrollment.account_number, enrollment.bank_account_last4) == ("1000001", "6789")


def test_report_of_a_day_not_closed_is_preliminary_with_the_current_audit_head(office):
    report = day_report(office.db, office.supervisor, office.day)
    assert not report.closed and report.title.startswith("PRELIMINARY")
    assert report.audit_head == _db_figures(office.db, office.day)["head"]
    assert {s.state for s in report.sessions} == {"open"}


def test_closed_report_shows_the_head_recorded_at_the_close_not_later_events(closed_day):
    db, sam = closed_day.db, closed_day.supervisor
    with db.read() as s:
        head_at_close = s.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    with db.write() as s:  # any later action extends the chain
        record_event(s, system_actor("S1"), "test.later", "test", 1)
    report = day_report(db, sam, closed_day.day)
    assert report.audit_head == head_at_close != _db_figures(db, closed_day.day)["head"]


def test_a_day_follows_on_from_the_stations_earlier_day_or_shows_the_break(db, monkeypatch):
    make_station(db)
    counter = open_counter(db)
    boss = make_user(db, "sam", roles=(Role.SUPERVISOR,), drawer=False)
    yesterday = business_day.today() - dt.timedelta(days=1)
    monkeypatch.setattr(business_day, "today", lambda: yesterday)
    lee = make_user(db, "lee", drawer=False)
    open_drawer(db, lee, business_date=yesterday)
    pay(counter, {counter.account_id: "5.00"}, cash("5.00"), actor=lee)  # S1-000001, yesterday
    monkeypatch.undo()
    pay(counter, {counter.account_id: "6.00"}, cash("6.00"))  # S1-000002, today
    [today_range] = day_report(db, boss, business_day.today()).receipts
    assert (today_range.first, today_range.previous, today_range.previous_date) == ("S1-000002", "S1-000001", yesterday)
    assert today_range.follows_on
    with db.write() as s:  # as if yesterday's payment had been taken out of the database
        s.execute(update(Payment).where(Payment.receipt_number == "S1-000001").values(receipt_number="X1-000001"))
    [broken] = day_report(db, boss, business_day.today()).receipts
    assert broken.previous == "S1-000001" and broken.previous_date is None and not broken.follows_on


def test_receipt_gaps_are_listed():
    numbers = ["S1-000003", "S1-000001", "S1-000004", "S1-000008", "S1-000010"]
    r = receipt_ranges("S1", numbers)
    assert (r.first, r.last, r.used, r.gaps_missing) == ("S1-000001", "S1-000010", 5, 5)
    assert r.gaps == ("S1-000002", "S1-000005 to S1-000007", "S1-000009")
    assert not r.no_gap


def test_an_empty_day_reports_zero(db, admin):
    report = day_report(db, admin, dt.date(2026, 1, 5))
    assert (report.payments, report.total, report.receipts, report.by_hour) == (0, ZERO, (), ())
    assert all(t.amount == ZERO for t in report.tenders)


def test_only_supervisors_and_administrators_get_the_report(office):
    with pytest.raises(AccessDenied):
        day_report(office.db, office.s1.cashier, office.day)
    with pytest.raises(AccessDenied):
        deposit_slip(office.db, office.s1.cashier, office.day)
    assert day_report(office.db, system_actor("S1"), office.day).payments == 6


# -- PDF and CSV -------------------------------------------------------------------------------------------
def test_day_report_pdf_text_equals_the_database_totals(closed_day, tmp_path):
    db, day = closed_day.db, closed_day.day
    figures = _db_figures(db, day)
    out = write_day_report(db, closed_day.supervisor, day, tmp_path / "day.pdf")
    text = _pdf_text(out)
    assert "PRELIMINARY" not in text
    assert "Day closed by Sam" in text
    assert _line_with(text, "Payments").split()[-1] == f"{figures['count']:,}"
    assert _line_with(text, "Total collected").split()[-1] == format_amount(figures["total"])
    assert _line_with(text, "Cash").split()[-1] == format_amount(figures["cash"])
    assert _line_with(text, "Checks").split()[-1] == format_amount(figures["checks"])
    assert _line_with(text, "Money orders").split()[-1] == format_amount(figures["money_orders"])
    assert _line_with(text, "Over/short (all drawers)").split()[-1] == "-$2.00"
    s2 = _line_with(text, "S2")
    assert s2.split()[1:] == ["2", "$12.34", "$100.00", "$0.00", "$112.34", "0"]
    assert re.search(r"S1\s+S1-000001\s+S1-000005\s+5\s+the station's first\s+no gap", text)
    assert "each station's first follows on from its last of an earlier day" in " ".join(text.split())
    assert "Wrong account keyed" in text and "Two dollars short" in text
    assert "NSF check 2002" in text and "ending 6789" in text
    with db.read() as s:
        head = s.scalar(select(AuditEvent.hash).where(AuditEvent.action == "day.close"))
    assert head in text


def test_preliminary_pdf_says_so(office, tmp_path):
    text = _pdf_text(write_day_report(office.db, office.supervisor, office.day, tmp_path / "day.pdf"))
    assert "PRELIMINARY" in text and "day not closed" in text
    assert _db_figures(office.db, office.day)["head"] in text


def test_day_report_csv_rows_equal_the_report(closed_day, tmp_path):
    db, day = closed_day.db, closed_day.day
    report = day_report(db, closed_day.supervisor, day)
    out = write_day_report(db, closed_day.supervisor, day, tmp_path / "day.txt", fmt="csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    by = {(r["section"], r["key"]): r for r in rows}
    assert by[("summary", "payments")]["count"] == "6" and by[("summary", "payments")]["amount"] == "277.84"
    assert by[("tender", "cash")]["amount"] == "42.34" and by[("tender", "total")]["amount"] == "277.84"
    assert by[("station", "S1")]["checks"] == "105.50"
    assert by[("receipts", "S2")]["first"] == "S2-000001" and by[("receipts", "S2")]["detail"] == "no gap"
    assert by[("void", "S1-000005")]["approved_by"] == "Sam"
    assert by[("report", "audit_head")]["detail"] == report.audit_head
    assert by[("report", "status")]["detail"] == "closed"
    assert sum(int(r["count"]) for r in rows if r["section"] == "hour") == 6


def test_unknown_format_is_refused(closed_day, tmp_path):
    with pytest.raises(ReportRefused, match="pdf or .csv"):
        write_day_report(closed_day.db, closed_day.supervisor, closed_day.day, tmp_path / "day.xlsx")
    assert not (tmp_path / "day.xlsx").exists()


# -- the deposit slip --------------------------------------------------------------------------------------
def test_deposit_slip_is_refused_before_the_close(office):
    with pytest.raises(ReportRefused, match="not closed"):
        deposit_slip(office.db, office.supervisor, office.day)


def test_deposit_slip_totals_equal_the_counted_figures(closed_day):
    db = closed_day.db
    slip = deposit_slip(db, closed_day.supervisor, closed_day.day)
    counted = _db_figures(db, closed_day.day)["counted"]
    assert slip.drawer_cash == counted["cash"] == D("220.34")
    assert slip.pickup_cash == D("20.00")
    assert slip.cash_total == slip.drawer_cash + slip.pickup_cash
    units = {line.code: line.quantity for line in slip.cash}
    assert units == {"$100": 2, "$20": 1, "$10": 1, "$5": 1, "$1": 5, "25c": 1, "5c": 1, "1c": 4}
    assert slip.checks.counted == counted["check"] == slip.checks.listed == D("205.50")
    assert [(i.number, i.amount, i.account) for i in slip.checks.items] == [
        ("1001", D("45.50"), "1000002"), ("1002", D("60.00"), "1000001 +1"), ("2002", D("100.00"), "1000002")]
    assert [(i.number, i.amount) for i in slip.money_orders.items] == [("MO-9", D("30.00"))]
    assert slip.checks.agrees and slip.money_orders.agrees
    floats = _db_figures(db, closed_day.day)["floats"]
    assert slip.floats == floats and slip.cash_to_deposit == D("240.34") - floats
    assert slip.total == D("240.34") - floats + D("205.50") + D("30.00")


def test_deposit_slip_pdf_text(closed_day, tmp_path):
    out = write_deposit_slip(closed_day.db, closed_day.supervisor, closed_day.day, tmp_path / "deposit.pdf")
    text = _pdf_text(out)
    assert _line_with(text, "$100 bills").split()[-2:] == ["2", "$200.00"]
    assert _line_with(text, "Total cash").split()[-1] == "$240.34"
    for number, amount in (("1001", "$45.50"), ("1002", "$60.00"), ("2002", "$100.00"), ("MO-9", "$30.00")):
        assert re.search(rf"\b{number}\b.*{re.escape(amount)}", text)
    assert _line_with(text, "Cash to deposit").split()[-1] == "$40.34"  # $240.34 less two $100.00 floats
    assert _line_with(text, "Total deposit").split()[-1] == "$275.84"
    assert "do not agree" not in text


def test_deposit_slip_shows_a_count_that_differs_from_the_items(tmp_path):
    items = (DepositItem("1001", D("45.50"), "1000002", "S1-000002"),)
    slip = DepositSlip(dt.date(2026, 11, 25), "Sam", utcnow(), utcnow(), 1, (), ZERO, ZERO,
                       PaperTotal("check", items, 1, D("40.50")), PaperTotal("money_order", (), 0, ZERO))
    from cashier_app.reports.deposit_slip_pdf import render_deposit_slip

    text = _pdf_text(render_deposit_slip(slip, tmp_path / "slip.pdf"))
    assert "difference (counted - listed): -$5.00" in " ".join(text.split())
    assert _line_with(text, "Total deposit").split()[-1] == "$40.50"
    assert "do not agree" in text


# -- the command line --------------------------------------------------------------------------------------
def test_cli_writes_the_day_report_and_the_deposit_slip(closed_day, db_url, tmp_path, capsys):
    day = closed_day.day.isoformat()
    base = ["--db", db_url, "--station", "S1", "report"]
    assert cli.main(base + ["day", "--date", day, "--out", str(tmp_path / "day.pdf")]) == 0
    assert cli.main(base + ["day", "--date", day, "--out", str(tmp_path / "day.csv")]) == 0
    assert cli.main(base + ["day", "--date", day, "--out", str(tmp_path / "d.out"), "--format", "csv"]) == 0
    assert cli.main(base + ["deposit", "--date", day, "--out", str(tmp_path / "deposit.pdf")]) == 0
    assert "total $275.84" in capsys.readouterr().out
    assert (tmp_path / "day.csv").read_text(encoding="utf-8").startswith("section,key,")
    assert "Total collected" in _pdf_text(tmp_path / "day.pdf")


def test_cli_deposit_of_an_open_day_fails_in_one_line(office, db_url, tmp_path, capsys):
    code = cli.main(["--db", db_url, "report", "deposit", "--date", office.day.isoformat(),
                     "--out", str(tmp_path / "deposit.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and "not closed" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "deposit.pdf").exists()
