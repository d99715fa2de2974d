"""The settings of the Administration window, grouped the way an administrator thinks of them, each
with what a person reads beside its field. Every key of services/settings.py DEFAULTS is in one
group (a test checks it), so a new setting cannot be left off the window."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingGroups", text)


@dataclass(frozen=True)
class SettingField:
    key: str
    caption: str
    hint: str = ""  # the values it takes, when the field itself does not show them


def field_name(key: str) -> str:
    """The objectName of a setting's field: ``setting_`` and the key with dots as underscores."""
    return "setting_" + key.replace(".", "_")


def error_name(key: str) -> str:
    return "settingError_" + key.replace(".", "_")


def setting_groups() -> list[tuple[str, list[SettingField]]]:
    money, whole = _t("an amount, e.g. 25.00"), _t("a whole number")
    routing = _t("the bank's 9-digit routing number")
    return [
        (_t("The City"), [
            SettingField("city.name", _t("The City's name"), _t("in the window titles and the counter's header")),
            SettingField("receipt.header", _t("Receipt header"),
                         _t("one line each: the City's name, address and phone")),
            SettingField("receipt.footer", _t("Receipt footer"), _t("one line each")),
            SettingField("city.time_zone", _t("Time zone"),
                         _t("e.g. America/New_York: business dates and printed times")),
        ]),
        (_t("Money"), [
            SettingField("returned_check.fee", _t("Returned-item fee"), money),
            SettingField("returned_check.cash_only_after", _t("Cash only after this many returned checks"), whole),
            SettingField("returned_check.window_months", _t("… within this many months"), whole),
            SettingField("drawer.difference_threshold", _t("Over/short needing a supervisor above"), money),
            SettingField("payments.noncash_overpay", _t("A check above what is owed"),
                         _t("credit: the excess stays on the account; refuse: change the amounts")),
            SettingField("money.cap", _t("Largest amount one field takes"), _t("an amount above $0.00")),
        ]),
        (_t("Fees shown to customers"), [
            SettingField("fees.counter", _t("At the counter"), money),
            SettingField("fees.online_card", _t("Online, by card"), money),
            SettingField("fees.online_echeck", _t("Online, by e-check"), money),
        ]),
        (_t("Counter"), [
            SettingField("counter.idle_lock_minutes", _t("Lock the screen after this many idle minutes"),
                         _t("0: never; a station's own idle_lock_minutes wins")),
            SettingField("login.max_failures", _t("Failed sign-ins before a user is locked"), whole),
            SettingField("backup.daily_folder", _t("Daily backup folder"), _t("empty: no daily backup")),
            SettingField("backup.keep_days", _t("Daily backups kept"), whole),
        ]),
        (_t("Bank draft"), [
            SettingField("drafts.company_name", _t("Company name"), _t("up to 16 characters, on the statement")),
            SettingField("drafts.company_identification", _t("Company ID"), _t("10 characters, often 1 + the EIN")),
            SettingField("drafts.entry_description", _t("Entry description"), _t("up to 10 characters")),
            SettingField("drafts.odfi_routing", _t("ODFI routing number"), routing),
            SettingField("drafts.immediate_origin", _t("Immediate origin"),
                         _t("9-digit routing number or the 10 characters the bank gave")),
            SettingField("drafts.immediate_origin_name", _t("Immediate origin name"), _t("up to 23 characters")),
            SettingField("drafts.immediate_destination", _t("Immediate destination"), routing),
            SettingField("drafts.immediate_destination_name", _t("Immediate destination name"),
                         _t("up to 23 characters")),
            SettingField("drafts.lead_banking_days", _t("Lead time (banking days)"), whole),
            SettingField("drafts.prenote_banking_days", _t("Prenote waiting (banking days)"), whole),
            SettingField("drafts.allow_savings", _t("Savings accounts allowed")),
            SettingField("drafts.max_signature_age_days", _t("Oldest signed form taken (days)"), whole),
            SettingField("drafts.form_retention_years", _t("Paper form kept (years after the end)"), whole),
            SettingField("drafts.short_notice_days", _t("Warn when the draft is closer to the bill (days)"), whole),
            SettingField("drafts.balanced_file", _t("Balanced file (offset entry)")),
            SettingField("drafts.offset_routing", _t("Offset routing number"), routing),
            SettingField("drafts.offset_account", _t("Offset account number"), _t("the City's own account")),
            SettingField("drafts.offset_account_type", _t("Offset account type")),
        ]),
    ]
