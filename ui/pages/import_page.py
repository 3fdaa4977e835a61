"""นำเข้า: the import wizard (file → sheet and header → mapping → preview → confirm).

Reading the file, the dry run, the import and its undo run in the background (``Op``) with a
progress dialog and cancel, so the window stays responsive. A :class:`UserError` from any step
is shown and the wizard stays on that step; a cancelled job ends quietly.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QStackedWidget, QWidget

from core.access import Permission, can, role_label
from core.database import Database
from core.errors import Cancelled, UserError
from core.history import Actor
from core.importing.commit import undo_batch
from core.importing.service import ImportResult, run_import
from core.importing.summary import (
    LoadedTable,
    PlanPreview,
    list_year_hint,
    list_year_in,
    load_table,
    plan_preview,
)
from ui import prompts
from ui.import_wizard.steps import (
    ConfirmStep,
    FileStep,
    MappingStep,
    PreviewStep,
    SheetStep,
    source_label,
)
from ui.operations import Op, Progress
from ui.pages.base import Page
from widgets.step_bar import StepBar

translate = QCoreApplication.translate

FILE, SHEET, MAPPING, PREVIEW, CONFIRM = range(5)
FILE_PATTERNS = "*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt *.tsv"


def choose_import_file(parent: QWidget | None) -> Path | None:
    """Ask for the list to import (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("ImportPage", "Choose a household list"), "",
        translate("ImportPage", "Spreadsheets and CSV ({patterns});;All files (*)").format(
            patterns=FILE_PATTERNS))
    return Path(name) if name else None


def choose_error_workbook(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the rows not imported (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("ImportPage", "Save the rows not imported"), str(suggested),
        translate("ImportPage", "Excel workbook (*.xlsx)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class ImportPage(Page):
    """The import wizard."""

    data_changed = Signal()
    """The database changed (an import or an undo): counts elsewhere should refresh."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, translate("MainWindow", "Import"), parent)
        self.actor = actor
        self.setAcceptDrops(True)
        self.path: Path | None = None
        self.loaded: LoadedTable | None = None
        self._loaded_for: tuple[Path, str] | None = None
        self.result: ImportResult | None = None
        self.preview: PlanPreview | None = None
        self.batch_id: int | None = None
        self.undone = False
        self.busy = False
        self._load_generation = 0

        self.step_bar = StepBar([
            translate("ImportPage", "Choose the file"),
            translate("ImportPage", "Sheet and header"),
            translate("ImportPage", "Match the columns"),
            translate("ImportPage", "Check"),
            translate("ImportPage", "Import"),
        ])
        self.layout_.addWidget(self.step_bar)
        self.file_step = FileStep()
        self.sheet_step = SheetStep()
        self.mapping_step = MappingStep()
        self.preview_step = PreviewStep()
        self.confirm_step = ConfirmStep()
        self.stack = QStackedWidget()
        for step in (self.file_step, self.sheet_step, self.mapping_step, self.preview_step,
                     self.confirm_step):
            self.stack.addWidget(step)
        self.layout_.addWidget(self.stack, 1)

        nav = QHBoxLayout()
        self.restart_button = QPushButton(translate("ImportPage", "Start &over"))
        self.back_button = QPushButton(translate("ImportPage", "« &Back"))
        self.next_button = QPushButton(translate("ImportPage", "&Next »"))
        self.next_button.setObjectName("Primary")
        self.next_button.setStyleSheet(
            "QPushButton { background: #2f7a8f; color: white; font-weight: bold; "
            "padding: 6px 18px; border-radius: 4px; }"
            "QPushButton:disabled { background: #a9c4cc; }")
        self.next_button.setMinimumWidth(130)
        self.back_button.setMinimumWidth(110)
        nav.addWidget(self.restart_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        self.layout_.addLayout(nav)

        self.file_step.choose_requested.connect(self.choose_file)
        self.sheet_step.sheet_chosen.connect(lambda name: self.load(sheet=name))
        self.sheet_step.header_chosen.connect(self._header_chosen)
        self.sheet_step.detect_requested.connect(self._detect_header)
        self.sheet_step.header_editing.connect(self._update_buttons)
        self.mapping_step.model.mapping_changed.connect(self._update_buttons)
        self.preview_step.save_errors_button.clicked.connect(self.save_error_workbook)
        self.confirm_step.import_button.clicked.connect(self.commit)
        self.confirm_step.again_button.clicked.connect(self.restart)
        self.confirm_step.undo_button.clicked.connect(self.undo)
        self.restart_button.clicked.connect(self.restart)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self._show_step(FILE)
        if not can(actor, Permission.IMPORT):
            self.setAcceptDrops(False)
            self.refuse(translate("ImportPage", "Importing household lists is for officers and "
                                  "administrators. Your role ({role}) reads the data only.")
                        .format(role=role_label(actor.role)))

    # ------------------------------------------------------------------ navigation

    def step(self) -> int:
        """The step on screen (``FILE`` … ``CONFIRM``)."""
        return self.stack.currentIndex()

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.step_bar.set_current(step)
        self._update_buttons()
        focus = {FILE: self.file_step.choose_button, SHEET: self.sheet_step.view,
                 MAPPING: self.mapping_step.view, PREVIEW: self.preview_step.tabs,
                 CONFIRM: self.confirm_step.import_button}[step]
        if self.isVisible():
            focus.setFocus()

    def _update_buttons(self) -> None:
        step = self.step()
        done = self.batch_id is not None
        self.back_button.setEnabled(not self.busy and step > FILE and not done)
        self.next_button.setVisible(step < CONFIRM)
        ready = {
            FILE: self.path is not None,
            SHEET: self.loaded is not None and not self.sheet_step.pending(),
            MAPPING: self.loaded is not None and not self.mapping_step.problems(),
            PREVIEW: self.result is not None,
        }.get(step, False)
        self.next_button.setEnabled(not self.busy and ready)
        self.restart_button.setEnabled(not self.busy)
        self.confirm_step.import_button.setEnabled(not self.busy)
        self.confirm_step.undo_button.setEnabled(not self.busy and done and not self.undone)
        self.confirm_step.again_button.setEnabled(not self.busy)
        self.preview_step.save_errors_button.setEnabled(
            not self.busy and bool(self.preview and self.preview.rejected))
        for widget in (self.file_step, self.sheet_step.sheet_combo, self.sheet_step.header_spin,
                       self.sheet_step.header_rows_spin, self.sheet_step.detect_button):
            widget.setEnabled(not self.busy)

    def go_next(self) -> None:
        """The next step (after the job that leads to it)."""
        if self.busy or not self.next_button.isEnabled():
            return
        step = self.step()
        if step == FILE:
            assert self.path is not None
            if self.loaded is not None and self._loaded_for == (self.path,
                                                                 self.file_step.source()):
                self._show_step(SHEET)
            else:
                self.load(then_show=SHEET)
        elif step == SHEET:
            assert self.loaded is not None
            self._show_step(MAPPING)
        elif step == MAPPING:
            self.dry_run()
        elif step == PREVIEW:
            self._fill_confirm()
            self._show_step(CONFIRM)

    def go_back(self) -> None:
        """The previous step (what was chosen there is kept)."""
        if not self.busy and self.step() > FILE and self.batch_id is None:
            self._show_step(self.step() - 1)

    def restart(self) -> None:
        """Start again with no file (after an import: "Import another file")."""
        if self.busy:
            return
        self.path = None
        self.loaded = None
        self._loaded_for = None
        self.result = None
        self.preview = None
        self.batch_id = None
        self.undone = False
        self.file_step.show_file(None)
        self.confirm_step.show_ready()
        self._show_step(FILE)

    # ------------------------------------------------------------------ 1. file

    def choose_file(self) -> None:
        """Ask for a file and show it."""
        path = choose_import_file(self)
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        """Use ``path`` as the file to import (back on the first step)."""
        if self.busy:
            return
        if self.batch_id is not None:
            self.restart()
        self.path = Path(path)
        self.loaded = None
        self._loaded_for = None
        self.result = None
        self.file_step.show_file(self.path)
        self.file_step.reset_year()
        self.file_step.suggest_year(list_year_in(self.path.stem))
        self._show_step(FILE)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept one local file dragged onto the page."""
        if not self.busy and _dropped_file(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """A file dropped on the page becomes the file to import."""
        path = _dropped_file(event.mimeData().urls())
        if path is None or self.busy:
            event.ignore()
            return
        event.acceptProposedAction()
        self.set_file(path)

    # ------------------------------------------------------------------ 2. sheet and header

    def load(self, *, sheet: str | None = None, header_index: int | None = None,
             header_rows: int | None = None, then_show: int | None = None) -> None:
        """Read the file (a sheet; the header found or as given) in the background."""
        assert self.path is not None
        path, source = self.path, self.file_step.source()
        self._load_generation += 1
        generation = self._load_generation
        database = self.database

        def job(progress: Progress) -> LoadedTable:
            with database.read() as s:
                table = load_table(s, path, sheet=sheet, source=source,
                                   header_index=header_index, header_rows=header_rows)
            if not progress.update(1, 1):
                raise Cancelled()
            return table

        def loaded(table: LoadedTable) -> None:
            if generation != self._load_generation:
                return
            self.loaded = table
            self._loaded_for = (path, source)
            self.result = None
            self.sheet_step.show_table(table)
            self.mapping_step.show_table(table, table.prepared.source)
            self.file_step.suggest_year(list_year_hint(table))
            if then_show is not None:
                self._show_step(then_show)

        def failed(error: BaseException) -> None:
            if self.loaded is not None and generation == self._load_generation:
                self.sheet_step.show_table(self.loaded)  # back to what was shown
            self._failed(error)

        self._run(Op(self, job, label=translate("ImportPage", "Reading {name}…").format(
            name=path.name)), loaded, failed)

    def _header_chosen(self, index: int, rows: int) -> None:
        if self.loaded is not None:
            self.load(sheet=self.loaded.prepared.sheet, header_index=index, header_rows=rows)

    def _detect_header(self) -> None:
        if self.loaded is not None:
            self.load(sheet=self.loaded.prepared.sheet)

    # ------------------------------------------------------------------ 4. preview

    def dry_run(self) -> None:
        """Plan the import without writing, then show the preview."""
        assert self.loaded is not None
        prepared = self.loaded.prepared
        mapping = self.mapping_step.model.mapping()
        year = self.file_step.list_year()
        database, actor = self.database, self.actor

        def job(progress: Progress) -> tuple[ImportResult, PlanPreview]:
            result = run_import(database, prepared, actor=actor, list_year_be=year,
                                dry_run=True, mapping=mapping, progress=progress.update)
            with database.read() as s:
                preview = plan_preview(s, result.plan)
            return result, preview

        def done(value: tuple[ImportResult, PlanPreview]) -> None:
            self.result, self.preview = value
            self.preview_step.show_preview(self.preview)
            self._show_step(PREVIEW)

        self._run(Op(self, job, label=translate("ImportPage", "Checking {rows:,} rows…").format(
            rows=len(prepared.rows))), done)

    def save_error_workbook(self) -> None:
        """Write the rejected rows, as the file had them and with the reason, to an .xlsx."""
        if self.result is None or self.path is None:
            return
        plan = self.result.plan
        suggested = self.path.with_name(translate("ImportPage", "{stem} - not imported.xlsx")
                                        .format(stem=self.path.stem))
        target = choose_error_workbook(self, suggested)
        if target is None:
            return
        # openpyxl loads only when a workbook is written, not at start-up.
        from exports.import_errors import RejectedRow, write_error_workbook

        rows = [RejectedRow(r.row, plan.persons[r.row].values, r.reason or "")
                for r in plan.rejected()]
        headers, source_name = list(plan.headers), self.path.name
        row_label = translate("ImportPage", "Row")
        reason_label = translate("ImportPage", "Reason not imported")

        def job(_progress: Progress) -> Path:
            return write_error_workbook(target, headers=headers, rows=rows,
                                        source_name=source_name, row_label=row_label,
                                        reason_label=reason_label)

        self._run(Op(self, job, label=translate("ImportPage", "Saving…")), lambda out: (
            prompts.show_info(self, translate(
                "ImportPage", "{n:,} rows not imported were saved to {path}.").format(
                    n=len(rows), path=out))))

    # ------------------------------------------------------------------ 5. confirm

    def _fill_confirm(self) -> None:
        assert self.loaded is not None
        assert self.result is not None
        prepared = self.loaded.prepared
        counts = self.result.plan.counts()
        left_out = len(self.preview_step.excluded_rows())
        self.confirm_step.show_ready()
        self.confirm_step.set_summary({
            "file": str(prepared.path),
            "sheet": translate("ImportPage", "{sheet}, header on row {row}").format(
                sheet=prepared.sheet, row=self.loaded.header_index + 1),
            "source": source_label(prepared.source),
            "year": str(self.file_step.list_year()),
            "people": translate(
                "ImportPage", "{new:,} new, {updated:,} with changes, {unchanged:,} unchanged, "
                "{rejected:,} not imported, {review:,} to review").format(
                    new=counts["members_new"], updated=counts["members_updated"],
                    unchanged=counts["unchanged"], rejected=counts["rejected"],
                    review=counts["review"]),
            "households": translate(
                "ImportPage", "{new:,} new, {updated:,} with changes, {gone:,} gone from the "
                "list").format(new=counts["households_new"],
                               updated=counts["households_updated"],
                               gone=counts["households_disappeared"]),
            "left_out": translate("ImportPage", "{n:,} rows you unticked").format(n=left_out)
            if left_out else translate("ImportPage", "none"),
        })

    def commit(self) -> None:
        """Import for real, in one transaction, leaving out the unticked rows."""
        if self.busy or self.loaded is None or self.batch_id is not None:
            return
        prepared = self.loaded.prepared
        mapping = self.mapping_step.model.mapping()
        year = self.file_step.list_year()
        excluded = self.preview_step.excluded_rows()
        database, actor = self.database, self.actor

        def job(progress: Progress) -> ImportResult:
            return run_import(database, prepared, actor=actor, list_year_be=year,
                              excluded_rows=excluded, mapping=mapping, progress=progress.update)

        def done(result: ImportResult) -> None:
            assert result.batch_id is not None
            self.batch_id = result.batch_id
            self.confirm_step.show_result(result.batch_id, result.plan.counts())
            self._update_buttons()
            self.data_changed.emit()

        self._run(Op(self, job, label=translate("ImportPage", "Importing {rows:,} rows…").format(
            rows=len(prepared.rows))), done)

    def undo(self) -> None:
        """Undo the import just made (after asking)."""
        batch_id = self.batch_id
        if self.busy or batch_id is None:
            return
        if not prompts.confirm(self, translate(
                "ImportPage", "Undo import number {id}? The households and people it added are "
                "removed and the values it changed are put back.").format(id=batch_id)):
            return
        database, actor = self.database, self.actor

        def job(_progress: Progress) -> dict[str, int]:
            with database.begin() as s:
                return undo_batch(s, batch_id, actor)

        def done(counts: dict[str, int]) -> None:
            self.undone = True
            self.confirm_step.show_undone(batch_id, counts)
            self._update_buttons()
            self.data_changed.emit()

        self._run(Op(self, job, label=translate("ImportPage", "Undoing the import…")), done)

    # ------------------------------------------------------------------ jobs

    def _run(self, op: Op[Any], on_success: Any, on_failure: Any = None) -> None:
        """Start a job with the wizard's buttons disabled until it ends."""
        def succeeded(value: Any) -> None:
            self._set_busy(False)
            on_success(value)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            (on_failure or self._failed)(error)

        self._set_busy(True)
        op.success(succeeded).failure(failed).run_in_background()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        """A cancelled job ends quietly; a user error is shown; anything else is a bug."""
        if isinstance(error, Cancelled):
            return
        if isinstance(error, UserError):
            prompts.show_user_error(self, str(error))
            return
        sys.excepthook(type(error), error, error.__traceback__)


def _dropped_file(urls: list[Any]) -> Path | None:
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    if len(files) != 1 or not files[0].is_file():
        return None
    return files[0]
