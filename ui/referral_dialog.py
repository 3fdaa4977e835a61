"""One referral: record its status with the date, the outcome and money; attach evidence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.database import Database
from core.errors import UserError
from core.history import Actor
from core.i18n import language
from core.interventions import (
    LADDER,
    ReferralChange,
    ReferralRow,
    add_attachment,
    allowed_next,
    change_referral,
    format_baht,
    list_attachments,
    parse_baht,
    referral_events,
)
from core.reference import code_labels
from core.thai import format_date_be
from ui import prompts
from ui.operations import Op
from widgets.be_date_edit import BEDateEdit

translate = QCoreApplication.translate
ALL_STATUSES = (*LADDER, "declined", "cancelled")


def status_labels(database: Database) -> dict[str, str]:
    """Referral status code → label in the interface language."""
    with database.read() as s:
        return code_labels(s, "referral_status", language=language())


class ReferralDialog(QDialog):
    """Status (forward moves need no reason; others do), date, outcome, actual amount."""

    def __init__(self, database: Database, actor: Actor, row: ReferralRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor, self.row = database, actor, row
        self.saved = False
        self.setWindowTitle(translate("ReferralDialog", "Referral"))
        self.resize(640, 560)
        labels = status_labels(database)
        layout = QVBoxLayout(self)
        title = QLabel(f"{row.kind} · {row.partner or '-'}")
        title.setObjectName("NoticeTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        facts = translate("ReferralDialog", "{code} · {head} · {village}\nNow: {status} · planned "
                          "by {planned} · budget {budget} baht").format(
            code=row.house_code, head=row.head_name, village=row.village,
            status=row.status_label, planned=format_date_be(row.planned_on, style="short") or "-",
            budget=format_baht(row.planned_satang) or "-")
        if row.overdue:
            facts += " · " + translate("ReferralDialog", "overdue {days} days").format(
                days=row.days_late)
        info = QLabel(facts)
        info.setWordWrap(True)
        layout.addWidget(info)

        form = QFormLayout()
        self.status = QComboBox()
        self.status.addItem(labels.get(row.status, row.status), row.status)
        nxt = allowed_next(row.status)
        for code in nxt:
            self.status.addItem(labels.get(code, code), code)
        others = [c for c in ALL_STATUSES if c != row.status and c not in nxt]
        if others:
            self.status.insertSeparator(self.status.count())
            for code in others:
                self.status.addItem(translate("ReferralDialog", "{status} (needs a reason)")
                                    .format(status=labels.get(code, code)), code)
        if nxt:
            self.status.setCurrentIndex(1)
        form.addRow(translate("ReferralDialog", "&Status"), self.status)
        self.on = BEDateEdit(dt.date.today())
        form.addRow(translate("ReferralDialog", "&Date"), self.on)
        self.outcome = QPlainTextEdit(row.outcome)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(70)
        form.addRow(translate("ReferralDialog", "&Outcome"), self.outcome)
        self.actual = QLineEdit(format_baht(row.actual_satang))
        self.actual.setMaximumWidth(180)
        self.actual.setPlaceholderText(translate("ReferralDialog", "baht"))
        form.addRow(translate("ReferralDialog", "&Actual amount (baht)"), self.actual)
        self.reason = QLineEdit()
        form.addRow(translate("ReferralDialog", "&Reason"), self.reason)
        layout.addLayout(form)

        layout.addWidget(QLabel(translate("ReferralDialog", "Evidence (photos, signed receipts)")))
        evidence = QHBoxLayout()
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(90)
        evidence.addWidget(self.attachments, 1)
        self.attach = QPushButton(translate("ReferralDialog", "Attach files…"))
        self.attach.clicked.connect(self.choose_files)
        evidence.addWidget(self.attach)
        layout.addLayout(evidence)
        layout.addWidget(QLabel(translate("ReferralDialog", "What happened so far")))
        self.events = QListWidget()
        self.events.setMaximumHeight(110)
        layout.addWidget(self.events)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("ReferralDialog", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ReferralDialog", "Close"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        self._load_lists()
        self.status.setFocus()

    def _load_lists(self) -> None:
        with self.database.read() as s:
            files = list_attachments(s, self.row.id)
            events = referral_events(s, self.row.id, language=language())
        self.attachments.clear()
        for a in files:
            self.attachments.addItem(f"{a.file_name} · {a.size_bytes / 1024:,.0f} KB"
                                     + (f" · {a.caption}" if a.caption else ""))
        if not files:
            self.attachments.addItem(translate("ReferralDialog", "No evidence attached yet."))
        self.events.clear()
        for at_utc, old, new, who, why in events:
            at = at_utc.replace(tzinfo=dt.UTC).astimezone()  # stored in UTC, shown local
            text = f"{format_date_be(at.date(), style='short')} {at:%H:%M} · "
            text += f"{old} → {new}" if old else new
            if who:
                text += f" · {who}"
            if why:
                text += f" · {why}"
            self.events.addItem(text)

    def choose_files(self) -> None:
        """Pick photos or scans and keep them with the referral (each file at once)."""
        paths = prompts.choose_open_files(self, translate("ReferralDialog", "Attach evidence"),
                                          translate("ReferralDialog",
                                                    "Photos and scans (*.jpg *.jpeg *.png "
                                                    "*.gif *.webp *.tif *.tiff *.pdf)"))
        self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: list[Path]) -> None:
        """Attach files (a refused file is explained; the others are kept)."""
        problems = []
        for path in paths:
            try:
                content = path.read_bytes()
                with self.database.begin() as s:
                    add_attachment(s, self.actor, self.row.id, file_name=path.name,
                                   content=content)
            except UserError as e:
                problems.append(str(e))
            except OSError as e:
                problems.append(translate("ReferralDialog", "Cannot read {name}: {error}")
                                .format(name=path.name, error=e.strerror or e))
        self._load_lists()
        self.saved = self.saved or len(problems) < len(paths)
        if problems:
            prompts.show_user_error(self, "\n".join(problems))

    def change(self) -> ReferralChange | None:
        """The change the form describes (None after telling the user what is missing)."""
        on = self.on.date()
        if on is None:
            prompts.show_user_error(self, translate(
                "ReferralDialog", "Give the date in the Buddhist Era, e.g. 15/3/2569."))
            self.on.setFocus()
            return None
        try:
            actual = parse_baht(self.actual.text())
        except UserError as e:
            prompts.show_user_error(self, str(e))
            self.actual.setFocus()
            return None
        return ReferralChange(self.row.id, self.status.currentData(), on,
                              outcome=self.outcome.toPlainText(), actual_satang=actual,
                              reason=self.reason.text(), version=self.row.version)

    def submit(self) -> None:
        """Save in the background; close when saved."""
        change = self.change()
        if change is None:
            return
        database, actor = self.database, self.actor

        def work(_progress: object) -> None:
            with database.begin() as s:
                change_referral(s, actor, change)

        def done(_result: None) -> None:
            self.saved = True
            self.accept()

        Op(self, work).success(done).run_in_background()
