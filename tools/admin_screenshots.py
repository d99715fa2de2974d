"""Screenshots of the Administration window, one per page, at a counter PC's 1366x768.

    .venv/bin/python tools/admin_screenshots.py OUT_FOLDER [--accounts 100] [--size 1366x768]

Builds a demo database in a temporary home folder, signs in the demo administrator, opens the
Administration window over the counter window and saves each page (the billing import after
importing tests/data's samples with a file of bad rows; the settings with one refusal shown).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--accounts", type=int, default=100)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--language", default="en", help="the window's language: en or fr")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(n) for n in args.size.split("x"))
    home = Path(tempfile.mkdtemp(prefix="cashier-admin-shots-"))
    os.environ["CASHIER_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication

    from cashier_app.config import StationConfig, save_station_config
    from cashier_app.db import open_database
    from cashier_app.services.access import system_actor
    from cashier_app.services.demo import DEMO_PASSWORDS, make_demo
    from cashier_app.services.users import authenticate
    from cashier_app.ui.app import apply_style
    from cashier_app.ui.main_window import MainWindow
    from tools.ui_screenshots import Shooter

    db = open_database(str(home / "cashier.db"))
    make_demo(db, system_actor("S1"), accounts=args.accounts)
    station = StationConfig(path=str(home / "station.toml"))
    save_station_config(station, home / "station.toml")
    app = QApplication.instance() or QApplication(sys.argv)
    from cashier_app.i18n import install_translator

    install_translator(args.language)
    apply_style(app)
    shot = Shooter(app, args.out)
    admin = authenticate(db, "admin", DEMO_PASSWORDS["admin"], "S1")
    window = MainWindow(db, station, admin)
    window.resize(width, height)
    window.show()
    window.flow.show_administration()
    dialog = window.flow.administration
    dialog.resize(width, height - 40)
    shot.wait(lambda: dialog.isVisible() and dialog.users_page.model.rowCount() > 0)
    shot.save(dialog, "admin-users.png")
    dialog.tabs.setCurrentWidget(dialog.station_page)
    dialog.station_page.print_test_page()
    shot.wait(lambda: dialog.station_page.notice.text() != "")
    shot.save(dialog, "admin-station.png")
    settings = dialog.settings_page
    dialog.tabs.setCurrentWidget(settings)
    shot.wait(lambda: settings.typed("money.cap") != "")
    settings.set_typed("drafts.odfi_routing", "053101122")
    settings.save()
    shot.wait(lambda: settings.errors["drafts.odfi_routing"].isVisible())
    shot.save(dialog, "admin-settings.png")
    page = dialog.import_page
    dialog.tabs.setCurrentWidget(page)
    data = ROOT / "tests" / "data"
    page.add_paths([data / n for n in ("customers.csv", "accounts.csv", "bills.csv", "usage.csv", "accounts_bad.csv")])
    page.rejects_path.setText(str(home / "import-rejects.csv"))
    page.start()
    shot.wait(lambda: not page.busy, timeout=60)
    shot.save(dialog, "admin-import.png")
    dialog.tabs.setCurrentWidget(dialog.backups_page)
    shot.wait(lambda: dialog.backups_page.keep_days.text() != "")
    shot.save(dialog, "admin-backups.png")
    dialog.reject()
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
