"""Sign in at the station. The password check (argon2) runs in the background."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cashier_app.config import StationConfig
from cashier_app.db import Database
from cashier_app.services.access import Actor
from cashier_app.services.settings import DEFAULTS, get_setting
from cashier_app.services.users import authenticate
from cashier_app.ui.errors import error_message
from cashier_app.ui.jobs import JobRunner
from cashier_app.ui.widgets import ErrorLabel, label


class LoginDialog(QDialog):
    """Accepted once a user signed in; ``actor`` is then who it is."""

    def __init__(self, db: Database, station: StationConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._db, self._station = db, station
        self.actor: Actor | None = None
        self.city_name = DEFAULTS["city.name"]  # the setting's, read in the background below
        self.jobs = JobRunner(self)
        self._reads = JobRunner(self)  # its own runner: a sign-in is never held up by this read
        self._build()
        self.use_city_name(self.city_name)
        self._reads.run(get_setting, db, "city.name", on_done=self.use_city_name, on_error=lambda _exc: None)
        self.button.clicked.connect(self._on_sign_in_clicked)
        self.cancel.clicked.connect(self.reject)
        self.user.returnPressed.connect(self._on_user_entered)
        self.password.returnPressed.connect(self._on_sign_in_clicked)
        self.user.textEdited.connect(self._on_edited)
        self.password.textEdited.connect(self._on_edited)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 22)
        layout.setSpacing(6)
        self.title = label("", "login-title", "loginTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        where = label(self.tr("Utility payments counter · City Hall, 300 South Washington Street"), "caption")
        where.setWordWrap(True)  # a longer translation takes two lines, never cut
        layout.addWidget(where)
        station = label(self.tr("Station {0}").format(self._station.station), "badge-info", "loginStation")
        layout.addWidget(station, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(10)
        self.user = QLineEdit(objectName="loginUser")
        self.user.setMaxLength(40)
        self.password = QLineEdit(objectName="loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(200)
        for caption, field in ((self.tr("User name"), self.user), (self.tr("Password"), self.password)):
            layout.addWidget(label(caption, "field-caption"))
            field.setAccessibleName(caption)
            layout.addWidget(field)
        self.error = ErrorLabel("loginError")
        layout.addWidget(self.error)
        layout.addSpacing(10)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton(self.tr("Quit"), objectName="loginCancel")
        self.cancel.setAutoDefault(False)
        self.button = QPushButton(self.tr("Sign in"), objectName="loginButton")
        self.button.setProperty("role", "primary")
        self.button.setAutoDefault(False)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.button)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)
        self.user.setFocus()

    def use_city_name(self, name: str) -> None:
        """The City's name (setting city.name; "" = none) in the title and above the fields."""
        self.city_name = name.strip()
        self.setWindowTitle(self.tr("Sign in — {0} utility payments").format(self.city_name) if self.city_name
                            else self.tr("Sign in — Utility payments"))
        self.title.setText(self.city_name or self.tr("Utility payments"))

    def _on_edited(self, _text: str) -> None:
        self.error.clear_error()

    def _on_user_entered(self) -> None:
        self.password.setFocus()

    def _on_sign_in_clicked(self) -> None:
        if self.jobs.busy:
            return
        username, password = self.user.text().strip(), self.password.text()
        if not username:
            self._refuse(self.tr("Enter your user name."), self.user)
            return
        if not password:
            self._refuse(self.tr("Enter your password."), self.password)
            return
        self._set_busy(True)
        self.jobs.run(authenticate, self._db, username, password, self._station.station,
                      on_done=self._on_signed_in, on_error=self._on_refused)

    def _on_signed_in(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self._refuse(error_message(exc), self.password)

    def _refuse(self, message: str, field: QLineEdit) -> None:
        self.error.show_error(message)
        field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        self.user.setReadOnly(busy)
        self.password.setReadOnly(busy)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Esc clears the form (the next person signs in); only Quit or closing the window quits.
        if event.key() == Qt.Key.Key_Escape:
            if not self.jobs.busy:
                self.user.clear()
                self.password.clear()
                self.error.clear_error()
                self.user.setFocus()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        self.jobs.wait_for_done(10_000)  # the database must outlive a check in progress
        super().done(result)
