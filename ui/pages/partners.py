"""หน่วยงานภาคี: the MOU partner agencies and the kinds of help each offers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from core.database import Database
from core.i18n import language
from core.partners import PartnerRow, list_partners
from ui.pages.base import Page
from widgets.notice import Notice

translate = QCoreApplication.translate


def load_partner_rows(database: Database) -> list[PartnerRow]:
    """Partners with labels in the interface language."""
    with database.read() as s:
        return list_partners(s, language=language())


class PartnerTableModel(QAbstractTableModel):
    """Read-only table of partner agencies."""

    def __init__(self, rows: list[PartnerRow] | None = None) -> None:
        super().__init__()
        self.rows: list[PartnerRow] = rows or []
        self.headers = [
            translate("PartnersPage", "Agency"),
            translate("PartnersPage", "Short name"),
            translate("PartnersPage", "Kind"),
            translate("PartnersPage", "Level"),
            translate("PartnersPage", "Kinds of help"),
        ]

    def set_rows(self, rows: list[PartnerRow]) -> None:
        """Replace the contents."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.name, row.short_name, row.kind, row.level, row.offers)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class PartnersPage(Page):
    """Lists the partner agencies held in the database."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, translate("MainWindow", "Partner agencies"), parent)
        self.model = PartnerTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(Notice(
            translate("ComingLaterPage", "Not available in this version yet"),
            translate("PartnersPage", "Adding and editing agencies, their contacts and the kinds "
                      "of help they offer arrives with the interventions update.")))

    def refresh(self) -> None:
        """Reload the partners."""
        self.model.set_rows(load_partner_rows(self.database))
