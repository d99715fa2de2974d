"""Driving the setup assistant in tests: a fresh PostgreSQL database per test, page steps, the files
of a home."""
from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.engine import make_url

from cashier_app.services.setup.database_probe import ServerAddress
from cashier_app.ui.setup.assistant import SetupAssistant
from tests.conftest import PG_URL

ADMIN_PASSWORD = "tall-oak-window-9"


@pytest.fixture
def fresh_pg():
    """A new, empty PostgreSQL database of this test (dropped after), as the assistant's fields."""
    if not PG_URL:
        pytest.skip("CASHIER_TEST_PG_URL not set")
    name = f"setup_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL)
    yield ServerAddress(url.host or "127.0.0.1", url.port or 5432, name, url.username or "", url.password or "")
    for attempt in range(20):  # an autovacuum worker on the new database refuses FORCE for a moment
        try:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            break
        except sa.exc.ProgrammingError:
            if attempt == 19:
                raise
            time.sleep(0.5)
    admin.dispose()


def tables_of(server: ServerAddress) -> list[str]:
    engine = sa.create_engine(server.url())
    try:
        with engine.connect() as conn:
            return sa.inspect(conn).get_table_names()
    finally:
        engine.dispose()


def home_files(home: Path) -> list[str]:
    """The files in ``home`` once this process's audit witness is written (its writer thread may be
    between the temporary file and the rename: services/audit_witness.py)."""
    from cashier_app.services import audit_witness

    audit_witness.flush()
    return sorted(str(p.relative_to(home)) for p in home.rglob("*"))


def open_assistant(qtbot, **answers) -> SetupAssistant:  # noqa: ANN001
    from cashier_app.ui.setup.page import SetupAnswers

    assistant = SetupAssistant(SetupAnswers(**answers))
    qtbot.addWidget(assistant)
    assistant.show()
    return assistant


def page_name(assistant: SetupAssistant) -> str:
    return assistant.page.objectName()


def press_next(qtbot, assistant: SetupAssistant) -> str:
    """Next (or Finish); waits for its background check; the page it lands on."""
    assistant.next.click()
    qtbot.waitUntil(lambda: not assistant.jobs.busy, timeout=20_000)
    return page_name(assistant)


def error_text(assistant: SetupAssistant, name: str) -> str:
    error = assistant.findChild(QLabel, name)
    assert error is not None, name
    return error.text() if error.isVisible() else ""


def fill_server(assistant: SetupAssistant, server: ServerAddress) -> None:
    page = assistant.pages[0]
    page.server.setChecked(True)
    for edit, value in ((page.host, server.host), (page.port, str(server.port)), (page.database, server.database),
                        (page.user, server.user), (page.password, server.password)):
        edit.setText(value)
        edit.textEdited.emit(value)  # as typed: forgets an earlier test


def visible_errors(root: QWidget) -> dict[str, str]:
    return {w.objectName(): w.text() for w in root.findChildren(QLabel)
            if w.isVisible() and w.property("role") == "error" and w.text()}
