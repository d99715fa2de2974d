"""The setup assistant: one dialog, a page per step, Back / Next / Finish pinned at the bottom.

It opens instead of the counter when this PC has no station.toml (ui/setup/first_run.py). The
pages only collect and check answers; **Finish** hands them to the set-up service
(services/setup/station_setup.set_up_station, the same one ``cashier-app init`` calls) in the
background. Cancel (Esc) at any page leaves no file and no row.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QVBoxLayout, QWidget

from cashier_app.services.setup.database_probe import SetupRefused
from cashier_app.services.setup.station_setup import SetupResult, set_up_station
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.setup.admin_page import AdminPage
from cashier_app.ui.setup.database_page import DatabasePage
from cashier_app.ui.setup.finish_page import FinishPage, plan_of
from cashier_app.ui.setup.keys_page import KeysPage
from cashier_app.ui.setup.page import SetupAnswers, SetupPage
from cashier_app.ui.setup.printer_page import PrinterPage
from cashier_app.ui.setup.station_page import StationPage
from cashier_app.ui.widgets import button_row, label, push_button

# Which page a refusal found at Finish goes back to, by the field it is about.
_FIELD_PAGES = {"station": StationPage, "receipt_prefix": StationPage, "admin_user": AdminPage,
                "admin_password": AdminPage, "audit_key": KeysPage, "draft_key": KeysPage, "printer": PrinterPage,
                "host": DatabasePage, "port": DatabasePage, "database": DatabasePage, "user": DatabasePage,
                "password": DatabasePage}


class SetupAssistant(QDialog):
    set_up = Signal(object)  # the SetupResult, once Finish wrote everything

    def __init__(self, answers: SetupAnswers | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupAssistant")
        self.setWindowTitle(self.tr("Set up this station — Utility payments"))  # no database yet: no City's name
        self.answers = answers or SetupAnswers()
        self.jobs = JobRunner(self)
        self.result: SetupResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(6)
        layout.addWidget(label(self.tr("Set up this station"), "dialog-title"))
        self.step = label("", "caption", "setupStep")
        layout.addWidget(self.step)
        layout.addSpacing(4)
        self.stack = QStackedWidget(objectName="setupPages")
        self.pages: list[SetupPage] = [page(self.answers, self.jobs, self.stack) for page in
                                       (DatabasePage, StationPage, PrinterPage, AdminPage, KeysPage, FinishPage)]
        for page in self.pages:
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        self.cancel = push_button(self.tr("Cancel   Esc"), "setupCancel", self.tr("Leave without writing anything"))
        self.back = push_button(self.tr("Back"), "setupBack")
        self.next = push_button(self.tr("Next"), "setupNext", role="primary")
        layout.addLayout(button_row(self.cancel, None, self.back, self.next))
        self.setMinimumWidth(620)
        self.resize(720, 680)  # the tallest page without scrolling; a smaller screen makes it scroll
        self.cancel.clicked.connect(self.reject)
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.jobs.busy_changed.connect(self._on_busy)
        self._show(0)

    # -- navigation ---------------------------------------------------------------------------

    @property
    def page(self) -> SetupPage:
        return self.pages[self.stack.currentIndex()]

    def _steps(self) -> list[SetupPage]:
        return [p for p in self.pages if p.applies()]

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        steps = self._steps()
        number = steps.index(page) + 1 if page in steps else index + 1
        self.step.setText(self.tr("Step {0} of {1}: {2}").format(number, len(steps), page.title()))
        self.back.setEnabled(index > 0)
        last = page is self.pages[-1]
        self.next.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next.setToolTip(self.tr("Write the set-up and open the sign-in") if last else "")
        page.enter()

    def go_next(self) -> None:
        if self.jobs.busy:
            return
        if self.page is self.pages[-1]:
            self.finish()
            return
        here = self.page
        here.leave(lambda: self._advance(here))

    def _advance(self, page: SetupPage) -> None:
        if self.page is not page:
            return
        index = self.pages.index(page) + 1
        while not self.pages[index].applies():
            index += 1
        self._show(index)

    def go_back(self) -> None:
        if self.jobs.busy:
            return
        index = self.stack.currentIndex() - 1
        while index > 0 and not self.pages[index].applies():
            index -= 1
        self._show(max(index, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            # Enter in a field goes to the page's next field; in its last field (or a choice): Next.
            following = self.page.field_after(QApplication.focusWidget())
            if following is not None:
                following.setFocus()
            else:
                self.go_next()
            return
        super().keyPressEvent(event)

    # -- Finish -------------------------------------------------------------------------------

    def finish(self) -> None:
        self.page.clear_errors()
        self.next.setText(self.tr("Setting up…"))
        self.jobs.run(set_up_station, plan_of(self.answers), on_done=self._on_set_up, on_error=self._on_refused)

    def _on_set_up(self, result: SetupResult) -> None:
        self.result = result
        self.set_up.emit(result)
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        self.next.setText(self.tr("Finish"))
        page_type = _FIELD_PAGES.get(getattr(exc, "field", "")) if isinstance(exc, SetupRefused) else None
        if page_type is not None:
            index = next(i for i, p in enumerate(self.pages) if isinstance(p, page_type))
            self._show(index)
            if self.page.show_refusal(exc):
                return
        self.pages[-1].errors["finish"][1].show_error(error_message(exc))

    def _on_busy(self, busy: bool) -> None:
        for button in (self.back, self.next, self.cancel):
            button.setEnabled(not busy and (button is not self.back or self.stack.currentIndex() > 0))

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self.jobs.wait_for_done(15_000)  # a connection test in progress ends before the dialog goes
        super().done(result)
