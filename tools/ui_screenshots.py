"""Screenshots of the counter window for docs/screenshots (and for looking at the work).

    .venv/bin/python tools/ui_screenshots.py docs/screenshots [--accounts 500] [--query TEXT]

Builds a demo database in a temporary home folder (services.demo.make_demo), then drives the
real windows: the sign-in dialog (and a refused sign-in), an account found by name with the cash
typed in, and the screen after the payment posted and its receipt printed to the file printer.
Runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_until(app, condition, timeout: float = 10.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def save(widget, path: Path) -> None:  # noqa: ANN001
    widget.grab().save(str(path), "PNG")
    print(f"saved {path} ({path.stat().st_size // 1024} KB)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--tendered", default="300", help="cash typed in before posting")
    parser.add_argument("--query", default="", help="name to look up (default: the first customer with several accounts)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="cashier-shots-"))
    os.environ["CASHIER_HOME"] = str(home)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cashier_app.config import StationConfig
    from cashier_app.db import open_database
    from cashier_app.services.access import system_actor
    from cashier_app.services.demo import DEMO_PASSWORDS, make_demo
    from cashier_app.services.users import authenticate
    from cashier_app.ui.app import apply_style
    from cashier_app.ui.login_dialog import LoginDialog
    from cashier_app.ui.main_window import MainWindow
    db = open_database(str(home / "cashier.db"))
    make_demo(db, system_actor("S1"), accounts=args.accounts)
    station = StationConfig()
    app = QApplication(sys.argv)
    apply_style(app)

    login = LoginDialog(db, station)
    login.show()
    wait_until(app, login.isVisible)
    save(login, args.out / "login.png")
    QTest.keyClicks(login.user, "cashier")
    QTest.keyClicks(login.password, "not-the-password")
    QTest.keyClick(login.password, Qt.Key.Key_Return)
    wait_until(app, login.error.isVisible)
    save(login, args.out / "login-error.png")
    login.close()

    actor = authenticate(db, "cashier", DEMO_PASSWORDS["cashier"], station.station)
    window = MainWindow(db, station, actor)
    window.show()
    query = args.query or _query_with_several_accounts(db)
    window.lookup.field.setText(query)  # names may hold letters QTest cannot type (é)
    QTest.keyClick(window.lookup.field, Qt.Key.Key_Return)
    wait_until(app, lambda: window.account.current is not None and window.lookup.model.rowCount() > 0)
    QTest.keyClicks(window.payment.view.cash_tendered, args.tendered)
    save(window, args.out / "account.png")

    window.payment.post()
    wait_until(app, lambda: window.payment.view.print_state.text() not in ("", "Printing…")
               or window.payment.view.cash_tendered_error.isVisible())
    wait_until(app, lambda: not window.jobs.busy)
    save(window, args.out / "after-payment.png")
    print(f"receipts in {station.resolved_receipts_dir()}: "
          f"{sorted(p.name for p in station.resolved_receipts_dir().glob('*.txt'))}")
    window.close()
    db.dispose()
    return 0


def _query_with_several_accounts(db) -> str:  # noqa: ANN001
    from sqlalchemy import func, select

    from cashier_app.models import Account, Customer

    with db.read() as s:
        row = s.execute(select(Customer.last_name, Customer.first_name).join(Account)
                        .group_by(Customer.id).having(func.count(Account.id) > 1).order_by(Customer.id)
                        .limit(1)).first()
    return f"{row.last_name} {row.first_name}" if row else "a"


if __name__ == "__main__":
    sys.exit(main())
