"""Layout of the enrollment form, in the order of the paper authorization form (no behaviour here:
EnrollmentDialog fills and drives it). Each field's widget is named as its field in
docs/formats.md ("Bank draft enrollment form"); its error label is the name + ``_error``."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLineEdit, QListWidget, QVBoxLayout, QWidget,
)

from cashier_app.ui.drafts.scan_drop import ScanDrop
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import ErrorLabel, label, push_button


class ScanLine(QLineEdit):
    """The check reader's field: Enter reads the line (and does not save the form)."""

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class DateField(QDateEdit):
    """A date typed as MM/DD/YYYY (the digits move through month, day, year); Tab leaves the field
    instead of stepping through its sections, so the form is one Tab per field."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        return QWidget.focusNextPrevChild(self, forward)


class EnrollmentDialogView:
    def __init__(self, owner: QWidget, jobs: JobRunner) -> None:
        tr = owner.tr
        self.errors: dict[str, ErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}
        outer = QVBoxLayout(owner)
        outer.setContentsMargins(18, 12, 18, 12)
        outer.setSpacing(6)
        outer.addWidget(label(tr("Bank draft authorization"), "dialog-title"))
        self.customer = label("", "caption", "enrollmentCustomer")
        outer.addWidget(self.customer)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        left, right = QGridLayout(), QGridLayout()
        for grid in (left, right):
            grid.setHorizontalSpacing(10)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(1, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns)

        self.accounts = QListWidget(objectName="accounts")
        self.accounts.setAccessibleName(tr("Accounts to draft"))
        self.accounts.setToolTip(tr("Space ticks or unticks the account"))
        self.accounts.setMaximumHeight(84)
        self.micr = ScanLine(objectName="micr")
        self.micr.setPlaceholderText(tr("Read the voided check with the check reader, or type below"))
        self.micr.setMaxLength(80)
        self.bank_account_name = self._line("bank_account_name", 60)
        self.bank_name = self._line("bank_name", 60)
        self.routing_number = self._line("routing_number", 11)
        self.routing_number.setPlaceholderText(tr("9 digits"))
        self.account_number = self._line("account_number", 24)
        self.account_number_again = self._line("account_number_again", 24)
        for field in (self.account_number, self.account_number_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)  # the customer's number is not left on screen
            field.setPlaceholderText(tr("4 to 17 digits"))
        self.account_type = QComboBox(objectName="account_type")
        self.account_type.addItem(tr("Checking"), "checking")
        self.account_type.addItem(tr("Savings"), "savings")
        rows_left = ((tr("Accounts to draft"), "accounts", self.accounts),
                     (tr("Check reader (MICR)"), "micr", self.micr),
                     (tr("Name on the bank account"), "bank_account_name", self.bank_account_name),
                     (tr("Bank name"), "bank_name", self.bank_name),
                     (tr("Routing number"), "routing_number", self.routing_number),
                     (tr("Bank account number"), "account_number", self.account_number),
                     (tr("Account number again"), "account_number_again", self.account_number_again),
                     (tr("Account type"), "account_type", self.account_type))
        self._rows(left, rows_left)
        left.setRowStretch(left.rowCount(), 1)  # both columns start at the top

        self.phone = self._line("phone", 20)
        self.email = self._line("email", 254)
        self.signed_on = DateField(objectName="signed_on")
        self.signed_on.setDisplayFormat("MM/dd/yyyy")
        self.signed_on.setCalendarPopup(True)
        self.form_received = QCheckBox(tr("Signed form in hand"), objectName="form_received")
        self.voided_check_received = QCheckBox(tr("Voided check in hand"), objectName="voided_check_received")
        ticks = QWidget()
        tick_row = QHBoxLayout(ticks)
        tick_row.setContentsMargins(0, 0, 0, 0)
        tick_row.addWidget(self.form_received)
        tick_row.addWidget(self.voided_check_received)
        tick_row.addStretch(1)
        self.form_location = self._line("form_location", 120)
        self.form_location.setPlaceholderText(tr("e.g. Bank draft binder 2026, tab O"))
        self.signed_scan = ScanDrop("signed_form", tr("Scan of the signed form"), "signedFormScan", jobs)
        self.check_scan = ScanDrop("voided_check", tr("Scan of the voided check"), "voidedCheckScan", jobs)
        rows_right = ((tr("Phone"), "phone", self.phone), (tr("E-mail"), "email", self.email),
                      (tr("Date signed"), "signed_on", self.signed_on),
                      (tr("Received"), "form_received", ticks),
                      (tr("Form filed at"), "form_location", self.form_location))
        self._rows(right, rows_right)
        self.errors["voided_check_received"] = self.errors["form_received"]  # the two ticks share one line
        start = right.rowCount()
        right.addWidget(self.signed_scan, start, 0, 1, 2)
        right.addWidget(self.check_scan, start + 1, 0, 1, 2)
        right.setRowStretch(start + 2, 1)

        self.terms = label(tr("Drafted on the draft date printed on each bill, free; the bill still comes every "
                              "month. Enter saves; the confirmation slip prints and the letter opens."), "hint")
        self.terms.setWordWrap(True)
        outer.addWidget(self.terms)
        self.error = ErrorLabel("enrollmentError")
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save = push_button(tr("Save   Enter"), "saveEnrollment", tr("Enroll the ticked accounts (Enter)"),
                                "primary")
        self.close = push_button(tr("Close   Esc"), "closeEnrollment", tr("Close without enrolling (Esc)"))
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.close)
        outer.addLayout(buttons)
        # The check reader first, the form as the user guide walks it: its fields, the accounts ticked,
        # the scans (optional), then Save and Close.
        chain = (self.micr, self.bank_account_name, self.bank_name, self.routing_number, self.account_number,
                 self.account_number_again, self.account_type, self.phone, self.email, self.signed_on,
                 self.form_received, self.voided_check_received, self.form_location, self.accounts,
                 self.signed_scan.choose, self.check_scan.choose, self.save, self.close)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _line(self, name: str, limit: int) -> QLineEdit:
        field = QLineEdit(objectName=name)
        field.setMaxLength(limit)
        return field

    def _rows(self, grid: QGridLayout, rows) -> None:  # noqa: ANN001 - (caption, field name, widget)
        for i, (caption, name, widget) in enumerate(rows):
            caption_label = label(caption, "field-caption")
            caption_label.setBuddy(widget)
            widget.setAccessibleName(caption)
            grid.addWidget(caption_label, 2 * i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, 2 * i, 1)
            error = ErrorLabel(f"{name}_error")
            grid.addWidget(error, 2 * i + 1, 1)
            self.errors[name] = error
            self.fields[name] = widget
