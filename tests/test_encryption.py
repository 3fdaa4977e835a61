"""SQLCipher encryption at rest: new encrypted files, encrypted copies of plain ones, the
passphrase asked for and refused in Thai, encrypted backups, the window's steps."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from core.backup import automatic_backup, list_backups, restore_database
from core.database import Database, PassphraseNeeded, WrongPassphrase, open_database
from core.encryption import encrypt_copy, encrypted_name
from core.errors import UserError
from db.models import Household
from tests.test_cli import assert_one_line_error, run

pytest.importorskip("sqlcipher3")
SHOTS = os.environ.get("KAEJON_SCREENSHOTS")
KEY = "ลำปาง-2569-secret"


def shoot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))  # type: ignore[attr-defined]


def households(database: Database) -> int:
    with database.read() as s:
        return int(s.scalar(select(func.count()).select_from(Household)) or 0)


def plain_sqlite_cannot_read(path: Path) -> None:
    with closing(sqlite3.connect(path)) as con, pytest.raises(sqlite3.DatabaseError,
                                                             match="not a database"):
        con.execute("SELECT count(*) FROM households").fetchall()
    assert b"households" not in path.read_bytes()  # not even the table names show


@pytest.fixture
def encrypted(demo_template: Path, tmp_path: Path) -> Path:
    """An encrypted copy of the 300-household demo district."""
    plain = tmp_path / "plain.db"
    shutil.copy(demo_template, plain)
    return encrypt_copy(plain, tmp_path / "office.db", KEY)


def test_an_encrypted_copy_is_unreadable_without_the_key(encrypted: Path) -> None:
    plain_sqlite_cannot_read(encrypted)
    assert (encrypted.parent / "plain.db").exists()  # the original stays until removed
    database = open_database(encrypted, key=KEY)
    try:
        assert households(database) == 300
        assert database.label == str(encrypted)  # the passphrase never shows
        assert KEY not in database.label
    finally:
        database.dispose()


def test_a_wrong_or_missing_passphrase_is_a_clear_thai_message(encrypted: Path) -> None:
    with pytest.raises(WrongPassphrase) as wrong:
        open_database(encrypted, key="ไม่ใช่รหัสนี้")
    assert str(wrong.value).startswith("รหัสผ่านฐานข้อมูลที่ป้อนเปิดฐานข้อมูล")
    with pytest.raises(PassphraseNeeded) as missing:
        open_database(encrypted)
    assert "เข้ารหัส" in str(missing.value)


def test_backups_of_an_encrypted_database_are_encrypted(encrypted: Path) -> None:
    database = open_database(encrypted, key=KEY)
    try:
        copy = automatic_backup(database, database.system_actor(), "daily")
        assert copy is not None
    finally:
        database.dispose()
    plain_sqlite_cannot_read(copy)
    kept = restore_database(str(encrypted), copy, key=KEY)
    assert kept is not None
    plain_sqlite_cannot_read(kept)
    restored = open_database(encrypted, key=KEY)
    try:
        assert households(restored) == 300
    finally:
        restored.dispose()
    # a plain backup cannot replace an encrypted database
    with pytest.raises(UserError, match="ไม่ได้เข้ารหัส"):
        restore_database(str(encrypted), encrypted.parent / "plain.db", key=KEY)


def test_encrypting_twice_or_over_a_file_is_refused(encrypted: Path) -> None:
    with pytest.raises(UserError):
        encrypt_copy(encrypted, encrypted.with_name("again.db"), KEY)
    with pytest.raises(UserError):
        encrypt_copy(encrypted.parent / "plain.db", encrypted, KEY)
    with pytest.raises(UserError, match="8"):
        encrypt_copy(encrypted.parent / "plain.db", encrypted.with_name("x.db"), "short")


def test_the_command_line_creates_opens_and_refuses(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "laptop.db"
    monkeypatch.setenv("KAEJON_DB_PASSPHRASE", KEY)
    code, _out, err = run(capsys, "init", "--district", "5201", "--db", str(path), "--encrypt")
    assert (code, err) == (0, "")
    plain_sqlite_cannot_read(path)
    code, out, err = run(capsys, "info", "--db", str(path), "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["households"] == 0
    code, _out, err = run(capsys, "audit", "verify", "--db", str(path))
    assert code == 0
    monkeypatch.setenv("KAEJON_DB_PASSPHRASE", "wrong-passphrase")
    message = assert_one_line_error(*run(capsys, "info", "--db", str(path)))
    assert "รหัสผ่าน" in message
    monkeypatch.delenv("KAEJON_DB_PASSPHRASE")
    message = assert_one_line_error(*run(capsys, "info", "--db", str(path)))
    assert "KAEJON_DB_PASSPHRASE" in message


def test_the_command_line_encrypts_a_copy(capsys: pytest.CaptureFixture[str],
                                          demo_template: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    plain = tmp_path / "office.db"
    shutil.copy(demo_template, plain)
    monkeypatch.setenv("KAEJON_DB_PASSPHRASE", KEY)
    code, out, err = run(capsys, "encrypt", "--db", str(plain))
    assert (code, err) == (0, "")
    target = encrypted_name(plain)
    assert str(target) in out
    plain_sqlite_cannot_read(target)
    code, out, err = run(capsys, "list", "--db", str(target), "--limit", "3")
    assert (code, err, out.count("\n")) == (0, "", 3)


# --------------------------------------------------------------------------- the window


@pytest.fixture
def prompts_answered(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> dict[str, list]:
    from ui import prompts
    from ui.theme import apply_theme
    from ui.translation import install_translators

    install_translators(qapp, "th")
    apply_theme(qapp)
    said: dict[str, list] = {"error": [], "info": [], "passphrases": []}
    monkeypatch.setattr(prompts, "show_user_error", lambda _p, m: said["error"].append(m))
    monkeypatch.setattr(prompts, "show_info", lambda _p, m: said["info"].append(m))
    monkeypatch.setattr(prompts, "confirm", lambda _p, _q: True)
    monkeypatch.setattr(prompts, "ask_passphrase",
                        lambda _p, _q: said["passphrases"].pop(0) if said["passphrases"] else None)
    return said


@pytest.mark.gui
def test_the_window_asks_until_the_passphrase_opens_it(encrypted: Path,
                                                       prompts_answered: dict[str, list]) -> None:
    from core.database import locate
    from ui.app import open_existing

    url, _ = locate(str(encrypted))
    prompts_answered["passphrases"] = ["wrong-one", KEY]
    database = open_existing(url)
    assert database is not None
    try:
        assert households(database) == 300
    finally:
        database.dispose()
    assert len(prompts_answered["error"]) == 1
    assert prompts_answered["error"][0].startswith("รหัสผ่านฐานข้อมูลที่ป้อนเปิดฐานข้อมูล")
    prompts_answered["passphrases"] = []  # the user cancels
    assert open_existing(url) is None


@pytest.mark.gui
def test_the_settings_page_encrypts_and_reopens(qtbot: QtBot, demo_database: Database,
                                                prompts_answered: dict[str, list]) -> None:
    from core.settings import load_settings
    from ui import operations
    from ui.main_window import MainWindow

    window = MainWindow(demo_database)
    qtbot.addWidget(window)
    page = window.settings_page
    assert page.encrypt_button.isEnabled()
    prompts_answered["passphrases"] = [KEY, KEY]
    with qtbot.waitSignal(page.encrypted_copy_made, timeout=60_000):
        assert page.ask_encrypt() is not None
    assert operations.wait_for_background_jobs()
    new = window.successor
    assert new is not None
    qtbot.addWidget(new)
    target = encrypted_name(Path(demo_database.label))
    assert new.database.file == target
    assert households(new.database) == 300
    plain_sqlite_cannot_read(target)
    assert Path(demo_database.label).exists()  # kept until the user deletes it
    assert load_settings().last_database == str(target)
    assert not new.settings_page.encrypt_button.isEnabled()
    assert "เข้ารหัส" in new.settings_page.encryption_state.text()
    new.resize(1180, 760)  # the window's own size
    new.show()
    new.settings_page.scroll_area.ensureWidgetVisible(new.settings_page.encrypt_button)
    shoot(new, "settings-encrypted.png")
    copy = new.start_daily_backup()
    assert copy is not None
    assert operations.wait_for_background_jobs()
    qtbot.waitUntil(lambda: bool(list_backups(target)))
    plain_sqlite_cannot_read(list_backups(target)[0].path)
    new.close()
    new.database.dispose()


def test_only_sqlcipher_files_count_as_encrypted(encrypted: Path, tmp_path: Path) -> None:
    from db.engine import file_is_encrypted

    text = tmp_path / "notes.db"
    text.write_bytes(b"this is not a database" * 512)  # 11,264 bytes: whole pages, but text
    photo = tmp_path / "photo.db"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 5000)
    assert file_is_encrypted(encrypted)
    assert not file_is_encrypted(encrypted.parent / "plain.db")
    assert not file_is_encrypted(text)
    assert not file_is_encrypted(photo)
    assert not file_is_encrypted(tmp_path / "missing.db")
