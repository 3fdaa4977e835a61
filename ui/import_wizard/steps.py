"""The five steps of the import wizard as widgets: they show things and emit what the user
chose; :class:`ui.pages.import_page.ImportPage` runs the jobs and moves between them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.importing.mapping import field_label, mapping_problems, mapping_warnings
from core.importing.plan import DIMENSION_FIELDS
from core.importing.readers import SheetInfo
from core.importing.summary import ChangeLine, LoadedTable, PersonLine, PlanPreview
from core.thai import be_year
from ui.import_wizard.models import (
    Column,
    LinesModel,
    MappingModel,
    RowChoice,
    SheetPreviewModel,
    cell_text,
    field_choices,
    format_value,
)
from widgets.figure_strip import FigureStrip

translate = QCoreApplication.translate

SOURCE_CODES = ("auto", "tpmap", "thaiqm", "jpt", "pppconnext", "local")
YEAR_MIN, YEAR_MAX = 2560, 2600

_STYLE = """
QFrame#DropArea { border: 2px dashed #9fb8c1; border-radius: 8px; background: #f7fafb; }
QLabel#DropHint { color: #48606a; }
QLabel#FileName { font-size: 13pt; font-weight: bold; color: #1f4e5f; padding-bottom: 4px; }
QLabel#Problems { color: #b3261e; }
QLabel#Warnings { color: #a15c00; }
QLabel#StepIntro { color: #33474f; }
QLabel#ResultTitle { font-size: 14pt; font-weight: bold; color: #1e6b3a; padding-bottom: 4px; }
QFrame#ResultBox { background: #f1f8f3; border: 1px solid #b9dcc4; border-radius: 6px; }
QPushButton#Primary { background: #2f7a8f; color: white; font-weight: bold; padding: 6px 18px;
                      border-radius: 4px; }
QPushButton#Primary:disabled { background: #a9c4cc; }
"""


def source_label(code: str) -> str:
    """The list system's name as people say it."""
    return {
        "auto": translate("ImportPage", "Detect from the file"),
        "tpmap": "TPMAP",
        "thaiqm": "ThaiQM",
        "jpt": translate("ImportPage", "JPT (basic minimum needs survey)"),
        "pppconnext": "PPPConnext",
        "local": translate("ImportPage", "Local list"),
    }.get(code, code)


def current_be_year(today: dt.date | None = None) -> int:
    """This year in the Buddhist Era, kept inside the year box's range."""
    year = be_year((today or dt.date.today()).year)
    return min(max(year, YEAR_MIN), YEAR_MAX)


class LinesView(QTableView):
    """A table of lines; on a table with check boxes the space bar ticks or unticks every
    selected row, whichever column the cursor is in."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if (event.key() == Qt.Key.Key_Space and isinstance(model, LinesModel)
                and model.choice is not None and self.selectionModel() is not None):
            rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()}
                          or ({self.currentIndex().row()} if self.currentIndex().isValid()
                              else set()))
            if rows:
                lines = [model.lines[r].row for r in rows]
                included = model.choice.is_included(lines[0])
                model.choice.set_included(lines, not included)
                event.accept()
                return
        super().keyPressEvent(event)


def make_table(model: QAbstractItemModel, *, stretch: int | None = None) -> QTableView:
    """A read-only table with fixed row heights sized for Thai text."""
    view = LinesView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    columns = view.horizontalHeader()
    columns.setHighlightSections(False)
    columns.setMinimumSectionSize(40)
    if stretch is not None:
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        columns.setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, *, sample: int = 200, cap: int = 260) -> None:
    """Size every column that does not stretch to its header and the first ``sample`` rows
    (a fixed sample: a model can hold 100,000 rows)."""
    model = view.model()
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    bold = QFont(view.font())
    bold.setBold(True)
    header_metrics = QFontMetrics(bold)
    rows = min(model.rowCount(), sample)
    for c in range(model.columnCount()):
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
            continue
        title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        width = header_metrics.horizontalAdvance(title) + 28
        for r in range(rows):
            text = model.index(r, c).data()
            if text:
                width = max(width, metrics.horizontalAdvance(str(text)) + 18)
        if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsUserCheckable if rows else False:
            width = max(width, 60)
        header.resizeSection(c, min(width, cap))


def _step_layout(step: QWidget, *, spacing: int) -> QVBoxLayout:
    """The wizard's style and a margin-less column layout for one step."""
    step.setStyleSheet(_STYLE)
    layout = QVBoxLayout(step)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return layout


def _label(text: str = "", *, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


# --------------------------------------------------------------------------- 1. file


class FileStep(QWidget):
    """Choose the file (button or drag and drop), the source system and the list year."""

    choose_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _step_layout(self, spacing=14)
        layout.addWidget(_label(translate(
            "ImportPage", "Import a household list from TPMAP, ThaiQM, JPT or your own Excel or "
            "CSV file. Nothing is saved until you press Import in the last step, and an import "
            "can be undone afterwards."), name="StepIntro"))

        self.drop_area = QFrame()
        self.drop_area.setObjectName("DropArea")
        self.drop_area.setMinimumHeight(150)
        drop = QVBoxLayout(self.drop_area)
        drop.setContentsMargins(24, 18, 24, 18)
        drop.setSpacing(10)
        self.file_label = _label(translate("ImportPage", "No file chosen yet"), name="FileName")
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.folder_label = _label("", name="DropHint")
        self.folder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = _label(translate("ImportPage", "Drag an Excel (.xlsx, .xls), .ods or .csv file "
                                "onto this page, or"), name="DropHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(translate("ImportPage", "&Choose a file…"))
        self.choose_button.setObjectName("Primary")
        self.choose_button.clicked.connect(self.choose_requested)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.choose_button)
        button_row.addStretch(1)
        drop.addStretch(1)
        drop.addWidget(self.file_label)
        drop.addWidget(self.folder_label)
        drop.addWidget(hint)
        drop.addLayout(button_row)
        drop.addStretch(1)
        layout.addWidget(self.drop_area)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.source_combo = QComboBox()
        for code in SOURCE_CODES:
            self.source_combo.addItem(source_label(code), code)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(YEAR_MIN, YEAR_MAX)
        self.year_spin.setValue(current_be_year())
        self.year_spin.setMinimumWidth(110)
        source_caption = QLabel(translate("ImportPage", "&Source of the list"))
        source_caption.setBuddy(self.source_combo)
        year_caption = QLabel(translate("ImportPage", "List &year (B.E.)"))
        year_caption.setBuddy(self.year_spin)
        form.addRow(source_caption, self.source_combo)
        form.addRow(year_caption, self.year_spin)
        # The year a file names (its title or its name): a wrong year breaks the pairing of
        # one year's list with the next, so the program reads it rather than assume this year.
        self.year_note = _label("", name="DropHint")
        self.year_note.hide()
        form.addRow("", self.year_note)
        self.year_chosen = False  # the user set the year: a file's year is then only shown
        self.year_spin.valueChanged.connect(self._year_changed)
        self._setting_year = False
        layout.addLayout(form)
        layout.addStretch(1)

    def _year_changed(self, _value: int) -> None:
        if not self._setting_year:
            self.year_chosen = True

    def suggest_year(self, year: int | None) -> None:
        """Use the year the file names, unless the user chose one (then say it differs)."""
        if year is None or not YEAR_MIN <= year <= YEAR_MAX:
            return
        if not self.year_chosen:
            self._setting_year = True
            self.year_spin.setValue(year)
            self._setting_year = False
            self.year_note.setText(translate("ImportPage", "Read from the file: {year}. Check "
                                             "it before importing.").format(year=year))
        elif year != self.year_spin.value():
            self.year_note.setText(translate("ImportPage", "The file names the year {year}; "
                                             "you chose {chosen}.").format(
                                                 year=year, chosen=self.year_spin.value()))
        else:
            return
        self.year_note.show()

    def reset_year(self) -> None:
        """A new file: this year again until its own is read."""
        self._setting_year = True
        self.year_spin.setValue(current_be_year())
        self._setting_year = False
        self.year_chosen = False
        self.year_note.hide()

    def show_file(self, path: Path | None) -> None:
        """Show the chosen file's name and folder."""
        if path is None:
            self.file_label.setText(translate("ImportPage", "No file chosen yet"))
            self.folder_label.setText("")
            self.choose_button.setText(translate("ImportPage", "&Choose a file…"))
            return
        self.file_label.setText(path.name)
        self.folder_label.setText(translate("ImportPage", "in {folder}").format(
            folder=str(path.parent)))
        self.choose_button.setText(translate("ImportPage", "&Choose another file…"))

    def source(self) -> str:
        """The chosen source code (``auto`` to detect it)."""
        return str(self.source_combo.currentData())

    def list_year(self) -> int:
        """The list year in the Buddhist Era."""
        return self.year_spin.value()


# --------------------------------------------------------------------------- 2. sheet and header


class SheetStep(QWidget):
    """The sheet and its header row, with a preview of the first rows of the sheet."""

    sheet_chosen = Signal(str)
    header_chosen = Signal(int, int)  # first header row (0-based), number of header rows
    header_editing = Signal()  # the header row is being changed (read again shortly)
    detect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _step_layout(self, spacing=10)
        layout.addWidget(_label(translate(
            "ImportPage", "Check that the right sheet is chosen and that the highlighted row is "
            "the row of column headers. Grey rows (blank rows, totals, notes) are not read as "
            "data. Double-click a row to make it the header."), name="StepIntro"))

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumWidth(220)
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        sheet_caption = QLabel(translate("ImportPage", "S&heet"))
        sheet_caption.setBuddy(self.sheet_combo)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1)
        self.header_spin.setMinimumWidth(80)
        header_caption = QLabel(translate("ImportPage", "Header &row"))
        header_caption.setBuddy(self.header_spin)
        self.header_rows_spin = QSpinBox()
        self.header_rows_spin.setRange(1, 3)
        self.header_rows_spin.setMinimumWidth(64)
        rows_caption = QLabel(translate("ImportPage", "Header rows"))
        rows_caption.setBuddy(self.header_rows_spin)
        self.detect_button = QPushButton(translate("ImportPage", "&Find the header again"))
        widgets: list[QWidget] = [sheet_caption, self.sheet_combo]
        for widget in widgets:
            bar.addWidget(widget)
        bar.addSpacing(18)
        widgets = [header_caption, self.header_spin, rows_caption, self.header_rows_spin,
                   self.detect_button]
        for widget in widgets:
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.status_label = _label("")
        layout.addWidget(self.status_label)
        self.model = SheetPreviewModel(self)
        self.view = make_table(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setDefaultSectionSize(120)
        self.view.verticalHeader().setVisible(True)
        self.view.doubleClicked.connect(self._row_double_clicked)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self._emit_header)
        self._filling = False
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.header_rows_spin.valueChanged.connect(self._header_changed)
        self.detect_button.clicked.connect(self.detect_requested)

    def show_table(self, table: LoadedTable) -> None:
        """Show a loaded sheet: its name among the sheets, its header and its first rows."""
        self._filling = True
        self._timer.stop()
        try:
            self.sheet_combo.clear()
            for info in table.sheets:
                self.sheet_combo.addItem(_sheet_text(info), info.name)
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(
                table.prepared.sheet)))
            self.model.set_table(table)
            self.header_spin.setRange(1, max(1, len(table.preview)))
            self.header_spin.setValue(table.header_index + 1)
            self.header_rows_spin.setValue(table.header_rows)
        finally:
            self._filling = False
        self._fit_columns(table)
        self.view.clearSpans()
        width = self.model.columnCount()
        for (r1, c1), (r2, c2) in table.merged:
            last_row, last_col = min(r2, len(table.preview) - 1), min(c2, width - 1)
            if c1 < width and (last_row > r1 or last_col > c1):
                self.view.setSpan(r1, c1, last_row - r1 + 1, last_col - c1 + 1)
        if table.header_index > 8:
            self.view.scrollTo(self.model.index(table.header_index - 2, 0),
                               QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            self.view.scrollToTop()
        first = table.header_index + 1
        last = table.header_index + table.header_rows
        rows = str(first) if first == last else f"{first}–{last}"
        how = translate("ImportPage", "found by the program") if table.detected else \
            translate("ImportPage", "set by you")
        self.status_label.setText(translate(
            "ImportPage", "Header: row {rows} ({how}). Data rows: {data:,}; rows that are not "
            "data: {skipped:,}.").format(rows=rows, how=how, data=len(table.prepared.rows),
                                           skipped=len(table.skipped)))

    def _fit_columns(self, table: LoadedTable) -> None:
        """Columns as wide as the header and the data below it (a long title above the
        header, often a merged cell, does not widen its column)."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        rows = self.model.rows[table.header_index:]
        for c in range(self.model.width):
            width = 48
            for row in rows:
                if c < len(row) and row[c] is not None:
                    width = max(width, metrics.horizontalAdvance(cell_text(row[c])) + 20)
            header.resizeSection(c, min(width, 240))

    def _sheet_changed(self) -> None:
        if not self._filling and self.sheet_combo.currentIndex() >= 0:
            self.sheet_chosen.emit(str(self.sheet_combo.currentData()))

    def _header_changed(self) -> None:
        if self._filling:
            return
        self.model.set_header(self.header_spin.value() - 1, self.header_rows_spin.value())
        self._timer.start()
        self.header_editing.emit()

    def pending(self) -> bool:
        """Whether a change of the header row waits to be read."""
        return self._timer.isActive()

    def _emit_header(self) -> None:
        self.header_chosen.emit(self.header_spin.value() - 1, self.header_rows_spin.value())

    def _row_double_clicked(self, index: QModelIndex) -> None:
        self._filling = True
        try:
            self.header_spin.setValue(index.row() + 1)
        finally:
            self._filling = False
        self.model.set_header(index.row(), self.header_rows_spin.value())
        self._timer.stop()
        self._emit_header()


def _sheet_text(info: SheetInfo) -> str:
    if info.is_empty:
        text = translate("ImportPage", "{name} (empty)")
    elif info.hidden:
        text = translate("ImportPage", "{name} ({rows:,} rows, hidden)")
    else:
        text = translate("ImportPage", "{name} ({rows:,} rows)")
    return text.format(name=info.name, rows=info.rows)


# --------------------------------------------------------------------------- 3. mapping


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the fields, always open on the field column (keyboard: Tab, arrows)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for key, label in field_choices():
            combo.addItem(label, key)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        if position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(max(0, position))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class MappingStep(QWidget):
    """What each column of the file is imported as; problems block the next step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _step_layout(self, spacing=10)
        self.intro = _label(translate(
            "ImportPage", "Check what each column of the file is imported as. Columns were "
            "matched from their headers; change any that are wrong, and choose “— not imported "
            "—” for columns you do not need."), name="StepIntro")
        layout.addWidget(self.intro)
        top = QHBoxLayout()
        self.source_label = _label("")
        self.reset_button = QPushButton(translate("ImportPage", "&Match from the headers again"))
        top.addWidget(self.source_label, 1)
        top.addWidget(self.reset_button)
        layout.addLayout(top)

        self.model = MappingModel(self)
        self.view = make_table(self.model, stretch=MappingModel.SAMPLES)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setTabKeyNavigation(False)
        self.delegate = FieldDelegate(self.view)
        self.view.setItemDelegateForColumn(MappingModel.FIELD, self.delegate)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 16)
        header = self.view.horizontalHeader()
        header.resizeSection(MappingModel.COLUMN, 70)
        header.resizeSection(MappingModel.HEADER, 260)
        header.resizeSection(MappingModel.FIELD, 300)
        layout.addWidget(self.view, 1)

        self.problems_label = _label("", name="Problems")
        self.warnings_label = _label("", name="Warnings")
        layout.addWidget(self.problems_label)
        layout.addWidget(self.warnings_label)
        self.reset_button.clicked.connect(self.model.reset_to_automatic)
        self.model.mapping_changed.connect(self._check)
        self.model.modelReset.connect(self._open_editors)

    def show_table(self, table: LoadedTable, source: str) -> None:
        """Show the columns of a table with its mapping (saved or automatic)."""
        self.model.set_table(table)
        saved = table.prepared.saved_mapping
        text = translate("ImportPage", "Source: {source}.").format(source=source_label(source))
        if saved:
            text += "  ·  " + translate("ImportPage", "The mapping saved when {name} was imported "
                                    "is used again.").format(name=saved)
        self.source_label.setText(text)

    def _open_editors(self) -> None:
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MappingModel.FIELD))

    def problems(self) -> list[str]:
        """What stops the import with this mapping."""
        return mapping_problems(self.model.mapping())

    def _check(self) -> None:
        mapping = self.model.mapping()
        problems = mapping_problems(mapping)
        warnings = mapping_warnings(mapping) if not problems else []
        self.problems_label.setText("\n".join(f"✗ {p}" for p in problems))
        self.problems_label.setVisible(bool(problems))
        self.warnings_label.setText("\n".join(f"! {w}" for w in warnings))
        self.warnings_label.setVisible(bool(warnings))


# --------------------------------------------------------------------------- 4. preview


COUNT_KEYS = ("rows_read", "members_new", "members_updated", "unchanged", "rejected", "review",
              "households_new", "households_updated", "households_disappeared")


def count_labels() -> dict[str, str]:
    """Captions of the counts of a dry run or an import."""
    return {
        "rows_read": translate("ImportPage", "Data rows read"),
        "members_new": translate("ImportPage", "New people"),
        "members_updated": translate("ImportPage", "People with changes"),
        "unchanged": translate("ImportPage", "Unchanged"),
        "rejected": translate("ImportPage", "Not imported"),
        "review": translate("ImportPage", "To review"),
        "households_new": translate("ImportPage", "New households"),
        "households_updated": translate("ImportPage", "Households with changes"),
        "households_disappeared": translate("ImportPage", "Households gone from the list"),
    }


def count_figures() -> FigureStrip:
    """A strip of the nine counts: the rows and people, then the households."""
    strip = FigureStrip()
    labels = count_labels()
    tones = {"rejected": "bad", "review": "warn", "households_disappeared": "warn"}
    for i, key in enumerate(COUNT_KEYS):
        if i == 6:
            strip.add_gap()
        strip.add(key, labels[key], tone=tones.get(key, ""))
    return strip


def _change_field(key: str) -> str:
    if key == "dimensions":
        return translate("ImportPage", "Dimensions newly failed")
    if key in ("in_tpmap", "in_thaiqm"):
        return translate("ImportPage", "On the {source} list").format(
            source="TPMAP" if key == "in_tpmap" else "ThaiQM")
    if key == "relation":
        return field_label("relation")
    return field_label(key)


class LinesTab(QWidget):
    """A tab of the preview: a hint, optional include-all buttons, and the table."""

    def __init__(self, model: LinesModel, hint: str, *, stretch: int | None = None,
                 extra: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.hint = _label(hint)
        top.addWidget(self.hint, 1)
        self.all_button: QPushButton | None = None
        self.none_button: QPushButton | None = None
        if model.choice is not None:
            self.all_button = QPushButton(translate("ImportPage", "Tick all"))
            self.none_button = QPushButton(translate("ImportPage", "Untick all"))
            choice = model.choice
            self.all_button.clicked.connect(lambda: choice.set_included(model.line_rows(), True))
            self.none_button.clicked.connect(
                lambda: choice.set_included(model.line_rows(), False))
            top.addWidget(self.all_button)
            top.addWidget(self.none_button)
        if extra is not None:
            top.addWidget(extra)
        layout.addLayout(top)
        self.view = make_table(model, stretch=stretch)
        self.view.verticalHeader().setVisible(False)
        layout.addWidget(self.view, 1)

    def fit(self) -> None:
        """Fit the columns to the header and the first rows."""
        fit_columns(self.view)


class PreviewStep(QWidget):
    """The dry run: the counts, and tabs for new, changed, gone, rejected and review rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _step_layout(self, spacing=10)
        layout.addWidget(_label(translate(
            "ImportPage", "This is what the import would do; nothing has been saved yet. Untick "
            "the people you do not want to import."), name="StepIntro"))
        self.figures = count_figures()
        layout.addWidget(self.figures)
        self.choice = RowChoice(self)
        self.labels: dict[str, dict[str, str]] = {}

        person_columns = [
            Column(translate("ImportPage", "Row"), lambda x: str(x.row), right=True),
            Column(translate("ImportPage", "National ID"), lambda x: x.national_id or "–"),
            Column(translate("ImportPage", "Name"), lambda x: x.name),
            Column(translate("ImportPage", "Address"), lambda x: x.address),
        ]
        self.new_model = LinesModel([
            *person_columns,
            Column(translate("ImportPage", "Household"), self._household_text),
            Column(translate("ImportPage", "Note"), lambda x: x.note),
        ], choice=self.choice, parent=self)
        self.changed_model = LinesModel([
            Column(translate("ImportPage", "Row"), lambda x: str(x.row), right=True),
            Column(translate("ImportPage", "Household"), lambda x: x.household),
            Column(translate("ImportPage", "Person"), lambda x: x.person),
            Column(translate("ImportPage", "Field"), lambda x: _change_field(x.field)),
            Column(translate("ImportPage", "Now"), lambda x: self._value(x, x.old)),
            Column(translate("ImportPage", "After the import"), lambda x: self._value(x, x.new)),
        ], choice=self.choice, parent=self)
        self.disappeared_model = LinesModel([
            Column(translate("ImportPage", "Household no."), lambda x: str(x.household_id),
                   right=True),
            Column(translate("ImportPage", "Head of household"), lambda x: x.head_name or "–"),
            Column(translate("ImportPage", "Village"), lambda x: x.village or "–"),
        ], parent=self)
        self.rejected_model = LinesModel([
            Column(translate("ImportPage", "Row"), lambda x: str(x.row), right=True),
            Column(translate("ImportPage", "National ID"), lambda x: x.national_id or "–"),
            Column(translate("ImportPage", "Name"), lambda x: x.name or "–"),
            Column(translate("ImportPage", "Reason"), lambda x: x.reason),
        ], parent=self)
        self.review_model = LinesModel([
            *person_columns,
            Column(translate("ImportPage", "Why it needs checking"), lambda x: x.note),
        ], parent=self)

        self.save_errors_button = QPushButton(translate(
            "ImportPage", "Save the rows not imported as E&xcel…"))
        self.tabs = QTabWidget()
        self.new_tab = LinesTab(self.new_model, translate(
            "ImportPage", "People who are not in the database yet. Untick a row to leave it "
            "out (space bar on the selected row)."), stretch=6)
        self.changed_tab = LinesTab(self.changed_model, translate(
            "ImportPage", "Values that change on households and people already in the "
            "database, old → new. Untick a row to keep what the database has."), stretch=2)
        self.disappeared_tab = LinesTab(self.disappeared_model, translate(
            "ImportPage", "Households an earlier list from the same source had and this file "
            "does not. They are flagged for follow-up, never deleted."), stretch=1)
        self.rejected_tab = LinesTab(self.rejected_model, translate(
            "ImportPage", "Rows that will not be imported, with the row number as Excel shows "
            "it and the reason. Save them as Excel to fix and import again."), stretch=3,
            extra=self.save_errors_button)
        self.review_tab = LinesTab(self.review_model, translate(
            "ImportPage", "Households that may be the same as ones in the database. They are "
            "not merged: check them by hand."), stretch=4)
        self.line_tabs = (self.new_tab, self.changed_tab, self.disappeared_tab,
                          self.rejected_tab, self.review_tab)
        for tab in self.line_tabs:
            self.tabs.addTab(tab, "")
        self.excluded_label = _label("", wrap=False)
        self.excluded_label.setContentsMargins(0, 0, 8, 0)
        self.tabs.setCornerWidget(self.excluded_label, Qt.Corner.TopRightCorner)
        layout.addWidget(self.tabs, 1)
        self.choice.changed.connect(self._choice_changed)

    def _household_text(self, line: PersonLine) -> str:
        if line.household_is_new:
            return line.household
        return translate("ImportPage", "joins {household}").format(household=line.household)


    def _value(self, line: ChangeLine, value: Any) -> str:
        if line.field in ("sex", "relation"):
            return format_value(value, labels=self.labels.get(line.field))
        if line.field == "dimensions":
            names = {code: field_label(key) for key, code in DIMENSION_FIELDS.items()}
            return format_value(value, labels=names)
        return format_value(value)

    def show_preview(self, preview: PlanPreview) -> None:
        """Fill the counts and the tabs from a dry run (every row ticked)."""
        self.labels = preview.code_labels
        self.figures.set_values(preview.counts)
        self.new_model.set_lines(preview.new)
        self.changed_model.set_lines(preview.changed)
        self.disappeared_model.set_lines(preview.disappeared)
        self.rejected_model.set_lines(preview.rejected)
        self.review_model.set_lines(preview.review)
        self.choice.clear()
        titles = (
            translate("ImportPage", "New ({n:,})").format(n=len(preview.new)),
            translate("ImportPage", "Changed ({n:,})").format(n=len(preview.changed)),
            translate("ImportPage", "Gone ({n:,})").format(n=len(preview.disappeared)),
            translate("ImportPage", "Not imported ({n:,})").format(n=len(preview.rejected)),
            translate("ImportPage", "To review ({n:,})").format(n=len(preview.review)),
        )
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        for tab in self.line_tabs:
            tab.fit()
        self.save_errors_button.setEnabled(bool(preview.rejected))
        self._choice_changed()

    def excluded_rows(self) -> frozenset[int]:
        """Data rows the user unticked."""
        return frozenset(self.choice.excluded)

    def _choice_changed(self) -> None:
        n = len(self.choice.excluded)
        self.excluded_label.setText(translate(
            "ImportPage", "Rows you unticked: {n:,}.").format(n=n) if n else "")
        self.excluded_label.adjustSize()


# --------------------------------------------------------------------------- 5. confirm


class ConfirmStep(QWidget):
    """A last summary and the Import button; afterwards, what was saved and the undo button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _step_layout(self, spacing=12)
        self.summary_form = QFormLayout()
        self.summary_form.setHorizontalSpacing(18)
        self.summary_form.setVerticalSpacing(6)
        self.summary_values: dict[str, QLabel] = {}
        for key, caption in (
            ("file", translate("ImportPage", "File")),
            ("sheet", translate("ImportPage", "Sheet")),
            ("source", translate("ImportPage", "Source")),
            ("year", translate("ImportPage", "List year")),
            ("people", translate("ImportPage", "People")),
            ("households", translate("ImportPage", "Households")),
            ("left_out", translate("ImportPage", "Left out")),
        ):
            value = _label("")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_values[key] = value
            self.summary_form.addRow(QLabel(caption), value)
        layout.addLayout(self.summary_form)
        layout.addWidget(_label(translate(
            "ImportPage", "Everything is saved in one go: if anything goes wrong on the way, "
            "nothing changes. You can undo this import afterwards."), name="StepIntro"))
        row = QHBoxLayout()
        self.import_button = QPushButton(translate("ImportPage", "&Import"))
        self.import_button.setObjectName("Primary")
        self.import_button.setMinimumWidth(160)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.result_box = QFrame()
        self.result_box.setObjectName("ResultBox")
        result = QVBoxLayout(self.result_box)
        result.setContentsMargins(12, 10, 12, 12)
        result.setSpacing(10)
        self.result_title = _label("", name="ResultTitle")
        self.result_figures = count_figures()
        self.undo_label = _label("")
        buttons = QHBoxLayout()
        self.again_button = QPushButton(translate("ImportPage", "Import &another file"))
        self.undo_button = QPushButton(translate("ImportPage", "&Undo this import"))
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        result.addWidget(self.result_title)
        result.addWidget(self.result_figures)
        result.addWidget(self.undo_label)
        result.addLayout(buttons)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        self.show_ready()

    def set_summary(self, values: dict[str, str]) -> None:
        """Fill the summary lines."""
        for key, text in values.items():
            self.summary_values[key].setText(text)

    def show_ready(self) -> None:
        """Before the import: the Import button, no result."""
        self.import_button.setVisible(True)
        self.import_button.setEnabled(True)
        self.result_box.setVisible(False)
        self.undo_label.setText("")

    def show_result(self, batch_id: int, counts: dict[str, int]) -> None:
        """After the import: its number and counts, and what to do next."""
        self.import_button.setVisible(False)
        self.result_title.setText(translate(
            "ImportPage", "Saved as import number {id}.").format(id=batch_id))
        self.result_figures.set_values(counts)
        self.result_box.setVisible(True)
        self.undo_label.setText("")

    def show_undone(self, batch_id: int, counts: dict[str, int] | None = None) -> None:
        """After an undo."""
        self.result_title.setText(translate(
            "ImportPage", "Import number {id} has been undone.").format(id=batch_id))
        text = translate(
            "ImportPage", "What this import added has been removed and the values it changed "
            "are back as they were.")
        if counts:
            text += " " + translate(
                "ImportPage", "Removed {households} households and {members} people; put back "
                "{restored} values.").format(households=f"{counts['households_removed']:,}",
                                            members=f"{counts['members_removed']:,}",
                                            restored=f"{counts['restored']:,}")
        self.undo_label.setText(text)
