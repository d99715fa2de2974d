"""Rotating the bank-draft key: a new key in ``draft.key``, every stored number and scan re-encrypted.

Three steps, each safe to be cut short by a crash or a power cut:

1. a new Fernet key is written as the FIRST line of ``draft.key``, the old keys kept below it (the
   whole file replaced at once, 0600: ``private_files.write_whole``). From here on the station
   encrypts with the new key and still reads everything.
2. every ciphertext (``draft_enrollments.bank_account_encrypted``, ``draft_documents.content_encrypted``)
   is re-encrypted with ``MultiFernet.rotate``, a batch of rows per transaction. A row is either
   still under an old key or under the new one: both are in the file.
3. only when every row reads with the new key alone, the old keys are dropped from the file
   (again one whole-file replacement), and the rotation is audited (counts, never a number).

A crash before step 3 leaves a file that reads every row; running ``keys rotate`` again finishes
the work (it adds one more key and drops all the older ones).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import select, update

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import DraftDocument, DraftEnrollment, Role
from cashier_app.private_files import write_whole
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event
from cashier_app.services.drafts.draft_key import DraftKeyError, key_path, read_keys

ROTATE_ACTION = "draft_key.rotate"
BATCH_ROWS = 500  # rows re-encrypted per transaction (scans can be a few MB each: keep it modest)
_DOCUMENT_BATCH = 20

#: (model, encrypted column, rows per batch): every ciphertext the key protects.
_ENCRYPTED = (
    (DraftEnrollment, DraftEnrollment.bank_account_encrypted, BATCH_ROWS),
    (DraftDocument, DraftDocument.content_encrypted, _DOCUMENT_BATCH),
)


@dataclass(frozen=True)
class RotationResult:
    enrollments: int  # account numbers re-encrypted
    documents: int  # scans re-encrypted
    old_keys_dropped: int  # old keys removed from draft.key
    path: Path


def write_keys(path: Path, keys: list[bytes]) -> None:
    """Replace ``draft.key`` whole (0600): a reader sees the old file or the new one, never half."""
    write_whole(path, b"".join(k + b"\n" for k in keys))


def _reencrypt(db: Database, model, column, batch: int, cipher: MultiFernet) -> int:
    """Re-encrypt every row of ``column`` with the cipher's first key, ``batch`` rows per transaction."""
    done, last_id = 0, 0
    while True:
        with db.write() as s:
            rows = s.execute(select(model.id, column).where(model.id > last_id)
                             .order_by(model.id).limit(batch)).all()
            if not rows:
                return done
            for row_id, token in rows:
                try:
                    fresh = cipher.rotate(bytes(token))
                except InvalidToken:
                    raise DraftKeyError(
                        _t("A stored bank account number or scan ({0} row {1}) cannot be read with any key of this "
                           "station's draft.key: the rotation stopped, nothing was lost (every row still reads as "
                           "before). Copy the draft.key the numbers were encrypted with (docs/admin-guide.md, 'The "
                           "bank-draft key').").format(model.__tablename__, row_id)) from None
                s.execute(update(model).where(model.id == row_id).values({column.key: fresh}))
            last_id = rows[-1][0]
            done += len(rows)


def _unread_by(db: Database, newest: Fernet) -> list[tuple[str, int]]:
    """Rows the newest key alone cannot read (a station with an older file wrote them meanwhile)."""
    left = []
    for model, column, batch in _ENCRYPTED:
        last_id = 0
        while True:
            with db.read() as s:
                rows = s.execute(select(model.id, column).where(model.id > last_id)
                                 .order_by(model.id).limit(batch)).all()
            if not rows:
                break
            for row_id, token in rows:
                try:
                    newest.extract_timestamp(bytes(token))  # checks the signature; cheaper than decrypting
                except InvalidToken:
                    left.append((model.__tablename__, row_id))
            last_id = rows[-1][0]
    return left


@requires(Role.ADMINISTRATOR)
def rotate_keys(db: Database, actor: Actor, path: Path | None = None) -> RotationResult:
    """Put a new key first in ``draft.key``, re-encrypt every stored account number and scan with it,
    then drop the old keys and audit the counts. DraftKeyError (nothing lost) when the file is missing
    or damaged, or a stored row cannot be read with it."""
    path = path or key_path()
    old_keys = read_keys(path)
    new_key = Fernet.generate_key()
    write_keys(path, [new_key, *old_keys])  # step 1: still reads everything
    cipher = MultiFernet([Fernet(k) for k in (new_key, *old_keys)])
    counts = [_reencrypt(db, model, column, batch, cipher) for model, column, batch in _ENCRYPTED]  # step 2
    for _ in range(3):  # rows another station wrote with an old key while this ran
        left = _unread_by(db, Fernet(new_key))
        if not left:
            break
        for model, column, batch in _ENCRYPTED:
            _reencrypt(db, model, column, batch, cipher)
    else:
        raise DraftKeyError(_t("Other stations keep writing bank account numbers with the old key: stop enrolling "
                               "on them and run 'keys rotate' again (draft.key still reads everything)."))
    with db.write() as s:  # step 3: the audit event commits before the old keys go
        record_event(s, actor, ROTATE_ACTION, "draft_key", "draft.key",
                     after={"enrollments": counts[0], "documents": counts[1], "old_keys_dropped": len(old_keys)})
    write_keys(path, [new_key])
    return RotationResult(counts[0], counts[1], len(old_keys), path)
