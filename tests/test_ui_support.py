"""Crash dialog, error routing, the background runner and translation catalogue."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.database import Database
from core.errors import UserError
from core.i18n import translate
from core.resources import resource_path
from ui import app as ui_app
from ui import operations
from ui.crash import CrashDialog, crash_details
from ui.operations import Op, Progress
from ui.pages.settings import SettingsPage
from ui.translation import install_translators

pytestmark = pytest.mark.gui


def test_crash_dialog_copies_its_details(qtbot: QtBot) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError as e:
        details = crash_details(type(e), e, e.__traceback__)
    assert "RuntimeError: boom" in details
    assert "KaeJon Desk" in details
    dialog = CrashDialog(details)
    qtbot.addWidget(dialog)
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == details


def test_user_errors_and_bugs_go_to_different_dialogs(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ui_app.prompts, "show_user_error", lambda _p, m: shown.append(("user", m)))
    monkeypatch.setattr(ui_app.prompts, "show_crash", lambda _p, d: shown.append(("crash", d)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    ui_app.install_crash_handler()
    sys.excepthook(UserError, UserError("แก้ไขได้"), None)
    try:
        raise ValueError("bug")
    except ValueError as e:
        sys.excepthook(ValueError, e, e.__traceback__)
    assert shown[0] == ("user", "แก้ไขได้")
    assert shown[1][0] == "crash"
    assert "ValueError: bug" in shown[1][1]
    capsys.readouterr()


def test_op_runs_off_the_gui_thread_and_reports_progress(qtbot: QtBot) -> None:
    import threading

    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def job(progress: Progress) -> int:
        seen["thread"] = threading.get_ident()
        for i in range(1, 4):
            progress.update(i, 3)
        return 42

    op: Op[int] = Op(None, job)
    op.success(lambda value: seen.update(result=value)).run_in_background()
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["thread"] != gui_thread


def test_op_cancellation_is_cooperative(qtbot: QtBot) -> None:
    def job(progress: Progress) -> int:
        done = 0
        progress.cancel()
        while progress.update(done, 10) and done < 10:
            done += 1
        return done

    results: list[int] = []
    op: Op[int] = Op(None, job)
    op.success(results.append).run_in_background()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [0]


def test_op_user_error_becomes_a_message(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import prompts

    messages: list[str] = []
    monkeypatch.setattr(prompts, "show_user_error", lambda _p, m: messages.append(m))

    def job(_progress: Progress) -> None:
        raise UserError("ไฟล์เสียหาย")

    op: Op[None] = Op(None, job)
    op.run_in_background()
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages == ["ไฟล์เสียหาย"]


def test_backup_from_settings(qtbot: QtBot, qapp: QApplication, sqlite_database: Database,
                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import prompts

    install_translators(qapp, "th")
    infos: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda _p, m: infos.append(m))
    page = SettingsPage(sqlite_database, sqlite_database.default_actor())
    qtbot.addWidget(page)
    target = tmp_path / "copy.db"
    page.run_backup(target)
    qtbot.waitUntil(lambda: bool(infos), timeout=20000)
    assert target.exists()
    assert infos == [f"สำรองข้อมูลไว้ที่ {target} แล้ว"]
    assert operations.wait_for_background_jobs()


def _catalogue() -> ET.Element:
    return ET.parse(resource_path("i18n", "kaejon_th.ts")).getroot()


def test_every_string_has_a_thai_translation() -> None:
    unfinished = [m.findtext("source") for m in _catalogue().iter("message")
                  if (m.find("translation") is None
                      or m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
                      or not m.findtext("translation"))]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    import re

    for message in _catalogue().iter("message"):
        source = message.findtext("source") or ""
        target = message.findtext("translation") or ""
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", target)), source


def test_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    out = tmp_path / "th.qm"
    subprocess.run([lrelease, str(resource_path("i18n", "kaejon_th.ts")), "-qm", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == resource_path("i18n", "kaejon_th.qm").read_bytes(), \
        "run: python tasks.py i18n"


def test_core_messages_use_the_same_catalogue() -> None:
    from core import i18n

    i18n.set_language("th")
    assert translate("errors", "The disk is full. Free some space and try again.") == \
        "พื้นที่ดิสก์เต็ม กรุณาลบไฟล์ที่ไม่ใช้แล้วลองใหม่"
    i18n.set_language("en")
    try:
        assert translate("errors", "The disk is full. Free some space and try again.") == \
            "The disk is full. Free some space and try again."
    finally:
        i18n.set_language("th")


def test_qt_binding_keeps_reference_counts() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every model ``data()`` that
    returns None and to True on every signal emit, until the interpreter aborts. Guard the pin."""
    import gc

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex
    from PySide6.QtCore import Signal as QtSignal

    class Emitter(QObject):
        fired = QtSignal()

    class Model(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 1

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 1

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
            return None

    emitter = Emitter()
    emitter.fired.connect(lambda: None)
    model = Model()
    index = model.index(0, 0)
    gc.collect()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit()
        index.data(0)
    gc.collect()
    assert sys.getrefcount(True) - true_before > -50
    assert sys.getrefcount(None) - none_before > -50


def test_refilled_filter_choices_keep_the_current_value(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox

    from widgets.choice_combo import replace_choices

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("ทุกตำบล", None)
    replace_choices(combo, [("กล้วยแพะ", "520101"), ("บ้านแลง", "520102")])
    combo.setCurrentIndex(2)
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    replace_choices(combo, [("บ้านแลง", "520102"), ("พิชัย", "520103")])
    assert [combo.itemText(i) for i in range(combo.count())] == ["ทุกตำบล", "บ้านแลง", "พิชัย"]
    assert combo.currentData() == "520102"
    assert changes == []
    replace_choices(combo, [("พิชัย", "520103")])  # gone: back to "all"
    assert combo.currentIndex() == 0
