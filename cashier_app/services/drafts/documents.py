"""Scans of the signed authorization form and of the voided check, kept with the enrollment.

A scan is a PDF, PNG or JPEG file of at most ``SCAN_LIMIT`` bytes, recognised by its content (not
its name): a PDF starts with ``%PDF-`` and ends with ``%%EOF``; a PNG has its signature, its header
chunk and its end chunk; a JPEG starts with a start-of-image marker and ends with an end-of-image
marker. It is stored encrypted with the bank-draft key (like the account number it shows), with the
SHA-256 of its clear content. Only supervisors may see one again, and every viewing is audited.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from cashier_app.db import Database
from cashier_app.i18n import _t
from cashier_app.models import DraftDocument, DraftEnrollment, Role
from cashier_app.services.access import Actor, requires
from cashier_app.services.audit import record_event
from cashier_app.services.drafts import draft_key
from cashier_app.services.drafts.enrollments import writing_cipher
from cashier_app.services.refusal import Refused

SCAN_LIMIT = 10 * 1024 * 1024  # 10 MB: a page scanned at 300 dpi in colour is well under it
KINDS = ("signed_form", "voided_check")
PDF, PNG, JPEG = "application/pdf", "image/png", "image/jpeg"
SUFFIXES = {PDF: ".pdf", PNG: ".png", JPEG: ".jpg"}
ADD_ACTION, VIEW_ACTION = "draft.scan_added", "draft.scan_viewed"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_LONG_NUMBER = re.compile(r"\d{5,}")


class ScanRefused(Refused):
    """A scan that cannot be kept (field "scan"), or a document that cannot be shown."""


@dataclass(frozen=True)
class Scan:
    """A scan read and recognised, not stored yet."""

    kind: str
    media_type: str
    file_name: str  # the file's name with any long number masked (it may be the account number)
    content: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True)
class ScanContent:
    document_id: int
    enrollment_id: int
    kind: str
    media_type: str
    file_name: str
    sha256: str
    content: bytes


def media_type_of(content: bytes) -> str | None:
    """``application/pdf``, ``image/png`` or ``image/jpeg`` when the bytes are one whole such file."""
    if content.startswith(b"%PDF-") and b"%%EOF" in content[-2048:]:
        return PDF
    if (content.startswith(_PNG_SIGNATURE) and content[12:16] == b"IHDR"
            and content.rstrip(b"\x00")[-8:-4] == b"IEND"):
        return PNG
    if content.startswith(b"\xff\xd8\xff") and b"\xff\xd9" in content[-64:]:
        return JPEG
    return None


def safe_file_name(name: str) -> str:
    """A file name fit to store and show: runs of 5 digits or more keep their last 4 only."""
    return _LONG_NUMBER.sub(lambda m: "****" + m.group(0)[-4:], Path(name).name)[:200]


def read_scan(path: Path | str, kind: str) -> Scan:
    """The scan at ``path``, read and recognised; ScanRefused (field "scan") when it is not a PDF, PNG
    or JPEG by its content, is empty, too large, or cannot be read."""
    if kind not in KINDS:
        raise ScanRefused(_t("A scan is of the signed form or of the voided check."), "scan")
    path = Path(path)
    shown = safe_file_name(path.name)
    try:
        size = path.stat().st_size
        if size > SCAN_LIMIT:
            raise ScanRefused(_t("{0} is {1:.1f} MB; a scan may be {2} MB at most (scan in grey at 200-300 "
                                 "dpi).").format(
                                  shown, size / 1024 / 1024, SCAN_LIMIT // 1024 // 1024), "scan")
        content = path.read_bytes()
    except OSError as exc:
        raise ScanRefused(_t("{0} cannot be read: {1}.").format(shown, exc.strerror or exc), "scan") from None
    if not content:
        raise ScanRefused(_t("{0} is empty.").format(shown), "scan")
    media_type = media_type_of(content)
    if media_type is None:
        refused = (_t("{0} is not a PDF, PNG or JPEG file (by its content); scan the signed form to one of those.")
                   if kind == "signed_form" else
                   _t("{0} is not a PDF, PNG or JPEG file (by its content); scan the voided check to one of those."))
        raise ScanRefused(refused.format(shown), "scan")
    return Scan(kind, media_type, shown, content)


@requires(Role.CASHIER, Role.SUPERVISOR)
def add_document(db: Database, actor: Actor, enrollment_id: int, kind: str, path: Path | str) -> int:
    """Keep the scan at ``path`` (``kind`` "signed_form" or "voided_check") with the enrollment,
    encrypted; audited. Returns the document's id. ScanRefused when it is not a scan we keep."""
    scan = read_scan(path, kind)
    return add_scan(db, actor, enrollment_id, scan)


@requires(Role.CASHIER, Role.SUPERVISOR)
def add_scan(db: Database, actor: Actor, enrollment_id: int, scan: Scan) -> int:
    """Keep a scan already read by :func:`read_scan` (the window reads it when it is dropped)."""
    with db.write() as s:
        if s.get(DraftEnrollment, enrollment_id) is None:
            raise ScanRefused(_t("That enrollment does not exist."), "enrollment")
        cipher = writing_cipher(s)
        document = DraftDocument(enrollment_id=enrollment_id, kind=scan.kind, media_type=scan.media_type,
                                 file_name=scan.file_name, size=len(scan.content), sha256=scan.sha256,
                                 content_encrypted=cipher.encrypt(scan.content), added_by_id=actor.user_id)
        s.add(document)
        s.flush()
        record_event(s, actor, ADD_ACTION, "draft_enrollment", enrollment_id,
                     after={"document": document.id, "kind": scan.kind, "media_type": scan.media_type,
                            "size": document.size, "sha256": document.sha256, "file_name": scan.file_name})
        return document.id


@requires(Role.SUPERVISOR)
def document_content(db: Database, actor: Actor, document_id: int) -> ScanContent:
    """A scan's clear content, for a supervisor to look at; the viewing is audited. DraftKeyError
    when this station's key cannot read it; ScanRefused when it does not match its SHA-256."""
    cipher = draft_key.draft_cipher()
    with db.write() as s:
        document = s.get(DraftDocument, document_id)
        if document is None:
            raise ScanRefused(_t("That scan does not exist."), "document")
        content = draft_key.decrypt_bytes(cipher, document.content_encrypted)
        if hashlib.sha256(content).hexdigest() != document.sha256:
            raise ScanRefused(_t("That scan does not match what was stored; it is not shown."), "document")
        record_event(s, actor, VIEW_ACTION, "draft_enrollment", document.enrollment_id,
                     after={"document": document.id, "kind": document.kind})
        return ScanContent(document.id, document.enrollment_id, document.kind, document.media_type,
                           document.file_name, document.sha256, content)
