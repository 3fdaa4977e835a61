"""รายงาน: printed documents (verification forms, registers, referral letters, case summaries).

The page is a tab widget; the first tab makes a document in the background (``Op``, with
progress and cancel), previews it with QtPdf, prints it and saves it. Other tabs (the Excel
returns) are added with :meth:`ReportsPage.add_tab`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.access import Permission, can, role_label
from core.database import Database
from core.documents import (
    Choice,
    Document,
    batch_choices,
    household_choices,
    read_document,
    record_print,
    village_choices,
)
from core.errors import UserError
from core.files import write_atomically
from core.history import Actor
from ui import prompts
from ui.operations import Op, Progress
from ui.pages.base import Page
from ui.pages.returns import ReturnsTab

if TYPE_CHECKING:  # reportlab loads only when a document is made (a fast start)
    from exports.pdf import Options

translate = QCoreApplication.translate

VERIFICATION, REGISTER, REFERRAL, SUMMARY = "verification", "register", "referral", "summary"
KINDS = (VERIFICATION, REGISTER, REFERRAL, SUMMARY)


def choose_folder(parent: QWidget | None) -> Path | None:
    """Ask for the folder that receives one PDF per village (tests replace this function)."""
    name = QFileDialog.getExistingDirectory(
        parent, translate("ReportsPage", "Choose the folder for the villages' PDF files"))
    return Path(name) if name else None


def choose_pdf_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save the PDF (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("ReportsPage", "Save the document"), suggested,
        translate("ReportsPage", "PDF document (*.pdf)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


@dataclass(frozen=True)
class MadeDocument:
    """A document laid out in the background: its title, pages and bytes."""

    kind: str
    title: str
    file_name: str
    pages: int
    data: bytes
    landscape: bool
    doc: Document
    full_ids: bool


def make_document(database: Database, actor: Actor, kind: str, key: str, options: Options,
                  progress: Progress | None = None) -> MadeDocument:
    """Read and lay out one document (runs on the worker thread; no widgets)."""
    from exports.pdf import document_title, render_document, suggested_file_name

    doc = read_document(database, kind, key, actor=actor, full_ids=not options.mask_ids)
    result = render_document(doc, None, options=options,
                             progress=progress.update if progress is not None else None)
    return MadeDocument(kind, document_title(doc), suggested_file_name(doc), result.pages,
                        result.data, kind == REGISTER, doc, not options.mask_ids)


class DocumentsTab(QWidget):
    """Choose a document and what it is for, make it, look at it, print it, save it."""

    document_ready = Signal(object)
    """A document was made (the :class:`MadeDocument`)."""
    villages_saved = Signal(object)
    """One PDF per village was written: [(village code, file, pages)]."""

    def __init__(self, database: Database, actor: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor or database.default_actor()
        self.made: MadeDocument | None = None
        self.busy = False
        self._per_village = False
        self._buffer: QBuffer | None = None  # the bytes the preview reads

        self.kind = QComboBox()
        for kind, label in ((VERIFICATION, translate("ReportsPage",
                                                     "Verification forms (a village)")),
                            (REGISTER, translate("ReportsPage", "Village register")),
                            (REFERRAL, translate("ReportsPage", "Referral letter (a batch)")),
                            (SUMMARY, translate("ReportsPage", "Case summary (a household)"))):
            self.kind.addItem(label, kind)
        self.village = self._searchable_combo()
        self.batch = self._searchable_combo()
        self.household_search = QLineEdit()
        self.household_search.setPlaceholderText(translate(
            "ReportsPage", "Name, national ID or house code, then Enter"))
        self.household = QComboBox()
        household_box = QWidget()
        household_layout = QVBoxLayout(household_box)
        household_layout.setContentsMargins(0, 0, 0, 0)
        household_layout.addWidget(self.household_search)
        household_layout.addWidget(self.household)
        self.target = QStackedWidget()
        for widget in (self.village, self.batch, household_box):
            self.target.addWidget(widget)
        self.target_label = QLabel()
        self.full_ids = QCheckBox(translate("ReportsPage", "Print full national IDs"))
        self.full_ids.setToolTip(translate(
            "ReportsPage", "IDs are masked (3-XXXX-XXXXX-XX-1) unless the full number is "
                           "needed. Printed personal data is covered by the PDPA."))
        self.thai_digits = QCheckBox(translate("ReportsPage", "Thai digits (๑๒๓)"))

        self.make_button = QPushButton(translate("ReportsPage", "&Make document"))
        self.make_button.setDefault(True)
        self.print_button = QPushButton(translate("ReportsPage", "&Print…"))
        self.save_button = QPushButton(translate("ReportsPage", "&Save as PDF…"))
        self.all_villages_button = QPushButton(translate(
            "ReportsPage", "Every village to a &folder (one PDF each)…"))
        self.all_villages_button.setToolTip(translate(
            "ReportsPage", "Makes this document for every village in the list and saves one "
                           "PDF file per village in the folder you choose."))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.status = QLabel(translate("ReportsPage", "Choose a document and press Make."))
        self.status.setWordWrap(True)

        self.full_ids.setVisible(can(self.actor, Permission.SEE_FULL_IDS))
        if not can(self.actor, Permission.PRINT):
            self.status.setText(translate(
                "ReportsPage", "Documents with names and national IDs are for officers and "
                "administrators. Your role ({role}) cannot print them.").format(
                    role=role_label(self.actor.role)))
            for button in (self.make_button, self.all_villages_button):
                button.setEnabled(False)
        form = QFormLayout()
        form.addRow(translate("ReportsPage", "&Document"), self.kind)
        form.addRow(self.target_label, self.target)
        form.addRow("", self.full_ids)
        form.addRow("", self.thai_digits)
        buttons = QHBoxLayout()
        for button in (self.make_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 0, 8, 0)
        left_layout.addLayout(form)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.all_villages_button)
        left_layout.addWidget(self.status)
        left_layout.addStretch(1)

        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 810])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.household_search.returnPressed.connect(self.search_households)
        self.make_button.clicked.connect(self.make)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.all_villages_button.clicked.connect(self.save_every_village)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.make)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        self._kind_changed()

    @staticmethod
    def _searchable_combo() -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    # ------------------------------------------------------------------ choices

    def refresh(self) -> None:
        """Reload the villages and batches (the household list is searched on demand)."""
        with self.database.read() as s:
            villages = village_choices(s)
            batches = batch_choices(s)
        self._fill(self.village, villages)
        self._fill(self.batch, batches)

    @staticmethod
    def _fill(combo: QComboBox, choices: list[Choice]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for choice in choices:
            combo.addItem(choice.label, choice.key)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else (0 if choices else -1))
        combo.blockSignals(False)
        line = combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # show the start of a long label (the code)

    def search_households(self) -> None:
        """Fill the household list with the households matching the search text."""
        with self.database.read() as s:
            found = household_choices(s, self.household_search.text())
        self._fill(self.household, found)
        self.status.setText(translate("ReportsPage", "{count} households found.")
                            .format(count=len(found)))

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        page = {VERIFICATION: 0, REGISTER: 0, REFERRAL: 1, SUMMARY: 2}[kind]
        self.target.setCurrentIndex(page)
        self.all_villages_button.setVisible(page == 0)
        self.target_label.setText([translate("ReportsPage", "&Village"),
                                   translate("ReportsPage", "&Batch"),
                                   translate("ReportsPage", "&Household")][page])
        buddy = self.target.currentWidget()
        if buddy is not None:
            self.target_label.setBuddy(buddy)

    def current_kind(self) -> str:
        """The document kind chosen."""
        return str(self.kind.currentData())

    def current_key(self) -> str | None:
        """The village code, batch number or household id chosen (None when nothing is)."""
        combo = {VERIFICATION: self.village, REGISTER: self.village, REFERRAL: self.batch,
                 SUMMARY: self.household}[self.current_kind()]
        if combo.currentIndex() < 0 or combo.currentData() is None:
            return None
        return str(combo.currentData())

    def options(self) -> Options:
        """The print options ticked."""
        from exports.pdf import Options

        return Options(thai_digits=self.thai_digits.isChecked(),
                       mask_ids=not self.full_ids.isChecked())

    # ------------------------------------------------------------------ make

    def make(self) -> None:
        """Make the chosen document in the background, then show it."""
        if self.busy:
            return
        key = self.current_key()
        if key is None:
            prompts.show_user_error(self, translate(
                "ReportsPage", "Choose the village, batch or household to print first."))
            return
        kind, options, database = self.current_kind(), self.options(), self.database
        self.busy = True
        self.make_button.setEnabled(False)
        self.status.setText(translate("ReportsPage", "Making the document…"))
        actor = self.actor
        op: Op[MadeDocument] = Op(self, lambda progress: make_document(
            database, actor, kind, key, options, progress),
            label=translate("ReportsPage", "Making the document…"))
        op.success(self._made).failure(self._failed).run_in_background()

    def _made(self, made: MadeDocument) -> None:
        self.busy = False
        self.make_button.setEnabled(True)
        self.pdf.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(made.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.made = made
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.status.setText(translate("ReportsPage", "{title}: {pages} pages.")
                            .format(title=made.title, pages=made.pages))
        self.document_ready.emit(made)

    def _failed(self, error: BaseException) -> None:
        import sys

        from core.errors import Cancelled

        self.busy = False
        self.make_button.setEnabled(True)
        per_village, self._per_village = self._per_village, False
        if isinstance(error, Cancelled) and per_village:
            self.status.setText(translate(
                "ReportsPage", "Stopped; the files already saved are complete."))
        elif isinstance(error, Cancelled):
            self.status.setText(translate("ReportsPage", "Cancelled; nothing was made."))
        elif isinstance(error, UserError):
            self.status.setText(str(error))
            prompts.show_user_error(self, str(error))
        else:
            self.status.setText("")
            sys.excepthook(type(error), error, error.__traceback__)

    def save_every_village(self) -> None:
        """Verification forms or registers of every village, one PDF each, in the background."""
        if self.busy or self.current_kind() not in (VERIFICATION, REGISTER):
            return
        codes = [str(self.village.itemData(i)) for i in range(self.village.count())]
        if not codes:
            prompts.show_user_error(self, translate("ReportsPage", "There are no villages."))
            return
        folder = choose_folder(self)
        if folder is None:
            return
        kind, options, database = self.current_kind(), self.options(), self.database
        self.busy = True
        self._per_village = True
        self.make_button.setEnabled(False)
        from exports.pdf import print_villages  # reportlab loads when a document is made

        actor, full_ids = self.actor, not options.mask_ids

        def noted(doc: Document, out: Path, pages: int) -> None:
            record_print(database, actor, doc, kind, path=out, pages=pages, full_ids=full_ids)

        op: Op[list[tuple[str, Path, int]]] = Op(self, lambda progress: print_villages(
            lambda code: read_document(database, kind, code, actor=actor, full_ids=full_ids),
            codes, folder, options=options, progress=progress.update, written_one=noted),
            label=translate("ReportsPage", "Making one PDF per village…"))
        op.success(self._villages_done).failure(self._failed).run_in_background()

    def _villages_done(self, written: list[tuple[str, Path, int]]) -> None:
        self.busy = False
        self._per_village = False
        self.make_button.setEnabled(True)
        folder = written[0][1].parent if written else ""
        message = translate("ReportsPage", "Saved {files} files ({pages} pages) in {folder}.") \
            .format(files=len(written), pages=sum(w[2] for w in written), folder=folder)
        self.status.setText(message)
        self.villages_saved.emit(written)

    # ------------------------------------------------------------------ save, print

    def save_as(self) -> None:
        """Save the document shown as a PDF file."""
        if self.made is None:
            return
        path = choose_pdf_path(self, self.made.file_name)
        if path is None:
            return
        try:
            from core.errors import user_errors

            made = self.made

            def write() -> None:
                with user_errors(str(path)):
                    write_atomically(path, made.data)

            record_print(self.database, self.actor, made.doc, made.kind, path=path, write=write,
                         pages=made.pages, full_ids=made.full_ids)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return
        self.status.setText(translate("ReportsPage", "Saved as {path}.").format(path=path))

    def print_document(self) -> None:
        """Print the document shown (the pages rendered at the printer's resolution)."""
        made = self.made
        if made is None or self.pdf.pageCount() == 0:
            return
        printer = prompts.ask_printer(self, made.title, made.pages, landscape=made.landscape)
        if printer is None:
            return
        printer.setFullPage(True)
        first = max(1, printer.fromPage() or 1)
        last = min(made.pages, printer.toPage() or made.pages)
        painter = QPainter()
        if not painter.begin(printer):
            prompts.show_user_error(self, translate(
                "ReportsPage", "The printer could not be opened. Check it and try again."))
            return
        progress = QProgressDialog(translate("ReportsPage", "Printing…"),
                                   translate("ReportsPage", "Cancel"), 0, last - first + 1, self)
        progress.setMinimumDuration(600)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        try:
            for n, index in enumerate(range(first - 1, last)):
                if progress.wasCanceled():
                    break
                if n:
                    printer.newPage()
                paper = printer.paperRect(printer.Unit.DevicePixel)
                points = self.pdf.pagePointSize(index)
                scale = min(paper.width() / points.width(), paper.height() / points.height())
                image = self.pdf.render(index, QSize(int(points.width() * scale),
                                                     int(points.height() * scale)))
                painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
                progress.setValue(n + 1)
                QCoreApplication.processEvents()
        finally:
            painter.end()
            progress.close()
        try:
            record_print(self.database, self.actor, made.doc, made.kind,
                         target=translate("ReportsPage", "printer {name}").format(
                             name=printer.printerName()), pages=last - first + 1,
                         full_ids=made.full_ids)
        except UserError as e:
            prompts.show_user_error(self, str(e))
        self.status.setText(translate("ReportsPage", "Sent {pages} pages to the printer.")
                            .format(pages=last - first + 1))


class ReportsPage(Page):
    """รายงาน: printed documents, and the Excel returns for the province."""

    def __init__(self, database: Database, actor: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(database, translate("MainWindow", "Reports"), parent)
        self.tabs = QTabWidget()
        actor = actor or database.default_actor()
        self.documents = DocumentsTab(database, actor)
        self.add_tab(self.documents, translate("ReportsPage", "Documents"))
        self.returns = ReturnsTab(database, actor)
        self.add_tab(self.returns, translate("ReportsPage", "Excel returns for the province"))
        self.layout_.addWidget(self.tabs, 1)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab (another report); returns its index."""
        return self.tabs.addTab(widget, title)

    def refresh(self) -> None:
        self.documents.refresh()
        current = self.tabs.currentWidget()
        if current is not self.documents and hasattr(current, "refresh"):
            current.refresh()
