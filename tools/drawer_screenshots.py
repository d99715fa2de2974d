"""Screenshots of the drawer dialogs and the supervisor screen for docs/screenshots.

    xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/drawer_screenshots.py docs/screenshots [--accounts 200]

A demo database in a temporary home; the demo cashier signs in without a drawer (the float
dialog comes up), takes two payments, a pick-up, the blind count (short), the result waiting for
approval; then the supervisor's screen with the day's sessions.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--language", default="en", help="the window's language: en or fr")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="cashier-drawer-shots-"))
    os.environ["CASHIER_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication, QLineEdit
    from PySide6.QtTest import QTest

    from cashier_app.config import StationConfig
    from cashier_app.db import open_database
    from cashier_app.services import drawers, payments
    from cashier_app.services.access import system_actor
    from cashier_app.services.demo import DEMO_PASSWORDS, make_demo
    from cashier_app.services.drawers import ItemCount
    from cashier_app.services.lookup import find_accounts
    from cashier_app.services.users import authenticate
    from cashier_app.ui.app import apply_style
    from cashier_app.ui.cash_count_table import unit_field_name
    from cashier_app.ui.main_window import MainWindow
    from tools.ui_screenshots import Shooter

    db = open_database(str(home / "cashier.db"))
    make_demo(db, system_actor("S1"), accounts=args.accounts)
    app = QApplication(sys.argv)
    from cashier_app.i18n import install_translator

    install_translator(args.language)
    apply_style(app)
    shot = Shooter(app, args.out)
    station = StationConfig()
    cashier = authenticate(db, "cashier", DEMO_PASSWORDS["cashier"], "S1")
    boss = authenticate(db, "supervisor", DEMO_PASSWORDS["supervisor"], "S1")
    if drawers.my_session(db, cashier) is not None:  # a demo that opens drawers itself: count it away
        view = drawers.my_session(db, cashier)
        drawers.submit_count(db, cashier, view.id, {}, ItemCount(), ItemCount())

    def type_units(dialog, quantities):  # noqa: ANN001, ANN202
        for code, text in quantities.items():
            QTest.keyClicks(dialog.findChild(QLineEdit, unit_field_name(code)), text)

    window = MainWindow(db, station, cashier)
    window.resize(1440, 860)
    window.show()
    flow = window.flow.drawer
    shot.wait(lambda: flow.opening is not None and flow.opening.isVisible())
    type_units(flow.opening, {"$20": "-3", "$10": "2", "$5": "3", "$1": "5"})
    flow.opening.submit()
    shot.wait(lambda: flow.opening.table.group_errors["bills"].isVisible())
    shot.save(flow.opening, "drawer-open-refused.png")
    flow.opening.table.fields["$20"].setText("")
    type_units(flow.opening, {"$20": "3"})
    shot.save(flow.opening, "drawer-open.png")
    flow.opening.submit()
    shot.wait(lambda: flow.session is not None)
    shot.save(window, "drawer-status.png")

    # Two payments: cash with change, and a check.
    account_id = find_accounts(db, cashier, "1000001")[0].account_id
    for tenders, amount in (((payments.TenderRequest("cash", Decimal("60.00")),), Decimal("48.20")),
                            ((payments.TenderRequest("check", Decimal("75.00"), check_number="2207"),),
                             Decimal("75.00"))):
        payments.post_payment(db, cashier, payments.PaymentRequest(
            uuid.uuid4().hex, (payments.AllocationRequest(account_id, amount),), tenders, accept_credit=True))
    flow.refresh()
    shot.wait(lambda: flow.session is not None and flow.session.payments == 2)

    flow.show_pickup()
    type_units(flow.pickup, {"$20": "2"})
    flow.pickup.credentials.user.setText("supervisor")
    flow.pickup.credentials.password.setText("x" * 10)
    shot.save(flow.pickup, "drawer-pickup.png")
    flow.pickup.credentials.password.setText(DEMO_PASSWORDS["supervisor"])
    flow.pickup.submit()
    shot.wait(lambda: not flow.pickup.isVisible())
    flow.refresh()
    shot.wait(lambda: flow.session.pickups == Decimal("40.00"))

    flow.count_drawer()
    count = flow.counting
    shot.wait(lambda: count.view.items_model.rowCount() == 1)
    # Expected cash: 100 + 60 - 11.80 - 40 = 108.20; counted 103.20 ($5 short).
    type_units(count, {"$20": "4", "$10": "1", "$5": "2", "$1": "3", "10c": "2"})
    count.view.paper_fields["check:count"].setText("1")
    count.view.paper_fields["check:total"].setText("75.00")
    count.view.items_model.set_ticked(0, True)
    shot.save(count, "drawer-count.png")
    count.submit()
    shot.wait(lambda: count.view.pages.currentIndex() == 1)
    count.view.note.setText("Recounted twice with the cashier; $5 short, cause unknown")
    shot.save(count, "drawer-count-result.png")
    count.reject()
    window.close()

    boss_window = MainWindow(db, station, boss)
    boss_window.resize(1440, 860)
    boss_window.show()
    shot.wait(lambda: boss_window.flow.drawer.session is None and boss_window.status.drawer.text() == boss_window.status.tr("No drawer open"))
    shot.save(boss_window, "supervisor-window.png")
    boss_window.flow.show_supervisor()
    screen = boss_window.flow.supervisor
    shot.wait(lambda: screen.view.model.rowCount() >= 1)
    screen.view.table.setCurrentIndex(screen.view.model.index(0, 0))
    screen.view.note.setText("Recounted twice with the cashier; $5 short, cause unknown")
    shot.save(screen, "supervisor-screen.png")
    screen.reject()
    boss_window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
