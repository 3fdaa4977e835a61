"""Every modal question or message the app shows goes through here, so tests can replace it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

translate = QCoreApplication.translate


def show_user_error(parent: QWidget | None, message: str) -> None:
    """A problem the user can fix: a clear message, then the app goes on."""
    QMessageBox.warning(parent, translate("prompts", "KaeJon Desk"), message)


def show_info(parent: QWidget | None, message: str) -> None:
    """A plain notice."""
    QMessageBox.information(parent, translate("prompts", "KaeJon Desk"), message)


def confirm(parent: QWidget | None, question: str) -> bool:
    """Yes or no."""
    answer = QMessageBox.question(parent, translate("prompts", "KaeJon Desk"), question)
    return answer == QMessageBox.StandardButton.Yes


def show_crash(parent: QWidget | None, details: str) -> None:
    """A bug: apologise and let the user copy the details."""
    from ui.crash import CrashDialog

    CrashDialog(details, parent).exec()


def ask_unsaved(parent: QWidget | None) -> str:
    """Unsaved changes: ``save``, ``discard`` or ``cancel``."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("prompts", "KaeJon Desk"),
                      translate("prompts", "This household has changes that are not saved yet."),
                      parent=parent)
    box.setInformativeText(translate("prompts", "Save them before closing?"))
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(translate("prompts", "Discard changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def resolve_conflict(parent: QWidget | None, message: str) -> str:
    """Someone else saved first: ``reapply`` my edits on theirs, ``discard`` mine, or ``cancel``."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("prompts", "KaeJon Desk"), message,
                      parent=parent)
    reapply = box.addButton(translate("prompts", "Put my changes on top of theirs"),
                            QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("prompts", "Discard my changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reapply)
    box.exec()
    clicked = box.clickedButton()
    return "reapply" if clicked is reapply else "discard" if clicked is discard else "cancel"


def choose_open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    """A file to read; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def choose_save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """Where to write a file; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def save_path(parent: QWidget | None, target: str | None, title: str, suggested: str,
              filters: str, suffix: str) -> Path | None:
    """``target`` (a script's or test's choice) or the file the user chooses, with ``suffix``;
    None when cancelled."""
    target = target or choose_save_file(parent, title, suggested, filters)
    return Path(target).with_suffix(suffix) if target else None


def run_dialog(dialog: QDialog) -> bool:
    """Show a form dialog modally; True when the user accepted it (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_open_files(parent: QWidget | None, caption: str, filters: str) -> list[str]:
    """Files to open (empty when the user cancelled)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, caption, "", filters)
    return list(paths)


def ask_text(parent: QWidget | None, question: str) -> str | None:
    """A line of text (a reason); None when the user cancelled."""
    text, ok = QInputDialog.getText(parent, translate("prompts", "KaeJon Desk"), question)
    return text if ok else None


def ask_passphrase(parent: QWidget | None, question: str) -> str | None:
    """A passphrase, typed hidden; None when the user cancelled."""
    from PySide6.QtWidgets import QLineEdit

    text, ok = QInputDialog.getText(parent, translate("prompts", "KaeJon Desk"), question,
                                    QLineEdit.EchoMode.Password)
    return text if ok else None


def ask_printer(parent: QWidget | None, title: str, pages: int, *,
                landscape: bool = False) -> QPrinter | None:
    """The print dialog: the chosen printer (pages from/to set), or None when cancelled."""
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pages)
    dialog.setWindowTitle(translate("prompts", "Print {title}").format(title=title))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer
