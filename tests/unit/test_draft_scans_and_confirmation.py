"""Scans kept with an enrollment (recognised by content, encrypted at rest, shown to supervisors only),
the confirmation slip through the print queue, the confirmation letter and the authorization form:
none of them holds the full bank account number."""
from __future__ import annotations

import io
import re
import subprocess

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from cashier_app.models import AuditEvent, DraftDocument, PrintJob
from cashier_app.receipts.file_printer import FilePrinter
from cashier_app.reports.draft_terms import draft_terms
from cashier_app.services.access import AccessDenied
from cashier_app.services.drafts import documents
from cashier_app.services.drafts.authorization import write_authorization_form
from cashier_app.services.drafts.confirmation import queue_confirmation, write_confirmation_letter
from cashier_app.services.drafts.documents import ScanRefused, add_document, document_content, read_scan
from cashier_app.services.drafts.enrollments import enroll
from cashier_app.services.print_queue import list_print_jobs, print_job_to_pdf
from cashier_app.services.printing import print_waiting
from tests.enrollment_support import ACCOUNT_NUMBER, customer_of, form


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(out, "PNG")
    return out.getvalue()


def jpeg_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(out, "JPEG")
    return out.getvalue()


def pdf_bytes() -> bytes:
    out = io.BytesIO()
    c = Canvas(out)
    c.drawString(72, 720, "signed form")
    c.showPage()
    c.save()
    return out.getvalue()


@pytest.fixture
def enrolled(enrolling):
    db, cashier, boss, ids = enrolling
    made = enroll(db, cashier, customer_of(db, ids["main"]), form(ids["main"], ids["second"]))
    return db, cashier, boss, ids, made.enrollment_ids[0]


@pytest.mark.parametrize("maker, media_type", [(png_bytes, "image/png"), (jpeg_bytes, "image/jpeg"),
                                               (pdf_bytes, "application/pdf")])
def test_a_scan_is_kept_encrypted_and_shown_to_supervisors_only(enrolled, tmp_path, maker, media_type):
    db, cashier, boss, _ids, enrollment_id = enrolled
    content = maker()
    path = tmp_path / f"check-{ACCOUNT_NUMBER}.bin"  # the name says nothing: the content does
    path.write_bytes(content)
    document_id = add_document(db, cashier, enrollment_id, "voided_check", path)
    with db.read() as s:
        row = s.get(DraftDocument, document_id)
        assert row.media_type == media_type and row.size == len(content)
        assert content[:200] not in bytes(row.content_encrypted) and content[-50:] not in bytes(row.content_encrypted)
        assert row.file_name == "check-****7890.bin"
        events = repr([(e.before, e.after) for e in s.scalars(select(AuditEvent))])
    assert ACCOUNT_NUMBER not in events
    with pytest.raises(AccessDenied):
        document_content(db, cashier, document_id)
    shown = document_content(db, boss, document_id)
    assert shown.content == content and shown.media_type == media_type
    with db.read() as s:
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)) == "draft.scan_viewed"


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"%PDF-1.4 cut off in the middle", "not a PDF, PNG or JPEG"),
    (b"Dear City, please draft my account", "not a PDF, PNG or JPEG"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 30, "not a PDF, PNG or JPEG"),
    (b"\xff\xd8\xff\xe0 truncated jpeg", "not a PDF, PNG or JPEG"),
])
def test_what_is_not_a_whole_pdf_png_or_jpeg_is_refused_and_nothing_is_kept(enrolled, tmp_path, content, words):
    db, cashier, _boss, _ids, enrollment_id = enrolled
    path = tmp_path / "scan.pdf"
    path.write_bytes(content)
    with pytest.raises(ScanRefused, match=words) as caught:
        add_document(db, cashier, enrollment_id, "signed_form", path)
    assert caught.value.field == "scan"
    with db.read() as s:
        assert s.scalar(select(DraftDocument.id)) is None


def test_a_scan_too_large_a_missing_file_and_an_unknown_kind_are_refused(enrolled, tmp_path, monkeypatch):
    db, cashier, _boss, _ids, enrollment_id = enrolled
    path = tmp_path / "big.png"
    path.write_bytes(png_bytes())
    monkeypatch.setattr(documents, "SCAN_LIMIT", 50)
    with pytest.raises(ScanRefused, match="at most"):
        add_document(db, cashier, enrollment_id, "signed_form", path)
    with pytest.raises(ScanRefused, match="cannot be read"):
        read_scan(tmp_path / "gone.png", "signed_form")
    with pytest.raises(ScanRefused, match="signed form or of the voided check"):
        read_scan(path, "selfie")


def test_the_confirmation_slip_prints_through_the_queue_with_the_last_4_only(enrolled, tmp_path):
    db, cashier, _boss, _ids, enrollment_id = enrolled
    job_id = queue_confirmation(db, cashier, enrollment_id)
    [waiting] = list_print_jobs(db, cashier, "S1")
    assert waiting.job_id == job_id and waiting.receipt_number == f"Bank draft D{enrollment_id:06d}"
    printer = FilePrinter(tmp_path / "printer")
    result = print_waiting(db, "S1", printer)
    assert result.printed == 1 and result.waiting == 0
    [text_file] = (tmp_path / "printer").glob("*.txt")
    text = text_file.read_text()
    escpos = next((tmp_path / "printer").glob("*.escpos")).read_bytes()
    assert "BANK DRAFT CONFIRMATION" in text and "Checking account ending 7890" in text
    assert "Account 1000001" in text and "Account 1000002" in text and "First draft:" in text
    assert "How to cancel" in text and "To stop your bank draft" in text and "free" in text
    for shown in (text, escpos.decode("latin-1")):
        assert ACCOUNT_NUMBER not in shown and "34567890" not in shown
    with db.read() as s:
        job = s.get(PrintJob, job_id)
        assert (job.state, job.document, job.payment_id, job.open_drawer) == ("printed", "draft_confirmation", None,
                                                                           False)


def test_a_waiting_confirmation_can_be_printed_to_pdf_instead(enrolled, tmp_path):
    db, cashier, _boss, _ids, enrollment_id = enrolled
    job_id = queue_confirmation(db, cashier, enrollment_id)
    path = print_job_to_pdf(db, cashier, job_id, tmp_path / "pdf")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "ending 7890" in text and ACCOUNT_NUMBER not in text


def test_the_confirmation_letter_has_the_terms_how_to_cancel_and_no_full_number(enrolled, tmp_path):
    db, cashier, _boss, _ids, enrollment_id = enrolled
    out = write_confirmation_letter(db, cashier, enrollment_id, tmp_path / "letter.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "Your bank draft enrollment" in flat and "account ending 7890" in flat
    assert "412 W Marion St" in flat and "Shelby, NC 28150" in flat  # the address for the window envelope
    assert "1000001" in flat and "1000002" in flat and "prenote" in flat
    assert "How to cancel" in flat and "option 2 then 2" in flat
    for term in draft_terms(with_cancel=False):
        assert " ".join(term.split()[:8]) in flat
    assert ACCOUNT_NUMBER not in flat and "34567890" not in flat
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.M)


def test_the_authorization_form_is_prefilled_from_the_customer(enrolling, tmp_path):
    db, cashier, _boss, ids = enrolling
    out = write_authorization_form(db, cashier, ids["second"], tmp_path / "form.pdf")
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "100001" in text and "9 Grover St" in text and "412 W Marion St" in text
    assert text.index("1000002") < text.index("1000001")  # the account on screen first
    assert "2000001" not in text  # another customer's account
