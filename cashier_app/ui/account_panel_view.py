"""Layout of the account panel (no behaviour here: AccountPanel fills and drives it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QScrollArea, QStackedLayout,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from cashier_app.ui.models import BillColumn, BillHistoryModel, UsageColumn, UsageHistoryModel
from cashier_app.ui.shared_columns import SharedColumns
from cashier_app.ui.usage_chart import UsageChart
from cashier_app.ui.widgets import Badge, Card, ErrorLabel, label


class AccountPanelView:
    """Builds the widgets of the account panel inside ``owner``."""

    def __init__(self, owner: QWidget) -> None:
        tr = owner.tr
        outer = QVBoxLayout(owner)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        self.error = ErrorLabel("accountError")
        outer.addWidget(self.error)
        self.stack = QStackedLayout()
        outer.addLayout(self.stack, 1)

        self.empty_page = Card()
        self.empty_page.body.addStretch(1)
        self.empty_title = label(tr("No account open"), "empty-title", "accountEmpty")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.body.addWidget(self.empty_title)
        hint = label(tr("Type an account number, customer number, name, service address or phone "
                        "in Find account and press Enter, or scan the bill stub."), "empty-hint")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.body.addWidget(hint)
        self.empty_page.body.addStretch(2)
        self.stack.addWidget(self.empty_page)

        page = QWidget()
        self.page = page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._header(tr))
        layout.addLayout(self._money_row(tr))
        self.others_card = Card()
        self.others_card.add_title(tr("Other accounts of this customer"))
        self.other_accounts = QListWidget(objectName="otherAccounts")
        self.other_accounts.setToolTip(tr("Enter opens the account · Ctrl+Enter or Insert adds it to the payment"))
        self.others_card.body.addWidget(self.other_accounts)
        layout.addWidget(self.others_card)
        layout.addWidget(self._history(tr), 1)
        # The cards fit the column (the billing history gives way first, counter_sizes.py); only when
        # long words on the smallest screen make them taller than the column does it scroll.
        self.page_scroll = QScrollArea(objectName="accountScroll")
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setWidget(page)
        self.stack.addWidget(self.page_scroll)

    def _header(self, tr) -> Card:  # noqa: ANN001 - the owner's tr
        card = Card()
        top = QHBoxLayout()
        self.customer_name = label("", "customer-name", "customerName")
        self.customer_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.customer_name, 1)
        self.badge_draft = Badge(tr("Bank draft"), "badgeBankDraft", "info")
        self.badge_cash_only = Badge(tr("Cash only"), "badgeCashOnly", "warning")
        self.badge_final = Badge(tr("Final bill"), "badgeFinalBill", "danger")
        self.badge_status = Badge("", "badgeStatus", "muted")
        for badge in (self.badge_draft, self.badge_cash_only, self.badge_final, self.badge_status):
            top.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        card.body.addLayout(top)
        self.numbers = label("", "caption", "accountNumbers")
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card.body.addWidget(self.numbers)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        self.service_address = label("", "value", "serviceAddress")
        self.services = label("", "value", "accountServices")
        self.mailing_address = label("", "value", "mailingAddress")
        self.phone = label("", "value", "customerPhone")
        rows = ((tr("Service address"), self.service_address), (tr("Services"), self.services),
                (tr("Mailing address"), self.mailing_address), (tr("Phone"), self.phone))
        self.detail_captions: list[QLabel] = []  # they wrap when long words would leave the values no room (counter_sizes)
        for row, (caption, value) in enumerate(rows):
            value.setWordWrap(True)
            caption = label(caption, "field-caption")
            caption.setWordWrap(True)
            self.detail_captions.append(caption)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        card.body.addLayout(grid)
        return card

    def _money_row(self, tr) -> QHBoxLayout:  # noqa: ANN001
        row = QHBoxLayout()
        row.setSpacing(10)
        balance = Card()
        balance.body.addWidget(label(tr("Balance"), "card-title"))
        self.balance = label("", "amount-large", "accountBalance")
        self.balance_as_of = label("", "caption", "accountBalanceAsOf")
        self.balance_as_of.setWordWrap(True)
        balance.body.addWidget(self.balance)
        balance.body.addWidget(self.balance_as_of)
        row.addWidget(balance, 3)

        bill = Card()
        bill.body.addWidget(label(tr("Last bill"), "card-title"))
        self.last_bill_amount = label("", "amount-medium", "lastBillAmount")
        self.last_bill_date = label("", "caption", "lastBillDate")
        bill.body.addWidget(self.last_bill_amount)
        bill.body.addWidget(self.last_bill_date)
        row.addWidget(bill, 2)

        due = Card()
        due.body.addWidget(label(tr("Due date"), "card-title"))
        self.due_date = label("", "amount-medium", "dueDate")
        self.draft_date = label("", "caption", "draftDate")
        due.body.addWidget(self.due_date)
        due.body.addWidget(self.draft_date)
        row.addWidget(due, 2)
        for card in (balance, bill, due):
            card.body.addStretch(1)
        return row

    def _history(self, tr) -> Card:  # noqa: ANN001
        card = Card()
        self.history_title: QLabel = card.add_title(tr("Billing history"))
        self.history_tabs = QTabWidget(objectName="historyTabs")
        self.history_model = BillHistoryModel(card)
        self.history = _table("billHistory", self.history_model,
                              (BillColumn.BILL_DATE, BillColumn.AMOUNT))
        self.usage_model = UsageHistoryModel(card)
        self.usage = _table("usageHistory", self.usage_model, (UsageColumn.PERIOD_END,))
        self.usage_chart = UsageChart()
        self.history_tabs.addTab(self.history, tr("Bills"))
        self.history_tabs.addTab(self.usage_chart, tr("Usage chart"))
        self.history_tabs.addTab(self.usage, tr("Usage table"))
        self.history_tabs.setToolTip(tr("Ctrl+Tab switches between bills, the usage chart and the usage table"))
        self.history_empty = label(tr("No bills on file for this account."), "caption", "billHistoryEmpty")
        card.body.addWidget(self.history_tabs, 1)
        card.body.addWidget(self.history_empty)
        return card


def _table(name: str, model, fitted: tuple[int, ...]) -> QTableView:  # noqa: ANN001 - a table model
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(28)
    SharedColumns(table, fitted)  # the services share what is left, no title cut
    return table
