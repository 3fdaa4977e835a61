"""The import wizard, driven as a user would on a messy TPMAP file (no modal dialog is run)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.backup import list_backups
from core.database import Database, open_database
from core.importing.mapping import auto_map
from core.importing.service import prepare_file, run_import
from core.stats import quick_counts
from tests import messy_files as mf
from ui import operations, prompts
from ui.import_wizard.models import MappingModel, column_letter
from ui.pages import import_page as import_module
from ui.pages.import_page import CONFIRM, FILE, MAPPING, PREVIEW, SHEET, ImportPage
from ui.translation import install_translators

pytestmark = pytest.mark.gui

CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Every modal message the wizard would show, collected instead of shown."""
    shown: dict[str, list[str]] = {"error": [], "info": [], "confirm": []}
    monkeypatch.setattr(prompts, "show_user_error", lambda _p, m: shown["error"].append(m))
    monkeypatch.setattr(prompts, "show_info", lambda _p, m: shown["info"].append(m))

    def confirm(_parent: object, question: str) -> bool:
        shown["confirm"].append(question)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    return shown


@pytest.fixture
def page(qtbot: QtBot, qapp: QApplication, sqlite_database: Database) -> Iterator[ImportPage]:
    install_translators(qapp, "th")
    widget = ImportPage(sqlite_database, sqlite_database.default_actor())
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    assert operations.wait_for_background_jobs()


def _counts(database: Database) -> dict[str, int]:
    with database.read() as s:
        return quick_counts(s)


def _next(qtbot: QtBot, page: ImportPage, step: int) -> None:
    assert page.next_button.isEnabled()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.step() == step and not page.busy, timeout=20000)


def test_whole_wizard_on_a_messy_tpmap_file(qtbot: QtBot, page: ImportPage, tmp_path: Path,
                                            sqlite_database: Database,
                                            monkeypatch: pytest.MonkeyPatch,
                                            messages: dict[str, list[str]],
                                            qtmodeltester: object) -> None:
    messy = mf.tpmap_person_xlsx(tmp_path)
    expected = messy.expected
    assert _counts(sqlite_database)["members"] == 0

    # 1. file
    assert page.step() == FILE
    assert not page.next_button.isEnabled()
    monkeypatch.setattr(import_module, "choose_import_file", lambda _parent: messy.path)
    qtbot.mouseClick(page.file_step.choose_button, Qt.MouseButton.LeftButton)
    assert page.file_step.file_label.text() == messy.path.name
    assert page.file_step.source() == "auto"
    assert 2560 <= page.file_step.list_year() <= 2600
    page.file_step.year_spin.setValue(2567)

    # 2. sheet and header: the list sheet is chosen over the cover, the header found on row 3
    _next(qtbot, page, SHEET)
    loaded = page.loaded
    assert loaded is not None
    assert loaded.prepared.sheet == expected["sheet"]
    assert loaded.header_index == expected["header_index"]
    assert page.sheet_step.sheet_combo.currentData() == expected["sheet"]
    assert page.sheet_step.sheet_combo.count() == 3
    assert page.sheet_step.header_spin.value() == expected["header_row"]
    preview = page.sheet_step.model
    qtmodeltester.check(preview)  # type: ignore[attr-defined]
    header = expected["header_index"]
    assert preview.data(preview.index(header, 1)) == expected["headers"][1]
    assert preview.data(preview.index(header, 1), Qt.ItemDataRole.BackgroundRole) is not None
    assert preview.data(preview.index(header + 1, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert preview.headerData(header, Qt.Orientation.Vertical) == str(expected["header_row"])
    first_data = expected["data_rows"][0]
    assert preview.headerData(first_data - 1, Qt.Orientation.Vertical) == str(first_data)
    blank = next(r for r, k in expected["skipped"].items() if k == "blank")
    assert preview.data(preview.index(blank - 1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert preview.headerData(0, Qt.Orientation.Horizontal) == "A"

    # the user moves the header down a row: the table is re-read with that header …
    page.sheet_step.header_spin.setValue(expected["header_row"] + 1)
    assert not page.next_button.isEnabled()  # until the sheet is read with the new header
    qtbot.waitUntil(lambda: page.loaded is not loaded and not page.busy, timeout=20000)
    assert page.loaded is not None
    assert page.loaded.header_index == header + 1
    assert not page.loaded.detected
    # … and asks the program to find it again
    qtbot.mouseClick(page.sheet_step.detect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.loaded is not None and page.loaded.detected and not page.busy,
                    timeout=20000)
    assert page.loaded.header_index == header

    # 3. mapping: every column preselected from its header
    _next(qtbot, page, MAPPING)
    model = page.mapping_step.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.mapping() == auto_map(expected["headers"])
    assert model.mapping()[1] == "national_id"
    assert model.data(model.index(0, MappingModel.FIELD)) == "— ไม่นำเข้า —"
    assert model.data(model.index(1, MappingModel.FIELD)) == "เลขประจำตัวประชาชน"
    assert page.mapping_step.problems_label.isHidden()
    assert page.next_button.isEnabled()
    # a combo box is open on every row, showing the chosen field
    combo = page.mapping_step.view.indexWidget(model.index(1, MappingModel.FIELD))
    assert combo is not None
    assert combo.currentData() == "national_id"
    # no ID and no name: a problem, in red, and no way on
    first_name = next(i for i, f in model.mapping().items() if f == "first_name")
    model.set_field(1, "")
    model.set_field(first_name, "")
    assert not page.mapping_step.problems_label.isHidden()
    assert page.mapping_step.problems_label.text()
    assert not page.next_button.isEnabled()
    # the same field on two columns is a problem too
    model.set_field(first_name, "first_name")
    model.set_field(0, "first_name")
    assert not page.next_button.isEnabled()
    model.set_field(0, "")
    # only the ID missing: a warning, the import can go on
    assert page.mapping_step.problems_label.isHidden()
    assert not page.mapping_step.warnings_label.isHidden()
    assert page.next_button.isEnabled()
    # the combo box changes the model too
    combo = page.mapping_step.view.indexWidget(model.index(1, MappingModel.FIELD))
    combo.setCurrentIndex(combo.findData("national_id"))  # type: ignore[attr-defined]
    assert model.mapping() == auto_map(expected["headers"])
    assert page.mapping_step.warnings_label.isHidden()

    # 4. preview: the dry run's counts are what a careful human counts
    _next(qtbot, page, PREVIEW)
    step = page.preview_step
    counts = step.figures
    assert counts.value_text("rows_read") == str(expected["rows_read"])
    assert counts.value_text("members_new") == str(expected["members"])
    assert counts.value_text("households_new") == str(expected["households"])
    assert counts.value_text("rejected") == str(len(expected["rejected"]))
    assert counts.value_text("review") == "0"
    assert counts.value_text("households_disappeared") == "0"
    assert page.result is not None
    assert page.result.dry_run
    for m in (step.new_model, step.changed_model, step.disappeared_model, step.rejected_model,
              step.review_model):
        qtmodeltester.check(m)  # type: ignore[attr-defined]
    assert step.new_model.rowCount() == expected["members"]
    assert [line.row for line in step.rejected_model.lines] == sorted(expected["rejected"])
    # an ID that lost its digits is shown as Excel showed it
    lost = next(r for r, kind in expected["rejected"].items() if kind == "lost_digits")
    lost_line = next(i for i, line in enumerate(step.rejected_model.lines) if line.row == lost)
    assert step.rejected_model.data(step.rejected_model.index(lost_line, 1)) == "3.52081E+12"
    assert all(line.reason for line in step.rejected_model.lines)
    assert step.tabs.tabText(0) == f"ใหม่ ({expected['members']})"
    assert step.tabs.tabText(3) == f"ไม่นำเข้า ({len(expected['rejected'])})"
    assert _counts(sqlite_database)["members"] == 0  # nothing written by the dry run

    # the rejected rows saved as Excel, with their Excel row numbers and reasons
    errors = tmp_path / "errors.xlsx"
    monkeypatch.setattr(import_module, "choose_error_workbook", lambda _p, _s: errors)
    qtbot.mouseClick(step.save_errors_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages["info"]), timeout=20000)
    sheet = openpyxl.load_workbook(errors).active
    assert sheet is not None
    written = [row[0] for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert written == sorted(expected["rejected"])

    # untick one new person (in a household of several, so the household stays)
    new_rows = [line.row for line in step.new_model.lines]
    left_out = new_rows[0]
    check = step.new_model.index(0, 0)
    assert step.new_model.data(check, CHECK) == Qt.CheckState.Checked
    assert step.new_model.setData(check, Qt.CheckState.Unchecked.value, CHECK)
    assert step.new_model.data(check, CHECK) == Qt.CheckState.Unchecked
    assert step.excluded_rows() == {left_out}
    # "untick all" and "tick all" act on the tab's rows
    assert step.new_tab.none_button is not None
    assert step.new_tab.all_button is not None
    step.new_tab.none_button.click()
    assert step.excluded_rows() == set(new_rows)
    step.new_tab.all_button.click()
    assert step.excluded_rows() == set()
    # the space bar ticks and unticks the selected rows, whatever the column
    view = step.new_tab.view
    view.setFocus()
    view.setCurrentIndex(step.new_model.index(1, 3))
    view.selectionModel().select(step.new_model.index(2, 3), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert step.excluded_rows() == {new_rows[1], new_rows[2]}
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert step.excluded_rows() == set()
    step.new_model.setData(check, Qt.CheckState.Unchecked.value, CHECK)

    # 5. confirm and import
    _next(qtbot, page, CONFIRM)
    assert "1" in page.confirm_step.summary_values["left_out"].text()
    assert not page.next_button.isVisible()
    qtbot.mouseClick(page.confirm_step.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.batch_id is not None and not page.busy, timeout=30000)
    assert messages["error"] == []
    after = _counts(sqlite_database)
    assert after["members"] == expected["members"] - 1
    assert after["households"] == expected["households"]
    # the database was copied before the import wrote anything
    (copy,) = list_backups(Path(sqlite_database.label))
    assert copy.kind == "before-import"
    before = open_database(copy.path)
    try:
        assert _counts(before)["members"] == 0
    finally:
        before.dispose()
    assert page.confirm_step.result_box.isVisible()
    assert str(page.batch_id) in page.confirm_step.result_title.text()
    assert page.confirm_step.result_figures.value_text("members_new") == str(
        expected["members"] - 1)
    assert page.confirm_step.result_figures.value_text("rejected") == str(
        len(expected["rejected"]) + 1)
    assert not page.back_button.isEnabled()

    # undo, after confirming: the database is empty again
    qtbot.mouseClick(page.confirm_step.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.undone and not page.busy, timeout=30000)
    assert len(messages["confirm"]) == 1
    assert str(page.batch_id) in messages["confirm"][0]
    assert _counts(sqlite_database) == {**after, "households": 0, "members": 0}
    undone_text = page.confirm_step.undo_label.text()
    assert f"{after['households']:,} ครัวเรือน {after['members']:,} คน" in undone_text
    assert not page.confirm_step.undo_button.isEnabled()
    assert messages["error"] == []

    # import another file: back to the start
    qtbot.mouseClick(page.confirm_step.again_button, Qt.MouseButton.LeftButton)
    assert page.step() == FILE
    assert page.path is None
    assert page.batch_id is None


def test_a_reimport_shows_changes_and_households_gone(qtbot: QtBot, page: ImportPage,
                                                      tmp_path: Path, sqlite_database: Database,
                                                      messages: dict[str, list[str]],
                                                      qtmodeltester: object) -> None:
    first = mf.tpmap_person_xlsx(tmp_path, seed=1)
    with sqlite_database.read() as s:
        prepared = prepare_file(s, first.path)
    run_import(sqlite_database, prepared, actor=sqlite_database.system_actor(),
               list_year_be=2567)
    # the next year's list: one household gone, one person's last name changed
    book = openpyxl.load_workbook(first.path)
    sheet = book["รายชื่อ"]
    last_row = max(first.expected["data_rows"])
    sheet.delete_rows(last_row)
    sheet.cell(4, 5).value = "นามสกุลใหม่"
    second = tmp_path / "tpmap_2568.xlsx"
    book.save(second)

    page.set_file(second)
    _next(qtbot, page, SHEET)
    _next(qtbot, page, MAPPING)
    _next(qtbot, page, PREVIEW)
    step = page.preview_step
    qtmodeltester.check(step.changed_model)  # type: ignore[attr-defined]
    changes = [(c.row, c.field, c.new) for c in step.changed_model.lines]
    assert (4, "last_name", "นามสกุลใหม่") in changes
    shown = [step.changed_model.data(step.changed_model.index(i, c))
             for i in range(step.changed_model.rowCount())
             for c in range(1, step.changed_model.columnCount())]
    assert "นามสกุลใหม่" in shown
    assert step.figures.value_text("households_disappeared") == "1"
    assert step.disappeared_model.rowCount() == 1
    assert step.figures.value_text("members_updated") == "1"

    # leave the change out: the database keeps the old last name
    row = next(i for i, c in enumerate(step.changed_model.lines) if c.field == "last_name")
    step.changed_model.setData(step.changed_model.index(row, 0), Qt.CheckState.Unchecked.value,
                               CHECK)
    assert step.excluded_rows() == {4}
    _next(qtbot, page, CONFIRM)
    qtbot.mouseClick(page.confirm_step.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.batch_id is not None and not page.busy, timeout=30000)
    assert page.confirm_step.result_figures.value_text("members_updated") == "0"
    assert messages["error"] == []


def test_a_bad_file_keeps_the_wizard_on_the_file_step(qtbot: QtBot, page: ImportPage,
                                                      tmp_path: Path,
                                                      messages: dict[str, list[str]]) -> None:
    bad = mf.pdf_renamed_xlsx(tmp_path)
    page.set_file(bad.path)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages["error"]) and not page.busy, timeout=20000)
    assert page.step() == FILE
    assert bad.path.name in messages["error"][0]
    assert "PDF" in messages["error"][0]
    assert page.next_button.isEnabled()  # the user may choose another file


def test_a_header_row_without_data_below_is_refused(qtbot: QtBot, page: ImportPage,
                                                    tmp_path: Path,
                                                    messages: dict[str, list[str]]) -> None:
    messy = mf.local_xlsx(tmp_path)  # header on row 4, five people below
    page.set_file(messy.path)
    _next(qtbot, page, SHEET)
    assert page.loaded is not None
    assert page.loaded.prepared.sheet == "Sheet1"
    # the hidden sheet is listed (and said to be hidden), the list is chosen
    assert page.sheet_step.sheet_combo.count() == 2
    assert "ซ่อน" in page.sheet_step.sheet_combo.itemText(0)
    last = max(messy.expected["data_rows"])
    assert page.sheet_step.header_spin.maximum() >= last
    page.sheet_step.header_spin.setValue(last)
    qtbot.waitUntil(lambda: bool(messages["error"]) and not page.busy, timeout=20000)
    assert "Sheet1" in messages["error"][0]
    assert page.step() == SHEET
    assert page.loaded.header_index == messy.expected["header_index"]
    assert page.sheet_step.header_spin.value() == messy.expected["header_row"]
    assert page.sheet_step.model.header_index == messy.expected["header_index"]


def test_a_file_dropped_on_the_page_is_chosen(qtbot: QtBot, page: ImportPage,
                                              tmp_path: Path) -> None:
    messy = mf.local_xlsx(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(messy.path))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert page.path == messy.path
    assert page.file_step.file_label.text() == messy.path.name
    assert page.next_button.isEnabled()
    # a folder is not a file
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    page.dropEvent(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert page.path == messy.path


def test_cancelling_the_dry_run_is_quiet(qtbot: QtBot, page: ImportPage, tmp_path: Path,
                                         messages: dict[str, list[str]],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.operations import Progress

    messy = mf.tpmap_person_xlsx(tmp_path)
    page.set_file(messy.path)
    _next(qtbot, page, SHEET)
    _next(qtbot, page, MAPPING)
    real_update = Progress.update

    def cancelled(self: Progress, done: int, total: int) -> bool:
        self.cancel()
        return real_update(self, done, total)

    monkeypatch.setattr(Progress, "update", cancelled)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.step() == MAPPING
    assert messages["error"] == []
    assert page.next_button.isEnabled()


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_the_list_year_is_read_from_the_file(qtbot: QtBot, page: ImportPage,
                                             tmp_path: Path) -> None:
    """A wrong year breaks the pairing of one year's list with the next: the year the file's
    name or title names is used (and said), unless the officer chose one."""
    messy = mf.tpmap_person_xlsx(tmp_path)  # named tpmap_2567_…, titled "… ปี 2567 …"
    renamed = messy.path.with_name("รายชื่อ.xlsx")
    shutil.copy(messy.path, renamed)
    step = page.file_step
    page.set_file(messy.path)
    assert step.list_year() == 2567
    assert step.year_note.isVisibleTo(page)
    assert "2567" in step.year_note.text()
    page.set_file(renamed)  # no year in the name: this year until the title is read
    assert not step.year_note.isVisibleTo(page)
    _next(qtbot, page, SHEET)
    assert step.list_year() == 2567  # from the title row above the header
    page.set_file(renamed)
    step.year_spin.setValue(2566)  # the officer knows better: kept, the difference said
    _next(qtbot, page, SHEET)
    assert step.list_year() == 2566
    assert step.year_note.text() == "ไฟล์ระบุปี 2567 แต่ท่านเลือกปี 2566"
