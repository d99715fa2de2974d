"""Lays out the supervisor screen: the day's drawer sessions, then the day's close and its papers."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QHBoxLayout, QLineEdit, QVBoxLayout

from cashier_app.i18n import window_locale
from cashier_app.services import business_day
from cashier_app.ui.drawer_models import SessionColumn, SessionsModel
from cashier_app.ui.widgets import Card, ErrorLabel, label, list_table, push_button


class SupervisorScreenView:
    def __init__(self, dialog: QDialog) -> None:
        tr = dialog.tr
        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(label(tr("Supervisor"), "dialog-title"))
        top.addStretch(1)
        top.addWidget(label(tr("Business date"), "field-caption"))
        self.date = QDateEdit(QDate(business_day.today()), objectName="supervisorDate")  # the City's date
        self.date.setCalendarPopup(True)
        self.date.setLocale(window_locale())  # the day and month names of the window's language
        self.date.setDisplayFormat(tr("ddd MMM d, yyyy"))
        self.date.setAccessibleName(tr("Business date"))
        top.addWidget(self.date)
        self.refresh = push_button(tr("Refresh   F5"), "refreshSessionsButton", tr("Read the sessions again (F5)"))
        top.addWidget(self.refresh)
        layout.addLayout(top)

        sessions = Card()
        sessions.add_title(tr("Drawer sessions"))
        self.model = SessionsModel(dialog)
        self.table = list_table("sessionsTable", self.model, SessionColumn.APPROVED_BY, row_height=28)
        self.table.setMinimumHeight(170)
        sessions.body.addWidget(self.table, 1)
        self.sessions_caption = label("", "caption", "sessionsCaption")
        sessions.body.addWidget(self.sessions_caption)
        row = QHBoxLayout()
        self.pickup = push_button(tr("Pick-up…"), "sessionPickupButton",
                              tr("Take excess cash from the selected open drawer to the safe, counted by unit"))
        row.addWidget(self.pickup)
        self.count = push_button(tr("Count…"), "sessionCountButton",
                             tr("Count and close the selected open drawer for its cashier (who is away): "
                                "the same blind count"))
        row.addWidget(self.count)
        row.addSpacing(18)
        self.note = QLineEdit(objectName="sessionApprovalNote")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(tr("Note on the difference (required to approve)"))
        self.note.setAccessibleName(tr("Note on the difference"))
        row.addWidget(self.note, 1)
        self.approve = push_button(tr("Approve difference"), "sessionApproveButton",
                               tr("Accept the selected counted drawer's over/short with your note; it closes"),
                               "danger")
        row.addWidget(self.approve)
        sessions.body.addLayout(row)
        self.sessions_error = ErrorLabel("sessionsError")
        sessions.body.addWidget(self.sessions_error)
        layout.addWidget(sessions, 1)

        day = Card()
        day.add_title(tr("The day"))
        self.day_state = label("", "caption", "dayState")
        self.day_state.setWordWrap(True)
        day.body.addWidget(self.day_state)
        row = QHBoxLayout()
        self.close_day = push_button(tr("Close the day…"), "closeDayButton",
                                 tr("Close the business date: every drawer of it must be closed first"), "primary")
        self.report_pdf = push_button(tr("Day report (PDF)"), "dayReportPdfButton",
                                  tr("Write and open the end-of-day report (totals, sessions, voids)"))
        self.report_csv = push_button(tr("Day report (CSV)"), "dayReportCsvButton",
                                  tr("Write the end-of-day report as a spreadsheet file"))
        self.deposit = push_button(tr("Deposit slip"), "depositSlipButton",
                               tr("Write and open the deposit slip: cash by unit, each check and money order"))
        self.export = push_button(tr("Posting export"), "postingExportButton",
                              tr("Write the day's payments for the billing system (the day must be closed)"))
        for button in (self.close_day, self.report_pdf, self.report_csv, self.deposit, self.export):
            row.addWidget(button)
        row.addStretch(1)
        day.body.addLayout(row)
        self.day_error = ErrorLabel("dayError")
        day.body.addWidget(self.day_error)
        layout.addWidget(day)

        self.notice = label("", "notice-ok", "supervisorNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
        layout.addWidget(self.notice)
        bottom = QHBoxLayout()
        self.returned = push_button(tr("Returned checks…"), "returnedChecksButton",
                                tr("Record a check the bank returned (NSF): reversal, fee, notice to the customer"))
        bottom.addWidget(self.returned)
        self.bank_draft = push_button(tr("Bank draft…"), "bankDraftButton",
                                      tr("Draft runs (the bank's file), enrollments taken today, returns"))
        bottom.addWidget(self.bank_draft)
        bottom.addStretch(1)
        self.close = push_button(tr("Close   Esc"), "supervisorClose", tr("Back to the counter"))
        bottom.addWidget(self.close)
        layout.addLayout(bottom)
