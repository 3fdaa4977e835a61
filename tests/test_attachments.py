"""Photos and scans kept with a household: checked on the way in, intact on the way out."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.attachments import (
    MAX_BYTES,
    add_attachment,
    attachment_content,
    attachments_of,
    remove_attachment,
)
from core.database import Database
from core.errors import UserError
from core.undo import undo_last_change
from db.models import Attachment, AttachmentContent
from tests.case_helpers import make_household

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"0" * 64


def test_a_photo_is_kept_whole_and_listed(database: Database, tmp_path: Path) -> None:
    case = make_household(database)
    photo = tmp_path / "บ้าน.png"
    photo.write_bytes(PNG)
    aid = add_attachment(database, database.default_actor(), case.id, photo,  # type: ignore[arg-type]
                         caption="สภาพบ้าน")
    listed = attachments_of(database, case.id)  # type: ignore[arg-type]
    assert [(a.id, a.file_name, a.mime_type, a.size_bytes, a.caption) for a in listed] == [
        (aid, "บ้าน.png", "image/png", len(PNG), "สภาพบ้าน")]
    assert attachment_content(database, aid) == ("บ้าน.png", PNG)


@pytest.mark.parametrize(("name", "content", "words"), [
    ("virus.exe", b"MZ" + b"\x00" * 10, "แนบได้เฉพาะ"),
    ("scan.pdf", PNG, "ไม่ใช่ไฟล์ PDF"),
    ("empty.jpg", b"", "ว่างเปล่า"),
    ("huge.pdf", b"%PDF" + b"0" * MAX_BYTES, "ใหญ่เกิน"),
])
def test_what_cannot_be_attached_is_refused_and_nothing_is_kept(
        database: Database, tmp_path: Path, name: str, content: bytes, words: str) -> None:
    case = make_household(database)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=words):
        add_attachment(database, database.default_actor(), case.id, path)  # type: ignore[arg-type]
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def test_attaching_can_be_undone_and_removing_keeps_the_history(
        database: Database, tmp_path: Path) -> None:
    case = make_household(database)
    scan = tmp_path / "receipt.pdf"
    scan.write_bytes(PDF)
    actor = database.default_actor()
    add_attachment(database, actor, case.id, scan)  # type: ignore[arg-type]
    undo_last_change(database, actor, case.id)  # type: ignore[arg-type]
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(AttachmentContent)) == 0
    aid = add_attachment(database, actor, case.id, scan)  # type: ignore[arg-type]
    remove_attachment(database, actor, aid)
    assert attachments_of(database, case.id) == []  # type: ignore[arg-type]
    with pytest.raises(UserError):
        attachment_content(database, aid)
