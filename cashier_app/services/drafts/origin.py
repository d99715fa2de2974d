"""The draft file's origin: who sends it and to which bank, read from the ``drafts.*`` settings.

Every value is checked by the file's own field rules (``ach/nacha.py``); a blank or refused value
stops the run with one sentence naming the setting and where it is described.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from cashier_app.ach import nacha
from cashier_app.ach.nacha_fields import NachaError
from cashier_app.i18n import _t
from cashier_app.services.refusal import Refused
from cashier_app.services.settings import read_settings

GUIDE = "docs/admin-guide.md, 'Bank draft settings'"
# Origin field -> the setting it comes from.
SETTING_OF = {
    "immediate_destination": "drafts.immediate_destination",
    "immediate_destination_name": "drafts.immediate_destination_name",
    "immediate_origin": "drafts.immediate_origin",
    "immediate_origin_name": "drafts.immediate_origin_name",
    "company_name": "drafts.company_name",
    "company_identification": "drafts.company_identification",
    "company_entry_description": "drafts.entry_description",
    "odfi_routing": "drafts.odfi_routing",
}
OFFSET_SETTINGS = {
    "offset.routing_number": "drafts.offset_routing",
    "offset.account_number": "drafts.offset_account",
    "offset.account_type": "drafts.offset_account_type",
}
ORIGIN_SETTINGS = (*SETTING_OF.values(), "drafts.balanced_file", *OFFSET_SETTINGS.values())


class OriginRefused(Refused):
    """A draft setting is blank or cannot go into the file; ``field`` is the setting's key."""


def draft_origin(session: Session) -> nacha.Origin:
    """The :class:`nacha.Origin` of the settings, each value checked; OriginRefused naming the
    first setting that is blank or wrong (an administrator sets it: ``cashier-app setting set``)."""
    values = read_settings(session, *ORIGIN_SETTINGS)
    for key in (*SETTING_OF.values(), *(OFFSET_SETTINGS.values() if values["drafts.balanced_file"] == "yes" else ())):
        if not str(values[key]).strip():
            raise OriginRefused(_t("Set {0} before making a draft run ({1}).").format(key, GUIDE), key)
    offset = None
    if values["drafts.balanced_file"] == "yes":
        offset = nacha.OffsetAccount(values["drafts.offset_routing"].strip(), values["drafts.offset_account"].strip(),
                                     values["drafts.offset_account_type"])
    origin = nacha.Origin(**{name: str(values[key]).strip() for name, key in SETTING_OF.items()}, offset=offset)
    try:
        nacha._checked_origin(origin)  # the file's own rules, the one place they are written
    except NachaError as exc:
        key = SETTING_OF.get(exc.field) or OFFSET_SETTINGS.get(exc.field, exc.field)
        raise OriginRefused(_t("The setting {0} cannot go into the draft file: {1} ({2}).").format(
                                key, exc.reason, GUIDE),
                            key) from None
    return origin
