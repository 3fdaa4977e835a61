"""Users on the command line: the first admin, --user with KAEJON_PASSWORD, exit status 3."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import main
from core.database import open_database
from core.users import list_users

PASSWORD = "ลับมาก-2569"


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str,
        password: str | None = None, new_password: str | None = None,
        passphrase: str | None = None) -> tuple[int, str, str]:
    """Run a command with exactly these credentials in the environment (the others unset)."""
    for name, value in (("KAEJON_PASSWORD", password), ("KAEJON_NEW_PASSWORD", new_password),
                        ("KAEJON_DB_PASSPHRASE", passphrase)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> str:
    target = tmp_path / "demo.db"
    shutil.copy(demo_template, target)
    return str(target)


def _info(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
          db: str) -> dict[str, object]:
    code, out, _ = run(capsys, monkeypatch, "info", "--db", db, "--json")
    assert code == 0
    data = json.loads(out)
    data.pop("history")  # a sign-in is not a change of data; the audit log has it
    return data


@pytest.fixture
def staffed(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: str) -> str:
    code, out, err = run(capsys, monkeypatch, "user", "add", "--db", db, "--name", "somchai",
                         "--role", "admin", new_password=PASSWORD)
    assert (code, err) == (0, "")
    assert "somchai" in out
    for name, role, extra in (("malee", "officer", ["--subdistrict", "520101"]),
                              ("prasert", "viewer", [])):
        code, _, err = run(capsys, monkeypatch, "user", "add", "--db", db, "--name", name,
                           "--role", role, *extra, "--user", "somchai", password=PASSWORD,
                           new_password=PASSWORD)
        assert (code, err) == (0, "")
    return db


def test_the_first_user_must_be_an_admin(capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch, db: str) -> None:
    code, _, err = run(capsys, monkeypatch, "user", "add", "--db", db, "--name", "malee",
                       "--role", "officer", new_password=PASSWORD)
    assert code == 1
    assert "ผู้ดูแลระบบ" in err


def test_once_users_exist_commands_need_credentials(capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    staffed: str, tmp_path: Path) -> None:
    before = _info(capsys, monkeypatch, staffed)
    out_pdf = tmp_path / "s.pdf"
    refused = [
        ((), None, ["undo-import", "1"]),  # no --user
        (("--user", "somchai"), "wrong-password", ["undo-import", "1"]),
        (("--user", "nobody"), PASSWORD, ["undo-import", "1"]),
        (("--user", "prasert"), PASSWORD, ["undo-import", "1"]),  # a viewer imports nothing
        (("--user", "prasert"), PASSWORD, ["print", "summary", "--household", "1",
                                           "--out", str(out_pdf)]),
        (("--user", "prasert"), PASSWORD, ["export-return", "--out",
                                           str(tmp_path / "r.xlsx")]),
        (("--user", "malee"), PASSWORD, ["backup", "--out", str(tmp_path / "b.db")]),
        (("--user", "malee"), PASSWORD, ["demo", "--households", "5"]),
        (("--user", "malee"), PASSWORD, ["user", "add", "--name", "x", "--role", "viewer"]),
        (("--user", "malee"), PASSWORD, ["user", "disable", "--name", "prasert"]),
        ((), None, ["user", "add", "--name", "x", "--role", "admin"]),
    ]
    for user, password, argv in refused:
        code, out, err = run(capsys, monkeypatch, *argv, "--db", staffed, *user,
                             password=password, new_password=PASSWORD)
        assert code == 3, (argv, user, err)
        assert out == ""
        assert err.startswith("kaejon: ")
        assert "Traceback" not in err
    assert not out_pdf.exists()
    assert not (tmp_path / "r.xlsx").exists()
    assert not (tmp_path / "b.db").exists()
    assert _info(capsys, monkeypatch, staffed) == before
    database = open_database(staffed)
    try:
        with database.read() as s:
            rows = {r.username: r for r in list_users(s)}
    finally:
        database.dispose()
    assert "x" not in rows
    assert rows["prasert"].active


def test_each_role_does_what_it_may(capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch, staffed: str,
                                    tmp_path: Path) -> None:
    for user in ("malee", "somchai"):
        code, out, err = run(capsys, monkeypatch, "print", "summary", "--household", "1",
                             "--out", str(tmp_path / f"{user}.pdf"), "--db", staffed,
                             "--user", user, password=PASSWORD)
        assert (code, err) == (0, ""), err
        code, _, err = run(capsys, monkeypatch, "export-return", "--out",
                           str(tmp_path / f"{user}.xlsx"), "--db", staffed, "--user", user,
                           password=PASSWORD)
        assert (code, err) == (0, ""), err
    code, _, err = run(capsys, monkeypatch, "backup", "--out", str(tmp_path / "b.db"),
                       "--db", staffed, "--user", "somchai", password=PASSWORD)
    assert (code, err) == (0, "")
    code, _, err = run(capsys, monkeypatch, "user", "change", "--name", "malee",
                       "--subdistrict", "520102", "--subdistrict", "520103", "--db", staffed,
                       "--user", "somchai", password=PASSWORD)
    assert (code, err) == (0, "")
    code, _, err = run(capsys, monkeypatch, "user", "passwd", "--db", staffed, "--user", "malee",
                       password=PASSWORD, new_password="รหัสใหม่ของมาลี")
    assert (code, err) == (0, "")
    code, _, _ = run(capsys, monkeypatch, "print", "summary", "--household", "1", "--out",
                     str(tmp_path / "again.pdf"), "--db", staffed, "--user", "malee",
                     password=PASSWORD)
    assert code == 3  # the old password no longer works
    code, _, err = run(capsys, monkeypatch, "user", "disable", "--name", "prasert", "--db",
                       staffed, "--user", "somchai", password=PASSWORD)
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, monkeypatch, "user", "list", "--db", staffed, "--json")
    users = {u["name"]: u for u in json.loads(out)}
    assert users["malee"]["subdistricts"] == ["520102", "520103"]
    assert users["prasert"]["active"] is False
    assert users["somchai"]["role"] == "admin"


def test_restore_is_for_an_administrator(capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch, staffed: str,
                                         tmp_path: Path) -> None:
    backup = tmp_path / "copy.db"
    code, _, err = run(capsys, monkeypatch, "backup", "--out", str(backup), "--db", staffed,
                       "--user", "somchai", password=PASSWORD)
    assert (code, err) == (0, "")
    code, _, err = run(capsys, monkeypatch, "restore", "--from", str(backup), "--db", staffed,
                       "--user", "malee", password=PASSWORD)
    assert code == 3
    assert "malee" in err
    assert not (Path(staffed).parent / "backups").exists()  # nothing was replaced or kept
    code, _, err = run(capsys, monkeypatch, "restore", "--from", str(backup), "--db", staffed,
                       "--user", "somchai", password=PASSWORD)
    assert (code, err) == (0, "")
    assert (Path(staffed).parent / "backups").is_dir()  # the replaced database was kept
