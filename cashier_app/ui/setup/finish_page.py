"""Last page: what Finish will write, in plain words; nothing is written before Finish."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from cashier_app import config as cfg
from cashier_app.db import shown_url
from cashier_app.services.setup.setup_keys import home_keys
from cashier_app.services.setup.station_setup import StationPlan
from cashier_app.ui.setup.page import SetupAnswers, SetupPage
from cashier_app.ui.widgets import label


def plan_of(answers: SetupAnswers) -> StationPlan:
    """The station plan the answers make (what ``cashier-app init`` would be told on its command line)."""
    station = cfg.StationConfig(station=answers.station, receipt_prefix=answers.receipt_prefix,
                                printer=answers.printer)
    server = answers.server
    url = cfg.default_db_url() if server is None else server.url()
    return StationPlan(url, station, remember_url=server is not None, admin_user=answers.admin_user,
                       admin_password=answers.admin_password, keys=answers.keys, config_path=answers.config_path)


class FinishPage(SetupPage):
    def __init__(self, answers, jobs, parent=None) -> None:  # noqa: ANN001
        super().__init__(answers, jobs, "setupFinishPage", parent)
        self.intro(self.tr("Nothing has been written yet. Finish writes what follows, then opens the sign-in."))
        self.body.addWidget(label(self.tr("This PC's cashier-app folder"), "field-caption"))
        self.folder = QLineEdit(objectName="setupHomeFolder")  # a long path scrolls here instead of being cut
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("This PC's cashier-app folder"))
        self.body.addWidget(self.folder)
        self.body.addSpacing(6)
        self.summary = label("", "value", "setupSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.summary)
        self.error_under(self.body, None, "finish", "setupFinishError")
        self.body.addStretch(1)

    def title(self) -> str:
        return self.tr("Finish")

    def enter(self) -> None:
        self.clear_errors()
        self.folder.setText(str(cfg.home()))
        self.folder.setCursorPosition(0)
        self.summary.setText("\n".join(f"•  {line}" for line in self.lines()))

    def lines(self) -> list[str]:
        tr, a = self.tr, self.answers
        plan = plan_of(a)
        where = (tr("this PC's own, cashier.db in the folder above") if a.server is None
                 else tr("the PostgreSQL database {0}").format(shown_url(plan.db_url)))
        if a.probe is not None and not a.probe.exists:
            lines = [tr("A new database: {0}; its tables are made").format(where)]
        elif a.probe is not None and a.probe.older:
            lines = [tr("Database: {0}; its schema is upgraded from {1} to {2}").format(where, a.probe.revision,
                                                                                       a.probe.head)]
        else:
            lines = [tr("Database: {0}").format(where)]
        lines.append(tr("Station {0}, receipts {1}-000001 on, printer profile {2}").format(
            a.station, a.receipt_prefix, a.printer))
        if a.admin_user and a.probe is not None and a.probe.needs_admin:
            lines.append(tr("First administrator: {0}").format(a.admin_user))
        audit_home, draft_home = home_keys()
        for home, source in ((audit_home, a.keys.audit_from), (draft_home, a.keys.draft_from)):
            if home.exists():
                lines.append(tr("{0}: the one already in the folder, kept").format(home.name))
            elif source is not None:
                lines.append(tr("{0}: copied from {1}").format(home.name, source))
            else:
                lines.append(tr("{0}: made (keep a copy apart from the backups)").format(home.name))
        if plan.remember_url:
            lines.append(tr("pgpass: the PostgreSQL password, readable by this user only"))
        config = Path(a.config_path) if a.config_path else cfg.default_config_path()
        lines.append(tr("{0}: this station's config").format(config.name if config.parent == cfg.home() else config))
        return lines
