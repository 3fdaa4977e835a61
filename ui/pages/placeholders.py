"""Pages whose features come in later updates: they say so plainly and pretend nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from core.database import Database
from ui.pages.base import Page
from widgets.notice import Notice

translate = QCoreApplication.translate


class ComingLaterPage(Page):
    """A plain statement of what this page will do and that it is not there yet."""

    def __init__(self, database: Database, title: str, purpose: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(database, title, parent)
        self.notice = Notice(
            translate("ComingLaterPage", "Not available in this version yet"), purpose)
        self.layout_.addWidget(self.notice)
        self.layout_.addStretch(1)


def interventions_page(database: Database) -> ComingLaterPage:
    """การช่วยเหลือ."""
    return ComingLaterPage(database, translate("MainWindow", "Help"), translate(
        "ComingLaterPage",
        "Here you will assign help to households, send referrals to partner agencies in "
        "numbered batches and track each referral to its end. This arrives in a later update; "
        "the demo data already holds interventions that will appear here."))


def reports_page(database: Database) -> ComingLaterPage:
    """รายงาน."""
    return ComingLaterPage(database, translate("MainWindow", "Reports"), translate(
        "ComingLaterPage",
        "Here you will print verification forms, referral letters and village registers, and "
        "make the Excel return for the province. This arrives in a later update."))
