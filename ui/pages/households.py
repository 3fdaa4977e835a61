"""ครัวเรือน: the household case list (its editor and verification arrive with the case-work update)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core.database import Database
from core.stats import quick_counts
from ui.pages.base import Page
from widgets.notice import Notice

translate = QCoreApplication.translate


class HouseholdsPage(Page):
    """Says what the database holds and what comes next."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, translate("MainWindow", "Households"), parent)
        self.summary = Notice(translate("HouseholdsPage", "In this database"), "")
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(Notice(
            translate("ComingLaterPage", "Not available in this version yet"),
            translate("HouseholdsPage",
                      "The household list (search by name, national ID or house code, filters, "
                      "sorting), the household editor, field verification and the full history "
                      "arrive in the next update.")))
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        """Show the current counts."""
        with self.database.read() as s:
            counts = quick_counts(s)
        self.summary.body.setText(translate(
            "HouseholdsPage", "{households} households with {members} members.").format(
                households=f"{counts['households']:,}", members=f"{counts['members']:,}"))
