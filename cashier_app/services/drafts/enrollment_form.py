"""Checking a bank draft authorization form as the cashier typed it, before anything is stored. Pure.

:class:`EnrollmentForm` holds what the window's form holds, as typed. :func:`check_enrollment_form`
returns a :class:`CheckedEnrollment` (cleaned values) or raises :class:`EnrollmentRefused` with the
FIRST problem, top of the paper form first, at the name of its field. The field names are the form's
widget names:

    accounts  bank_account_name  bank_name  routing_number  account_number  account_number_again
    account_type  phone  email  signed_on  form_received  voided_check_received  micr

"Already enrolled" comes last, after every other check passed: it is a refusal with
``needs_confirmation`` (the window asks "replace?" and checks again with ``replace=True``; the old
enrollment then ends and is kept). No message ever shows more than the last 4 digits of a bank
account. The rules are in ``docs/formats.md`` ("Bank draft enrollment form").
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from stdnum.us import rtn

from cashier_app.ach.nacha_fields import ACCOUNT_TYPES, CHECKING, SAVINGS, masked
from cashier_app.i18n import _t
from cashier_app.services.micr import MicrError, parse_micr
from cashier_app.services.refusal import Refused

ACTIVE, FINAL, INACTIVE = "active", "final", "inactive"  # AccountStatus values (models/customer.py)
NAME_LIMIT = 60  # what the form's line holds; the NACHA writer shortens it to 22 for the file
BANK_NAME_LIMIT = 60
EMAIL_LIMIT = 254
_TYPED_SEPARATORS = re.compile(r"[\s\-]")  # spaces and dashes people type inside numbers
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")

# The first two digits of a routing number (Federal Reserve routing symbol). A debit may go to a
# bank (01-12), a thrift or credit union (21-32) or an electronic-only routing number a bank gives
# for ACH (61-72). 00 (the U.S. Government), 80 (traveler's checks) and the unassigned rest (13-20,
# 33-60 including 50-52, 73-79, 81-99) are not a customer's bank account.
DEBITABLE_PREFIXES = frozenset(range(1, 13)) | frozenset(range(21, 33)) | frozenset(range(61, 73))


class EnrollmentRefused(Refused):
    """A form that cannot be enrolled as it is; ``needs_confirmation`` is true when checking it
    again with ``replace=True`` would be accepted (the account is already enrolled)."""

    def __init__(self, message: str, field: str = "", *, needs_confirmation: bool = False) -> None:
        super().__init__(message, field)
        self.needs_confirmation = needs_confirmation


@dataclass(frozen=True)
class AccountFacts:
    """What the database says of one of the customer's accounts."""

    account_number: str
    status: str  # "active", "final" or "inactive" (AccountStatus)
    enrolled_last4: str | None = None  # last 4 of its active enrollment's bank account; None: not enrolled


@dataclass(frozen=True)
class EnrollmentForm:
    """The form as typed; bank account numbers are left out of ``repr`` (logs, tracebacks)."""

    account_ids: tuple[int, ...] = ()  # the customer's accounts ticked for drafting
    bank_account_name: str = ""  # name on the bank account
    bank_name: str = ""
    routing_number: str = ""
    account_number: str = field(default="", repr=False)
    account_number_again: str = field(default="", repr=False)
    account_type: str = CHECKING
    phone: str = ""
    email: str = ""
    signed_on: dt.date | None = None
    form_received: bool = False
    voided_check_received: bool = False


@dataclass(frozen=True, repr=False)
class CheckedEnrollment:
    """A form that may be enrolled: cleaned values. ``replaces`` lists the ticked accounts whose
    active enrollment ends (the person confirmed replacing it)."""

    account_ids: tuple[int, ...]
    bank_account_name: str
    bank_name: str
    routing_number: str
    account_number: str  # digits only; store it encrypted
    account_type: str
    phone: str  # 10 digits, or ""
    email: str
    signed_on: dt.date
    replaces: tuple[int, ...] = ()

    @property
    def last4(self) -> str:
        return self.account_number[-4:]

    def __repr__(self) -> str:
        return (f"CheckedEnrollment(account_ids={self.account_ids!r}, routing_number={self.routing_number!r}, "
                f"account_number={masked(self.account_number)!r}, account_type={self.account_type!r}, "
                f"signed_on={self.signed_on!r}, replaces={self.replaces!r})")


def fill_from_micr(form: EnrollmentForm, line: str) -> EnrollmentForm:
    """The form with routing number and both account number entries taken from the voided check's
    MICR line as the check reader typed it; raises EnrollmentRefused at ``micr`` when it cannot be read."""
    try:
        read = parse_micr(line)
    except MicrError as error:  # its messages name the routing number at most, never the account
        raise EnrollmentRefused(str(error), "micr") from error
    return dataclasses.replace(form, routing_number=read.routing, account_number=read.account,
                               account_number_again=read.account)


def check_enrollment_form(form: EnrollmentForm, *, today: dt.date, allow_savings: bool,
                          max_signature_age_days: int, accounts: Mapping[int, AccountFacts],
                          replace: bool = False) -> CheckedEnrollment:
    """The cleaned enrollment, or EnrollmentRefused at the field of the first problem (top of the
    form first; "already enrolled" last, with ``needs_confirmation``, unless ``replace``).

    ``accounts`` holds the facts of the customer's accounts by id; a ticked id not in it is refused."""
    account_ids = _ticked_accounts(form.account_ids, accounts)
    name = _line(form.bank_account_name, NAME_LIMIT, "bank_account_name",
                 _t("Type the name on the bank account as on the check."),
                 _t("The name on the bank account is longer than {0} characters."))
    bank_name = _line(form.bank_name, BANK_NAME_LIMIT, "bank_name", "",
                      _t("The bank name is longer than {0} characters."))
    routing = check_routing_number(form.routing_number)
    account = _bank_account(form.account_number, "account_number")
    if _cleaned(form.account_number_again) == "":
        raise EnrollmentRefused(_t("Type the bank account number a second time."), "account_number_again")
    if _cleaned(form.account_number_again) != account:
        raise EnrollmentRefused(
            _t("The two entries of the bank account number differ ({0} and {1}); type it again from the check.").format(
                masked(account), masked(_cleaned(form.account_number_again))),
            "account_number_again")
    kind = _account_type(form.account_type, allow_savings)
    phone = _phone(form.phone)
    email = _email(form.email)
    signed_on = _signed_on(form.signed_on, today, max_signature_age_days)
    if not form.form_received:
        raise EnrollmentRefused(_t("Tick when the signed authorization form is in hand; it is required."),
                                "form_received")
    if not form.voided_check_received:
        raise EnrollmentRefused(_t("Tick when the voided check is in hand; it is required."), "voided_check_received")
    enrolled = tuple(i for i in account_ids if accounts[i].enrolled_last4 is not None)
    if enrolled and not replace:
        raise EnrollmentRefused(_already_enrolled(enrolled, accounts), "accounts", needs_confirmation=True)
    return CheckedEnrollment(account_ids, name, bank_name, routing, account, kind, phone, email, signed_on,
                             replaces=enrolled)


def check_routing_number(typed: str) -> str:
    """The 9-digit routing number (spaces and dashes dropped) a debit may go to: right check digit
    and a Federal Reserve prefix of a bank, thrift or electronic routing number. Refused at
    ``routing_number`` otherwise."""
    routing = _cleaned(typed)
    if not routing:
        raise EnrollmentRefused(_t("Type the routing number (9 digits, bottom left of the check)."), "routing_number")
    if not routing.isascii() or not routing.isdigit() or len(routing) != 9:
        raise EnrollmentRefused(_t("A routing number has 9 digits."), "routing_number")
    if not rtn.is_valid(routing):
        raise EnrollmentRefused(_t("The routing number {0} is not valid (check digit); type it from the check "
                                   "again.").format(
                                    routing), "routing_number")
    prefix = int(routing[:2])
    if prefix not in DEBITABLE_PREFIXES:
        if prefix == 0:
            refused = _t("The routing number {0} belongs to the U.S. Government, not to a customer's bank; a draft "
                         "cannot be taken from it.")
        elif prefix == 80:
            refused = _t("The routing number {0} is a traveler's check number, not a bank account's; a draft cannot "
                         "be taken from it.")
        else:
            refused = _t("The routing number {0} starts with a number the Federal Reserve does not assign; a draft "
                         "cannot be taken from it.")
        raise EnrollmentRefused(refused.format(routing), "routing_number")
    return routing


def _cleaned(typed: str) -> str:
    return _TYPED_SEPARATORS.sub("", typed or "")


def _ticked_accounts(ids: tuple[int, ...], accounts: Mapping[int, AccountFacts]) -> tuple[int, ...]:
    if not ids:
        raise EnrollmentRefused(_t("Tick the account(s) to draft."), "accounts")
    for account_id in ids:
        facts = accounts.get(account_id)
        if facts is None:
            raise EnrollmentRefused(_t("One of the ticked accounts is not this customer's."), "accounts")
        if facts.status == FINAL:
            raise EnrollmentRefused(_t("Account {0} is final-billed; it cannot be drafted.").format(
                                        facts.account_number),
                                    "accounts")
        if facts.status != ACTIVE:
            raise EnrollmentRefused(_t("Account {0} is closed; it cannot be drafted.").format(
                                        facts.account_number), "accounts")
    return tuple(dict.fromkeys(ids))  # a double tick counts once


def _line(typed: str, limit: int, field_name: str, blank: str, too_long: str) -> str:
    """A line of the form, folded; ``blank`` is the refusal when it is empty ("": it may be), ``too_long``
    the one (with ``{0}`` for ``limit``) when it is longer than ``limit``."""
    folded = " ".join((typed or "").split())
    if blank and not folded:
        raise EnrollmentRefused(blank, field_name)
    if len(folded) > limit:
        raise EnrollmentRefused(too_long.format(limit), field_name)
    return folded


def _bank_account(typed: str, field_name: str) -> str:
    account = _cleaned(typed)
    if not account:
        raise EnrollmentRefused(_t("Type the bank account number (after the routing number on the check)."),
                                field_name)
    if not account.isascii() or not account.isdigit():
        raise EnrollmentRefused(_t("A bank account number holds digits only (spaces and dashes are dropped)."),
                                field_name)
    if not 4 <= len(account) <= 17:
        raise EnrollmentRefused(_t("The bank account number {0} has {1} digits; a bank account number has 4 to "
                                   "17.").format(
                                    masked(account), len(account)), field_name)
    return account


def _account_type(typed: str, allow_savings: bool) -> str:
    if typed not in ACCOUNT_TYPES:
        raise EnrollmentRefused(_t("Choose checking or savings."), "account_type")
    if typed == SAVINGS and not allow_savings:
        raise EnrollmentRefused(_t("The City drafts checking accounts only; savings is not allowed here."),
                                "account_type")
    return typed


def _phone(typed: str) -> str:
    digits = re.sub(r"[\s\-().+]", "", typed or "")
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]  # the country code typed in front
    if digits and (not digits.isascii() or not digits.isdigit() or len(digits) != 10):
        raise EnrollmentRefused(_t("A phone number has 10 digits (area code first), or leave it blank."), "phone")
    return digits


def _email(typed: str) -> str:
    email = (typed or "").strip()
    if email and (len(email) > EMAIL_LIMIT or not _EMAIL.fullmatch(email)):
        raise EnrollmentRefused(_t("That is not an e-mail address (name@domain.com), or leave it blank."), "email")
    return email


def _signed_on(signed_on: dt.date | None, today: dt.date, max_age_days: int) -> dt.date:
    if signed_on is None:
        raise EnrollmentRefused(_t("Type the date the customer signed the form."), "signed_on")
    if signed_on > today:
        raise EnrollmentRefused(_t("The form cannot be signed after today ({0:%m/%d/%Y}).").format(
                                    signed_on), "signed_on")
    if (today - signed_on).days > max_age_days:
        raise EnrollmentRefused(_t("The form was signed more than {0} days ago ({1:%m/%d/%Y}); ask the customer to "
                                   "sign a new one.").format(max_age_days, signed_on), "signed_on")
    return signed_on


def _already_enrolled(ids: tuple[int, ...], accounts: Mapping[int, AccountFacts]) -> str:
    which = "; ".join(_t("account {0} from the bank account ending {1}").format(
        accounts[i].account_number, (accounts[i].enrolled_last4 or "")[-4:]) for i in ids)
    return _t("Already drafted: {0}. Replace? The old enrollment ends and is kept.").format(which)
