"""The tender being typed: cash, check or money order, its amount and numbers.

Fields run top to bottom in the order a cashier works: for a check the MICR line (a check reader
types it, then Enter), the check number, routing and account, then the amount; Enter in the
amount adds the tender. A typed tender that was not added yet still counts when posting.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from cashier_app.money import MoneyError, format_plain
from cashier_app.services import micr
from cashier_app.services.payments import TenderRequest
from cashier_app.ui.tender_editor_view import build_tender_editor
from cashier_app.ui.tender_kinds import CASH, CHECK, KINDS, MONEY_ORDER
from cashier_app.ui.widgets import ErrorLabel


class TenderEditor(QWidget):
    edited = Signal()  # anything typed: totals follow
    add_requested = Signal()  # Enter in the amount, or the Add tender button
    kind_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = CASH
        self._default_text = ""  # the amount the editor filled in itself (replaced when the kind changes)
        build_tender_editor(self)
        self._connect()
        self.set_kind(CASH)

    def _connect(self) -> None:
        self.kind_group.buttonClicked.connect(self._on_kind_clicked)
        self.add_button.clicked.connect(self.add_requested)
        self.amount.returnPressed.connect(self.add_requested)
        self.micr_line.returnPressed.connect(self._on_micr_entered)
        self.check_number.returnPressed.connect(self.amount_focus)
        self.routing.returnPressed.connect(self.bank_account.setFocus)
        self.bank_account.returnPressed.connect(self.amount_focus)
        self.serial.returnPressed.connect(self.issuer.setFocus)
        self.issuer.returnPressed.connect(self.amount_focus)
        fields = (self.amount, self.micr_line, self.check_number, self.routing, self.bank_account, self.serial,
                  self.issuer)
        errors = (self.amount_error, self.micr_error, self.check_number_error, self.routing_error,
                  self.bank_account_error, self.serial_error, self.serial_error)
        for field, error in zip(fields, errors):
            field.textEdited.connect(lambda _t, e=error: self._on_typed(e))

    # -- public ---------------------------------------------------------------------------------

    def set_kind(self, kind: str, default_amount: Decimal | None = None) -> None:
        """Switch to ``kind``; an amount the editor filled in itself becomes ``default_amount``."""
        self.kind = kind
        self.kind_buttons[kind].setChecked(True)
        for page_kind, page in zip(KINDS, self.pages):
            page.setVisible(page_kind == kind)
        self.amount_caption.setText(self.tr("Cash tendered") if kind == CASH else self.tr("Amount"))
        if self.amount.text() in ("", self._default_text):
            self._default_text = format_plain(default_amount) if default_amount and kind != CASH else ""
            self.amount.setText(self._default_text)
        self.clear_errors()
        self.kind_changed.emit(kind)
        self.edited.emit()

    def start(self) -> None:
        """Put the cursor where this kind of tender starts (the check reader's line for a check)."""
        first = {CASH: self.amount, CHECK: self.micr_line, MONEY_ORDER: self.serial}[self.kind]
        first.setFocus()
        first.selectAll()

    def amount_focus(self) -> None:
        self.amount.setFocus()
        self.amount.selectAll()

    def is_empty(self) -> bool:
        typed = (self.amount.text(), self.check_number.text(), self.routing.text(), self.bank_account.text(),
                 self.serial.text(), self.issuer.text())
        return not any(t.strip() for t in typed) or (self.amount.text() == self._default_text
                                                      and not any(t.strip() for t in typed[1:]))

    def pending_amount(self) -> Decimal | None:
        """The amount typed so far, if it reads."""
        try:
            return self.amount.amount() if self.amount.text().strip() else None
        except MoneyError:
            return None

    def read(self) -> TenderRequest | None:
        """The typed tender, or None (with the reason at the amount) when the amount does not read."""
        try:
            amount = self.amount.amount()
        except MoneyError as exc:
            self.amount_error.show_error(str(exc))
            return None
        if self.kind == CHECK:
            return TenderRequest(CHECK, amount, check_number=self.check_number.text().strip(),
                                 routing_number=self.routing.text().strip(),
                                 bank_account=self.bank_account.text().strip())
        if self.kind == MONEY_ORDER:
            return TenderRequest(MONEY_ORDER, amount, serial_number=self.serial.text().strip(),
                                 issuer=self.issuer.text().strip())
        return TenderRequest(CASH, amount)

    def load(self, tender: TenderRequest) -> None:
        """Put a tender back in the editor to change it."""
        self.clear()
        self.set_kind(tender.kind)
        self.amount.set_amount(tender.amount)
        self.check_number.setText(tender.check_number)
        self.routing.setText(tender.routing_number)
        self.bank_account.setText(tender.bank_account)
        self.serial.setText(tender.serial_number)
        self.issuer.setText(tender.issuer)
        self.edited.emit()

    def clear(self) -> None:
        for field in (self.amount, self.micr_line, self.check_number, self.routing, self.bank_account,
                      self.serial, self.issuer):
            field.clear()
        self._default_text = ""
        self.clear_errors()

    def set_read_only(self, read_only: bool) -> None:
        for field in (self.amount, self.micr_line, self.check_number, self.routing, self.bank_account,
                      self.serial, self.issuer):
            field.setReadOnly(read_only)

    def show_field_error(self, field: str, message: str) -> QWidget:
        """Show a refusal next to the field the service named ("amount", "check_number", ...)."""
        target = {"amount": (self.amount_error, self.amount),
                  "check_number": (self.check_number_error, self.check_number),
                  "routing_number": (self.routing_error, self.routing),
                  "bank_account": (self.bank_account_error, self.bank_account),
                  "serial_number": (self.serial_error, self.serial)}.get(field, (self.error, self.amount))
        target[0].show_error(message)
        return target[1]

    def clear_errors(self) -> None:
        for error in (self.error, self.amount_error, self.micr_error, self.check_number_error, self.routing_error,
                      self.bank_account_error, self.serial_error):
            error.clear_error()

    # -- private --------------------------------------------------------------------------------

    def _on_kind_clicked(self, button: QPushButton) -> None:
        kind = next(k for k, b in self.kind_buttons.items() if b is button)
        self.set_kind(kind)
        self.start()

    def _on_typed(self, error: ErrorLabel) -> None:
        error.clear_error()
        self.error.clear_error()
        self.edited.emit()

    def _on_micr_entered(self) -> None:
        text = self.micr_line.text().strip()
        if not text:
            self.check_number.setFocus()
            return
        try:
            line = micr.parse_micr(text)
        except NotImplementedError:
            self.micr_error.show_error(self.tr("Check reading is not available yet; type the numbers."))
            self.check_number.setFocus()
            return
        except micr.MicrError as exc:
            self.micr_error.show_error(self.tr("The check line could not be read: {0}").format(exc))
            self.micr_line.selectAll()
            return
        self.routing.setText(line.routing)
        self.bank_account.setText(line.account)
        if line.check_number:
            self.check_number.setText(line.check_number)
            self.amount_focus()
        else:
            self.check_number.setFocus()
        self.edited.emit()
