"""Page 1: where the data lives, this PC's own database or a PostgreSQL server, with a Test
connection that says what is wrong (and what the database already holds) without writing."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from cashier_app import config as cfg
from cashier_app.services.setup.database_probe import DatabaseProbe, ServerAddress, probe_server, probe_sqlite
from cashier_app.ui.errors import error_message
from cashier_app.ui.setup.page import SetupPage
from cashier_app.ui.widgets import label, push_button

DEFAULT_PORT = 5432


def probe(server: ServerAddress | None) -> DatabaseProbe:
    """On a worker thread: the database chosen, looked at without writing."""
    return probe_sqlite(Path(cfg.default_db_url().removeprefix("sqlite:///"))) if server is None else probe_server(server)


class DatabasePage(SetupPage):
    def __init__(self, answers, jobs, parent=None) -> None:  # noqa: ANN001
        super().__init__(answers, jobs, "setupDatabasePage", parent)
        tr = self.tr
        self.intro(tr("Where this station keeps its data. One counter alone: this PC's own database. Several "
                      "counters sharing customers and the day's payments: a PostgreSQL server."))
        self.local = QRadioButton(tr("This PC's own database (one counter)"), objectName="setupLocalDatabase")
        self.server = QRadioButton(tr("A PostgreSQL server shared by several counters"),
                                   objectName="setupServerDatabase")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.server)
        self.body.addWidget(self.local)
        where = label(tr("The file cashier.db in this PC's cashier-app folder (shown on the last page)."),
                      "caption", "setupLocalPath")
        where.setToolTip(cfg.default_db_url().removeprefix("sqlite:///"))
        where.setWordWrap(True)
        self.body.addWidget(where)
        self.error_under(self.body, self.local, "local", "setupLocalError")
        self.body.addWidget(self.server)
        self.server_fields = QWidget(objectName="setupServerFields")
        fields = QVBoxLayout(self.server_fields)
        fields.setContentsMargins(24, 0, 0, 0)
        fields.setSpacing(4)
        row = QHBoxLayout()
        host_column, port_column = QVBoxLayout(), QVBoxLayout()
        self.host = self.field(tr("Server (name or address)"), "setupHost", "host", 253, host_column)
        self.port = self.field(tr("Port"), "setupPort", "port", 5, port_column)
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.port.setText(str(DEFAULT_PORT))
        row.addLayout(host_column, 3)
        row.addLayout(port_column, 1)
        fields.addLayout(row)
        self.database = self.field(tr("Database"), "setupDatabaseName", "database", 63, fields)
        self.user = self.field(tr("User name"), "setupUser", "user", 63, fields)
        self.password = self.field(tr("Password"), "setupPassword", "password", 200, fields)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        hint = label(tr("The password is kept in this PC's pgpass file (readable by this Windows user only), never "
                        "in station.toml."), "hint")
        hint.setWordWrap(True)
        fields.addWidget(hint)
        self.body.addWidget(self.server_fields)
        self.body.addSpacing(6)
        self.test = push_button(tr("Test connection"), "setupTestConnection",
                                tr("Connect and look at the database; nothing is written"))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test)
        test_row.addStretch(1)
        self.body.addLayout(test_row)
        self.result = label("", "notice-ok", "setupConnectionResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.body.addWidget(self.result)
        self.error_under(self.body, self.test, "connection", "setupConnectionError")
        self.body.addStretch(1)
        self.local.setChecked(answers.server is None)
        self.server.setChecked(answers.server is not None)
        self._on_choice()
        self.local.toggled.connect(self._on_choice)
        self.test.clicked.connect(lambda: self._test(None))
        for edit in (self.host, self.port, self.database, self.user, self.password):
            edit.textEdited.connect(self._forget_probe)

    def title(self) -> str:
        return self.tr("Database")

    def enter(self) -> None:
        (self.host if self.server.isChecked() else self.local).setFocus()

    def _on_choice(self) -> None:
        self.server_fields.setEnabled(self.server.isChecked())
        self._forget_probe()

    def _forget_probe(self) -> None:
        self.answers.probe = None
        self.result.hide()
        self.errors["connection"][1].clear_error()

    def chosen_server(self) -> ServerAddress | None:
        if self.local.isChecked():
            return None
        port = int(self.port.text()) if self.port.text().isdigit() else 0
        return ServerAddress(self.host.text().strip(), port, self.database.text().strip(), self.user.text().strip(),
                             self.password.text())

    def leave(self, go_on: Callable[[], None]) -> None:
        if self.answers.probe is not None:
            go_on()
        else:
            self._test(go_on)

    def _test(self, go_on: Callable[[], None] | None) -> None:
        if self.jobs.busy:
            return
        self.clear_errors()
        self.result.hide()
        server = self.chosen_server()
        self.test.setEnabled(False)
        self.test.setText(self.tr("Connecting…"))
        self.jobs.run(probe, server, on_done=lambda found: self._on_probed(server, found, go_on),
                      on_error=self._on_refused)

    def _on_probed(self, server: ServerAddress | None, found: DatabaseProbe, go_on) -> None:  # noqa: ANN001
        self._idle()
        self.answers.server, self.answers.probe = server, found
        self.result.setText(self.describe(found))
        self.result.show()
        if go_on is not None:
            go_on()

    def _on_refused(self, exc: BaseException) -> None:
        self._idle()
        if getattr(exc, "field", "") == "database" and self.local.isChecked():
            exc.field = "local"  # type: ignore[attr-defined]
        if not self.show_refusal(exc):
            self.errors["connection"][1].show_error(error_message(exc))

    def _idle(self) -> None:
        self.test.setEnabled(True)
        self.test.setText(self.tr("Test connection"))

    def describe(self, found: DatabaseProbe) -> str:
        tr = self.tr
        if not found.exists:
            return tr("Connected. A new, empty database: Finish creates its tables, this station and its first "
                      "administrator.")
        stations = ", ".join(f"{name} ({prefix})" for name, prefix in found.stations) or tr("none yet")
        text = tr("Connected to a cashier database: {0} users; stations {1}. This station joins it.").format(
            found.users, stations)
        if found.older:
            text += " " + tr("Its schema ({0}) is older than this app's ({1}): Finish upgrades it, and every "
                             "station using it must then run this version.").format(found.revision, found.head)
        return text
