"""Letters, notices, the authorization form and the day report in French (no English label left, one
page where there was one); the deposit slip and the day report CSV stay English on purpose; the
CLI writes the station's language (docs/TRANSLATING.md "What is translated, and what is not")."""
from __future__ import annotations

import csv
import datetime as dt
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from cashier_app import cli, i18n
from cashier_app.config import StationConfig, save_station_config
from cashier_app.reports.draft_authorization_form import render_authorization_form
from cashier_app.reports.draft_confirmation_letter import ConfirmationLetter, render_confirmation_letter
from cashier_app.reports.returned_check_notice import NoticeAccount, ReturnedCheckNotice, render_notice
from cashier_app.services.day_report import write_day_report
from cashier_app.services.deposit_slip import write_deposit_slip
from tests.day_support import close_today
from tests.printing_support import cash, check, money_order, open_counter, pay
from tests.unit.french_support import english_left, pdf_text
from tests.unit.test_draft_authorization_form import FORM
from tests.unit.test_receipts_fr import slip

D = Decimal
LETTER_ENGLISH = ("Dear", "Sincerely", "Thank you", "Your bank draft enrollment", "CUSTOMER NUMBER", "ENROLLMENT",
                  "Service address", "First draft", "Terms", "How to cancel", "Enrolled by", "prenote",
                  "December", "account ending", "City to confirm")
NOTICE_ENGLISH = ("Notice of returned", "Dear", "was returned unpaid", "CUSTOMER NUMBER", "ACCOUNT", "Service address",
                  "reversed", "Fee", "New balance", "Please pay", "CASH-ONLY", "questions", "Sincerely",
                  "Recorded by", "notice ·", "November")
FORM_ENGLISH = ("Bank Draft Authorization Form", "Pay your utility bill", "Customer name", "Customer number",
                "Mailing address", "Account(s) to draft", "Your bank", "Name(s) on the bank account", "Bank name",
                "Routing number", "Bank account number", "Account type", "Checking", "Phone", "Terms",
                "I authorize", "Signature of", "Return this form", "For City use", "Voided check", "March")
DAY_ENGLISH = ("Day report", "PRELIMINARY", "Summary", "Payments by hour", "Tender mix", "Total collected",
               "Totals by tender", "By station", "Receipt numbers", "By cashier", "Drawer sessions", "Cash pick-ups",
               "Voids", "Returned checks", "Bank drafts", "enrollments", "Audit trail", "Check it with", "Page 1 of",
               "Money orders", "Checks", "Over/short", "Tuesday", "December", "printed", "closed by")


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_the_confirmation_letter_is_french(french, tmp_path):
    out = render_confirmation_letter(ConfirmationLetter(slip(), dt.date(2026, 12, 1), ("PO Box 12", "Shelby NC")),
                                     tmp_path / "letter.pdf")
    text = pdf_text(out)
    for words in ("Votre inscription au prélèvement bancaire", "Bonjour Jean-Baptiste Tremblay,",
                  "signée le 30 novembre 2026", "sur le compte chèques de Jean-Baptiste Tremblay",
                  "se terminant par 6789", "prénotification", "NUMÉRO DE CLIENT", "Premier prélèvement",
                  "Conditions", "Comment annuler", "Veuillez agréer", "Inscription reçue par Maria Alvarez",
                  "1 décembre 2026"):
        assert words in text, words
    assert english_left(text, LETTER_ENGLISH) == [] and pages(out) == 1


def notice(**changes) -> ReturnedCheckNotice:
    values = dict(
        header=("City of Shelby", "Utility Payments", "300 South Washington Street", "Shelby NC 28150",
                "704-484-6866"),
        notice_date=dt.date(2026, 11, 20), customer_name="Jean-Baptiste Tremblay", customer_number="100001",
        mailing_lines=("PO Box 12", "Shelby NC 28151"), check_number="10234", check_amount=D("192.55"),
        payment_date=dt.date(2026, 11, 2), receipt_number="S1-000123", reason="NSF", reversed=D("192.55"),
        fee=D("25.00"), accounts=(NoticeAccount("1000001", "412 W Marion St", D("128.45"), D("25.00"), D("153.45"),
                                                True),
                                  NoticeAccount("1000002", "1200 E Dixon Blvd", D("64.10"), D("0.00"), D("64.10"),
                                                False)),
        signed_by="Sam Supervisor")
    return ReturnedCheckNotice(**{**values, **changes})


@pytest.mark.parametrize("draft", [False, True])
def test_the_returned_check_and_draft_notices_are_french(french, tmp_path, draft):
    changes = {"draft_last4": "6789", "draft_ended": True, "check_number": ""} if draft else {}
    out = render_notice(notice(**changes), tmp_path / "notice.pdf")
    text = pdf_text(out)
    title = "Avis de prélèvement bancaire retourné" if draft else "Avis de chèque retourné"
    for words in (title, "Bonjour Jean-Baptiste Tremblay,", "retourné impayé par votre banque (NSF)",
                  "2 novembre 2026", "20 novembre 2026", "NUMÉRO DE CLIENT", "COMPTE", "Frais",
                  "Nouveau solde du compte 1000001", "Veuillez payer le nouveau solde", "$25.00",
                  "le compte 1000001 est désormais PAYABLE EN ESPÈCES SEULEMENT", "704-484-6866",
                  "Enregistré par Sam Supervisor"):
        assert words in text, words
    assert ("a pris fin" in text) is draft and ("Votre chèque n° 10234" in text) is not draft
    assert english_left(text, NOTICE_ENGLISH) == [] and pages(out) == 1


def test_the_authorization_form_is_french_on_one_page(french, tmp_path):
    out = render_authorization_form(FORM, tmp_path / "form.pdf")
    text = pdf_text(out)
    for words in ("Formulaire d'autorisation de prélèvement bancaire", "14 mars 2025", "Nom du client",
                  "Compte(s) à prélever", "Votre banque", "Numéro d'acheminement (9 chiffres)", "Type de compte :",
                  "(la Ville prélève les comptes chèques)", "J'autorise City of Shelby",
                  "Signature du titulaire du compte bancaire", "Retournez ce formulaire", "Réservé à la Ville",
                  "Zoë Núñez-Çelik", "(à confirmer par la Ville)"):
        assert words in text, words
    assert english_left(text, FORM_ENGLISH) == [] and pages(out) == 1


@pytest.fixture
def closed_day(db):
    counter = open_counter(db)
    pay(counter, {counter.account_id: "128.45"}, cash("150.00"))
    pay(counter, {counter.second_account_id: "64.10"}, check("60.00", "10234"), money_order("4.10", "MO-1"))
    day = close_today(db, counter.supervisor, counter.cashier)
    return db, counter, day


def test_the_day_report_is_french_and_its_csv_stays_english(french, closed_day, tmp_path):
    db, counter, day = closed_day
    out = write_day_report(db, counter.supervisor, day, tmp_path / "day.pdf")
    text = pdf_text(out)
    for words in ("Rapport de la journée", "Résumé", "Total encaissé", "Totaux par règlement", "Paiements par heure",
                  "Répartition des règlements", "Par poste", "Numéros de reçu", "Par caissier", "Sessions de tiroir",
                  "Remises au coffre", "Annulations", "Chèques retournés", "Prélèvements bancaires",
                  "Journal d'audit", "Page 1 sur", "Espèces", "Mandats", "$192.55", "Journée clôturée par"):
        assert words in text, words
    assert english_left(text, DAY_ENGLISH) == []
    rows = list(csv.DictReader(open(write_day_report(db, counter.supervisor, day, tmp_path / "day.csv"),
                                    encoding="utf-8")))
    assert rows[1]["detail"] == "closed" and {r["section"] for r in rows} >= {"summary", "tender", "session"}


def test_the_deposit_slip_stays_english_for_the_bank(french, closed_day, tmp_path):
    db, counter, day = closed_day
    text = pdf_text(write_deposit_slip(db, counter.supervisor, day, tmp_path / "deposit.pdf"))
    for words in ("Deposit slip", "Cash by denomination", "Checks (1)", "Money orders (1)", "Total deposit",
                  "Bank validation", "Page 1 of 1"):
        assert words in text, words
    assert "Chèques" not in text and "Page 1 sur" not in text


def test_the_cli_writes_the_day_report_in_the_station_language(catalogue, closed_day, db_url, tmp_path, monkeypatch):
    db, counter, day = closed_day
    monkeypatch.setattr(i18n, "TRANSLATIONS", catalogue)
    config = save_station_config(StationConfig(station="S1", receipt_prefix="S1", language="fr"),
                                 tmp_path / "station.toml")
    out = tmp_path / "day.pdf"
    assert cli.main(["--db", db_url, "--config", str(config), "report", "day", "--date", day.isoformat(),
                     "--out", str(out)]) == 0
    assert "Rapport de la journée" in pdf_text(out)


def test_the_receipt_language_is_a_checked_station_setting(db, tmp_path):
    from cashier_app.config import ConfigError, load_station_config
    from cashier_app.models import Role
    from cashier_app.services.station_options import StationSetupRefused, set_receipt_language
    from tests.factories import make_station, make_user

    make_station(db, "S1", "S1")
    admin = make_user(db, "admin", roles=(Role.ADMINISTRATOR,), station="S1", drawer=False)
    path = save_station_config(StationConfig(language="fr"), tmp_path / "station.toml")
    assert "receipt_language" not in path.read_text()  # "" (as the window) is not written: files stay as they were
    config = load_station_config(path)
    with pytest.raises(StationSetupRefused):
        set_receipt_language(db, admin, config, "de")
    assert set_receipt_language(db, admin, config, "en").receipt_language == "en"
    assert load_station_config(path).receipt_language == "en" and load_station_config(path).language == "fr"
    path.write_text('[station]\nreceipt_language = "de"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="receipt_language"):
        load_station_config(path)
