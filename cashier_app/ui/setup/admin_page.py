"""Page 4 (a new database only): the first administrator, with the password rules of every user."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

from cashier_app.services.setup.station_setup import check_admin
from cashier_app.services.users import MIN_PASSWORD_LENGTH
from cashier_app.ui.setup.page import SetupPage


class AdminPage(SetupPage):
    def __init__(self, answers, jobs, parent=None) -> None:  # noqa: ANN001
        super().__init__(answers, jobs, "setupAdminPage", parent)
        tr = self.tr
        self.intro(tr("The database is new: make its first administrator, who signs in next and adds the other "
                      "users. A password has at least {0} characters, is not a common one and does not contain "
                      "the user name.").format(MIN_PASSWORD_LENGTH))
        self.user = self.field(tr("Administrator's user name"), "setupAdminUser", "admin_user", 40)
        self.user.setText("admin")
        self.password = self.field(tr("Password"), "setupAdminPassword", "admin_password", 200)
        self.again = self.field(tr("Password again"), "setupAdminAgain", "admin_again", 200)
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("First administrator")

    def applies(self) -> bool:
        probe = self.answers.probe
        return probe is None or probe.needs_admin  # not known yet: counted among the steps

    def enter(self) -> None:
        self.password.setFocus()

    def leave(self, go_on: Callable[[], None]) -> None:
        self.clear_errors()
        try:
            check_admin(self.user.text(), self.password.text(), self.again.text())
        except Exception as exc:  # noqa: BLE001 - a SetupRefused lands under its field
            if not self.show_refusal(exc):
                raise
            return
        self.answers.admin_user, self.answers.admin_password = self.user.text().strip(), self.password.text()
        go_on()
