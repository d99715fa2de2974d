"""Station and printer: this station's printer profile (one of printers/), a test page and a drawer
test on the profile picked, and the receipts folder (services/station_options.py; station.toml)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from cashier_app.config import TEXT_SIZES, StationConfig, default_config_path
from cashier_app.db import Database
from cashier_app.receipts.profiles import ProfileError
from cashier_app.receipts.station_printer import open_named_printer
from cashier_app.services import settings, station_options
from cashier_app.services.access import Actor
from cashier_app.services.station_options import PrintTestOutcome
from cashier_app.ui.admin.notice import Notice, caption
from cashier_app.ui.context import CounterContext
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import Card, ErrorLabel, label, push_button


def print_test(db: Database, config: StationConfig, profile: str) -> PrintTestOutcome:
    """On a worker thread: the test page with the City's receipt header."""
    header = tuple(settings.get_setting(db, "receipt.header"))
    return station_options.print_test_page(config, profile, header)


def drawer_test(db: Database, actor: Actor, config: StationConfig, profile: str) -> str:
    """On a worker thread: kick the drawer of printer ``profile``; "" when it opened, else why not."""
    return station_options.try_drawer(db, actor, open_named_printer(profile, config.resolved_receipts_dir()))



def choice_row(card: Card, explained: str, name: str, accessible: str, choices: list, save: str,
               save_tip: str) -> tuple[QComboBox, QPushButton, ErrorLabel]:
    """A caption, then a choice (objectName ``name``) with its Save button (``name``Save) on one line,
    then the error line (``name``Error) under them: one station option of the card."""
    card.body.addWidget(caption(explained))
    row = QHBoxLayout()
    combo = QComboBox(objectName=name)
    combo.setAccessibleName(accessible)
    for data, shown in choices:
        combo.addItem(shown, data)
    button = push_button(save, f"{name}Save", save_tip)
    row.addWidget(combo)
    row.addWidget(button)
    row.addStretch(1)
    card.body.addLayout(row)
    error = ErrorLabel(f"{name}Error")
    card.body.addWidget(error)
    return combo, button, error

class StationPage(QWidget):
    def __init__(self, context: CounterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminStationPage")
        self._context = context
        self.config: StationConfig = dataclasses.replace(context.station)  # this page's own copy, as saved
        self.jobs = JobRunner(self)
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(10)

        about = Card()
        about.add_title(tr("This station"))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        rows = ((tr("Station"), self.config.station, "stationName"),
                (tr("Receipt numbers"), f"{self.config.receipt_prefix}-000001, {self.config.receipt_prefix}-000002, …",
                 "stationPrefix"),
                (tr("Station config"), self.config.path or str(default_config_path()), "stationConfigPath"))
        for i, (title, value, name) in enumerate(rows):
            grid.addWidget(label(title, "field-caption"), i, 0)
            shown = label(value, "value", name)
            shown.setWordWrap(True)
            grid.addWidget(shown, i, 1)
        about.body.addLayout(grid)
        layout.addWidget(about)

        printer = Card()
        printer.add_title(tr("Receipt printer"))
        printer.body.addWidget(caption(tr("The printer profile (printers/ folder): connection, paper, cut and drawer. "
                                        "Try it with a test page and the drawer before saving.")))
        row = QHBoxLayout()
        self.profile = QComboBox(objectName="stationPrinterProfile")
        self.profile.setAccessibleName(tr("Printer profile"))
        self.profile.setMinimumWidth(300)
        self.save_printer = push_button(tr("Save printer"), "stationPrinterSave",
                                        tr("This station prints on the profile picked (from the next sign-in)"),
                                        "primary")
        self.test_page = push_button(tr("Print test page"), "printTestButton",
                                     tr("Print a sample receipt marked TEST on the profile picked"))
        self.drawer_test = push_button(tr("Open drawer"), "drawerTestButton",
                                       tr("Open the cash drawer through the profile picked (audited)"))
        row.addWidget(self.profile)
        row.addWidget(self.test_page)
        row.addWidget(self.drawer_test)
        row.addStretch(1)
        row.addWidget(self.save_printer)
        printer.body.addLayout(row)
        self.printer_error = ErrorLabel("stationPrinterError")
        printer.body.addWidget(self.printer_error)
        self.test_result = label("", "caption", "printerTestResult")
        self.test_result.setWordWrap(True)
        printer.body.addWidget(self.test_result)
        layout.addWidget(printer)

        receipts = Card()
        receipts.add_title(tr("Receipts folder"))
        receipts.body.addWidget(caption(tr("Where the file and PDF printers write. Empty: the receipts folder of this "
                                         "station's data folder.")))
        row = QHBoxLayout()
        self.receipts_dir = QLineEdit(objectName="receiptsFolder")
        self.receipts_dir.setAccessibleName(tr("Receipts folder"))
        self.receipts_dir.setMaxLength(300)
        self.receipts_dir.setPlaceholderText(str(StationConfig().resolved_receipts_dir()))
        self.choose_receipts = push_button(tr("Choose…"), "receiptsFolderChoose", tr("Pick the folder"))
        self.save_receipts = push_button(tr("Save folder"), "receiptsFolderSave", tr("Save the receipts folder"))
        row.addWidget(self.receipts_dir, 1)
        row.addWidget(self.choose_receipts)
        row.addWidget(self.save_receipts)
        receipts.body.addLayout(row)
        self.receipts_error = ErrorLabel("receiptsFolderError")
        receipts.body.addWidget(self.receipts_error)
        layout.addWidget(receipts)
        text = Card()
        text.add_title(tr("Text size and language"))
        self.text_size, self.save_text_size, self.text_size_error = choice_row(
            text, tr("The size of the type on every screen of this station, for a cashier who needs it larger. It "
                     "applies when the app is started again."),
            "stationTextSize", tr("Text size"), [(size, tr("{0} %").format(size)) for size in TEXT_SIZES],
            tr("Save text size"), tr("Save this station's text size"))
        self.language, self.save_language, self.language_error = choice_row(
            text, tr("The language of this station's window and of its day report, from the app's next start."),
            "stationLanguage", tr("Language"), [("", tr("This PC's language")), ("en", "English"), ("fr", "Français")],
            tr("Save language"), tr("Save this station's language"))
        self.receipt_language, self.save_receipt_language, self.receipt_language_error = choice_row(
            text, tr("The language of what customers take away: receipts, slips and letters."),
            "stationReceiptLanguage", tr("Receipt language"),
            [("", tr("As the window")), ("en", "English"), ("fr", "Français")],
            tr("Save receipt language"), tr("Save the language of this station's receipts and letters"))
        layout.addWidget(text)
        self.notice = Notice("stationNotice")
        layout.addWidget(self.notice)
        self.error = ErrorLabel("stationError")
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.save_printer.clicked.connect(self.save_profile)
        self.test_page.clicked.connect(self.print_test_page)
        self.drawer_test.clicked.connect(self.open_drawer)
        self.choose_receipts.clicked.connect(self._choose_folder)
        self.save_receipts.clicked.connect(self.save_folder)
        self.receipts_dir.returnPressed.connect(self.save_folder)
        self.save_text_size.clicked.connect(self.save_size)
        self.save_language.clicked.connect(self.save_window_language)
        self.save_receipt_language.clicked.connect(self.save_receipt_languages)
        self.receipts_dir.textEdited.connect(lambda _t: self.receipts_error.clear_error())
        self.profile.currentIndexChanged.connect(lambda _i: self.printer_error.clear_error())
        self.jobs.busy_changed.connect(self._on_busy)
        self._fill()

    @property
    def busy(self) -> bool:
        return False

    def _fill(self) -> None:
        described = station_options.profile_names(described=True)
        if self.config.printer not in described:
            described = {self.config.printer: "", **described}  # a path or a missing profile: as it is
        self.profile.clear()
        for name, title in described.items():
            self.profile.addItem(f"{name} — {title}" if title else name, name)
        self.choose_profile(self.config.printer)
        self.receipts_dir.setText(self.config.receipts_dir)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(self.config.text_size)))
        self.language.setCurrentIndex(max(0, self.language.findData(self.config.language)))
        self.receipt_language.setCurrentIndex(max(0, self.receipt_language.findData(self.config.receipt_language)))

    def chosen_profile(self) -> str:
        return self.profile.currentData() or self.profile.currentText()

    def choose_profile(self, name: str) -> None:
        self.profile.setCurrentIndex(max(0, self.profile.findData(name)))

    def open_fresh(self) -> None:
        if self.chosen_profile() == self.config.printer:
            self._fill()

    def _on_busy(self, busy: bool) -> None:
        for button in (self.save_printer, self.test_page, self.drawer_test, self.save_receipts, self.save_text_size,
                       self.save_language, self.save_receipt_language):
            button.setEnabled(not busy)

    def _start(self) -> bool:
        if self.jobs.busy:
            return False
        self.notice.clear()
        for error in (self.printer_error, self.receipts_error, self.text_size_error, self.language_error,
                      self.receipt_language_error, self.error):
            error.clear_error()
        return True

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ProfileError) or getattr(exc, "field", "") == "printer":
            self.printer_error.show_error(str(exc))
        elif getattr(exc, "field", "") == "receipts_dir":
            self.receipts_error.show_error(str(exc))
        elif getattr(exc, "field", "") == "text_size":
            self.text_size_error.show_error(str(exc))
        elif getattr(exc, "field", "") == "language":
            self.language_error.show_error(str(exc))
        elif getattr(exc, "field", "") == "receipt_language":
            self.receipt_language_error.show_error(str(exc))
        else:
            self.error.show_error(error_message(exc))

    # -- printer ----------------------------------------------------------------------------------

    def save_profile(self) -> None:
        if not self._start():
            return
        ctx, name = self._context, self.chosen_profile()
        self.jobs.run(station_options.set_station_printer, ctx.db, ctx.actor, self.config, name,
                      on_done=lambda new: self._on_saved(new, self.tr(
                          "Saved: this station prints on {0} from the next sign-in.").format(name)),
                      on_error=self._refused)

    def print_test_page(self) -> None:
        if not self._start():
            return
        self.test_result.clear()
        ctx = self._context
        self.jobs.run(print_test, ctx.db, self.config, self.chosen_profile(), on_done=self._on_test_page,
                      on_error=self._refused)

    def _on_test_page(self, outcome: PrintTestOutcome) -> None:
        if outcome.delivery is None:
            self.printer_error.show_error(self.tr("Test page not printed: {0}").format(outcome.before.message))
        elif not outcome.printed:
            self.printer_error.show_error(self.tr("Test page not finished: {0}").format(outcome.delivery.message))
        else:
            self.notice.setText(self.tr("Test page printed: {0}").format(outcome.delivery.where))
        self.test_result.setText(self.tr("Printer: {0} · {1}").format(
            outcome.printer, (outcome.after or outcome.before).message))

    def open_drawer(self) -> None:
        if not self._start():
            return
        ctx = self._context
        self.jobs.run(drawer_test, ctx.db, ctx.actor, self.config, self.chosen_profile(),
                      on_done=self._on_drawer, on_error=self._refused)

    def _on_drawer(self, problem: str) -> None:
        if problem:
            self.printer_error.show_error(problem)
        else:
            self.notice.setText(self.tr("The drawer was told to open."))

    # -- receipts folder --------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Receipts folder"), self.receipts_dir.text())
        if chosen:
            self.receipts_dir.setText(chosen)
            self.receipts_error.clear_error()

    def save_folder(self) -> None:
        if not self._start():
            return
        ctx, folder = self._context, self.receipts_dir.text()
        self.jobs.run(station_options.set_receipts_folder, ctx.db, ctx.actor, self.config, folder,
                      on_done=lambda new: self._on_saved(new, self.tr(
                          "Saved: receipts go to {0} from the next sign-in.").format(
                          Path(new.resolved_receipts_dir()))), on_error=self._refused)

    def save_size(self) -> None:
        if not self._start():
            return
        ctx, size = self._context, self.text_size.currentData()
        self.jobs.run(station_options.set_text_size, ctx.db, ctx.actor, self.config, size,
                      on_done=lambda new: self._on_saved(new, self.tr(
                          "Saved: text at {0} % from the app's next start.").format(size)), on_error=self._refused)

    def save_window_language(self) -> None:
        if not self._start():
            return
        ctx, language = self._context, self.language.currentData()
        self.jobs.run(station_options.set_language, ctx.db, ctx.actor, self.config, language,
                      on_done=lambda new: self._on_saved(new, self.tr(
                          "Saved: {0} from the app's next start.").format(self.language.currentText())),
                      on_error=self._refused)

    def save_receipt_languages(self) -> None:
        if not self._start():
            return
        ctx, language = self._context, self.receipt_language.currentData()
        self.jobs.run(station_options.set_receipt_language, ctx.db, ctx.actor, self.config, language,
                      on_done=lambda new: self._on_saved(new, self.tr(
                          "Saved: receipts and letters in {0} from the app's next start.").format(
                              self.receipt_language.currentText())),
                      on_error=self._refused)

    def _on_saved(self, config: StationConfig, text: str) -> None:
        self.config = config
        self.notice.setText(text)
