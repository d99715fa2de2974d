"""The prefilled bank draft authorization form: one page, read back with pdftotext."""
import datetime as dt
import re
import stat
import subprocess

import pytest

from cashier_app.reports.draft_authorization_form import (
    TO_CONFIRM,
    DraftAuthorizationForm,
    FormAccount,
    render_authorization_form,
)

HEADER = ("City of Shelby", "Utility Payment", "300 South Washington Street", "Shelby NC 28150", "704-484-6866")
FORM = DraftAuthorizationForm(
    header=HEADER, printed_on=dt.date(2025, 3, 14), customer_name="Zoë Núñez-Çelik", customer_number="C-004512",
    accounts=(FormAccount("100234", "112 Éclair Lane"), FormAccount("100235", "9 W Warren St")),
    mailing_lines=("PO Box 12", "Shelby NC 28151"))


def text_of(form: DraftAuthorizationForm, tmp_path) -> str:
    out = render_authorization_form(form, tmp_path / "form.pdf")
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", pages) and "612 x 792" in pages  # one US-letter page
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def test_prefilled_values_are_printed(tmp_path):
    text = text_of(FORM, tmp_path)
    for value in ("Zoë Núñez-Çelik", "C-004512", "100234", "112 Éclair Lane", "100235", "9 W Warren St",
                  "PO Box 12, Shelby NC 28151", "Bank Draft Authorization Form", "March 14, 2025"):
        assert value in text, value


def test_terms_and_where_to_return_it(tmp_path):
    text = text_of(FORM, tmp_path)
    for words in ("on the draft date printed on the bill", "You still receive your bill every month",
                  "Bank draft is free", "in writing or at the counter", "at least 10 days before the draft date",
                  "returned-item fee", "with a voided check", "with your next bill payment",
                  "City Hall, 300 South Washington Street, Shelby NC 28150", "704-484-6866 option 2 then 2",
                  "Signature of the bank account holder", "Routing number (9 digits)", "Bank account number",
                  "Name(s) on the bank account", "Bank name", "Checking", "For City use"):
        assert words in text, words
    assert text.count(TO_CONFIRM) == 2  # the cancel notice and the returned-item fee are not on the City's page


def test_savings_box_only_when_allowed(tmp_path):
    assert "Savings" not in text_of(FORM, tmp_path)
    from dataclasses import replace
    assert "Savings" in text_of(replace(FORM, allow_savings=True), tmp_path)


def test_the_header_setting_gives_the_city_and_address(tmp_path):
    from dataclasses import replace
    text = text_of(replace(FORM, header=("Town of Kings Mountain", "Utilities", "101 W Gold St",
                                         "Kings Mountain NC 28086", "704-734-0333")), tmp_path)
    assert "I authorize the Town of Kings Mountain" in text
    assert "City Hall, 101 W Gold St, Kings Mountain NC 28086" in text and "704-734-0333 option 2" in text


def test_many_accounts_stay_on_one_page(tmp_path):
    from dataclasses import replace
    many = tuple(FormAccount(f"2000{i:02d}", f"{i} Main St") for i in range(9))
    text = text_of(replace(FORM, accounts=many), tmp_path)
    assert "200003" in text and "200004" not in text and "and 5 more account(s)" in text


def test_the_file_is_private_and_nothing_is_left_behind(tmp_path):
    out = render_authorization_form(FORM, tmp_path / "form.pdf")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["form.pdf"]  # no .partial left


def test_a_failed_render_leaves_no_file(tmp_path):
    with pytest.raises(TypeError):
        render_authorization_form(DraftAuthorizationForm(HEADER, None, "A", "1", (), ()), tmp_path / "x.pdf")
    assert [p for p in tmp_path.iterdir() if p.is_file()] == []
