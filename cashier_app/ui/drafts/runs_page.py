"""The "Runs" page of the Bank draft dialog: make the run of a draft date (the file saved where the
supervisor chooses), read its report, void it or mark it sent; the list of runs with their status.

Every action is a service call in the background (services/drafts/); the services check the
supervisor role and refuse what cannot be done, with one message shown at its place.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from cashier_app.money import format_amount
from cashier_app.services import business_day
from cashier_app.services.drafts import run_changes, run_report, runs
from cashier_app.services.drafts.run_report import RunReport, RunSummary
from cashier_app.services.drafts.runs import RunResult
from cashier_app.ui import supervisor_files
from cashier_app.ui.context import CounterContext
from cashier_app.ui.drafts.run_models import shown_date, status_name
from cashier_app.ui.drafts.runs_page_view import RunsPageView
from cashier_app.ui.errors import error_message


class RunsPage(QWidget):
    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftRunsPage")
        self._context = context
        self._seq = 0
        self.last_result: RunResult | None = None
        self.report: RunReport | None = None
        self.view = v = RunsPageView(self)
        v.make.clicked.connect(self.make_run)
        v.refresh.clicked.connect(self.refresh)
        v.sent.clicked.connect(self.mark_sent)
        v.void.clicked.connect(self.void_selected)
        v.date.dateChanged.connect(lambda _d: v.date_error.clear_error())
        v.runs.selectionModel().currentRowChanged.connect(lambda *_a: self._on_run_chosen())
        self._update_buttons()  # Mark sent and Void wait for a run to be chosen

    @property
    def draft_date(self) -> dt.date:
        return self.view.date.date().toPython()

    def open_fresh(self) -> None:
        """Today's view: the list of runs read again."""
        v = self.view
        v.notice.clear()
        v.error.clear_error()
        v.date_error.clear_error()
        today = business_day.today()
        if self.view.runs_model.rowCount() == 0:
            v.date.setDate(QDate(today + dt.timedelta(days=9)))
        self.refresh()

    def selected(self) -> RunSummary | None:
        index = self.view.runs.currentIndex()
        return self.view.runs_model.row(index.row()) if index.isValid() else None

    # -- where the file goes (tests replace these) ----------------------------------------------

    def choose_file(self, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the bank draft file"), str(suggested),
                                                    self.tr("ACH files (*.ach *.txt);;All files (*)"))
        return Path(name) if name else None

    def ask_reason(self, run: RunSummary) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Void run {0}").format(run.run_id),
            self.tr("Why is run {0} ({1} debits, {2}) voided? Its file must not be sent.").format(
                run.run_id, run.debits, format_amount(run.total)), QLineEdit.EchoMode.Normal, "")
        return text if ok else None

    # -- actions --------------------------------------------------------------------------------

    def make_run(self) -> None:
        v, day = self.view, self.draft_date
        v.date_error.clear_error()
        v.error.clear_error()
        suggested = supervisor_files.new_file(business_day.today(), f"draft-run-{day.isoformat()}", ".ach")
        out = self.choose_file(suggested)
        if out is None:
            return
        ctx = self._context
        v.make.setEnabled(False)
        v.notice.setText(self.tr("Making the run of {0}…").format(shown_date(day)))
        ctx.jobs.run(runs.make_run, ctx.db, ctx.actor, day, out, on_done=self._on_made, on_error=self._on_make_refused)

    def mark_sent(self) -> None:
        run = self.selected()
        if run is None or run.status != "created":
            self.view.error.show_error(self.tr("Choose a run that is created and not sent."))
            return
        ctx = self._context
        self.view.error.clear_error()
        ctx.jobs.run(run_changes.mark_run_sent, ctx.db, ctx.actor, run.run_id,
                     on_done=lambda _none: self._after_change(self.tr("Run {0} is marked sent to the bank.").format(
                         run.run_id), run.run_id),
                     on_error=lambda exc: self.view.error.show_error(error_message(exc)))

    def void_selected(self) -> None:
        run = self.selected()
        if run is None or run.status != "created":
            self.view.error.show_error(self.tr("Choose a run that is created and not sent."))
            return
        reason = self.ask_reason(run)
        if reason is None:
            return
        ctx = self._context
        self.view.error.clear_error()
        ctx.jobs.run(run_changes.void_run, ctx.db, ctx.actor, run.run_id, reason,
                     on_done=self._on_voided, on_error=lambda exc: self.view.error.show_error(error_message(exc)))

    def refresh(self, keep: int | None = None) -> None:
        self._seq += 1
        seq, ctx = self._seq, self._context
        if keep is None and (chosen := self.selected()) is not None:
            keep = chosen.run_id
        ctx.jobs.run(run_report.list_runs, ctx.db, ctx.actor,
                     on_done=lambda found: self._on_runs(seq, found, keep),
                     on_error=lambda exc: self.view.error.show_error(error_message(exc)))

    # -- answers --------------------------------------------------------------------------------

    def _on_made(self, result: RunResult) -> None:
        v = self.view
        v.make.setEnabled(True)
        self.last_result = result
        v.notice.setText(self.tr("Run {0} made: {1} debits, {2}, {3} prenotes; settles {4}. File: {5}").format(
            result.run_id, f"{result.debits:,}", format_amount(result.total), f"{result.prenotes:,}",
            shown_date(result.effective_date), result.path))
        self.refresh(keep=result.run_id)

    def _on_make_refused(self, exc: BaseException) -> None:
        v = self.view
        v.make.setEnabled(True)
        v.notice.clear()
        (v.date_error if getattr(exc, "field", "") == "date" else v.error).show_error(error_message(exc))

    def _on_voided(self, done: run_changes.RunVoided) -> None:
        self._after_change(self.tr("Run {0} is voided: {1} payments taken back ({2}). Do not send {3}: delete it.")
                           .format(done.run_id, done.payments_voided + done.payments_charged_back,
                                   format_amount(done.total), done.file_name), done.run_id)

    def _after_change(self, text: str, run_id: int) -> None:
        self.view.notice.setText(text)
        self.refresh(keep=run_id)

    def _on_runs(self, seq: int, found: list[RunSummary], keep: int | None) -> None:
        if seq != self._seq:
            return
        v = self.view
        v.runs_model.set_rows(found)
        row = next((i for i, r in enumerate(found) if r.run_id == keep), 0 if found else -1)
        if row >= 0:
            v.runs.setCurrentIndex(v.runs_model.index(row, 0))
        else:
            self._show_report(None)
        self._update_buttons()

    def _on_run_chosen(self) -> None:
        self._update_buttons()
        run = self.selected()
        if run is None:
            return
        ctx = self._context
        ctx.jobs.run(run_report.run_report, ctx.db, ctx.actor, run.run_id,
                     on_done=self._show_report, on_error=lambda exc: self.view.error.show_error(error_message(exc)))

    def _show_report(self, report: RunReport | None) -> None:
        v = self.view
        self.report = report
        if report is None:
            v.lines_model.set_rows([])
            v.summary.setText(self.tr("No run yet. Choose the draft date printed on the bills and make the run."))
            v.notes.clear()
            return
        r = report.run
        v.report_title.setText(self.tr("Run {0} — {1}").format(r.run_id, status_name(r.status)))
        v.summary.setText(self.tr("Draft date {0}, settles {1} · file ID modifier {2} · {3} debits, total {4} · "
                                  "{5} prenotes · made by {6} · {7}").format(
            shown_date(r.draft_date), shown_date(r.effective_date), r.file_id_modifier, f"{r.debits:,}",
            format_amount(r.total), f"{r.prenotes:,}", r.created_by, r.file_name)
            + (self.tr(" · voided: {0}").format(r.void_reason) if r.void_reason else ""))
        v.lines_model.set_rows(report.lines)
        notes = [self.tr("Warning — account {0}: {1}").format(w.account_number, w.message) for w in report.warnings]
        notes += [self.tr("Not drafted — account {0}, bill of {1}: {2}").format(
            k.account_number, shown_date(k.bill_date), k.reason()) for k in report.skipped]
        v.notes.setPlainText("\n".join(notes) if notes else self.tr("No warnings; every bill of the date was drafted."))

    def _update_buttons(self) -> None:
        run = self.selected()
        can_change = run is not None and run.status == "created"
        self.view.sent.setEnabled(can_change)
        self.view.void.setEnabled(can_change)
