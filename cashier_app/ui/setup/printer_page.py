"""Page 3: the receipt printer's profile, tried with a test page and a drawer opening."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout

from cashier_app.receipts.profiles import ProfileError, load_profile
from cashier_app.services.setup import printer_check
from cashier_app.ui.errors import error_message
from cashier_app.ui.setup.page import SetupPage
from cashier_app.ui.widgets import label, push_button


class PrinterPage(SetupPage):
    def __init__(self, answers, jobs, parent=None) -> None:  # noqa: ANN001
        super().__init__(answers, jobs, "setupPrinterPage", parent)
        tr = self.tr
        self.intro(tr("The receipt printer, by its profile in the printers folder (the administrator's guide says "
                      "how to make one). \"file\" writes receipts to files: no printer needed. Try the printer "
                      "here: the buttons print and open the drawer at once."))
        self.body.addWidget(label(tr("Printer profile"), "field-caption"))
        self.profile = QComboBox(objectName="setupPrinterProfile")
        self.profile.setAccessibleName(tr("Printer profile"))
        for name in printer_check.profile_names():
            self.profile.addItem(name, name)
        self.body.addWidget(self.profile)
        self.description = label("", "caption", "setupPrinterDescription")
        self.description.setWordWrap(True)
        self.body.addWidget(self.description)
        self.body.addSpacing(6)
        row = QHBoxLayout()
        self.test_page = push_button(tr("Print test page"), "setupPrintTest", tr("Print the test page on this printer"))
        self.drawer = push_button(tr("Open drawer"), "setupOpenDrawer", tr("Open the cash drawer through this printer"))
        row.addWidget(self.test_page)
        row.addWidget(self.drawer)
        row.addStretch(1)
        self.body.addLayout(row)
        self.result = label("", "notice-ok", "setupPrinterResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.body.addWidget(self.result)
        self.error_under(self.body, self.profile, "printer", "setupPrinterError")
        self.body.addStretch(1)
        self.profile.currentIndexChanged.connect(self._on_profile)
        self.test_page.clicked.connect(lambda: self._try(printer_check.print_test_page))
        self.drawer.clicked.connect(lambda: self._try(printer_check.open_drawer))

    def title(self) -> str:
        return self.tr("Printer")

    def enter(self) -> None:
        index = self.profile.findData(self.answers.printer)
        self.profile.setCurrentIndex(max(index, 0))
        self._on_profile()
        self.profile.setFocus()

    def chosen(self) -> str:
        return self.profile.currentData() or ""

    def _on_profile(self) -> None:
        self.clear_errors()
        self.result.hide()
        try:
            profile = load_profile(self.chosen())
        except ProfileError as exc:
            self.description.setText("")
            self.errors["printer"][1].show_error(str(exc))
            return
        self.description.setText(self.tr("{0}: {1}, {2} mm paper, {3} columns, drawer pin {4}").format(
            profile.name, profile.connection, profile.paper_width_mm, profile.columns, profile.drawer_pin))

    def _try(self, action) -> None:  # noqa: ANN001 - a printer_check function
        if self.jobs.busy:
            return
        self.clear_errors()
        self.result.hide()
        for button in (self.test_page, self.drawer):
            button.setEnabled(False)
        self.jobs.run(action, self.chosen(), self.answers.station, on_done=self._on_done, on_error=self._on_failed)

    def _on_done(self, said: str) -> None:
        self._idle()
        self.result.setText(said)
        self.result.show()

    def _on_failed(self, exc: BaseException) -> None:
        self._idle()
        if not self.show_refusal(exc):
            self.errors["printer"][1].show_error(error_message(exc))

    def _idle(self) -> None:
        for button in (self.test_page, self.drawer):
            button.setEnabled(True)

    def leave(self, go_on: Callable[[], None]) -> None:
        self.clear_errors()
        try:
            printer_check.checked_profile(self.chosen())
        except Exception as exc:  # noqa: BLE001 - a SetupRefused lands under its field
            if not self.show_refusal(exc):
                raise
            return
        self.answers.printer = self.chosen()
        go_on()
