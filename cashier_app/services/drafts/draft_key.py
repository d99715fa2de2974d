"""The bank-draft key: what encrypts bank account numbers and scans, kept outside the database.

``draft.key`` in the home folder holds one Fernet key per line, the newest first; every key is
tried when reading (``MultiFernet``), the first one encrypts. A copy of the database alone never
reveals an account number (DESIGN invariant 7). Several stations on one PostgreSQL database need
the same file (docs/admin-guide.md). A missing, unreadable or wrong key is a :class:`DraftKeyError`
with one clear sentence: never a traceback, never a wrong number.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from cashier_app import config
from cashier_app.i18n import _t
from cashier_app.private_files import private_folder

KEY_FILE = "draft.key"


class DraftKeyError(Exception):
    """The bank-draft key is missing, damaged, or not the one the numbers were encrypted with."""


def key_path() -> Path:
    return config.home() / KEY_FILE


def ensure_key() -> Path:
    """Make ``draft.key`` (0600) when the home has none; another process's key wins a race."""
    path = key_path()
    if not path.exists():
        private_folder(path.parent)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "wb") as fh:
                fh.write(Fernet.generate_key() + b"\n")
    return path


def read_keys(path: Path | None = None) -> list[bytes]:
    """The keys of ``draft.key``, newest first; DraftKeyError when missing or damaged."""
    path = path or key_path()
    try:
        lines = [line.strip() for line in path.read_bytes().splitlines() if line.strip()]
    except FileNotFoundError:
        raise DraftKeyError(
            _t("No bank-draft key on this station ({0}). Copy draft.key from the first station "
               "(docs/admin-guide.md, 'The bank-draft key').").format(path)) from None
    except OSError as exc:
        raise DraftKeyError(_t("The bank-draft key cannot be read ({0}): {1}.").format(path, exc.strerror)) from None
    if not lines:
        raise DraftKeyError(_t("The bank-draft key file is empty ({0}).").format(path))
    for number, line in enumerate(lines, 1):
        try:
            Fernet(line)
        except (ValueError, TypeError):
            raise DraftKeyError(_t("The bank-draft key file is damaged ({0}, line {1}).").format(
                                    path, number)) from None
    return lines


def draft_cipher(path: Path | None = None) -> MultiFernet:
    """The cipher of this station's ``draft.key``: encrypts with the newest key, reads with all."""
    return MultiFernet([Fernet(k) for k in read_keys(path)])


def encrypt_text(cipher: MultiFernet, value: str) -> bytes:
    return cipher.encrypt(value.encode("utf-8"))


def decrypt_text(cipher: MultiFernet, token: bytes) -> str:
    """The clear text of ``token``; DraftKeyError (without any of the number) when no key reads it."""
    return decrypt_bytes(cipher, token).decode("utf-8")


def decrypt_bytes(cipher: MultiFernet, token: bytes) -> bytes:
    try:
        return cipher.decrypt(bytes(token))
    except InvalidToken:
        raise DraftKeyError(
            _t("This station's bank-draft key cannot read the stored bank account numbers: its draft.key is not the "
               "one they were encrypted with. Copy draft.key from the first station (docs/admin-guide.md, 'The "
               "bank-draft key').")) from None
