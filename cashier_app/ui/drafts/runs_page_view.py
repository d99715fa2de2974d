"""Lays out the draft runs page: make a run for a draft date, the run's report, the list of runs."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from cashier_app.i18n import window_locale
from cashier_app.services import business_day
from cashier_app.ui.drafts.run_models import LineColumn, ReportLinesModel, RunColumn, RunsModel
from cashier_app.ui.widgets import Card, ErrorLabel, label, list_table, push_button


class RunsPageView:
    def __init__(self, page: QWidget) -> None:
        tr = page.tr
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)

        make = Card()
        make.add_title(tr("Make the run of a draft date"))
        row = QHBoxLayout()
        row.addWidget(label(tr("Draft date on the bills"), "field-caption"))
        self.date = QDateEdit(QDate(business_day.today()).addDays(9), objectName="draftRunDate")  # the City's date
        self.date.setCalendarPopup(True)
        self.date.setLocale(window_locale())  # the day and month names of the window's language
        self.date.setDisplayFormat(tr("ddd MMM d, yyyy"))
        self.date.setAccessibleName(tr("Draft date on the bills"))
        row.addWidget(self.date)
        self.make = push_button(tr("Make run…"), "makeDraftRunButton",
                                tr("Draft every enrolled account's bill of this draft date for what is still due, "
                                   "send prenotes, and save the bank's file"), "primary")
        row.addWidget(self.make)
        row.addStretch(1)
        make.body.addLayout(row)
        self.date_error = ErrorLabel("draftRunDateError")
        make.body.addWidget(self.date_error)
        layout.addWidget(make)

        report = Card()
        self.report_title = report.add_title(tr("Run report"))
        self.summary = label(tr("Choose a run in the list below, or make one."), "caption", "draftRunSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        report.body.addWidget(self.summary)
        self.lines_model = ReportLinesModel(page)
        self.lines = list_table("draftRunReportTable", self.lines_model, LineColumn.WARNING, row_height=26)
        self.lines.setMinimumHeight(150)
        report.body.addWidget(self.lines, 2)
        self.notes = QPlainTextEdit(objectName="draftRunNotes")
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(72)
        self.notes.setAccessibleName(tr("Warnings and bills not drafted"))
        self.notes.setPlaceholderText(tr("Warnings and bills not drafted appear here."))
        report.body.addWidget(self.notes)
        layout.addWidget(report, 4)

        runs = Card()
        runs.add_title(tr("Runs"))
        self.runs_model = RunsModel(page)
        self.runs = list_table("draftRunsTable", self.runs_model, RunColumn.MADE_BY, row_height=26)
        self.runs.setMinimumHeight(80)
        self.runs.setMaximumHeight(150)  # a few months of runs; the report above gets the room
        runs.body.addWidget(self.runs, 1)
        row = QHBoxLayout()
        self.refresh = push_button(tr("Refresh"), "draftRunsRefresh", tr("Read the runs again"))
        self.sent = push_button(tr("Mark sent"), "markDraftRunSentButton",
                                tr("The file of the selected run went to the bank: final, it can no longer be voided"))
        self.void = push_button(tr("Void run…"), "voidDraftRunButton",
                                tr("Void the selected run (not sent): its payments are taken back, its bills can be "
                                   "drafted again"), "danger")
        for button in (self.refresh, self.sent, self.void):
            row.addWidget(button)
        row.addStretch(1)
        runs.body.addLayout(row)
        self.error = ErrorLabel("draftRunError")
        runs.body.addWidget(self.error)
        self.notice = label("", "notice-ok", "draftRunNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        runs.body.addWidget(self.notice)
        layout.addWidget(runs, 1)
