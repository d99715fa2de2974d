"""The station's two keys at set-up: made for a new database, copied from the first station otherwise.

``audit.key`` signs the audit chain and ``draft.key`` encrypts bank numbers; every station of one
database needs the same two files. Before anything is written, a key given (or already in this PC's
home) is checked against the database: the audit key must give the first audit event's hash, the
draft key must read one stored bank number. A key that does not fit is refused on the keys page.
"""
from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import InvalidToken

from cashier_app.i18n import _t
from cashier_app.services import audit
from cashier_app.services.drafts import draft_key
from cashier_app.services.drafts.draft_key import DraftKeyError
from cashier_app.services.setup.database_probe import DatabaseProbe, SetupRefused


@dataclass(frozen=True)
class KeyChoice:
    """Where this station's keys come from: None = made here (a new database) or kept (already in
    the home); a path = copied from that file (the first station's)."""

    audit_from: Path | None = None
    draft_from: Path | None = None


def home_keys() -> tuple[Path, Path]:
    return audit.key_path(), draft_key.key_path()


def read_audit_key(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise SetupRefused(_t("No file {0}.").format(path), "audit_key") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SetupRefused(_t("{0} cannot be read ({1}).").format(
                               path, getattr(exc, 'strerror', None) or exc), "audit_key") from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < 16:
        raise SetupRefused(_t("{0} is not an audit key (an audit.key holds one line of hexadecimal digits).").format(
                               path),
                           "audit_key")
    return key


def audit_key_fits(probe: DatabaseProbe, key: bytes) -> bool:
    event = probe.first_event
    if event is None:
        return True
    return hmac.compare_digest(event.hash, audit.event_digest(key, event.prev_hash, event))


def check_keys(probe: DatabaseProbe, choice: KeyChoice) -> list[str]:
    """What will be done with each key, one sentence each; SetupRefused (on audit_key or draft_key)
    when a key is missing for a database in use, unreadable, or not this database's."""
    audit_home, draft_home = home_keys()
    said = [_check_audit(probe, choice.audit_from, audit_home), _check_draft(probe, choice.draft_from, draft_home)]
    return said


def _check_audit(probe: DatabaseProbe, source: Path | None, home: Path) -> str:
    if home.exists():
        if source is not None and source.resolve() != home.resolve():
            raise SetupRefused(_t("This PC already has an audit key ({0}); it is kept and never replaced. Choose to "
                                  "keep it, or move it away first.").format(home), "audit_key")
        if not audit_key_fits(probe, read_audit_key(home)):
            raise SetupRefused(_t("The audit key already on this PC ({0}) does not match this database's audit "
                                  "trail: it is not the first station's audit.key.").format(home), "audit_key")
        return _t("audit.key: kept ({0})").format(home)
    if source is None:
        if probe.in_use:
            raise SetupRefused(_t("This database is already used by another station: copy the first station's "
                                  "audit.key (Choose file…)."), "audit_key")
        return _t("audit.key: made ({0})").format(home)
    if not audit_key_fits(probe, read_audit_key(source)):
        raise SetupRefused(_t("{0} does not match this database's audit trail: it is not the audit.key of the "
                              "station that set the database up.").format(source), "audit_key")
    return _t("audit.key: copied from {0} to {1}").format(source, home)


def _check_draft(probe: DatabaseProbe, source: Path | None, home: Path) -> str:
    path = home if home.exists() else source
    if home.exists() and source is not None and source.resolve() != home.resolve():
        raise SetupRefused(_t("This PC already has a bank-draft key ({0}); it is kept and never replaced. Choose to "
                              "keep it, or move it away first.").format(home), "draft_key")
    if path is None:
        if probe.in_use:
            raise SetupRefused(_t("This database is already used by another station: copy the first station's "
                                  "draft.key (Choose file…)."), "draft_key")
        return _t("draft.key: made ({0})").format(home)
    try:
        cipher = draft_key.draft_cipher(path)
        if probe.ciphertext is not None:
            cipher.decrypt(probe.ciphertext)
    except DraftKeyError as exc:
        raise SetupRefused(str(exc), "draft_key") from None
    except InvalidToken:
        raise SetupRefused(_t("{0} cannot read this database's bank account numbers: it is not the first station's "
                              "draft.key.").format(path), "draft_key") from None
    if path == home:
        return _t("draft.key: kept ({0})").format(home)
    return _t("draft.key: copied from {0} to {1}").format(source, home)
