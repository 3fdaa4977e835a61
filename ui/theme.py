"""Fonts and the style sheet: the bundled Sarabun everywhere."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from core.resources import resource_path

FONT_FAMILY = "Sarabun"
FONT_FILES = ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf", "Sarabun-Italic.ttf",
              "Sarabun-BoldItalic.ttf")

STYLE = """
QWidget#Sidebar { background: #1f4e5f; }
QListWidget#Sidebar { border: none; color: #eef5f7; outline: 0; padding-top: 8px;
                      font-size: 13pt; }
QListWidget#Sidebar::item { padding-left: 18px; }
QListWidget#Sidebar::item:selected { background: #2f7a8f; color: white; }
QListWidget#Sidebar::item:hover:!selected { background: #285f72; }
QLabel#PageTitle { font-size: 20pt; font-weight: bold; color: #1f4e5f; }
QLabel#OfficeName { color: #48606a; }
QFrame#StatCard { background: white; border: 1px solid #d5dee2; border-radius: 6px; }
QLabel#StatValue { font-size: 22pt; font-weight: bold; color: #1f4e5f; }
QLabel#StatCaption { color: #48606a; }
QFrame#Notice { background: #f4f8f9; border: 1px solid #d5dee2; border-radius: 6px; }
QLabel#NoticeTitle { font-weight: bold; font-size: 13pt; color: #1f4e5f; }
QLabel#FormError { color: #a12a1f; }
"""


def load_fonts() -> str:
    """Register the bundled Sarabun faces; return the family name Qt knows them by."""
    family = FONT_FAMILY
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "sarabun", name)))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                family = families[0]
    return family


def apply_theme(app: QApplication) -> None:
    """Sarabun as the application font and the app's style sheet."""
    family = load_fonts()
    font = QFont(family, 11)
    app.setFont(font)
    app.setStyleSheet(STYLE)
