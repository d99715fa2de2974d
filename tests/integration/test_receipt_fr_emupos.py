"""A French receipt on a real ESC/POS printer (the emupos emulator): the accents come out right in
the printer's code page, and every row fits the roll's columns (80 mm at 42, 58 mm at 32)."""
import os
from pathlib import Path

import pytest

from cashier_app.receipts.escpos_printer import EscposPrinter
from cashier_app.receipts.profiles import load_profile
from cashier_app.services.print_queue import reprint_receipt
from cashier_app.services.printing import print_waiting
from tests.printing_support import FAST_RETRY, cash, check, open_counter, pay

FRENCH = ("Reçu", "Poste", "Caissier", "Compte 1000001", "Solde précédent", "Montant imputé", "Nouveau solde",
          "Chèque n° 10234", "Espèces", "Remis", "Monnaie rendue", "Frais de service", "RÉIMPRESSION")
ENGLISH = ("Receipt", "Previous balance", "Amount applied", "New balance", "Tendered", "Change",
           "Convenience fee", "REPRINT", "Check #")


@pytest.mark.parametrize("columns, paper", [(42, 80), (32, 58)])
def test_a_french_receipt_prints_with_its_accents_and_fits_the_roll(french, db, emupos, tmp_path, columns, paper):
    counter = open_counter(db)
    posted = pay(counter, {counter.account_id: "128.45", counter.second_account_id: "64.10"},
                 check("100.00", "10234"), cash("100.00"))
    printer = EscposPrinter(load_profile(emupos.profile(tmp_path, columns=columns, paper_width_mm=paper)))
    reprint_receipt(db, counter.cashier, posted.receipt_number)
    assert print_waiting(db, "S1", printer, retry=FAST_RETRY).printed == 2
    text = [t for t in emupos.new_receipts(expect=2) if "RÉIMPRESSION" in t]
    assert len(text) == 1, text
    if os.environ.get("CASHIER_SHOTS"):  # to look at it: the emulator's picture of the French reprint
        shots = Path(os.environ["CASHIER_SHOTS"])
        (shots / f"receipt-fr-{columns}.png").write_bytes(emupos.receipt_image(emupos.new_receipt_ids()[-1]))
        (shots / f"receipt-fr-{columns}.txt").write_text(text[0], encoding="utf-8")
    flat = " ".join(text[0].split())
    for words in FRENCH:
        assert words in flat, words
    assert [word for word in ENGLISH if word in flat] == []
    rows = [row for row in text[0].splitlines() if not row.startswith("[")]  # [qr ...], [cut]: the emulator's notes
    assert max(len(row.rstrip()) for row in rows) <= columns, text[0]
