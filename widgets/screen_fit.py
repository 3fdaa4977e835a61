"""Windows and pages that fit the office's screens, down to a 1366×768 laptop."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def fits_small_screens(page: QWidget) -> QScrollArea:
    """A page in a frameless scroll area: it fills the window as before, and on a screen too
    small for its widest row (a 1366×768 laptop at 125 %) it scrolls instead of making the
    window wider than the screen."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


def resize_to_screen(window: QWidget, width: int, height: int) -> None:
    """The preferred size, or the screen's free area (above the taskbar) when smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    # The offscreen platform (tests, the smoke test) has a made-up 800-pixel screen: keep
    # the preferred size there, as on an office PC's screen.
    if screen is not None and QGuiApplication.platformName() != "offscreen":
        free = screen.availableGeometry()
        width, height = min(width, free.width()), min(height, free.height() - 40)
    window.resize(width, height)
