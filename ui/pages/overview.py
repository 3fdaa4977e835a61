"""ภาพรวม: where the district stands, in headline figures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QWidget

from core.database import Database
from core.stats import OverviewCounts, overview_counts
from ui.pages.base import Page
from widgets.notice import Notice
from widgets.stat_card import StatCard

translate = QCoreApplication.translate


class OverviewPage(Page):
    """Headline counts of households by verification and help status."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, translate("MainWindow", "Overview"), parent)
        grid = QGridLayout()
        grid.setSpacing(12)
        labels = {
            "households": translate("OverviewPage", "Households on the lists"),
            "members": translate("OverviewPage", "Members"),
            "pending": translate("OverviewPage", "Waiting for verification"),
            "confirmed": translate("OverviewPage", "Confirmed targets"),
            "in_progress": translate("OverviewPage", "Help in progress"),
            "helped": translate("OverviewPage", "Helped or self-resolved"),
            "graduated": translate("OverviewPage", "Out of poverty"),
            "target": translate("OverviewPage", "Confirmed, no help yet"),
        }
        self.cards: dict[str, StatCard] = {}
        for i, (key, label) in enumerate(labels.items()):
            card = StatCard(label)
            self.cards[key] = card
            grid.addWidget(card, i // 4, i % 4)
        self.layout_.addLayout(grid)
        self.layout_.addWidget(Notice(
            translate("OverviewPage", "Charts"),
            translate("OverviewPage", "Charts per subdistrict, dimension and agency, with "
                      "click-through to the households, arrive with the dashboard update.")))
        self.layout_.addStretch(1)

    def refresh(self) -> None:
        """Recount from the database."""
        with self.database.read() as s:
            counts = overview_counts(s)
        self.show_counts(counts)

    def show_counts(self, counts: OverviewCounts) -> None:
        """Put the figures on the cards."""
        for key, card in self.cards.items():
            card.set_value(int(getattr(counts, key)))
