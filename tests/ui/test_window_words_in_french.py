"""What the window shows that is not a refusal, in French on a French station: the printer's status
and faults, the cash units of the count tables, role names inside messages and what applying a bank
return did (docs/TRANSLATING.md). English stays as it was without a catalogue."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from cashier_app.i18n import documents_in
from cashier_app.models import EntryKind, Role
from cashier_app.receipts.file_printer import FilePrinter, PdfPrinter
from cashier_app.receipts.printer_status import PrinterFault, PrinterState, status_of
from cashier_app.receipts.profiles import ProfileError, check_profile
from cashier_app.services.access import AccessDenied, Actor, requires
from cashier_app.services.cash_units import CASH_UNITS, CountRefused, parse_cash_count
from cashier_app.services.drafts.return_actions import _words
from cashier_app.ui.cash_count_table import CashCountTable
from tests.ui.test_refusals_in_french import in_french  # noqa: F401 - the fixture

FRENCH_STATES = {
    PrinterState.ONLINE: "Imprimante prête.",
    PrinterState.PAPER_LOW: "Le papier de l'imprimante est presque épuisé.",
    PrinterState.PAPER_OUT: "L'imprimante n'a plus de papier.",
    PrinterState.COVER_OPEN: "Le capot de l'imprimante est ouvert.",
    PrinterState.OFFLINE: "L'imprimante est hors ligne.",
    PrinterState.UNREACHABLE: "L'imprimante est injoignable.",
    PrinterState.NOT_CONFIGURED: "L'imprimante n'est pas configurée.",
}


def test_every_printer_state_is_said_in_french(in_french):  # noqa: F811
    assert {state: status_of(state).message for state in PrinterState} == FRENCH_STATES


def test_a_printer_fault_and_its_detail_are_in_french(in_french, tmp_path):  # noqa: F811
    blocked = tmp_path / "receipts"
    blocked.write_text("a file where the receipts folder should be")
    status = FilePrinter(blocked / "inside").check()
    assert status.state == PrinterState.OFFLINE
    assert status.message.startswith("L'imprimante est hors ligne : impossible de créer le dossier")
    with pytest.raises(PrinterFault, match="^Une imprimante PDF n'a pas de tiroir-caisse.$"):
        PdfPrinter(tmp_path / "pdf").kick_drawer()


def test_a_wrong_printer_profile_is_explained_in_french(in_french):  # noqa: F811
    with pytest.raises(ProfileError) as wrong:
        check_profile(Path("counter.toml"), {"connection": "network"})
    assert str(wrong.value) == ("profil d'imprimante counter.toml: host : "
                                "indiquez l'adresse IP ou le nom d'hôte de l'imprimante")
    with pytest.raises(ProfileError, match="doit être un nombre entier, pas 'two'"):
        check_profile(Path("counter.toml"), {"connection": "file", "drawer_pin": "two"})


def test_the_count_table_names_the_cash_units_in_french(in_french, qtbot):  # noqa: F811
    table = CashCountTable()
    qtbot.addWidget(table)
    captions = {w.text() for w in table.findChildren(QLabel)}
    assert {"Billets de $20", "Pièces de 25 cents", "Rouleaux de 1 cent ($0.50)"} <= captions
    assert {"Billets", "Pièces", "Rouleaux"} <= captions  # bank notes, not "Factures" (a customer's bills)
    assert not {u.label for u in CASH_UNITS} & captions  # no English name left
    with pytest.raises(CountRefused, match="^Pièces de 25 cents"):  # the service names it the same way
        parse_cash_count({"25c": "-3"})
    with documents_in("en"):  # the deposit slip (the bank's) keeps the English names
        assert [u.name for u in CASH_UNITS] == [u.label for u in CASH_UNITS]


def test_a_role_inside_a_message_is_in_french(in_french):  # noqa: F811
    @requires(Role.SUPERVISOR)
    def close_the_day(actor: Actor) -> None:
        pass

    with pytest.raises(AccessDenied) as denied:
        close_the_day(Actor(1, "dana", frozenset({Role.CASHIER.value}), "S1"))
    assert "superviseur" in str(denied.value) and "supervisor" not in str(denied.value)


def test_what_applying_a_bank_return_did_is_said_in_french(in_french):  # noqa: F811
    debit = SimpleNamespace(entry=SimpleNamespace(kind=EntryKind.DEBIT.value), code="R01")
    prenote = SimpleNamespace(entry=SimpleNamespace(kind=EntryKind.PRENOTE.value), code="R03")
    assert _words(debit, Decimal("25.00"), False)[1] == (
        "paiement contre-passé, frais de $25.00 ; adhésion maintenue "
        "(la prochaine facture est prélevée comme d'habitude)")
    assert _words(prenote, Decimal("0"), True)[1] == "prénotification retournée : adhésion terminée"


def test_english_is_unchanged_without_a_catalogue(qtbot):
    assert status_of(PrinterState.PAPER_OUT, "roll empty").message == "Printer is out of paper: roll empty"
    table = CashCountTable()
    qtbot.addWidget(table)
    assert "Quarters" in {w.text() for w in table.findChildren(QLabel)}
    assert isinstance(table.fields["25c"], QLineEdit)


def test_drawer_states_and_tenders_of_the_supervisor_tables_are_in_french(in_french):  # noqa: F811
    from cashier_app.i18n import _t
    from cashier_app.ui.drawer_models import KIND_NAMES, STATE_NAMES
    assert [_t(STATE_NAMES[s]) for s in ("open", "counted", "closed")] == [
        "Ouvert", "Compté — en attente d'approbation", "Fermé"]
    assert [_t(KIND_NAMES[k]) for k in ("cash", "check", "money_order")] == ["Espèces", "Chèques", "Mandats"]


def test_the_users_page_names_roles_in_french(in_french, qtbot):  # noqa: F811
    from cashier_app.services.users import UserSummary
    from cashier_app.ui.admin.users_model import UserColumn, UsersModel
    model = UsersModel()
    row = UserSummary("dana", "Dana Ruiz", ("administrator", "cashier"), True, False)
    assert model.text(row, UserColumn.ROLES) == "administrateur, caissier"


def test_dates_in_tables_charts_and_date_fields_are_in_french(in_french, qtbot):  # noqa: F811
    import datetime as dt

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    from cashier_app.i18n import medium_date, month_day, month_of_year, window_locale
    day = dt.date(2026, 12, 1)
    assert (month_day(day), medium_date(day)) == ("1 déc.", "1 déc. 2026")
    assert month_of_year(dt.date(2027, 1, 5), with_year=True) == "janv. 27"
    field = QDateEdit(QDate(2026, 12, 1))
    qtbot.addWidget(field)
    field.setLocale(window_locale())
    field.setDisplayFormat(field.tr("ddd MMM d, yyyy"))  # as the supervisor's and the draft runs' date fields
    assert field.text() == "mar. 1 déc. 2026"


def test_dates_in_english_are_unchanged():
    import datetime as dt

    from cashier_app.i18n import medium_date, month_day, month_of_year
    day = dt.date(2026, 12, 1)
    assert (month_day(day), medium_date(day), month_of_year(day)) == ("Dec 1", "Dec 1, 2026", "Dec")


def test_a_draft_runs_warnings_and_skipped_bills_are_in_french(in_french):  # noqa: F811
    import datetime as dt

    from cashier_app.services.drafts.run_selection import Skipped
    from cashier_app.services.drafts.runs import short_notice_message
    paid = Skipped("2000002", dt.date(2026, 11, 21), Decimal("60.00"), "the bill is paid (balance $0.00)", Decimal("0.00"))
    credit = Skipped("2000004", dt.date(2026, 11, 21), Decimal("60.00"), "stored", Decimal("-4.00"))
    recorded_before = Skipped("2000005", dt.date(2026, 11, 21), Decimal("60.00"), "the bill is paid (balance $0.00)")
    assert [k.reason() for k in (paid, credit, recorded_before)] == [
        "la facture est payée (solde $0.00)", "le compte est créditeur (solde -$4.00)",
        "the bill is paid (balance $0.00)"]  # a run recorded before the balance was kept: its stored words
    assert short_notice_message(dt.date(2026, 12, 4), dt.date(2026, 12, 11), 10).startswith(
        "la facture du 2026-12-04 est prélevée 7 jours après sa date")
