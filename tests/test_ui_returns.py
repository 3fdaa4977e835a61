"""The returns tab, driven as a user would (file dialogs and messages replaced, no modal run)."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.database import Database
from core.returns.model import SHEET_NAMES, SUMMARY, Period
from core.returns.snapshots import list_snapshots, snapshot_file
from core.returns.templates import list_mappings
from tests.test_returns_template import FIRST, SHEET, make_template
from ui import operations, prompts
from ui.pages import returns as returns_module
from ui.pages.returns import ReturnsTab
from ui.theme import apply_theme
from ui.translation import install_translators

pytestmark = pytest.mark.gui


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    shown: dict[str, list[str]] = {"error": [], "info": [], "confirm": []}
    monkeypatch.setattr(prompts, "show_user_error", lambda _p, m: shown["error"].append(m))
    monkeypatch.setattr(prompts, "show_info", lambda _p, m: shown["info"].append(m))

    def confirm(_parent: object, question: str) -> bool:
        shown["confirm"].append(question)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    return shown


@pytest.fixture
def tab(qtbot: QtBot, qapp: QApplication, demo_database: Database) -> Iterator[ReturnsTab]:
    install_translators(qapp, "th")
    apply_theme(qapp)
    widget = ReturnsTab(demo_database, demo_database.default_actor())
    qtbot.addWidget(widget)
    widget.resize(1150, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_period(Period(2569, 9))
    yield widget
    assert operations.wait_for_background_jobs()


def _idle(qtbot: QtBot, tab: ReturnsTab) -> None:
    qtbot.waitUntil(lambda: not tab.busy, timeout=30000)


def _shot(widget: ReturnsTab, name: str) -> None:
    folder = os.environ.get("KAEJON_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_make_submit_and_compare(qtbot: QtBot, tab: ReturnsTab, demo_database: Database,
                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 messages: dict[str, list[str]]) -> None:
    target = tmp_path / "august.xlsx"
    monkeypatch.setattr(returns_module, "choose_save_path", lambda _p, _s: target)
    tab.set_period(Period(2569, 8))
    assert not tab.submit_button.isEnabled()
    qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    assert target.exists()
    assert messages["error"] == []
    wb = openpyxl.load_workbook(target)
    assert list(wb.sheetnames[:5]) == list(SHEET_NAMES.values())
    assert tab.totals.rowCount() == 13
    assert tab.totals.item(0, 1).text() == "300"
    assert "august.xlsx" in tab.made_label.text()
    _shot(tab, "returns-standard.png")
    assert tab.submit_button.isEnabled()
    with qtbot.waitSignal(tab.submitted) as signal:
        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    assert messages["confirm"]
    assert "สิงหาคม 2569" in messages["confirm"][0]
    with demo_database.read() as s:
        (snap,) = list_snapshots(s)
        assert snapshot_file(s, snap.id)[1] == target.read_bytes()
    assert signal.args == [snap.id]
    assert not tab.submit_button.isEnabled()
    tab.sections.setCurrentIndex(2)
    assert tab.snapshot_table.rowCount() == 1
    assert tab.snapshot_table.item(0, 1).text() == "สิงหาคม 2569"

    tab.set_period(Period(2569, 9))
    qtbot.mouseClick(tab.compare_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    assert tab.comparison is not None
    assert tab.comparison.previous.id == snap.id
    assert tab.comparison_table.rowCount() > 13
    assert tab.area_combo.count() == 20  # the district and its 19 subdistricts
    assert tab.comparison_table.item(0, 1).text() == tab.comparison_table.item(0, 2).text() == "300"
    _shot(tab, "returns-compare.png")

    copy = tmp_path / "copy.xlsx"
    tab.snapshot_table.selectRow(0)
    monkeypatch.setattr(returns_module, "choose_save_path", lambda _p, _s: copy)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == target.read_bytes()


def test_map_a_template_once_and_fill_it(qtbot: QtBot, tab: ReturnsTab, demo_database: Database,
                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         messages: dict[str, list[str]]) -> None:
    template = make_template(tmp_path / "province.xlsx")
    monkeypatch.setattr(returns_module, "choose_template", lambda _p: template)
    tab.sections.setCurrentIndex(1)
    qtbot.mouseClick(tab.open_template_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    assert tab.template is not None
    assert tab.entries == []
    assert tab.sheet_combo.currentText() == SHEET
    assert tab.preview.item(4, 2).text() == "การสอบทาน"
    assert tab.preview.columnSpan(4, 2) == 2  # merged heading shown merged

    def pick(match: str, cell: tuple[int, int]) -> None:
        items = [i for i in tab.figure_tree.findItems(match, Qt.MatchFlag.MatchRecursive
                                                       | Qt.MatchFlag.MatchExactly)]
        assert items, match
        tab.figure_tree.setCurrentItem(items[0])
        tab.preview.setCurrentCell(*cell)
        qtbot.mouseClick(tab.map_button, Qt.MouseButton.LeftButton)

    pick("อำเภอ", (2, 2))  # C3
    pick("ยืนยันเป็นเป้าหมาย, รวม", (2, 7))  # H3
    pick("column ชื่อ".replace("column", "คอลัมน์"), (FIRST - 1, 0))  # A7
    pick("คอลัมน์ ครัวเรือนเป้าหมาย", (FIRST - 1, 2))  # C7, the total column of the summary
    assert [(e["kind"], e["cell"]) for e in tab.entries] == [
        ("cell", "C3"), ("cell", "H3"), ("table", "A7"), ("table", "C7")]
    assert tab.mapping_table.rowCount() == 4
    pick("อำเภอ", (2, 2))  # the same cell again replaces, not duplicates
    assert len(tab.entries) == 4
    assert tab.preview.item(2, 2).background().color().name().lower() == "#c6e0b4"
    _shot(tab, "returns-template.png")

    tab.mapping_name.setText("ลำปาง")
    qtbot.mouseClick(tab.save_mapping_button, Qt.MouseButton.LeftButton)
    with demo_database.read() as s:
        (saved,) = list_mappings(s)
    assert saved.name == "ลำปาง"
    assert len(saved.entries) == 4

    out = tmp_path / "filled.xlsx"
    monkeypatch.setattr(returns_module, "choose_save_path", lambda _p, _s: out)
    qtbot.mouseClick(tab.fill_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    assert messages["error"] == []
    ws = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))[SHEET]
    assert tab.made is not None
    summary = tab.made.data.tables[SUMMARY]
    assert ws["C3"].value == "เมืองลำปาง"
    assert ws["H3"].value == summary.total("confirmed")
    assert ws[f"A{FIRST}"].value == summary.rows[0].label
    assert ws[f"C{FIRST}"].value == summary.rows[0].values[0]
    assert ws[f"F{FIRST}"].value.startswith("=IF(")

    # Opened again, the template brings its saved mapping back.
    tab.open_template(template)
    _idle(qtbot, tab)
    assert len(tab.entries) == 4
    assert tab.mapping_name.text() == "ลำปาง"
    assert "ลำปาง" in tab.template_label.text()
    assert tab.saved_combo.currentText() == "ลำปาง"

    # The province changes its form a little (a sheet more): no mapping is found by itself,
    # but the saved one can be taken as the start.
    changed = make_template(tmp_path / "province-v2.xlsx", extra_sheet=True)
    tab.open_template(changed)
    _idle(qtbot, tab)
    assert tab.entries == []
    assert tab.saved_combo.count() == 2
    tab.saved_combo.setCurrentIndex(1)
    tab.saved_combo.activated.emit(1)
    assert len(tab.entries) == 4
    assert tab.mapping_name.text() == "ลำปาง"
    assert "ลำปาง" in tab.template_label.text()


def test_combine_and_refuse(qtbot: QtBot, tab: ReturnsTab, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch,
                            messages: dict[str, list[str]]) -> None:
    one = tmp_path / "5201.xlsx"
    monkeypatch.setattr(returns_module, "choose_save_path", lambda _p, _s: one)
    tab.make_standard(one)
    _idle(qtbot, tab)
    tab.sections.setCurrentIndex(3)
    monkeypatch.setattr(returns_module, "choose_district_returns", lambda _p: [one, one])
    qtbot.mouseClick(tab.add_files_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    assert tab.file_list.count() == 1  # the same file only once
    assert tab.file_list.item(0).text() == "5201.xlsx: อำเภอเมืองลำปาง ประจำเดือนกันยายน 2569"
    province = tmp_path / "province.xlsx"
    monkeypatch.setattr(returns_module, "choose_save_path", lambda _p, _s: province)
    qtbot.mouseClick(tab.combine_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    assert province.exists()
    assert messages["info"]
    assert "1" in messages["info"][-1]
    assert tab.made is not None
    assert tab.made.kind == "province"
    assert tab.made.data.meta.prepared_by == "เจ้าหน้าที่ทดลองระบบ"  # the acting user's full name
    assert tab.submit_button.isEnabled()  # province staff keep what they sent, too

    twice = tmp_path / "5201-again.xlsx"
    twice.write_bytes(one.read_bytes())
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"no")
    tab.add_files([twice, broken])
    _idle(qtbot, tab)
    assert tab.file_list.item(2).text().startswith("⚠ broken.xlsx")
    tab.file_list.item(2).setSelected(True)
    qtbot.mouseClick(tab.remove_files_button, Qt.MouseButton.LeftButton)
    other = tmp_path / "other.xlsx"
    tab.combine(other)
    _idle(qtbot, tab)
    assert not other.exists()
    assert messages["error"]
    assert "5201-again.xlsx" in messages["error"][-1]
    tab.file_list.item(1).setSelected(True)
    qtbot.mouseClick(tab.remove_files_button, Qt.MouseButton.LeftButton)
    assert tab.district_files == [one]
    _shot(tab, "returns-combine.png")


def test_cancel_leaves_no_file(qtbot: QtBot, tab: ReturnsTab, tmp_path: Path,
                               messages: dict[str, list[str]]) -> None:
    target = tmp_path / "cancelled.xlsx"
    op = tab.make_standard(target)
    op.progress.cancel()
    _idle(qtbot, tab)
    assert not target.exists()
    assert messages["error"] == []
    assert tab.made is None


def test_full_ids_are_confirmed_first(qtbot: QtBot, tab: ReturnsTab, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "full.xlsx"
    monkeypatch.setattr(returns_module, "choose_save_path", lambda _p, _s: target)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, q: asked.append(q) or False)
    tab.full_ids.setChecked(True)
    qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert asked
    assert "ข้อมูลส่วนบุคคล" in asked[0]
    assert not tab.busy
    assert not target.exists()
    monkeypatch.setattr(prompts, "confirm", lambda _p, _q: True)
    qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, tab)
    ws = openpyxl.load_workbook(target)[SHEET_NAMES["households"]]
    assert "X" not in str(ws.cell(6, 8).value)
    assert tab.made is not None
    assert tab.made.data.meta.full_ids


def test_the_tab_does_not_load_openpyxl_at_start_up() -> None:
    """The window starts fast: openpyxl loads when a return is made or a file is read."""
    import subprocess
    import sys

    code = ("import sys; import ui.pages.returns; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'openpyxl'))")
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
