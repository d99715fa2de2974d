"""Screenshots of the supervisor's Bank draft dialog (the Runs page) for docs/screenshots.

    xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/draft_screenshots.py docs/screenshots [--accounts 200]

Builds a demo database in a temporary home folder, sets demo origin settings, enrolls forty demo
accounts (a few pending: prenotes; one bill with a short notice; a few paid already) with bills on
a draft date ten days ahead, then drives the real supervisor screen: Bank draft, pick the date,
Make run (the file goes to the temporary folder), and the run's report.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ORIGIN = {
    "drafts.immediate_destination": "053101121", "drafts.immediate_destination_name": "First Citizens Bank",
    "drafts.immediate_origin": "1566000123", "drafts.immediate_origin_name": "City of Shelby",
    "drafts.company_name": "City of Shelby", "drafts.company_identification": "1566000123",
    "drafts.odfi_routing": "053101121",
}


def enroll_demo(db, draft_date: dt.date, count: int = 40) -> None:  # noqa: ANN001
    from sqlalchemy import select

    from cashier_app.models import Account, Bill, DraftEnrollment
    from cashier_app.services.balances import current_balances
    from cashier_app.services.drafts.draft_key import draft_cipher, encrypt_text, ensure_key

    ensure_key()
    cipher = draft_cipher()
    routings = ("053000196", "053100300", "061000104", "053201607")
    with db.write() as s:
        enrolled = select(DraftEnrollment.account_id)  # the demo's own enrollments stay as they are
        accounts = s.scalars(select(Account).where(Account.id.not_in(enrolled)).order_by(Account.id)
                             .limit(count)).all()
        balances = current_balances(s, [a.id for a in accounts])
        for i, account in enumerate(accounts):
            number = f"{4410000 + i * 7919}"
            s.add(DraftEnrollment(account_id=account.id, status="pending" if i % 13 == 5 else "active",
                                  name_on_account=f"{account.customer.first_name} {account.customer.last_name}",
                                  bank_name="First Citizens", routing_number=routings[i % 4],
                                  bank_account_encrypted=encrypt_text(cipher, number), bank_account_last4=number[-4:],
                                  bank_account_type="checking", signed_on=draft_date - dt.timedelta(days=40)))
            used = set(s.scalars(select(Bill.bill_date).where(Bill.account_id == account.id)))
            bill_date = draft_date - dt.timedelta(days=7 if i == 3 else 20)
            while bill_date in used:  # the demo's own bills
                bill_date -= dt.timedelta(days=1)
            amount = max(balances.get(account.id, Decimal("0")), Decimal("48.20")) if i % 9 else Decimal("75.00")
            s.add(Bill(account_id=account.id, bill_date=bill_date, due_date=draft_date, draft_date=draft_date,
                       amount=amount.quantize(Decimal("0.01"))))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--language", default="en", help="the window's language: en or fr")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="cashier-draft-shots-"))
    os.environ["CASHIER_HOME"] = str(home)

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from cashier_app.config import StationConfig
    from cashier_app.db import open_database
    from cashier_app.services import business_day
    from cashier_app.services.access import system_actor
    from cashier_app.services.demo import DEMO_PASSWORDS, make_demo
    from cashier_app.services.settings import set_setting
    from cashier_app.services.users import authenticate
    from cashier_app.ui.app import apply_style
    from cashier_app.ui.main_window import MainWindow
    from tools.ui_screenshots import Shooter

    db = open_database(str(home / "cashier.db"))
    admin = system_actor("S1")
    make_demo(db, admin, accounts=args.accounts)
    for key, value in ORIGIN.items():
        set_setting(db, admin, key, value)
    draft_date = business_day.today() + dt.timedelta(days=10)
    enroll_demo(db, draft_date)
    app = QApplication(sys.argv)
    from cashier_app.i18n import install_translator

    install_translator(args.language)
    apply_style(app)
    shot = Shooter(app, args.out)
    boss = authenticate(db, "supervisor", DEMO_PASSWORDS["supervisor"], "S1")
    window = MainWindow(db, StationConfig(), boss)
    window.resize(1440, 860)
    window.show()
    window.flow.show_supervisor()
    screen = window.flow.supervisor
    screen.show_bank_draft()
    dialog = screen.bank_draft_dialog
    page = dialog.runs_page
    page.choose_file = lambda suggested: home / f"draft-run-{draft_date.isoformat()}.ach"
    page.view.date.setDate(QDate(draft_date))
    page.make_run()
    shot.wait(lambda: page.report is not None and page.report.run.draft_date == draft_date, timeout=30)
    shot.save(dialog, "bank-draft-run.png")
    dialog.reject()
    screen.reject()
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
