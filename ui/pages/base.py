"""What every page has: a title and a way to refresh from the database."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.database import Database


class Page(QWidget):
    """A page of the main window."""

    def __init__(self, database: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.page_title = title
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.setSpacing(14)
        heading = QLabel(title)
        heading.setObjectName("PageTitle")
        self.layout_.addWidget(heading)

    def refresh(self) -> None:
        """Reload what the page shows (default: nothing to load)."""
