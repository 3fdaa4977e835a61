"""แบบรายงานจังหวัด: the Excel return for the province (a tab of the รายงาน page).

Make the standard return for a month (IDs masked unless asked), fill the province's own
template after mapping its cells once (the mapping is saved and found again by the template's
signature), mark what was sent as submitted, list what was submitted and compare this month
with the last submitted one, and combine districts' returns into the province's. Reading,
counting and writing run in the background (``Op``) with progress and cancel.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.access import Permission, can
from core.database import Database
from core.errors import UserError
from core.history import Actor
from core.returns.consolidate import read_district_return
from core.returns.model import (
    FIGURE_TABLES,
    SHEET_NAMES,
    SUMMARY,
    Period,
    ReturnData,
    baht,
    parse_period,
    reporting_period,
)
from core.returns.snapshots import (
    Comparison,
    SnapshotRow,
    compare_with_last_submitted,
    list_snapshots,
    snapshot_file,
)
from core.returns.templates import (
    SavedMapping,
    TemplateInfo,
    cell_entry,
    cell_figures,
    check_entries,
    figure_labels,
    list_mappings,
    mapping_for_signature,
    read_template,
    save_mapping,
    table_entry,
    table_figures,
)
from core.thai import MONTHS_TH, format_date_be
from ui import prompts, returns_jobs
from ui.operations import Op, Progress
from ui.returns_jobs import MadeReturn

translate = QCoreApplication.translate

FIGURE_ROLE = Qt.ItemDataRole.UserRole
MAPPED_COLOR = QColor("#C6E0B4")


def choose_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save a workbook (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("ReturnsTab", "Save the return"), suggested,
        translate("ReturnsTab", "Excel workbook (*.xlsx)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def choose_template(parent: QWidget | None) -> Path | None:
    """Ask for the province's template (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("ReturnsTab", "Open the province's template"), "",
        translate("ReturnsTab", "Excel workbook (*.xlsx)"))
    return Path(name) if name else None


def choose_district_returns(parent: QWidget | None) -> list[Path]:
    """Ask for districts' standard returns (tests replace this function)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, translate("ReturnsTab", "Choose the districts' returns"), "",
        translate("ReturnsTab", "Excel workbook (*.xlsx)"))
    return [Path(n) for n in names]


def _item(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _number(value: int, money: bool) -> str:
    return f"{baht(value):,.2f}" if money else f"{value:,}"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.setAlternatingRowColors(True)
    return table


class ReturnsTab(QWidget):
    """The province return: make, fill a template, submit, compare, combine."""

    submitted = Signal(int)
    """A return was marked as submitted (its snapshot number)."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.busy = False
        self.made: MadeReturn | None = None
        self.made_path: Path | None = None
        self.template: TemplateInfo | None = None
        self.template_data: ReturnData | None = None
        self.entries: list[dict[str, Any]] = []
        self.comparison: Comparison | None = None
        self.snapshots: list[SnapshotRow] = []
        self.district_files: list[Path] = []
        self._column_names: dict[tuple[str, str], str] = {}
        self.saved_mappings: list[SavedMapping] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ReturnsTab", "Month:")))
        self.month = QComboBox()
        self.month.addItems(list(MONTHS_TH))
        self.year = QSpinBox()
        self.year.setRange(2560, 2650)
        self.year.setToolTip(translate("ReturnsTab", "Year in the Buddhist Era"))
        with database.read() as s:
            submitted = [parse_period(row.period) for row in list_snapshots(s)]
        period = reporting_period(dt.date.today(), submitted)
        self.month.setCurrentIndex(period.month - 1)
        self.year.setValue(period.year_be)
        self.full_ids = QCheckBox(translate("ReturnsTab", "Full national IDs in the household "
                                            "list (personal data)"))
        for w in (self.month, self.year, self.full_ids):
            top.addWidget(w)
        top.addStretch(1)
        layout.addLayout(top)

        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(self._standard_section(), translate("ReturnsTab", "Standard return"))
        self.sections.addTab(self._template_section(), translate("ReturnsTab", "Province template"))
        self.sections.addTab(self._submitted_section(), translate("ReturnsTab", "Submitted"))
        self.sections.addTab(self._province_section(), translate("ReturnsTab", "Combine districts"))
        layout.addWidget(self.sections, 1)

        bottom = QHBoxLayout()
        self.made_label = QLabel(translate("ReturnsTab", "No return made yet."))
        self.made_label.setWordWrap(True)
        self.submit_button = QPushButton(translate("ReturnsTab", "Mark as &submitted"))
        self.submit_button.setToolTip(translate(
            "ReturnsTab", "Freeze the figures and the file of the return just made"))
        self.submit_button.clicked.connect(self.mark_submitted)
        bottom.addWidget(self.made_label, 1)
        bottom.addWidget(self.submit_button)
        layout.addLayout(bottom)
        self._update_buttons()

    # ------------------------------------------------------------------ sections

    def _standard_section(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        row = QHBoxLayout()
        self.make_button = QPushButton(translate("ReturnsTab", "&Make the standard return…"))
        self.make_button.clicked.connect(self.ask_make_standard)
        row.addWidget(self.make_button)
        row.addStretch(1)
        v.addLayout(row)
        v.addWidget(QLabel(translate(
            "ReturnsTab", "Sheets: summary per subdistrict, problems per dimension, help per "
            "agency, household levels and the household list. Figures are counted as the data "
            "stands when the return is made.")))
        self.totals = _table([translate("ReturnsTab", "Figure"),
                              translate("ReturnsTab", "District total")])
        v.addWidget(self.totals, 1)
        return page

    def _template_section(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        row = QHBoxLayout()
        self.open_template_button = QPushButton(translate("ReturnsTab", "&Open the template…"))
        self.open_template_button.clicked.connect(self.ask_open_template)
        self.template_label = QLabel(translate("ReturnsTab", "No template open."))
        self.template_label.setWordWrap(True)
        row.addWidget(self.open_template_button)
        row.addWidget(self.template_label, 1)
        row.addWidget(QLabel(translate("ReturnsTab", "Use a saved mapping:")))
        self.saved_combo = QComboBox()
        self.saved_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.saved_combo.setToolTip(translate(
            "ReturnsTab", "For a template the province changed a little: start from the mapping "
                          "made for an earlier version"))
        self.saved_combo.activated.connect(self._use_saved)
        row.addWidget(self.saved_combo)
        v.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.figure_tree = QTreeWidget()
        self.figure_tree.setHeaderLabels([translate("ReturnsTab", "Figures of the return")])
        self.figure_tree.itemDoubleClicked.connect(lambda _i, _c: self.map_current())
        split.addWidget(self.figure_tree)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(translate("ReturnsTab", "Sheet:")))
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._show_sheet())
        sheet_row.addWidget(self.sheet_combo, 1)
        self.map_button = QPushButton(translate("ReturnsTab", "&Put here"))
        self.map_button.setToolTip(translate(
            "ReturnsTab", "Put the chosen figure (or table, from its first cell) in the chosen "
            "cell of the template (Ctrl+Enter)"))
        self.map_button.clicked.connect(self.map_current)
        sheet_row.addWidget(self.map_button)
        rv.addLayout(sheet_row)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 8)
        rv.addWidget(self.preview, 3)
        self.mapping_table = _table([translate("ReturnsTab", "Figure"),
                                     translate("ReturnsTab", "Sheet"),
                                     translate("ReturnsTab", "Cell")])
        rv.addWidget(self.mapping_table, 2)
        save_row = QHBoxLayout()
        self.remove_button = QPushButton(translate("ReturnsTab", "&Remove"))
        self.remove_button.clicked.connect(self.remove_selected_entry)
        self.mapping_name = QLineEdit()
        self.mapping_name.setPlaceholderText(translate("ReturnsTab", "Name of the mapping"))
        self.save_mapping_button = QPushButton(translate("ReturnsTab", "Sa&ve the mapping"))
        self.save_mapping_button.clicked.connect(self.save_current_mapping)
        self.fill_button = QPushButton(translate("ReturnsTab", "&Fill the template…"))
        self.fill_button.clicked.connect(self.ask_fill_template)
        for w in (self.remove_button, self.mapping_name, self.save_mapping_button,
                  self.fill_button):
            save_row.addWidget(w)
        rv.addLayout(save_row)
        split.addWidget(right)
        split.setSizes([330, 700])
        v.addWidget(split, 1)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), page)
        shortcut.activated.connect(self.map_current)
        return page

    def _submitted_section(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.snapshot_table = _table([translate("ReturnsTab", "File"),
                                      translate("ReturnsTab", "Month"),
                                      translate("ReturnsTab", "Kind"),
                                      translate("ReturnsTab", "Submitted"),
                                      translate("ReturnsTab", "By")])
        v.addWidget(self.snapshot_table, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton(translate("ReturnsTab", "Save a &copy of the submitted "
                                                 "file…"))
        self.copy_button.clicked.connect(self.ask_save_snapshot)
        self.compare_button = QPushButton(translate("ReturnsTab", "Compare this &month with the "
                                                    "last submitted"))
        self.compare_button.clicked.connect(self.compare)
        self.area_combo = QComboBox()
        self.area_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_combo.setMinimumContentsLength(14)
        self.area_combo.currentIndexChanged.connect(lambda _i: self._show_comparison())
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.compare_button)
        row.addWidget(self.area_combo)
        v.addLayout(row)
        self.comparison_label = QLabel("")
        v.addWidget(self.comparison_label)
        self.comparison_table = _table([translate("ReturnsTab", "Figure"),
                                        translate("ReturnsTab", "Last submitted"),
                                        translate("ReturnsTab", "This month"),
                                        translate("ReturnsTab", "Change")])
        v.addWidget(self.comparison_table, 2)
        return page

    def _province_section(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(QLabel(translate(
            "ReturnsTab", "For province staff: add the standard returns the districts sent "
            "(one file per district, all for the chosen month) and combine them.")))
        box = QGroupBox(translate("ReturnsTab", "Districts' returns"))
        bv = QVBoxLayout(box)
        self.file_list = QListWidget()
        bv.addWidget(self.file_list)
        row = QHBoxLayout()
        self.add_files_button = QPushButton(translate("ReturnsTab", "&Add files…"))
        self.add_files_button.clicked.connect(self.ask_add_files)
        self.remove_files_button = QPushButton(translate("ReturnsTab", "Remove from the list"))
        self.remove_files_button.clicked.connect(self.remove_selected_files)
        self.combine_button = QPushButton(translate("ReturnsTab", "Com&bine into the province "
                                                    "return…"))
        self.combine_button.clicked.connect(self.ask_combine)
        for w in (self.add_files_button, self.remove_files_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.combine_button)
        bv.addLayout(row)
        v.addWidget(box, 1)
        return page

    # ------------------------------------------------------------------ state

    def period(self) -> Period:
        """The month chosen at the top."""
        return Period(self.year.value(), self.month.currentIndex() + 1)

    def set_period(self, period: Period) -> None:
        """Choose a month (tests, and the caller that knows the reporting month)."""
        self.year.setValue(period.year_be)
        self.month.setCurrentIndex(period.month - 1)

    def _update_buttons(self) -> None:
        # A viewer may not make a return: it lists households by name (core refuses it too).
        idle = not self.busy and can(self.actor, Permission.EXPORT_PERSONAL)
        widgets: tuple[QWidget, ...] = (self.make_button, self.open_template_button,
                                         self.add_files_button, self.compare_button, self.month,
                                         self.year, self.full_ids)
        for w in widgets:
            w.setEnabled(idle)
        has_template = self.template is not None and self.template_data is not None
        for w in (self.map_button, self.save_mapping_button, self.mapping_name, self.saved_combo):
            w.setEnabled(idle and has_template)
        self.fill_button.setEnabled(idle and has_template and bool(self.entries))
        self.remove_button.setEnabled(idle and bool(self.entries))
        self.submit_button.setEnabled(idle and self.made is not None)
        self.copy_button.setEnabled(idle and bool(self.snapshots))
        self.combine_button.setEnabled(idle and bool(self.district_files))
        self.remove_files_button.setEnabled(idle and bool(self.district_files))

    def _run(self, fn: Any, label: str, on_success: Any) -> Op[Any]:
        self.busy = True
        self._update_buttons()

        def done(result: Any) -> None:
            self.busy = False
            self._update_buttons()
            on_success(result)

        def failed(error: BaseException) -> None:
            self.busy = False
            self._update_buttons()
            from core.errors import Cancelled

            if isinstance(error, Cancelled):
                return
            if isinstance(error, UserError):
                prompts.show_user_error(self, str(error))
            else:
                import sys

                sys.excepthook(type(error), error, error.__traceback__)

        op: Op[Any] = Op(self, fn, label=label)
        op.success(done).failure(failed)
        op.run_in_background()
        return op

    def refresh(self) -> None:
        """Reload the list of submitted returns."""
        with self.database.read() as s:
            self.snapshots = list_snapshots(s)
        table = self.snapshot_table
        table.setRowCount(len(self.snapshots))
        kinds = {"standard": translate("ReturnsTab", "standard"),
                 "template": translate("ReturnsTab", "province template"),
                 "province": translate("ReturnsTab", "province")}
        for r, snap in enumerate(self.snapshots):
            local = snap.submitted_at.replace(tzinfo=dt.UTC).astimezone()
            when = f"{format_date_be(local.date(), style='short')} {local:%H:%M}"
            kind = kinds.get(snap.kind, snap.kind) + (f" ({snap.template_name})"
                                                      if snap.template_name else "")
            for c, text in enumerate((snap.file_name, snap.period_label, kind, when,
                                      snap.submitted_by)):
                table.setItem(r, c, _item(text))
        self._update_buttons()

    def showEvent(self, event: Any) -> None:
        """Show what was submitted whenever the tab comes into view."""
        super().showEvent(event)
        self.refresh()

    def _set_made(self, made: MadeReturn, path: Path) -> None:
        self.made, self.made_path = made, path
        text = translate("ReturnsTab", "Saved {path} ({period}).").format(
            path=path, period=made.data.period.label)
        if made.warnings:
            text += " " + " ".join(made.warnings)
        self.made_label.setText(text)
        summary = made.data.tables[SUMMARY]
        self.totals.setRowCount(len(summary.columns))
        for r, column in enumerate(summary.columns):
            self.totals.setItem(r, 0, _item(column.name))
            self.totals.setItem(r, 1, _item(f"{summary.total(column.key):,}", number=True))
        self._update_buttons()

    def _suggested(self, stem: str) -> str:
        folder = self.made_path.parent if self.made_path else Path.home()
        return str(folder / f"{stem}-{self.period()}.xlsx")

    # ------------------------------------------------------------------ standard return

    def ask_make_standard(self) -> None:
        """Ask where to save, then make the standard return."""
        if self.full_ids.isChecked() and not prompts.confirm(self, translate(
                "ReturnsTab", "The household list will show full national IDs, which are "
                "personal data. Make the return with full IDs?")):
            return
        path = choose_save_path(self, self._suggested("แบบรายงาน"))
        if path is not None:
            self.make_standard(path)

    def make_standard(self, path: Path) -> Op[Any]:
        """Count, write and save the standard return in the background."""
        period, full = self.period(), self.full_ids.isChecked()

        def job(progress: Progress) -> MadeReturn:
            made = returns_jobs.make_standard(self.database, period=period, actor=self.actor,
                                              full_ids=full, progress=progress.update)
            returns_jobs.save_made(self.database, self.actor, path, made)
            return made

        return self._run(job, translate("ReturnsTab", "Making the return…"),
                         lambda made: self._set_made(made, path))

    # ------------------------------------------------------------------ template

    def ask_open_template(self) -> None:
        """Ask for the province's template and open it for mapping."""
        path = choose_template(self)
        if path is not None:
            self.open_template(path)

    def open_template(self, path: Path) -> Op[Any]:
        """Read the template, count the figures it can take and find its saved mapping."""
        period = self.period()

        def job(_progress: Progress) -> tuple[TemplateInfo, ReturnData, SavedMapping | None,
                                              list[SavedMapping]]:
            info = read_template(path)
            data = returns_jobs.figures(self.database, period=period, actor=self.actor)
            with self.database.read() as s:
                return info, data, mapping_for_signature(s, info.signature), list_mappings(s)

        return self._run(job, translate("ReturnsTab", "Opening the template…"), self._opened)

    def _opened(self, result: tuple[TemplateInfo, ReturnData, SavedMapping | None,
                                    list[SavedMapping]]) -> None:
        info, data, saved, every = result
        self.template, self.template_data = info, data
        self.saved_mappings = every
        self.saved_combo.clear()
        self.saved_combo.addItem("–", None)
        for m in every:
            self.saved_combo.addItem(m.name, m.id)
        self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(saved.id)) if saved else 0)
        self.entries = list(saved.entries) if saved else []
        self.mapping_name.setText(saved.name if saved else info.path.stem)
        text = translate("ReturnsTab", "{name}: the saved mapping {mapping} was found.").format(
            name=info.path.name, mapping=saved.name) if saved else translate(
            "ReturnsTab", "{name}: no mapping yet. Choose a figure on the left, a cell on the "
            "right, then Put here.").format(name=info.path.name)
        if info.has_drawings:
            text += " " + translate("ReturnsTab", "Its pictures and charts are not kept in the "
                                    "filled copy.")
        self.template_label.setText(text)
        self._fill_tree(data)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems([s.name for s in info.sheets])
        self.sheet_combo.blockSignals(False)
        self._show_sheet()
        self._show_entries()
        self._update_buttons()

    def _use_saved(self, index: int) -> None:
        """Start from a saved mapping (made for an earlier version of the template)."""
        mapping_id = self.saved_combo.itemData(index)
        chosen = next((m for m in self.saved_mappings if m.id == mapping_id), None)
        if chosen is None or self.template is None or self.template_data is None:
            return
        self.entries = list(chosen.entries)
        self.mapping_name.setText(chosen.name)
        problems = check_entries(self.entries, self.template_data,
                                 [sheet.name for sheet in self.template.sheets])
        text = translate("ReturnsTab", "The mapping {name} is loaded; check the cells marked in "
                         "green, then save it for this template.").format(name=chosen.name)
        if problems:
            text += " " + " ".join(problems)
        self.template_label.setText(text)
        self._show_entries()
        self._show_sheet()
        self._update_buttons()

    def _fill_tree(self, data: ReturnData) -> None:
        self._column_names = {(t.key, key): label for t in table_figures(data)
                              for key, label in t.columns}
        tree = self.figure_tree
        tree.clear()
        tables = QTreeWidgetItem([translate("ReturnsTab", "Tables (from a start cell, downwards)")])
        for t in table_figures(data):
            item = QTreeWidgetItem([translate("ReturnsTab", "{table}: whole table").format(
                table=t.label)])
            item.setData(0, FIGURE_ROLE, ("table", t.key, [c for c, _l in t.columns]))
            tables.addChild(item)
            for key, label in t.columns:
                child = QTreeWidgetItem([translate("ReturnsTab", "column {column}").format(
                    column=label)])
                child.setData(0, FIGURE_ROLE, ("table", t.key, [key]))
                item.addChild(child)
        tree.addTopLevelItem(tables)
        groups: dict[str, QTreeWidgetItem] = {}
        for figure in cell_figures(data):
            group = groups.get(figure.group)
            if group is None:
                group = groups[figure.group] = QTreeWidgetItem(
                    [translate("ReturnsTab", "Single values: {group}").format(group=figure.group)])
                tree.addTopLevelItem(group)
            child = QTreeWidgetItem([figure.label])
            child.setData(0, FIGURE_ROLE, ("cell", figure.key, []))
            group.addChild(child)
        tables.setExpanded(True)

    def _show_sheet(self) -> None:
        info = self.template
        sheet = info.sheet(self.sheet_combo.currentText()) if info else None
        preview = self.preview
        preview.clearSpans()
        preview.clear()
        if sheet is None:
            preview.setRowCount(0)
            preview.setColumnCount(0)
            return
        rows = min(sheet.max_row + 5, 80)
        cols = min(sheet.max_col + 2, 30)
        preview.setRowCount(rows)
        preview.setColumnCount(cols)
        from openpyxl.utils import get_column_letter

        preview.setHorizontalHeaderLabels([get_column_letter(c) for c in range(1, cols + 1)])
        for (r, c), text in sheet.cells.items():
            if r <= rows and c <= cols:
                item = QTableWidgetItem(text)
                if (r, c) in sheet.formulas:
                    item.setForeground(QColor("#1F4E79"))
                preview.setItem(r - 1, c - 1, item)
        for r1, c1, r2, c2 in sheet.merges:
            if r1 <= rows and c1 <= cols:
                preview.setSpan(r1 - 1, c1 - 1, min(r2, rows) - r1 + 1, min(c2, cols) - c1 + 1)
        self._mark_mapped()

    def _mark_mapped(self) -> None:
        from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

        sheet = self.sheet_combo.currentText()
        labels = figure_labels(self.template_data) if self.template_data else {}
        for entry in self.entries:
            if entry["sheet"] != sheet:
                continue
            letters, row = coordinate_from_string(entry["cell"])
            col = column_index_from_string(letters)
            tip = self._entry_label(entry, labels)
            # A table fills downwards: shade the cells its rows will take, lighter below the first.
            height = 1
            if entry["kind"] == "table" and self.template_data is not None:
                height = self._table_height(entry["table"])
            for r in range(row, min(row + height, self.preview.rowCount() + 1)):
                if col > self.preview.columnCount():
                    break
                item = self.preview.item(r - 1, col - 1)
                if item is None:
                    item = QTableWidgetItem("")
                    self.preview.setItem(r - 1, col - 1, item)
                item.setBackground(MAPPED_COLOR if r == row else MAPPED_COLOR.lighter(115))
                item.setToolTip(tip)

    def _table_height(self, table: str) -> int:
        data = self.template_data
        if data is None:
            return 1
        if table == "households":
            return max(len(data.households), 1)
        return max(len(data.tables[table].rows), 1) if table in data.tables else 1

    def _entry_label(self, entry: dict[str, Any], labels: dict[str, str]) -> str:
        if entry["kind"] == "cell":
            return labels.get(entry["figure"], entry["figure"])
        table = labels.get(f"table:{entry['table']}", entry["table"])
        if len(entry["columns"]) == 1:
            return translate("ReturnsTab", "{table}: column {column}").format(
                table=table, column=self._column_names.get((entry["table"], entry["columns"][0]),
                                                           entry["columns"][0]))
        return translate("ReturnsTab", "table {table} ({columns} columns)").format(
            table=table, columns=len(entry["columns"]))

    def _show_entries(self) -> None:
        labels = figure_labels(self.template_data) if self.template_data else {}
        table = self.mapping_table
        table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            table.setItem(r, 0, _item(self._entry_label(entry, labels)))
            table.setItem(r, 1, _item(entry["sheet"]))
            table.setItem(r, 2, _item(entry["cell"]))

    def map_current(self) -> None:
        """Put the chosen figure (or table) at the chosen cell of the template."""
        item = self.figure_tree.currentItem()
        figure = item.data(0, FIGURE_ROLE) if item is not None else None
        row, col = self.preview.currentRow(), self.preview.currentColumn()
        if figure is None or row < 0 or col < 0 or self.template is None:
            prompts.show_info(self, translate(
                "ReturnsTab", "Choose a figure on the left and a cell of the template first."))
            return
        from openpyxl.utils import get_column_letter

        address = f"{get_column_letter(col + 1)}{row + 1}"
        sheet = self.sheet_combo.currentText()
        kind, key, columns = figure
        entry = cell_entry(key, sheet, address) if kind == "cell" else table_entry(
            key, columns, sheet, address)
        # One thing per cell: a new mapping of the same cell replaces the old one.
        self.entries = [e for e in self.entries
                        if (e["sheet"], e["cell"]) != (sheet, entry["cell"])] + [entry]
        self._show_entries()
        self._show_sheet()
        self._update_buttons()

    def remove_selected_entry(self) -> None:
        """Forget the mapping chosen in the list."""
        row = self.mapping_table.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._show_entries()
            self._show_sheet()
            self._update_buttons()

    def save_current_mapping(self) -> None:
        """Save the mapping under its name, for this template's signature."""
        if self.template is None:
            return
        name = self.mapping_name.text()
        with self.database.begin() as s:
            if name.strip() in {m.name for m in list_mappings(s)} and not prompts.confirm(
                    self, translate("ReturnsTab", "Replace the saved mapping {name}?")
                    .format(name=name.strip())):
                return
            saved = save_mapping(s, self.actor, name=name, signature=self.template.signature,
                                 entries=self.entries, template_file_name=self.template.path.name)
        self.template_label.setText(translate("ReturnsTab", "The mapping {name} is saved; it "
                                              "is used again for this template.").format(
            name=saved.name))

    def ask_fill_template(self) -> None:
        """Ask where to save, then fill the template."""
        if self.template is None:
            return
        path = choose_save_path(self, self._suggested(self.template.path.stem))
        if path is not None:
            self.fill(path)

    def fill(self, path: Path) -> Op[Any]:
        """Fill the open template with this month's figures in the background and save it."""
        assert self.template is not None
        template, entries = self.template.path, list(self.entries)
        period, full = self.period(), self.full_ids.isChecked()
        name = self.mapping_name.text().strip() or None

        def job(progress: Progress) -> MadeReturn:
            made = returns_jobs.make_from_template(
                self.database, template=template, period=period, actor=self.actor,
                full_ids=full, entries=entries, progress=progress.update)
            made.template_name = name
            returns_jobs.save_made(self.database, self.actor, path, made)
            return made

        return self._run(job, translate("ReturnsTab", "Filling the template…"),
                         lambda made: self._set_made(made, path))

    # ------------------------------------------------------------------ submitted

    def mark_submitted(self) -> None:
        """Freeze the return just made as submitted."""
        made, path = self.made, self.made_path
        if made is None or path is None:
            return
        if not prompts.confirm(self, translate(
                "ReturnsTab", "Mark {name} ({period}) as submitted to the province? Its figures "
                "and file are kept as they are now.").format(name=path.name,
                                                             period=made.data.period.label)):
            return
        row = returns_jobs.submit(self.database, self.actor, made, path.name)
        self.made_label.setText(translate("ReturnsTab", "{name} is marked as submitted "
                                          "(number {id}).").format(name=path.name, id=row.id))
        self.made = None
        self.refresh()
        self.submitted.emit(row.id)

    def ask_save_snapshot(self) -> None:
        """Save a copy of the submitted file chosen in the list."""
        row = self.snapshot_table.currentRow()
        if not 0 <= row < len(self.snapshots):
            prompts.show_info(self, translate("ReturnsTab", "Choose a submitted return first."))
            return
        snap = self.snapshots[row]
        path = choose_save_path(self, str(Path.home() / snap.file_name))
        if path is not None:
            self.save_snapshot(snap.id, path)

    def save_snapshot(self, snapshot_id: int, path: Path) -> Path:
        """Write the exact submitted bytes to a file."""
        with self.database.read() as s:
            _name, content = snapshot_file(s, snapshot_id)
        # Its households were noted when the return was first saved; this names the copy.
        return returns_jobs.save_audited(self.database, self.actor, path, content,
                                         households=(), snapshot_id=snapshot_id)

    def compare(self) -> Op[Any]:
        """Compare the chosen month (as the data stands) with the last submitted month."""
        period = self.period()

        def job(progress: Progress) -> Comparison | None:
            data = returns_jobs.figures(self.database, period=period, actor=self.actor,
                                        progress=progress.update)
            with self.database.read() as s:
                return compare_with_last_submitted(s, data)

        return self._run(job, translate("ReturnsTab", "Comparing…"), self._compared)

    def _compared(self, comparison: Comparison | None) -> None:
        self.comparison = comparison
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        if comparison is None:
            self.comparison_label.setText(translate(
                "ReturnsTab", "No return for an earlier month has been submitted yet."))
        else:
            self.comparison_label.setText(translate(
                "ReturnsTab", "{period} now, beside {previous} as submitted in {file}.").format(
                period=self.period().label, previous=comparison.previous.period_label,
                file=comparison.previous.file_name))
            self.area_combo.addItem(translate("ReturnsTab", "Whole district"), "total")
            seen: set[str] = set()
            for line in comparison.lines:
                if line.table == SUMMARY and line.row_code != "total" and line.row_code not in seen:
                    seen.add(line.row_code)
                    self.area_combo.addItem(line.row_label, line.row_code)
        self.area_combo.blockSignals(False)
        self._show_comparison()

    def _show_comparison(self) -> None:
        table = self.comparison_table
        if self.comparison is None:
            table.setRowCount(0)
            return
        code = self.area_combo.currentData() or "total"
        lines = [line for line in self.comparison.for_row(code) if line.table in FIGURE_TABLES]
        table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            change = line.difference
            sign = "+" if change > 0 else ""
            table.setItem(r, 0, _item(f"{SHEET_NAMES[line.table]}: {line.column_label}"))
            table.setItem(r, 1, _item(_number(line.previous, line.money), number=True))
            table.setItem(r, 2, _item(_number(line.current, line.money), number=True))
            item = _item(sign + _number(change, line.money), number=True)
            if change:
                item.setForeground(QColor("#1E7B34") if change > 0 else QColor("#B00020"))
            table.setItem(r, 3, item)

    # ------------------------------------------------------------------ province

    def ask_add_files(self) -> None:
        """Add districts' returns to the list."""
        self.add_files(choose_district_returns(self))

    def add_files(self, paths: list[Path]) -> Op[Any] | None:
        """Add files (each once), then say which district and month each one is."""
        new: list[Path] = []
        for path in paths:
            if path in self.district_files:
                continue
            new.append(path)
            self.district_files.append(path)
            item = QListWidgetItem(str(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.file_list.addItem(item)
        self._update_buttons()
        if not new:
            return None

        def job(_progress: Progress) -> list[tuple[Path, str, bool]]:
            described = []
            for path in new:
                try:
                    data = read_district_return(path).data
                except UserError as e:
                    described.append((path, str(e), False))
                else:
                    described.append((path, translate(
                        "ReturnsTab", "{name}: {district} district, {period}").format(
                        name=path.name, district=data.meta.district_name,
                        period=data.period.label), True))
            return described

        return self._run(job, "", self._described)

    def _described(self, described: list[tuple[Path, str, bool]]) -> None:
        for path, text, usable in described:
            for row in range(self.file_list.count()):
                item = self.file_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == str(path):
                    item.setText(text if usable else f"⚠ {text}")
                    item.setToolTip(str(path))
                    if not usable:
                        item.setForeground(QColor("#B00020"))

    def remove_selected_files(self) -> None:
        """Take the chosen files off the list."""
        for item in self.file_list.selectedItems():
            path = Path(item.data(Qt.ItemDataRole.UserRole))
            self.district_files.remove(path)
            self.file_list.takeItem(self.file_list.row(item))
        self._update_buttons()

    def ask_combine(self) -> None:
        """Ask where to save, then combine."""
        path = choose_save_path(self, self._suggested("แบบรายงานจังหวัด"))
        if path is not None:
            self.combine(path)

    def combine(self, path: Path) -> Op[Any]:
        """Combine the listed districts' returns for the chosen month, in the background."""
        files, period = list(self.district_files), self.period()

        def job(progress: Progress) -> MadeReturn:
            who, position = returns_jobs.preparer_of(self.database, self.actor)
            made = returns_jobs.make_province(files, period=period, prepared_by=who,
                                              prepared_position=position,
                                              progress=progress.update)
            returns_jobs.save(path, made.content)
            return made

        def done(made: MadeReturn) -> None:
            self._set_made(made, path)
            prompts.show_info(self, translate(
                "ReturnsTab", "The province return for {period} combines {n} districts: "
                "{path}.").format(period=made.data.period.label, n=len(made.data.meta.districts),
                                   path=path))

        return self._run(job, translate("ReturnsTab", "Combining the returns…"), done)
