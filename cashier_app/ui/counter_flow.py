"""What happens between the panels of the counter window.

- An account opened from the lookup starts a new payment for it (amount applied = amount due);
  Ctrl+Enter in the lookup, "Add to payment" on another account of the customer, or a second
  bill stub scanned while a payment is open adds that account to the same payment.
- After a post the account is loaded again (its balance drops) and the lookup is cleared.
- The database lost and back (DatabaseWatch), the idle lock (IdleWatch + LockScreen), the
  status bar, and the F8 / F9 / F10 / F11 dialogs; the drawer (F4) is DrawerFlow's.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cashier_app.money import ZERO, format_amount
from cashier_app.services import settings, users
from cashier_app.services.accounts import AccountView, OtherAccount
from cashier_app.services.lookup import AccountHit
from cashier_app.services.printing import PrintResult
from cashier_app.services.stubs import StubScan
from cashier_app.ui.after_paint import after_paint
from cashier_app.ui.drawer_flow import DrawerFlow
from cashier_app.ui.idle_lock import LockScreen
from cashier_app.ui.mailed_checks import MailedChecksDialog
from cashier_app.ui.payment_models import AllocationRow
from cashier_app.ui.print_queue_dialog import PrintQueueDialog
from cashier_app.ui.supervisor_screen import SupervisorScreen
from cashier_app.ui.todays_payments import TodaysPaymentsDialog

PRINTER_CHECK_MS = 20_000  # the printer's status is asked this often; waiting receipts print when it is ready
OPEN, ADD, RELOAD = "open", "add", "reload"


class CounterFlow(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.w = window
        self._intent: tuple[str, Decimal | None] = (OPEN, None)  # what the next account load is for
        self._cashier_name = window.context.actor.username
        self.lock_screen: LockScreen | None = None
        self._focus_before_lock: QWidget | None = None
        self.todays: TodaysPaymentsDialog | None = None
        self.mailed: MailedChecksDialog | None = None
        self.print_queue: PrintQueueDialog | None = None
        self.supervisor: SupervisorScreen | None = None
        self.administration = None  # the Administration window (administrators), made when first asked for
        self.drawer = DrawerFlow(window)
        w = window
        w.lookup.account_chosen.connect(lambda account_id: self.open_account(account_id))
        w.lookup.add_requested.connect(self._on_add_hit)
        w.lookup.stub_scanned.connect(self._on_stub_scanned)
        w.account.account_chosen.connect(lambda account_id: self.open_account(account_id))
        w.account.add_requested.connect(self._on_add_other)
        w.account.account_loaded.connect(self._on_account_loaded)
        w.payment.payment_posted.connect(self._on_payment_posted)
        w.payment.drawer_refused.connect(self.drawer.on_post_refused)
        w.payment.poster.unavailable.connect(self._show_database)
        w.printing.printed.connect(self._on_printed)
        w.printing.waiting_known.connect(w.status.set_waiting)
        w.printing.state_known.connect(lambda s: w.status.set_printer_state(str(s.state), s.message))
        w.jobs.answered.connect(w.database.report)
        w.database.lost.connect(self._on_database_lost)
        w.database.restored.connect(self._on_database_restored)
        w.idle.idle.connect(self.lock)
        self._printer_timer = QTimer(self, interval=window.printer_check_ms or PRINTER_CHECK_MS)
        self._printer_timer.timeout.connect(w.printing.check_and_print)

    def start(self) -> None:
        w, ctx = self.w, self.w.context
        w.status.set_printer_state(w.printing.status())
        w.printing.check_and_print()  # receipts left waiting from before print if the printer is ready
        w.printing.count_waiting()
        self._printer_timer.start()
        ctx.jobs.run(users.full_name, ctx.db, ctx.actor, on_done=self._on_cashier_name)
        ctx.jobs.run(settings.get_setting, ctx.db, "money.cap", on_done=self._on_money_cap)
        if not w.idle_lock_fixed:
            ctx.jobs.run(settings.get_setting, ctx.db, "counter.idle_lock_minutes", on_done=self.use_idle_lock_minutes)
        ctx.jobs.run(settings.fee_schedule, ctx.db, on_done=self.show_fee_schedule)
        ctx.jobs.run(settings.get_setting, ctx.db, "city.name", on_done=w.use_city_name)
        w.lookup.focus_field()
        self.drawer.refresh(offer_open=True)  # a cashier without an open drawer counts the float first

    def use_idle_lock_minutes(self, minutes: int) -> None:
        """The City's idle lock (setting counter.idle_lock_minutes; 0: never), for a station without its own."""
        if not self.w.idle_lock_fixed:
            self.w.idle.set_timeout(max(0, int(minutes)) * 60_000)

    def show_fee_schedule(self, fees: dict) -> None:
        """What the cashier tells a customer who asks about fees (settings fees.*), on the fee line."""
        tr = self.w.tr  # `tr(` is what pyside6-lupdate collects (docs/TRANSLATING.md)
        self.w.payment.view.fee.setToolTip(tr(
            "Fees: at the counter {0} (cash, check or money order); online {1} by card, {2} by e-check. "
            "Bank draft is free.").format(format_amount(fees["fees.counter"]), format_amount(fees["fees.online_card"]),
                                          format_amount(fees["fees.online_echeck"])))

    def _on_money_cap(self, cap: Decimal) -> None:
        self.w.context.limit.cap = cap  # every amount field of the window reads it from here

    # -- accounts and the payment ---------------------------------------------------------------

    def open_account(self, account_id: int, intent: str = OPEN, amount: Decimal | None = None) -> None:
        if self.w.payment.posting:
            return  # the payment on its way belongs to the accounts on screen
        if intent == OPEN and not (self._may_drop_waiting() and self._may_replace_tendered()):
            return
        self._intent = (intent, amount)
        self.w.account.load(account_id)

    def _on_account_loaded(self, account: AccountView) -> None:
        (intent, amount), self._intent = self._intent, (RELOAD, None)
        payment = self.w.payment
        row = AllocationRow(account.account_id, account.account_number, account.customer_name, account.amount_due,
                            amount if amount is not None else account.amount_due, account.cash_only)
        if intent == RELOAD:
            payment.refresh_due(account.account_id, account.amount_due)
            return
        if intent == ADD and payment.has_payment():
            payment.add_account(row)
        else:
            payment.start(row)
        payment.focus_entry()

    def _on_add_hit(self, hit: AccountHit) -> None:
        self.open_account(hit.account_id, ADD)

    def _on_add_other(self, other: OtherAccount) -> None:
        due = max(other.balance, ZERO)
        row = AllocationRow(other.account_id, other.account_number, other.service_address, due, due)
        if self.w.payment.has_payment():
            self.w.payment.add_account(row)
        else:
            self.w.payment.start(row)

    def _on_stub_scanned(self, account_id: int, scan: StubScan) -> None:
        payment = self.w.payment
        # A second stub while a payment is open: the customer pays several bills at once.
        self.open_account(account_id, ADD if payment.has_payment() else OPEN, scan.amount_due)

    def clear_for_next_customer(self) -> None:
        """Esc: forget the customer on screen (the last receipt stays shown)."""
        w = self.w
        if w.payment.posting or not self._may_drop_waiting():
            return
        w.lookup.clear()
        w.account.clear()
        w.payment.clear()
        w.lookup.focus_field()
        self._show_database()

    def _may_drop_waiting(self) -> bool:
        """A payment kept for the database (maybe posted, maybe not) is dropped only if the cashier says so."""
        if not self.w.payment.waiting_for_database:
            return True
        answer = QMessageBox.question(
            self.w, self.tr("Drop the payment?"),
            self.tr("This payment is not posted yet: it waits for the database. Drop it and start another?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _may_replace_tendered(self) -> bool:
        """A payment with money in it (tenders added or typed) is replaced only if the cashier says so."""
        payment = self.w.payment
        if not payment.has_payment() or not payment.has_tenders():
            return True
        focus = QApplication.focusWidget()
        answer = QMessageBox.question(
            self.w, self.tr("Replace the payment?"),
            self.tr("The payment on screen already has money in it and is not posted. Drop it and start a new "
                    "payment for the other account? (To pay both, use Add to payment instead.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes and focus is not None:
            focus.setFocus()
        return answer == QMessageBox.StandardButton.Yes

    def _on_payment_posted(self, _posted: object) -> None:
        self.w.lookup.clear()
        self.w.lookup.focus_field()
        self._show_database()
        after_paint(self._refresh_after_post)  # the cleared screen is painted first

    def _refresh_after_post(self) -> None:
        """After a post, once the cleared form is on screen: the account's new balance, the drawer's count."""
        current = self.w.account.current
        # Not when the cashier has already opened the next account (its load is on its way).
        if current is not None and self._intent[0] == RELOAD and not self.w.payment.has_payment():
            self.open_account(current.account_id, RELOAD)
        self.drawer.refresh()  # its payment count

    # -- printer, database, cashier -------------------------------------------------------------

    def _on_printed(self, result: PrintResult) -> None:
        self.w.status.set_waiting(result.waiting)
        if result.printer_state:
            self.w.status.set_printer_state(result.printer_state, result.last_error or result.notice)

    def _on_cashier_name(self, name: str) -> None:
        self._cashier_name = name
        self.w.status.set_cashier_name(name)

    def _on_database_lost(self) -> None:
        self.w.payment.set_database_lost(True)
        self._show_database()

    def _on_database_restored(self) -> None:
        self.w.payment.set_database_lost(False)
        self._show_database()
        self.w.payment.retry_waiting()  # the same client token: it posts once

    def _show_database(self) -> None:
        w = self.w
        w.status.set_database(w.database.connected, w.payment.waiting_for_database or w.payment.has_payment())

    # -- dialogs and the lock -------------------------------------------------------------------

    def show_todays_payments(self) -> None:
        if self.todays is None:
            self.todays = TodaysPaymentsDialog(self.w.context, self.w.printing, self.w)
            self.todays.voided.connect(lambda _p: self.w.account.reload())
        self.todays.open_fresh()

    def show_mailed_checks(self) -> None:
        if self.mailed is None:
            self.mailed = MailedChecksDialog(self.w.context, self.w)
        self.mailed.start()

    def show_print_queue(self) -> None:
        if self.print_queue is None:
            self.print_queue = PrintQueueDialog(self.w.context, self.w.printing, self.w)
        self.print_queue.open_fresh()

    def show_supervisor(self) -> None:
        if self.supervisor is None:
            self.supervisor = SupervisorScreen(self.w.context, self.w)
            self.supervisor.changed.connect(self.drawer.refresh)
        self.supervisor.open_fresh()

    def show_administration(self) -> None:
        if not self.w.context.actor.has("administrator"):
            return  # the services refuse anyway; the key does nothing for others
        if self.administration is None:
            from cashier_app.ui.admin.admin_window import AdministrationDialog

            self.administration = AdministrationDialog(self.w.context, self.w)
            self.administration.settings_page.saved.connect(self._on_settings_saved)
            self.administration.backups_page.restored.connect(self._on_database_restored_from_backup)
        self.administration.open_fresh()

    def _on_database_restored_from_backup(self, text: str) -> None:
        """What the window shows belongs to the database that was replaced: say so, then close."""
        tr = self.w.tr
        QMessageBox.information(self.w, tr("Database restored"), text)
        self.w.close()

    def _on_settings_saved(self, values: dict) -> None:
        """Settings the open window holds take their new value at once."""
        if "money.cap" in values:
            self._on_money_cap(values["money.cap"])
        if any(key in values for key in settings.FEE_SCHEDULE):
            self.w.context.jobs.run(settings.fee_schedule, self.w.context.db, on_done=self.show_fee_schedule)
        if "city.name" in values:
            self.w.use_city_name(values["city.name"])
        if "counter.idle_lock_minutes" in values:
            self.use_idle_lock_minutes(values["counter.idle_lock_minutes"])

    @property
    def locked(self) -> bool:
        return self.lock_screen is not None and self.lock_screen.locked

    def unless_locked(self, action: Callable[[], None]) -> Callable[[], None]:
        return lambda: None if self.locked else action()

    def lock(self) -> None:
        """Cover the window until the cashier's password (Ctrl+L, or idle for a while)."""
        if self.locked:
            return
        if self.lock_screen is None:
            self.lock_screen = LockScreen(self.w.context, self._cashier_name, self.w, city_name=self.w.city_name)
            self.lock_screen.unlocked.connect(self._on_unlocked)
        self._focus_before_lock = QApplication.focusWidget()
        self.w.idle.paused = True
        self.lock_screen.lock_over(self.w)

    def shut(self) -> None:
        """The window closes: its dialogs and lock screen go with it."""
        self._printer_timer.stop()
        for dialog in (self.todays, self.mailed, self.print_queue, self.supervisor):
            if dialog is not None:
                dialog.reject()
        if self.administration is not None:
            self.administration.shut()  # stops an import on its way (its open chunk is rolled back)
        self.drawer.shut()
        if self.lock_screen is not None:
            self.lock_screen.release()

    def _on_unlocked(self) -> None:
        self.w.idle.paused = False
        self.w.idle.set_timeout(self.w.idle.timeout_ms)  # the idle time starts again
        self.w.activateWindow()
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()
