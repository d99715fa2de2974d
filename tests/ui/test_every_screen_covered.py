"""Every window the app defines is checked for clipped text (issue 13, item 4): each window or
dialog class of cashier_app/ui is named here with the no-clip test that opens it at the counter's
screen sizes in English and with 40 % longer words, and each widget class that is a part of a
window says which window. A class added without a line here fails this test.

The message boxes and input dialogs are Qt's own (QMessageBox.question, QInputDialog.getText...),
sized by Qt to their text: the app builds none itself (checked below).
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import cashier_app.ui

TESTS = Path(__file__).parent
UI = Path(cashier_app.ui.__file__).parent

#: window or dialog class -> the test (file::function) that checks it for clipping.
WINDOWS = {
    "main_window.MainWindow": "test_screen_sizes.py::test_the_counter_window_fits_french_length_words",
    "login_dialog.LoginDialog": "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "drafts.enrollment_dialog.EnrollmentDialog":
        "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "void_dialog.VoidDialog": "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "drawer_count_dialog.DrawerCountDialog":
        "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "pickup_dialog.PickupDialog": "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "drawer_open_dialog.DrawerOpenDialog":
        "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "todays_payments.TodaysPaymentsDialog":
        "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "print_queue_dialog.PrintQueueDialog":
        "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "no_sale_dialog.NoSaleDialog": "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "mailed_checks.MailedChecksDialog":
        "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "returned_checks_dialog.ReturnedChecksDialog":
        "test_screen_sizes.py::test_every_dialog_fits_the_screen_with_its_buttons_in_sight",
    "supervisor_screen.SupervisorScreen": "test_supervisor_fit.py::test_the_supervisor_screen_and_the_bank_draft_pages_fit",
    "drafts.bank_draft_dialog.BankDraftDialog":
        "test_supervisor_fit.py::test_the_supervisor_screen_and_the_bank_draft_pages_fit",
    "drafts.scan_viewer.ScanViewer": "test_supervisor_fit.py::test_the_scan_viewer_and_the_lock_screen_fit",
    "idle_lock.LockScreen": "test_supervisor_fit.py::test_the_scan_viewer_and_the_lock_screen_fit",
    "admin.admin_window.AdministrationDialog": "test_admin_fit.py::test_every_page_of_the_administration_window_fits",
    "setup.assistant.SetupAssistant": "test_setup_fit.py::test_every_page_fits_the_screen_with_its_buttons_in_sight",
}

#: widget class that is a part of a window -> the window it is checked in (with every page shown).
PARTS = {
    "account_panel.AccountPanel": "main_window.MainWindow",
    "lookup_panel.LookupPanel": "main_window.MainWindow",
    "payment_panel.PaymentPanel": "main_window.MainWindow",
    "tender_editor.TenderEditor": "main_window.MainWindow",
    "usage_chart.UsageChart": "main_window.MainWindow",
    "drafts.draft_card.DraftCard": "main_window.MainWindow",
    "cash_count_table.CashCountTable": "drawer_count_dialog.DrawerCountDialog",
    "drafts.enrollment_dialog_view.ScanLine": "drafts.enrollment_dialog.EnrollmentDialog",
    "drafts.enrollment_dialog_view.DateField": "drafts.enrollment_dialog.EnrollmentDialog",
    "drafts.scan_drop.ScanDrop": "drafts.enrollment_dialog.EnrollmentDialog",
    "drafts.runs_page.RunsPage": "drafts.bank_draft_dialog.BankDraftDialog",
    "drafts.enrollments_today.EnrollmentsTodayPage": "drafts.bank_draft_dialog.BankDraftDialog",
    "drafts.returns_page.ReturnsPage": "drafts.bank_draft_dialog.BankDraftDialog",
    "admin.users_page.UsersPage": "admin.admin_window.AdministrationDialog",
    "admin.station_page.StationPage": "admin.admin_window.AdministrationDialog",
    "admin.settings_page.SettingsPage": "admin.admin_window.AdministrationDialog",
    "admin.import_page.ImportPage": "admin.admin_window.AdministrationDialog",
    "admin.backups_page.BackupsPage": "admin.admin_window.AdministrationDialog",
    "admin.notice.Notice": "admin.admin_window.AdministrationDialog",
    "setup.page.SetupPage": "setup.assistant.SetupAssistant",
    "setup.database_page.DatabasePage": "setup.assistant.SetupAssistant",
    "setup.station_page.StationPage": "setup.assistant.SetupAssistant",
    "setup.printer_page.PrinterPage": "setup.assistant.SetupAssistant",
    "setup.admin_page.AdminPage": "setup.assistant.SetupAssistant",
    "setup.keys_page.KeysPage": "setup.assistant.SetupAssistant",
    "setup.finish_page.FinishPage": "setup.assistant.SetupAssistant",
    # Building blocks used in every window (each use is checked where it is).
    "widgets.Card": "*", "widgets.ErrorLabel": "*", "widgets.Badge": "*", "widgets.AmountField": "*",
    "widgets.ElidedLabel": "*", "widgets.FlowRow": "*", "dialog_fit.BodyScroll": "*",
}


def widget_classes() -> dict[str, type]:
    """Every QWidget subclass defined in cashier_app.ui, by its module (less cashier_app.ui) and name."""
    found = {}
    for info in pkgutil.walk_packages(cashier_app.ui.__path__, "cashier_app.ui."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == module.__name__ and issubclass(value, QWidget):
                found[f"{module.__name__.removeprefix('cashier_app.ui.')}.{name}"] = value
    return found


def test_every_widget_class_is_a_covered_window_or_a_part_of_one():
    classes = widget_classes()
    unknown = sorted(set(classes) - set(WINDOWS) - set(PARTS))
    assert not unknown, (f"new window or widget classes: {unknown}; name the no-clip test that opens each window "
                         "in WINDOWS (tests/ui/test_every_screen_covered.py), or the window of each part in PARTS")
    gone = sorted((set(WINDOWS) | set(PARTS)) - set(classes))
    assert not gone, f"no longer in cashier_app/ui: {gone}"
    windows = sorted(name for name, cls in classes.items() if issubclass(cls, (QDialog, QMainWindow)))
    assert [name for name in windows if name not in WINDOWS] == []
    assert all(window in WINDOWS for window in PARTS.values() if window != "*")


def test_each_named_test_exists_and_uses_the_longer_words():
    for window, where in WINDOWS.items():
        file_name, function = where.split("::")
        source = (TESTS / file_name).read_text(encoding="utf-8")
        body = re.search(rf"^def {function}\(.*?(?=^def |^@|\Z)", source, re.S | re.M)
        assert body is not None, f"{window}: no test {where}"
        assert "french_length" in body.group(0), f"{where} does not run with the 40 % longer words"


def test_the_app_builds_no_message_box_of_its_own():
    """Qt's static message boxes and input dialogs size themselves to their text; one the app built
    (with a fixed size or a layout of its own) would have to be added to WINDOWS and its test."""
    built = [f"{path.relative_to(UI)}:{n}" for path in UI.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\b(QMessageBox|QInputDialog|QFileDialog|QProgressDialog)\(", line)]
    assert built == [], built
