"""This station's bank-draft key at set-up: made for the first station, copied to the others.

A key is made only while the database holds no encrypted bank numbers or scans: a second station
of a PostgreSQL database that made its own key would write numbers no other station can read.
It must get the first station's ``draft.key`` instead (docs/admin-guide.md, "The bank-draft key").
"""
from __future__ import annotations

from cryptography.fernet import InvalidToken
from sqlalchemy import select

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.services.drafts.draft_key import DraftKeyError, draft_cipher, ensure_key, key_path
from cashier_app.services.drafts.key_rotation import _ENCRYPTED


def _one_ciphertext(db: Database) -> bytes | None:
    with db.read() as s:
        for _model, column, _batch in _ENCRYPTED:
            token = s.scalar(select(column).limit(1))
            if token is not None:
                return bytes(token)
    return None


def key_for_this_station(db: Database) -> str:
    """Make ``draft.key`` for a database without encrypted rows; otherwise check the one there.
    Returns the sentence ``init`` prints; DraftKeyError when this station cannot read the numbers."""
    token = _one_ciphertext(db)
    path = key_path()
    if token is None:
        existed = path.exists()
        ensure_key()
        return f"bank-draft key: {'kept' if existed else 'made'} {path} (keep a copy apart from the backups)"
    if not path.exists():
        raise DraftKeyError(
            _t("This database already holds bank account numbers: copy draft.key from the first station to {0} "
               "(docs/admin-guide.md, 'The bank-draft key'); no new key was made.").format(path))
    try:
        draft_cipher().decrypt(token)
    except InvalidToken:
        raise DraftKeyError(
            _t("{0} cannot read this database's bank account numbers: it is not the first station's draft.key "
               "(docs/admin-guide.md, 'The bank-draft key').").format(path)) from None
    return f"bank-draft key: {path} reads this database's bank account numbers"
