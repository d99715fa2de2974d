"""Screenshots of the counter window for docs/screenshots (and for looking at the work).

    xvfb-run -a -s "-screen 0 1440x900x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python tools/ui_screenshots.py docs/screenshots [--accounts 500] [--size 1440x900]

Builds a demo database in a temporary home folder (services.demo.make_demo), then drives the real
windows through a cashier's day: sign-in (and a refused one), an account found by name, a payment
for two accounts by check and cash, the usage chart, the screen after posting, today's payments
with a void, the void dialog refusing a wrong supervisor password, a mailed-check batch, the lock
screen, and "database unavailable". Under X (Xvfb) each shot is taken from the screen, as a person
sees it (dialogs over the window); on Qt's offscreen platform, from the widgets. Each PNG is kept
under 200 KB (reduced to 256 colours when needed).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
MAX_BYTES = 200 * 1024


class Shooter:
    def __init__(self, app, out: Path) -> None:  # noqa: ANN001 - the QApplication
        self.app, self.out = app, out
        self.on_screen = app.platformName() == "xcb"

    def wait(self, condition=lambda: True, timeout: float = 10.0, settle: float = 0.15) -> None:  # noqa: ANN001
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            self.app.processEvents()
            time.sleep(0.01)
        end = time.monotonic() + settle  # let it paint (and the X server catch up)
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def save(self, widget, name: str) -> None:  # noqa: ANN001 - the window (or dialog) to frame
        path = self.out / name
        self.wait(settle=0.3)  # what was just done is painted (on X, the server has it too)
        if self.on_screen:
            pixmap = self.app.primaryScreen().grabWindow(0, *widget.frameGeometry().getRect())
        else:
            pixmap = widget.grab()
        pixmap.save(str(path), "PNG")
        if path.stat().st_size > MAX_BYTES:
            from PIL import Image

            Image.open(path).convert("RGB").quantize(colors=256).save(path, optimize=True)
        print(f"saved {path} ({path.stat().st_size // 1024} KB)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--size", default="1440x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--language", default="en", help="the window's language: en or fr")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="cashier-shots-"))
    os.environ["CASHIER_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication

    from cashier_app.config import StationConfig
    from cashier_app.db import open_database
    from cashier_app.services.access import system_actor
    from cashier_app.services.demo import make_demo
    from cashier_app.ui.app import apply_style

    db = open_database(str(home / "cashier.db"))
    make_demo(db, system_actor("S1"), accounts=args.accounts)
    app = QApplication(sys.argv)
    from cashier_app.i18n import install_translator

    install_translator(args.language)
    apply_style(app)
    width, height = (int(n) for n in args.size.split("x"))
    shooter = Shooter(app, args.out)
    from tools.ui_scenes import run_scenes

    run_scenes(shooter, db, StationConfig(), (width, height))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
