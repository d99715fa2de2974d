"""The open account: who, where, balance with its as-of time, bills, badges, other accounts."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QPushButton, QWidget

from cashier_app.money import ZERO, format_amount
from cashier_app.services import accounts
from cashier_app.services.accounts import AccountView, OtherAccount
from cashier_app.ui.account_panel_view import AccountPanelView
from cashier_app.ui.context import CounterContext
from cashier_app.ui.drafts.draft_card import DraftCard
from cashier_app.ui.drafts.enrollment_dialog import EnrollmentDialog
from cashier_app.ui.drafts.scan_viewer import ScanViewer
from cashier_app.ui.errors import error_message
from cashier_app.ui.formats import date_text, datetime_text, service_name, status_name
from cashier_app.ui.models import BILL_SERVICE_COLUMNS, USAGE_SERVICE_COLUMNS
from cashier_app.ui.table_keys import ENTER_KEYS, RowKeys, on_keys
from cashier_app.ui.widgets import ElidedLabel, label

_ACCOUNT_ID = Qt.ItemDataRole.UserRole
ADD_KEYS = (Qt.Key.Key_Insert,)
OTHER_ROW_HEIGHT = 38


class AccountPanel(QWidget):
    account_loaded = Signal(object)  # AccountView
    account_cleared = Signal()
    account_chosen = Signal(int)  # another account of the customer was picked
    add_requested = Signal(object)  # OtherAccount to add to the payment

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._seq = 0  # newest load; older answers are dropped
        self.current: AccountView | None = None
        self.view = AccountPanelView(self)
        self.view.other_accounts.itemActivated.connect(self._on_other_account_activated)
        add = lambda row: self.add_requested.emit(self._others[row])  # noqa: E731
        RowKeys(self.view.other_accounts, {**on_keys(ENTER_KEYS, add, ctrl=True), **on_keys(ADD_KEYS, add)})
        self._others: list[OtherAccount] = []
        self.draft = DraftCard(context)
        self.view.page.layout().insertWidget(2, self.draft)  # under the balance, above the other accounts
        self.draft.enroll_requested.connect(self.enroll)
        self.draft.changed.connect(self.reload)
        self.draft.scans_requested.connect(self._show_scans)
        self.enrollment: EnrollmentDialog | None = None
        self.scans: ScanViewer | None = None
        self.clear()

    # -- public ---------------------------------------------------------------------------------

    def load(self, account_id: int) -> None:
        """Fetch the account in the background and show it when it arrives."""
        if self.current is None or self.current.account_id != account_id:
            self.draft.say("")  # what was said was about the previous account
        self._seq += 1
        seq = self._seq
        self.view.error.clear_error()
        if self.current is None:
            self.view.empty_title.setText(self.tr("Opening the account…"))
        ctx = self._context
        ctx.jobs.run(accounts.account_view, ctx.db, ctx.actor, account_id,
                     on_done=lambda view: self._on_loaded(seq, view),
                     on_error=lambda exc: self._on_failed(seq, exc))

    def enroll(self, change_bank: bool = False) -> None:
        """Ctrl+B: the enrollment form for the open account (a change of bank when it is drafted)."""
        a = self.current
        if a is None:
            self.view.error.show_error(self.tr("Open the customer's account first (F2)."))
            return
        if self.enrollment is None:
            self.enrollment = EnrollmentDialog(self._context, self.window())
            self.enrollment.enrolled.connect(lambda _result: self._on_enrolled())
        self.enrollment.open_for(a, change_bank=change_bank or bool(a.draft and a.draft.live))

    def _on_enrolled(self) -> None:
        self.draft.printed.emit()  # the confirmation slip waits in the print queue
        self.draft.say(self.tr("Enrolled. The confirmation is printing; the letter is open."))
        self.reload()

    def _show_scans(self, state) -> None:  # noqa: ANN001 - DraftState
        if state is None:
            return
        if self.scans is None:
            self.scans = ScanViewer(self._context, self.window())
        self.scans.open_for(state)

    def reload(self) -> None:
        if self.current is not None:
            self.load(self.current.account_id)

    def clear(self) -> None:
        self._seq += 1
        self.current = None
        self.view.error.clear_error()
        self.view.empty_title.setText(self.tr("No account open"))
        self.view.stack.setCurrentWidget(self.view.empty_page)
        self.account_cleared.emit()

    # -- answers --------------------------------------------------------------------------------

    def _on_loaded(self, seq: int, account: AccountView) -> None:
        if seq != self._seq:
            return
        self.current = account
        self._show(account)
        self.view.stack.setCurrentWidget(self.view.page_scroll)
        self.account_loaded.emit(account)

    def _on_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        if self.current is None:
            self.view.empty_title.setText(self.tr("No account open"))
        self.view.error.show_error(error_message(exc))

    def _on_other_account_activated(self, item: QListWidgetItem) -> None:
        self.account_chosen.emit(int(item.data(_ACCOUNT_ID)))

    # -- filling the view -----------------------------------------------------------------------

    def _show(self, a: AccountView) -> None:
        v = self.view
        v.customer_name.setText(a.customer_name)
        v.numbers.setText(self.tr("Account {0} · Customer {1}").format(a.account_number, a.customer_number))
        v.service_address.setText(a.service_address)
        v.services.setText(", ".join(service_name(s) for s in a.services) or "—")
        v.mailing_address.setText(a.mailing_address or "—")
        v.phone.setText(a.phone or "—")
        self._show_draft_badge(a)
        v.badge_cash_only.setVisible(a.cash_only)
        v.badge_final.setVisible(a.final_bill)
        v.badge_status.setText(status_name(a.status))
        v.badge_status.setVisible(a.status not in ("active", "final"))
        self._show_money(a)
        self._show_other_accounts(a)
        self._show_history(a)

    def _show_draft_badge(self, a: AccountView) -> None:
        badge, state = self.view.badge_draft, a.draft
        badge.setVisible(state is not None)
        self.draft.show_account(a)
        if state is None:
            return
        if state.status == "pending":
            text, tone = self.tr("Bank draft: pending prenote"), "warning"
        elif state.status == "active":
            text, tone = self.tr("Bank draft"), "info"
        else:
            why = state.ended_reason.split(":", 1)[0]
            text, tone = (self.tr("Bank draft ended ({0})").format(why) if why else self.tr("Bank draft ended")), "muted"
        badge.setText(text)
        badge.setToolTip(self.tr("{0} account ending {1}").format(state.bank_name or self.tr("Bank"), state.last4))
        badge.setProperty("role", f"badge-{tone}")
        badge.style().polish(badge)

    def _show_history(self, a: AccountView) -> None:
        v = self.view
        v.history_model.set_bills(a.bills)
        v.usage_model.set_usage(a.usage)
        v.usage_chart.set_usage(a.usage)
        for column, service in BILL_SERVICE_COLUMNS.items():
            v.history.setColumnHidden(column, service not in a.services)
        metered = v.usage_model.services()
        for column, service in USAGE_SERVICE_COLUMNS.items():
            v.usage.setColumnHidden(column, service not in metered)
        v.history_title.setText(self.tr("Billing history — last {0} bills").format(len(a.bills))
                                if a.bills else self.tr("Billing history"))
        v.history_tabs.setTabEnabled(1, bool(a.usage))
        v.history_tabs.setTabEnabled(2, bool(a.usage))
        v.history_tabs.setVisible(bool(a.bills or a.usage))
        v.history_empty.setVisible(not (a.bills or a.usage))

    def _show_money(self, a: AccountView) -> None:
        v = self.view
        v.balance.setText(format_amount(a.balance))
        v.balance.setProperty("tone", "credit" if a.balance < ZERO else "")
        v.balance.style().polish(v.balance)
        as_of = datetime_text(a.balance_as_of)
        v.balance_as_of.setText(self.tr("as of {0}").format(as_of) if as_of else self.tr("no billing balance on file"))
        v.balance_as_of.setToolTip(self.tr("The balance of the billing system at that time, less the payments "
                                           "posted here since."))
        bill = a.last_bill
        v.last_bill_amount.setText(format_amount(bill.amount) if bill else "—")
        v.last_bill_date.setText(self.tr("billed {0}").format(date_text(bill.bill_date)) if bill
                                 else self.tr("no bill on file"))
        v.due_date.setText(date_text(bill.due_date) if bill else "—")
        if bill and bill.draft_date and a.bank_draft_active:
            v.draft_date.setText(self.tr("bank draft on {0}").format(date_text(bill.draft_date)))
        elif a.balance < ZERO:
            v.draft_date.setText(self.tr("credit on the account"))
        else:
            v.draft_date.setText(self.tr("amount due {0}").format(format_amount(a.amount_due)))

    def _show_other_accounts(self, a: AccountView) -> None:
        v = self.view
        v.other_accounts.clear()
        self._others = list(a.other_accounts)
        for other in a.other_accounts:
            item = QListWidgetItem()
            item.setData(_ACCOUNT_ID, other.account_id)
            item.setToolTip(self.tr("Enter or double-click opens this account · Ctrl+Enter or Insert adds it "
                                    "to the payment"))
            row = self._other_row(other)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, row.accessibleName())  # the row itself has no text
            item.setSizeHint(QSize(row.minimumSizeHint().width(), OTHER_ROW_HEIGHT))
            v.other_accounts.addItem(item)
            v.other_accounts.setItemWidget(item, row)
        v.others_card.setVisible(bool(a.other_accounts))
        rows = min(3, max(1, len(a.other_accounts)))  # the list is only as tall as it needs
        v.other_accounts.setFixedHeight(rows * OTHER_ROW_HEIGHT + 6)

    def _other_row(self, other: OtherAccount) -> QWidget:
        row = QWidget()
        row.setAccessibleName(self.tr("Account {0}, {1}, balance {2}").format(
            other.account_number, other.service_address, format_amount(other.balance)))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(6, 2, 4, 2)
        layout.addWidget(label(f"{other.account_number} ·", "value"))
        layout.addWidget(ElidedLabel(other.service_address, "value"), 1)  # the address gives way, not the number
        layout.addWidget(label(format_amount(other.balance), "value"))
        button = QPushButton(self.tr("Add to payment"), objectName="addToPayment")
        button.setProperty("accountNumber", other.account_number)
        button.setProperty("role", "small")
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard uses Ctrl+Enter / Insert on the list
        button.setToolTip(self.tr("Add account {0} to this payment (Ctrl+Enter or Insert in the list)").format(
            other.account_number))
        button.setAccessibleName(self.tr("Add account {0} to the payment").format(other.account_number))
        button.clicked.connect(lambda _checked=False, o=other: self.add_requested.emit(o))
        layout.addWidget(button)
        return row
