"""Enroll in bank draft (Ctrl+B in the account view): the signed form typed as it reads, the voided
check read by the check reader, saved with Enter.

Each refusal is shown under its field and nothing is saved; an account already drafted asks
"Replace?" and saves again with ``replace``. Once saved: the scans are kept, the confirmation slip
goes to the print queue and the letter is written and opened.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from cashier_app.services import business_day, settings
from cashier_app.services.accounts import AccountView
from cashier_app.services.drafts import documents, enrollments
from cashier_app.services.drafts.documents import Scan
from cashier_app.services.drafts.enrollment_form import EnrollmentForm, EnrollmentRefused, fill_from_micr
from cashier_app.services.drafts.enrollments import EnrollableAccount, EnrollResult
from cashier_app.ui.context import CounterContext
from cashier_app.ui.drafts.draft_card import print_confirmation
from cashier_app.ui.drafts.enrollment_dialog_view import EnrollmentDialogView
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner

_ID = Qt.ItemDataRole.UserRole


def save_enrollment(db, actor, customer_id: int, form: EnrollmentForm, replace: bool, location: str,  # noqa: ANN001
                    scans: tuple[Scan, ...]) -> tuple[EnrollResult, Path | None, str]:
    """On a worker thread: the enrollment, then its scans and confirmation. What fails after the
    enrollment is saved is said on screen; the enrollment stands."""
    result = enrollments.enroll(db, actor, customer_id, form, replace=replace, form_location=location)
    try:
        for enrollment_id in result.enrollment_ids:
            for scan in scans:
                documents.add_scan(db, actor, enrollment_id, scan)
        return result, print_confirmation(db, actor, result.enrollment_ids[0]), ""
    except Exception as exc:  # noqa: BLE001 - said on screen; the enrollment itself is saved
        return result, None, error_message(exc)


class EnrollmentDialog(QDialog):
    enrolled = Signal(object)  # EnrollResult

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollmentDialog")
        self.setWindowTitle(self.tr("Enroll in bank draft"))
        self._context = context
        self.jobs = JobRunner(self)
        self.account: AccountView | None = None
        self.replace = False
        self.letter: Path | None = None
        self.view = v = EnrollmentDialogView(self, self.jobs)
        v.fields["form_received"] = v.form_received
        v.fields["voided_check_received"] = v.voided_check_received
        v.micr.returnPressed.connect(self.read_micr)
        v.save.clicked.connect(self.save)
        v.save.setAutoDefault(True)
        v.save.setDefault(True)  # Enter in any field saves (the check reader's field reads its line)
        v.close.clicked.connect(self.reject)
        for name, field in v.fields.items():
            signal = getattr(field, "textEdited", None) or getattr(field, "toggled", None)
            if signal is not None:
                signal.connect(lambda *_a, n=name: self._clear(n))
        self.jobs.busy_changed.connect(lambda busy: v.save.setEnabled(not busy))
        self.resize(1000, 640)

    # -- opening --------------------------------------------------------------------------------

    def open_for(self, account: AccountView, *, change_bank: bool = False) -> None:
        """Show the form for ``account``'s customer, this account ticked, the cursor in the check reader."""
        v = self.view
        self.account, self.replace, self.letter = account, change_bank, None
        for field in (v.micr, v.bank_name, v.routing_number, v.account_number, v.account_number_again, v.email,
                      v.form_location):
            field.clear()
        v.bank_account_name.setText(account.customer_name)
        v.phone.setText(account.phone)
        v.form_received.setChecked(False)
        v.voided_check_received.setChecked(False)
        v.account_type.setCurrentIndex(0)
        today = business_day.today()
        v.signed_on.setDate(QDate(today.year, today.month, today.day))
        v.signed_on.setMaximumDate(QDate(today.year, today.month, today.day))
        v.signed_scan.clear()
        v.check_scan.clear()
        self._clear_all()
        v.customer.setText(self.tr("{0} · customer {1}").format(account.customer_name, account.customer_number))
        self.setWindowTitle(self.tr("Change bank") if change_bank else self.tr("Enroll in bank draft"))
        v.accounts.clear()
        item = QListWidgetItem(f"{account.account_number} · {account.service_address}")
        item.setData(_ID, account.account_id)
        item.setCheckState(Qt.CheckState.Checked)
        v.accounts.addItem(item)
        ctx = self._context
        self.jobs.run(enrollments.enrollable_accounts, ctx.db, ctx.actor, account.customer_id,
                      on_done=self._on_accounts, on_error=lambda exc: v.error.show_error(error_message(exc)))
        self.jobs.run(settings.get_setting, ctx.db, "drafts.allow_savings", on_done=self._on_allow_savings)
        self.open()
        v.micr.setFocus()

    def _on_accounts(self, listed: list[EnrollableAccount]) -> None:
        v, ticked = self.view, set(self.form().account_ids)
        v.accounts.clear()
        for account in listed:
            words = f"{account.account_number} · {account.service_address}"
            if account.enrolled_last4:
                words += self.tr(" · drafted now from ****{0}").format(account.enrolled_last4)
            if account.status != "active":
                words += " · " + (self.tr("final bill") if account.status == "final" else self.tr("closed"))
            item = QListWidgetItem(words)
            item.setData(_ID, account.account_id)
            item.setCheckState(Qt.CheckState.Checked if account.account_id in ticked else Qt.CheckState.Unchecked)
            if account.status != "active":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            v.accounts.addItem(item)

    def _on_allow_savings(self, allowed: str) -> None:
        item = self.view.account_type.model().item(1)
        item.setEnabled(allowed == "yes")
        item.setToolTip("" if allowed == "yes" else self.tr("The City drafts checking accounts only"))

    # -- the form -------------------------------------------------------------------------------

    def form(self) -> EnrollmentForm:
        v = self.view
        ticked = tuple(int(v.accounts.item(i).data(_ID)) for i in range(v.accounts.count())
                       if v.accounts.item(i).checkState() == Qt.CheckState.Checked)
        day = v.signed_on.date()
        return EnrollmentForm(
            account_ids=ticked, bank_account_name=v.bank_account_name.text(), bank_name=v.bank_name.text(),
            routing_number=v.routing_number.text(), account_number=v.account_number.text(),
            account_number_again=v.account_number_again.text(), account_type=v.account_type.currentData(),
            phone=v.phone.text(), email=v.email.text(), signed_on=dt.date(day.year(), day.month(), day.day()),
            form_received=v.form_received.isChecked(), voided_check_received=v.voided_check_received.isChecked())

    def read_micr(self) -> None:
        """The check reader's line into routing number and both account number fields."""
        v = self.view
        self._clear("micr")
        if not v.micr.text().strip():
            v.bank_account_name.setFocus()
            v.bank_account_name.selectAll()
            return
        try:
            filled = fill_from_micr(self.form(), v.micr.text())
        except EnrollmentRefused as refused:
            self._show_refusal(refused)
            return
        v.routing_number.setText(filled.routing_number)
        v.account_number.setText(filled.account_number)
        v.account_number_again.setText(filled.account_number_again)
        v.micr.clear()  # the line holds the whole account number: not left on screen
        for name in ("routing_number", "account_number", "account_number_again"):
            self._clear(name)
        v.bank_account_name.setFocus()
        v.bank_account_name.selectAll()

    def save(self) -> None:
        if self.account is None or self.jobs.busy:
            return
        v = self.view
        if v.micr.hasFocus() and v.micr.text().strip():
            self.read_micr()
            return
        self._clear_all()
        scans = tuple(box.scan for box in (v.signed_scan, v.check_scan) if box.scan is not None)
        ctx = self._context
        self.jobs.run(save_enrollment, ctx.db, ctx.actor, self.account.customer_id, self.form(), self.replace,
                      v.form_location.text(), scans, on_done=self._on_saved, on_error=self._on_refused)

    def _on_saved(self, answer: tuple[EnrollResult, Path | None, str]) -> None:
        result, letter, problem = answer
        self.letter = letter
        if problem:
            QMessageBox.warning(self, self.tr("Enrolled"), self.tr(
                "The enrollment is saved, but: {0}\nPrint the confirmation again from the account view.").format(
                problem))
        elif letter is not None:
            from cashier_app.ui import supervisor_files

            supervisor_files.open_file(letter)
        self.enrolled.emit(result)
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        if isinstance(exc, EnrollmentRefused) and exc.needs_confirmation and not self.replace:
            answer = QMessageBox.question(self, self.tr("Already drafted"), str(exc),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.replace = True
                QTimer.singleShot(0, self.save)  # this job is still finishing
                return
        self._show_refusal(exc)

    def _show_refusal(self, exc: BaseException) -> None:
        v = self.view
        name = getattr(exc, "field", "")
        if name in v.errors:
            v.errors[name].show_error(error_message(exc))
            widget = v.fields.get(name)
            if widget is not None:
                widget.setFocus()
                if hasattr(widget, "selectAll"):
                    widget.selectAll()
        else:
            v.error.show_error(error_message(exc))

    def _clear(self, name: str) -> None:
        error = self.view.errors.get(name)
        if error is not None:
            error.clear_error()

    def _clear_all(self) -> None:
        for error in self.view.errors.values():
            error.clear_error()
        self.view.error.clear_error()

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self.jobs.wait_for_done(10_000)
        v = self.view
        for field in (v.micr, v.account_number, v.account_number_again, v.routing_number):
            field.clear()  # nothing of the customer's bank account stays in a hidden dialog
        super().done(result)

