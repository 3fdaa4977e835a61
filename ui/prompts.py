"""Every modal question or message the app shows goes through here, so tests can replace it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

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
