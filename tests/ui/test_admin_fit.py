"""The Administration window on the counter's screens (issue 13, item 5): 1280x720, 1366x768 and
1366x768 at 125 % (1093x614), in English and with French-length words. Every page fits the
screen, its Close button is pinned in sight, nothing is cut off or overlapping; the counter
window of an administrator (one header button more) fits too.

CASHIER_SCREENSHOTS=DIR saves what was checked as PNGs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from cashier_app.models import Role
from cashier_app.ui import dialog_fit
from tests.factories import make_user
from tests.ui.fit_check import fit_problems
from tests.ui.conftest import SUPERVISOR_PASSWORD
from tests.ui import test_screen_sizes as screen_sizes
from tests.ui.test_screen_sizes import SIZES, counter_at, shot

#: Layout does not depend on the database: these run on SQLite only (PostgreSQL's behaviour is
#: tested by the window's other tests), which keeps the suite under its 15 minutes.
pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

# The counter's own screen-size fixtures: its style at the station's text size, long real values,
# French-length words.
styled_app, long_values_db, french_length = (screen_sizes.styled_app, screen_sizes.long_values_db,
                                             screen_sizes.french_length)

ADMIN_PASSWORD = "amber-quarry-58"


def admin_counter(qtbot, db, station_config, size):  # noqa: ANN001, ANN201
    make_user(db, "root", roles=(Role.ADMINISTRATOR, Role.SUPERVISOR, Role.CASHIER), password=ADMIN_PASSWORD)
    return counter_at(qtbot, db, station_config, SIZES[size], "root", ADMIN_PASSWORD)


@pytest.mark.parametrize("words", ["english", "french-length"])
@pytest.mark.parametrize("size", list(SIZES))
def test_every_page_of_the_administration_window_fits(qtbot, styled_app, long_values_db, station_config,
                                                      monkeypatch, size, words, request):
    if words != "english":
        request.getfixturevalue("french_length")
    screen = QRect(0, 0, *SIZES[size])
    monkeypatch.setattr(dialog_fit, "available_rect", lambda _widget: screen)
    win = admin_counter(qtbot, long_values_db, station_config, size)
    problems = []
    win.flow.show_administration()
    dialog = win.flow.administration
    qtbot.waitUntil(dialog.isVisible)
    for index, page in enumerate(dialog.pages()):
        dialog.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not win.jobs.busy and not page.jobs.busy)  # noqa: B023
        qtbot.wait(30)
        name = page.objectName()
        shot(dialog, f"admin-{name}-{size}-{words}.png")
        frame = QRect(dialog.pos(), dialog.frameGeometry().size())
        if not screen.contains(frame):
            problems.append(f"{name}: {frame.getRect()} is not inside the screen {screen.getRect()}")
        rows = [row for row in dialog.findChildren(QWidget, "dialogButtons") if row.isVisible()]
        if not rows:
            problems.append(f"{name}: no pinned buttons")
        for row in rows:
            seen = QRect(row.mapTo(dialog, row.rect().topLeft()), row.size())
            if not dialog.rect().contains(seen):
                problems.append(f"{name}: its buttons {seen.getRect()} are outside it {dialog.rect().getRect()}")
        problems += [f"{name}: {p}" for p in fit_problems(dialog, QRect(dialog.mapToGlobal(dialog.rect().topLeft()),
                                                                        dialog.size()))]
    dialog.reject()
    assert not problems, "\n".join(problems)
    win.close()


def window_problems(win) -> set[str]:  # noqa: ANN001
    return set(fit_problems(win, QRect(win.mapToGlobal(win.rect().topLeft()), win.size())))


@pytest.mark.parametrize("words", ["english", "french-length"])
@pytest.mark.parametrize("size", list(SIZES))
def test_an_administrators_counter_window_fits_as_a_supervisors_does(qtbot, styled_app, long_values_db,
                                                                     station_config, size, words, request):
    """One header button more (Admin; it gives way on the smallest screen, Ctrl+Shift+A stays):
    nothing cut off that is not cut off for a supervisor (whose own header is issue 12's)."""
    if words != "english":
        request.getfixturevalue("french_length")
    boss = counter_at(qtbot, long_values_db, station_config, SIZES[size], "boss", SUPERVISOR_PASSWORD)
    qtbot.wait(50)
    supervisors = {p for p in window_problems(boss) if not p.startswith("status")}  # the status bar's state varies
    boss.close()
    win = admin_counter(qtbot, long_values_db, station_config, size)
    qtbot.wait(50)
    shot(win, f"admin-counter-{size}-{words}.png")
    admins = {p for p in window_problems(win) if not p.startswith("status")}
    assert admins <= supervisors, "\n".join(sorted(admins - supervisors))
    admin_button = win.header_buttons["adminButton"]
    assert admin_button.isVisible() == (size != "1093x614") and "Ctrl+Shift+A" in win.shortcuts
    win.close()
