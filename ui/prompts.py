"""Every modal question or message the app shows goes through here, so tests can replace it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

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
