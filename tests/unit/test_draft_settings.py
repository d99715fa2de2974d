"""Every ``drafts.*`` setting: a good value kept, a bad one refused with a message naming the setting
(by the NACHA file's own field rules), nothing changed; a blank origin value is allowed (a run
refuses it); the City's offset account is audited by its last 4 digits only."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from cashier_app.models import AuditEvent, Setting
from cashier_app.services import settings
from cashier_app.services.settings import SettingError, get_setting, set_setting

# key: (a good value, a refused value or None when only the type is checked, words of the refusal)
CASES = {
    "drafts.immediate_destination": ("053101121", "053101122", "check digit"),
    "drafts.immediate_destination_name": ("First Citizens Bank", "F" * 24, "holds 23"),
    "drafts.immediate_origin": ("1566000123", "15660", "neither a 9-digit routing number"),
    "drafts.immediate_origin_name": ("City of Shelby", "C" * 24, "holds 23"),
    "drafts.company_name": ("City of Shelby", "City of Shelby Utilities", "holds 16"),
    "drafts.company_identification": ("1566000123", "156-600012", "not 10 letters or digits"),
    "drafts.entry_description": ("UTILITIES", "UTILITY BILL", "holds 10"),
    "drafts.odfi_routing": ("053101121", "5310112", "not a routing number"),
    "drafts.balanced_file": ("yes", "maybe", "one of"),
    "drafts.offset_routing": ("061000104", "06100010x", "not a routing number"),
    "drafts.offset_account": ("5550001234", "5550-001234", "other than digits"),
    "drafts.offset_account_type": ("savings", "money market", "one of"),
    "drafts.lead_banking_days": (3, -1, "cannot be negative"),
    "drafts.prenote_banking_days": (6, "3", "whole number"),
    "drafts.allow_savings": ("yes", "sometimes", "one of"),
    "drafts.max_signature_age_days": (90, 60.5, "whole number"),
    "drafts.form_retention_years": (3, -2, "cannot be negative"),
    "drafts.short_notice_days": (12, "ten", "whole number"),
}


def test_every_drafts_setting_has_a_case():
    assert set(CASES) == {k for k in settings.DEFAULTS if k.startswith("drafts.")}


@pytest.mark.parametrize("key", sorted(CASES))
def test_a_good_value_is_kept_and_a_bad_one_refused(db, admin, key):
    good, bad, words = CASES[key]
    set_setting(db, admin, key, good)
    assert get_setting(db, key) == good
    with pytest.raises(SettingError, match=words) as refused:
        set_setting(db, admin, key, bad)
    assert key in str(refused.value) or "one of" in words or "whole number" in words or "negative" in words
    assert get_setting(db, key) == good  # unchanged


@pytest.mark.parametrize("key", [k for k in CASES if isinstance(settings.DEFAULTS[k], str)
                                 and k not in settings.CHOICES and k != "drafts.entry_description"])
def test_an_origin_value_may_be_blanked(db, admin, key):
    set_setting(db, admin, key, CASES[key][0])
    set_setting(db, admin, key, "  ")
    assert get_setting(db, key).strip() == ""


def test_the_offset_account_is_audited_by_its_last_4_digits(db, admin):
    set_setting(db, admin, "drafts.offset_account", "5550001234")
    with db.read() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "setting.change"))
        assert s.get(Setting, "drafts.offset_account").value == "5550001234"
    assert "5550001234" not in json.dumps([event.before, event.after])
    assert event.after["value"] == "****1234"


def test_a_bad_routing_number_from_the_command_line_changes_nothing(db, db_url, capsys):
    from cashier_app.cli import main

    code = main(["--db", db_url, "setting", "set", "drafts.odfi_routing", "123456789"])
    assert code == 1 and "drafts.odfi_routing" in capsys.readouterr().err
    with db.read() as s:
        assert s.get(Setting, "drafts.odfi_routing") is None
