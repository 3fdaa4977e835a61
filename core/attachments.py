"""Photos and scans kept with the database (inside it, so a backup holds them too)."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from core.access import require_households
from core.database import Database
from core.errors import UserError
from core.history import Actor, open_change, record_delete, record_insert
from core.i18n import translate
from db.models import Attachment, AttachmentContent, Household

MAX_BYTES = 15 * 1024 * 1024  # a phone photo or a multi-page scan, not a video
ALLOWED_TYPES = {
    "image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp",
    "application/pdf",
}
# File signatures: the content must be what the name says (a renamed .exe is refused).
_MAGIC = {
    "image/jpeg": (b"\xff\xd8\xff",), "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/gif": (b"GIF87a", b"GIF89a"), "image/webp": (b"RIFF",),
    "image/tiff": (b"II*\x00", b"MM\x00*"), "image/bmp": (b"BM",), "application/pdf": (b"%PDF",),
}


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment as the list shows it (without its bytes)."""

    id: int
    file_name: str
    mime_type: str
    size_bytes: int
    caption: str
    created_at_text: str
    visit_id: int | None
    intervention_id: int | None


def check_file(name: str, content: bytes) -> str:
    """The file's type, or a UserError saying why it cannot be attached."""
    mime = mimetypes.guess_type(name)[0] or ""
    if mime not in ALLOWED_TYPES:
        raise UserError(translate(
            "attachments", "{name} cannot be attached: attach photos (JPEG, PNG) or scans "
            "(PDF, TIFF).").format(name=name))
    if not content:
        raise UserError(translate("attachments", "{name} is empty.").format(name=name))
    if len(content) > MAX_BYTES:
        raise UserError(translate(
            "attachments", "{name} is larger than {mb} MB; make the photo smaller or scan at a "
            "lower resolution.").format(name=name, mb=MAX_BYTES // (1024 * 1024)))
    if not content.startswith(_MAGIC[mime]):
        raise UserError(translate(
            "attachments", "{name} is not really a {kind} file; it may be damaged or renamed.")
            .format(name=name, kind=mime.split("/")[-1].upper()))
    return mime


def add_attachment(database: Database, actor: Actor, household_id: int, path: Path, *,
                   caption: str | None = None, visit_id: int | None = None,
                   intervention_id: int | None = None) -> int:
    """Keep a copy of the file with the household (one change set); returns its id."""
    try:
        content = path.read_bytes()
    except OSError as e:
        raise UserError(translate("attachments", "{name} cannot be read: {error}").format(
            name=path.name, error=e.strerror or e)) from e
    mime = check_file(path.name, content)
    with database.begin() as s:
        if s.get(Household, household_id) is None:
            raise UserError(translate("attachments", "Household {id} does not exist.").format(
                id=household_id))
        require_households(s, actor, [household_id])
        change = open_change(s, actor, household_id=household_id, kind="attachment",
                             summary=translate("attachments", "file attached: {name}").format(
                                 name=path.name))
        row = Attachment(household_id=household_id, visit_id=visit_id,
                         intervention_id=intervention_id, file_name=path.name, mime_type=mime,
                         size_bytes=len(content), sha256=hashlib.sha256(content).hexdigest(),
                         caption=caption, created_by_id=actor.user_id)
        s.add(row)
        s.flush()
        s.add(AttachmentContent(attachment_id=row.id, content=content))
        record_insert(s, actor, row, change=change)
        return row.id


def attachments_of(database: Database, household_id: int) -> list[AttachmentInfo]:
    """The household's attachments, newest first."""
    from core.thai import format_date_be

    with database.read() as s:
        rows = s.scalars(select(Attachment).where(Attachment.household_id == household_id)
                         .order_by(Attachment.id.desc())).all()
        return [AttachmentInfo(a.id, a.file_name, a.mime_type, a.size_bytes, a.caption or "",
                               format_date_be(a.created_at.date(), style="short"), a.visit_id,
                               a.intervention_id) for a in rows]


def attachment_content(database: Database, attachment_id: int) -> tuple[str, bytes]:
    """The file name and bytes of an attachment (checked against its stored SHA-256)."""
    with database.read() as s:
        row = s.get(Attachment, attachment_id)
        content = s.get(AttachmentContent, attachment_id)
        if row is None or content is None:
            raise UserError(translate("attachments", "The attachment no longer exists."))
        if hashlib.sha256(content.content).hexdigest() != row.sha256:
            raise UserError(translate(
                "attachments", "The stored copy of {name} is damaged; restore a backup.").format(
                name=row.file_name))
        return row.file_name, content.content


def remove_attachment(database: Database, actor: Actor, attachment_id: int) -> None:
    """Remove an attachment (its history entry says which file; backups keep the bytes)."""
    with database.begin() as s:
        row = s.get(Attachment, attachment_id)
        if row is None:
            raise UserError(translate("attachments", "The attachment no longer exists."))
        require_households(s, actor, [row.household_id])
        change = open_change(s, actor, household_id=row.household_id, kind="attachment_removed",
                             summary=translate("attachments", "file removed: {name}").format(
                                 name=row.file_name))
        record_delete(s, actor, row, change=change)
        s.delete(row)
