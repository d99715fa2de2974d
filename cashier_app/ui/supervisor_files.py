"""Where the supervisor screen saves what it writes (reports, deposit slips, exports, notices),
and how it shows them: a new file per run under the station's home, opened in the desktop's viewer."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from cashier_app import config
from cashier_app.private_files import private_folder


def reports_dir(day: dt.date) -> Path:
    """``<home>/reports/<date>/`` (made when missing): one folder per business date."""
    folder = private_folder(config.home() / "reports" / day.isoformat())
    return folder


def new_file(day: dt.date, stem: str, suffix: str) -> Path:
    """A file name not used yet: ``day-report-2026-11-25-170412.pdf`` (a run never overwrites
    an earlier one, which may be open in a viewer or already sent)."""
    folder = reports_dir(day)
    moment = dt.datetime.now().strftime("%H%M%S")
    path = folder / f"{stem}-{day.isoformat()}-{moment}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{day.isoformat()}-{moment}-{n}{suffix}"
        n += 1
    return path


def open_file(path: Path) -> bool:
    """Show a written file in the desktop's viewer (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
