"""Rotating draft.key: new key first, every ciphertext re-encrypted, old keys dropped last; a crash at
any step leaves a file that reads everything; a station whose key cannot read says so plainly."""
from __future__ import annotations

import os
import stat

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select

from cashier_app import cli
from cashier_app.models import AuditEvent, DraftDocument, DraftEnrollment, Role
from cashier_app.services.access import AccessDenied
from cashier_app.services.audit import verify_chain
from cashier_app.services.drafts import key_rotation
from cashier_app.services.drafts.draft_key import (
    DraftKeyError, decrypt_bytes, decrypt_text, draft_cipher, encrypt_text, key_path, read_keys,
)
from cashier_app.services.drafts.key_rotation import rotate_keys
from tests.draft_support import enroll
from tests.factories import make_account, make_user

NUMBERS = ["123456789012", "5550001111", "44443333222211"]


@pytest.fixture
def stored(db):
    """Three enrollments and a scan encrypted with the station's first key."""
    ids = []
    for i, number in enumerate(NUMBERS):
        account_id = make_account(db, f"200000{i}", customer_number=f"20000{i}")
        ids.append(enroll(db, account_id, number))
    cipher = draft_cipher()
    with db.write() as s:
        s.add(DraftDocument(enrollment_id=ids[0], kind="signed_form", media_type="application/pdf",
                            file_name="form.pdf", size=9, content_encrypted=cipher.encrypt(b"%PDF-scan")))
    return ids


def clear_values(db):
    cipher = draft_cipher()
    with db.read() as s:
        numbers = [decrypt_text(cipher, t) for t in s.scalars(
            select(DraftEnrollment.bank_account_encrypted).order_by(DraftEnrollment.id))]
        scans = [decrypt_bytes(cipher, t) for t in s.scalars(select(DraftDocument.content_encrypted))]
    return numbers, scans


def tokens(db):
    with db.read() as s:
        return (list(s.scalars(select(DraftEnrollment.bank_account_encrypted).order_by(DraftEnrollment.id)))
                + list(s.scalars(select(DraftDocument.content_encrypted))))


def test_rotation_re_encrypts_everything_and_keeps_only_the_new_key(db, admin, stored, monkeypatch):
    monkeypatch.setattr(key_rotation, "BATCH_ROWS", 2)  # several batches
    monkeypatch.setattr(key_rotation, "_ENCRYPTED", (
        (DraftEnrollment, DraftEnrollment.bank_account_encrypted, 2),
        (DraftDocument, DraftDocument.content_encrypted, 1)))
    old = read_keys()
    result = rotate_keys(db, admin)
    assert (result.enrollments, result.documents, result.old_keys_dropped) == (3, 1, 1)
    new = read_keys()
    assert len(new) == 1 and new[0] != old[0]
    assert stat.S_IMODE(os.stat(key_path()).st_mode) == 0o600
    assert clear_values(db) == (NUMBERS, [b"%PDF-scan"])
    only_old = Fernet(old[0])
    for token in tokens(db):  # nothing is readable with the old key any more
        with pytest.raises(Exception):
            only_old.decrypt(token)
    with db.read() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "draft_key.rotate"))
        assert {k: event.after[k] for k in ("enrollments", "documents", "old_keys_dropped")} == {
            "enrollments": 3, "documents": 1, "old_keys_dropped": 1}
        text = repr(event.after) + repr(event.before)
        assert not any(n in text for n in NUMBERS)
        assert verify_chain(s).first_broken_id is None


def test_only_an_administrator_rotates(db, stored):
    supervisor = make_user(db, "sam", roles=(Role.SUPERVISOR,))
    before = key_path().read_bytes()
    with pytest.raises(AccessDenied):
        rotate_keys(db, supervisor)
    assert key_path().read_bytes() == before


@pytest.mark.parametrize("step", ["after_new_key", "after_first_batch", "before_dropping_old_keys"])
def test_a_crash_in_the_middle_leaves_a_file_that_reads_everything(db, admin, stored, monkeypatch, step):
    """The process dies at ``step`` (simulated by an exception at that point): every number still
    reads with the file left behind, and a second rotation finishes the work."""
    class Crash(BaseException):  # not an Exception: nothing may catch it on the way up
        pass

    real_reencrypt, real_write = key_rotation._reencrypt, key_rotation.write_keys
    calls = {"reencrypt": 0, "write": 0}

    def reencrypt(*args):
        calls["reencrypt"] += 1
        if step == "after_new_key":
            raise Crash
        done = real_reencrypt(*args)
        if step == "after_first_batch":
            raise Crash
        return done

    def write_keys(path, keys):
        calls["write"] += 1
        if step == "before_dropping_old_keys" and calls["write"] == 2:
            raise Crash
        real_write(path, keys)

    monkeypatch.setattr(key_rotation, "_reencrypt", reencrypt)
    monkeypatch.setattr(key_rotation, "write_keys", write_keys)
    with pytest.raises(Crash):
        rotate_keys(db, admin)
    assert len(read_keys()) == 2  # the new key first, the old one still there
    assert clear_values(db) == (NUMBERS, [b"%PDF-scan"])
    monkeypatch.setattr(key_rotation, "_reencrypt", real_reencrypt)
    monkeypatch.setattr(key_rotation, "write_keys", real_write)
    rotate_keys(db, admin)
    assert len(read_keys()) == 1
    assert clear_values(db) == (NUMBERS, [b"%PDF-scan"])


def test_a_row_no_key_reads_stops_the_rotation_with_nothing_lost(db, admin, stored):
    stranger = Fernet(Fernet.generate_key())
    with db.write() as s:
        row = s.get(DraftEnrollment, stored[2])
        row.bank_account_encrypted = stranger.encrypt(b"99998888777")
    with pytest.raises(DraftKeyError, match="cannot be read with any key") as caught:
        rotate_keys(db, admin)
    assert "99998888777" not in str(caught.value)
    assert len(read_keys()) == 2  # old key kept: the rows already rotated and the others all read
    cipher = draft_cipher()
    with db.read() as s:
        readable = [decrypt_text(cipher, s.get(DraftEnrollment, i).bank_account_encrypted) for i in stored[:2]]
    assert readable == NUMBERS[:2]


def test_a_row_written_with_the_old_key_meanwhile_is_caught(db, admin, stored, monkeypatch):
    """Another station, still on the old file, enrolls while the rotation runs."""
    old_cipher = draft_cipher()
    real = key_rotation._reencrypt
    state = {"first": True}

    def reencrypt(db_, model, column, batch, cipher):
        done = real(db_, model, column, batch, cipher)
        if state["first"]:
            state["first"] = False
            with db_.write() as s:
                s.get(DraftEnrollment, stored[1]).bank_account_encrypted = encrypt_text(old_cipher, "5550001111")
        return done

    monkeypatch.setattr(key_rotation, "_reencrypt", reencrypt)
    rotate_keys(db, admin)
    assert len(read_keys()) == 1
    assert clear_values(db)[0] == NUMBERS


def test_missing_or_wrong_key_file_is_one_clear_sentence(db, admin, stored):
    key_path().write_bytes(b"not a key\n")
    with pytest.raises(DraftKeyError, match=r"damaged .*line 1"):
        rotate_keys(db, admin)
    key_path().unlink()
    with pytest.raises(DraftKeyError, match="No bank-draft key on this station"):
        rotate_keys(db, admin)
    # a valid key, but not the one the numbers were encrypted with: refused, never a wrong number
    key_path().write_bytes(Fernet.generate_key() + b"\n")
    with pytest.raises(DraftKeyError, match="cannot be read with any key") as caught:
        rotate_keys(db, admin)
    assert not any(n in str(caught.value) for n in NUMBERS)
    with pytest.raises(DraftKeyError, match="not the one they were encrypted with"):
        clear_values(db)


def test_keys_rotate_command(db, db_url, stored, capsys):
    assert cli.main(["--db", db_url, "keys", "rotate"]) == 0
    out = capsys.readouterr().out
    assert "3 bank account numbers and 1 scans re-encrypted" in out and "Copy this draft.key" in out
    assert clear_values(db) == (NUMBERS, [b"%PDF-scan"])
    key_path().write_bytes(Fernet.generate_key() + b"\n")  # a station with someone else's key
    assert cli.main(["--db", db_url, "keys", "rotate"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cashier-app: A stored bank account number or scan") and "Traceback" not in err
    assert err.count("\n") == 1 and not any(n in err for n in NUMBERS)
