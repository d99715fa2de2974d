"""Make the receipt pictures of docs/printing.md: a receipt printed on the emupos emulator (its
PNG) and the same receipt as a PDF roll page and letter page (pdftoppm).

    .venv/bin/python tools/receipt_screenshots.py [--out docs/screenshots]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASHIER_HOME"] = tmp
        from cashier_app.db import Database, make_engine, upgrade
        from cashier_app.receipts.escpos_printer import EscposPrinter
        from cashier_app.receipts.pdf_render import render_pdf
        from cashier_app.receipts.profiles import load_profile
        from cashier_app.services.printing import print_waiting
        from cashier_app.services.receipts import build_receipt
        from tests.emupos_fixture import Emupos, emupos_executable
        from tests.printing_support import cash, check, open_counter, pay

        db = Database(make_engine(str(Path(tmp) / "shots.db")))
        upgrade(db)
        counter = open_counter(db)
        posted = pay(counter, {counter.account_id: "128.45", counter.second_account_id: "64.10"},
                     check("100.00", "10234"), cash("100.00"))
        emupos = Emupos(emupos_executable(), Path(tmp)).start()
        try:
            printer = EscposPrinter(load_profile(str(emupos.profile(Path(tmp)))))
            result = print_waiting(db, "S1", printer)
            if result.printed != 1:
                raise SystemExit(f"not printed: {result.last_error}")
            emupos.new_receipts()
            (out / "receipt-emupos.png").write_bytes(emupos.receipt_image(emupos.receipts()[-1]["id"]))
        finally:
            emupos.stop()
        with db.read() as s:
            receipt = build_receipt(s, posted.payment_id)
        for page, dpi in (("roll", "150"), ("letter", "80")):
            pdf = Path(tmp) / f"{page}.pdf"
            pdf.write_bytes(render_pdf(receipt, page=page))
            subprocess.run(["pdftoppm", "-png", "-r", dpi, "-singlefile", str(pdf), str(out / f"receipt-pdf-{page}")],
                           check=True)
        db.dispose()
    for name in ("receipt-emupos.png", "receipt-pdf-roll.png", "receipt-pdf-letter.png"):
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
