"""What every page has: a title and a way to refresh from the database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.database import Database
from widgets.notice import Notice

translate = QCoreApplication.translate


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

    def refuse(self, message: str) -> None:
        """The signed-in role may not use this page: say why and hide its tools (core
        refuses the actions anyway; this only keeps people from trying)."""
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.objectName() != "PageTitle":
                child.hide()
        notice = Notice(translate("Page", "Not for your role"), message)
        notice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.layout_.insertWidget(1, notice)
        self.layout_.addStretch(100)

    def refresh(self) -> None:
        """Reload what the page shows (default: nothing to load)."""
