"""Layout of the tender editor (no behaviour here: TenderEditor drives it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from cashier_app.ui.tender_kinds import CASH, CHECK, KINDS, MONEY_ORDER, tender_name
from cashier_app.ui.widgets import AmountField, ErrorLabel, FlowRow, label

KIND_KEYS = {CASH: "F5", CHECK: "F6", MONEY_ORDER: "F7"}
_KIND_NAMES = {CASH: "tenderCash", CHECK: "tenderCheck", MONEY_ORDER: "tenderMoneyOrder"}


def _line(name: str, max_length: int, caption: str) -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setMaxLength(max_length)
    field.setAccessibleName(caption)
    return field


def _caption(text: str) -> QLabel:
    """A caption over a field that shares its row: on two lines rather than cut off when its words are
    long (a translation, large text), its last line by the field."""
    caption = label(text, "field-caption")
    caption.setWordWrap(True)
    caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    return caption


def build_tender_editor(editor: QWidget) -> None:
    """Builds the widgets inside ``editor`` and keeps them as its attributes (amount, micr_line, ...)."""
    tr = editor.tr
    layout = QVBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    # Each as wide as its words, the room left shared; the last goes onto a second line when their words
    # are longer than the column (large text, long translations, a narrow column).
    kinds = FlowRow(spacing=6, align="fill")
    kinds.setObjectName("tenderKinds")
    editor.kind_group = QButtonGroup(editor)
    editor.kind_buttons: dict[str, QPushButton] = {}
    for kind in KINDS:
        button = QPushButton(f"{tender_name(kind)}  {KIND_KEYS[kind]}", objectName=_KIND_NAMES[kind])
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setProperty("role", "segment")
        button.setToolTip(tr("{0} ({1})").format(tender_name(kind), KIND_KEYS[kind]))
        editor.kind_group.addButton(button)
        editor.kind_buttons[kind] = button
        kinds.addWidget(button)
    layout.addWidget(kinds)
    editor.error = ErrorLabel("tenderError")
    layout.addWidget(editor.error)

    editor.cash_page = QWidget()
    editor.check_page = QWidget()
    grid = QGridLayout(editor.check_page)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setVerticalSpacing(2)
    editor.micr_line = _line("micrLine", 80, tr("MICR line"))
    editor.micr_line.setPlaceholderText(tr("Run the check through the reader"))
    editor.micr_line.setToolTip(tr("The check reader types the line at the bottom of the check here (F6 puts "
                                 "the cursor here); Enter reads it. Empty: Enter goes to the check number."))
    editor.micr_error = ErrorLabel("micrLineError")
    editor.check_number = _line("checkNumber", 15, tr("Check number"))
    editor.check_number_error = ErrorLabel("checkNumberError")
    editor.routing = _line("routingNumber", 9, tr("Routing number"))
    editor.routing_error = ErrorLabel("routingNumberError")
    editor.bank_account = _line("bankAccount", 17, tr("Bank account"))
    editor.bank_account_error = ErrorLabel("bankAccountError")
    grid.addWidget(label(tr("MICR line"), "field-caption"), 0, 0, 1, 2)
    grid.addWidget(editor.micr_line, 1, 0, 1, 2)
    grid.addWidget(editor.micr_error, 2, 0, 1, 2)
    grid.addWidget(label(tr("Check number (required)"), "field-caption"), 3, 0, 1, 2)
    grid.addWidget(editor.check_number, 4, 0, 1, 2)
    grid.addWidget(editor.check_number_error, 5, 0, 1, 2)
    grid.addWidget(_caption(tr("Routing (optional)")), 6, 0)
    grid.addWidget(_caption(tr("Account (optional)")), 6, 1)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 1)
    grid.addWidget(editor.routing, 7, 0)
    grid.addWidget(editor.bank_account, 7, 1)
    grid.addWidget(editor.routing_error, 8, 0)
    grid.addWidget(editor.bank_account_error, 8, 1)
    editor.money_order_page = QWidget()
    grid = QGridLayout(editor.money_order_page)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setVerticalSpacing(2)
    editor.serial = _line("moneyOrderSerial", 30, tr("Serial number"))
    editor.serial_error = ErrorLabel("moneyOrderSerialError")
    editor.issuer = _line("moneyOrderIssuer", 60, tr("Issuer"))
    editor.issuer.setPlaceholderText(tr("e.g. USPS, Western Union"))
    grid.addWidget(_caption(tr("Serial number (required)")), 0, 0)
    grid.addWidget(_caption(tr("Issuer")), 0, 1)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(1, 1)
    grid.addWidget(editor.serial, 1, 0)
    grid.addWidget(editor.issuer, 1, 1)
    grid.addWidget(editor.serial_error, 2, 0, 1, 2)
    # One page per kind; only the kind's page shows (a hidden page takes no room).
    editor.pages = (editor.cash_page, editor.check_page, editor.money_order_page)
    for page in editor.pages:
        layout.addWidget(page)

    editor.amount_caption = label(tr("Cash tendered"), "field-caption")
    layout.addWidget(editor.amount_caption)
    row = QHBoxLayout()
    editor.amount = AmountField("tenderAmount")
    editor.amount.setToolTip(tr("Amount of this tender · Enter adds it"))
    row.addWidget(editor.amount, 1)
    editor.add_button = QPushButton(tr("Add  Ctrl+Enter"), objectName="addTenderButton")
    editor.add_button.setAutoDefault(False)
    editor.add_button.setToolTip(tr("Add this tender and take another one (Ctrl+Enter)"))
    row.addWidget(editor.add_button)
    layout.addLayout(row)
    editor.amount_error = ErrorLabel("tenderAmountError")
    layout.addWidget(editor.amount_error)

