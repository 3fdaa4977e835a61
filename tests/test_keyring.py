"""The key of an encrypted database from the login: each user's password opens the passphrase
sealed for them in the keyring beside the file; the keyring follows the accounts, backups and
restores; the command line and the window sign in before the file opens."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core import keyring
from core.backup import automatic_backup, list_backups, restore_database, rotate_backups
from core.database import Database, PassphraseNeeded, open_database
from core.encryption import encrypt_copy
from core.history import Actor, system_actor
from core.users import (
    AuthenticationError,
    KeyNotOpened,
    add_user,
    change_password,
    open_signed_in,
    reset_password,
    update_user,
)
from db.backup import keyring_file
from db.models import AuditEntry
from tests.test_cli_users import run

pytest.importorskip("sqlcipher3")
KEY = "ลำปาง-2569-secret"
PASSWORD = "ลับมาก-2569"
OTHER = "อีกรหัส-2570"


@pytest.fixture
def encrypted(demo_template: Path, tmp_path: Path) -> Path:
    """An encrypted copy of the 300-household demo district, no one able to sign in yet."""
    plain = tmp_path / "plain.db"
    shutil.copy(demo_template, plain)
    return encrypt_copy(plain, tmp_path / "office.db", KEY)


@pytest.fixture
def staffed(encrypted: Path) -> Path:
    """The encrypted district with an administrator and an officer (added with the passphrase)."""
    database = open_database(encrypted, key=KEY)
    try:
        with database.begin() as s:
            admin = add_user(s, system_actor(s), username="somchai", full_name="สมชาย ใจดี",
                             role="admin", password=PASSWORD)
            add_user(s, admin, username="malee", full_name="มาลี ศรีสุข", role="officer",
                     password=OTHER, subdistricts=["520102", "520103"])
    finally:
        database.dispose()
    return encrypted


def _signed_in(path: Path, name: str, password: str, **kw: str) -> str:
    database = open_signed_in(path, name, password, **kw)
    try:
        assert database.just_signed_in is not None
        return database.just_signed_in.username
    finally:
        database.dispose()


def _as_admin(path: Path) -> tuple[Database, Actor]:
    """The encrypted district opened by the administrator's own password."""
    database = open_signed_in(path, "somchai", PASSWORD)
    assert database.just_signed_in is not None
    return database, database.just_signed_in


def _audit(path: Path) -> list[tuple[str, str]]:
    database = open_database(path, key=KEY)
    try:
        with database.read() as s:
            return [(a, t) for a, t in s.execute(select(AuditEntry.action, AuditEntry.target)
                                                 .order_by(AuditEntry.id))]
    finally:
        database.dispose()


# --------------------------------------------------------------------------- sealing


def test_a_sealed_passphrase_opens_only_with_its_password() -> None:
    sealed = keyring.seal(KEY, PASSWORD)
    assert keyring.unseal(sealed, PASSWORD) == KEY
    assert keyring.unseal(sealed, OTHER) is None
    assert keyring.unseal(sealed, PASSWORD + " ") is None
    again = keyring.seal(KEY, PASSWORD)
    assert again.salt != sealed.salt
    assert again.box != sealed.box
    flipped = bytes([sealed.box[5] ^ 1])
    tampered = keyring.Sealed(sealed.salt, sealed.box[:5] + flipped + sealed.box[6:], sealed.tag)
    assert keyring.unseal(tampered, PASSWORD) is None  # a changed byte is detected
    # Lengths are padded to whole blocks: the file does not tell how long the passphrase is.
    assert len(keyring.seal("12345678", PASSWORD).box) == len(keyring.seal("x" * 60, PASSWORD).box)
    assert keyring.unseal(keyring.seal("", PASSWORD), PASSWORD) == ""


def test_users_added_to_an_encrypted_database_open_it_with_their_password(
        staffed: Path) -> None:
    ring = keyring_file(staffed)
    assert keyring.keyring_users(staffed) == ["malee", "somchai"]
    text = ring.read_bytes()
    for secret in (KEY, PASSWORD, OTHER):  # neither the passphrase nor a password is in it
        assert secret.encode() not in text
    assert json.loads(text)["format"] == "kaejon-keyring"
    if os.name == "posix":
        assert ring.stat().st_mode & 0o077 == 0  # readable by the owner only
    assert _signed_in(staffed, "somchai", PASSWORD) == "somchai"
    assert _signed_in(staffed, "malee", OTHER) == "malee"
    assert ("sign_in", "malee") in _audit(staffed)


def test_a_wrong_password_or_unknown_name_opens_nothing(staffed: Path) -> None:
    with pytest.raises(KeyNotOpened) as wrong:
        open_signed_in(staffed, "somchai", OTHER)
    assert isinstance(wrong.value, AuthenticationError)  # the command line's exit status 3
    with pytest.raises(KeyNotOpened):
        open_signed_in(staffed, "nobody", PASSWORD)
    with pytest.raises(PassphraseNeeded):  # and the file still needs a key to open
        open_database(staffed)


def test_the_keyring_is_written_only_when_the_change_commits(encrypted: Path) -> None:
    database = open_database(encrypted, key=KEY)
    try:
        def add_then_fail() -> None:
            with database.begin() as s:
                add_user(s, system_actor(s), username="somchai", full_name="สมชาย",
                         role="admin", password=PASSWORD)
                raise RuntimeError("a failure later in the same transaction")

        with pytest.raises(RuntimeError):
            add_then_fail()
        assert not keyring_file(encrypted).exists()
        with database.read() as s:
            assert not any(a == "user_add" for a, in s.execute(select(AuditEntry.action)))
    finally:
        database.dispose()


def test_passwords_reset_changed_and_accounts_disabled_keep_the_keyring_in_step(
        staffed: Path) -> None:
    database, admin = _as_admin(staffed)
    try:
        with database.begin() as s:  # the administrator resets malee's forgotten password
            reset_password(s, admin, "malee", "ใหม่เอี่ยม-01")
        assert keyring.passphrase_for(staffed, "malee", OTHER) is None
        assert keyring.passphrase_for(staffed, "malee", "ใหม่เอี่ยม-01") == KEY
        with database.begin() as s:  # somchai changes his own
            change_password(s, admin, PASSWORD, "ของฉันเอง-02")
        assert keyring.passphrase_for(staffed, "somchai", PASSWORD) is None
        with database.begin() as s:  # malee leaves: her account is disabled
            update_user(s, admin, "malee", active=False)
        assert keyring.keyring_users(staffed) == ["somchai"]
        with database.begin() as s:
            update_user(s, admin, "malee", active=True)
        assert keyring.keyring_users(staffed) == ["somchai"]  # re-enabled: no copy yet
    finally:
        database.dispose()
    assert _signed_in(staffed, "somchai", "ของฉันเอง-02") == "somchai"
    with pytest.raises(KeyNotOpened):
        open_signed_in(staffed, "malee", "ใหม่เอี่ยม-01")
    # She gives the passphrase once; her password then opens the database by itself.
    assert _signed_in(staffed, "malee", "ใหม่เอี่ยม-01", passphrase=KEY) == "malee"
    assert _signed_in(staffed, "malee", "ใหม่เอี่ยม-01") == "malee"


def test_a_database_encrypted_before_the_keyring_seals_at_the_first_sign_in(
        staffed: Path) -> None:
    keyring_file(staffed).unlink()  # as a file encrypted by an older version
    with pytest.raises(KeyNotOpened, match="ยังไม่รู้จักรหัสผ่านของผู้ใช้คนใด"):
        open_signed_in(staffed, "somchai", PASSWORD)
    with pytest.raises(AuthenticationError):  # the passphrase is not enough: the password too
        open_signed_in(staffed, "somchai", OTHER, passphrase=KEY)
    assert not keyring_file(staffed).exists()
    assert _signed_in(staffed, "somchai", PASSWORD, passphrase=KEY) == "somchai"
    assert keyring.keyring_users(staffed) == ["somchai"]
    assert _signed_in(staffed, "somchai", PASSWORD) == "somchai"


def test_a_damaged_keyring_leaves_the_passphrase_working(staffed: Path) -> None:
    keyring_file(staffed).write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyNotOpened):
        open_signed_in(staffed, "somchai", PASSWORD)
    assert _signed_in(staffed, "somchai", PASSWORD, passphrase=KEY) == "somchai"
    assert keyring.keyring_users(staffed) == ["somchai"]  # rewritten whole


def test_a_plain_database_just_opens_and_signs_in(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    shutil.copy(demo_template, path)
    database = open_database(path)
    try:
        with database.begin() as s:
            add_user(s, system_actor(s), username="somchai", full_name="สมชาย", role="admin",
                     password=PASSWORD)
    finally:
        database.dispose()
    assert not keyring_file(path).exists()  # nothing to seal
    assert _signed_in(path, "somchai", PASSWORD) == "somchai"
    with pytest.raises(AuthenticationError):
        open_signed_in(path, "somchai", OTHER)


# --------------------------------------------------------------------------- backups


def test_backups_carry_the_keyring_and_a_restore_brings_it_back(staffed: Path) -> None:
    database, admin = _as_admin(staffed)
    try:
        copy = automatic_backup(database, admin, "daily")
        assert copy is not None
        assert keyring_file(copy).is_file()
        assert keyring.passphrase_for(copy, "malee", OTHER) == KEY
        with database.begin() as s:  # after the backup, malee's password changes
            reset_password(s, admin, "malee", "หลังสำรอง-03")
    finally:
        database.dispose()
    kept = restore_database(str(staffed), copy, actor=admin, key=KEY)
    assert kept is not None
    # The restored database knows malee's old password, and so does its keyring again;
    # the replaced database was kept with its own keyring.
    assert _signed_in(staffed, "malee", OTHER) == "malee"
    assert keyring.passphrase_for(kept, "malee", "หลังสำรอง-03") == KEY
    rotate_backups(staffed, 0)
    assert not keyring_file(copy).exists()
    assert not copy.exists()
    assert kept.exists()
    assert keyring_file(kept).exists()
    assert [b.path for b in list_backups(staffed)] == [kept]


# --------------------------------------------------------------------------- the command line


def test_the_command_line_opens_an_encrypted_database_with_the_users_password(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    db = str(tmp_path / "laptop.db")
    code, _, err = run(capsys, monkeypatch, "init", "--district", "5201", "--db", db,
                        "--encrypt", passphrase=KEY)
    assert (code, err) == (0, "")
    code, _, err = run(capsys, monkeypatch, "user", "add", "--db", db, "--name", "somchai",
                        "--role", "admin", new_password=PASSWORD, passphrase=KEY)
    assert (code, err) == (0, "")
    # From now on the administrator's password is enough; no passphrase in the environment.
    code, _, err = run(capsys, monkeypatch, "user", "add", "--db", db, "--name", "malee",
                        "--role", "officer", "--subdistrict", "520101", "--user", "somchai",
                        password=PASSWORD, new_password=OTHER)
    assert (code, err) == (0, "")
    code, out, err = run(capsys, monkeypatch, "user", "list", "--db", db, "--json",
                          "--user", "malee", password=OTHER)
    assert (code, err) == (0, "")
    assert {"somchai", "malee"} <= {u["name"] for u in json.loads(out)}
    before = _audit(Path(db))
    code, out, err = run(capsys, monkeypatch, "info", "--db", db, "--user", "somchai",
                          password=OTHER)
    assert code == 3
    assert out == ""
    assert "Traceback" not in err
    assert "รหัสผ่าน" in err
    assert _audit(Path(db)) == before  # refused before the file opened: nothing changed
    code, out, err = run(capsys, monkeypatch, "info", "--db", db)
    assert code == 1
    assert "--user" in err
    assert "KAEJON_DB_PASSPHRASE" in err
    code, out, err = run(capsys, monkeypatch, "export-return", "--db", db, "--out",
                         str(tmp_path / "return.xlsx"), "--json", "--user", "somchai",
                         password=PASSWORD)  # the returns command opens it the same way
    assert (code, err) == (0, "")
    assert (tmp_path / "return.xlsx").is_file()
    code, out, err = run(capsys, monkeypatch, "backup", "--db", db, "--out",
                          str(tmp_path / "copy.db"), "--user", "somchai", password=PASSWORD)
    assert (code, err) == (0, "")
    assert keyring.passphrase_for(tmp_path / "copy.db", "malee", OTHER) == KEY
    code, out, err = run(capsys, monkeypatch, "restore", "--from", str(tmp_path / "copy.db"), "--db", db,
                          "--user", "somchai", password=PASSWORD)
    assert (code, err) == (0, "")
    assert ("restore", str(tmp_path / "copy.db")) in _audit(Path(db))


def test_the_command_line_encrypted_copy_opens_with_the_admins_password(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        demo_template: Path, tmp_path: Path) -> None:
    plain = tmp_path / "office.db"
    shutil.copy(demo_template, plain)
    code, _, err = run(capsys, monkeypatch, "user", "add", "--db", str(plain), "--name",
                        "somchai", "--role", "admin", new_password=PASSWORD)
    assert (code, err) == (0, "")
    target = tmp_path / "office-encrypted.db"
    keyring.write_keyring(target, {"ghost": keyring.seal("old-copy", "ghost-pw")})  # left over
    code, out, err = run(capsys, monkeypatch, "encrypt", "--db", str(plain), "--user", "somchai",
                         password=PASSWORD, passphrase=KEY)
    assert (code, err) == (0, "")
    assert keyring.keyring_users(target) == ["somchai"]
    code, out, err = run(capsys, monkeypatch, "list", "--db", str(target), "--limit", "2",
                          "--user", "somchai", password=PASSWORD)
    assert (code, err, out.count("\n")) == (0, "", 2)


# --------------------------------------------------------------------------- the window


@pytest.fixture
def thai(qapp: QApplication) -> None:
    from ui.translation import install_translators

    install_translators(qapp, "th")


@pytest.mark.gui
def test_the_login_comes_before_an_encrypted_database_opens(
        qtbot: QtBot, staffed: Path, thai: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from core.database import locate
    from ui import app as ui_app
    from ui.login import EncryptedLoginDialog

    url, path = locate(str(staffed))
    assert path is not None
    dialog = EncryptedLoginDialog(url, path)
    qtbot.addWidget(dialog)
    assert not dialog.passphrase_shown
    dialog.username.setText("malee")
    dialog.password.setText("ผิดรหัส")
    dialog.sign_in_button.click()
    assert dialog.database is None
    assert dialog.error.text().startswith("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")
    assert dialog.passphrase_shown  # offered for a first sign-in
    assert dialog.password.text() == ""
    _shot(dialog, "login-encrypted-refused.png")
    dialog.password.setText(OTHER)
    dialog.sign_in_button.click()
    assert dialog.database is not None
    try:
        assert dialog.database.just_signed_in is not None
        assert dialog.database.just_signed_in.subdistricts == frozenset({"520102", "520103"})
    finally:
        dialog.database.dispose()

    # The window's start: with a keyring the login dialog opens the file, not a passphrase box.
    asked: list[str] = []
    monkeypatch.setattr(ui_app.prompts, "ask_passphrase",
                        lambda *_a: asked.append("passphrase") or None)
    monkeypatch.setattr(ui_app, "ask_encrypted_sign_in",
                        lambda _u, p: asked.append(f"login {p.name}") or None)
    assert ui_app.open_existing(url) is None
    assert asked == ["login office.db"]
    monkeypatch.setenv("KAEJON_USER", "somchai")
    monkeypatch.setenv("KAEJON_PASSWORD", PASSWORD)
    database = ui_app.open_existing(url, scripted=True)  # the smoke test and the bench
    assert database is not None
    assert database.just_signed_in is not None
    try:
        assert ui_app.signed_in_actor(database) == database.just_signed_in
    finally:
        database.dispose()


@pytest.mark.gui
def test_the_passphrase_given_once_in_the_login_dialog(qtbot: QtBot, staffed: Path,
                                                       thai: None) -> None:
    from core.database import locate
    from ui.login import EncryptedLoginDialog

    database, admin = _as_admin(staffed)
    try:  # malee's account was disabled, then enabled again: her password has no copy
        with database.begin() as s:
            update_user(s, admin, "malee", active=False)
        with database.begin() as s:
            update_user(s, admin, "malee", active=True)
    finally:
        database.dispose()
    url, path = locate(str(staffed))
    assert path is not None
    dialog = EncryptedLoginDialog(url, path)
    qtbot.addWidget(dialog)
    dialog.passphrase_button.click()
    assert dialog.passphrase_shown
    assert not dialog.passphrase_button.isVisibleTo(dialog)
    dialog.username.setText("malee")
    dialog.password.setText(OTHER)
    dialog.passphrase.setText("ไม่ใช่-passphrase")
    dialog.sign_in_button.click()
    assert dialog.database is None
    assert dialog.error.text().startswith("รหัสผ่านฐานข้อมูลที่ป้อนเปิดฐานข้อมูล")
    assert dialog.password.text() == OTHER
    assert dialog.passphrase.text() == ""
    _shot(dialog, "login-encrypted-passphrase.png")
    dialog.passphrase.setText(KEY)
    dialog.sign_in_button.click()
    assert dialog.database is not None
    dialog.database.dispose()
    assert _signed_in(staffed, "malee", OTHER) == "malee"  # her password alone, from now on


def _shot(widget: object, name: str) -> None:
    folder = os.environ.get("KAEJON_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))  # type: ignore[attr-defined]


@pytest.mark.gui
def test_the_first_run_can_create_an_encrypted_database(
        qtbot: QtBot, tmp_path: Path, thai: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import app as ui_app
    from ui.first_run import FirstRunDialog, FirstRunResult

    target = tmp_path / "laptop.db"

    def answer(default_path: Path) -> FirstRunResult:
        dialog = FirstRunDialog(default_path)
        qtbot.addWidget(dialog)
        dialog.set_database_path(target)
        dialog.admin.password.setText(PASSWORD)
        dialog.admin.password_again.setText(PASSWORD)
        assert not dialog.passphrase_fields.isVisibleTo(dialog)
        dialog.encrypt.setChecked(True)
        assert dialog.passphrase_fields.isVisibleTo(dialog)
        dialog.passphrase.setText(KEY)
        dialog.passphrase_again.setText(KEY + "x")
        dialog.create_button.click()
        assert dialog.result_value is None
        assert dialog.error.text() == "รหัสผ่านฐานข้อมูลสองช่องไม่ตรงกัน"
        dialog.passphrase_again.setText(KEY)
        _shot(dialog, "first-run-encrypted.png")
        dialog.create_button.click()
        assert dialog.result_value is not None
        assert dialog.result_value.passphrase == KEY
        return dialog.result_value

    monkeypatch.setattr(ui_app, "ask_first_run", answer)
    database = ui_app.open_or_first_run(None)
    assert database is not None
    try:
        assert database.just_signed_in is not None
        assert database.just_signed_in.username == "admin"
    finally:
        database.dispose()
    with pytest.raises(PassphraseNeeded):  # the new file is encrypted
        open_database(target)
    assert keyring.keyring_users(target) == ["admin"]  # and opens with the admin's password
    opened: list[str] = []

    def sign_in(url: object, path: Path) -> object:
        opened.append(path.name)
        return open_signed_in(path, "admin", PASSWORD)

    monkeypatch.setattr(ui_app, "ask_encrypted_sign_in", sign_in)
    again = ui_app.open_or_first_run(None)  # the next start: the login opens it
    assert again is not None
    again.dispose()
    assert opened == ["laptop.db"]


# --------------------------------------------------------------------------- review fixes


def test_resetting_a_disabled_accounts_password_gives_it_no_key(staffed: Path) -> None:
    database, admin = _as_admin(staffed)
    try:
        with database.begin() as s:
            update_user(s, admin, "malee", active=False)
        with database.begin() as s:
            reset_password(s, admin, "malee", "ใหม่เอี่ยม-01")
    finally:
        database.dispose()
    assert keyring.keyring_users(staffed) == ["somchai"]
    assert keyring.passphrase_for(staffed, "malee", "ใหม่เอี่ยม-01") is None


def test_a_restore_keeps_no_key_the_restored_data_does_not_know(staffed: Path,
                                                               tmp_path: Path) -> None:
    database, admin = _as_admin(staffed)
    try:
        copy = automatic_backup(database, admin, "daily")
        assert copy is not None
        with database.begin() as s:  # added after the backup: no account in the backup
            add_user(s, admin, username="prasert", full_name="ประเสริฐ", role="viewer",
                     password=OTHER)
    finally:
        database.dispose()
    assert "prasert" in keyring.keyring_users(staffed)
    restore_database(str(staffed), copy, actor=admin, key=KEY)
    assert keyring.keyring_users(staffed) == ["malee", "somchai"]
    # A backup copied without its keyring: the current keyring (other data) is not kept.
    lone = tmp_path / "lone.db"
    shutil.copy(copy, lone)
    restore_database(str(staffed), lone, actor=admin, key=KEY)
    assert not keyring_file(staffed).exists()
    assert _signed_in(staffed, "somchai", PASSWORD, passphrase=KEY) == "somchai"


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_keyrings_beside_backups_are_readable_by_the_owner_only(staffed: Path) -> None:
    database, admin = _as_admin(staffed)
    try:
        copy = automatic_backup(database, admin, "daily")
    finally:
        database.dispose()
    assert copy is not None
    assert keyring_file(copy).stat().st_mode & 0o077 == 0


def test_an_edited_keyring_cannot_make_a_sign_in_take_gigabytes(staffed: Path) -> None:
    ring = keyring_file(staffed)
    data = json.loads(ring.read_text(encoding="utf-8"))
    data["users"]["somchai"]["m"] = 1 << 30
    ring.write_text(json.dumps(data), encoding="utf-8")
    assert keyring.read_keyring(staffed) == {}  # refused whole; the passphrase still opens it
    with pytest.raises(KeyNotOpened):
        open_signed_in(staffed, "somchai", PASSWORD)


@pytest.mark.gui
def test_a_key_from_another_copy_asks_for_the_passphrase(qtbot: QtBot, staffed: Path,
                                                        thai: None) -> None:
    from core.database import locate
    from ui.login import EncryptedLoginDialog

    stale = keyring.seal("another-copy-passphrase", OTHER)
    keyring.write_keyring(staffed, {"malee": stale})
    url, path = locate(str(staffed))
    assert path is not None
    dialog = EncryptedLoginDialog(url, path)
    qtbot.addWidget(dialog)
    dialog.username.setText("malee")
    dialog.password.setText(OTHER)
    dialog.sign_in_button.click()
    assert dialog.database is None
    assert dialog.passphrase_shown
    assert "รหัสผ่านฐานข้อมูล" in dialog.error.text()
    dialog.password.setText(OTHER)
    dialog.passphrase.setText(KEY)
    dialog.sign_in_button.click()
    assert dialog.database is not None
    dialog.database.dispose()
    assert keyring.passphrase_for(staffed, "malee", OTHER) == KEY  # sealed afresh


@pytest.mark.gui
def test_the_window_backs_up_a_database_opened_by_the_login(
        qtbot: QtBot, staffed: Path, thai: None, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings → back up and the scripted start work on a file opened by a password (no
    passphrase in the environment); the start signs in once."""
    from core.database import is_encrypted_file, locate
    from ui import app as ui_app
    from ui import operations, prompts
    from ui.pages.settings import SettingsPage

    said: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda _p, m: said.append(m))
    monkeypatch.setattr(prompts, "show_user_error", lambda _p, m: said.append(m))
    monkeypatch.delenv("KAEJON_DB_PASSPHRASE", raising=False)
    monkeypatch.setenv("KAEJON_USER", "somchai")
    monkeypatch.setenv("KAEJON_PASSWORD", PASSWORD)
    before = len(_audit(staffed))
    url, _path = locate(str(staffed))
    database = ui_app.open_existing(url, scripted=True)
    assert database is not None
    try:
        actor = ui_app.signed_in_actor(database, scripted=True)
        assert actor is not None
        assert actor == database.just_signed_in
        page = SettingsPage(database, actor)
        qtbot.addWidget(page)
        target = tmp_path / "by-hand.db"
        page.run_backup(target)
        assert operations.wait_for_background_jobs()
        qtbot.waitUntil(lambda: bool(said), timeout=20_000)
        assert said[0].startswith("เขียนไฟล์สำรอง") or str(target) in said[0], said
        assert is_encrypted_file(target)
        assert keyring.passphrase_for(target, "somchai", PASSWORD) == KEY
    finally:
        database.dispose()
    signs = [a for a, _t in _audit(staffed)[before:] if a == "sign_in"]
    assert signs == ["sign_in"]  # once, not twice
