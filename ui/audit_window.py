"""The audit log for administrators: who imported, exported, printed, backed up or restored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from core.audit import (
    AuditFilter,
    action_labels,
    audit_lines,
    audit_users,
    count_audit,
    describe_break,
    verify_chain,
)
from core.database import Database
from core.history import Actor
from widgets.be_date_edit import BeDateEdit
from widgets.read_only_table import ReadOnlyTable

translate = QCoreApplication.translate


class AuditLogWindow(QWidget):
    """Every audit entry, newest first, read a page at a time, with filters and a chain check."""

    PAGE = 500

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.database = database
        self.actor = actor
        self.setWindowTitle(translate("AuditLogWindow", "Audit log"))
        self.user = QComboBox()
        self.user.addItem(translate("AuditLogWindow", "Everyone"), None)
        with database.read() as s:
            for name in audit_users(s):
                self.user.addItem(name, name)
        self.action = QComboBox()
        self.action.addItem(translate("AuditLogWindow", "Every action"), None)
        for code, label in action_labels().items():
            self.action.addItem(label, code)
        self.since = BeDateEdit(optional=True)
        self.until = BeDateEdit(optional=True)
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("AuditLogWindow", "file, user or household ids…"))
        for w in (self.user, self.action):
            w.currentIndexChanged.connect(lambda _i: self.reload())
        for e in (self.since, self.until, self.text):
            e.editingFinished.connect(self.reload)
        filters = QHBoxLayout()
        parts: tuple[QWidget, ...] = (
            self.user, self.action, QLabel(translate("AuditLogWindow", "from")), self.since,
            QLabel(translate("AuditLogWindow", "to")), self.until, self.text)
        for part in parts:
            filters.addWidget(part)
        filters.addStretch(1)
        self.table = ReadOnlyTable([translate("AuditLogWindow", "No."),
                                    translate("AuditLogWindow", "When"),
                                    translate("AuditLogWindow", "Who"),
                                    translate("AuditLogWindow", "Action"),
                                    translate("AuditLogWindow", "File or target"),
                                    translate("AuditLogWindow", "Details")])
        self.count = QLabel()
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.verify_button = QPushButton(translate("AuditLogWindow", "Check the log"))
        self.verify_button.setToolTip(translate(
            "AuditLogWindow", "Every entry is sealed with the one before it: a change made "
            "to the database directly, outside the program, shows here."))
        self.verify_button.clicked.connect(self.verify)
        self.more = QPushButton(translate("AuditLogWindow", "Show more"))
        self.more.clicked.connect(lambda: self.reload(more=True))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.chain, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.shown = 0
        self.rows: list[tuple[str, ...]] = []
        self.resize(1250, 700)
        self.reload()

    def current_filter(self) -> AuditFilter:
        """The filter the controls describe."""
        return AuditFilter(username=self.user.currentData(), action=self.action.currentData(),
                           since=self.since.date(), until=self.until.date(),
                           text=self.text.text())

    def reload(self, *, more: bool = False) -> None:
        """Run the filter (``more``: the next page as well)."""
        flt = self.current_filter()
        with self.database.read() as s:
            lines = audit_lines(s, flt, actor=self.actor, limit=self.PAGE,
                                offset=self.shown if more else 0)
            total = count_audit(s, flt, actor=self.actor)
        rows: list[tuple[str, ...]] = [(str(a.id), a.when, a.username, a.action, a.target,
                                        a.detail) for a in lines]
        self.rows = (self.rows if more else []) + rows
        self.shown = len(self.rows)
        self.table.fill(self.rows)
        for r, row in enumerate(self.rows):
            for c in (4, 5):
                item = self.table.item(r, c)
                if item is not None:
                    item.setToolTip(row[c])
        self.table.setColumnWidth(4, min(self.table.columnWidth(4), 360))
        self.count.setText(translate("AuditLogWindow", "{shown} of {total} entries").format(
            shown=f"{self.shown:,}", total=f"{total:,}"))
        self.more.setEnabled(self.shown < total)

    def verify(self) -> bool:
        """Check the whole chain and say what was found."""
        with self.database.read() as s:
            count, broken = verify_chain(s)
        if broken is None:
            self.chain.setText(translate("AuditLogWindow", "✔ The log is intact ({count} entries "
                                         "checked).").format(count=f"{count:,}"))
            self.chain.setStyleSheet("color: #1b5e20;")
        else:
            self.chain.setText("✖ " + describe_break(broken))
            self.chain.setStyleSheet("color: #b71c1c; font-weight: bold;")
        return broken is None
