"""A French station hears the services' refusals in French: each is raised by the real service,
under the same field as in English (docs/TRANSLATING.md). English stays as it was without a
catalogue (the many tests matching English messages check that)."""
from __future__ import annotations

import os
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import func, select

from cashier_app import i18n
from cashier_app.ach.returns import ReturnFileError, read_return_file
from cashier_app.models import Payment, Role
from cashier_app.money import MoneyError, parse_amount
from cashier_app.services.cash_units import CountRefused
from cashier_app.services.drafts.enrollment_form import EnrollmentRefused
from cashier_app.services.drafts.enrollments import enroll
from cashier_app.services.drawers import DrawerRefused, open_session
from cashier_app.services.payments import (
    AllocationRequest, PaymentRefused, PaymentRequest, TenderRequest, new_client_token, post_payment,
)
from cashier_app.services.settings import SettingError, get_setting, set_setting
from cashier_app.services.users import UserError, create_user
from cashier_app.services.approvals import approve
from cashier_app.services.voids import VoidRefused, void_payment
from tests import enrollment_support
from tests.enrollment_support import customer_of, form
from tests.factories import make_account, make_station, make_user
from cashier_app.ui.tender_kinds import CHECK
from tests.ui.conftest import find, open_account, open_window, payment_count, press
from tests.ui.test_translations import TS, tool

D = Decimal
SHOTS = os.environ.get("CASHIER_SHOTS", "")  # a folder: the window test leaves its picture there
city_clock, enrolling = enrollment_support.city_clock, enrollment_support.enrolling  # the enrollment tests' fixtures


@pytest.fixture
def in_french(qapp, tmp_path):
    """The French catalogue compiled from the .ts and installed; English again afterwards."""
    qm = tmp_path / "cashier_fr.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True)
    assert i18n.install_translator("fr", folder=tmp_path) == "fr"
    yield
    i18n.install_translator("en")


@pytest.fixture
def counter(db):
    make_station(db)
    return make_user(db), make_account(db)


def payment(account_id: int, applied: str, tender: TenderRequest) -> PaymentRequest:
    return PaymentRequest(new_client_token(), (AllocationRequest(account_id, D(applied)),), (tender,))


def test_payment_refusals_are_french_under_the_same_field(db, counter, in_french):
    cashier, account_id = counter
    with pytest.raises(PaymentRefused) as zero:
        post_payment(db, cashier, payment(account_id, "0", TenderRequest("cash", D("1"))))
    assert (str(zero.value), zero.value.field) == (
        "Le montant appliqué doit être supérieur à $0.00.", "allocation:0:amount")
    with pytest.raises(PaymentRefused) as check:
        post_payment(db, cashier, payment(account_id, "10", TenderRequest("check", D("10"))))
    assert (str(check.value), check.value.field) == (
        "Un chèque a besoin de son numéro de chèque (chiffres seulement).", "tender:0:check_number")
    with pytest.raises(PaymentRefused) as short:
        post_payment(db, cashier, payment(account_id, "10", TenderRequest("cash", D("5"))))
    assert str(short.value) == "Le montant remis, $5.00, est inférieur au total $10.00."  # values placed
    with db.read() as s:
        assert s.scalar(select(func.count(Payment.id))) == 0


def test_a_typed_amount_and_a_void_reason_are_refused_in_french(db, counter, in_french):
    with pytest.raises(MoneyError, match="^« 12,5x » n'est pas un montant ; tapez des chiffres comme 12.50.$"):
        parse_amount("12,5x")
    cashier, account_id = counter
    posted = post_payment(db, cashier, payment(account_id, "10", TenderRequest("cash", D("10"))))
    make_user(db, "boss", roles=(Role.SUPERVISOR,), password="steady-lantern-77", drawer=False)
    approval = approve(db, "boss", "steady-lantern-77", "payment.void", cashier)
    with pytest.raises(VoidRefused) as refused:
        void_payment(db, cashier, posted.payment_id, "   ", approval)
    assert (str(refused.value), refused.value.field) == ("Saisissez le motif de l'annulation.", "reason")


def test_a_drawer_count_is_refused_in_french(db, in_french):
    make_station(db)
    cashier = make_user(db, drawer=False)
    with pytest.raises(CountRefused) as refused:
        open_session(db, cashier, {"$20": "-2"})
    assert refused.value.field == "unit:$20"
    # the unit's name stays English (docs/TRANSLATING.md), the sentence is French
    assert str(refused.value) == "Billets de $20 : un compte ne peut pas être négatif."
    open_session(db, cashier, {"$20": "5"})
    with pytest.raises(DrawerRefused) as twice:
        open_session(db, cashier, {"$20": "5"})
    assert str(twice.value).startswith("Vous avez déjà une session de tiroir au poste S1 (")
    assert str(twice.value).endswith(", ouverte) ; comptez-la et fermez-la d'abord.")  # the state, in French too


def test_a_password_rule_is_french(db, admin, in_french):
    make_station(db)
    with pytest.raises(UserError) as refused:
        create_user(db, admin, "dana", "short", ["cashier"])
    assert (str(refused.value), refused.value.field) == (
        "Un mot de passe doit compter au moins 10 caractères.", "password")


def test_a_bank_draft_enrollment_field_is_refused_in_french(db, enrolling, in_french):
    _, cashier, _, ids = enrolling
    with pytest.raises(EnrollmentRefused) as refused:
        enroll(db, cashier, customer_of(db, ids["main"]), form(ids["main"], routing_number="053000197"))
    assert (str(refused.value), refused.value.field) == (
        "Le numéro d'acheminement 053000197 n'est pas valide (chiffre de contrôle) ; retapez-le à partir du "
        "chèque.", "routing_number")
    with pytest.raises(EnrollmentRefused) as blank:
        enroll(db, cashier, customer_of(db, ids["main"]), form(ids["main"], bank_account_name=" "))
    assert (str(blank.value), blank.value.field) == (
        "Tapez le nom du titulaire du compte bancaire tel qu'il figure sur le chèque.", "bank_account_name")


def test_a_setting_value_is_refused_in_french(db, admin, in_french):
    before = get_setting(db, "returned_check.fee")
    with pytest.raises(SettingError, match="^returned_check.fee : « lots » n'est pas un montant ; tapez des "
                                           "chiffres comme 12.50.$"):
        set_setting(db, admin, "returned_check.fee", "lots")
    with pytest.raises(SettingError, match="^drafts.odfi_routing : '12345' n'est pas un numéro "
                                           "d'acheminement \\(9 chiffres\\)$"):
        set_setting(db, admin, "drafts.odfi_routing", "12345")  # the NACHA rule's words too
    assert get_setting(db, "returned_check.fee") == before


def test_without_the_catalogue_the_refusals_stay_english(db, counter):
    cashier, account_id = counter
    with pytest.raises(PaymentRefused, match=r"^A check needs its check number \(digits only\)\.$"):
        post_payment(db, cashier, payment(account_id, "10", TenderRequest("check", D("10"))))


def test_the_counter_shows_the_services_french_refusal_under_its_field(qtbot, in_french, counter_db,
                                                                        station_config):
    """The window in French, a check posted without its number: the service's refusal, in French,
    under the check number (the job's worker thread built it)."""
    window = open_window(qtbot, counter_db[0], station_config)
    open_account(qtbot, window)
    window.payment.choose_tender(CHECK)
    find(window, QLineEdit, "checkNumber").setText("")
    press(qtbot, window, Qt.Key.Key_F12)
    error = find(window, QLabel, "checkNumberError")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Un chèque a besoin de son numéro de chèque (chiffres seulement)."
    assert payment_count(counter_db[0]) == 0
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "check-refused-in-french.png"))


def test_a_bank_return_file_is_refused_in_french(in_french):
    """The return file reader's refusal: the line, then the reason, in French (and the field's name
    inside the sentence is translated only when it is refused)."""
    with pytest.raises(ReturnFileError) as empty:
        read_return_file("")
    assert str(empty.value) == ("ligne 1 : le fichier est vide ; un fichier de retours commence par un "
                                "enregistrement d'en-tête de fichier (type 1)")
    header = "101 0530001961234567891" + "2612X1" + " " * 70  # a file creation date that is no date
    with pytest.raises(ReturnFileError) as bad_date:
        read_return_file(header[:94] + "\n")
    assert "la date de création du fichier '2612X1' n'est pas une date" in str(bad_date.value)
