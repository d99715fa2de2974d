"""The bank draft authorization form as typed: every refusal at its field, the happy path, the
replace confirmation, the MICR fill, and no full bank account number in any message."""
import dataclasses
import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from stdnum.us import rtn

from cashier_app.services.drafts.enrollment_form import (
    AccountFacts,
    CheckedEnrollment,
    EnrollmentForm,
    EnrollmentRefused,
    check_enrollment_form,
    check_routing_number,
    fill_from_micr,
)
from cashier_app.services.refusal import Refused

TODAY = dt.date(2025, 3, 14)
ACCOUNTS = {
    1: AccountFacts("100234", "active"),
    2: AccountFacts("100235", "active"),
    3: AccountFacts("100236", "final"),
    4: AccountFacts("100237", "inactive"),
    5: AccountFacts("100238", "active", enrolled_last4="4321"),
}
GOOD = EnrollmentForm(
    account_ids=(1, 2), bank_account_name="  Ana   Núñez ", bank_name="First National",
    routing_number="053000196", account_number="1234-5678 90", account_number_again="1234567890",
    account_type="checking", phone="(704) 484-6866", email="ana@example.com", signed_on=TODAY - dt.timedelta(days=3),
    form_received=True, voided_check_received=True)


def check(form: EnrollmentForm, **kwargs) -> CheckedEnrollment:
    options = dict(today=TODAY, allow_savings=False, max_signature_age_days=60, accounts=ACCOUNTS) | kwargs
    return check_enrollment_form(form, **options)


def refused_at(form: EnrollmentForm, **kwargs) -> EnrollmentRefused:
    with pytest.raises(EnrollmentRefused) as caught:
        check(form, **kwargs)
    assert not caught.value.needs_confirmation or caught.value.field == "accounts"
    return caught.value


def with_(**changes) -> EnrollmentForm:
    return dataclasses.replace(GOOD, **changes)


def test_a_good_form_is_cleaned():
    checked = check(GOOD)
    assert checked == CheckedEnrollment(
        account_ids=(1, 2), bank_account_name="Ana Núñez", bank_name="First National", routing_number="053000196",
        account_number="1234567890", account_type="checking", phone="7044846866", email="ana@example.com",
        signed_on=TODAY - dt.timedelta(days=3), replaces=())
    assert checked.last4 == "7890"
    assert "1234567890" not in repr(checked) and "****7890" in repr(checked)
    assert "1234567890" not in repr(GOOD) and "1234-5678 90" not in repr(GOOD)
    assert issubclass(EnrollmentRefused, Refused)


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"account_ids": ()}, "accounts", "Tick the account"),
    ({"account_ids": (1, 99)}, "accounts", "not this customer's"),
    ({"account_ids": (1, 3)}, "accounts", "100236 is final-billed"),
    ({"account_ids": (4,)}, "accounts", "100237 is closed"),
    ({"bank_account_name": "   "}, "bank_account_name", "name on the bank account"),
    ({"bank_account_name": "A" * 61}, "bank_account_name", "longer than 60"),
    ({"bank_name": "B" * 61}, "bank_name", "longer than 60"),
    ({"routing_number": ""}, "routing_number", "Type the routing number"),
    ({"routing_number": "05300019"}, "routing_number", "9 digits"),
    ({"routing_number": "05300019x"}, "routing_number", "9 digits"),
    ({"routing_number": "053000197"}, "routing_number", "check digit"),
    ({"account_number": ""}, "account_number", "Type the bank account number"),
    ({"account_number": "12345A7890"}, "account_number", "digits only"),
    ({"account_number": "123"}, "account_number", "has 3 digits"),
    ({"account_number": "1" * 18, "account_number_again": "1" * 18}, "account_number", "has 18 digits"),
    ({"account_number_again": ""}, "account_number_again", "second time"),
    ({"account_number_again": "1234567891"}, "account_number_again", "differ (****7890 and ****7891)"),
    ({"account_type": "money market"}, "account_type", "checking or savings"),
    ({"account_type": "savings"}, "account_type", "checking accounts only"),
    ({"phone": "484-6866"}, "phone", "10 digits"),
    ({"phone": "704-484-686x"}, "phone", "10 digits"),
    ({"email": "ana.example.com"}, "email", "not an e-mail"),
    ({"email": "ana@@example.com"}, "email", "not an e-mail"),
    ({"email": "ana@localhost"}, "email", "not an e-mail"),
    ({"signed_on": None}, "signed_on", "date the customer signed"),
    ({"signed_on": TODAY + dt.timedelta(days=1)}, "signed_on", "after today"),
    ({"signed_on": TODAY - dt.timedelta(days=61)}, "signed_on", "more than 60 days ago"),
    ({"form_received": False}, "form_received", "signed authorization form"),
    ({"voided_check_received": False}, "voided_check_received", "voided check"),
])
def test_each_refusal_at_its_field(changes, field, words):
    refusal = refused_at(with_(**changes))
    assert refusal.field == field
    assert words in str(refusal)
    assert not refusal.needs_confirmation


@pytest.mark.parametrize("routing", ["000000518", "800000001", "130000000", "500000000", "520000000",
                                     "730000000", "990000000", "200000000", "330000000"])
def test_routing_prefixes_no_debit_may_go_to(routing):
    routing = routing[:8] + rtn.calc_check_digit(routing[:8])
    with pytest.raises(EnrollmentRefused) as caught:
        check_routing_number(routing)
    assert caught.value.field == "routing_number" and "cannot be taken" in str(caught.value)


@pytest.mark.parametrize("prefix", ["01", "05", "12", "21", "26", "32", "61", "72"])
def test_routing_prefixes_of_banks_thrifts_and_electronic_numbers(prefix):
    routing = prefix + "100001"
    routing += rtn.calc_check_digit(routing)
    assert check_routing_number(f" {routing[:4]}-{routing[4:]} ") == routing


def test_government_and_travelers_check_reasons():
    assert "U.S. Government" in str(pytest.raises(EnrollmentRefused, check_routing_number, "000000518").value)
    travelers = "80000000" + rtn.calc_check_digit("80000000")
    assert "traveler's check" in str(pytest.raises(EnrollmentRefused, check_routing_number, travelers).value)


def test_savings_when_the_setting_allows_it():
    assert check(with_(account_type="savings"), allow_savings=True).account_type == "savings"


def test_signed_date_limits_are_inclusive():
    assert check(with_(signed_on=TODAY)).signed_on == TODAY
    assert check(with_(signed_on=TODAY - dt.timedelta(days=60))).signed_on == TODAY - dt.timedelta(days=60)
    assert check(with_(signed_on=TODAY - dt.timedelta(days=90)), max_signature_age_days=90)
    assert refused_at(with_(signed_on=TODAY - dt.timedelta(days=8)), max_signature_age_days=7).field == "signed_on"


def test_phone_and_email_are_optional_and_cleaned():
    checked = check(with_(phone="", email=" "))
    assert (checked.phone, checked.email) == ("", "")
    assert check(with_(phone="+1 704.484.6866".replace(".", "-"))).phone == "7044846866"
    assert check(with_(bank_name="")).bank_name == ""


def test_the_first_problem_is_refused_top_of_the_form_first():
    form = with_(account_ids=(), routing_number="1", form_received=False)
    assert refused_at(form).field == "accounts"
    assert refused_at(with_(routing_number="1", form_received=False)).field == "routing_number"


def test_already_enrolled_asks_to_replace_then_replaces():
    form = with_(account_ids=(1, 5))
    with pytest.raises(EnrollmentRefused) as caught:
        check(form)
    assert caught.value.needs_confirmation and caught.value.field == "accounts"
    assert "100238" in str(caught.value) and "ending 4321" in str(caught.value) and "Replace?" in str(caught.value)
    checked = check(form, replace=True)
    assert checked.replaces == (5,) and checked.account_ids == (1, 5)


def test_already_enrolled_is_asked_only_of_an_otherwise_good_form():
    refusal = refused_at(with_(account_ids=(5,), voided_check_received=False))
    assert refusal.field == "voided_check_received" and not refusal.needs_confirmation
    assert refused_at(with_(account_ids=(5, 3)), replace=True).field == "accounts"  # replace never excuses a final account


def test_a_double_tick_counts_once():
    assert check(with_(account_ids=(2, 1, 2))).account_ids == (2, 1)


def test_micr_line_fills_routing_and_both_entries():
    form = fill_from_micr(with_(routing_number="", account_number="", account_number_again=""),
                          "T053000196T 0012-3456789U 1001")
    assert (form.routing_number, form.account_number, form.account_number_again) == (
        "053000196", "00123456789", "00123456789")
    assert check(form).account_number == "00123456789"


@pytest.mark.parametrize("line", ["", "T053000197T 123456789U 1001", "T053000196T 12U", "T0530?0196T 12345U"])
def test_an_unreadable_micr_line_is_refused_at_micr(line):
    with pytest.raises(EnrollmentRefused) as caught:
        fill_from_micr(GOOD, line)
    assert caught.value.field == "micr"


typed_accounts = st.one_of(st.text(st.sampled_from("0123456789 -"), max_size=30),
                           st.text(st.sampled_from("0123456789"), min_size=18, max_size=30),
                           st.text(st.sampled_from("0123456789 -xX.é"), max_size=25))


@example("1234567890123456789", "1234567890123456789", "053000196")  # too long, typed twice the same
@example("1234567890", "1234567899", "053000196")
@given(typed_accounts, typed_accounts, st.sampled_from(["", "1", "05300019", "053000196"]))
def test_no_refusal_shows_a_typed_account_number_in_full(first, again, routing):
    form = with_(account_number=first, account_number_again=again, routing_number=routing)
    try:
        check(form)
    except EnrollmentRefused as refusal:
        message = str(refusal)
        for typed in (first, again):
            digits = "".join(ch for ch in typed if ch.isdigit())
            if len(digits) > 4:  # four digits or fewer are the "last 4" the rules allow
                assert digits not in message and typed.strip() not in message


@given(st.text(st.sampled_from("0123456789"), min_size=5, max_size=17))
def test_a_micr_read_account_never_shows_in_full(account):
    form = fill_from_micr(with_(signed_on=None), f"T053000196T {account}U 1001")
    with pytest.raises(EnrollmentRefused) as caught:
        check(form)
    assert caught.value.field == "signed_on" and account not in str(caught.value)
