"""Receipts, the printer test page and the bank draft slip in French: French words, no English label
left, every row within the 42 / 32 columns, and the station's receipt language (docs/TRANSLATING.md)."""
from __future__ import annotations

import datetime as dt
import re
import threading
from decimal import Decimal

import pytest

from cashier_app import i18n
from cashier_app.i18n import _t, customer_language, documents_in
from cashier_app.receipts.draft_confirmation import ConfirmedAccount, DraftConfirmation, first_draft_text
from cashier_app.receipts.escpos_render import EscposOptions, render_escpos
from cashier_app.receipts.layout import columns, receipt_lines
from cashier_app.receipts.pdf_render import render_pdf
from cashier_app.receipts.profiles import load_profile
from cashier_app.receipts.sample import printer_test_page
from cashier_app.receipts.text import WIDTHS, render_text
from cashier_app.reports.draft_terms import draft_terms, how_to_cancel
from cashier_app.services.receipts import receipt_preview
from tests.printing_support import check, money_order, open_counter, pay
from tests.unit.french_support import english_left, pdf_text
from tests.unit.test_receipt_render import sample

D = Decimal
#: What an English receipt says; none of it may be left on a French one.
RECEIPT_ENGLISH = ("Receipt", "Station", "Cashier", "Account 1000001", "Previous balance", "Amount applied",
                   "New balance", "Tendered", "Change", "Convenience fee", "RETURNED CHECK", "REPRINT")
SLIP_ENGLISH = ("BANK DRAFT CONFIRMATION", "Enrollment", "Customer", "Status", "Signed on", "Drafted from",
                "account ending", "First draft", "Terms", "How to cancel", "Each month", "Bank draft is free",
                "To stop your bank draft", "City to confirm", "your next bill", "Pending prenote")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("mark", ["", "NSF", "REPRINT"])
def test_a_french_receipt_is_french_and_fits_its_width(french, width, mark):
    text = render_text(sample(mark, name="Marie-Hélène Dubois-Lefebvre de La Rochefoucauld"), width)
    assert all(len(row) <= width for row in text.splitlines()), text
    for words in ("Reçu", "Poste", "Caissier", "Compte 1000001", "Solde précédent", "Montant imputé",
                  "Nouveau solde", "Remis", "Monnaie rendue", "Frais de service", "$55.90", "11/02/2026 09:30 AM"):
        assert words in text, words
    assert english_left(text, RECEIPT_ENGLISH) == []
    if mark:
        assert text.count({"NSF": "CHÈQUE RETOURNÉ", "REPRINT": "RÉIMPRESSION"}[mark]) == 2


@pytest.mark.parametrize("width", WIDTHS)
def test_the_escpos_rows_of_a_french_receipt_fit_and_its_banner_fits_double_width(french, width):
    receipt = sample("NSF")
    data = render_escpos(receipt, options=EscposOptions(width=width, merchant_copy=True))
    for line in receipt_lines(receipt):
        for row in columns(line, width):
            assert len(row) <= width
    # The banner is printed double width: at most width // 2 characters a row, accents in a code page.
    assert b"\x1bt" in data and "CHÈQUE".encode("utf-8") not in data
    assert b"COPIE DU CLIENT" in data and b"COPIE DE LA VILLE" in data


def test_english_stays_byte_for_byte_without_a_catalogue(qapp):  # noqa: ARG001
    i18n.install_translator("en")
    text = render_text(sample("NSF"), 42)
    assert "Previous balance" in text and "*** RETURNED CHECK ***" in text and "Reçu" not in text


def test_the_receipt_preview_names_the_tenders_in_french(french, db):
    counter = open_counter(db)
    posted = pay(counter, {counter.account_id: "100.00"}, check("60.00", "10234"), money_order("40.00", "MO-5521"))
    text = receipt_preview(db, counter.cashier, posted.receipt_number, 32)
    assert "Chèque n° 10234" in text and "Mandat n° MO-5521" in text
    assert all(len(row) <= 32 for row in text.splitlines())


def test_a_french_window_can_print_english_receipts(french):
    i18n.use_receipt_language("en")
    text = render_text(sample("NSF"), 42)
    assert "Previous balance" in text and "RETURNED CHECK" in text
    assert _t("Previous balance") == "Solde précédent"  # the window (this thread outside a receipt) stays French


def test_an_english_window_can_print_french_receipts(catalogue):
    i18n.install_translator("en", folder=catalogue)
    i18n.use_receipt_language("fr")
    assert "Solde précédent" in render_text(sample(), 42)
    assert _t("Previous balance") == "Previous balance"


def test_a_document_language_holds_in_its_own_thread_only(french):
    seen = []
    inside, release = threading.Event(), threading.Event()

    def job():
        with documents_in("en"):
            inside.set()
            release.wait(5)
            seen.append(_t("Previous balance"))

    worker = threading.Thread(target=job)
    worker.start()
    inside.wait(5)
    seen.append(_t("Previous balance"))  # the GUI thread meanwhile
    release.set()
    worker.join(5)
    assert seen == ["Solde précédent", "Previous balance"]


def test_the_printer_test_page_is_french(french):
    page = printer_test_page(load_profile("file"), ("City of Shelby",), "S1")
    text = " ".join(render_text(page, 42).split())
    for words in ("TEST", "Client test", "test imprimante", "Profil : file", "colonnes", "broche tiroir"):
        assert words in text, words
    assert english_left(text, ("Test Customer", "printer test", "Profile:", " columns", "drawer pin")) == []


def slip(status: str = "") -> DraftConfirmation:
    with customer_language():
        return DraftConfirmation(
            header=("City of Shelby", "Utility Payments"), reference="D000042",
            printed_at=dt.datetime(2026, 12, 1, 14, 5), station="S1", cashier="Maria Alvarez",
            customer_name="Jean-Baptiste Tremblay", customer_number="100001",
            accounts=(ConfirmedAccount("1000001", "412 W Marion St",
                                       first_draft_text(dt.date(2026, 11, 5), D("84.10"), dt.date(2026, 11, 25))),
                      ConfirmedAccount("1000002", "1200 E Dixon Blvd", first_draft_text(None, None, None))),
            name_on_account="Jean-Baptiste Tremblay", bank_name="First Citizens Bank", account_type="checking",
            last4="6789", signed_on=dt.date(2026, 11, 30), status=status or _t("Pending prenote"),
            terms=draft_terms(with_cancel=False), how_to_cancel=how_to_cancel("300 South Washington Street", ""))


@pytest.mark.parametrize("width", WIDTHS)
def test_the_bank_draft_slip_is_french_and_fits(french, width):
    text = render_text(slip(), width)
    assert all(len(row) <= width for row in text.splitlines()), text
    flat = " ".join(text.split())
    for words in ("CONFIRMATION DE PRÉLÈVEMENT BANCAIRE", "Inscription", "Prénotification en cours", "Signé le",
                  "Prélevé sur", "Compte chèques se terminant par 6789", "Premier prélèvement : facture du 11/05/2026",
                  "$84.10, le 11/25/2026", "votre prochaine facture", "Conditions", "Comment annuler",
                  "(à confirmer par la Ville)", "704-484-6866 option 2 puis 2"):
        assert words in flat, words
    assert english_left(flat, SLIP_ENGLISH) == []
    assert re.search(r"\*{10,}", text) is None  # never more than the last 4 digits (nothing masked to print)


def test_the_slip_pdf_is_french(french, tmp_path):
    data = render_pdf(slip(), page="roll")
    assert data.startswith(b"%PDF")
    path = tmp_path / "slip.pdf"
    path.write_bytes(data)
    text = pdf_text(path)
    assert "CONFIRMATION DE PRÉLÈVEMENT BANCAIRE" in text and english_left(text, SLIP_ENGLISH) == []
