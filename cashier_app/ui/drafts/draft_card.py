"""The bank draft part of the account view: the state (bank, type, last 4 digits only), the first bill
drafted and its date, the sentence the cashier reads out when the bill on hand is not drafted, and
the actions: enroll (Ctrl+B), cancel, change bank, print the authorization form, print the
confirmation, and the scans (supervisors)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from cashier_app.i18n import long_date
from cashier_app.money import format_amount
from cashier_app.services import business_day
from cashier_app.services.accounts import AccountView
from cashier_app.services.drafts import authorization, confirmation, enrollments
from cashier_app.services.drafts.draft_state import DraftState
from cashier_app.ui import supervisor_files
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.widgets import Card, ErrorLabel, FlowRow, label, push_button

ENROLL_KEY = "Ctrl+B"


def print_confirmation(db, actor, enrollment_id: int) -> Path:  # noqa: ANN001
    """On a worker thread: the slip into the print queue, then the letter as a PDF."""
    confirmation.queue_confirmation(db, actor, enrollment_id)
    out = supervisor_files.new_file(business_day.today(), f"draft-confirmation-{confirmation.reference(enrollment_id)}",
                                    ".pdf")
    return confirmation.write_confirmation_letter(db, actor, enrollment_id, out)


def print_authorization(db, actor, account_id: int, customer_number: str) -> Path:  # noqa: ANN001
    out = supervisor_files.new_file(business_day.today(), f"draft-authorization-form-{customer_number}", ".pdf")
    return authorization.write_authorization_form(db, actor, account_id, out)


class DraftCard(Card):
    """Shown under the balance; AccountPanel gives it each account it shows."""

    enroll_requested = Signal(bool)  # True: a change of bank (the old enrollment will be replaced)
    changed = Signal()  # the draft changed: load the account again
    printed = Signal()  # a slip went into the print queue: print it now
    scans_requested = Signal(object)  # DraftState

    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftCard")
        self._context = context
        self.account: AccountView | None = None
        tr = self.tr
        # The title, then the buttons in a row that wraps on a narrow card (a small screen).
        self.title = label(tr("Bank draft"), "card-title", "draftTitle")
        self.title.setWordWrap(True)
        self.body.addWidget(self.title)
        top = FlowRow()
        self.enroll_button = push_button(tr("Enroll in bank draft   {0}").format(ENROLL_KEY), "enrollDraftButton",
                                         tr("Enroll from the signed form and the voided check ({0})").format(ENROLL_KEY))
        self.change_button = push_button(tr("Change bank…"), "changeBankButton",
                                         tr("A new signed form for another bank account: the old one ends, kept ({0})")
                                         .format(ENROLL_KEY))
        self.confirmation_button = push_button(tr("Confirmation"), "printDraftConfirmationButton",
                                               tr("Print the confirmation: the slip on the receipt printer and the letter (PDF)"))
        self.form_button = push_button(tr("Print form"), "printAuthorizationButton",
                                       tr("The City's authorization form, prefilled for this customer (PDF)"))
        self.scans_button = push_button(tr("Scans…"), "viewScansButton",
                                        tr("The signed form and voided check as scanned (supervisors)"))
        self.cancel_button = push_button(tr("Cancel draft…"), "cancelDraftButton",
                                         tr("The customer stops the bank draft (reason asked)"), "small-danger")
        for button in (self.enroll_button, self.change_button, self.confirmation_button, self.form_button,
                       self.scans_button, self.cancel_button):
            button.setProperty("role", button.property("role") or "small")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+B reaches the form; Tab stays on the payment
            button.setMinimumWidth(button.sizeHint().width())
            top.addWidget(button)
        self.body.addWidget(top)
        self.state_text = label("", "value", "draftState")
        self.body.addWidget(self.state_text)
        self.first_bill = label("", "caption", "draftFirstBill")
        self.body.addWidget(self.first_bill)
        self.sentence = label("", "draft-sentence", "draftSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.sentence)
        self.error = ErrorLabel("draftError")
        self.body.addWidget(self.error)
        self.notice = label("", "notice-ok", "draftNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.body.addWidget(self.notice)
        self.body.setSpacing(3)
        self.body.setContentsMargins(16, 8, 16, 8)
        self.enroll_button.clicked.connect(lambda: self.enroll_requested.emit(False))
        self.change_button.clicked.connect(lambda: self.enroll_requested.emit(True))
        self.cancel_button.clicked.connect(self.cancel_draft)
        self.form_button.clicked.connect(self.print_form)
        self.confirmation_button.clicked.connect(self.print_confirmation)
        self.scans_button.clicked.connect(lambda: self.scans_requested.emit(self.state))

    @property
    def state(self) -> DraftState | None:
        return self.account.draft if self.account else None

    def show_account(self, account: AccountView) -> None:
        self.account = account
        self.error.clear_error()
        state = account.draft
        live = state is not None and state.live
        self.enroll_button.setVisible(not live)
        self.change_button.setVisible(live)
        self.cancel_button.setVisible(live)
        self.confirmation_button.setVisible(live)
        self.scans_button.setVisible(bool(state and state.scans) and self._context.actor.has("supervisor"))
        self.state_text.setText(self._state_words(state))
        self.state_text.setVisible(state is not None)
        self.title.setText(self.tr("Bank draft") if state is not None else self.tr("Bank draft — not enrolled"))
        self.notice.setVisible(bool(self.notice.text()))
        self.first_bill.setText(self._first_bill_words(state))
        self.first_bill.setVisible(bool(self.first_bill.text()))
        words = self._sentence(state)
        self.sentence.setText(words)
        self.sentence.setVisible(bool(words))

    def _state_words(self, state: DraftState | None) -> str:
        if state is None:
            return self.tr("Not enrolled.")
        bank = self.tr("{0} {1} account ending {2}").format(
            state.bank_name or self.tr("bank"), self.tr("savings") if state.account_type == "savings"
            else self.tr("checking"), state.last4)
        if state.status == "pending":
            return self.tr("Pending prenote · {0}").format(bank)
        if state.status == "active":
            return self.tr("Active · {0}").format(bank)
        return self.tr("Ended {0} ({1}) · was {2}").format(
            state.ended_on.strftime("%m/%d/%Y") if state.ended_on else "", state.ended_reason or self.tr("no reason"),
            bank)

    def _first_bill_words(self, state: DraftState | None) -> str:
        if state is None or not state.live:
            return ""
        if state.first_bill is not None:
            bill = state.first_bill
            return self.tr("First bill drafted: {0} of {1}, drafted on {2}.").format(
                format_amount(bill.amount), bill.bill_date.strftime("%m/%d/%Y"), long_date(bill.draft_date))
        if state.first_possible is not None:
            return self.tr("First bill drafted: the next bill with a draft date on or after {0}.").format(
                long_date(state.first_possible))
        return ""

    def _sentence(self, state: DraftState | None) -> str:
        if state is None or state.not_drafted is None:
            return ""
        bill = state.not_drafted
        return self.tr("Your bill of {0} due {1} is not drafted: pay it today.").format(
            format_amount(bill.amount), long_date(bill.due_date))

    # -- actions --------------------------------------------------------------------------------

    def cancel_draft(self) -> None:
        state = self.state
        if state is None or not state.live:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel the bank draft"),
                                          self.tr("Why is the bank draft cancelled? (the customer's words)"),
                                          QLineEdit.EchoMode.Normal, self.tr("customer asked at the counter"))
        if not ok:
            return
        ctx = self._context
        ctx.jobs.run(enrollments.cancel_enrollment, ctx.db, ctx.actor, state.enrollment_id, reason,
                     on_done=self._on_cancelled, on_error=lambda exc: self.error.show_error(error_message(exc)))

    def _on_cancelled(self, retention_until) -> None:  # noqa: ANN001 - a date
        self.say(self.tr("Bank draft cancelled. Keep the signed form until {0}.").format(long_date(retention_until)))
        self.changed.emit()

    def print_form(self) -> None:
        if self.account is None:
            return
        ctx, a = self._context, self.account
        self.error.clear_error()
        ctx.jobs.run(print_authorization, ctx.db, ctx.actor, a.account_id, a.customer_number,
                     on_done=self._on_written, on_error=lambda exc: self.error.show_error(error_message(exc)))

    def print_confirmation(self) -> None:
        state = self.state
        if state is None or not state.live:
            return
        ctx = self._context
        self.error.clear_error()
        ctx.jobs.run(print_confirmation, ctx.db, ctx.actor, state.enrollment_id,
                     on_done=self._on_confirmation, on_error=lambda exc: self.error.show_error(error_message(exc)))

    def _on_confirmation(self, letter: Path) -> None:
        self.printed.emit()
        self._on_written(letter)

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _on_written(self, path: Path) -> None:
        self.say(self.tr("Written: {0}").format(path))
        supervisor_files.open_file(path)
