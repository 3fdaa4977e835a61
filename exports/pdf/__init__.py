"""Thai PDF documents: verification forms, referral letters, village registers, case summaries.

``render_document`` lays out any document from :mod:`core.documents`; ``print_document`` and
``print_villages`` are the use cases behind ``python main.py print …`` and the reports page:
they get the document from a reader the caller passes (this package never opens the
database), lay it out and write it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from core.documents import (
    CaseSummary,
    Document,
    ReferralLetter,
    VerificationBatch,
    VillageRegister,
    check_pdf_path,
)
from core.errors import Cancelled, ProgressFn, user_errors
from exports.pdf.common import Options
from exports.pdf.layout import BuildResult

__all__ = ["BuildResult", "Options", "document_title", "print_document", "print_villages",
           "render_document", "suggested_file_name"]


def render_document(doc: Document, out: Path | None, *, options: Options | None = None,
                    progress: ProgressFn | None = None) -> BuildResult:
    """Lay out a document and write it to ``out`` (or only return the bytes)."""
    if isinstance(doc, VerificationBatch):
        from exports.pdf.verification import build_verification

        return build_verification(doc, out, options=options, progress=progress)
    if isinstance(doc, VillageRegister):
        from exports.pdf.register import build_register

        return build_register(doc, out, options=options, progress=progress)
    if isinstance(doc, ReferralLetter):
        from exports.pdf.referral import build_referral

        return build_referral(doc, out, options=options, progress=progress)
    if isinstance(doc, CaseSummary):
        from exports.pdf.summary import build_summary

        return build_summary(doc, out, options=options, progress=progress)
    raise TypeError(f"not a document: {type(doc).__name__}")


def document_title(doc: Document) -> str:
    """What the document is, for people (Thai)."""
    if isinstance(doc, VerificationBatch):
        return "แบบสอบทานข้อมูลครัวเรือน " + (doc.village.label if doc.village else "")
    if isinstance(doc, VillageRegister):
        return "ทะเบียนครัวเรือนเป้าหมาย " + doc.village.label
    if isinstance(doc, ReferralLetter):
        return f"หนังสือส่งต่อ {doc.number}"
    return f"สรุปข้อมูลครัวเรือน {doc.household.head_name}"


def suggested_file_name(doc: Document) -> str:
    """A file name for Save as (no characters that Windows refuses)."""
    if isinstance(doc, VerificationBatch):
        stem = f"verification-{doc.village.code if doc.village else 'selection'}"
    elif isinstance(doc, VillageRegister):
        stem = f"register-{doc.village.code}"
    elif isinstance(doc, ReferralLetter):
        stem = "referral-" + re.sub(r"[^0-9A-Za-z\u0E00-\u0E7F.-]+", "-", doc.number)
    else:
        stem = f"summary-{doc.household.id}"
    return stem + ".pdf"


def print_document(read: Callable[[], Document], out: Path, *,
                   options: Options | None = None,
                   progress: ProgressFn | None = None) -> tuple[Document, BuildResult]:
    """Get a document from ``read`` (``core.documents.read_document`` …) and write its PDF.

    The output path is checked before anything is read. The caller notes in the audit log
    who wrote which households' data (``core.documents.record_print``).
    """
    out = check_pdf_path(out)
    doc = read()
    with user_errors(str(out)):
        result = render_document(doc, out, options=options, progress=progress)
    return doc, result


def print_villages(read: Callable[[str], Document], codes: Sequence[str], folder: Path, *,
                   options: Options | None = None, progress: ProgressFn | None = None,
                   written_one: Callable[[Document, Path, int], None] | None = None,
                   ) -> list[tuple[str, Path, int]]:
    """One PDF per village (``read(code)`` gives its document) into ``folder``:
    ``verification-52010512.pdf`` …; returns (village code, file, pages) for each.

    ``progress`` counts villages; returning False stops before the next village (the files
    already written stay, each one whole). ``written_one(doc, file, pages)`` is called after
    each file (the audit log).
    """
    written: list[tuple[str, Path, int]] = []
    for n, code in enumerate(codes):
        if progress is not None and progress(n, len(codes)) is False:
            raise Cancelled()
        doc = read(code)
        out = Path(folder) / suggested_file_name(doc)
        with user_errors(str(out)):
            result = render_document(doc, out, options=options)
        if written_one is not None:
            written_one(doc, out, result.pages)
        written.append((code, out, result.pages))
    if progress is not None:
        progress(len(codes), len(codes))
    return written
