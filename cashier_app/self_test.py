"""``CashierApp --self-test``: prove a built (or source) app works end to end, then exit.

In a temporary home: a new demo database (migrations, data files, the demo's names), the window
opened offscreen and signed in through its own sign-in dialog, the drawer opened and a cash
payment posted, its receipt rendered as ESC/POS bytes and as a PDF, the day report written as a
PDF. Exit 0 with one line saying so; otherwise non-zero with one line naming the step that failed.
Nothing is left behind (the home is removed).
"""
from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1
SIGN_IN_SECONDS = 30


class SelfTestFailed(Exception):
    """A step of the self-test did not do what it must."""


def sign_in_through_dialog(app, counter, username: str, password: str, seconds: float) -> bool:  # noqa: ANN001
    """Type into the shown sign-in dialog of ``counter`` (a ui.app.CounterApp) and press Sign in, as a
    person does; True once the counter window is up and its start-up service calls have answered,
    False after ``seconds``. Shared by the self-test and the start-up probe."""
    from PySide6.QtWidgets import QLineEdit, QPushButton

    login = counter.login
    login.findChild(QLineEdit, "loginUser").setText(username)
    login.findChild(QLineEdit, "loginPassword").setText(password)
    login.findChild(QPushButton, "loginButton").click()
    deadline = time.monotonic() + seconds
    while counter.window is None or not counter.window.isVisible() or counter.window.jobs.busy:
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    return True


def run_self_test() -> int:
    with tempfile.TemporaryDirectory(prefix="cashier-self-test-") as home:
        os.environ["CASHIER_HOME"] = home
        os.environ.pop("CASHIER_DB_URL", None)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        test = _SelfTest(Path(home))
        step = "start"
        try:
            for step, action in test.steps():
                action()
        except Exception as exc:  # noqa: BLE001 - every failure is reported as one line naming its step
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
            print(f"self-test failed at '{step}': {text}", file=sys.stderr)
            return EXIT_FAILED
        finally:
            test.close()
    print(f"self-test passed: {', '.join(name for name, _ in test.steps())}")
    return EXIT_OK


class _SelfTest:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.db = self.station = self.app = self.counter = self.actor = None
        self.payment_id = 0

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        return [("database", self.database), ("window sign-in", self.sign_in), ("payment", self.payment),
                ("receipt", self.receipt), ("day report", self.day_report), ("translations", self.translations)]

    def translations(self) -> None:
        """The built program ships the French catalogue (the source tree has it once `make
        translations` ran; without it the window is in English, so there it is not required)."""
        from PySide6.QtCore import QTranslator

        from cashier_app.i18n import catalogue_path

        path = catalogue_path("fr")
        if not path.is_file() and not getattr(sys, "frozen", False):
            return
        translator = QTranslator()
        if not translator.load(str(path)) or not translator.translate("LoginDialog", "Sign in"):
            raise SelfTestFailed(f"the French catalogue {path.name} is missing or does not translate 'Sign in'")

    def database(self) -> None:
        from cashier_app import config
        from cashier_app.cli import main
        from cashier_app.db import open_database

        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["init", "--demo", "--accounts", "40"])
        if code != 0:
            raise SelfTestFailed(f"'cashier-app init --demo' exited {code}")
        self.station = config.load_station_config(None)
        self.db = open_database(self.station.resolved_db_url())

    def sign_in(self) -> None:
        from PySide6.QtWidgets import QApplication

        from cashier_app.services.demo import DEMO_PASSWORDS
        from cashier_app.ui.app import CounterApp, apply_style
        from cashier_app.i18n import install_translator

        self.app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
        apply_style(self.app)
        install_translator(self.station.language)  # a missing catalogue: English, one warning
        self.counter = CounterApp(self.db, self.station)
        self.counter.start()
        if not sign_in_through_dialog(self.app, self.counter, "cashier", DEMO_PASSWORDS["cashier"], SIGN_IN_SECONDS):
            raise SelfTestFailed(f"the counter window did not open within {SIGN_IN_SECONDS} s of signing in")
        self.actor = self.counter.login.actor

    def payment(self) -> None:
        from sqlalchemy import select

        from cashier_app.models import Account
        from cashier_app.services.demo import DEMO_ACCOUNT_NUMBER
        from cashier_app.services.drawers import my_session, open_session
        from cashier_app.services.payments import (
            AllocationRequest, PaymentRequest, TenderRequest, new_client_token, post_payment,
        )

        if my_session(self.db, self.actor) is None:
            open_session(self.db, self.actor, {"$20": 5})
        with self.db.read() as s:
            account_id = s.scalar(select(Account.id).where(Account.account_number == DEMO_ACCOUNT_NUMBER))
        amount = Decimal("20.00")
        posted = post_payment(self.db, self.actor, PaymentRequest(
            new_client_token(), (AllocationRequest(account_id, amount),), (TenderRequest("cash", amount),)))
        if posted.total != amount:
            raise SelfTestFailed(f"posted {posted.total}, not {amount}")
        self.payment_id = posted.payment_id

    def receipt(self) -> None:
        from cashier_app.receipts.escpos_render import render_escpos
        from cashier_app.receipts.pdf_render import render_pdf
        from cashier_app.services.receipts import build_receipt

        with self.db.read() as s:
            receipt = build_receipt(s, self.payment_id)
        escpos = render_escpos(receipt)
        if not escpos.startswith(b"\x1b@") or b"$20.00" not in escpos:
            raise SelfTestFailed("the ESC/POS receipt lacks its initialize command or its amount")
        if not render_pdf(receipt).startswith(b"%PDF"):
            raise SelfTestFailed("the PDF receipt is not a PDF")

    def day_report(self) -> None:
        from cashier_app import city_time
        from cashier_app.services.demo import DEMO_PASSWORDS
        from cashier_app.services.day_report import write_day_report
        from cashier_app.services.users import authenticate

        supervisor = authenticate(self.db, "supervisor", DEMO_PASSWORDS["supervisor"], self.station.station)
        out = write_day_report(self.db, supervisor, city_time.today(), self.home / "day-report.pdf")
        if not out.read_bytes().startswith(b"%PDF"):
            raise SelfTestFailed("the day report is not a PDF")

    def close(self) -> None:
        if self.counter is not None and self.counter.window is not None:
            self.counter.window.close()
        if self.app is not None:
            self.app.processEvents()
        if self.db is not None:
            self.db.dispose()
