"""Notifications of change (NOCs): the customer's bank asks the City to correct an enrollment.

C01-C07 correct the enrollment itself (account number re-encrypted with draft.key, routing number,
checking/savings, name on the account); C09 (individual ID: the City's account number in the
entry) and C08, C10-C14 (the City's own company fields, IAT, addenda format) change nothing on the
enrollment and are listed for the supervisor. Each NOC is applied once: ``DraftCorrection.identity``
(a hash of the original trace number, the code and the corrected data) is unique. What changed is
kept and shown with account numbers masked (``****1234``).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.fernet import MultiFernet
from sqlalchemy.orm import Session

from cashier_app.ach.returns import ChangeEntry
from cashier_app.i18n import _n, _t
from cashier_app.models import DraftCorrection, DraftEnrollment, DraftEntry
from cashier_app.services.access import Actor
from cashier_app.services.audit import record_event
from cashier_app.services.drafts.draft_key import decrypt_text, encrypt_text

CORRECTION_ACTION = "draft.correction"
#: What a NOC code that changes nothing on the enrollment asks the supervisor to do.
NOTED = {
    "C08": _n("IAT only: nothing to change on a PPD enrollment"),
    "C09": _n("the bank has another individual ID for this customer; the City's account number is kept: check it"),
    "C10": _n("the bank asks to correct the City's company name (setting drafts.company_name)"),
    "C11": _n("the bank asks to correct the City's company identification (setting drafts.company_identification)"),
    "C12": _n("the bank asks to correct the City's company name and identification (drafts.* settings)"),
    "C13": _n("the bank says the addenda format was wrong: tell the administrator"),
    "C14": _n("IAT only: nothing to change on a PPD enrollment"),
}


@dataclass(frozen=True)
class CorrectionDone:
    correction_id: int
    changes: dict  # field: [before, after], account numbers masked
    words: str  # "account ****1234 -> ****5678; routing 053101121 -> 061000104"


def identity(change: ChangeEntry) -> str:
    """The same NOC (same entry, code and corrected data) always has the same identity."""
    text = f"{change.original_trace}|{change.change_code}|{change.corrected_data}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _account_type(transaction_code: str) -> str:
    return "savings" if transaction_code.startswith("3") else "checking"


def _masked(last4: str) -> str:
    return f"****{last4}"


def apply_correction(s: Session, actor: Actor, change: ChangeEntry, entry: DraftEntry,
                     enrollment: DraftEnrollment, cipher: MultiFernet | None) -> CorrectionDone:
    """Correct ``enrollment`` as ``change`` says; record the DraftCorrection and the audit event.
    ``cipher`` is needed (and checked against the stored number) when the account number changes."""
    changes: dict[str, list[str]] = {}

    def set_field(name: str, shown: str, value: str, before_shown: str | None = None, after_shown: str | None = None
                  ) -> None:
        old = getattr(enrollment, name)
        if old != value:
            changes[shown] = [before_shown if before_shown is not None else old,
                              after_shown if after_shown is not None else value]
            setattr(enrollment, name, value)

    if change.corrected_account is not None:
        assert cipher is not None
        current = decrypt_text(cipher, enrollment.bank_account_encrypted)  # a wrong key stops here, unchanged
        if current != change.corrected_account:
            changes[_n("bank account")] = [_masked(enrollment.bank_account_last4),
                                       _masked(change.corrected_account[-4:])]
            enrollment.bank_account_encrypted = encrypt_text(cipher, change.corrected_account)
            enrollment.bank_account_last4 = change.corrected_account[-4:]
    if change.corrected_routing is not None:
        set_field("routing_number", _n("routing number"), change.corrected_routing)
    if change.corrected_transaction_code is not None:
        set_field("bank_account_type", _n("account type"), _account_type(change.corrected_transaction_code))
    if change.corrected_name is not None:
        set_field("name_on_account", _n("name on account"), change.corrected_name[:60])
    if change.corrected_individual_id is not None:
        changes[_n("individual ID (noted, not changed)")] = [change.individual_id, change.corrected_individual_id]
    row = DraftCorrection(entry_id=entry.id, enrollment_id=enrollment.id, change_code=change.change_code,
                          identity=identity(change), changes=changes, applied_by_id=actor.user_id)
    s.add(row)
    s.flush()
    record_event(s, actor, CORRECTION_ACTION, "draft_correction", row.id,
                 before={"enrollment": enrollment.id, "trace_number": entry.trace_number},
                 after={"code": change.change_code, "changes": changes})
    # The changes are stored with English field names; shown in the window's language.
    shown = "; ".join(f"{_t(k)} {v[0]} -> {v[1]}" for k, v in changes.items())
    if change.change_code in NOTED:
        noted = _t(NOTED[change.change_code])
        shown = f"{shown}; {noted}" if shown else noted
    elif not shown:
        shown = _t("the enrollment already had the corrected data")
    return CorrectionDone(row.id, changes, shown)
